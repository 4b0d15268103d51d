/**
 * Is this capitalised word a name, and whose? Checks on the words around a token that every
 * extractor asks the same way: capitalisation, sentence starts, common readings, a person's name
 * nearby ("Сергей Киров", "улица Кирова"). Places use them to keep persons out; persons use them
 * to find names.
 */
import { capsWord, oneUpper, startsUpper, wordTest, type DocContext } from '../engine/index.js';
import type { Grammeme, Parse } from '../morph/types.js';
import { AT_PLACE, BEFORE_PLACE, NAMED_AFTER, TITLE } from './words.js';

/** `/^(?:\p{Lu}|Дж)$/u`: the letter of an initial. */
const initialLetter = (s: string): boolean => s === 'Дж' || oneUpper(s);

/** Readings that make a word a proper name rather than a common word. */
const NAME_MARKS: readonly Grammeme[] = ['Geox', 'Name', 'Surn', 'Patr', 'Orgn', 'Trad', 'Abbr', 'Init'];

export const isWord = (ctx: DocContext, i: number): boolean => {
  const k = ctx.tokens[i]?.kind;
  return k === 'word' || k === 'other';
};

export const isCapitalized = (ctx: DocContext, i: number): boolean => startsUpper(ctx.tokens[i]?.text ?? '');

export const hasGrammeme = (ps: readonly Parse[], g: Grammeme): boolean => ps.some((p) => p.grammemes.has(g));

/** The first word of its sentence or line (quotes, dashes and list marks before it do not count). */
export function sentenceInitial(ctx: DocContext, i: number): boolean {
  const tok = ctx.tokens[i];
  if (!tok) return false;
  if (tok.newlineBefore) return true;
  for (let j = i - 1; j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (t.sentence !== tok.sentence) return true;
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'other' || t.kind === 'roman') return false;
    if (/[,:;]/.test(t.text)) return false;
    if (t.newlineBefore) return true;
  }
  return true;
}

/**
 * Some reading is a common word (the bird "орёл", the adjective "мирный", the pronoun "того")
 * that could stand here. At the start of a sentence a name in the nominative wins over common
 * readings that are not ("Куба была отрезана": "куба" is only the genitive of "куб").
 */
export function hasCommonReading(ctx: DocContext, i: number): boolean {
  return COMMON_READING.test(ctx, i) === true;
}

/** {@link hasCommonReading} remembered per word: geography asks it of each name it judges, again and again. */
const COMMON_READING = wordTest('common reading', (ctx, i) => commonReading(ctx, i));

function commonReading(ctx: DocContext, i: number): boolean {
  const ps = ctx.parses(i);
  const common = ps.filter((p) => p.pos !== 'UNKN' && !NAME_MARKS.some((g) => p.grammemes.has(g)));
  if (!common.length) return false;
  const nameNom = ps.some((p) => p.grammemes.has('Geox') && p.case === 'nomn');
  return !nameNom || common.some((p) => p.case === 'nomn' || p.case === null);
}

const PROPER_OR_LOAN: readonly Grammeme[] = ['Geox', 'Name', 'Surn', 'Patr', 'Fixd'];

/**
 * The dictionary (not a guess) knows the word as a common noun, and not as a place
 * or a person's name, and not as an indeclinable loan ("Челси"): "Отдел", "Подпрограммы" are no
 * names of places.
 */
export function knownAsCommon(ctx: DocContext, i: number): boolean {
  return ctx.parses(i).some((p) => p.known && p.pos === 'NOUN' && !PROPER_OR_LOAN.some((g) => p.grammemes.has(g)));
}

/** "С." in "С. М. Киров", "Дж." in "Дж. Коми": an initial followed by a dot. */
export function initialEndsAt(ctx: DocContext, j: number): boolean {
  const dot = ctx.tokens[j];
  const letter = ctx.tokens[j - 1];
  return !!dot && !!letter && dot.text === '.' && initialLetter(letter.text) && !dot.spaceBefore;
}

/**
 * The one-word candidate at `from` is part of a person's name or of a name given after a person
 * ("Сергей Киров", "Джеймса Коми", "С. М. Киров", "Киров Сергей Миронович", "Доминика Рааба",
 * "улица Кирова", "имени Кирова"). What follows is checked only for words that can be names:
 * "президент США Барак Обама" keeps its country.
 */
