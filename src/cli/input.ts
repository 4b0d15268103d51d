import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputFormat } from './args.js';
import { binaryMessage, decodeChunks, decodedNotice, linesOf, sniff, SNIFF_BYTES, type Sniffed } from './decode.js';

/** One document read from the input. */
export interface InputDoc {
  readonly ok: true;
  readonly id: string;
  readonly text: string;
  /** The line's own `publishedAt`, else the `--published-at` default, else null. */
  readonly publishedAt: string | null;
  /** `file:line` (or `file`) for messages. */
  readonly where: string;
}

/** An input that could not be turned into a document; reported, then skipped. */
export interface InputError {
  readonly ok: false;
  readonly where: string;
  readonly message: string;
}

export type InputItem = InputDoc | InputError;

/** Where documents come from: a file or standard input, in a known format. */
export interface InputSource {
  /** As given on the command line; `-` is standard input. */
  readonly file: string;
  readonly format: InputFormat;
}

const STDIN = '-';
const nameOf = (file: string): string => (file === STDIN ? '<stdin>' : file);

/** Size in bytes of a regular file (for the progress bar), or null. */
export async function sizeOf(file: string): Promise<number | null> {
  if (file === STDIN) return null;
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && typeof err.code === 'string') {
    const why: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
    };
    return `cannot read: ${why[err.code] ?? err.message}`;
  }
  return `cannot read: ${e instanceof Error ? e.message : String(e)}`;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** How to read, and hooks for progress and notices. */
export interface ReadHooks {
  /** Called with the number of bytes read from the current source so far. */
  bytes?(n: number): void;
  /** Standard input, injectable for tests. */
  stdin?: Readable;
  /** The input encoding (`--encoding`); by default UTF-8, or a detected Russian single-byte one. */
  encoding?: string | null;
  /** Read inputs that look binary (`--force`). */
  force?: boolean;
  /** A message about an input that is still read (an encoding detected, a binary file forced). */
  notice?(where: string, message: string): void;
}

/** Tells about a detected encoding or a forced binary file; the refusal itself is the caller's error item. */
function noticeOf(s: Sniffed, hooks: ReadHooks, where: string): void {
  if (s.kind === 'text' && s.detected && !s.encoding.startsWith('utf-16'))
    hooks.notice?.(where, decodedNotice(s.encoding));
  if (s.kind === 'binary' && hooks.force)
    hooks.notice?.(where, `looks like a binary file (${s.why}); read anyway (--force)`);
}

/** A whole plain-text input decoded, or the message refusing it. */
function decodeText(bytes: Buffer, hooks: ReadHooks, where: string): { text: string } | { refused: string } {
  const s: Sniffed = hooks.encoding
    ? { kind: 'text', encoding: hooks.encoding, detected: false }
    : sniff(bytes.subarray(0, SNIFF_BYTES));
  noticeOf(s, hooks, where);
  if (s.kind === 'binary' && !hooks.force) return { refused: binaryMessage(s.why) };
  return { text: new TextDecoder(s.kind === 'text' ? s.encoding : 'utf-8').decode(bytes) };
}

/**
 * Reads the documents of one source. Plain text: the whole source is one document (its id is the
 * file name). JSONL: one `{id, text, publishedAt}` object per line, streamed line by line, so a
 * file of any size is processed in constant memory; blank lines are skipped.
 */
export async function* readSource(
  src: InputSource,
  defaultPublishedAt: string | null,
  hooks: ReadHooks = {},
): AsyncGenerator<InputItem> {
  const name = nameOf(src.file);
  if (src.format === 'text') {
    let bytes: Buffer;
    try {
      bytes = src.file === STDIN ? await readAll(hooks.stdin ?? process.stdin) : await readFile(src.file);
    } catch (e) {
      yield { ok: false, where: name, message: errorText(e) };
      return;
    }
    hooks.bytes?.(bytes.length);
    const decoded = decodeText(bytes, hooks, name);
    if ('refused' in decoded) yield { ok: false, where: name, message: decoded.refused };
    else yield { ok: true, id: src.file, text: decoded.text, publishedAt: defaultPublishedAt, where: name };
    return;
  }

  let stream: Readable;
  if (src.file === STDIN) stream = hooks.stdin ?? process.stdin;
  else {
    const fileStream = createReadStream(src.file);
    // surface open errors (ENOENT, EISDIR) before reading, as one message for the file
    const opened = await new Promise<unknown>((resolve) => {
      fileStream.once('ready', () => resolve(null));
      fileStream.once('error', (e) => resolve(e));
    });
    if (opened) {
      yield { ok: false, where: name, message: errorText(opened) };
      return;
    }
    stream = fileStream;
  }
  let readError: unknown = null;
  stream.on('error', (e) => {
    readError = e;
  });
  let lineNo = 0;
  let refused: string | null = null;
  // chunks are pulled as lines are consumed: the stream pauses while documents are extracted
  const texts = decodeChunks(stream as AsyncIterable<Uint8Array>, {
    encoding: hooks.encoding ?? null,
    force: hooks.force ?? false,
    onSniffed: (s) => {
      noticeOf(s, hooks, name);
      if (s.kind === 'binary') refused = binaryMessage(s.why);
    },
  });
  try {
    for await (const line of linesOf(texts)) {
      lineNo++;
      if ('bytesRead' in stream && typeof stream.bytesRead === 'number') hooks.bytes?.(stream.bytesRead);
      if (!line.trim()) continue;
      yield parseLine(line, `${name}:${lineNo}`, defaultPublishedAt);
    }
  } catch (e) {
    readError ??= e;
  } finally {
    if (src.file !== STDIN) stream.destroy();
  }
  if (refused !== null && !hooks.force) yield { ok: false, where: name, message: refused };
  if (readError) yield { ok: false, where: `${name}:${lineNo + 1}`, message: errorText(readError) };
}

function parseLine(line: string, where: string, defaultPublishedAt: string | null): InputItem {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, where, message: `not valid JSON (${why})` };
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { ok: false, where, message: 'expected a JSON object {"id", "text", "publishedAt"}' };
  }
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string')
    return { ok: false, where, message: `"text" must be a string, got ${describe(o.text)}` };
  let id: string;
  if (o.id === undefined || o.id === null) id = where;
  else if (typeof o.id === 'string' || typeof o.id === 'number') id = String(o.id);
  else return { ok: false, where, message: `"id" must be a string or a number, got ${describe(o.id)}` };
  let publishedAt = defaultPublishedAt;
  if (typeof o.publishedAt === 'string') publishedAt = o.publishedAt;
  else if (o.publishedAt !== undefined && o.publishedAt !== null) {
    return { ok: false, where, message: `"publishedAt" must be a string YYYY-MM-DD, got ${describe(o.publishedAt)}` };
  }
  return { ok: true, id, text: o.text, publishedAt, where };
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}
