/**
 * Numbers and numeric dates. Everything here is a forward walk over digits with a fixed
 * look-ahead, so a megabyte of digits, dots or commas stays linear.
 */
import { classAt, classOf, isAlnumClass, isDigit, isHyphen, isLetterClass, MK, NO } from './chars.js';
import { K_DATE, K_NUMBER, K_OTHER, type Span } from './kinds.js';

const DOT = 0x2e;
const COMMA = 0x2c;

function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function value(text: string, s: number, e: number): number {
  let v = 0;
  for (let k = s; k < e; k++) v = v * 10 + text.charCodeAt(k) - 0x30;
  return v;
}

function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** `10.11.2025`, `1.11.2025`, `10.11.25`: `j` is the end of the 1-2 day digits at `i`. */
function matchDottedDate(text: string, i: number, j: number): number {
  const k1 = digitsEnd(text, j + 1);
  const l1 = k1 - j - 1;
  if (l1 < 1 || l1 > 2 || text.charCodeAt(k1) !== DOT) return -1;
  const k2 = digitsEnd(text, k1 + 1);
  const l2 = k2 - k1 - 1;
  if (l2 !== 2 && l2 !== 4) return -1;
  // "1.2.33.4" is a clause number, not a date.
  if (text.charCodeAt(k2) === DOT && isDigit(text.charCodeAt(k2 + 1))) return -1;
  return validDayMonth(value(text, i, j), value(text, j + 1, k1)) ? k2 : -1;
}

/** `2025-11-10`: `j` is the end of the 4 year digits. */
function matchIsoDate(text: string, j: number): number {
  if (text.charCodeAt(j + 3) !== 0x2d) return -1;
  if (!isDigit(text.charCodeAt(j + 1)) || !isDigit(text.charCodeAt(j + 2))) return -1;
  if (!isDigit(text.charCodeAt(j + 4)) || !isDigit(text.charCodeAt(j + 5))) return -1;
  if (isDigit(text.charCodeAt(j + 6))) return -1;
  return validDayMonth(value(text, j + 4, j + 6), value(text, j + 1, j + 3)) ? j + 6 : -1;
}

/** Thousands separators: space, NBSP, thin space, narrow NBSP. */
function isGroupSeparator(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** A letter or `-letter` right after digits: "5G", "123-п", "4-й", "1990-е". */
export function hasGluedSuffix(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c !== c) return false;
  const k = classAt(text, j);
  if (isLetterClass(k) || k === MK || k === NO) return true;
  if (!isHyphen(c)) return false;
  const d = text.charCodeAt(j + 1);
  return d === d && !isDigit(d) && isAlnumClass(classOf(d));
}

/**
 * Scans a number, date or dotted clause number at `i` (an ASCII digit). Sets `out.kind` to
 * number/date/other; a plain digit run comes back as a number and the caller decides
 * whether a glued suffix turns it into a mixed token.
 */
export function scanNumber(text: string, i: number, out: Span): boolean {
  let j = digitsEnd(text, i);
  const len = j - i;
  const c = text.charCodeAt(j);
  out.kind = K_NUMBER;
  if (c === DOT && len <= 2) {
    const d = matchDottedDate(text, i, j);
    if (d > 0) return set(out, d, K_DATE);
  } else if (c === 0x2d && len === 4) {
    const d = matchIsoDate(text, j);
    if (d > 0) return set(out, d, K_DATE);
  }
  if (c === DOT && isDigit(text.charCodeAt(j + 1))) {
    let k = j;
    let groups = 1;
    while (text.charCodeAt(k) === DOT && isDigit(text.charCodeAt(k + 1))) {
      k = digitsEnd(text, k + 1);
      groups++;
    }
    // "1.2.3", "192.168.0.1": one token, not a decimal.
    if (groups >= 3) return set(out, k, K_OTHER);
  }
  let plain = true;
  // "1 500", "12 345 678"; a 4-digit head ("2025 187") never starts a grouped number, and a
  // group that carries a suffix ("5 152-ФЗ") is a separate number.
  if (len <= 3) {
    while (
      isGroupSeparator(text.charCodeAt(j)) &&
      isDigit(text.charCodeAt(j + 1)) &&
      isDigit(text.charCodeAt(j + 2)) &&
      isDigit(text.charCodeAt(j + 3)) &&
      !isDigit(text.charCodeAt(j + 4)) &&
      !hasGluedSuffix(text, j + 4)
    ) {
      j += 4;
      plain = false;
    }
  }
  const s = text.charCodeAt(j);
  if ((s === COMMA || s === DOT) && isDigit(text.charCodeAt(j + 1))) {
    const k = digitsEnd(text, j + 1);
    // "1,5,7" is a list: a comma between digits is a decimal only when no other such comma
    // is next to it.
    const list =
      s === COMMA &&
      ((text.charCodeAt(k) === COMMA && isDigit(text.charCodeAt(k + 1))) ||
        (text.charCodeAt(i - 1) === COMMA && isDigit(text.charCodeAt(i - 2))));
    if (!list) {
      j = k;
      plain = false;
    }
  }
  out.end = j;
  return plain;
}

function set(out: Span, end: number, kind: number): false {
  out.end = end;
  out.kind = kind;
  return false;
}
