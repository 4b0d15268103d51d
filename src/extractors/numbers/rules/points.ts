/**
 * Percentage points: "на 0,1 процентного пункта", "на 1,5 п.п.", "2 пп". A difference of two
 * percentages is not a percentage: it is a `number` with its own unit, `процентный пункт`.
 */
import { alt, gram, lemma, opt, punct, rule, seq, word } from '../../../engine/index.js';
import { free } from '../filters.js';
import { figure, qualifier, qualifierOf, readFigure } from '../parts.js';
import type { FigureParse } from '../types.js';

export const POINT_UNIT = 'процентный пункт';

/** "процентного пункта", "процентных пунктов", "п.п.", "п. п.", "пп". */
const points = alt(
  seq(lemma('процентный').and(gram('ADJF')), lemma('пункт').and(gram('NOUN'))),
  seq(word('п'), punct('.'), word('п'), opt(punct('.'))),
  seq(word('пп')),
);

export const percentagePoints = rule<FigureParse>({
  id: 'number/percentage-points',
  examples: ['0,1 процентного пункта', '1,5 п.п.', 'более чем на 2 процентных пункта', '0,3 п. п.', '3 пп'],
  pattern: seq(opt(qualifier), figure, points),
  // longer than "0,1 процентного" (a percent) and than "0,1" with "п" after it
  priority: 1,
  interpret: (m) => {
    const value = readFigure(m);
    if (value === null || !free(m)) return null;
    return { kind: 'number', value, qualifier: qualifierOf(m), measure: POINT_UNIT };
  },
});
