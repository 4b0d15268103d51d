/**
 * What a change of rules did to a corpus: the entities and facts that two runs over the same
 * documents disagree on, matched by document id and, for entities, by type and span.
 */
import type { Entity } from '../../result/schema.js';
import { inline } from '../html/values.js';

/** A result record as the CLI writes it to JSONL: `{ id, ...document }` (or `--compact`: id and entities). */
export type ResultRecord = { readonly id?: unknown; readonly entities?: readonly Entity[] } & Readonly<
  Record<string, unknown>
>;

/** An entity whose span and type both runs found, with the fields that differ. */
export interface ChangedEntity {
  readonly before: Entity;
  readonly after: Entity;
  readonly fields: readonly string[];
}

/** A fact list (officials, statistics, ...) where the runs differ: facts as one-line labels. */
export interface FactListDiff {
  readonly list: string;
  readonly lost: readonly string[];
  readonly gained: readonly string[];
}

export interface DocumentDiff {
  readonly id: string;
  /** Found before, not after; found after, not before (by type and span). */
  readonly lost: readonly Entity[];
  readonly gained: readonly Entity[];
  readonly changed: readonly ChangedEntity[];
  readonly facts: readonly FactListDiff[];
}

export interface TypeCounts {
  before: number;
  after: number;
  lost: number;
  gained: number;
  changed: number;
}

export interface CorpusDiff {
  /** Documents present in both runs that differ, in the order of the old run. */
  readonly documents: readonly DocumentDiff[];
  /** How many documents both runs have. */
  readonly compared: number;
  /** Ids present in one run only. */
  readonly onlyBefore: readonly string[];
  readonly onlyAfter: readonly string[];
  /** Per entity type. */
  readonly types: Readonly<Record<string, TypeCounts>>;
}

/** Fields that renumber when anything before them changes: not a difference of their own. */
const VOLATILE = new Set(['id', 'sentence']);
const spanKey = (e: Entity): string => `${e.type}:${e.start}:${e.end}`;
const idOf = (r: ResultRecord, i: number): string =>
  typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `#${i + 1}`;

function changedFields(a: Entity, b: Entity): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return [...keys].filter((k) => !VOLATILE.has(k) && JSON.stringify(ra[k]) !== JSON.stringify(rb[k]));
}

const REF_ID = /^[a-z]\d+$/;
/** A fact without the ids that point into its document (they renumber): what it says, not where. */
function strip(v: unknown): unknown {
  if (typeof v === 'string') return REF_ID.test(v) ? undefined : v;
  if (Array.isArray(v)) {
    const kept = v.map(strip).filter((x) => x !== undefined);
    return kept.length ? kept : undefined;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'start' || k === 'end') continue;
      const s = strip(x);
      if (s !== undefined) out[k] = s;
    }
    return out;
  }
  return v;
}
const factLabel = (fact: unknown): string => inline(strip(fact));

function diffLists(before: ResultRecord, after: ResultRecord): FactListDiff[] {
  const lists = new Set(
    [...Object.keys(before), ...Object.keys(after)].filter(
      (k) => k !== 'entities' && (Array.isArray(before[k]) || Array.isArray(after[k])),
    ),
  );
  const out: FactListDiff[] = [];
  for (const list of lists) {
    const a = (Array.isArray(before[list]) ? (before[list] as unknown[]) : []).map(factLabel);
    const b = (Array.isArray(after[list]) ? (after[list] as unknown[]) : []).map(factLabel);
    const lost = a.filter((x) => !b.includes(x));
    const gained = b.filter((x) => !a.includes(x));
    if (lost.length || gained.length) out.push({ list, lost, gained });
  }
  return out;
}

function count(types: Record<string, TypeCounts>, type: string): TypeCounts {
  return (types[type] ??= { before: 0, after: 0, lost: 0, gained: 0, changed: 0 });
}

