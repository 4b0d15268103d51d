import { parseArgs } from 'node:util';
// Only the public entry: dist/cli.js loads the library from dist/index.js (see tsup.config.ts).
import { ENTITY_TYPES, ExtractOptionsSchema, type EntityType } from '../index.js';

export type InputFormat = 'text' | 'jsonl';
export type OutputFormat = 'json' | 'jsonl' | 'html';
const OUTPUT_FORMATS: readonly string[] = ['json', 'jsonl', 'html'];

/** What the command line asked for, validated. */
export interface CliConfig {
  readonly help: boolean;
  readonly version: boolean;
  /** Input files; `-` is standard input. Empty means standard input. */
  readonly files: readonly string[];
  /** Forced input format; null picks it per file (`.jsonl`/`.ndjson` -> jsonl, else text). */
  readonly input: InputFormat | null;
  /** Forced output format; null picks json for one plain-text document, jsonl otherwise. */
  readonly output: OutputFormat | null;
  readonly pretty: boolean;
  readonly compact: boolean;
  readonly publishedAt: string | null;
  readonly types: readonly EntityType[] | null;
  /** Output file; null is standard output. */
  readonly outFile: string | null;
  readonly quiet: boolean;
  /** Title of the HTML page (`--format html`); null for the default. */
  readonly title: string | null;
  /** Worker threads (`--concurrency N`); null extracts in the main thread. */
  readonly concurrency: number | null;
  /** Print the summary on stderr even when it is not a terminal. */
  readonly summary: boolean;
  /** Read files that look binary anyway. */
  readonly force: boolean;
  /** Forced input encoding (a WHATWG label, e.g. windows-1251); null detects it. */
  readonly encoding: string | null;
}

/** A mistake on the command line: exit status 2, one line on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const OPTIONS = {
  input: { type: 'string', short: 'i' },
  output: { type: 'string', short: 'f' },
  // the same as --output, under the name the diff subcommand and the docs use
  format: { type: 'string' },
  title: { type: 'string' },
  pretty: { type: 'boolean' },
  compact: { type: 'boolean' },
  'published-at': { type: 'string' },
  types: { type: 'string', short: 't', multiple: true },
  out: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  concurrency: { type: 'string', short: 'c' },
  summary: { type: 'boolean' },
  force: { type: 'boolean' },
  encoding: { type: 'string', short: 'e' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** A real calendar day written `YYYY-MM-DD`: the library's own check, without its date-times. */
const isCalendarDay = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && ExtractOptionsSchema.safeParse({ publishedAt: s }).success;

/** Turns parseArgs' messages ("Unknown option '--x'. To specify ...") into one short line. */
export function shortMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const first = msg.split(/\.\s|\n/)[0] ?? msg;
  return first
    .replace(/\.$/, '')
    .replace(/^Unknown option/, 'unknown option')
    .replace(/^Option/, 'option');
}

/** Parses and validates the arguments (without the node and script paths). Throws `UsageError`. */
export function parseCli(argv: readonly string[]): CliConfig {
  const parsed = (() => {
    try {
      return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(shortMessage(e));
    }
  })();
  const v = parsed.values;

  const input = v.input ?? null;
  if (input !== null && input !== 'text' && input !== 'jsonl')
    throw new UsageError(`--input must be text or jsonl, got '${input}'`);
  if (v.output !== undefined && v.format !== undefined && v.output !== v.format)
    throw new UsageError('--output and --format name the same setting: give one');
  const output = (v.output ?? v.format ?? null) as OutputFormat | null;
  if (output !== null && !OUTPUT_FORMATS.includes(output))
    throw new UsageError(`--output must be json, jsonl or html, got '${output}'`);
  if (output === 'html' && v.compact) throw new UsageError('--compact does not apply to --output html');
  if (v.title !== undefined && output !== 'html') throw new UsageError('--title applies to --output html only');
  const pretty = v.pretty ?? false;
  if (pretty && output === 'jsonl')
    throw new UsageError('--pretty applies to --output json only (a JSONL record is one line)');
  if (pretty && output === 'html') throw new UsageError('--pretty applies to --output json only');

  const publishedAt = publishedAtOf(v['published-at']);

  const types = v.types ? typesOf(v.types) : null;

  if (parsed.positionals.filter((f) => f === '-').length > 1)
    throw new UsageError("standard input ('-') can be read only once");

  const outFile = v.out ?? null;
  if (outFile === '') throw new UsageError('-o/--out needs a file name');

  return {
    help: v.help ?? false,
    version: v.version ?? false,
    files: parsed.positionals,
    input,
    // --pretty without --output asks for JSON
    output: output ?? (pretty ? 'json' : null),
    pretty,
    compact: v.compact ?? false,
    publishedAt,
    types,
    outFile,
    quiet: v.quiet ?? false,
    title: v.title ?? null,
    concurrency: concurrencyOf(v.concurrency),
    summary: v.summary ?? false,
    force: v.force ?? false,
    encoding: encodingOf(v.encoding),
  };
}

