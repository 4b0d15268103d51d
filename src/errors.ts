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
