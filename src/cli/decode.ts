/**
 * What the bytes of an input are: UTF-8 (or UTF-16 with a byte order mark), a Russian single-byte
 * encoding (Windows-1251, KOI8-R), or not text at all. Decided on the first bytes of each input, so
 * that a binary file is refused before it yields thousands of junk entities and a Windows-1251
 * file is read as Russian instead of replacement characters.
 */

import { TextDecoder } from 'node:util';

/** How many bytes the decision reads. */
export const SNIFF_BYTES = 64 * 1024;

export type Sniffed =
  | { readonly kind: 'text'; readonly encoding: string; readonly detected: boolean }
  | { readonly kind: 'binary'; readonly why: string };

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape, and DEL. */
const isControl = (b: number): boolean => (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f;

/** Share of control bytes above which a file is not text (a few stray ones happen in real files). */
const MAX_CONTROL_SHARE = 0.02;

/** The most frequent Russian lower-case letters: the encoding that makes more of them is the right one. */
const FREQUENT = new Set('оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё');

function russianScore(text: string): number {
  let n = 0;
  for (const ch of text) if (FREQUENT.has(ch)) n++;
  return n;
}

function isUtf8(head: Uint8Array): boolean {
  try {
    // stream: a sequence cut at the end of the sample is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Decides what `head` (the first bytes of an input, up to SNIFF_BYTES) is. */
export function sniff(head: Uint8Array): Sniffed {
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', encoding: 'utf-16le', detected: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', encoding: 'utf-16be', detected: true };
  let controls = 0;
  let high = 0;
  for (const b of head) {
    if (b === 0) return { kind: 'binary', why: 'it contains NUL bytes' };
    if (isControl(b)) controls++;
    else if (b >= 0x80) high++;
  }
  if (head.length && controls / head.length > MAX_CONTROL_SHARE) {
    return {
      kind: 'binary',
      why: `${((100 * controls) / head.length).toFixed(0)}% of its bytes are control characters`,
    };
  }
  if (high === 0 || isUtf8(head)) return { kind: 'text', encoding: 'utf-8', detected: false };
  const candidates = ['windows-1251', 'koi8-r'].map((encoding) => {
    const text = new TextDecoder(encoding).decode(head);
    return { encoding, score: russianScore(text) };
  });
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  // most bytes above 0x7F should be letters Russian uses often; otherwise it is some other encoding
  if (best.score < high * 0.5) {
    return { kind: 'binary', why: 'it is neither UTF-8 nor Russian in Windows-1251 or KOI8-R (give --encoding)' };
  }
  return { kind: 'text', encoding: best.encoding, detected: true };
}

/** The message for an input that was read in a detected encoding other than UTF-8. */
export const decodedNotice = (encoding: string): string =>
  `not UTF-8: read as ${encoding.toUpperCase()} (detected; --encoding chooses another)`;

/** The message for a refused input. */
export const binaryMessage = (why: string): string =>
  `not read: looks like a binary file (${why}); --force reads it anyway`;

/**
 * Decodes a stream of byte chunks: sniffs the first SNIFF_BYTES (unless the encoding is given),
 * then yields decoded text as the chunks arrive. Calls `onSniffed` once, before the first text;
 * a refused input yields nothing.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  o: { encoding: string | null; force: boolean; onSniffed: (s: Sniffed) => void },
): AsyncGenerator<string> {
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let decoder: TextDecoder | null = null;
  const start = (): string | null => {
    const all = Buffer.concat(head);
    head = [];
    const s: Sniffed = o.encoding
      ? { kind: 'text', encoding: o.encoding, detected: false }
      : sniff(all.subarray(0, SNIFF_BYTES));
    o.onSniffed(s);
    if (s.kind === 'binary' && !o.force) return null;
    decoder = new TextDecoder(s.kind === 'text' ? s.encoding : 'utf-8');
    return decoder.decode(all, { stream: true });
  };
  for await (const chunk of chunks) {
    if (decoder) {
      yield (decoder as TextDecoder).decode(chunk, { stream: true });
      continue;
    }
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes < SNIFF_BYTES) continue;
    const text = start();
    if (text === null) return;
    yield text;
  }
  if (!decoder) {
    const text = start();
    if (text === null) return;
    yield text;
  }
  const rest = (decoder as TextDecoder | null)?.decode() ?? '';
  if (rest) yield rest;
}

/** Splits decoded text into lines (LF or CRLF); a long line costs its length once, not per chunk. */
export async function* linesOf(texts: AsyncIterable<string>): AsyncGenerator<string> {
  const strip = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  let carry = '';
  for await (const t of texts) {
    let from = 0;
    let nl = t.indexOf('\n');
    while (nl >= 0) {
      yield strip(carry + t.slice(from, nl));
      carry = '';
      from = nl + 1;
      nl = t.indexOf('\n', from);
    }
    carry += t.slice(from);
  }
  if (carry) yield strip(carry);
}
