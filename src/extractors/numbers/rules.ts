/**
 * Rules for numbers, percentages and money. One rule set, matched leftmost-longest, so
 * "8,1 млн долларов" is money rather than the number "8,1 млн", and "75%" a percent.
 */
import { alt, gram, kind, lemma, opt, punct, rule, seq, surface, tok, word, type MatchView, type Rule } from '../../engine/index.js';
import type { Qualifier } from '../../result/schema.js';
import { isTimeAmount, isYearLike } from './context.js';
import { countable, free } from './filters.js';
import { amount, currency, currencyOf, figure, measure, numberWord, percentSign, qualifier, qualifierOf, range, readFigure, readPart, readRound, roundCount } from './parts.js';
import { cardinalAt, fractionAt, likely, parseDigits, scaleAt, toNumber } from './value.js';

export type FigureValue = number | { min: number; max: number };

/** What a number rule yields; the extractor turns it into an entity. */
export interface FigureParse {
  readonly kind: 'number' | 'percent' | 'money';
  readonly value: FigureValue;
  readonly qualifier: Qualifier;
  /** ISO 4217 code (money). */
  readonly currency?: string;
  /** A unit of measure inside the span ("км"), as its lemma. */
  readonly measure?: string;
  /** Written with a scale ("12 тысяч", "5 млн"): what an amount of money without its currency looks like. */
  readonly scaled?: boolean;
}

const dash = punct('-');

const hasScale = (m: MatchView): boolean => {
  for (let i = m.from; i < m.to; i++) if (scaleAt(m.ctx, i)) return true;
  return false;
};

const measureOf = (m: MatchView): { measure?: string } => {
  const p = m.part('measure');
  if (!p) return {};
  const last = p.to - 1 - (m.ctx.tokens[p.to - 1]?.text === '.' ? 1 : 0);
  const noun = m.ctx.parses(last).find((x) => x.pos === 'NOUN');
  return { measure: noun && m.ctx.tokens[last]?.kind === 'word' && noun.lemma !== m.ctx.folded(last) ? noun.lemma : (m.ctx.tokens[last]?.text ?? '') };
};

export const cardinal = rule<FigureParse>({
  id: 'number/cardinal',
  examples: ['187', '1 500', '12,5', 'двух', 'сто двадцать пять', 'около 12 тысяч', '8,1 млн', 'более чем в 100', '1600 км', '18 000 квадратных километров'],
  pattern: seq(opt(qualifier), amount.as('a'), opt(measure.as('measure'))),
  interpret: (m) => {
    const value = readFigure(m);
    if (value === null || !countable(m)) return null;
    return { kind: 'number', value, qualifier: qualifierOf(m), scaled: hasScale(m), ...measureOf(m) };
  },
});

export const numberRange = rule<FigureParse>({
  id: 'number/range',
  examples: ['от 100 до 300', '8-10 тыс. тонн', 'от 2 до 5 километров'],
  pattern: seq(opt(qualifier), range, opt(measure.as('measure'))),
  interpret: (m) => {
    const value = readFigure(m);
    if (value === null || !countable(m)) return null;
    // "2015-2020" are years
    const a = m.ctx.tokens[m.part('a')?.from ?? -1]?.text ?? '';
    const b = m.ctx.tokens[m.part('b')?.from ?? -1]?.text ?? '';
    if (isYearLike(a) && isYearLike(b)) return null;
    return { kind: 'number', value, qualifier: qualifierOf(m), ...measureOf(m) };
  },
});

export const roundNumber = rule<FigureParse>({
  id: 'number/round',
  examples: ['десятки тысяч', 'несколько сотен', 'сотни', 'более десятка', 'тысячи', 'Десятки миллионов'],
  pattern: seq(opt(qualifier), roundCount),
  // "тысячи" alone is "thousands" here, not the cardinal 1000
  priority: 1,
  interpret: (m) => {
    const value = readRound(m);
    if (value === null || !countable(m)) return null;
    return { kind: 'number', value, qualifier: typeof value === 'number' ? qualifierOf(m) : 'approx', scaled: hasScale(m) };
  },
});

export const fraction = rule<FigureParse>({
  id: 'number/fraction',
  examples: ['две трети', 'три четверти', 'более трети', 'четверть'],
  pattern: seq(opt(qualifier), opt(tok(numberWord).as('n')), lemma('треть', 'четверть').and(gram('NOUN')).as('f')),
  interpret: (m) => {
    const n = m.has('n') ? cardinalAt(m.ctx, m.part('n')?.from ?? -1) : 1;
    const f = m.part('f');
    const d = fractionAt(m.ctx, f?.from ?? -1);
    if (n === null || !d || !f || n >= d || !free(m)) return null;
    // "в первой четверти", "четверть века": a part of a period
    if (!m.has('n') && (isTimeAmount(m.ctx, m.to) || likely(m.ctx, m.from - 1).some((p) => p.grammemes.has('Anum')))) return null;
    return { kind: 'number', value: Math.round((n / d) * 1e6) / 1e6, qualifier: qualifierOf(m) };
  },
});

