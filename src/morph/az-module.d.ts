/**
 * The parts of `az` 0.2.3 (a CommonJS/UMD package without types) that `src/morph/az.ts` uses.
 * Only types are imported from here; the module itself is loaded with `createRequire`.
 */
declare module 'az' {
  /** A reading's tag: grammemes are also set as fields (`tag.NOUN === true`, `tag.CAse === 'gent'`). */
  export interface AzTag {
    /** Static (lexeme) grammemes, part of speech first. */
    readonly stat: readonly string[];
    /** Inflectional grammemes of this form. */
    readonly flex: readonly string[];
    readonly POST?: string;
    readonly [grammeme: string]: unknown;
    toString(): string;
  }

  /** One reading. Subclasses: DictionaryParse (dictionary or suffix guess), CombinedParse (`компания-производитель`). */
  export interface AzParse {
    /** Word form as found (lower case for dictionary readings, upper case for abbreviation guesses). */
    readonly word?: string;
    readonly tag: AzTag;
    readonly score: number;
    /** Name of the parser that produced the reading, e.g. `Dictionary`, `SuffixKnown`, `Abbr`. */
    readonly parser?: string;
    readonly prefix?: string;
    readonly suffix?: string;
    readonly paradigmIdx?: number;
    /** CombinedParse only. */
    readonly left?: AzParse;
    readonly right?: AzParse;
    /** First form of the paradigm whose tag has all `grammemes`; a form index selects that form. */
    inflect(grammemes: readonly string[] | number): AzParse | false;
    /** Number of forms in the paradigm (dictionary parses only). */
    readonly formCnt?: number;
    normalize(keepPOS?: boolean): AzParse | false;
    /** The form with prefixes and suffixes applied. */
    toString(): string;
  }

  export interface AzMorphConfig {
    ignoreCase?: boolean;
    typos?: number | 'auto';
    stutter?: number;
    forceParse?: boolean;
    normalizeScore?: boolean;
    parsers?: readonly string[];
    replacements?: Readonly<Record<string, string>>;
  }

  export type AzCallback<T> = (err: Error | null, result?: T) => void;

  export interface AzMorph {
    (word: string, config?: AzMorphConfig): AzParse[];
    /** Loads the dictionaries from `path` via `Az.load`; the callback can fire once per failing file. */
    init(path: string, callback: AzCallback<AzMorph>): void;
    setDefaults(config: AzMorphConfig): void;
  }

  export type AzResponseType = 'json' | 'arraybuffer';

  /** `module.exports` of `az`: every sub-module reads `load` from this object at call time. */
  export interface AzStatic {
    Morph: AzMorph;
    load(url: string, responseType: AzResponseType, callback: AzCallback<unknown>): void;
  }

  export const Morph: AzMorph;
  export function load(url: string, responseType: AzResponseType, callback: AzCallback<unknown>): void;
}
