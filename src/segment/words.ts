/**
 * Words, mixed letter-digit tokens and Roman numerals. A word is a run of letters (with
 * combining marks) whose parts may be joined by a hyphen or, between letters, an apostrophe.
 */
import {
  classAt,
  classOf,
  cpWidth,
  DG,
  HS,
  isAlnumClass,
  isApostrophe,
  isDigit,
  isHyphen,
  isLetterClass,
  isWordJoiner,
  LL,
  LO,
  LS,
  LU,
  NO,
  SP,
} from './chars.js';
import { K_OTHER, K_ROMAN, K_WORD, type Span } from './kinds.js';

const ROMAN = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Valid numerals that are far more often abbreviations or names in the news.
const NOT_ROMAN = new Set(['CD', 'CV', 'DC', 'MC', 'MD', 'CM', 'MI', 'DI', 'CI', 'LI', 'DIV', 'MIX']);

function romanDigit(c: number): number {
  // I V X L C D M, and the Cyrillic look-alikes Х and І that typists use for "ХХ век".
  return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43 || c === 0x44 || c === 0x4d
    ? c
    : c === 0x425
      ? 0x58
      : c === 0x406
        ? 0x49
        : 0;
}

/** True if `[s, e)` is a valid Roman numeral in capitals (Cyrillic Х/І only in 2+ letters). */
export function isRomanAt(text: string, s: number, e: number): boolean {
  if (e - s > 15 || e <= s) return false;
  let latin = '';
  let lookalike = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    const r = romanDigit(c);
    if (r === 0) return false;
    if (r !== c) lookalike = true;
    latin += String.fromCharCode(r);
  }
  if (lookalike && e - s < 2) return false;
  return ROMAN.test(latin) && !NOT_ROMAN.has(latin);
}

function isCyrillicLetter(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

/**
 * A lone I, V or X is a numeral only before a Russian word ("V съезд", "I квартал") or a
 * dot ("Раздел I."); otherwise it is a letter ("I am", "X-ray").
 */
function loneRomanContext(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c === 0x2e) return true;
  let k = j;
  while (k < j + 3 && classOf(text.charCodeAt(k)) === SP) k++;
  return k > j && isCyrillicLetter(text.charCodeAt(k));
}

/** `XIX-XX`: a range of numerals splits at the hyphen, unlike `XX-го`. */
function isRomanRange(text: string, s: number, e: number): boolean {
  if (!isRomanAt(text, s, e)) return false;
  let k = e + 1;
  while (romanDigit(text.charCodeAt(k)) !== 0) k++;
  if (k === e + 1 || (k < text.length && isAlnumClass(classAt(text, k)))) return false;
  return isRomanAt(text, e + 1, k);
}

/** Scans a word or mixed alnum token at `i` (a letter or digit) into `out`. */
export function scanWord(text: string, i: number, out: Span): void {
  const n = text.length;
  let j = i;
  let letters = false;
  let digits = false;
  let firstEnd = -1;
  let segStart = i;
  let segDigits = true; // the current hyphen-separated part is ASCII digits only
  for (;;) {
    while (j < n) {
      const c = text.charCodeAt(j);
      let k = classOf(c);
      let w = 1;
      if (k === HS || k === LS) {
        k = classAt(text, j);
        w = cpWidth(text, j);
      }
      if (k === LU || k === LL || k === LO) {
        letters = true;
        segDigits = false;
      } else if (k === DG) digits = true;
      else if (k === NO) {
        digits = true;
        segDigits = false;
      } else if (!isAlnumClass(k)) {
        // Soft hyphen / ZWJ inside a word keep it whole: "Ханты\u00adМансийский".
        if (!(isWordJoiner(c) && j > segStart && j + 1 < n && isAlnumClass(classAt(text, j + 1)))) break;
      }
      j += w;
    }
    if (j + 1 >= n) break;
    const c = text.charCodeAt(j);
    if (isHyphen(c)) {
      if (!isAlnumClass(classAt(text, j + 1))) break;
      if (segDigits && isDigit(text.charCodeAt(j + 1))) break; // a range: "2020-2025"
      if (isRomanRange(text, segStart, j)) break;
      if (firstEnd < 0) firstEnd = j;
      j++;
      segStart = j;
      segDigits = true;
      continue;
    }
    if (isApostrophe(c) && isLetterClass(classAt(text, j - 1)) && isLetterClass(classAt(text, j + 1))) {
      j++;
      continue;
    }
    break;
  }
  out.end = j;
  if (digits || !letters) out.kind = K_OTHER;
  else if (firstEnd >= 0) {
    // "XX-го", "IV-й": an ordinal numeral with a suffix.
    const roman =
      isRomanAt(text, i, firstEnd) && (firstEnd - i >= 2 || isCyrillicLetter(text.charCodeAt(firstEnd + 1)));
    out.kind = roman ? K_OTHER : K_WORD;
  } else if (isRomanAt(text, i, j) && (j - i >= 2 || loneRomanContext(text, j))) {
    const c = text.charCodeAt(i);
    // Single letters: only Latin I, V, X (C, D, L, M alone are initials or letters).
    out.kind = j - i >= 2 || c === 0x49 || c === 0x56 || c === 0x58 ? K_ROMAN : K_WORD;
  } else out.kind = K_WORD;
}
