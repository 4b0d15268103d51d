/**
 * URL and e-mail recognition at a token start. Each matcher walks forward only; the scanner
 * remembers how far a failed attempt looked so that no stretch of text is probed twice.
 */
import { classOf, isAlnumClass, isDigit, LL, LO, LU, MK } from './chars.js';

/** Top-level domains accepted without a scheme or `www.` ("gosuslugi.ru", "мвд.рф"). */
const LATIN_TLDS = new Set(
  (
    'ru su com org net gov edu info biz pro io me tv online site ' +
    'ua by kz uz kg am az ge md tj tm ee lv lt de uk us eu fr it es pl cz fi se no ch at cn jp in'
  ).split(' '),
);
// "москва" is left out: "г.Москва" (no space) is far more common than the domain zone.
const CYRILLIC_TLDS = new Set(['рф', 'рус', 'дети', 'онлайн', 'сайт']);

/** Result of walking a dotted host name. */
export interface HostScan {
  /** End of the last label (exclusive). */
  end: number;
  labels: number;
  /** The last label is a known zone and the host sticks to that zone's script. */
  known: boolean;
  /** The last label has letters only, length >= 2 (enough for an e-mail domain). */
  plausible: boolean;
}

function isLabelChar(c: number): boolean {
  return c < 0xd800 || c > 0xdfff ? isAlnumClass(classOf(c)) : false;
}

/** Walks `label(.label)*` from `i`, where a label is letters/digits with inner hyphens. */
export function scanHost(text: string, i: number): HostScan {
  const n = text.length;
  let j = i;
  let labels = 0;
  let lastStart = i;
  let lastEnd = i;
  let nonAscii = false;
  for (;;) {
    const s = j;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isLabelChar(c)) {
        if (c >= 128) nonAscii = true;
        j++;
      } else if (c === 0x2d && j > s && j + 1 < n && isLabelChar(text.charCodeAt(j + 1))) j++;
      else break;
    }
    if (j === s) break;
    labels++;
    lastStart = s;
    lastEnd = j;
    if (j + 1 < n && text.charCodeAt(j) === 0x2e && isLabelChar(text.charCodeAt(j + 1))) j++;
    else break;
  }
  let known = false;
  let plausible = false;
  const len = lastEnd - lastStart;
  if (labels >= 2 && len >= 2 && len <= 24) {
    plausible = lettersOnly(text, lastStart, lastEnd);
    if (plausible) {
      const tld = text.slice(lastStart, lastEnd).toLowerCase();
      // A Latin zone needs an all-ASCII host, a Cyrillic one a host without Latin letters.
      if (LATIN_TLDS.has(tld)) known = !nonAscii;
      else if (CYRILLIC_TLDS.has(tld)) known = !hasAsciiLetter(text, i, lastEnd);
    }
  }
  return { end: lastEnd, labels, known, plausible };
}

function lettersOnly(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const cl = classOf(text.charCodeAt(k));
    if (cl !== LU && cl !== LL && cl !== LO && cl !== MK) return false;
  }
  return true;
}

function hasAsciiLetter(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/** Characters a URL body may hold: printable ASCII except quotes/angles, and any alnum. */
function isUrlChar(c: number): boolean {
  if (c < 128) return c > 0x20 && c < 0x7f && c !== 0x22 && c !== 0x3c && c !== 0x3e && c !== 0x60;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const cl = classOf(c);
  return isAlnumClass(cl);
}

/** Extends a URL over its path/query from `j`, then gives back trailing sentence punctuation. */
function scanTail(text: string, j: number): number {
  const n = text.length;
  let open = 0;
  let close = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (!isUrlChar(c)) break;
    if (c === 0x28 || c === 0x5b) open++;
    else if (c === 0x29 || c === 0x5d) close++;
    j++;
  }
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2a) {
      j--;
    } else if ((c === 0x29 || c === 0x5d) && close > open) {
      close--;
      j--;
    } else break;
  }
  return j;
}

function startsWithAscii(text: string, i: number, lower: string): boolean {
  if (i + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(i + k);
    const want = lower.charCodeAt(k);
    if (c !== want && (c | 0x20) !== want) return false;
  }
  return true;
}

/** `http://`, `https://`, `ftp://` URL starting at `i`: its end, or -1. */
export function matchSchemeUrl(text: string, i: number): number {
  let j = -1;
  if (startsWithAscii(text, i, 'https://')) j = i + 8;
  else if (startsWithAscii(text, i, 'http://')) j = i + 7;
  else if (startsWithAscii(text, i, 'ftp://')) j = i + 6;
  if (j < 0) return -1;
  const end = scanTail(text, j);
  return end > j ? end : -1;
}

/** End of a host-based URL (`www.x.ru/a`, `gosuslugi.ru`) at `i`, or -(end of the failed walk) - 1. */
export function matchHostUrl(text: string, i: number): number {
  const www = startsWithAscii(text, i, 'www.');
  const h = scanHost(text, i);
  if (!(h.known || (www && h.labels >= 3 && h.plausible))) return -h.end - 1;
  const n = text.length;
  const c = h.end < n ? text.charCodeAt(h.end) : 0;
  const tail = c === 0x2f || c === 0x3f || c === 0x23 || (c === 0x3a && isDigit(text.charCodeAt(h.end + 1)));
  return tail ? Math.max(h.end, scanTail(text, h.end)) : h.end;
}

function isLocalChar(c: number): boolean {
  const l = c | 0x20;
  return (l >= 0x61 && l <= 0x7a) || isDigit(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/** End of an e-mail address at `i`, or -(where the failed walk stopped) - 1. */
export function matchEmail(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && isLocalChar(text.charCodeAt(j))) j++;
  if (j === i || j >= n || text.charCodeAt(j) !== 0x40) return -j - 1;
  const h = scanHost(text, j + 1);
  return h.labels >= 2 && h.plausible ? h.end : -j - 1;
}
