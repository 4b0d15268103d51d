/**
 * `createPool`: the extractor on several worker threads (piscina), with the same `extract` API
 * returning promises. The queue is bounded: past `size` running and `maxQueue` waiting documents,
 * `extract` rejects with `PoolQueueFullError` instead of buffering without limit; `extractMany`
 * keeps under the bound by itself and yields in input order.
 */
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import {
  GosfactsError,
  InvalidInputError,
  InvalidOptionsError,
  PoolClosedError,
  PoolQueueFullError,
  WorkerError,
} from '../errors.js';
import { MorphologyInitError } from '../morph/index.js';
import {
  ExtractorOptionsSchema,
  type ExtractOptions,
  type ExtractorOptions,
  type GosDocument,
} from '../result/schema.js';
import type { Task, WireError, WireResult } from './wire.js';

/** Options of `createPool`: the pool's own, and the extractor options each thread is created with. */
export interface PoolOptions extends ExtractorOptions {
  /** Worker threads, each with its own extractor (default: the machine's available parallelism). */
  size?: number;
  /**
   * Documents that may wait for a free thread, beyond the `size` being extracted (default
   * `16 * size`). One more is refused with `PoolQueueFullError`.
   */
  maxQueue?: number;
  /**
   * V8 heap bounds of each thread, in MB (Node's `resourceLimits` of worker threads). By default a
   * thread's heap grows as V8 likes (~220 MB of RSS a thread on a long run); with
   * `{ maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 128 }` a thread holds under ~200 MB
   * for some throughput (docs/quality.md, Memory). A thread that runs out of its heap fails its
   * document with `WorkerError` and piscina starts another; a heap too small for the extractor
   * itself (it holds ~30 MB once created) fails `createPool` with `WorkerError`.
   */
  resourceLimits?: PoolResourceLimits;
}

/** The worker threads' V8 heap bounds that `createPool` passes on (see `PoolOptions.resourceLimits`). */
export interface PoolResourceLimits {
  /** The main heap's bound (old generation), MB. */
  maxOldGenerationSizeMb?: number;
  /** The young generation's bound (three times V8's semi-space), MB. */
  maxYoungGenerationSizeMb?: number;
}

/** One input of `extractMany`: a text, or a text with its extract options. */
export type PoolInput = string | { readonly text: string; readonly options?: ExtractOptions };

/** Extractors on worker threads. Create one per process and reuse it; `close()` it at the end. */
export interface Pool {
  /**
   * Extracts one text on a free thread. Rejects with the library's typed errors, as
   * `Extractor.extract` throws them, with `PoolQueueFullError` when the queue is full and with
   * `PoolClosedError` after `close()`/`destroy()`.
   */
  extract(text: string, options?: ExtractOptions): Promise<GosDocument>;
  /**
   * Extracts every input, a few at a time on every thread, and yields the documents in input order.
   * Reads the inputs only as fast as the results are consumed (memory stays bounded for an endless
   * source) and never overfills the queue. Throws at the first input that fails.
   */
  extractMany(inputs: Iterable<PoolInput> | AsyncIterable<PoolInput>): AsyncGenerator<GosDocument, void, undefined>;
  /** Worker threads. */
  readonly size: number;
  /** Documents that may wait beyond the `size` running. */
  readonly maxQueue: number;
  /** Documents submitted and not settled yet (running or waiting). */
  readonly pending: number;
  /** Stops taking documents, finishes those submitted, then stops the threads. */
  close(): Promise<void>;
  /** Stops the threads now; documents not done reject with `PoolClosedError`. */
  destroy(): Promise<void>;
}

const ERROR_CLASSES: Record<string, abstract new (...args: never[]) => GosfactsError> = {
  GosfactsError,
  InvalidInputError,
  InvalidOptionsError,
  MorphologyInitError,
  PoolClosedError,
  PoolQueueFullError,
  WorkerError,
};

/** Rebuilds an error sent by a worker as the class it was thrown as, in this thread's copy of the library. */
function fromWire(w: WireError): GosfactsError {
  const cls = ERROR_CLASSES[w.name];
  if (!cls) {
    const e = new WorkerError(`${w.name}: ${w.message}`);
    if (w.stack) e.stack = w.stack;
    return e;
  }
  const e = new GosfactsError(w.code ?? 'ERR_WORKER', w.message);
  Object.setPrototypeOf(e, cls.prototype as object);
  e.name = w.name;
  Object.assign(e, w.fields);
  if (w.stack) e.stack = `${w.stack}\n    at <gosfacts pool worker thread>`;
  return e;
}

