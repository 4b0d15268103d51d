/** Rules for amounts of money: "100 рублей", "$15,5 млн", "от 500 тыс. руб. до 1 млн руб". */
import { alt, opt, punct, rule, seq, tok, word } from '../../../engine/index.js';
import { free } from '../filters.js';
import {
  amount,
  currency,
  currencyOf,
  figure,
  qualifier,
  qualifierOf,
  readFigure,
  readRound,
  roundCount,
} from '../parts.js';
import type { FigureParse } from '../types.js';

const dash = punct('-');

export const money = rule<FigureParse>({
  id: 'money/amount-currency',
  examples: [
    '100 рублей',
    '8,1 млн долларов',
    '5 млн долларов США',
    'от 100 до 300 тысяч рублей',
    'почти 30 миллионов долларов',
    '32009,0 тыс. руб',
    'миллиард долларов',
    '100 ₽',
    'полтора миллиона долларов США',
    '81,5 миллионов фунтов стерлингов',
    'один цент',
    'несколько миллионов евро',
  ],
  pattern: seq(opt(qualifier), alt(figure, roundCount), currency),
  interpret: (m) => {
    const cur = currencyOf(m);
    const value = m.has('round') ? readRound(m) : readFigure(m);
    if (!cur || value === null || !free(m)) return null;
    const f = cur.factor;
    return {
      kind: 'money',
      value: typeof value === 'number' ? value * f : { min: value.min * f, max: value.max * f },
      qualifier: qualifierOf(m),
      currency: cur.code,
    };
  },
});

export const moneySign = rule<FigureParse>({
  id: 'money/sign-amount',
  examples: ['$15,5 млн', '€3 млрд', 'US$ 5 млн', '$0,91 — $1,02 млн', 'около $100'],
  pattern: seq(
    opt(qualifier),
    currency,
    amount.as('a'),
    opt(seq(dash, opt(tok(punct('$', '€', '£', '₽'))), amount.as('b'))),
  ),
  interpret: (m) => {
    const cur = currencyOf(m);
    const c = m.part('cur');
    if (!cur || !c || (m.ctx.tokens[c.from]?.kind === 'word' && m.ctx.tokens[c.from]?.text !== 'US')) return null;
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
