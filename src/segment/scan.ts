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

/**
 * Splits `text` into tokens. Never throws; whitespace and invisible controls are skipped.
 * The result is valid until the next call.
 */
export function scan(text: string): Scanned {
  const n = text.length;
  let count = 0;
  let space = 0;
  let lines = 0;
  let chunkEnd = 0;
  let flags = 0;
  // How far failed URL / e-mail walks reached: probing again inside them cannot succeed.
  let hostFail = 0;
  let emailFail = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = classOf(c);
    if (k === SP) {
      space = 1;
      i++;
      continue;
    }
    if (k === NL) {
      space = 1;
      // \r\n is one break; a paragraph separator or form feed counts as a blank line.
      if (!(c === 0x0d && text.charCodeAt(i + 1) === 0x0a)) lines += c === 0x2029 || c === 0x0c ? 2 : 1;
      i++;
      continue;
    }
    if (k === IG) {
      i++;
      continue;
    }
    if (i >= chunkEnd) {
      flags = 0;
      let j = i;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d <= 0x20 || d >= 0x80) {
          const dk = classOf(d);
          if (dk === SP || dk === NL) break;
        } else if (d === 0x40) flags |= F_AT;
        else if (d === 0x2e) {
          if (j + 1 < n && isAlnumClass(classOf(text.charCodeAt(j + 1)))) flags |= F_DOT;
        } else if (d === 0x3a && text.charCodeAt(j + 1) === 0x2f) flags |= F_COLON;
      }
      chunkEnd = j;
    }
    if (k === HS || k === LS) {
      k = classAt(text, i);
      if (k === IG) {
        i += 2; // a supplementary-plane format character, e.g. an emoji tag
        continue;
      }
    }
    let end = -1;
    let kind = K_SYMBOL;
    if (isAlnumClass(k) && k !== MK) {
      if (flags !== 0) {
        if ((flags & F_COLON) !== 0) {
          end = matchSchemeUrl(text, i);
          kind = K_URL;
        }
        if (end < 0 && (flags & F_AT) !== 0 && c < 0x80 && i >= emailFail) {
          end = matchEmail(text, i);
          kind = K_EMAIL;
          if (end < 0) emailFail = -end - 1;
        }
        if (end < 0 && (flags & F_DOT) !== 0 && i >= hostFail) {
          end = matchHostUrl(text, i);
          kind = K_URL;
          if (end < 0) hostFail = -end - 1;
        }
      }
      if (end < 0) {
        if (k === DG && !(scanNumber(text, i, span) && hasGluedSuffix(text, span.end))) {
          end = span.end;
          kind = span.kind;
        } else {
          scanWord(text, i, span);
          end = span.end;
          kind = span.kind;
        }
      }
    } else if (k === PU) {
      kind = K_PUNCT;
      end = i + cpWidth(text, i);
      if (c === 0x2e) {
        let j = i + 1;
        while (text.charCodeAt(j) === 0x2e) j++;
        if (j - i >= 3) end = j; // "..." is one token, like "…"
      }
    } else {
      end = scanSymbol(text, i);
    }
    if (end <= i) end = i + 1; // cannot happen; keeps the loop finite whatever the input
    if (count === starts.length) grow();
    starts[count] = i;
    ends[count] = end;
    kinds[count] = kind;
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
