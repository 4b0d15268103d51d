/**
 * `gosfacts diff OLD.jsonl NEW.jsonl`: what a rule change gained and lost on a corpus, from two
 * runs of `gosfacts` over it (their JSONL output). Exit status as diff(1)'s: 0 the runs agree,
 * 1 they differ, 2 trouble (usage, unreadable input).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
// Only the public entry: dist/cli.js loads the library from dist/index.js (see tsup.config.ts).
import { diffResults, renderDiffHtml, renderDiffText, type ResultRecord } from '../index.js';
import { Output } from './output.js';

export const DIFF_USAGE = `Usage: gosfacts diff OLD.jsonl NEW.jsonl [options]

Compares two runs of gosfacts over the same documents (their JSONL output, matched
by "id") and shows the entities and facts that one run has and the other has not.

  -f, --format FORMAT     text (default) or html: one self-contained page with
                          the losses and gains side by side
      --title TEXT        the title of the HTML page
  -o, --out FILE          write to FILE instead of standard output
  -h, --help              show this help

Exit status: 0 the runs agree; 1 they differ; 2 trouble.

Example:
  gosfacts corpus.jsonl > before.jsonl   # then change a rule, rebuild
  gosfacts corpus.jsonl > after.jsonl
  gosfacts diff before.jsonl after.jsonl --format html -o diff.html
`;

/** How the command reports, shared with the main command. */
export interface DiffIo {
  say(line: string): void;
  usageError(message: string): number;
}

async function readRecords(file: string): Promise<ResultRecord[]> {
  const text = await readFile(file, 'utf8');
  return text.split('\n').flatMap<ResultRecord>((line, i) => {
    if (!line.trim()) return [];
    try {
      const r = JSON.parse(line) as ResultRecord | null;
      if (r && typeof r === 'object' && !Array.isArray(r)) return [r];
    } catch {
      // reported below
    }
    throw new Error(`${file}:${i + 1}: not a JSON object`);
  });
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string' },
      title: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export async function runDiff(argv: readonly string[], io: DiffIo): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    return io.usageError(`diff: ${(e instanceof Error ? e.message : String(e)).split(/\.\s|\n/)[0]}`);
  }
  const v = parsed.values;
  if (v.help) {
    const out = Output.stdout();
    await out.write(DIFF_USAGE);
    await out.end();
    return 0;
  }
  const format = v.format ?? v.output ?? 'text';
  if (format !== 'text' && format !== 'html')
    return io.usageError(`diff: --format must be text or html, got '${format}'`);
  if (parsed.positionals.length !== 2) return io.usageError('diff: needs two files, OLD.jsonl and NEW.jsonl');
  const [oldFile, newFile] = parsed.positionals as [string, string];
  let before: ResultRecord[], after: ResultRecord[];
  try {
    [before, after] = await Promise.all([readRecords(oldFile), readRecords(newFile)]);
  } catch (e) {
    io.say(`diff: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const diff = diffResults(before, after);
  const body = format === 'html' ? renderDiffHtml(diff, v.title ? { title: v.title } : {}) : renderDiffText(diff);
  let out: Output;
  try {
    out = v.out ? await Output.file(v.out) : Output.stdout();
  } catch (e) {
    return io.usageError(`diff: cannot write ${v.out}: ${e instanceof Error ? e.message : String(e)}`);
  }
  await out.write(body);
  await out.end();
  if (out.error) {
    io.say(`diff: cannot write the output: ${out.error.message}`);
    return 2;
  }
  const same = !diff.documents.length && !diff.onlyBefore.length && !diff.onlyAfter.length;
  return same ? 0 : 1;
}
