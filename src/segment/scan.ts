/**
 * The tokenizer: one forward pass over UTF-16 code units that records tokens as parallel
 * typed columns; token objects are built once sentences are known.
 */
import { classAt, classOf, cpWidth, DG, HS, IG, isAlnumClass, LS, MK, NL, PU, SP, SY } from './chars.js';
import { K_EMAIL, K_PUNCT, K_SYMBOL, K_URL, type Span } from './kinds.js';
import { hasGluedSuffix, scanNumber } from './numbers.js';
import { matchEmail, matchHostUrl, matchSchemeUrl } from './url.js';
import { scanWord } from './words.js';

/** Gap flags stored per token: whitespace before it, and the line breaks (0-3) before it. */
export const GAP_SPACE = 1;
export const GAP_LINE_SHIFT = 1;

export interface Scanned {
  /** Number of tokens; the arrays below may be longer (they are reused scratch space). */
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  /** `GAP_SPACE | min(lineBreaks, 3) << GAP_LINE_SHIFT`. */
  readonly gaps: Uint8Array;
}

// What a whitespace-delimited chunk contains, so URL/e-mail probes run only where they can match.
const F_AT = 1;
const F_DOT = 2;
const F_COLON = 4;

const span: Span = { end: 0, kind: 0 };

// Token columns live in typed arrays reused across calls: growing plain arrays to hundreds of
// thousands of elements costs more than the scan itself.
const SMALL = 1 << 12;
let starts = new Int32Array(SMALL);
let ends = new Int32Array(SMALL);
let kinds = new Uint8Array(SMALL);
let gaps = new Uint8Array(SMALL);

/** A copy of `a` with room for `size` entries. */
function widened<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const b = (a instanceof Int32Array ? new Int32Array(size) : new Uint8Array(size)) as T;
  b.set(a);
  return b;
}

function grow(): void {
  const size = starts.length * 2;
  starts = widened(starts, size);
  ends = widened(ends, size);
  kinds = widened(kinds, size);
  gaps = widened(gaps, size);
}

/** Gives back the memory of a huge document once its tokens have been built. */
export function releaseScratch(): void {
  if (starts.length > SMALL * 16) {
    starts = new Int32Array(SMALL);
    ends = new Int32Array(SMALL);
    kinds = new Uint8Array(SMALL);
    gaps = new Uint8Array(SMALL);
  }
}

/** What the whitespace-delimited chunk around the scan position contains, and where it ends. */
const chunk = { end: 0, flags: 0 };

/** Fills `chunk` for the chunk starting at `i`, so URL / e-mail probes run only where they can match. */
function scanChunk(text: string, i: number): void {
  const n = text.length;
  let flags = 0;
  let j = i;
  for (; j < n; j++) {
    const code = text.charCodeAt(j);
    if (code <= 0x20 || code >= 0x80) {
      const cls = classOf(code);
      if (cls === SP || cls === NL) break;
    } else if (code === 0x40) flags |= F_AT;
    else if (code === 0x2e) {
      if (j + 1 < n && isAlnumClass(classOf(text.charCodeAt(j + 1)))) flags |= F_DOT;
    } else if (code === 0x3a && text.charCodeAt(j + 1) === 0x2f) flags |= F_COLON;
  }
  chunk.end = j;
  chunk.flags = flags;
}

/** How far failed URL / e-mail walks reached in the text being scanned: probing again inside them cannot succeed. */
const failed = { host: 0, email: 0 };

