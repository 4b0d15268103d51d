import type * as z from 'zod';
import { InputTooLongError, InvalidInputError, InvalidOptionsError } from './errors.js';
import { createMorph, createMorphSync } from './morph/index.js';
import type { Morph } from './morph/types.js';
import { defaultExtractors, defaultFactBuilders, defaultRefiners } from './defaults.js';
import { runPipeline, type Pipeline } from './pipeline/run.js';
import type { Convention, Env, EntityExtractorFactory, FactBuilder, Refiner } from './pipeline/types.js';
import {
  DEFAULT_MAX_LENGTH,
  ExtractOptionsSchema,
  ExtractorOptionsSchema,
  type ExtractOptions,
  type ExtractorOptions,
  type GosDocument,
} from './result/schema.js';
import { segment } from './segment/index.js';

/** Options of `createExtractor`, plus the pipeline parts (functions, not validated by the schema). */
export interface CreateExtractorOptions extends ExtractorOptions {
  /** The extractors to run, in order (default: `defaultExtractors`). Edit the list to add your own. */
  extractors?: readonly EntityExtractorFactory[];
  /** The refiners to run after all extractors, in order (default: `defaultRefiners`). */
  refiners?: readonly Refiner[];
  /** Builders of the fact lists (default: `defaultFactBuilders`). */
  facts?: readonly FactBuilder[];
}

/** A ready extractor: morphology loaded, rules compiled. Reuse one for many documents. */
export interface Extractor {
  /**
   * Extracts facts from one text. Never throws for a string up to `maxLength` characters; throws
   * `InvalidInputError` for a non-string, `InputTooLongError` for a longer text and
   * `InvalidOptionsError` for bad options.
   * @example
   * const doc = extractor.extract('Во Владимирской области 10 ноября ...', { publishedAt: '2025-11-10' });
   * doc.regions[0]?.normalized // "Владимирская область"
   */
  extract(text: string, options?: ExtractOptions): GosDocument;
  /** The morphology this extractor uses (for custom rules and tests). */
  readonly morph: Morph;
  readonly env: Env;
}

function issuesOf(e: z.ZodError): { path: string; message: string }[] {
  return e.issues.flatMap((i) =>
    // name each unknown key in the path, so callers can point at it
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ path: [...i.path.map(String), k].join('.'), message: `unknown option "${k}"` }))
      : [{ path: i.path.map(String).join('.'), message: i.message }],
  );
}

interface ParsedOptions {
  types: ExtractorOptions['types'];
  convention: Convention;
  maxLength: number;
  extractors: readonly EntityExtractorFactory[];
  refiners: readonly Refiner[];
  facts: readonly FactBuilder[];
}

function parseOptions(options: unknown): ParsedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new InvalidOptionsError('extractor options', [{ path: '', message: 'expected an object' }]);
  }
  const { extractors, refiners, facts, ...rest } = (options ?? {}) as CreateExtractorOptions;
  const r = ExtractorOptionsSchema.safeParse(rest);
  if (!r.success) throw new InvalidOptionsError('extractor options', issuesOf(r.error));
  const fnList = <T>(name: string, v: unknown, dflt: readonly T[], check: (x: unknown) => boolean): readonly T[] => {
    if (v === undefined) return dflt;
    if (!Array.isArray(v) || !v.every(check))
      throw new InvalidOptionsError('extractor options', [
        { path: name, message: 'expected an array of pipeline steps' },
      ]);
    return v as T[];
  };
  const isStep = (x: unknown): boolean =>
    typeof x === 'object' && x !== null && typeof (x as { name?: unknown }).name === 'string';
  return {
    types: r.data.types,
    convention: r.data.convention ?? 'nerel',
    maxLength: r.data.maxLength ?? DEFAULT_MAX_LENGTH,
    extractors: fnList('extractors', extractors, defaultExtractors, (x) => typeof x === 'function'),
    refiners: fnList(
      'refiners',
      refiners,
      defaultRefiners,
      (x) => isStep(x) && typeof (x as Refiner).refine === 'function',
    ),
    facts: fnList(
      'facts',
      facts,
      defaultFactBuilders,
      (x) => isStep(x) && typeof (x as FactBuilder).build === 'function',
    ),
  };
}

function toDay(v: string | Date | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime()))
      throw new InvalidOptionsError('extract options', [{ path: 'publishedAt', message: 'invalid Date' }]);
    // the calendar day the caller's Date shows in the process's time zone, as `new Date(2025, 10, 10)` means
    return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  }
  // the schema has checked that it is a calendar day
  return v.slice(0, 10);
}

function build(morph: Morph, o: ParsedOptions): Extractor {
  const env: Env = { morph, segment, convention: o.convention };
  const pipeline: Pipeline = {
    env,
    extractors: o.extractors.map((f) => f(env)),
    refiners: o.refiners,
    facts: o.facts,
    types: o.types ? new Set(o.types) : null,
  };
  return {
    morph,
    env,
    extract(text, options) {
      if (typeof text !== 'string') {
        throw new InvalidInputError(
          `extract() expects the text as a string, got ${text === null ? 'null' : typeof text}`,
        );
      }
      if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
        throw new InvalidOptionsError('extract options', [{ path: '', message: 'expected an object' }]);
      }
      const r = ExtractOptionsSchema.safeParse(options ?? {});
      if (!r.success) throw new InvalidOptionsError('extract options', issuesOf(r.error));
      const maxLength = r.data.maxLength ?? o.maxLength;
      if (text.length > maxLength) throw new InputTooLongError(text.length, maxLength);
      return runPipeline(pipeline, text, toDay(r.data.publishedAt));
    },
  };
}

/**
 * Loads the morphology (once per process) and compiles the rules.
 * @example
 * import { createExtractor } from 'gosfacts';
 * const extractor = await createExtractor();
 * const doc = extractor.extract(text, { publishedAt: '2025-11-10' });
 */
export async function createExtractor(options?: CreateExtractorOptions): Promise<Extractor> {
  const parsed = parseOptions(options); // fail fast, before loading dictionaries
  return build(await createMorph(), parsed);
}

/** Like `createExtractor`, but loads the dictionaries synchronously. */
export function createExtractorSync(options?: CreateExtractorOptions): Extractor {
  return build(createMorphSync(), parseOptions(options));
}

let shared: Promise<Extractor> | null = null;

/**
 * One-off convenience: extracts with a shared default extractor created on first use.
 * @example
 * const doc = await extract('Андрей Григорьев, министр труда Владимирской области, ...', { publishedAt: '2025-11-10' });
 */
export async function extract(text: string, options?: ExtractOptions): Promise<GosDocument> {
  if (typeof text !== 'string') {
    throw new InvalidInputError(`extract() expects the text as a string, got ${text === null ? 'null' : typeof text}`);
  }
  shared ??= createExtractor().catch((e: unknown) => {
    shared = null;
    throw e;
  });
  return (await shared).extract(text, options);
}
