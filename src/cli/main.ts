/**
 * The `gosfacts` command: extracts facts from text files, JSONL files or standard input and
 * writes JSON or JSONL. Standard output carries results only; messages go to stderr.
 */
import { version } from '../../package.json';
// Only the public entry: dist/cli.js loads the library from dist/index.js (see tsup.config.ts),
// so the InvalidOptionsError tested below is the class the library throws.
import { InvalidOptionsError, type GosDocument } from '../index.js';
import { runDiff } from './diff.js';
import { HtmlWriter } from './html.js';
import { formatOf, parseCli, usage, UsageError, type CliConfig, type OutputFormat } from './args.js';
import { readSource, sizeOf, type InputItem, type InputSource } from './input.js';
import { runOrdered } from './ordered.js';
import { Output } from './output.js';
import { Progress, summaryOf } from './progress.js';
import { startRunner, type Runner } from './runner.js';
import { parseWorkerCli, runWorker, workerUsage } from './worker.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function say(line: string): void {
  process.stderr.write(`gosfacts: ${line}\n`);
}

function usageError(message: string, help = 'gosfacts --help'): number {
  say(message);
  process.stderr.write(`Try '${help}' for more information.\n`);
  return EXIT_USAGE;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function printAndExit(text: string): Promise<number> {
  const out = Output.stdout();
  await out.write(text);
  await out.end();
  return EXIT_OK;
}

/** What to read, and in which shape to write the results. */
interface Plan {
  readonly sources: readonly InputSource[];
  readonly format: OutputFormat;
  /** Several documents as one JSON array (`--format json` with more than one document). */
  readonly asArray: boolean;
  readonly usesStdin: boolean;
}

function planOf(cfg: CliConfig): Plan {
  const sources: InputSource[] = (cfg.files.length ? cfg.files : ['-']).map((file) => ({
    file,
    format: formatOf(file === '-' ? '' : file, cfg.input),
  }));
  // One plain-text document prints as one JSON object; anything else streams.
  const single = sources.length === 1 && sources[0]?.format === 'text';
  const format = cfg.output ?? (single ? 'json' : 'jsonl');
  return { sources, format, asArray: format === 'json' && !single, usesStdin: sources.some((s) => s.file === '-') };
}

/** The output file asked for, or standard output; an exit status when the file cannot be opened. */
async function openOutput(cfg: CliConfig): Promise<Output | number> {
  if (cfg.outFile === null) return Output.stdout();
  try {
    return await Output.file(cfg.outFile);
  } catch (e) {
    return usageError(`cannot write ${cfg.outFile}: ${messageOf(e)}`);
  }
}

/** The extractor (or pool) for the options given; an exit status when it cannot start (bad options are a usage error). */
async function startExtractor(cfg: CliConfig): Promise<Runner | number> {
  try {
    return await startRunner(cfg.types ? { types: [...cfg.types] } : {}, cfg.concurrency);
  } catch (e) {
    if (e instanceof InvalidOptionsError) return usageError(e.message);
    say(`cannot start: ${messageOf(e)}`);
    return EXIT_FAILED;
  }
}

/** Where each document's record goes; `finish` once all are written. */
interface DocWriter {
  write(record: object, text: string): Promise<void>;
  finish(): Promise<void>;
}

/** Writes one record per document: a JSONL line, one JSON object, or an item of a JSON array. */
class RecordWriter implements DocWriter {
  private first = true;

  constructor(
    private readonly out: Output,
    private readonly plan: Plan,
    private readonly pretty: boolean,
  ) {}

  async write(record: object): Promise<void> {
    if (this.plan.format === 'jsonl') {
      await this.out.write(`${JSON.stringify(record)}\n`);
    } else if (!this.plan.asArray) {
      await this.out.write(`${this.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`);
    } else {
      const json = this.pretty ? JSON.stringify(record, null, 2).replace(/^/gm, '  ') : JSON.stringify(record);
      await this.out.write(`${this.first ? '[\n' : ',\n'}${json}`);
    }
    this.first = false;
  }

  /** Closes the JSON array, if there is one (an empty one when nothing was written). */
  async finish(): Promise<void> {
    if (this.plan.asArray && !this.out.closed) await this.out.write(this.first ? '[]\n' : '\n]\n');
  }
}

/** Counts for the progress bar and the exit status (a `ProgressState` that the run updates). */
interface RunState {
  docs: number;
  failed: number;
  chars: number;
  bytes: number;
  readonly totalBytes: number | null;
  readonly totalDocs: number | null;
}

/** A document extracted, or an input or extraction error to report at its turn. */
type Outcome = { ok: true; id: string; text: string; doc: GosDocument } | { ok: false; where: string; message: string };

/** Every item of every source, in order; `bytes` follows the reading for the progress bar. */
async function* itemsOf(
  cfg: CliConfig,
  plan: Plan,
  state: RunState,
  sizes: readonly (number | null)[],
): AsyncGenerator<InputItem> {
  const notice = (where: string, message: string): void => say(`${where}: ${message}`);
  for (let index = 0; index < plan.sources.length; index++) {
    const base = state.bytes;
    const hooks = {
      bytes: (n: number): void => void (state.bytes = base + n),
      encoding: cfg.encoding,
      force: cfg.force,
      notice,
    };
    yield* readSource(plan.sources[index]!, cfg.publishedAt, hooks);
    state.bytes = base + (sizes[index] ?? 0);
  }
}

/**
 * Extracts every document of every source (on the runner's threads, a window at a time) and writes
 * the records in input order; stops when the output is closed.
 */
async function extractAll(
  cfg: CliConfig,
  plan: Plan,
  runner: Runner,
  out: Output,
  writer: DocWriter,
  progress: Progress,
): Promise<RunState> {
  const sizes = await Promise.all(plan.sources.map((s) => sizeOf(s.file)));
  const state: RunState = {
    docs: 0,
    failed: 0,
    chars: 0,
    bytes: 0,
    totalBytes: sizes.every((s) => s !== null) ? sizes.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
    totalDocs: plan.sources.every((s) => s.format === 'text') ? plan.sources.length : null,
  };
  const start = async (item: InputItem): Promise<Outcome> => {
    if (!item.ok) return item;
    try {
      const doc = await runner.run(item.text, item.publishedAt ? { publishedAt: item.publishedAt } : {});
      return { ok: true, id: item.id, text: item.text, doc };
    } catch (e) {
      return { ok: false, where: item.where, message: messageOf(e) };
    }
  };
  const emit = async (o: Outcome): Promise<boolean> => {
    if (out.closed) return false;
    if (!o.ok) {
      state.failed++;
      progress.clear();
      say(`${o.where}: ${o.message}`);
    } else {
      state.docs++;
      state.chars += o.text.length;
      await writer.write(cfg.compact ? { id: o.id, entities: o.doc.entities } : { id: o.id, ...o.doc }, o.text);
    }
    progress.update(state);
    return !out.closed;
  };
  await runOrdered(itemsOf(cfg, plan, state, sizes), runner.window, start, emit);
  return state;
}

/** `gosfacts worker ...`: the BullMQ consumer (src/cli/worker.ts). */
async function workerMain(argv: readonly string[]): Promise<number> {
  let cfg;
  try {
    cfg = parseWorkerCli(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message, 'gosfacts worker --help');
    throw e;
  }
  if (cfg.help) return printAndExit(workerUsage());
  try {
    return await runWorker(cfg, say);
  } catch (e) {
    if (e instanceof InvalidOptionsError) return usageError(e.message);
    say(`worker: ${messageOf(e)}`);
    return EXIT_FAILED;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'worker') return workerMain(argv.slice(1));
  if (argv[0] === 'diff') return runDiff(argv.slice(1), { say, usageError });
  let cfg: CliConfig;
  try {
    cfg = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message);
    throw e;
  }
  if (cfg.help) return printAndExit(usage(version));
  if (cfg.version) return printAndExit(`${version}\n`);

  const plan = planOf(cfg);
  const out = await openOutput(cfg);
  if (typeof out === 'number') return out;
  const started = performance.now();
  const runner = await startExtractor(cfg);
  if (typeof runner === 'number') return runner;

  const progress = new Progress(process.stderr, !cfg.quiet);
  // results and the bar on one terminal: erase the bar before each result
  if (cfg.outFile === null && process.stdout.isTTY && process.stderr.isTTY) out.beforeWrite = () => progress.clear();
  const onSigint = (): void => {
    progress.clear();
    process.exit(130);
  };
  process.once('SIGINT', onSigint);
  if (plan.usesStdin && process.stdin.isTTY && !cfg.quiet) {
    say(
      `reading ${plan.sources.find((s) => s.file === '-')?.format === 'jsonl' ? 'JSONL' : 'a document'} from the terminal; end with Ctrl-D (see --help)`,
    );
  }

  const writer = plan.format === 'html' ? new HtmlWriter(out, cfg.title) : new RecordWriter(out, plan, cfg.pretty);
  const state = await extractAll(cfg, plan, runner, out, writer, progress);
  await writer.finish();
  await out.end();
  await runner.close();
  progress.clear();
  process.off('SIGINT', onSigint);
  const done = state.docs + state.failed;
  if (!cfg.quiet && (cfg.summary || (process.stderr.isTTY && done > 1)))
    say(summaryOf(state, (performance.now() - started) / 1000, runner.threads));
  // a reader that went away (`| head`) must not keep us waiting on standard input
  if (plan.usesStdin) process.stdin.destroy();

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
