import type { Rule } from './engine/rule.js';
import { defaultExtractors, defaultFactBuilders } from './defaults.js';
import { createMorphSync } from './morph/index.js';
import type { EntityExtractorFactory, Env, FactBuilder } from './pipeline/types.js';
import { segment } from './segment/index.js';

/** Rules by extractor kind (or fact builder name), in pipeline order. */
export type RuleCatalog = Readonly<Record<string, readonly Rule<unknown>[]>>;

/**
 * Every rule a pipeline runs, read off its extractors and fact builders (their `rules`), so the
 * catalog cannot list a rule the pipeline does not run. Each entry is built on first access:
 * rules that stand on gazetteers need the morphology, which is loaded only then.
 */
export function ruleCatalog(
  extractors: readonly EntityExtractorFactory[] = defaultExtractors,
  facts: readonly FactBuilder[] = defaultFactBuilders,
): RuleCatalog {
  let env: Env | undefined;
  const envOf = (): Env => (env ??= { morph: createMorphSync(), segment });
  const sources = new Map<string, ((env: Env) => readonly Rule<unknown>[])[]>();
  const add = (key: string | undefined, rules: ((env: Env) => readonly Rule<unknown>[]) | undefined): void => {
    if (key && rules) sources.set(key, [...(sources.get(key) ?? []), rules]);
  };
  for (const f of extractors) add(f.kind, f.rules);
  for (const b of facts) add(b.name, b.rules);
  const catalog: Record<string, readonly Rule<unknown>[]> = {};
  for (const [key, list] of sources) {
    let built: readonly Rule<unknown>[] | undefined;
    Object.defineProperty(catalog, key, { enumerable: true, get: () => (built ??= list.flatMap((r) => r(envOf()))) });
  }
  return catalog;
}

/**
 * Every built-in rule, by extractor (then by fact builder). The tests run each rule's examples
 * through the engine and generate `docs/forms.md` from them, so the list of covered forms cannot
 * drift from the rules.
 */
export const RULE_CATALOG: RuleCatalog = ruleCatalog();
