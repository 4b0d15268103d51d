/**
 * Token positions of entities, shared by the fact builders that read the words between and
 * around entities (officials, quotes).
 */
import type { DocContext } from '../engine/index.js';
import type { Entity } from '../result/schema.js';
import { partitionPoint } from '../engine/search.js';

/** An entity with the token range it covers: `[from, to)` token indices. */
export interface Placed<E extends Entity = Entity> {
  readonly e: E;
  readonly from: number;
  readonly to: number;
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenFrom(ctx: DocContext, offset: number): number {
  const toks = ctx.tokens;
  return partitionPoint(toks.length, (k) => toks[k]!.start < offset);
}

/** Index one past the last token that ends at or before `offset`. */
export function tokenTo(ctx: DocContext, offset: number): number {
  const toks = ctx.tokens;
  return partitionPoint(toks.length, (k) => toks[k]!.end <= offset);
}

/** The entities of the given types with their token ranges, in text order. */
export function place<E extends Entity>(
  ctx: DocContext,
  entities: readonly Entity[],
  test: (e: Entity) => e is E,
): Placed<E>[] {
  const out: Placed<E>[] = [];
  for (const e of entities) {
    if (!test(e)) continue;
    const from = tokenFrom(ctx, e.start);
    const to = tokenTo(ctx, e.end);
    if (from < to) out.push({ e, from, to });
  }
  return out;
}

/** The span reference a fact keeps of an entity. */
export function refOf(e: Entity & { normalized: string }): {
  entity: string;
  start: number;
  end: number;
  text: string;
  normalized: string;
} {
  return { entity: e.id, start: e.start, end: e.end, text: e.text, normalized: e.normalized };
}

/**
 * The entities that `test` accepts and that lie inside another one it accepts (a span equal to
 * another's lies inside it): one pass in text order, not every pair, so a long document's
 * thousands of entities cost a sort.
 */
export function nestedIn(entities: readonly Entity[], test: (e: Entity) => boolean): ReadonlySet<Entity> {
  const xs = entities.filter(test).sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Set<Entity>();
  let reach = -1; // the furthest end of those before: each starts at or before this one
  for (let k = 0; k < xs.length; k++) {
    const e = xs[k]!;
    const next = xs[k + 1];
    if (reach >= e.end || (next !== undefined && next.start === e.start && next.end === e.end)) out.add(e);
    reach = Math.max(reach, e.end);
  }
  return out;
}

/**
 * The entities inside `e` (not `e` itself), in text order; `entities` in the pipeline's order (by
 * start), as fact builders get them, so a binary search finds the first.
 */
export function within(entities: readonly Entity[], e: Entity): Entity[] {
  const out: Entity[] = [];
  for (let k = partitionPoint(entities.length, (j) => entities[j]!.start < e.start); k < entities.length; k++) {
    const o = entities[k]!;
    if (o.start >= e.end) break;
    if (o !== e && o.end <= e.end) out.push(o);
  }
  return out;
}
