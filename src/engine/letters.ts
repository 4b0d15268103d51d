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
