/**
 * An office, the rest of its tail, a dash and the holder described by age or adjectives:
 * "[Адвокат] потерпевшего — [Матвей Цзена]", "[глава республики] — 57-летний [Тоомас Ильвес]",
 * "[патриарха] Александрийского — [Теодориус]". After the dash only words that describe the
 * holder stand: an age, adjectives in the nominative, a rank, name words the person span left out.
 */
import { AGE, bridge, DASHES, text, type GapView } from './official-gaps.js';
import { tailPhrase } from './official-tails.js';
import { extend } from '../engine/objects.js';

/** "72-х летний": an age written apart. */
const AGE_NUMBER = /^\d+(?:-[а-яё]{1,2})?$/u;

export function dashApposition(g: GapView): boolean {
  let dash = g.from;
  while (dash < g.to && !DASHES.has(text(g, dash))) dash++;
  if (dash >= g.to || (dash === g.from && g.to - g.from === 1)) return false;
  if (dash > g.from && !tailPhrase(extend(g, { to: dash, cover: (k: number) => g.cover(k) }))) return false;
  let i = dash + 1;
  while (i < g.to) {
    const t = text(g, i);
    const ageApart = AGE_NUMBER.test(t) && /^летн/u.test(g.ctx.folded(i + 1));
    if (ageApart) i += 2;
    else if (
      AGE.test(t) ||
      g.ctx.parses(i).some((p) => p.pos === 'ADJF' && p.case === 'nomn' && !p.grammemes.has('Apro'))
    )
      i++;
    else break;
  }
  return i === g.to || bridge(extend(g, { from: i, cover: (k: number) => g.cover(k) }), false);
}