/** A URL or an e-mail address at `i` (first code unit `code`), as far as the chunk allows: its end and kind into `span`, or `span.end = -1`. */
function probeLink(text: string, i: number, code: number, flags: number): void {
  let end = -1;
  let kind = K_SYMBOL;
  if ((flags & F_COLON) !== 0) {
    end = matchSchemeUrl(text, i);
    kind = K_URL;
  }
  if (end < 0 && (flags & F_AT) !== 0 && code < 0x80 && i >= failed.email) {
    end = matchEmail(text, i);
    kind = K_EMAIL;
    if (end < 0) failed.email = -end - 1;
  }
  if (end < 0 && (flags & F_DOT) !== 0 && i >= failed.host) {
    end = matchHostUrl(text, i);
    kind = K_URL;
    if (end < 0) failed.host = -end - 1;
  }
  span.end = end;
  span.kind = kind;
}

/** The token at `i` of character class `cls` (first code unit `code`): its end and kind into `span`. */
function scanToken(text: string, i: number, code: number, cls: number, flags: number): void {
  if (isAlnumClass(cls) && cls !== MK) {
    if (flags !== 0) {
      probeLink(text, i, code, flags);
      if (span.end >= 0) return;
    }
    // a number, unless a plain digit run has letters glued to it ("5G", "4-й"): then one mixed token
    if (cls === DG && !(scanNumber(text, i, span) && hasGluedSuffix(text, span.end))) return;
    scanWord(text, i, span);
  } else if (cls === PU) {
    span.kind = K_PUNCT;
    span.end = i + cpWidth(text, i);
    if (code === 0x2e) {
      let j = i + 1;
      while (text.charCodeAt(j) === 0x2e) j++;
      if (j - i >= 3) span.end = j; // "..." is one token, like "…"
    }
  } else {
    span.kind = K_SYMBOL;
    span.end = scanSymbol(text, i);
  }
}

/**
 * Splits `text` into tokens. Never throws; whitespace and invisible controls are skipped.
 * The result is valid until the next call.
 */
export function scan(text: string): Scanned {
  const n = text.length;
  let count = 0;
  let space = 0;
  let lines = 0;
  chunk.end = 0;
  chunk.flags = 0;
  failed.host = 0;
  failed.email = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let cls = classOf(code);
    if (cls === SP) {
      space = 1;
      i++;
      continue;
    }
    if (cls === NL) {
      space = 1;
      // \r\n is one break; a paragraph separator or form feed counts as a blank line.
      if (!(code === 0x0d && text.charCodeAt(i + 1) === 0x0a)) lines += code === 0x2029 || code === 0x0c ? 2 : 1;
      i++;
      continue;
    }
    if (cls === IG) {
      i++;
      continue;
    }
    if (i >= chunk.end) scanChunk(text, i);
    if (cls === HS || cls === LS) {
      cls = classAt(text, i);
      if (cls === IG) {
        i += 2; // a supplementary-plane format character, e.g. an emoji tag
        continue;
      }
    }
    scanToken(text, i, code, cls, chunk.flags);
    let end = span.end;
    if (end <= i) end = i + 1; // cannot happen; keeps the loop finite whatever the input
    if (count === starts.length) grow();
    starts[count] = i;
    ends[count] = end;
    kinds[count] = span.kind;
    gaps[count] = space | (Math.min(lines, 3) << GAP_LINE_SHIFT);
    count++;
    space = 0;
    lines = 0;
    i = end;
  }
  return { count, starts, ends, kinds, gaps };
}

function isSkinTone(text: string, j: number): boolean {
  const d = text.charCodeAt(j + 1);
  return text.charCodeAt(j) === 0xd83c && d >= 0xdffb && d <= 0xdfff;
}

/** A symbol with what renders as part of it: combining marks, skin tones, ZWJ emoji sequences. */
function scanSymbol(text: string, i: number): number {
  const n = text.length;
  let j = i + cpWidth(text, i);
  while (j < n) {
    const k = classAt(text, j);
    if (k === MK) j += cpWidth(text, j);
    else if (isSkinTone(text, j)) j += 2;
    else if (text.charCodeAt(j) === 0x200d && j + 1 < n && classAt(text, j + 1) === SY) {
      j += 1 + cpWidth(text, j + 1);
    } else break;
  }
  return j;
}