/** `--types` values: comma-separated entity types, each known, without repeats. */
export function typesOf(values: readonly string[]): EntityType[] {
  const types: EntityType[] = [];
  for (const t of values
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!(ENTITY_TYPES as readonly string[]).includes(t))
      throw new UsageError(`unknown entity type '${t}' in --types (one of: ${ENTITY_TYPES.join(', ')})`);
    if (!types.includes(t as EntityType)) types.push(t as EntityType);
  }
  if (!types.length) throw new UsageError('--types needs at least one entity type');
  return types;
}

/** `--published-at DAY`: a real calendar day. */
export function publishedAtOf(v: string | undefined): string | null {
  if (v === undefined) return null;
  if (!isCalendarDay(v)) throw new UsageError(`--published-at must be a calendar date YYYY-MM-DD, got '${v}'`);
  return v;
}

/** `--concurrency N`: a count of worker threads, 1 to 256. */
export function concurrencyOf(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 256)
    throw new UsageError(`--concurrency must be a number of threads from 1 to 256, got '${v}'`);
  return n;
}

/** `--encoding NAME`: any label Node's TextDecoder knows (utf-8, windows-1251, cp1251, koi8-r, ...). */
function encodingOf(v: string | undefined): string | null {
  if (v === undefined) return null;
  try {
    return new TextDecoder(v).encoding;
  } catch {
    throw new UsageError(`unknown --encoding '${v}' (for example utf-8, windows-1251, koi8-r)`);
  }
}

/** The input format of one file: forced, else by extension. */
export function formatOf(file: string, forced: InputFormat | null): InputFormat {
  if (forced) return forced;
  return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'text';
}

/** Splits a comma-separated list into lines of at most `width` characters. */
function wrap(list: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of list.split(',')) {
    if (line && line.length + item.length + 1 > width) {
      lines.push(`${line},`);
      line = item;
    } else line = line ? `${line},${item}` : item;
  }
  if (line) lines.push(line);
  return lines;
}

export function usage(version: string): string {
  return `Usage: gosfacts [options] [FILE...]
       gosfacts diff OLD.jsonl NEW.jsonl [--format text|html] [-o FILE]

Extracts facts with exact spans from Russian government news: dates, numbers,
money, percentages and statistics, places (regions, cities, districts,
countries), facilities and region facts, persons, positions, officials and
quotes with their speakers, organisations, legal acts, awards, events and
national projects, and contacts.
Reads each FILE, or standard input when no FILE is given or FILE is "-".
Results go to standard output, nothing else does.

Input:
  -i, --input FORMAT      text: the whole file is one document (default)
                          jsonl: one {"id", "text", "publishedAt"} object per line
                          (default for *.jsonl and *.ndjson files)
      --published-at DAY  publication date YYYY-MM-DD of plain texts (and of JSONL
                          lines without one); relative dates resolve against it
  -t, --types LIST        keep only these entity types, comma-separated:
                          ${wrap(ENTITY_TYPES.join(','), 52).join('\n                          ')}
  -e, --encoding NAME     read the input in this encoding (utf-8, windows-1251,
                          koi8-r, ...); by default UTF-8, and Windows-1251 or
                          KOI8-R when detected (said on stderr)
      --force             read files that look binary (NUL bytes, control
                          characters), which are refused otherwise

Output:
  -f, --output FORMAT     json: one document as an object, several as an array
      --format FORMAT     (default for a single plain-text document)
                          jsonl: one {"id", ...document} line per document
                          (default otherwise)
                          html: one self-contained page showing every document
                          with its entities marked and its facts
      --title TEXT        the title of the HTML page
      --pretty            indent the JSON (implies --output json)
      --compact           only the id and the entities of each document
  -o, --out FILE          write the results to FILE instead of standard output
  -q, --quiet             no progress bar (shown on a terminal's stderr for
                          more than one document) and no summary
      --summary           print the summary on stderr even when it is not a
                          terminal (documents, failures, characters, speed)

Speed:
  -c, --concurrency N     extract on N worker threads (default: in the main
                          thread); results still come out in input order, as
                          soon as each and all before it are done, and memory
                          stays bounded however long the input
  -h, --help              show this help
  -v, --version           show the version (${version})

Exit status: 0 all documents done; 1 some failed or a file was refused (each
reported on stderr as FILE:LINE: message, the others are still processed);
2 usage error.

Commands:
  gosfacts worker --redis URL --queue NAME [options]
                          consume a BullMQ queue of documents on Redis and
                          write the results to a result queue (see
                          'gosfacts worker --help')

Examples:
  gosfacts --published-at 2025-11-10 --pretty article.txt
  gosfacts --types date,region news.jsonl > facts.jsonl
  cat article.txt | gosfacts --compact
  gosfacts --format html -o today.html news.jsonl
  gosfacts diff before.jsonl after.jsonl --format html -o diff.html
  gosfacts -i jsonl -f jsonl --concurrency 2 < feed.jsonl > facts.jsonl
`;
}
