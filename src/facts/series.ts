/**
 * What a figure of a series stands for (the series themselves are found by the numbers rules
 * `number/scenario-series` and `number/year-series`): the scenario variant of "1,0 – 2,0 – 3,0
 * %" (conservative, base, target, or the variants the text names, in their order), and the year
 * of "2014 - 1 человек; 2015 - 2 ч." (with the date entity of that year as the period).
 */
import type { DocContext } from '../engine/index.js';
import { likely } from '../context/index.js';
import type { DateEntity, Statistic } from '../result/schema.js';
import type { Figure } from './changes.js';
import { tokenAt } from './entity-spans.js';

export const SCENARIO_RULE = 'number/scenario-series';
export const YEAR_RULE = 'number/year-series';

/** Adjectives that name a scenario variant, and the key a statistic gets for the usual three. */
const VARIANTS: Readonly<Record<string, string>> = {
  консервативный: 'conservative',
  пессимистичный: 'conservative',
  базовый: 'base',
  базисный: 'base',
  целевой: 'target',
  оптимистичный: 'target',
  инновационный: 'innovative',
  форсированный: 'forced',
};
/** The order planning documents give three variants in when the sentence does not name them. */
const DEFAULT_THREE = ['conservative', 'base', 'target'];

export type SeriesFields = Pick<Statistic, 'variant' | 'year'> & { period?: string };

/** The variants the sentence names, in text order ("по консервативному, базовому и целевому вариантам"). */
function namedVariants(doc: DocContext, sentence: number): string[] {
  const s = doc.seg.sentences[sentence];
  if (!s) return [];
  const out: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (doc.tokens[i]?.kind !== 'word') continue;
    const v = likely(doc, i).find((p) => VARIANTS[p.lemma] !== undefined);
    if (v) out.push(VARIANTS[v.lemma]!);
  }
  return out;
}

/** Groups of scenario figures: consecutive members of one match, joined by dashes. */
function scenarioGroups(doc: DocContext, figures: readonly Figure[]): Figure[][] {
  const groups: Figure[][] = [];
  let cur: Figure[] = [];
  for (const f of figures) {
    const prev = cur[cur.length - 1];
    const joined = prev && tokenAt(doc, f.start) - tokenAt(doc, prev.end - 1) === 2;
    if (f.rule === SCENARIO_RULE && prev && joined) cur.push(f);
    else {
      if (cur.length > 1) groups.push(cur);
      cur = f.rule === SCENARIO_RULE ? [f] : [];
    }
  }
  if (cur.length > 1) groups.push(cur);
  return groups;
}

/** The year written before a figure of a year series ("2014 - [1]", "2008 год- [255]"), and its token. */
function yearBefore(doc: DocContext, first: number): { year: number; index: number } | null {
  for (let i = first - 1, k = 0; i >= 0 && k < 4; i--, k++) {
    const t = doc.tokens[i];
    if (!t) return null;
    if (t.kind === 'number' && /^(?:19|20)\d\d$/.test(t.text)) return { year: Number(t.text), index: i };
    if (t.kind === 'number') return null;
  }
  return null;
}

/** The variant or year of each figure that belongs to a series, by entity id. */
export function seriesFields(
  doc: DocContext,
  figures: readonly Figure[],
  dates: readonly DateEntity[],
): Map<string, SeriesFields> {
  const out = new Map<string, SeriesFields>();
  for (const group of scenarioGroups(doc, figures)) {
    const named = namedVariants(doc, group[0]!.sentence);
    const names = named.length === group.length ? named : group.length === 3 ? DEFAULT_THREE : [];
    group.forEach((f, k) => out.set(f.id, { variant: names[k] ?? null, year: null }));
  }
  for (const f of figures) {
    if (f.rule !== YEAR_RULE) continue;
    const y = yearBefore(doc, tokenAt(doc, f.start));
    if (!y) continue;
    const at = doc.tokens[y.index]!.start;
    const date = dates.find((d) => d.start <= at && at < d.end);
    out.set(f.id, { variant: null, year: y.year, ...(date ? { period: date.id } : {}) });
  }
  return out;
}
