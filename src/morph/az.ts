/**
 * The only file that loads `az`. It owns az's process-global initialisation: dictionaries are read
 * from az's own installed folder, once per process, asynchronously or synchronously.
 */
import { readFile, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AzCallback, AzMorph, AzResponseType, AzStatic } from 'az';
import { GosfactsError } from '../errors.js';
import { requireAzLazyTags } from './az-lazy-tags.js';

/** Thrown (or rejected with) when az or its dictionaries cannot be loaded. */
export class MorphologyInitError extends GosfactsError {
  /** The dictionary folder that was tried, when it was resolved. */
  readonly dictPath: string | undefined;

  constructor(message: string, options: { cause?: unknown; dictPath?: string } = {}) {
    super('ERR_MORPHOLOGY_INIT', message, 'cause' in options ? { cause: options.cause } : undefined);
    this.dictPath = options.dictPath;
  }
}

/** An initialised az: `morph(word, config)` is ready to parse. */
export interface AzApi {
  readonly morph: AzMorph;
  /** Absolute path of the dictionary folder that was loaded. */
  readonly dictPath: string;
  /** Version of the az package (its dictionaries ship with it). */
  readonly version: string;
  /** Wall time of the dictionary load, ms. */
  readonly initMs: number;
  readonly mode: 'async' | 'sync';
}

interface AzState {
  instance?: AzApi | undefined;
  pending?: Promise<AzApi> | undefined;
}

// Kept on az's module object, which the require cache shares between the ESM and CJS builds of
// this package: az's dictionaries are process-global, so its init state must be too.
const STATE = Symbol.for('gosfacts.morph.az-state');

type Loader = (url: string, responseType: AzResponseType, callback: AzCallback<unknown>) => void;

function nodeRequire(): NodeRequire {
  // In the CJS build esbuild turns `import.meta` into `{}` unless tsup's `shims` is on.
  const url: unknown = import.meta.url;
  if (typeof url === 'string') return createRequire(url);
  if (typeof __filename === 'string') return createRequire(__filename);
  return require;
}

function requireAz(): { az: AzStatic; dictPath: string; version: string } {
  let dictPath: string | undefined;
  try {
    const req = nodeRequire();
    // az's default path (`__dirname + '/../dicts'`) breaks once bundled: resolve its package.
    // One resolution (a module's is a walk of the file system), and the package file read as
    // data, not required as a module.
    const pkgFile = req.resolve('az/package.json');
    const root = dirname(pkgFile);
    dictPath = join(root, 'dicts');
    const { version, main } = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version?: unknown; main?: unknown };
    const file = typeof main === 'string' && main.endsWith('.js') ? join(root, main) : req.resolve('az');
    const az = requireAzLazyTags(req, file, typeof version === 'string' ? version : '');
    if (typeof az?.Morph?.init !== 'function' || typeof az.load !== 'function') {
      throw new Error('unexpected exports of the az package');
    }
    return { az, dictPath, version: typeof version === 'string' ? version : '' };
  } catch (cause) {
    throw new MorphologyInitError(`Cannot load the az package: ${describe(cause)}`, {
      cause,
      ...(dictPath === undefined ? {} : { dictPath }),
    });
  }
}

function stateOf(az: AzStatic): AzState {
  const holder = az as unknown as Record<symbol, AzState | undefined>;
  return (holder[STATE] ??= {});
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function initError(cause: unknown, dictPath: string): MorphologyInitError {
  return new MorphologyInitError(`Cannot load the az dictionaries from ${dictPath}: ${describe(cause)}`, {
    cause,
    dictPath,
  });
}

/** The bytes of a file as an ArrayBuffer of exactly that length. */
function toArrayBuffer(buf: Buffer): ArrayBuffer {
  // A whole file read by fs owns its memory: handing it over saves copying ~10 MB at start-up.
  if (buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength && buf.buffer instanceof ArrayBuffer) {
    return buf.buffer;
  }
  // Small Buffers are slices of a shared pool: `buf.buffer` would be the whole pool.
  const ab = new ArrayBuffer(buf.byteLength);
  new Uint8Array(ab).set(buf);
  return ab;
}

/**
 * az's tag table in Russian notation: az makes a second Tag object for every tag from it
 * (`tag.ext`), which only its debug `log()` prints. Each of those ~4,800 objects gets its own
 * hidden class, 7.6 MB of heap for the life of the process; empty tags cost one shape. (The
 * edited az of az-lazy-tags.ts does not ask for the file; az as published does.)
 */
const EXT_TAGS = 'gramtab-opencorpora-ext.json';

function decode(buf: Buffer, responseType: AzResponseType, url: string): unknown {
  if (responseType === 'json' && url.endsWith(EXT_TAGS)) {
    // only the number of rows counts: read as Latin-1 (a copy, no UTF-8 decoding), the file is
    // the same JSON array (UTF-8's bytes of Cyrillic are never a quote, backslash or control)
    return (JSON.parse(buf.toString('latin1')) as unknown[]).map(() => '');
  }
  if (responseType === 'json') return JSON.parse(buf.toString('utf8')) as unknown;
  if (responseType === 'arraybuffer') return toArrayBuffer(buf);
  throw new Error(`unknown response type ${String(responseType)}`);
}

/**
 * Runs `Az.Morph.init` with `Az.load` replaced by `loader` for the duration of the call
 * (az issues every file request synchronously inside `init`).
 */
function runInit(az: AzStatic, dictPath: string, loader: Loader, done: AzCallback<AzMorph>): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back as it was
  const original = az.load;
  az.load = loader;
  try {
    az.Morph.init(dictPath, done);
  } finally {
    az.load = original;
  }
}