interface ParsedPoolOptions {
  size: number;
  maxQueue: number;
  resourceLimits: PoolResourceLimits | undefined;
  extractor: ExtractorOptions;
}

const LIMIT_KEYS = ['maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb'] as const;

const PIPELINE_KEYS = ['extractors', 'refiners', 'facts'];

function parsePoolOptions(options: unknown): ParsedPoolOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options)))
    throw new InvalidOptionsError('pool options', [{ path: '', message: 'expected an object' }]);
  const { size, maxQueue, resourceLimits, ...rest } = (options ?? {}) as PoolOptions;
  const issues: { path: string; message: string }[] = [];
  const count = (v: unknown, min: number, max: number): boolean =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  if (size !== undefined && !count(size, 1, 256))
    issues.push({ path: 'size', message: 'expected an integer from 1 to 256' });
  if (maxQueue !== undefined && !count(maxQueue, 0, 1e7))
    issues.push({ path: 'maxQueue', message: 'expected an integer from 0 to 10,000,000' });
  if (resourceLimits !== undefined) {
    if (resourceLimits === null || typeof resourceLimits !== 'object' || Array.isArray(resourceLimits))
      issues.push({ path: 'resourceLimits', message: 'expected an object' });
    else {
      for (const k of Object.keys(resourceLimits)) {
        if (!(LIMIT_KEYS as readonly string[]).includes(k))
          issues.push({ path: `resourceLimits.${k}`, message: `unknown limit (known: ${LIMIT_KEYS.join(', ')})` });
        else if (!count((resourceLimits as Record<string, unknown>)[k], 1, 1 << 20))
          issues.push({ path: `resourceLimits.${k}`, message: 'expected a whole number of MB from 1 to 1,048,576' });
      }
    }
  }
  for (const k of PIPELINE_KEYS) {
    if (k in rest)
      issues.push({
        path: k,
        message: 'a custom pipeline cannot be sent to worker threads; create the extractor in your own worker',
      });
  }
  const r = ExtractorOptionsSchema.safeParse(
    Object.fromEntries(Object.entries(rest).filter(([k]) => !PIPELINE_KEYS.includes(k))),
  );
  if (!r.success)
    issues.push(...r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  if (issues.length) throw new InvalidOptionsError('pool options', issues);
  const threads = size ?? Math.max(1, availableParallelism());
  return {
    size: threads,
    maxQueue: maxQueue ?? 16 * threads,
    resourceLimits: resourceLimits && { ...resourceLimits },
    extractor: r.data!,
  };
}

