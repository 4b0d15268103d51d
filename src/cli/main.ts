/**
 * The `gosfacts` command: extracts facts from text files, JSONL files or standard input and
 * writes JSON or JSONL. Standard output carries results only; messages go to stderr.
 */
import { version } from '../../package.json';
// Only the public entry: dist/cli.js loads the library from dist/index.js (see tsup.config.ts),
// so the InvalidOptionsError tested below is the class the library throws.
import { createExtractor, InvalidOptionsError, type Extractor } from '../index.js';
import { formatOf, parseCli, usage, UsageError, type CliConfig } from './args.js';
import { readSource, sizeOf, type InputSource } from './input.js';
import { Output } from './output.js';
import { Progress } from './progress.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function say(line: string): void {
  process.stderr.write(`gosfacts: ${line}\n`);
}

function usageError(message: string): number {
  say(message);
  process.stderr.write("Try 'gosfacts --help' for more information.\n");
  return EXIT_USAGE;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function printAndExit(text: string): Promise<number> {
  const out = Output.stdout();
  await out.write(text);
  await out.end();
  return EXIT_OK;
}

export async function main(argv: readonly string[]): Promise<number> {
  let cfg: CliConfig;
  try {
    cfg = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message);
    throw e;
  }
  if (cfg.help) return printAndExit(usage(version));
  if (cfg.version) return printAndExit(`${version}\n`);

  const sources: InputSource[] = (cfg.files.length ? cfg.files : ['-']).map((file) => ({
    file,
    format: formatOf(file === '-' ? '' : file, cfg.input),
  }));
  // One plain-text document prints as one JSON object; anything else streams.
  const single = sources.length === 1 && sources[0]?.format === 'text';
  const format = cfg.output ?? (single ? 'json' : 'jsonl');
  const asArray = format === 'json' && !single;
  const usesStdin = sources.some((s) => s.file === '-');

  let out: Output;
  if (cfg.outFile !== null) {
    try {
      out = await Output.file(cfg.outFile);
    } catch (e) {
      return usageError(`cannot write ${cfg.outFile}: ${messageOf(e)}`);
    }
  } else out = Output.stdout();

  let extractor: Extractor;
  try {
    extractor = await createExtractor(cfg.types ? { types: [...cfg.types] } : undefined);
  } catch (e) {
    if (e instanceof InvalidOptionsError) return usageError(e.message);
    say(`cannot start: ${messageOf(e)}`);
    return EXIT_FAILED;
  }

  const progress = new Progress(process.stderr, !cfg.quiet);
  // results and the bar on one terminal: erase the bar before each result
  if (cfg.outFile === null && process.stdout.isTTY && process.stderr.isTTY) out.beforeWrite = () => progress.clear();
  const onSigint = (): void => {
    progress.clear();
    process.exit(130);
  };
  process.once('SIGINT', onSigint);

  if (usesStdin && process.stdin.isTTY && !cfg.quiet) {
    say(`reading ${sources.find((s) => s.file === '-')?.format === 'jsonl' ? 'JSONL' : 'a document'} from the terminal; end with Ctrl-D (see --help)`);
  }

  const sizes = await Promise.all(sources.map((s) => sizeOf(s.file)));
  const state = {
    docs: 0,
    failed: 0,
    chars: 0,
    bytes: 0,
    totalBytes: sizes.every((s) => s !== null) ? sizes.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
    totalDocs: sources.every((s) => s.format === 'text') ? sources.length : null,
  };
  const fail = (where: string, message: string): void => {
    state.failed++;
    progress.clear();
    say(`${where}: ${message}`);
  };

  let first = true;
  const emit = async (record: object): Promise<void> => {
    if (format === 'jsonl') {
      await out.write(`${JSON.stringify(record)}\n`);
    } else if (!asArray) {
      await out.write(`${cfg.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`);
    } else {
      const json = cfg.pretty ? JSON.stringify(record, null, 2).replace(/^/gm, '  ') : JSON.stringify(record);
      await out.write(`${first ? '[\n' : ',\n'}${json}`);
    }
    first = false;
  };

  outer: for (let k = 0; k < sources.length; k++) {
    const src = sources[k]!;
    const base = state.bytes;
    const hooks = { bytes: (n: number): void => void (state.bytes = base + n) };
    for await (const item of readSource(src, cfg.publishedAt, hooks)) {
      if (out.closed) break outer;
      if (!item.ok) {
        fail(item.where, item.message);
        continue;
      }
      let doc;
      try {
        doc = extractor.extract(item.text, item.publishedAt ? { publishedAt: item.publishedAt } : {});
      } catch (e) {
        fail(item.where, messageOf(e));
        continue;
      }
      state.docs++;
      state.chars += item.text.length;
      await emit(cfg.compact ? { id: item.id, entities: doc.entities } : { id: item.id, ...doc });
      progress.update(state);
    }
    state.bytes = base + (sizes[k] ?? 0);
  }
  if (asArray && !out.closed) await out.write(first ? '[]\n' : '\n]\n');
  await out.end();
  progress.clear();
  process.off('SIGINT', onSigint);
  // a reader that went away (`| head`) must not keep us waiting on standard input
  if (usesStdin) process.stdin.destroy();

  if (out.error) {
    say(`cannot write the output: ${out.error.message}`);
    return EXIT_FAILED;
  }
  return state.failed ? EXIT_FAILED : EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    say(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = EXIT_FAILED;
  },
);
