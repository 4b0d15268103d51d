/**
 * The pool's worker thread (built to dist/pool-worker.js). It loads the morphology and compiles the
 * rules once, then extracts the documents the pool sends. Like the CLI, it is a client of the
 * public entry: the build rewrites `../index.js` to the dist/index.js next to it (tsup.config.ts),
 * so the library is not bundled twice.
 */
import { workerData } from 'node:worker_threads';
import { createExtractor, type Extractor, type ExtractorOptions } from '../index.js';
import { toWire, type Task, type WireResult } from './wire.js';

type Handler = (task: Task) => WireResult;

async function init(): Promise<Handler> {
  let extractor: Extractor;
  try {
    extractor = await createExtractor(workerData as ExtractorOptions);
  } catch (e) {
    // answered to every task, so that the caller gets the typed start-up error (MorphologyInitError)
    const error = toWire(e);
    return () => ({ ok: false, error });
  }
  return (task) => {
    if (task === null) return { ok: true, doc: null };
    try {
      return { ok: true, doc: extractor.extract(task.text, task.options) };
    } catch (e) {
      return { ok: false, error: toWire(e) };
    }
  };
}

// piscina waits for this promise before it gives the thread any task
export default init();