/** Node's error for a worker thread stopped at its `resourceLimits`. */
const outOfMemory = (e: unknown): e is Error =>
  e instanceof Error && (e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';

/** Where the worker entry is: next to the built module (dist/pool-worker.js), from ESM and CJS alike. */
const workerUrl = (): string => new URL('./pool-worker.js', import.meta.url).href;

class ThreadPool implements Pool {
  readonly size: number;
  readonly maxQueue: number;
  pending = 0;
  private state: 'open' | 'closing' | 'destroyed' = 'open';
  private readonly roomWaiters: (() => void)[] = [];

  constructor(
    private readonly piscina: Piscina<Task, WireResult>,
    o: ParsedPoolOptions,
  ) {
    this.size = o.size;
    this.maxQueue = o.maxQueue;
    // piscina emits 'error' for what belongs to no document: a thread's result arriving after
    // destroy() rejected its task, a thread dying with nothing to do (piscina starts another).
    // With no listener, EventEmitter would throw it in the user's process; every document's own
    // error already reaches its promise through run().
    piscina.on('error', () => undefined);
  }

  extract(text: string, options?: ExtractOptions): Promise<GosDocument> {
    if (this.state !== 'open') return Promise.reject(new PoolClosedError());
    if (typeof text !== 'string') {
      return Promise.reject(
        new InvalidInputError(`extract() expects the text as a string, got ${text === null ? 'null' : typeof text}`),
      );
    }
    if (this.pending >= this.size + this.maxQueue)
      return Promise.reject(new PoolQueueFullError(this.size + this.maxQueue));
    this.pending++;
    return this.run({ text, options }).finally(() => {
      this.pending--;
      this.roomWaiters.shift()?.();
    });
  }

  private async run(task: Task): Promise<GosDocument> {
    let r: WireResult;
    try {
      r = await this.piscina.run(task);
    } catch (e) {
      throw this.threadError(e);
    }
    if (!r.ok) throw fromWire(r.error);
    return r.doc!;
  }

  /** A rejection from piscina itself: the pool was destroyed, the options could not be cloned, a thread died. */
  private threadError(e: unknown): GosfactsError {
    if (this.state === 'destroyed') return new PoolClosedError('the pool was destroyed before this document was done');
    const message = outOfMemory(e)
      ? `ran out of its heap (${e.message}): raise the pool's resourceLimits`
      : e instanceof Error
        ? e.message
        : String(e);
    if (e instanceof Error && e.name === 'DataCloneError')
      return new InvalidOptionsError('extract options', [
        { path: '', message: `cannot be sent to a worker thread: ${message}` },
      ]);
    return new WorkerError(`a worker thread failed: ${message}`, { cause: e });
  }

  private room(): Promise<void> {
    if (this.pending < this.size + this.maxQueue) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  async *extractMany(
    inputs: Iterable<PoolInput> | AsyncIterable<PoolInput>,
  ): AsyncGenerator<GosDocument, void, undefined> {
    // enough in flight to keep every thread busy while the head is awaited, and no more
    const ahead = Math.max(2, 2 * this.size);
    const window: Promise<GosDocument>[] = [];
    for await (const input of inputs) {
      while (this.pending >= this.size + this.maxQueue) await this.room();
      const p = typeof input === 'string' ? this.extract(input) : this.extract(input.text, input.options);
      p.catch(() => undefined); // awaited in order below; not an unhandled rejection meanwhile
      window.push(p);
      if (window.length >= ahead) yield await window.shift()!;
    }
    while (window.length) yield await window.shift()!;
  }

  async close(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'closing';
    await this.piscina.close();
  }

  async destroy(): Promise<void> {
    if (this.state === 'destroyed') return;
    this.state = 'destroyed';
    await this.piscina.destroy();
  }
}

/**
 * Starts `size` worker threads, each loading the morphology and compiling the rules once, and
 * resolves when all are ready (rejects with the start-up error, e.g. `MorphologyInitError`).
 * @example
 * import { createPool } from 'gosfacts';
 * const pool = await createPool({ size: 4 });
 * const doc = await pool.extract(text, { publishedAt: '2025-11-10' });
 * for await (const d of pool.extractMany(texts)) console.log(d.entities.length);
 * await pool.close();
 */
export async function createPool(options?: PoolOptions): Promise<Pool> {
  const o = parsePoolOptions(options); // fail fast, before starting threads
  // loaded here, not with the package: most users never start a pool (~35 ms of import)
  const { Piscina } = await import('piscina');
  const piscina = new Piscina<Task, WireResult>({
    filename: workerUrl(),
    minThreads: o.size,
    maxThreads: o.size,
    // the extractor costs a second to build: threads stay up until close()
    idleTimeout: Infinity,
    workerData: o.extractor,
    ...(o.resourceLimits ? { resourceLimits: o.resourceLimits } : {}),
  });
  const pool = new ThreadPool(piscina, o);
  try {
    // one ping per thread: start-up errors surface here, and the first documents wait for nothing
    const pings = await Promise.all(Array.from({ length: o.size }, () => piscina.run(null)));
    const failed = pings.find((r) => !r.ok);
    if (failed && !failed.ok) throw fromWire(failed.error);
  } catch (e) {
    await piscina.destroy();
    throw e instanceof GosfactsError
      ? e
      : new WorkerError(
          outOfMemory(e)
            ? `cannot start the pool: a thread ran out of its heap (${e.message}); raise resourceLimits`
            : `cannot start the pool: ${e instanceof Error ? e.message : String(e)}`,
          { cause: e },
        );
  }
  return pool;
}
