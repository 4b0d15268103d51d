/**
 * Who takes an office, named after the verb of taking it, with words that describe the newcomer
 * between: "новым [королём] стал его старший сын Тупу", "[главой компании] станет именно Пейдж",
 * "на посту [генерального директора] его сменит Тим Кук", "кресло [президента] заняла его жена
 * Кристина". The office is the verb's predicate (in the instrumental) or the post it names.
 */
import { KINSHIP } from '../lexicon/officials.js';
import { AGE, POSSESSIVE_PRONOUNS, nameLead, type GapView } from './official-gaps.js';

/** Verbs whose predicate in the instrumental is the office: "стал королём". */
const BECOME = new Set(['стать', 'становиться', 'быть']);
/** Verbs that take the post named before the office: "на посту ... его сменит", "кресло ... заняла". */
const TAKE = new Set(['сменить', 'занять']);
/** Nouns of a post before an office in the genitive: "на [посту] директора", "[кресло] президента". */
const POSTS = new Set(['пост', 'должность', 'кресло']);
const POSSESSIVE = new Set(POSSESSIVE_PRONOUNS);

/** The office before the gap: its head is in the instrumental, or a post noun stands right before it. */
function officeRole(g: GapView): 'predicate' | 'post' | null {
  let start = g.from;
  while (start > 0 && g.cover(start - 1) === 'position') start--;
  if (start === g.from) return null;
  if (g.ctx.lemmas(start - 1).some((l) => POSTS.has(l))) return 'post';
  for (let i = start; i < g.from; i++) {
    const nouns = g.ctx.parses(i).filter((p) => p.pos === 'NOUN');
    if (nouns.length) return nouns.some((p) => p.case === 'ablt') ? 'predicate' : null;
  }
  return null;
}

/** A finite verb of `lemmas` at `i`. */
const verbAt = (g: GapView, i: number, lemmas: ReadonlySet<string>): boolean =>
  g.ctx.parses(i).some((p) => p.pos === 'VERB' && lemmas.has(p.lemma));

/**
 * Words that describe the newcomer: "его", "именно", "старший", "итальянская", "42-летняя", then
 * "сын", "жена" after a possessive only ("стал близкий друг [В. Лукашенко]" names whose friend).
 */
function describes(g: GapView, i: number, possessed: boolean): boolean {
  const f = g.ctx.folded(i);
  if (POSSESSIVE.has(f) || f === 'именно' || AGE.test(f)) return true;
  return g.ctx
    .parses(i)
    .some((p) => p.case === 'nomn' && (p.pos === 'ADJF' || (possessed && p.pos === 'NOUN' && KINSHIP.has(p.lemma))));
}

/** The gap is the verb of taking the office, then words about the newcomer, then the name in the nominative. */
export function successorClause(g: GapView): boolean {
  const role = officeRole(g);
  if (!role) return false;
  let i = g.from;
  // "его сменит": the one replaced is the object before the verb
  if (role === 'post' && POSSESSIVE.has(g.ctx.folded(i))) i++;
  if (i >= g.to || !verbAt(g, i, role === 'post' ? TAKE : BECOME)) return false;
  let possessed = false;
  for (i++; i < g.to && !nameLead(g, i); i++) {
    if (!describes(g, i, possessed)) return false;
    possessed ||= POSSESSIVE.has(g.ctx.folded(i));
  }
  const name = g.ctx.parses(g.to).filter((p) => p.known && p.case !== null);
  return !name.length || name.some((p) => p.case === 'nomn');
}