export function personAround(ctx: DocContext, from: number, to: number): boolean {
  if (to - from !== 1 || capsWord(ctx.tokens[from]?.text ?? '')) return false;
  const own = ctx.parses(from);
  const firstName = hasGrammeme(own, 'Name');
  const nameLike = firstName || hasGrammeme(own, 'Surn') || hasGrammeme(own, 'Patr');
  const prev = from - 1;
  const p = ctx.tokens[prev];
  if (p) {
    if (initialEndsAt(ctx, prev)) return true;
    if (p.kind === 'word' && isCapitalized(ctx, prev) && !sentenceInitialPreposition(ctx, prev) && !capsWord(p.text)) {
      const ps = ctx.parses(prev);
      // "Сергей Киров", "Владимира Голицына" (Владимир is also a town: the surname decides); a
      // first name az only guesses from the ending is no evidence ("вместо Нетаньяху Иерусалим")
      if (ps.some((x) => x.known && x.grammemes.has('Name')) && (!hasGrammeme(ps, 'Geox') || hasGrammeme(own, 'Surn')))
        return true;
      // "Уитни Хьюстон": a capitalised word the dictionary does not know (az only guesses it), mid-sentence
      const unknown = ps.every((x) => x.pos === 'UNKN') || (ps[0]?.score ?? 1) < 0.1;
      if (unknown && p.spaceBefore && !hasGrammeme(ps, 'Geox') && !sentenceInitial(ctx, prev)) return true;
    }
    if (p.kind === 'word' && ctx.lemmas(prev).some((l) => TITLE.has(l) || (nameLike && NAMED_AFTER.has(l))))
      return true;
    // "улицы Лондона" are the city's streets: only a name that can be a person's is one here
    if (nameLike && p.text === '.' && ctx.tokens[prev - 1] && ['ул', 'им', 'пр', 'пл'].includes(ctx.folded(prev - 1)))
      return true;
  }
  if (!nameLike) return false;
  const n = ctx.tokens[to];
  if (
    n &&
    n.kind === 'word' &&
    isCapitalized(ctx, to) &&
    !capsWord(n.text) &&
    n.spaceBefore &&
    n.sentence === ctx.tokens[from]?.sentence
  ) {
    const ns = ctx.parses(to);
    if (hasGrammeme(ns, 'Geox')) return false;
    if (hasGrammeme(ns, 'Name') || hasGrammeme(ns, 'Patr')) return true;
    // a first name followed by any capitalised word is a person ("Доминика Рааба")
    if (firstName || hasGrammeme(ns, 'Surn')) return true;
  }
  // "Киров С. М."
  if (n && /^\p{Lu}$/u.test(n.text) && ctx.tokens[to + 1]?.text === '.') return true;
  return false;
}

export function sentenceInitialPreposition(ctx: DocContext, i: number): boolean {
  return ctx.parses(i).some((p) => p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL');
}

/** A preposition of place right before the candidate ("в Мирном", "из Кирова"). */
export function locativeBefore(ctx: DocContext, from: number): boolean {
  const p = ctx.tokens[from - 1];
  return !!p && p.kind === 'word' && BEFORE_PLACE.has(ctx.folded(from - 1));
}

/** An initial: one capital letter (or "Дж") with a dot glued to it ("Л." in "Л. Шагинова", "А.В. Григорьев"). */
export function initialAt(ctx: DocContext, i: number): boolean {
  const dot = ctx.tokens[i + 1];
  return initialWord(ctx, i) && !!dot && dot.text === '.' && !dot.spaceBefore;
}

/** The part of {@link initialAt} on the word alone: a capital letter ("Дж" too). */
export function initialWord(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'word' && initialLetter(t.text);
}

/** Written in capitals throughout ("ГРИГОРЬЕВ", "МВД"): capitals hide whether a word is a name. */
export const allCaps = (ctx: DocContext, i: number): boolean => capsWord(ctx.tokens[i]?.text ?? '');

/** Some reading the dictionary knows (not a guess from the ending) carries the grammeme. */
export const knownAs = (ctx: DocContext, i: number, g: Grammeme): boolean =>
  ctx.parses(i).some((p) => p.known && p.grammemes.has(g));

/** The dictionary knows no reading of the word: az only guesses it from its ending ("Хорняк", "Цзиньпин"). */
export const guessedOnly = (ctx: DocContext, i: number): boolean => ctx.parses(i).every((p) => !p.known);

const IN_PLACE = new Set<string>(AT_PLACE);
/**
 * A preposition that puts a place right before the candidate ("в Кирове", "из Королёва"), not one
 * that goes with persons as well ("к Леннону", "у Скотта", "от Путина").
 */
export function atPlaceBefore(ctx: DocContext, from: number): boolean {
  const p = ctx.tokens[from - 1];
  return !!p && p.kind === 'word' && IN_PLACE.has(ctx.folded(from - 1));
}