export const percent = rule<FigureParse>({
  id: 'percent/number',
  examples: ['75%', '75 процентов', '12,5 %', 'более чем на 40 %', 'от 60 до 89 %', '1,5-2,1 %', 'двух процентов', '95 % процентов'],
  pattern: seq(opt(qualifier), figure, percentSign),
  interpret: (m) => {
    const value = readFigure(m);
    if (value === null || !free(m)) return null;
    return { kind: 'percent', value, qualifier: qualifierOf(m) };
  },
});

export const percentEach = rule<FigureParse>({
  id: 'percent/range',
  examples: ['от 60 % до 89 %', '20%-25%'],
  pattern: alt(
    seq(opt(qualifier), word('от'), amount.as('a'), percentSign, word('до'), amount.as('b'), percentSign),
    seq(amount.as('a'), percentSign, dash, amount.as('b'), percentSign),
  ),
  interpret: (m) => {
    const a = readPart(m, 'a');
    const b = readPart(m, 'b');
    if (a === null || b === null || !free(m)) return null;
    return a < b ? { kind: 'percent', value: { min: a, max: b }, qualifier: qualifierOf(m) } : null;
  },
});

export const percentAdjective = rule<FigureParse>({
  id: 'percent/adjective',
  examples: ['50-процентным', '70-процентное'],
  pattern: seq(kind('other').and(surface(/^\d+(?:[.,]\d+)?-?процентн\p{L}+$/iu)).as('t')),
  interpret: (m) => {
    const d = parseDigits(m.text.slice(0, m.text.search(/-?процентн/i)));
    return d ? { kind: 'percent', value: toNumber(d), qualifier: 'exact' } : null;
  },
});

export const money = rule<FigureParse>({
  id: 'money/amount-currency',
  examples: ['100 рублей', '8,1 млн долларов', '5 млн долларов США', 'от 100 до 300 тысяч рублей', 'почти 30 миллионов долларов', '32009,0 тыс. руб', 'миллиард долларов', '100 ₽', 'полтора миллиона долларов США', '81,5 миллионов фунтов стерлингов', 'один цент', 'несколько миллионов евро'],
  pattern: seq(opt(qualifier), alt(figure, roundCount), currency),
  interpret: (m) => {
    const cur = currencyOf(m);
    const value = m.has('round') ? readRound(m) : readFigure(m);
    if (!cur || value === null || !free(m)) return null;
    const f = cur.factor;
    return { kind: 'money', value: typeof value === 'number' ? value * f : { min: value.min * f, max: value.max * f }, qualifier: qualifierOf(m), currency: cur.code };
  },
});

export const moneySign = rule<FigureParse>({
  id: 'money/sign-amount',
  examples: ['$15,5 млн', '€3 млрд', 'US$ 5 млн', '$0,91 — $1,02 млн', 'около $100'],
  pattern: seq(opt(qualifier), currency, amount.as('a'), opt(seq(dash, opt(tok(punct('$', '€', '£', '₽'))), amount.as('b')))),
  interpret: (m) => {
    const cur = currencyOf(m);
    const c = m.part('cur');
    if (!cur || !c || m.ctx.tokens[c.from]?.kind === 'word' && m.ctx.tokens[c.from]?.text !== 'US') return null;
    const value = readFigure(m);
    if (value === null || !free(m)) return null;
    return { kind: 'money', value, qualifier: qualifierOf(m), currency: cur.code };
  },
});

export const moneyEach = rule<FigureParse>({
  id: 'money/range',
  examples: ['от 500 тыс. руб. до 1 млн руб', 'от 70 тыс. рублей до 100 тыс. рублей'],
  pattern: seq(opt(qualifier), word('от'), amount.as('a'), currency, word('до'), amount.as('b'), currency),
  interpret: (m) => {
    const value = readFigure(m);
    const cur = currencyOf(m);
    if (value === null || !cur || !free(m)) return null;
    return { kind: 'money', value, qualifier: qualifierOf(m), currency: cur.code };
  },
});

export const NUMBER_RULES: readonly Rule<FigureParse>[] = [cardinal, numberRange, roundNumber, fraction, percent, percentEach, percentAdjective, money, moneySign, moneyEach];
