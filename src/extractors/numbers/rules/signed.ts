/**
 * Signed percentages, as reports write a change next to a figure: "240 преступлений ( -25,7 % ;
 * в 2018 году – 323 )", "( с 2255 до 2289 , +1,5 % )". The sign is glued to the number and
 * follows "(", "," or ";" (so "2015-94,2 %" and "водопроводом -39 %" are not signed).
 */
import { custom, kind, punct, rule, seq, tok } from '../../../engine/index.js';
import { free } from '../filters.js';
import { percentSign, readAmount } from '../parts.js';
import { toNumber } from '../value.js';
import type { FigureParse } from '../types.js';

/** The sign opens a parenthesis or follows a comma or semicolon in one ("( -25,7 %", ", +1,5 %"): a dash after a word is a separator ("водопроводом -39 %"). */
const standalone = custom('a sign after "(", "," or ";"', (ctx, i) => {
  const prev = ctx.tokens[i - 1];
  return !prev || /^[(;,]$/.test(prev.text);
});
const gluedNumber = custom('glued to its sign', (ctx, i) => ctx.tokens[i]?.spaceBefore === false);

export const signedPercent = rule<FigureParse>({
  id: 'percent/signed',
  examples: ['-25,7 %', '+1,5 %', '−3 процента'],
  pattern: seq(
    tok(punct('-', '+').and(standalone)).as('sign'),
    tok(kind('number').and(gluedNumber)).as('a'),
    percentSign,
  ),
  interpret: (m) => {
    const a = m.part('a');
    const v = a ? readAmount(m.ctx, a.from, a.to) : null;
    if (!v || !free(m)) return null;
    const n = toNumber(v.value);
    return { kind: 'percent', value: m.part('sign')?.text === '+' ? n : -n, qualifier: 'exact' };
  },
});
