/**
 * Series of figures, as planning documents write them: scenario values joined by dashes ("на
 * 1,0 – 2,0 – 3,0 %": the conservative, base and target variants, three percentages and not a
 * range plus one), and one figure per year ("2014 - 1 человек; 2015 - 2 ч.", "2008 год- 255
 * человек, 2009-291 человек", "в 2015-94,2 %"). One match gives every member; the extractor makes
 * each its own entity (the years stay dates). Which variant or year a member stands for is read by
 * `src/facts/series.ts`.
 */
import {
  alt,
  custom,
  kind,
  lemma,
  opt,
  punct,
  repeat,
  rule,
  seq,
  surface,
  tok,
  word,
  type DocContext,
  type MatchView,
} from '../../../engine/index.js';
import { isYearLike } from '../context.js';
import { free } from '../filters.js';
import { amount, amountOf, currency, digits, measure, percentSign, readAmount, scaleStart } from '../parts.js';
import { currencyMatcher, type CurrencyHit } from '../matchers.js';
import { parseDigits, toNumber } from '../value.js';
import type { FigureParse, SeriesMember } from '../types.js';
import { extend } from '../../../engine/objects.js';

const dash = punct('-');
const year = kind('number').and(surface(/^(?:19|20)\d\d$/));
const yearWord = alt(seq(lemma('год')), seq(word('г'), opt(punct('.'))));
const sign = alt(percentSign.as('sign'), currency, measure.as('sign'), tok(kind('word')));

/** One figure of a series: its amount and, if written, its sign or measure. */
function member(m: MatchView, a: { from: number; to: number }): SeriesMember | null {
  const v = readAmount(m.ctx, a.from, a.to);
  if (!v) return null;
  const cur = m.parts('cur').find((p) => p.from === a.to);
  const hit = cur?.value as CurrencyHit | undefined;
  if (cur && hit)
    return { from: a.from, to: cur.to, kind: 'money', value: toNumber(v.value) * hit.factor, currency: hit.code };
  const s = m.parts('sign').find((p) => p.from === a.to);
  const pct = !!s && isPercent(m.ctx, s.from);
  return {
    from: a.from,
    to: s ? s.to : a.to,
    kind: pct ? 'percent' : 'number',
    value: toNumber(v.value),
    ...(s && !pct ? { measure: s.text.replace(/\.$/, '') } : {}),
  };
}

const isPercent = (ctx: DocContext, i: number): boolean =>
  ctx.tokens[i]?.text === '%' || ctx.lemmas(i).some((l) => l === 'процент' || l === 'процентный');

export const scenarioSeries = rule<FigureParse>({
  id: 'number/scenario-series',
  examples: ['1,0 – 2,0 – 3,0 %', '3,1 - 3,5 - 4,0 процента', '9 - 16 - 36 МВт'],
  pattern: seq(amount.as('x'), repeat(seq(dash, amount.as('x')), 2, 4), sign),
  interpret: (m) => {
    if (!free(m)) return null;
    const xs = m.parts('x');
    const members = xs.map((x) => member(m, x));
    if (members.some((x) => x === null)) return null;
    const last = members[members.length - 1]!;
    // the sign of the last figure is the sign of every one
    const all = members.map((x) =>
      extend(
        x!,
        { kind: last.kind },
        last.measure ? { measure: last.measure } : {},
        last.currency ? { currency: last.currency } : {},
      ),
    );
    // "2015 - 2016 - 2017" are years
    if (all.every((x) => isYearLike(String(x.value)))) return null;
    return { kind: last.kind, value: last.value, qualifier: 'exact', members: all };
  },
});

const nounAt = (ctx: DocContext, i: number): boolean =>
  ctx.tokens[i]?.kind === 'word' && ctx.parses(i).some((p) => p.pos === 'NOUN');

/** A counted noun after a figure, not a currency ("руб" is read by `currency`). */
const notCurrency = custom('not a currency', (ctx, i) => currencyMatcher.matchAt(ctx, i).length === 0);

/**
 * Digits that make a year when read alone, with no scale or currency after them ("2015 - [2016]
 * годы"; "2016 копеек" is 20.16): the interpretation rejects a series with such a member, so the
 * figure of a year does not match them (one number in four of a planning text is a year).
 */
const notYearAlone = custom('not a year alone', (ctx, i) => {
  if (scaleStart.test(ctx, i + 1) !== false || currencyMatcher.matchAt(ctx, i + 1).length > 0) return true;
  const d = parseDigits(ctx.tokens[i]?.text ?? '');
  return d !== null && !isYearLike(String(toNumber(d)));
});

const yearItem = seq(
  tok(year).as('year'),
  opt(yearWord),
  dash,
  amountOf(digits.and(notYearAlone)).as('x'),
  opt(alt(percentSign.as('sign'), currency, seq(tok(kind('word').and(notCurrency)), opt(punct('.'))).as('unit'))),
);

export const yearSeries = rule<FigureParse>({
  id: 'number/year-series',
  examples: [
    '2014 - 1 человек; 2015 - 2 ч',
    '2008 год- 255 человек, 2009-291 человек',
    '2015-94,2 %',
    '2018 г – 4 442,4 тыс. руб, 2019 г – 4 388,0 тыс. руб',
  ],
  pattern: seq(yearItem, repeat(seq(alt(punct(','), punct(';')), opt(word('в')), yearItem), 0, 12)),
  interpret: (m) => {
    const members: SeriesMember[] = [];
    for (const x of m.parts('x')) {
      const one = member(m, x);
      // "2015 - 2016 годы": a range of years, not a year and its figure
      if (!one || isYearLike(String(one.value))) return null;
      members.push(one);
    }
    // one year and its figure is a series only when the figure shows what it counts
    const unit = m.part('unit');
    if (members.length < 2 && !(members[0]?.kind !== 'number' || (unit && nounAt(m.ctx, unit.from)))) return null;
    // "( 2015 г. - 5 место )": a place, an ordinal
    if (unit && m.ctx.lemmas(unit.from).includes('место')) return null;
    const first = members[0]!;
    return { kind: first.kind, value: first.value, qualifier: 'exact', members };
  },
});
