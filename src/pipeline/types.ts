import type { DocContext } from '../engine/context.js';
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
}

/** Proposes entities of one kind. Extractors never see each other's output. */
export interface Extractor {
  readonly name: string;
  extract(run: RunContext): EntityDraft[];
}
export type ExtractorFactory = (env: Env) => Extractor;

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
  build(entities: readonly Entity[], facts: Facts, run: RunContext): void;
}
