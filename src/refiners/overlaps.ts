import type { EntityDraft, EntityType } from '../result/schema.js';
import type { Refiner } from '../pipeline/types.js';

/**
 * Kinds that compete for the same words: inside a group, overlapping proposals are resolved
 * (longest wins, then the group's order); across groups entities may nest ("Владимирской
 * области" is a region inside the organisation "Служба занятости населения Владимирской области").
 */
const GROUPS: readonly (readonly EntityType[])[] = [
  ['date', 'money', 'percent', 'number', 'ordinal'],
  ['region', 'city', 'district', 'country', 'location'],
  ['person'],
  ['position'],
  ['organization'],
  ['award'],
  ['event'],
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
    for (const e of sorted) {
      const g = groupOf.get(e.type)?.group ?? -1;
      const clash = kept.some((k) => (groupOf.get(k.type)?.group ?? -2) === g && k.start < e.end && e.start < k.end);
      if (!clash) kept.push(e);
    }
    return kept;
  },
};
