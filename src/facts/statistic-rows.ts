/**
 * Makes each statistic a row of a table: the place it belongs to (`statistic-places.ts`), what it
 * measures (the subject, else the indicator phrase of its sentence, else that of the figures
 * before it in a list or ranking), and the entities the subject and the comparison base name.
 */
import type { DocContext } from '../engine/index.js';
import type { Entity, RegionFact, Statistic } from '../result/schema.js';
import type { Figure } from './changes.js';
import { indicatorBefore } from './indicators.js';
import { indexPlaces, placeOf, type Places } from './statistic-places.js';
import { partitionPoint } from '../engine/search.js';

type Range = { readonly first: number; readonly last: number } | undefined;

/**
 * The entity (not a figure or a date) whose span is exactly `[start, end)`, else a place inside it.
 * Both lists are in text order (by start), so each look-up starts at a binary search: a long
 * document asks it of every figure.
 */
function entityOf(entities: readonly Entity[], start: number, end: number, places: Places): string | null {
  for (let k = partitionPoint(entities.length, (j) => entities[j]!.start < start); k < entities.length; k++) {
    const e = entities[k]!;
    if (e.start !== start) break;
    if (e.end === end && e.type !== 'number' && e.type !== 'percent' && e.type !== 'money') return e.id;
  }
  const list = places.list;
  for (let k = partitionPoint(list.length, (j) => list[j]!.e.start < start); k < list.length; k++) {
    const p = list[k]!;
    if (p.e.start >= end) break;
    if (p.e.end <= end) return p.e.id;
  }
  return null;
}

interface Carried {
  readonly indicator: string;
  readonly unit: string | null;
  readonly sentence: number;
}

/** How far (in sentences) a list or ranking carries its indicator to the figures after it. */
const CARRY = 3;

/** Fills `subject.entity`, `change.base.entity`, `region` and `indicator` of each statistic. */
export function completeRows(
  doc: DocContext,
  entities: readonly Entity[],
  regions: readonly RegionFact[],
  stats: Statistic[],
  rangeOf: (e: Figure) => Range,
): void {
  const places = indexPlaces(doc, entities, regions);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const placeTokens = new Set<number>();
  for (const p of places.list) for (let i = p.first; i <= p.last; i++) placeTokens.add(i);
  const placeIds = new Set(places.list.map((p) => p.e.id));
  let carried: Carried | null = null;
  let prevLast = -1;
  for (const s of stats) {
    const e = byId.get(s.entity) as Figure | undefined;
    const r = e ? rangeOf(e) : undefined;
    if (!e || !r) continue;
    if (s.subject) s.subject.entity = entityOf(entities, s.subject.start, s.subject.end, places);
    const base = s.change?.base;
    if (base) base.entity = entityOf(entities, base.start, base.end, places);
    s.region = placeOf(doc, places, { first: r.first, last: r.last, start: e.start, sentence: e.sentence });
    const subjectIsPlace = s.subject?.entity != null && placeIds.has(s.subject.entity);
    // the indicator is looked for after the previous figure of the sentence ("..., в Ростовской области — 3,2%")
    const floor = Math.max(doc.seg.sentences[e.sentence]?.tokenStart ?? 0, prevLast + 1);
    prevLast = r.last;
    s.indicator =
      (s.subject && !subjectIsPlace ? s.subject.normalized : null) ??
      indicatorBefore(doc, floor, r.first, (i) => placeTokens.has(i));
    if (s.indicator) carried = { indicator: s.indicator, unit: s.unit, sentence: e.sentence };
    else if (carried && carried.unit === s.unit && e.sentence - carried.sentence <= CARRY && s.region) {
      // "Тыва — 20,4%" after "уровень безработицы ... в Ингушетии — 32,2%": the ranking's indicator
      s.indicator = carried.indicator;
      carried = { indicator: carried.indicator, unit: carried.unit, sentence: e.sentence };
    }
  }
}
