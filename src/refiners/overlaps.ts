import { PLACE_TYPES, type EntityDraft, type EntityType } from '../result/schema.js';
import type { Refiner } from '../pipeline/types.js';
import { partitionPoint } from '../engine/search.js';

/**
 * Kinds that compete for the same words: inside a group, overlapping proposals are resolved
 * (longest wins, then the group's order); across groups entities may nest ("Владимирской
 * области" is a region inside the organisation "Служба занятости населения Владимирской области").
 */
const GROUPS: readonly (readonly EntityType[])[] = [
  ['date', 'money', 'percent', 'number', 'ordinal'],
  [...PLACE_TYPES, 'nationality'],
  ['facility'],
  ['person'],
  ['position'],
  ['organization'],
  ['award'],
  ['event'],
  ['law'],
];

const groupOf = new Map<EntityType, { group: number; rank: number }>();
GROUPS.forEach((g, group) => g.forEach((t, rank) => groupOf.set(t, { group, rank })));

/** Drops duplicates and resolves overlaps between competing kinds. */
export const overlapsRefiner: Refiner = {
  name: 'overlaps',
  refine(entities) {
    const sorted = [...entities].sort((a, b) => {
      const ga = groupOf.get(a.type);
      const gb = groupOf.get(b.type);
      return b.end - b.start - (a.end - a.start) || (ga?.rank ?? 0) - (gb?.rank ?? 0) || a.start - b.start;
    });
    const kept: EntityDraft[] = [];
    // per group, the characters its kept spans cover: they never overlap, so a proposal clashes
    // with a kept one exactly when it shares a character with one. A bit a character (a sorted
    // array of spans had an insertion per kept span: quadratic on a long document's thousands)
    const size = entities.reduce((m, e) => Math.max(m, e.end), 0);
    const byGroup = new Map<number, Covered>();
    for (const e of sorted) {
      const g = groupOf.get(e.type)?.group ?? -1;
      let covered = byGroup.get(g);
      if (!covered) byGroup.set(g, (covered = new Covered(size)));
      if (covered.any(e.start, e.end)) continue;
      covered.mark(e.start, e.end);
      kept.push(e);
    }
    const person = groupOf.get('person')?.group ?? -1;
    return personsOverPlaces(
      kept,
      kept.filter((e) => groupOf.get(e.type)?.group === person).sort((a, b) => a.start - b.start),
    );
  },
};

/** Characters of a text, a bit each, that spans cover. */
class Covered {
  readonly #bits: Uint32Array;
  constructor(length: number) {
    this.#bits = new Uint32Array((length >>> 5) + 1);
  }

  /** Some character of `[from, to)` is covered. */
  any(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.#bits[i >>> 5]! & (1 << (i & 31))) return true;
    return false;
  }

  mark(from: number, to: number): void {
    for (let i = from; i < to; i++) this.#bits[i >>> 5]! |= 1 << (i & 31);
  }
}

/**
 * A name is not a place and a place is not a name: a place inside a person's name is dropped
 * ("Владимир" in "Владимир Путин"); a person on exactly the words of a place is dropped (the
 * geography rules let an ambiguous name be a place only where the text says so: "в Королёве").
 * A person inside a longer place stays: "улице Кирова" names the street and the person.
 */
function personsOverPlaces(kept: EntityDraft[], persons: readonly EntityDraft[]): EntityDraft[] {
  if (!persons.length) return kept;
  const container = (e: EntityDraft): EntityDraft | undefined => {
    const p = persons[partitionPoint(persons.length, (k) => persons[k]!.start <= e.start) - 1];
    return p && p.end >= e.end ? p : undefined;
  };
  const drop = new Set<EntityDraft>();
  for (const e of kept) {
    if (!PLACE_SET.has(e.type)) continue;
    const p = container(e);
    if (!p) continue;
    drop.add(p.start === e.start && p.end === e.end ? p : e);
  }
  return drop.size ? kept.filter((e) => !drop.has(e)) : kept;
}

const PLACE_SET = new Set<EntityType>([...PLACE_TYPES, 'nationality']);
