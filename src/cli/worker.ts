/**
 * `gosfacts worker`: consumes a BullMQ queue of documents on Redis and adds each result to a
 * result queue, so that any number of processes and machines share one feed. BullMQ does the
 * distribution: each job is locked by the worker that took it, a worker that dies (SIGKILL, a lost
 * machine) stops renewing its locks and its jobs are moved back to the queue for another
 * (stalled-job handling), failed jobs are retried as the producer's `attempts` say. SIGTERM and
 * SIGINT stop taking jobs, finish the active ones, then exit 0: no job is lost.
 * bullmq and ioredis are optional peer dependencies, loaded only by this command.
 */
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import type { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { InvalidInputError, InvalidOptionsError, type EntityType, type GosDocument } from '../index.js';
import { concurrencyOf, publishedAtOf, shortMessage, typesOf, UsageError } from './args.js';
import { startRunner, type Runner } from './runner.js';

const OPTIONS = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  'result-queue': { type: 'string' },
  concurrency: { type: 'string', short: 'c' },
  types: { type: 'string', short: 't', multiple: true },
  'published-at': { type: 'string' },
  compact: { type: 'boolean' },
  'lock-duration': { type: 'string' },
  'stalled-interval': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface WorkerConfig {
  readonly help: boolean;
  readonly redis: string;
  readonly queue: string;
  readonly resultQueue: string;
  readonly concurrency: number;
  readonly types: readonly EntityType[] | null;
  readonly publishedAt: string | null;
  readonly compact: boolean;
  readonly lockDuration: number;
  readonly stalledInterval: number;
  readonly quiet: boolean;
}

const ms = (name: string, v: string | undefined, dflt: number): number => {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 100)
    throw new UsageError(`--${name} must be milliseconds, at least 100, got '${v}'`);
  return Number(v);
};

/** A BullMQ queue name: no colon (it separates Redis key parts). */
const queueName = (flag: string, v: string): string => {
  if (!v || v.includes(':')) throw new UsageError(`--${flag} needs a queue name without ':', got '${v}'`);
  return v;
};

