import { RuleSet, type DocContext, type RuleMatch } from '../../engine/index.js';
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory } from '../../pipeline/types.js';
import type { EntityDraft } from '../../result/schema.js';
import { countedNoun } from '../../context/index.js';
import { NUMBER_RULES, ORDINAL_RULES, type FigureParse, type FigureValue } from './rules/index.js';
import { seriesEntities } from './series.js';
import { extend, pushTo } from '../../engine/objects.js';
import { partitionPoint } from '../../engine/search.js';

export { NUMBER_RULES, ORDINAL_RULES, type FigureParse, type FigureValue, type OrdinalParse } from './rules/index.js';

const fmt = (v: FigureValue): string => (typeof v === 'number' ? String(v) : `${v.min}..${v.max}`);

const sentenceOf = (doc: DocContext, m: RuleMatch<FigureParse>): number => doc.tokens[m.from]?.sentence ?? 0;

type Money = ReadonlyMap<number, readonly RuleMatch<FigureParse>[]>;

/** The amounts of money with a currency by sentence, each sentence's in text order (as the rule set finds them). */
function moneyBySentence(doc: DocContext, all: readonly RuleMatch<FigureParse>[]): Money {
  const out = new Map<number, RuleMatch<FigureParse>[]>();
  for (const x of all) {
    if (x.value.kind === 'money' && x.value.currency) pushTo(out, sentenceOf(doc, x), x);
  }
  return out;
}

/**
 * The currency of an amount written without one ("обошлись в 930 тысяч", "— 20 тысяч, то
 * ..."): that of the nearest amount of money in the same or a neighbouring sentence (the first
 * in text order of two as near). In each sentence the nearest is one of the two around the
 * amount, found by binary search: a page of figures has thousands of both.
 */
function impliedCurrency(doc: DocContext, m: RuleMatch<FigureParse>, money: Money): string | null {
  const s = sentenceOf(doc, m);
  let best: { d: number; code: string } | null = null;
  for (let ds = -1; ds <= 1; ds++) {
    const list = money.get(s + ds);
    if (!list) continue;
    const k = partitionPoint(list.length, (j) => list[j]!.start <= m.start);
    for (const x of [list[k - 1], list[k]]) {
      if (!x) continue;
      const d = Math.abs(ds) * 1e6 + Math.abs(x.start - m.start);
      if (!best || d < best.d) best = { d, code: x.value.currency! };
    }
  }
  return best?.code ?? null;
}

function buildNumbersExtractor(): EntityExtractor {
  const rules = new RuleSet(NUMBER_RULES);
  const ordinals = new RuleSet(ORDINAL_RULES);
  return {
    name: 'numbers',
    extract(run) {
      const { doc } = run;
      const out: EntityDraft[] = [];
      const found = rules.findAll(doc);
      let money: Money | undefined; // made when the first amount without a currency asks
      for (const m of found) {
        const p = m.value;
        const base = { start: m.start, end: m.end, text: m.text, rule: m.rule.id, qualifier: p.qualifier };
        const sentence = doc.seg.sentences[sentenceOf(doc, m)];
        if (p.members) {
          out.push(...seriesEntities(doc, m, sentence?.tokenEnd ?? doc.tokens.length));
          continue;
        }
        const noun =
          p.kind === 'number' && !p.measure ? countedNoun(doc, m.to, sentence?.tokenEnd ?? doc.tokens.length) : null;
        const implied =
          p.kind === 'number' && p.scaled && !noun && !p.measure
            ? impliedCurrency(doc, m, (money ??= moneyBySentence(doc, found)))
            : null;
        if (p.kind === 'percent') {
          out.push(extend(base, { type: 'percent', normalized: `${fmt(p.value)}%`, value: p.value, unit: '%' }));
        } else if (p.kind === 'money' || implied) {
          const currency = p.currency ?? implied ?? 'XXX';
          const value = typeof p.value === 'number' ? { amount: p.value, currency } : extend(p.value, { currency });
          out.push(extend(base, { type: 'money', normalized: `${fmt(p.value)} ${currency}`, value }));
        } else {
          out.push(
            extend(base, {
              type: 'number',
              normalized: fmt(p.value),
              value: p.value,
              unit: p.measure ?? noun?.lemma ?? null,
            }),
          );
        }
      }
      for (const m of ordinals.findAll(doc)) {
        // a labelled number is the number alone ("статьи [148]")
        const n = m.value.index !== undefined ? doc.tokens[m.value.index] : null;
        const start = n?.start ?? m.start;
        const end = n?.end ?? m.end;
        out.push({
          type: 'ordinal',
          start,
          end,
          text: doc.text.slice(start, end),
          rule: m.rule.id,
          normalized: String(m.value.value),
          value: m.value.value,
        });
      }
      return out;
    },
  };
}

/**
 * Numbers, percentages and money: digits and number words with their scale, qualifier and
 * range; the counted noun after a number becomes its `unit` ("187 заявок" -> "заявка").
 * Ordinals ("второго", "4-й", "IV", "статьи 148") come out as `ordinal` with their value.
 */
export const defaultNumbersExtractor: EntityExtractorFactory = defineExtractor({
  kind: 'numbers',
  rules: () => [...NUMBER_RULES, ...ORDINAL_RULES],
  create: buildNumbersExtractor,
});
