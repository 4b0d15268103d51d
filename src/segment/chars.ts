/**
 * Character classes for the scanner. One byte per UTF-16 code unit, looked up in a table
 * that is filled lazily: a Unicode-property regex runs once per distinct character, never
 * per occurrence, and importing the module costs nothing.
 */

export const SP = 1; // whitespace that is not a line break (incl. NBSP, U+202F, ZWSP, BOM)
export const NL = 2; // line break: \n \r \v \f U+0085 U+2028 U+2029
export const IG = 3; // invisible format characters (soft hyphen, ZWJ, ...), skipped between tokens
export const LU = 4; // upper-case or title-case letter
export const LL = 5; // lower-case letter
export const LO = 6; // caseless letter (CJK, Arabic, modifier letters)
export const MK = 7; // combining mark
export const DG = 8; // ASCII digit
export const NO = 9; // any other numeric character (², Ⅻ, Arabic-Indic digits)
export const PU = 10; // punctuation
export const SY = 11; // symbol, a C0/C1 control character, and anything unassigned or private
export const HS = 12; // high surrogate
export const LS = 13; // low surrogate

const TABLE = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

const RE_SPACE = /\s/u;
const RE_INVISIBLE = /[\p{Cc}\p{Cf}]/u;
const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_LOWER = /\p{Ll}/u;
const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_NUMERIC = /\p{N}/u;
const RE_PUNCT = /\p{P}/u;

// General-category punctuation that behaves like a sign in Russian texts ("50 %", "§ 3", "№").
const PUNCT_AS_SYMBOL = new Set('%&*/@#\\_§¶‰‱†‡′″‴'.split('').map((s) => s.charCodeAt(0)));

/** Class of a code point by its Unicode properties (the regular expressions above). */
export function classify(cp: number): number {
  if (cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d) return NL;
  if (cp === 0x85 || cp === 0x2028 || cp === 0x2029) return NL;
  if (cp >= 0xd800 && cp <= 0xdbff) return HS;
  if (cp >= 0xdc00 && cp <= 0xdfff) return LS;
  const s = String.fromCodePoint(cp);
  // ZWSP separates words like a space does, though JS `\s` does not include it.
  if (cp === 0x200b || RE_SPACE.test(s)) return SP;
  // C0/C1 controls (NUL, BEL, ESC, ...) are not text: a token of their own, so that no word,
  // number or name runs across one (a binary file's bytes would otherwise join "12\u0001 %")
  if ((cp < 0x20 && cp !== 0x09) || (cp >= 0x7f && cp <= 0x9f)) return SY;
  if (RE_INVISIBLE.test(s)) return IG;
  if (RE_UPPER.test(s)) return LU;
  if (RE_LOWER.test(s)) return LL;
  if (RE_LETTER.test(s)) return LO;
  if (RE_MARK.test(s)) return MK;
  if (cp >= 0x30 && cp <= 0x39) return DG;
  if (RE_NUMERIC.test(s)) return NO;
  if (RE_PUNCT.test(s)) return PUNCT_AS_SYMBOL.has(cp) ? SY : PU;
  return SY;
}

/**
 * The classes `classify` gives the code units of Latin-1, the Cyrillic block and General
 * Punctuation, one letter per code unit ('A' + class - 1), in the table from the start: each
 * Unicode-property regex is compiled on its first run (~0.3-1 ms), and a Russian text would
 * otherwise run most of them in its first document. test/segment-chars.test.ts checks every
 * code unit here against `classify`; others are classified on first sight as before.
 */
const PRESET: readonly (readonly [number, string])[] = [
  [
    0x0,
    'KKKKKKKKKABBBBKKKKKKKKKKKKKKKKKKAJJKKKKJJJKKJJJKHHHHHHHHHHJJKKKJ' +
      'KDDDDDDDDDDDDDDDDDDDDDDDDDDJKJKKKEEEEEEEEEEEEEEEEEEEEEEEEEEJKJKK' +
      'KKKKKBKKKKKKKKKKKKKKKKKKKKKKKKKKAJKKKKKKKKFJKCKKKKIIKEKJKIFJIIIJ' +
      'DDDDDDDDDDDDDDDDDDDDDDDKDDDDDDDEEEEEEEEEEEEEEEEEEEEEEEEKEEEEEEEE',
  ],
  [
    0x400,
    'DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDEEEEEEEEEEEEEEEE' +
      'EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDE' +
      'DEKGGGGGGGDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDE' +
      'DDEDEDEDEDEDEDEEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDEDE',
  ],
  [
    0x2000,
    'AAAAAAAAAAAACCCCJJJJJJJJJJJJJJJJKKJJJJJJBBCCCCCAKKKKKJJJJJJJJJJJ' +
      'JJJJKJJJJJJJJJJJJJKJJJJJJJJJJJJACCCCCKCCCCCCCCCC',
  ],
];

for (const [from, classes] of PRESET)
  for (let k = 0; k < classes.length; k++) TABLE[from + k] = classes.charCodeAt(k) - 0x40;

/** The code units whose class {@link PRESET} gives (for the test that checks them). */
export const PRESET_RANGES: readonly (readonly [number, number])[] = PRESET.map(([from, c]) => [from, from + c.length]);

/** Class of one UTF-16 code unit (surrogates come back as HS / LS). */
export function classOf(c: number): number {
  const k = TABLE[c] as number;
  if (k !== 0) return k;
  return (TABLE[c] = classify(c));
}

/** Class of a supplementary-plane code point. */
export function astralClass(cp: number): number {
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classify(cp);
    if (ASTRAL.size < 4096) ASTRAL.set(cp, k);
  }
  return k;
}

/**
 * Class of the code point at `i`, decoding a valid surrogate pair; a lone surrogate is a
 * symbol. Use `cpWidth` for how many code units it spans.
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = classOf(c);
  if (k === HS) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    return SY;
  }
  return k === LS ? SY : k;
}

/** Code units taken by the code point at `i`: 2 for a valid surrogate pair, else 1. */
export function cpWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

export function isLetterClass(k: number): boolean {
  return k === LU || k === LL || k === LO;
}

/** Letters, marks and digits: what words, numbers and mixed tokens are made of. */
export function isAlnumClass(k: number): boolean {
  return k >= LU && k <= NO;
}

/** `-`, U+2010 hyphen, U+2011 non-breaking hyphen: joiners inside words like "Ханты-Мансийский". */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Apostrophes that can sit between letters: "д'Артаньян", "О’Нил". */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Invisible characters that may sit inside a word: soft hyphen, ZWNJ, ZWJ, word joiner. */
export function isWordJoiner(c: number): boolean {
  return c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
