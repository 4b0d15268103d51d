import { DocContext } from '../engine/context.js';
import { attachEntities } from '../facts/entity-spans.js';
import type { Entity, EntityDraft, EntityType, GosDocument } from '../result/schema.js';
import { readHeader } from './header.js';
import type { Segmentation } from '../segment/types.js';
import type { EntityExtractor, Env, FactBuilder, Facts, Refiner, RunContext } from './types.js';
import { partitionPoint } from '../engine/search.js';

export interface Pipeline {
  readonly env: Env;
  readonly extractors: readonly EntityExtractor[];
  readonly refiners: readonly Refiner[];
  readonly facts: readonly FactBuilder[];
  /** Types kept in the result; null keeps all. */
  readonly types: ReadonlySet<EntityType> | null;
}

/** Runs one text through segment -> morph -> extractors -> refiners -> facts. */
export function runPipeline(p: Pipeline, text: string, publishedAt: string | null): GosDocument {
  const header = readHeader(text);
  const seg = p.env.segment(text);
  // pooled: the document's memos use the shared bytes, given back when it is done; closed then,
  // so that the context, should V8 keep it a while, keeps nothing of the document
  const doc = new DocContext(seg, p.env.morph, true);
  try {
    return runDocument(p, text, publishedAt, header, seg, doc);
  } finally {
    doc.close();
  }
}

function runDocument(
  p: Pipeline,
  text: string,
  publishedAt: string | null,
  header: ReturnType<typeof readHeader>,
  seg: Segmentation,
  doc: DocContext,
): GosDocument {
  const run: RunContext = {
    doc,
    publishedAt: publishedAt ?? header?.date ?? null,
    header,
    convention: p.env.convention ?? 'nerel',
  };
  let drafts: EntityDraft[] = [];
  for (const ex of p.extractors) {
    for (const d of ex.extract(run)) if (validSpan(text, d)) drafts.push(d);
  }
  for (const r of p.refiners) drafts = r.refine(drafts, run).filter((d) => validSpan(text, d));
  if (p.types) {
    const keep = p.types;
    drafts = drafts.filter((d) => keep.has(d.type));
  }
  // types are lower-case ASCII words, whose code-unit order is localeCompare's (without its ICU call)
  drafts.sort((a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const starts = seg.sentences.map((s) => s.start);
  const entities = drafts.map((d, k) => toEntity(d, `e${k + 1}`, sentenceAt(starts, d.start)));
  // fact rules match the final entities as parts of their patterns ("рост на [40%]")
  attachEntities(run.doc, entities);
  const facts: Facts = {
    dates: [],
    regions: [],
    statistics: [],
    persons: [],
    officials: [],
    awards: [],
    events: [],
    quotes: [],
    laws: [],
    contacts: [],
    organizations: [],
  };
  for (const f of p.facts) f.build(entities, facts, run);
  return {
    publishedAt: run.publishedAt,
    publishedAtSource: publishedAt ? 'option' : header ? 'header' : null,
    length: text.length,
    entities,
    ...facts,
  };
}

/**
 * The entity of a draft: id and type first (that is how a person reads an entity in JSON), then
 * the draft's other keys in its order, then the sentence: `{ id, type, ...rest, sentence }`, whose
 * rest pattern (`{ type, ...rest }`) copied the draft through V8's slow path (~1.5% of a NEREL
 * pass). Made from an empty literal: a literal with keys has an allocation site, which V8 marks
 * "pretenured" once a long document's entities outlive two scavenges; from then on every entity
 * of every document was made in the old generation and died there: twice the garbage promoted per
 * document, and a faster-growing heap (docs/quality.md, Memory).
 */
function toEntity(d: EntityDraft, id: string, sentence: number): Entity {
  const e: Record<string, unknown> = {};
  e['id'] = id;
  e['type'] = d.type;
  const src = d as unknown as Record<string, unknown>;
  for (const key in src) if (key !== 'type') e[key] = src[key];
  e['sentence'] = sentence;
  return e as unknown as Entity;
}

/** C0/C1 control characters (tab and line breaks aside): no entity spans one (a binary file's bytes). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;

function validSpan(text: string, d: EntityDraft): boolean {
  return (
    !CONTROL.test(d.text) &&
    Number.isInteger(d.start) &&
    Number.isInteger(d.end) &&
    d.start >= 0 &&
    d.start < d.end &&
    d.end <= text.length &&
    text.slice(d.start, d.end) === d.text
  );
}

function sentenceAt(starts: readonly number[], pos: number): number {
  return Math.max(0, partitionPoint(starts.length, (k) => starts[k]! <= pos) - 1);
}
