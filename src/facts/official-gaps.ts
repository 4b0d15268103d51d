/**
 * Readings of the words between a person and a position, for the links of
 * `official-links.ts`: each looks at the gap tokens only, a bounded number of them.
 */
import { wordTest, type DocContext } from '../engine/index.js';
import type { Parse } from '../morph/types.js';
import {
  APPOINTING_PREDICATES,
  APPOINTING_VERBS,
  GENERIC_PLACES,
  KINSHIP,
  CLAUSE_FILLERS,
  CLAUSE_VERBS,
  OFFICE_FILLERS,
  OFFICE_VERBS,
  PREDICATE_FILLERS,
  PREDICATE_VERBS,
  RANKS,
} from '../lexicon/officials.js';

/** What covers a token between the two entities: nothing, a place, organisation or nationality (`tail`), another person or position. */
export type Cover = 'none' | 'tail' | 'person' | 'position';

export interface GapView {
  readonly ctx: DocContext;
  /** Token indices of the gap: `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** Offices right before the person were looked through ("актёр и [сценарист] Уэнтуорт Миллер"). */
  readonly chained: boolean;
  cover(i: number): Cover;
}

export const DASHES = new Set(['—', '–', '-', '‒', '―']);
export const CLOSE = new Set(['»', '"', '”', '“', "'"]);
export const AGE = /^\d+-?летн/u;
/** Possessive pronouns of a third person: "главы [его] аппарата", "стал [его] старший сын". */
export const POSSESSIVE_PRONOUNS: readonly string[] = ['его', 'ее', 'её', 'их'];

export const text = (g: GapView, i: number): string => g.ctx.tokens[i]?.text ?? '';
export const size = (g: GapView): number => g.to - g.from;
export const only = (g: GapView, s: ReadonlySet<string> | string): boolean =>
  size(g) === 1 && (typeof s === 'string' ? text(g, g.from) === s : s.has(text(g, g.from)));
const hasLemma = (g: GapView, i: number, set: ReadonlySet<string>): boolean => g.ctx.lemmas(i).some((l) => set.has(l));
/** Prepositions that join an office to its place: "сенатор от штата Алабама", "уполномоченный по правам человека в ...". */
const TAIL_PREPOSITIONS = new Set(['от', 'по', 'при', 'в', 'во', 'из']);

/**
 * The office verb test on the word alone, remembered per word: the links ask it at every gap
 * token of every pair of a person and an office near each other.
 */
const OFFICE_VERB = wordTest('office verb', (ctx, i) =>
  ctx
    .parses(i)
    .some(
      (p) =>
        OFFICE_VERBS.has(p.lemma) && (!APPOINTING_VERBS.has(p.lemma) || p.grammemes.has('pssv') || p.pos === 'PRTS'),
    ),
);

/** An office verb, the appointing ones only as passive participles ("назначен", not "назначил"). */
export function officeVerb(g: GapView, i: number): boolean {
  return OFFICE_VERB.test(g.ctx, i) !== false;
}

/** An adjective in the instrumental or nominative before the office: "станет [первым] судьей", "стал [самым молодым] премьером". */
function officeAdjective(g: GapView, i: number): boolean {
  return OFFICE_ADJECTIVE.test(g.ctx, i) !== false;
}
/** {@link officeAdjective} on the word alone, remembered per word. */
const OFFICE_ADJECTIVE = wordTest('office adjective', (ctx, i) =>
  ctx.parses(i).some((p) => (p.pos === 'ADJF' || p.grammemes.has('Apro')) && (p.case === 'ablt' || p.case === 'nomn')),
);

/** Gap tokens from `i` on form a parenthesis "(ФАР)" of up to five tokens; returns the index after it, or -1. */
export function parenthesis(g: GapView, i: number): number {
  if (text(g, i) !== '(') return -1;
  for (let j = i + 1; j < g.to && j <= i + 6; j++) if (text(g, j) === ')') return j + 1;
  return -1;
}

/** A capitalised name in the genitive or an abbreviation right after the office: "Главой [Рособрнадзора] назначен", "директор [ФСБ]". */
function orgName(g: GapView, i: number): boolean {
  const t = text(g, i);
  if (!/^\p{Lu}/u.test(t) || g.cover(i) !== 'none') return false;
  return /^\p{Lu}{2,}$/u.test(t) || g.ctx.parses(i).some((p) => p.case === 'gent' && (p.pos === 'NOUN' || !p.known));
}

/** Words of a name: a first name, a patronymic, a surname or a word the dictionary does not know. */
const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr'] as const;
const nameWord = (g: GapView, i: number): boolean =>
  /^\p{Lu}/u.test(text(g, i)) &&
  g.cover(i) === 'none' &&
  g.ctx.parses(i).some((p) => !p.known || p.pos === 'LATN' || NAME_GRAMMEMES.some((n) => p.grammemes.has(n)));

