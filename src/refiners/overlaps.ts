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
    // the characters each group's kept spans cover, a bit per group (16 bits: GROUPS and the
    // types of none): spans of a group never overlap, so a proposal clashes with a kept one
    // exactly when it shares a character with one (a sorted array of spans per group had an
    // insertion per kept span: quadratic on a long document's thousands)
    const covered = new Uint16Array(entities.reduce((m, e) => Math.max(m, e.end), 0));
    for (const e of sorted) {
      const bit = 1 << (groupOf.get(e.type)?.group ?? GROUPS.length);
      if (anyCovered(covered, bit, e.start, e.end)) continue;
      for (let i = e.start; i < e.end; i++) covered[i]! |= bit;
      kept.push(e);
    }
    // the person group is persons alone
    return personsOverPlaces(
      kept,
      kept.filter((e) => e.type === 'person').sort((a, b) => a.start - b.start),
    );
  },
};

/** Some character of `[from, to)` has the group's bit. */
function anyCovered(covered: Uint16Array, bit: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (covered[i]! & bit) return true;
  return false;
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
