import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { InputFormat } from './args.js';

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

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Progress hooks: bytes consumed so far from the current source. */
export interface ReadHooks {
  /** Called with the number of bytes read from the current source so far. */
  bytes?(n: number): void;
  /** Standard input, injectable for tests. */
  stdin?: Readable;
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
    let text: string;
    try {
      text = src.file === STDIN ? await readAll(hooks.stdin ?? process.stdin) : await readFile(src.file, 'utf8');
    } catch (e) {
      yield { ok: false, where: name, message: errorText(e) };
      return;
    }
    hooks.bytes?.(Buffer.byteLength(text));
    yield { ok: true, id: src.file, text, publishedAt: defaultPublishedAt, where: name };
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
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const raw of rl) {
      lineNo++;
      if ('bytesRead' in stream && typeof stream.bytesRead === 'number') hooks.bytes?.(stream.bytesRead);
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!line.trim()) continue;
      yield parseLine(line, `${name}:${lineNo}`, defaultPublishedAt);
    }
  } catch (e) {
    readError ??= e;
  } finally {
    rl.close();
    if (src.file !== STDIN) stream.destroy();
  }
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
