/**
 * Letter-case tests by Unicode properties (`^\p{Lu}`, `\p{Ll}`, ...), read directly on basic Latin
 * and Russian letters and ASCII and left to the expression for any other character: each
 * Unicode-property expression costs ~0.3-1 ms to compile at its first run, which was in the first
 * document. test/letters.test.ts compares each with its expression on random strings.
 */

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const CAPS_WORD = /^\p{Lu}[\p{Lu}\d-]+$/u;
const UPPER_CODE = /^[\p{Lu}\p{N}\-‐‑.]+$/u;
const CAPS_OR_DIGITS = /^[\p{Lu}\d-]{2,}$/u;

/** 1 a capital (A-Z, А-Я, Ё), 2 a lower-case letter (a-z, а-я, ё), 0 another ASCII code unit, -1 anything else. */
export function basicKind(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401) return 1;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451) return 2;
  return c < 0x80 ? 0 : -1;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** `/^\p{Lu}/u`: starts with a capital letter. */
export function startsUpper(s: string): boolean {
  if (s.length === 0) return false;
  const k = basicKind(s.charCodeAt(0));
  return k === -1 ? UPPER.test(s) : k === 1;
}

/** `/\p{Ll}/u`: has a lower-case letter. */
export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = basicKind(s.charCodeAt(i));
    if (k === 2) return true;
    if (k === -1) return HAS_LOWER.test(s);
  }
  return false;
}

/** `/^\p{Lu}+$/u`: capital letters only. */
export function allUpper(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const k = basicKind(s.charCodeAt(i));
    if (k === -1) return ALL_UPPER.test(s);
    if (k !== 1) return false;
  }
  return true;
}

/** `/^\p{Lu}[\p{Lu}\d-]+$/u`: a word in capitals ("ФСБ", "МИД-2"). */
export function capsWord(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = basicKind(c);
    if (k === -1) return CAPS_WORD.test(s);
    if (k === 1 || (i > 0 && (isDigit(c) || c === 0x2d))) continue;
    return false;
  }
  return true;
}

/** `/^[\p{Lu}\p{N}\-‐‑.]+$/u`: capitals, numerals, hyphens and dots only. */
export function upperCode(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = basicKind(c);
    if (k === 1 || isDigit(c) || c === 0x2d || c === 0x2e) continue;
    if (k === -1) return UPPER_CODE.test(s);
    return false;
  }
  return true;
}

/** `/^[\p{Lu}\d-]{2,}$/u`: two or more capitals, digits and hyphens ("МВД", "COVID-19"). */
export function capsOrDigits(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = basicKind(c);
    if (k === -1) return CAPS_OR_DIGITS.test(s);
    if (k !== 1 && !isDigit(c) && c !== 0x2d) return false;
  }
  return true;
}

const PARTICLE_HEAD = /^(\p{Ll}+)-\p{Lu}/u;
const PARTICLE_NAME = /^(\p{Ll}+)-\p{Lu}\p{Ll}+$/u;

/**
 * The lower-case part before the hyphen of `/^(\p{Ll}+)-\p{Lu}/u` ("аль" of "аль-Хадж"), or of
 * `/^(\p{Ll}+)-\p{Lu}\p{Ll}+$/u` when `whole`; null when the word is not so shaped.
 */
export function particleHead(s: string, whole: boolean): string | null {
  let i = 0;
  let k = basicKind(s.charCodeAt(0));
  while (k === 2) k = basicKind(s.charCodeAt(++i));
  const fallback = (): string | null => (whole ? PARTICLE_NAME : PARTICLE_HEAD).exec(s)?.[1] ?? null;
  if (k === -1 && i < s.length) return fallback();
  if (i === 0 || s.charCodeAt(i) !== 0x2d) return null;
  k = basicKind(s.charCodeAt(i + 1));
  if (k === -1 && i + 1 < s.length) return fallback();
  if (k !== 1) return null;
  if (whole) {
    if (s.length < i + 3) return null;
    for (let j = i + 2; j < s.length; j++) {
      k = basicKind(s.charCodeAt(j));
      if (k === -1) return fallback();
      if (k !== 2) return null;
    }
  }
  return s.slice(0, i);
}

