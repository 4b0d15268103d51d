/** Shape class of a token, decided by the segmenter from its characters alone. */
export type TokenKind =
  | 'word' // letters, maybe with inner hyphens/apostrophes: "Ханты-Мансийский", "д'Артаньян"
  | 'number' // digits, maybe grouped or decimal: "1 500", "1,5", "12.5", "2025"
  | 'date' // numeric date: "10.11.2025", "2025-11-10", "10.11.25"
  | 'roman' // Roman numeral in capitals: "IV", "XX"
  | 'punct' // one punctuation char: . , ; : ! ? ( ) « » „ “ " ' – — - …
  | 'symbol' // %, №, $, €, ₽, +, =, / and the rest
  | 'url'
  | 'email'
  | 'other'; // mixed alnum like "123-п", "COVID-19", "5G"

export interface Token {
  /** Exact surface text: `text === source.slice(start, end)`. */
  readonly text: string;
  /** UTF-16 offsets into the source text, `[start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Position in the document's token array. */
  readonly index: number;
  /** Index of the sentence that holds the token. */
  readonly sentence: number;
  /** Whitespace (of any kind) between the previous token and this one. */
  readonly spaceBefore: boolean;
  /** A line break between the previous token and this one. */
  readonly newlineBefore: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Token index range `[tokenStart, tokenEnd)`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Segmentation {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}