const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'INTJ']);

/**
 * A first name the dictionary reads as a common word ("Серена", "Кари", "Нейл"), right before
 * the name: shaped as a name, no function word, and a noun or adjective only if it may be in the
 * nominative (an oblique one is the office's organisation or an object: "директор Центрального", "помог Приморью").
 */
export function looseFirstName(ctx: DocContext, i: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[i]?.text ?? '')) return false;
  const ps = ctx.parses(i);
  const nominal = ps.filter((p) => p.known && (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case !== null);
  return !ps.some((p) => FUNCTION_POS.has(p.pos)) && (!nominal.length || nominal.some((p) => p.case === 'nomn'));
}

/** From `i` to the name, up to three name words the person span left out: "боксёр [Мохаммед] Али", "судья округа Галвестон [Марк] Хенри". */
export function nameLead(g: GapView, i: number): boolean {
  if (g.to - i > 3) return false;
  for (let k = i; k < g.to; k++)
    if (!nameWord(g, k) && !(k === g.to - 1 && g.cover(k) === 'none' && looseFirstName(g.ctx, k))) return false;
  return true;
}

/** A common noun for a person, not a name: "американец", "сооснователь". */
export const personNoun = (p: Parse): boolean =>
  p.pos === 'NOUN' && p.grammemes.has('anim') && !NAME_GRAMMEMES.some((n) => p.grammemes.has(n));

/** The readings of the name after the gap that have a case (known words only). */
export const nameCases = (g: GapView): Parse[] => g.ctx.parses(g.to).filter((p) => p.known && p.case !== null);

/**
 * A common noun for a person in the nominative right before the name, in the name's case (before
 * any name words left out of it); not an object ("убийство полицейским 29-летнего [британца] ..."): "тренером стал [американец] Дэвид Сало", "назначен [специалист] Сергей Булатов".
 */
function appositive(g: GapView, i: number): boolean {
  if (/^\p{Lu}/u.test(text(g, i)) || (i + 1 < g.to && !nameLead(g, i + 1))) return false;
  const own = g.ctx.parses(i);
  if (own.some((p) => NOT_TAIL.has(p.pos) || p.grammemes.has('Fixd') || KINSHIP.has(p.lemma))) return false;
  const name = nameCases(g);
  return own.some((p) => personNoun(p) && p.case === 'nomn' && (!name.length || name.some((q) => q.case === p.case)));
}

/** Every gap token is a rank, an age, a closing quote, an office verb, a parenthesis or part of the office's place or organisation. */
export function bridge(g: GapView, allowVerbs: boolean): boolean {
  let i = g.from;
  while (i < g.to) {
    const p = parenthesis(g, i);
    if (p > 0) {
      i = p;
      continue;
    }
    const t = text(g, i);
    const ok =
      g.cover(i) === 'tail' ||
      CLOSE.has(t) ||
      (g.chained && i === g.to - 1 && (t === 'и' || t === ',')) ||
      AGE.test(t) ||
      hasLemma(g, i, RANKS) ||
      (i === g.from && hasLemma(g, i, GENERIC_PLACES) && g.ctx.parses(i).some((p) => p.case === 'gent')) ||
      (i === g.from && orgName(g, i)) ||
      (TAIL_PREPOSITIONS.has(g.ctx.folded(i)) && g.cover(i + 1) === 'tail') ||
      nameLead(g, i) ||
      appositive(g, i) ||
      (allowVerbs &&
        (officeVerb(g, i) ||
          subjectPredicate(g, i) ||
          (i > g.from && (hasLemma(g, i, OFFICE_FILLERS) || officeAdjective(g, i)))));
    if (!ok) return false;
    i++;
  }
  return true;
}

/** Parts of speech that end a tail: "президента [и] Мишел Темер", "эмира и [его] второй жены Мозы", "завода [им.] Серго Орджоникидзе". */
export const NOT_TAIL = new Set(['CONJ', 'PREP', 'PRCL', 'NPRO', 'INTJ', 'VERB', 'INFN', 'PRED']);

/** A verb that makes the office after it its subject's: "проработал на посту", "покидает пост", "признан лучшим". */
function predicateVerb(g: GapView, i: number): boolean {
  return PREDICATE_VERB.test(g.ctx, i) !== false;
}
/** {@link predicateVerb} on the word alone, remembered per word: asked at the gap tokens of every pair. */
const PREDICATE_VERB = wordTest('predicate verb', (ctx, i) =>
  ctx
    .parses(i)
    .some(
      (p) =>
        (PREDICATE_VERBS.has(p.lemma) || CLAUSE_VERBS.has(p.lemma)) &&
        (!APPOINTING_PREDICATES.has(p.lemma) || p.grammemes.has('pssv') || p.pos === 'PRTS'),
    ),
);