/**
 * Whether `s` ends in one of `tails` right after a lower-case letter, as `re` (`/\p{Ll}(?:..)$/u`
 * over the same tails) answers; `re` answers when that letter is not a basic one.
 */
export function lowerThenTail(s: string, tails: readonly string[], re: RegExp): boolean {
  for (const t of tails) {
    if (s.length <= t.length || !s.endsWith(t)) continue;
    const k = basicKind(s.charCodeAt(s.length - t.length - 1));
    if (k === 2) return true;
    if (k === -1) return re.test(s);
  }
  return false;
}

const CAPS_OR_LATIN = /^(?:[\p{Lu}\d][\p{Lu}\d-]+|\p{Script=Latin}.*)$/u;

/** `/^(?:[\p{Lu}\d][\p{Lu}\d-]+|\p{Script=Latin}.*)$/u`: an abbreviation ("МЧС", "5G") or a word in Latin letters. */
export function capsOrLatin(s: string): boolean {
  const c = s.charCodeAt(0);
  const k = basicKind(c);
  if (k === -1) return CAPS_OR_LATIN.test(s);
  if (c !== 0x2d && capsOrDigits(s)) return true;
  // a basic Latin letter, then anything but a line break (`.*`)
  return k !== 0 && c < 0x80 && !/[\n\r\u2028\u2029]/.test(s);
}

const ONE_UPPER = /^\p{Lu}$/u;
const UPPER_INITIAL = /^\p{Lu}\p{Ll}?\.$/u;
const CAPS_ABBR = /^\p{Lu}{2,}$/u;

/** `/^\p{Lu}$/u`: one capital letter ("А" of "А. Иванов"). */
export function oneUpper(s: string): boolean {
  if (s.length === 0 || s.length > 2) return false;
  const k = basicKind(s.charCodeAt(0));
  return k === -1 ? ONE_UPPER.test(s) : k === 1 && s.length === 1;
}

/** `/^\p{Lu}\p{Ll}?\.$/u`: an initial with its dot ("А.", "Ю."), or a capital and a lower-case letter ("Дж."). */
export function upperInitial(s: string): boolean {
  if (s.length < 2 || s.length > 5) return false;
  for (let i = 0; i < s.length - 1; i++) if (basicKind(s.charCodeAt(i)) === -1) return UPPER_INITIAL.test(s);
  if (s.charCodeAt(s.length - 1) !== 0x2e || basicKind(s.charCodeAt(0)) !== 1) return false;
  return s.length === 2 || (s.length === 3 && basicKind(s.charCodeAt(1)) === 2);
}

/** `/^\p{Lu}{2,}$/u`: two or more capital letters only. */
export function capsAbbr(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const k = basicKind(s.charCodeAt(i));
    if (k === -1) return CAPS_ABBR.test(s);
    if (k !== 1) return false;
  }
  return true;
}

const LOWER = /^\p{Ll}/u;
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/** `/^\p{Ll}/u`: starts with a lower-case letter. */
export function startsLower(s: string): boolean {
  const k = basicKind(s.charCodeAt(0));
  return k === -1 ? LOWER.test(s) : k === 2;
}

/** `/^\p{Lu}\p{Ll}/u`: a capital, then a lower-case letter ("Губернатор", not "МВД"). */
export function upperThenLower(s: string): boolean {
  const k = basicKind(s.charCodeAt(0));
  if (k === -1) return UPPER_LOWER.test(s);
  if (k !== 1) return false;
  const l = basicKind(s.charCodeAt(1));
  return l === -1 ? UPPER_LOWER.test(s) : l === 2;
}
