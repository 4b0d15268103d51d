/**
 * What crosses between a pool's threads. Structured cloning keeps an Error's message but not its
 * class, so the worker sends errors as plain data and the main thread rebuilds them as the same
 * typed classes (`InvalidOptionsError` with its `issues`, ...). This file imports no classes: the
 * worker bundle stays free of the rebuilding side.
 */
import type { ExtractOptions, GosDocument } from '../result/schema.js';

/** One document to extract, or null: the warm-up ping sent to each thread by `createPool`. */
export type Task = { readonly text: string; readonly options?: ExtractOptions | undefined } | null;

/** An error as data: its class name, code, message, stack and own enumerable fields (`issues`, ...). */
export interface WireError {
  readonly name: string;
  readonly code: string | null;
  readonly message: string;
  readonly stack: string | null;
  readonly fields: Record<string, unknown>;
}

export type WireResult =
  { readonly ok: true; readonly doc: GosDocument | null } | { readonly ok: false; readonly error: WireError };

const OWN = new Set(['name', 'code', 'message', 'stack', 'cause']);

/** Turns anything thrown into data that survives structured cloning. */
export function toWire(e: unknown): WireError {
  if (!(e instanceof Error)) return { name: 'Error', code: null, message: String(e), stack: null, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (OWN.has(k)) continue;
    try {
      fields[k] = structuredClone(v);
    } catch {
      // a field that cannot be cloned (a function, a socket) is dropped, not the error
    }
  }
  const code = (e as { code?: unknown }).code;
  return {
    name: e.name,
    code: typeof code === 'string' ? code : null,
    message: e.message,
    stack: e.stack ?? null,
    fields,
  };
}