function diffDocument(id: string, before: ResultRecord, after: ResultRecord, types: Record<string, TypeCounts>) {
  const a = new Map((before.entities ?? []).map((e) => [spanKey(e), e]));
  const b = new Map((after.entities ?? []).map((e) => [spanKey(e), e]));
  for (const e of a.values()) count(types, e.type).before++;
  for (const e of b.values()) count(types, e.type).after++;
  const lost = [...a.values()].filter((e) => !b.has(spanKey(e)));
  const gained = [...b.values()].filter((e) => !a.has(spanKey(e)));
  const changed: ChangedEntity[] = [];
  for (const [key, e] of a) {
    const f = b.get(key);
    const fields = f ? changedFields(e, f) : [];
    if (f && fields.length) changed.push({ before: e, after: f, fields });
  }
  for (const e of lost) count(types, e.type).lost++;
  for (const e of gained) count(types, e.type).gained++;
  for (const c of changed) count(types, c.before.type).changed++;
  return { id, lost, gained, changed, facts: diffLists(before, after) };
}

/**
 * Compares two runs over one corpus (records as the CLI's JSONL output has them), document by
 * document (by `id`, else by position).
 *
 * @example
 * const diff = diffResults(readJsonl('before.jsonl'), readJsonl('after.jsonl'));
 * console.log(renderDiffText(diff));
 */
export function diffResults(before: readonly ResultRecord[], after: readonly ResultRecord[]): CorpusDiff {
  const afterById = new Map(after.map((r, i) => [idOf(r, i), r]));
  const beforeIds = new Set(before.map(idOf));
  const types: Record<string, TypeCounts> = {};
  const documents: DocumentDiff[] = [];
  let compared = 0;
  before.forEach((r, i) => {
    const id = idOf(r, i);
    const other = afterById.get(id);
    if (!other) return;
    compared++;
    const d = diffDocument(id, r, other, types);
    if (d.lost.length || d.gained.length || d.changed.length || d.facts.length) documents.push(d);
  });
  return {
    documents,
    compared,
    onlyBefore: [...beforeIds].filter((id) => !afterById.has(id)),
    onlyAfter: [...afterById.keys()].filter((id) => !beforeIds.has(id)),
    types,
  };
}

const show = (e: Entity): string => `${e.type} ${JSON.stringify(e.text)} [${e.start}, ${e.end})`;
const valueOf = (e: Entity, f: string): string => inline((e as unknown as Record<string, unknown>)[f]);

/** The diff as plain text: a per-type summary, then each document's losses (-), gains (+) and changes (~). */
export function renderDiffText(diff: CorpusDiff): string {
  const lines = [`compared ${diff.compared} documents, ${diff.documents.length} differ`];
  if (diff.onlyBefore.length) lines.push(`only in the old run: ${diff.onlyBefore.join(', ')}`);
  if (diff.onlyAfter.length) lines.push(`only in the new run: ${diff.onlyAfter.join(', ')}`);
  lines.push('', 'type            before   after    lost  gained changed');
  for (const [t, c] of Object.entries(diff.types).sort()) {
    const cells = [c.before, c.after, c.lost, c.gained, c.changed].map((n) => String(n).padStart(7)).join(' ');
    lines.push(`${t.padEnd(14)} ${cells}`);
  }
  for (const d of diff.documents) {
    lines.push('', `== ${d.id}`);
    for (const e of d.lost) lines.push(`- ${show(e)}`);
    for (const e of d.gained) lines.push(`+ ${show(e)}`);
    for (const c of d.changed)
      for (const f of c.fields)
        lines.push(`~ ${show(c.before)} ${f}: ${valueOf(c.before, f)} -> ${valueOf(c.after, f)}`);
    for (const f of d.facts) {
      for (const x of f.lost) lines.push(`- ${f.list}: ${x}`);
      for (const x of f.gained) lines.push(`+ ${f.list}: ${x}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export { renderDiffHtml } from './html.js';
