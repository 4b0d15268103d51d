/**
 * Rules for counts: cardinals, ranges, round numbers ("десятки тысяч") and fractions. One rule
 * set with the percent and money rules, matched leftmost-longest, so "8,1 млн долларов" is money
 * rather than the number "8,1 млн", and "75%" a percent.
 */
import { gram, lemma, opt, rule, seq, tok, type MatchView } from '../../../engine/index.js';
import { isTimeAmount, isYearLike } from '../context.js';
import { countable, free } from '../filters.js';
import {
  countAmount,
  measure,
  numberWord,
  qualifier,
  qualifierOf,
  countRange,
  readFigure,
  readRound,
  roundCount,
} from '../parts.js';
import { cardinalAt, fractionAt, scaleAt } from '../value.js';
import { likely } from '../../../context/index.js';
import type { FigureParse } from '../types.js';

const hasScale = (m: MatchView): boolean => {
  for (let i = m.from; i < m.to; i++) if (scaleAt(m.ctx, i)) return true;
  return false;
};

const measureOf = (m: MatchView): { measure?: string } => {
  const p = m.part('measure');
  if (!p) return {};
  const last = p.to - 1 - (m.ctx.tokens[p.to - 1]?.text === '.' ? 1 : 0);
  const noun = m.ctx.parses(last).find((x) => x.pos === 'NOUN');
  return {
    measure:
      noun && m.ctx.tokens[last]?.kind === 'word' && noun.lemma !== m.ctx.folded(last)
        ? noun.lemma
        : (m.ctx.tokens[last]?.text ?? ''),
  };
};

export const cardinal = rule<FigureParse>({
  id: 'number/cardinal',
  examples: [
    '187',
    '1 500',
    '12,5',
    'двух',
    'сто двадцать пять',
    'около 12 тысяч',
    '8,1 млн',
    'более чем в 100',
    '1600 км',
    '18 000 квадратных километров',
  ],
  pattern: seq(opt(qualifier), countAmount.as('a'), opt(measure.as('measure'))),
  // countable first: both are pure, and it rejects a third or more of the matches the pattern lets through (labels, list markers, years)
  interpret: (m) => {
    if (!countable(m)) return null;
    const value = readFigure(m);
    if (value === null) return null;
    return { kind: 'number', value, qualifier: qualifierOf(m), scaled: hasScale(m), ...measureOf(m) };
  },
});

export const numberRange = rule<FigureParse>({
  id: 'number/range',
  examples: ['от 100 до 300', '8-10 тыс. тонн', 'от 2 до 5 километров'],
  pattern: seq(opt(qualifier), countRange, opt(measure.as('measure'))),
  interpret: (m) => {
    if (!countable(m)) return null;
    const value = readFigure(m);
    if (value === null) return null;
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
    return {
      kind: 'number',
      value,
      qualifier: typeof value === 'number' ? qualifierOf(m) : 'approx',
      scaled: hasScale(m),
    };
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
    if (!m.has('n') && (isTimeAmount(m.ctx, m.to) || likely(m.ctx, m.from - 1).some((p) => p.grammemes.has('Anum'))))
      return null;
    return { kind: 'number', value: Math.round((n / d) * 1e6) / 1e6, qualifier: qualifierOf(m) };
  },
});
