/** Base class of every error gosfacts throws on purpose. */
export class GosfactsError extends Error {
  /** Machine-readable code, stable across versions. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The text given to `extract` is not a string. */
export class InvalidInputError extends GosfactsError {
  constructor(message: string) {
    super('ERR_INVALID_INPUT', message);
  }
}

/**
 * The text given to `extract` is longer than the `maxLength` option allows. Refused whole: a text
 * is never cut, since a truncated document would silently lose its facts.
 */
export class InputTooLongError extends GosfactsError {
  /** Length of the text, in UTF-16 code units (`text.length`). */
  readonly length: number;
  /** The limit it went over. */
  readonly maxLength: number;
  constructor(length: number, maxLength: number) {
    super(
      'ERR_INPUT_TOO_LONG',
      `the text is ${length.toLocaleString('en-US')} characters long, over maxLength ${maxLength.toLocaleString('en-US')}: split it, or raise maxLength`,
    );
    this.length = length;
    this.maxLength = maxLength;
  }
}

/** Options failed validation; `issues` lists each problem with its path. */
export class InvalidOptionsError extends GosfactsError {
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  constructor(what: string, issues: readonly { readonly path: string; readonly message: string }[]) {
    super(
      'ERR_INVALID_OPTIONS',
      `invalid ${what}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    );
    this.issues = issues;
  }
}

/**
 * A pool's queue is full: `size` documents are being extracted and `maxQueue` more are waiting.
 * Refused rather than buffered so that memory stays bounded; wait for a result (or use
 * `pool.extractMany`, which never overfills the queue) and submit again.
 */
export class PoolQueueFullError extends GosfactsError {
  /** The limit that was reached: tasks running plus tasks waiting. */
  readonly limit: number;
  constructor(limit: number) {
    super(
      'ERR_POOL_QUEUE_FULL',
      `the pool's queue is full (${limit} documents running or waiting); await some results before submitting more, or use extractMany()`,
    );
    this.limit = limit;
  }
}

/** The pool was closed (`close()`) or destroyed (`destroy()`): it takes no more documents. */
export class PoolClosedError extends GosfactsError {
  constructor(message = 'the pool is closed') {
    super('ERR_POOL_CLOSED', message);
  }
}

/** A pool's worker thread failed outside the library's own errors (it crashed or ran out of memory). */
export class WorkerError extends GosfactsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_WORKER', message, options);
  }
}
