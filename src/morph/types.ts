/** OpenCorpora grammemes used by the rules (the set az produces). */
export type Grammeme =
  // parts of speech
  | 'NOUN'
  | 'ADJF'
  | 'ADJS'
  | 'COMP'
  | 'VERB'
  | 'INFN'
  | 'PRTF'
  | 'PRTS'
  | 'GRND'
  | 'NUMR'
  | 'ADVB'
  | 'NPRO'
  | 'PRED'
  | 'PREP'
  | 'CONJ'
  | 'PRCL'
  | 'INTJ'
  | 'NUMB'
  | 'ROMN'
  | 'LATN'
  | 'PNCT'
  | 'UNKN'
  // animacy, gender, number, case
  | 'anim'
  | 'inan'
  | 'masc'
  | 'femn'
  | 'neut'
  | 'ms-f'
  | 'sing'
  | 'plur'
  | 'Sgtm'
  | 'Pltm'
  | 'Fixd'
  | 'nomn'
  | 'gent'
  | 'datv'
  | 'accs'
  | 'ablt'
  | 'loct'
  | 'voct'
  | 'gen1'
  | 'gen2'
  | 'acc2'
  | 'loc1'
  | 'loc2'
  // name-ish and other lexical marks
  | 'Name'
  | 'Surn'
  | 'Patr'
  | 'Geox'
  | 'Orgn'
  | 'Trad'
  | 'Abbr'
  | 'Init'
  | 'Apro'
  | 'Anum'
  | 'Qual'
  | 'Subx'
  | 'Supr'
  | 'Poss'
  | 'Infr'
  | 'Slng'
  | 'Arch'
  | 'Litr'
  | 'Erro'
  | 'Dist'
  | 'Ms-f'
  | 'Cmp2'
  // verbs
  | 'perf'
  | 'impf'
  | 'tran'
  | 'intr'
  | 'pres'
  | 'past'
  | 'futr'
  | 'indc'
  | 'impr'
  | 'actv'
  | 'pssv'
  | '1per'
  | '2per'
  | '3per'
  | 'intg'
  | 'real';

export type Gender = 'masc' | 'femn' | 'neut';
export type GNumber = 'sing' | 'plur';
export type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct' | 'voct';

/** One morphological reading of a word form. */
export interface Parse {
  /** Dictionary form, lower case, with `ё` replaced by `е`. */
  readonly lemma: string;
  /** Part of speech, e.g. `NOUN`; `UNKN` when unknown. */
  readonly pos: Grammeme;
  readonly gender: Gender | 'ms-f' | null;
  readonly number: GNumber | null;
  /** Case normalised to the six main cases (gen2 -> gent, loc2 -> loct, acc2 -> accs). */
  readonly case: Case | null;
  /** All grammemes of the reading (static and inflectional). */
  readonly grammemes: ReadonlySet<Grammeme>;
  /** Probability-like score from the dictionary (0..1). */
  readonly score: number;
  /**
   * The dictionary has the word in this reading: false for az's guesses from the ending of a word
   * it does not know ("Гарленде" read as a place, a name or a common noun alike) and for unknown
   * and Latin words.
   */
  readonly known: boolean;
}

export interface Agreement {
  gender?: boolean;
  number?: boolean;
  case?: boolean;
}

/**
 * The one interface to morphology. Only `src/morph/az.ts` imports `az`.
 * Lookups are cached per word form (lower-cased, `ё` -> `е`), so repeated words are cheap.
 */
export interface Morph {
  /** All readings of one word, best first. Never empty: unknown words get one `UNKN` reading whose lemma is the lower-cased word. */
  parse(word: string): readonly Parse[];
  /** Distinct lemmas of all readings, best first. */
  lemmas(word: string): readonly string[];
  /**
   * The word put into the given form (e.g. `['sing', 'nomn']`), keeping the reading's gender
   * for surnames/patronymics/adjectives. Returns null when the form does not exist.
   * Capitalisation of `word` is kept (Title -> Title, UPPER -> UPPER).
   */
  inflect(word: string, parse: Parse, grammemes: readonly Grammeme[]): string | null;
  /** True when some reading pair of the two agrees on the asked features (plural ignores gender). */
  agree(a: Parse, b: Parse, what: Agreement): boolean;
}