/** Parses `gosfacts worker` arguments (after the word `worker`). Throws `UsageError`. */
export function parseWorkerCli(argv: readonly string[]): WorkerConfig {
  let v;
  try {
    v = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (e) {
    throw new UsageError(shortMessage(e));
  }
  const help = v.help ?? false;
  if (!help && (v.redis === undefined || v.queue === undefined))
    throw new UsageError('worker needs --redis URL and --queue NAME');
  if (v.redis !== undefined && !/^rediss?:\/\//.test(v.redis))
    throw new UsageError(`--redis must be a redis:// or rediss:// URL, got '${v.redis}'`);
  const queue = help ? '' : queueName('queue', v.queue ?? '');
  return {
    help,
    redis: v.redis ?? '',
    queue,
    resultQueue: help ? '' : queueName('result-queue', v['result-queue'] ?? `${queue}-results`),
    concurrency: concurrencyOf(v.concurrency) ?? 1,
    types: v.types ? typesOf(v.types) : null,
    publishedAt: publishedAtOf(v['published-at']),
    compact: v.compact ?? false,
    // BullMQ's defaults; tests shorten them to see a killed worker's jobs taken over in seconds
    lockDuration: ms('lock-duration', v['lock-duration'], 30_000),
    stalledInterval: ms('stalled-interval', v['stalled-interval'], 30_000),
    quiet: v.quiet ?? false,
  };
}

export function workerUsage(): string {
  return `Usage: gosfacts worker --redis URL --queue NAME [options]

Takes documents from the BullMQ queue NAME on Redis, extracts their facts and adds
each result to the result queue. Start as many workers as you like, on any
machines: each job is done by one of them. A job is {"id", "text", "publishedAt"}
(id and publishedAt optional); its result is a job of the result queue named
"result" whose data is {"id", "jobId", ...document}, as the JSONL output of
gosfacts, with the job id "NAME-<job id>" (a retried job adds it only once).

Options:
      --redis URL             redis://[user:password@]host:port[/db]
      --queue NAME            the queue to consume
      --result-queue NAME     where results go (default: NAME-results)
  -c, --concurrency N         jobs at once, on N worker threads (default 1, in
                              the main thread)
  -t, --types LIST            keep only these entity types, comma-separated
      --published-at DAY      publication date of jobs without one
      --compact               results carry only the id and the entities
      --lock-duration MS      how long a job stays locked without its worker
                              renewing the lock (default 30000)
      --stalled-interval MS   how often stalled jobs (their worker died) are
                              moved back to the queue (default 30000)
  -q, --quiet                 no messages about failed jobs
  -h, --help                  show this help

Retries follow the jobs' own "attempts" and "backoff" (BullMQ job options); a job
whose data is not a document fails at once, without retries. SIGTERM or SIGINT:
no new jobs, the active ones finish, then exit 0; a second signal exits at once
(its jobs go back to the queue after --lock-duration). bullmq and ioredis must be
installed next to gosfacts (npm install bullmq ioredis).
`;
}

interface Bull {
  Worker: typeof Worker;
  Queue: typeof Queue;
  UnrecoverableError: new (message: string) => Error;
  Redis: typeof Redis;
}

async function loadBull(): Promise<Bull> {
  try {
    const [bullmq, ioredis] = await Promise.all([import('bullmq'), import('ioredis')]);
    return {
      Worker: bullmq.Worker,
      Queue: bullmq.Queue,
      UnrecoverableError: bullmq.UnrecoverableError,
      Redis: ioredis.Redis,
    };
  } catch (e) {
    throw new Error(
      `gosfacts worker needs the packages bullmq and ioredis: npm install bullmq ioredis (${e instanceof Error ? e.message : String(e)})`,
      { cause: e },
    );
  }
}

interface JobData {
  id?: unknown;
  text?: unknown;
  publishedAt?: unknown;
}

/** The result record of one job: the CLI's JSONL record, with the job id. */
function recordOf(cfg: WorkerConfig, job: Job, doc: GosDocument): object {
  const data = job.data as JobData;
  const id = typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id) : job.id;
  return cfg.compact ? { id, jobId: job.id, entities: doc.entities } : { id, jobId: job.id, ...doc };
}

/** The job processor: extract, add the result, return a short summary as the job's return value. */
function processorOf(cfg: WorkerConfig, bull: Bull, runner: Runner, results: Queue) {
  return async (job: Job): Promise<{ result: string; entities: number }> => {
    const data = job.data as JobData | null;
    const fail = (message: string): Error => new bull.UnrecoverableError(message);
    if (!data || typeof data !== 'object' || typeof data.text !== 'string')
      throw fail('job data must be {"id", "text", "publishedAt"} with "text" a string');
    const publishedAt = data.publishedAt ?? cfg.publishedAt;
    if (publishedAt !== null && publishedAt !== undefined && typeof publishedAt !== 'string')
      throw fail('"publishedAt" must be a string YYYY-MM-DD');
    let doc: GosDocument;
    try {
      doc = await runner.run(data.text, publishedAt ? { publishedAt } : {});
    } catch (e) {
      // bad input never gets better on a retry; anything else (a thread that died) may
      if (e instanceof InvalidOptionsError || e instanceof InvalidInputError) throw fail(e.message);
      throw e;
    }
    // the result's job id is derived from the job's: added twice (a retry, a stalled job redone), it is kept once
    const resultId = `${cfg.queue}-${job.id}`;
    await results.add('result', recordOf(cfg, job, doc), { jobId: resultId, removeOnFail: true });
    return { result: resultId, entities: doc.entities.length };
  };
}

/** Runs the worker until SIGTERM/SIGINT; resolves with the exit status. */
export async function runWorker(cfg: WorkerConfig, say: (line: string) => void): Promise<number> {
  // listen before the worker takes its first job, so a signal never finds the default handler
  const stop = new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const bull = await loadBull();
  const runner = await startRunner(
    cfg.types ? { types: [...cfg.types] } : {},
    cfg.concurrency > 1 ? cfg.concurrency : null,
  );
  const connection = new bull.Redis(cfg.redis, { maxRetriesPerRequest: null });
  const results = new bull.Queue(cfg.resultQueue, { connection });
  const worker = new bull.Worker(cfg.queue, processorOf(cfg, bull, runner, results), {
    connection,
    concurrency: cfg.concurrency,
    lockDuration: cfg.lockDuration,
    stalledInterval: cfg.stalledInterval,
    name: `gosfacts@${hostname()}:${process.pid}`,
  });
  let done = 0;
  let failed = 0;
  worker.on('completed', () => void done++);
  worker.on('failed', (job, err) => {
    failed++;
    if (!cfg.quiet) say(`job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`);
  });
  worker.on('error', (err) => say(`worker: ${err.message}`));
  await worker.waitUntilReady();
  if (!cfg.quiet)
    say(`worker ${process.pid} consuming '${cfg.queue}' into '${cfg.resultQueue}', concurrency ${cfg.concurrency}`);

  const signal = await stop;
  // a second signal: leave now; the active jobs go back to the queue once their locks expire
  const again = (): never => process.exit(130);
  process.once('SIGTERM', again);
  process.once('SIGINT', again);
  if (!cfg.quiet) say(`${signal}: finishing the active jobs`);
  await worker.close();
  await runner.close();
  await results.close();
  await connection.quit();
  if (!cfg.quiet) say(`stopped: ${done} jobs done, ${failed} failed`);
  return 0;
}
