// Only the public entry: dist/cli.js loads the library from dist/index.js (see tsup.config.ts).
import { createExtractor, createPool, type ExtractOptions, type ExtractorOptions, type GosDocument } from '../index.js';

/** Where documents are extracted: in the main thread, or on a pool of worker threads. */
export interface Runner {
  run(text: string, options: ExtractOptions): Promise<GosDocument>;
  /** Documents to keep in flight: enough to keep every thread busy, bounded. */
  readonly window: number;
  /** Worker threads, 0 in the main thread. */
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * Starts the extractor in this thread (`threads` null) or a pool of `threads` worker threads.
 * Throws what `createExtractor` / `createPool` throw (InvalidOptionsError for bad options).
 */
export async function startRunner(options: ExtractorOptions, threads: number | null): Promise<Runner> {
  if (threads === null) {
    const extractor = await createExtractor(options);
    return {
      // synchronous inside, settled in a microtask: writes and reads interleave with extraction
      run: (text, o) => new Promise((resolve) => resolve(extractor.extract(text, o))),
      window: 1,
      threads: 0,
      close: () => Promise.resolve(),
    };
  }
  const pool = await createPool({ ...options, size: threads, maxQueue: 2 * threads });
  return {
    run: (text, o) => pool.extract(text, o),
    window: pool.size + pool.maxQueue,
    threads: pool.size,
    close: () => pool.close(),
  };
}
