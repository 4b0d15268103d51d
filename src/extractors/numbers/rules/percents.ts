/** Rules for percentages: "75%", "от 60 до 89 %", "50-процентным". */
import { alt, kind, opt, punct, rule, seq, surface, word } from '../../../engine/index.js';
import { free } from '../filters.js';
import { amount, figure, percentSign, qualifier, qualifierOf, readFigure, readPart } from '../parts.js';
import { parseDigits, toNumber } from '../value.js';
import type { FigureParse } from '../types.js';

const dash = punct('-');

export const percent = rule<FigureParse>({
  id: 'percent/number',
  examples: [
    '75%',
    '75 процентов',
    '12,5 %',
    'более чем на 40 %',
    'от 60 до 89 %',
    '1,5-2,1 %',
    'двух процентов',
    '95 % процентов',
  ],
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
  pattern: seq(
    kind('other')
      .and(surface(/^\d+(?:[.,]\d+)?-?процентн\p{L}+$/iu))
      .as('t'),
  ),
  interpret: (m) => {
    const d = parseDigits(m.text.slice(0, m.text.search(/-?процентн/i)));
    return d ? { kind: 'percent', value: toNumber(d), qualifier: 'exact' } : null;
  },
});
