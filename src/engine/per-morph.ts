import type { Morph } from '../morph/types.js';
import { segment as defaultSegment } from '../segment/index.js';
import type { Segmentation } from '../segment/types.js';

export type Segmenter = (text: string) => Segmentation;

/**
 * What a handle is resolved against: the morphology, and the segmenter that splits its phrases
 * (the package's own when absent). A `DocContext` is one too, so an interpretation can resolve a
 * handle against the document it reads.
 */
export interface ResolveEnv {
  readonly morph: Morph;
  readonly segment?: Segmenter;
}

/**
 * A value that needs the morphology to be built (a gazetteer trie keyed by lemmas, a map of
 * lemma pairs), declared once at module level and built on first need, once per morphology.
 * This is what lets rules that stand on gazetteers be module-level constants: they hold the
 * handle, and a rule set resolves it when it is built.
 *
 * Built values are kept per morphology instance (weakly: a dropped morphology frees them). The
 * segmenter is assumed to be the same for one morphology, as the pipeline's always is.
 */
export class PerMorph<T> {
  private readonly built = new WeakMap<Morph, T>();

  constructor(
    readonly name: string,
    private readonly build: (env: Required<ResolveEnv>) => T,
  ) {}

  /** The value for this morphology, built on the first call. */
  resolve(env: ResolveEnv): T {
    let value = this.built.get(env.morph);
    if (value === undefined) {
      value = this.build({ morph: env.morph, segment: env.segment ?? defaultSegment });
      this.built.set(env.morph, value);
    }
    return value;
  }
}

/**
 * Declares a value built once per morphology, on first need.
 * @example
 * const keys = perMorph('region-adjectives', ({ morph }) => new Set(morph.lemmas('владимирская')));
 * keys.resolve(ctx).has('владимирский');
 */
export function perMorph<T>(name: string, build: (env: Required<ResolveEnv>) => T): PerMorph<T> {
  return new PerMorph(name, build);
}
