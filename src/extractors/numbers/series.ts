/**
 * The entities of a series match (`rules/series.ts`): one per member. A figure of a year series
 * written with an abbreviated unit ("2015 - 2 ч.") counts what the first one counts ("2014 - 1
 * человек").
 */
import type { DocContext, RuleMatch } from '../../engine/index.js';
import { countedNoun } from '../../context/index.js';
import type { EntityDraft } from '../../result/schema.js';
import type { FigureParse, SeriesMember } from './types.js';
import { extend } from '../../engine/objects.js';

function unitOf(doc: DocContext, x: SeriesMember, end: number, first: string | null): string | null {
  if (x.measure) return x.measure;
  const noun = countedNoun(doc, x.to, end);
  const word = doc.tokens[x.to];
  // "2 ч.", "5 чел.": the abbreviation of the unit before
  if (first && word?.kind === 'word' && first.startsWith(doc.folded(x.to)) && doc.tokens[x.to + 1]?.text === '.')
    return first;
  return noun?.lemma ?? null;
}

export function seriesEntities(doc: DocContext, m: RuleMatch<FigureParse>, sentenceEnd: number): EntityDraft[] {
  const out: EntityDraft[] = [];
  const members = m.value.members ?? [];
  // the unit written once, after the last figure ("9 - 16 - 36 МВт") or the first ("2014 - 1 человек")
  let first: string | null = null;
  for (const x of members) first ??= x.kind === 'number' ? unitOf(doc, x, sentenceEnd, null) : null;
  for (const x of members) {
    const a = doc.tokens[x.from];
    const b = doc.tokens[x.to - 1];
    if (!a || !b) continue;
    const base = { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), rule: m.rule.id };
    if (x.kind === 'money') {
      const c = x.currency ?? 'XXX';
      out.push(
        extend(base, {
          type: 'money',
          normalized: `${x.value} ${c}`,
          value: { amount: x.value, currency: c },
          qualifier: 'exact',
        }),
      );
      continue;
    }
    if (x.kind === 'percent') {
      out.push(
        extend(base, { type: 'percent', normalized: `${x.value}%`, value: x.value, unit: '%', qualifier: 'exact' }),
      );
      continue;
    }
    const unit = unitOf(doc, x, sentenceEnd, first) ?? first;
    out.push(extend(base, { type: 'number', normalized: String(x.value), value: x.value, unit, qualifier: 'exact' }));
  }
  return out;
}
