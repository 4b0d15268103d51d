/**
 * A name, a clause about its tenure and then the post: "[Стив Джобс], глава компании, заявил о
 * своём уходе с поста [генерального директора]", "[Кристин Лагард] приступила к работе на посту
 * [главы МВФ]". The words of the clause say the subject takes, holds or leaves the post; a
 * candidacy ("баллотироваться на пост") gives no office, so only tenure words count, and
 * "уволил с поста" is what the subject does to someone else, so no verb of dismissal does.
 */
import { POST_NOUNS, POST_PREPOSITIONS, text, type GapView } from './official-gaps.js';

/** Words of taking, holding or leaving a post, by lemma. */
const TENURE = new Set([
  'покинуть',
  'покидать',
  'уйти',
  'уходить',
  'уход',
  'приступить',
  'отставка',
  'занять',
  'занимать',
  'работать',
  'работа',
  'оставить',
  'оставлять',
  'сложить',
  'карьера',
  'вступить',
]);

/** Longest clause read, in tokens. */
export const MAX_POST_CLAUSE = 22;

/** Words that open a clause of its own, with another subject: "сообщил, [что] отказался занять пост". */
const SUBORDINATORS = new Set(['что', 'чтобы', 'если', 'когда', 'поскольку', 'хотя', 'пока', 'где']);

/** The name is a subject: it may be in the nominative (or does not decline) and follows no preposition. */
function subject(g: GapView, person: number): boolean {
  if (person > 0 && g.ctx.parses(person - 1).some((p) => p.pos === 'PREP')) return false;
  const ps = g.ctx.parses(person);
  return ps.some((p) => !p.known || p.case === null || p.case === 'nomn');
}

/** The gap ends in a post noun, maybe after its preposition: "... уходе [с поста]", "... занимал [пост]". */
function postEnd(g: GapView): number {
  const last = g.to - 1;
  if (!g.ctx.lemmas(last).some((l) => POST_NOUNS.has(l))) return -1;
  return POST_PREPOSITIONS.has(g.ctx.folded(last - 1)) ? last - 1 : last;
}

/**
 * The gap is a clause of the name as subject that ends in "с поста", "на посту", "в качестве"
 * and has a tenure word ("уход", "покинул", "приступила к работе") in the same clause as the post;
 * no semicolon, colon or subordinate clause stands on the way.
 */
export function tenureClause(g: GapView): boolean {
  const end = postEnd(g);
  if (end <= g.from) return false;
  let person = g.from - 1;
  while (person > 0 && g.cover(person - 1) === 'person') person--;
  if (!subject(g, person)) return false;
  // the tenure word and the post are in one clause: no comma between them ("покинул пост[,] чтобы ...")
  let tenure = false;
  for (let i = g.from; i < end; i++) {
    const t = text(g, i);
    if (t === ';' || t === ':' || t === '.' || t === ')' || SUBORDINATORS.has(g.ctx.folded(i))) return false;
    if (t === ',') tenure = false;
    else if (g.ctx.lemmas(i).some((l) => TENURE.has(l))) tenure = true;
  }
  return tenure;
}
