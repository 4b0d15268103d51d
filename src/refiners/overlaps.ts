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
    // per group, the kept spans sorted by start: they never overlap, so only the neighbours of
    // the insertion point can clash (no quadratic scan on figure-heavy texts)
    const byGroup = new Map<number, EntityDraft[]>();
    for (const e of sorted) {
      const g = groupOf.get(e.type)?.group ?? -1;
      let spans = byGroup.get(g);
      if (!spans) byGroup.set(g, (spans = []));
      const lo = partitionPoint(spans.length, (k) => spans[k]!.start < e.start);
      const before = spans[lo - 1];
      const after = spans[lo];
      if ((before && before.end > e.start) || (after && after.start < e.end)) continue;
      spans.splice(lo, 0, e);
      kept.push(e);
    }
    return personsOverPlaces(kept, byGroup.get(groupOf.get('person')?.group ?? -1) ?? []);
  },
};

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