/** Calls az's file callback, routing exceptions thrown while az digests the data to `fail`. */
function answer(callback: AzCallback<unknown>, fail: (err: unknown) => void, err: unknown, data?: unknown): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- az reports strings; anything else is shown as it is
    if (err) callback(err instanceof Error ? err : new Error(String(err)));
    else callback(null, data);
  } catch (thrown) {
    fail(thrown);
  }
}

/**
 * Milliseconds from an arbitrary origin. Not `performance.now()`: the first use of the global
 * `performance` loads Node's perf_hooks (11 internal modules, ~2 ms at every start-up).
 */
function nowMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

function makeApi(az: AzStatic, dictPath: string, version: string, started: number, mode: AzApi['mode']): AzApi {
  return Object.freeze({ morph: az.Morph, dictPath, version, initMs: nowMs() - started, mode });
}

/** az's init from `dictPath`, answering its file requests with `fs.readFile`. */
function initAsync(az: AzStatic, dictPath: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown): void => {
      if (settled) return; // az reports once per failing file
      settled = true;
      reject(initError(err, dictPath));
    };
    const loader: Loader = (url, responseType, callback) => {
      readFile(url, (err, buf) => {
        if (err) return answer(callback, fail, err);
        let data: unknown;
        try {
          data = decode(buf, responseType, url);
        } catch (decodeErr) {
          return answer(callback, fail, decodeErr);
        }
        answer(callback, fail, null, data);
      });
    };
    try {
      runInit(az, dictPath, loader, (err) => {
        if (err) return fail(err);
        if (settled) return;
        settled = true;
        resolve();
      });
    } catch (err) {
      fail(err);
    }
  });
}

/** az's init from `dictPath`, answering its file requests with `fs.readFileSync`. */
function initSync(az: AzStatic, dictPath: string): void {
  const queue: Array<() => void> = [];
  let failure: { err: unknown } | undefined;
  let finished = false;
  const fail = (err: unknown): void => {
    failure ??= { err }; // az reports once per failing file
  };
  // Answering inside `init` would let az count its files down to zero before it has queued
  // them all, so the requests are answered after `init` returns.
  const loader: Loader = (url, responseType, callback) => {
    queue.push(() => {
      let data: unknown;
      try {
        data = decode(readFileSync(url), responseType, url);
      } catch (err) {
        return answer(callback, fail, err);
      }
      answer(callback, fail, null, data);
    });
  };
  try {
    runInit(az, dictPath, loader, (err) => {
      if (err) fail(err);
      else finished = true;
    });
    for (const job of queue) job();
  } catch (err) {
    fail(err);
  }
  if (failure) throw initError(failure.err, dictPath);
  if (!finished) throw initError(new Error('az did not finish loading'), dictPath);
}

/**
 * Loads az's dictionaries once per process; concurrent and later calls share the result.
 * Rejects with {@link MorphologyInitError}; a later call retries.
 *
 * @example
 * const { morph } = await loadAz();
 * morph('области', { typos: 0 })[0]?.normalize()?.toString(); // 'область'
 */
export function loadAz(): Promise<AzApi> {
  let loaded: ReturnType<typeof requireAz>;
  try {
    loaded = requireAz();
  } catch (err) {
    return Promise.reject(err);
  }
  const { az, dictPath, version } = loaded;
  const state = stateOf(az);
  if (state.instance) return Promise.resolve(state.instance);
  if (state.pending) return state.pending;

  const started = nowMs();
  const pending = initAsync(az, dictPath).then(
    // A synchronous init may have finished first: keep the one instance.
    () => (state.instance ??= makeApi(az, dictPath, version, started, 'async')),
  );
  state.pending = pending;
  const clear = (): void => {
    state.pending = undefined;
  };
  pending.then(clear, clear);
  return pending;
}

/**
 * Loads az's dictionaries synchronously (answering az's file requests with `readFileSync`),
 * once per process. Throws {@link MorphologyInitError}.
 *
 * @example
 * const { morph } = loadAzSync();
 */
export function loadAzSync(): AzApi {
  const { az, dictPath, version } = requireAz();
  const state = stateOf(az);
  if (state.instance) return state.instance;
  // An async init still in flight cannot be waited for: this one loads the same files again,
  // and the async one then resolves to the instance made here.
  const started = nowMs();
  initSync(az, dictPath);
  return (state.instance ??= makeApi(az, dictPath, version, started, 'sync'));
}

/**
 * @internal For tests of the failure path only: runs az's init from another folder, without
 * touching the shared instance. A folder with valid dictionaries would replace az's globals.
 */
export function initAzFromForTest(dictPath: string, mode: 'async' | 'sync'): Promise<void> {
  const { az } = requireAz();
  if (mode === 'async') return initAsync(az, dictPath);
  try {
    initSync(az, dictPath);
    return Promise.resolve();
  } catch (err) {
    return Promise.reject(err);
  }
}
