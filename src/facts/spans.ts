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
