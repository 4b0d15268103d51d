/**
 * The final entities of a document as parts of rule patterns: fact rules read "рост на [40%]"
 * with the figure the extractors found, not by re-reading digits. The pipeline attaches the
 * entities to the document before the fact builders run; `entitySpan` matches one of them whole.
 */
import { DocKey, type DocContext, type SpanMatcher } from '../engine/index.js';
import type { Entity } from '../result/schema.js';
import { partitionPoint } from '../engine/search.js';

const ENTITIES = new DocKey<readonly Entity[]>('entities');

/** Makes the document's final entities visible to `entitySpan` patterns (done by the pipeline). */
export function attachEntities(doc: DocContext, entities: readonly Entity[]): void {
  doc.setLocal(ENTITIES, entities);
}

/** Index of the token that starts at or covers `offset`. */
export function tokenAt(doc: DocContext, offset: number): number {
  return Math.max(0, partitionPoint(doc.tokens.length, (k) => doc.tokens[k]!.start <= offset) - 1);
}

/** An entity's token range `[first, last]` (inclusive). */
export const tokenRange = (doc: DocContext, e: Entity): { first: number; last: number } => ({
  first: tokenAt(doc, e.start),
  last: tokenAt(doc, e.end - 1),
});

/**
 * A pattern part that matches one attached entity the selector accepts, all its tokens at once,
 * starting at its first token (the first such entity wins if two start there).
 */
export function entitySpan<E extends Entity>(description: string, select: (e: Entity) => e is E): SpanMatcher<E> {
  // indexed once per attached list, by first token
  const indexes = new WeakMap<readonly Entity[], Map<number, { end: number; value: E }>>();
  const index = (doc: DocContext, entities: readonly Entity[]): Map<number, { end: number; value: E }> => {
    let byFirst = indexes.get(entities);
    if (!byFirst) {
      byFirst = new Map();
      for (const e of entities) {
        if (!select(e)) continue;
        const { first, last } = tokenRange(doc, e);
        if (!byFirst.has(first)) byFirst.set(first, { end: last + 1, value: e });
      }
      indexes.set(entities, byFirst);
    }
    return byFirst;
  };
  return {
    description,
    start: { by: 'any' },
    // an entity covers one token or more: the skip checks may count on a token there
    nonEmpty: true,
    matchAt: (doc, i) => {
      const entities = doc.local(ENTITIES);
      const hit = entities ? index(doc, entities).get(i) : undefined;
      return hit ? [hit] : [];
    },
  };
}