/** An ordinal before the office: "стала [13-м] президентом", "[7-го] созыва". */
const ORDINAL = /^\d+-(?:[а-яё]{1,3})$/u;

/**
 * A word after the verb of an office clause: "подаст в [отставку] с должности", "будет исполнять
 * [обязанности]", "стала [первой] женщиной-президентом", "работала в [Google] инженером".
 */
function clauseWord(g: GapView, i: number): boolean {
  return (
    hasLemma(g, i, PREDICATE_FILLERS) ||
    hasLemma(g, i, CLAUSE_FILLERS) ||
    officeAdjective(g, i) ||
    ORDINAL.test(text(g, i)) ||
    g.cover(i) === 'tail'
  );
}

/** A predicate verb whose subject the name after it is: "лучшим игроком [признан] Деррик Роуз", "продюсером [выступил] X"; not "[сменил] X". */
function subjectPredicate(g: GapView, i: number): boolean {
  return predicateVerb(g, i) && !g.ctx.parses(i).some((p) => p.lemma === 'сменить' && !p.grammemes.has('pssv'));
}

/** The words between say the person holds or takes the office: "назначен на пост", "который является". */
export function officeClause(g: GapView, from: number): boolean {
  let verb = false;
  for (let i = from; i < g.to; i++) {
    if (officeVerb(g, i) || predicateVerb(g, i)) verb = true;
    else if (!hasLemma(g, i, OFFICE_FILLERS) && !(verb && clauseWord(g, i))) return false;
  }
  return verb;
}

/**
 * Only adjectives (or an age) from `from` on, joined by "и" and commas: "– [первый чернокожий] президент ЮАР",
 * ", [брюссельского профессионального] дизайнера", "— [советский и российский] актёр", ", [45-летний]".
 */
export function adjectivesOnly(g: GapView, from: number): boolean {
  for (let i = from; i < g.to; i++) {
    const t = text(g, i);
    if (i > from && i < g.to - 1 && (t === 'и' || t === ',' || DASHES.has(t))) continue;
    // an age in years between commas: "Фаиз Халид, [26 лет], зубной врач"
    if (/^\d+$/u.test(t) && g.ctx.lemmas(i + 1).includes('год') && i + 2 < g.to) {
      i++;
      continue;
    }
    if (!AGE.test(t) && !g.ctx.parses(i).some((p) => p.pos === 'ADJF' || p.grammemes.has('Apro'))) return false;
  }
  return true;
}

/**
 * "один из" and adjectives from `from` to the office, which is then one of many and plural:
 * "— [один из самых известных] продюсеров", ", [одна из наиболее влиятельных]".
 */
export function oneOfMany(g: GapView, from: number): boolean {
  if (!g.ctx.lemmas(from).includes('один') || g.ctx.folded(from + 1) !== 'из') return false;
  for (let i = from + 2; i < g.to; i++) {
    const t = text(g, i);
    if (i > from + 2 && i < g.to - 1 && (t === 'и' || t === ',')) continue;
    if (!g.ctx.parses(i).some((p) => p.pos === 'ADJF' || p.pos === 'ADVB' || p.grammemes.has('Apro'))) return false;
  }
  return true;
}

/** The gap is one name in the genitive, whose office it is not: "адвокат [Александра Кокорина] Андрей Ромашов". */
export function possessor(g: GapView): boolean {
  if (size(g) === 0 || size(g) > 4) return false;
  for (let i = g.from; i < g.to; i++) if (g.cover(i) !== 'person') return false;
  let last = g.to - 1;
  while (last > g.from && g.ctx.tokens[last]?.kind !== 'word') last--;
  return g.ctx.parses(last).some((p) => p.case === 'gent');
}

/** The office right after the name is in the instrumental: "назначение [Иванова] [послом в России]". */
export function instrumentalOffice(g: GapView): boolean {
  return g.ctx.parses(g.to).some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'ablt');
}

/** Words that put an office after a name without a verb between: "назначил Иванова [на пост] министра", "освободил ... [от должности]". */
export const POST_PREPOSITIONS = new Set(['на', 'с', 'со', 'от', 'в']);
/** The post nouns an office hangs on: "с [поста]", "на [посту]", "в [качестве]", "[должность]". */
export const POST_NOUNS = new Set(['пост', 'должность', 'качество']);

/** The gap is "на пост", "от должности", "с поста", "в качестве", maybe with an adjective: "на пост нового". */
export function post(g: GapView): boolean {
  if (size(g) < 2 || size(g) > 3 || !POST_PREPOSITIONS.has(g.ctx.folded(g.from))) return false;
  if (!hasLemma(g, g.from + 1, POST_NOUNS)) return false;
  return size(g) === 2 || adjectivesOnly(g, g.from + 2);
}
