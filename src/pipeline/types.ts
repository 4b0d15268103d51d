import type { DocContext } from '../engine/context.js';
import type { Rule } from '../engine/rule.js';
import type { Morph } from '../morph/types.js';
import type { Entity, EntityDraft, GosDocument } from '../result/schema.js';
import type { Segmentation } from '../segment/types.js';

/** What extractors are built with: the shared morphology and segmenter. */
export interface Env {
  readonly morph: Morph;
  readonly segment: (text: string) => Segmentation;
  /** The annotation convention spans follow (`createExtractor({ convention })`); absent means `nerel`. */
  readonly convention?: Convention;
}

/** The two annotation conventions of place (and, later, organisation) spans: see decision record 0003. */
export type Convention = 'nerel' | 'factru';

/** One document going through the pipeline. */
export interface RunContext {
  readonly doc: DocContext;
  /** `YYYY-MM-DD` (date part of the publication date), or null when unknown. */
  readonly publishedAt: string | null;
  /** The `date YYYY-MM-DD` header line, when the text has one. */
  readonly header: { readonly start: number; readonly end: number; readonly date: string } | null;
  /** The pipeline's annotation convention (absent means `nerel`): the fact builders read it too. */
  readonly convention?: Convention;
}

/**
 * Proposes entities of one kind. Extractors never see each other's output. (Not to be confused
 * with the public `Extractor` that `createExtractor` returns, which runs the whole pipeline.)
 */
export interface EntityExtractor {
  readonly name: string;
  extract(run: RunContext): EntityDraft[];
}

/**
 * Builds an entity extractor for an environment (compiling its rules once per morphology). What
 * `defaultExtractors` lists. `kind` and `rules` expose the rules it runs, so the rule catalog
 * (rule tests, `docs/forms.md`) is read off the pipeline instead of kept as a second list.
 */
export interface EntityExtractorFactory {
  (env: Env): EntityExtractor;
  /** The kind of entities, and the heading of its rules in the catalog (`dates`, `geo`). */
  readonly kind?: string;
  /** The rules the extractor runs (built against `env` when they stand on gazetteers). */
  readonly rules?: (env: Env) => readonly Rule<unknown>[];
}

/** @deprecated Renamed `EntityExtractorFactory`; this alias goes in the next release. */
export type ExtractorFactory = EntityExtractorFactory;

/** Cross-kind clean-up after all extractors proposed (overlaps, merges, attachments). */
export interface Refiner {
  readonly name: string;
  refine(entities: EntityDraft[], run: RunContext): EntityDraft[];
}

/** The fact lists of a document, built from its final entities. */
export type Facts = Omit<GosDocument, 'publishedAt' | 'publishedAtSource' | 'length' | 'entities'>;

/** Builds (part of) the fact lists from the final, numbered entities. */
export interface FactBuilder {
  readonly name: string;
  /** The rules the builder reads the text with, for the catalog (as `EntityExtractorFactory.rules`). */
  readonly rules?: (env: Env) => readonly Rule<unknown>[];
  build(entities: readonly Entity[], facts: Facts, run: RunContext): void;
}
