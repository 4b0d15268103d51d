/**
 * An office in the instrumental, then the verb that gives it, then the name with the offices it
 * already holds: "[Новым главкомом] назначен командующий войсками округа генерал-полковник
 * [Александр Постников]", "[Новым командующим] войсками округа назначен генерал-лейтенант [Владимир
 * Чиркин]". The new office is the subject's, the offices after the verb are only its apposition.
 */
import { RANKS } from '../lexicon/officials.js';
import { AGE, CLOSE, DASHES, nameLead, officeVerb, parenthesis, text, type GapView } from './official-gaps.js';
import { tailPhrase } from './official-tails.js';
import { extend } from '../engine/objects.js';

/** Where the office before the gap starts: the position tokens right before it. */
function officeStart(g: GapView): number {
  let s = g.from;
  while (s > 0 && g.cover(s - 1) === 'position') s--;
  return s;
}

/** The office's head noun (its first noun that declines) may be in the instrumental: "[главкомом] сухопутных войск". */
function instrumentalHead(g: GapView): boolean {
  for (let i = officeStart(g); i < g.from; i++) {
    const nouns = g.ctx.parses(i).filter((p) => p.pos === 'NOUN' || (p.pos === 'ADJF' && p.grammemes.has('Subx')));
    if (!nouns.length || nouns.some((p) => p.grammemes.has('Fixd'))) continue;
    return nouns.some((p) => p.case === 'ablt');
  }
  return false;
}

/** A word of the subject's apposition: an office, its tail, a rank, an age or an adjective in the nominative. */
function appositionWord(g: GapView, i: number): boolean {
  const c = g.cover(i);
  if (c === 'position' || c === 'tail') return true;
  const t = text(g, i);
  if (CLOSE.has(t) || AGE.test(t) || nameLead(g, i)) return true;
  return g.ctx
    .parses(i)
    .some(
      (p) =>
        RANKS.has(p.lemma) ||
        (p.pos === 'ADJF' && !p.grammemes.has('Apro') && (p.case === 'nomn' || p.case === 'gent')) ||
        (p.pos === 'NOUN' && (p.case === 'gent' || p.case === 'ablt') && !p.grammemes.has('anim')),
    );
}

/**
 * The gap is the rest of the office's tail, an office verb ("назначен", "стал", "станет") and
 * then only the subject's apposition up to its name: offices, their tails, ranks. No comma or dash
 * after the verb, so no other clause stands between.
 */
export function verbThroughOffices(g: GapView): boolean {
  if (!instrumentalHead(g)) return false;
  let verb = g.from;
  while (verb < g.to && !officeVerb(g, verb)) verb++;
  if (verb >= g.to) return false;
  if (verb > g.from && !tailPhrase(extend(g, { to: verb, cover: (k: number) => g.cover(k) }))) return false;
  for (let i = verb + 1; i < g.to; i++) {
    const p = parenthesis(g, i);
    if (p > 0) {
      i = p - 1;
      continue;
    }
    if (text(g, i) === ',' || DASHES.has(text(g, i)) || !appositionWord(g, i)) return false;
  }
  return true;
}
