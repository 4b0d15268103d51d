/**
 * What the words around a candidate say: capitalisation, sentence starts, person names nearby,
 * markers such as "г." or "в". Decisions about ambiguous names are made here, from the text,
 * not from the gazetteer alone.
 */
import { fold, type DocContext } from '../../engine/index.js';
import { segment } from '../../segment/index.js';
import type { Grammeme, Parse } from '../../morph/types.js';

const UPPER = /^\p{Lu}/u;
const INITIAL = /^(?:\p{Lu}|Дж)$/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d-]+$/u;

/** Readings that make a word a proper name rather than a common word. */
const NAME_MARKS: readonly Grammeme[] = ['Geox', 'Name', 'Surn', 'Patr', 'Orgn', 'Trad', 'Abbr', 'Init'];

export const isWord = (ctx: DocContext, i: number): boolean => {
  const k = ctx.tokens[i]?.kind;
  return k === 'word' || k === 'other';
};

export const isCapitalized = (ctx: DocContext, i: number): boolean => UPPER.test(ctx.tokens[i]?.text ?? '');

const has = (ps: readonly Parse[], g: Grammeme): boolean => ps.some((p) => p.grammemes.has(g));

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
function initialEndsAt(ctx: DocContext, j: number): boolean {
  const dot = ctx.tokens[j];
  const letter = ctx.tokens[j - 1];
  return !!dot && !!letter && dot.text === '.' && INITIAL.test(letter.text) && !dot.spaceBefore;
}

/** Words after which a name that can be a person's is one: "улица Кирова", "имени Королёва". */
const NAMED_AFTER = new Set(['имя', 'улица', 'проспект', 'площадь', 'переулок', 'бульвар', 'шоссе', 'набережная', 'проезд', 'памятник', 'ул', 'пр', 'пл', 'им']);
/** Titles: any capitalised word after them is a person's name ("мистер Вашингтон"). */
const TITLE = new Set(['мисс', 'миссис', 'мистер', 'господин', 'госпожа', 'сэр', 'леди', 'сеньор', 'месье', 'мадам', 'фрау', 'герр']);

/**
 * The one-word candidate at `from` is part of a person's name or of a name given after a person
 * ("Сергей Киров", "Джеймса Коми", "С. М. Киров", "Киров Сергей Миронович", "Доминика Рааба",
 * "улица Кирова", "имени Кирова"). What follows is checked only for words that can be names:
 * "президент США Барак Обама" keeps its country.
 */
export function personAround(ctx: DocContext, from: number, to: number): boolean {
  if (to - from !== 1 || ALL_CAPS.test(ctx.tokens[from]?.text ?? '')) return false;
  const own = ctx.parses(from);
  const firstName = has(own, 'Name');
  const nameLike = firstName || has(own, 'Surn') || has(own, 'Patr');
  const prev = from - 1;
  const p = ctx.tokens[prev];
  if (p) {
    if (initialEndsAt(ctx, prev)) return true;
    if (p.kind === 'word' && isCapitalized(ctx, prev) && !sentenceInitialPreposition(ctx, prev) && !ALL_CAPS.test(p.text)) {
      const ps = ctx.parses(prev);
      // "Сергей Киров", "Владимира Голицына" (Владимир is also a town: the surname decides); a
      // first name az only guesses from the ending is no evidence ("вместо Нетаньяху Иерусалим")
      if (ps.some((x) => x.known && x.grammemes.has('Name')) && (!has(ps, 'Geox') || has(own, 'Surn'))) return true;
      // "Уитни Хьюстон": a capitalised word the dictionary does not know (az only guesses it), mid-sentence
      const unknown = ps.every((x) => x.pos === 'UNKN') || (ps[0]?.score ?? 1) < 0.1;
      if (unknown && p.spaceBefore && !has(ps, 'Geox') && !sentenceInitial(ctx, prev)) return true;
    }
    if (p.kind === 'word' && ctx.lemmas(prev).some((l) => TITLE.has(l) || (nameLike && NAMED_AFTER.has(l)))) return true;
    // "улицы Лондона" are the city's streets: only a name that can be a person's is one here
    if (nameLike && p.text === '.' && ctx.tokens[prev - 1] && ['ул', 'им', 'пр', 'пл'].includes(ctx.folded(prev - 1))) return true;
  }
  if (!nameLike) return false;
  const n = ctx.tokens[to];
  if (n && n.kind === 'word' && isCapitalized(ctx, to) && !ALL_CAPS.test(n.text) && n.spaceBefore && n.sentence === ctx.tokens[from]?.sentence) {
    const ns = ctx.parses(to);
    if (has(ns, 'Geox')) return false;
    if (has(ns, 'Name') || has(ns, 'Patr')) return true;
    // a first name followed by any capitalised word is a person ("Доминика Рааба")
    if (firstName || has(ns, 'Surn')) return true;
  }
  // "Киров С. М."
  if (n && /^\p{Lu}$/u.test(n.text) && ctx.tokens[to + 1]?.text === '.') return true;
  return false;
}

function sentenceInitialPreposition(ctx: DocContext, i: number): boolean {
  return ctx.parses(i).some((p) => p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL');
}

const LOCATIVE = new Set(['в', 'во', 'из', 'изо', 'под', 'подо', 'до', 'около', 'возле', 'близ', 'вблизи', 'у', 'к', 'ко', 'через', 'над', 'за', 'между', 'от', 'ото', 'на', 'по', 'под', 'вокруг', 'окрестность', 'пригород']);

/** A preposition of place right before the candidate ("в Мирном", "из Кирова"). */
export function locativeBefore(ctx: DocContext, from: number): boolean {
  const p = ctx.tokens[from - 1];
  return !!p && p.kind === 'word' && LOCATIVE.has(ctx.folded(from - 1));
}

/**
 * The multi-word name at `[from, to)` agrees: its leading modifiers and head noun share case and
 * number, and gender in the singular ("Нижнем Новгороде", not "Нижний Новгорода").
 */
export function headAgrees(ctx: DocContext, from: number, to: number): boolean {
  const group: (readonly Parse[])[] = [];
  for (let i = from; i < to; i++) {
    if (!isWord(ctx, i)) break;
    const ps = ctx.parses(i);
    group.push(ps);
    const modifier = ps.some((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
    if (!modifier || i + 1 >= to || !isWord(ctx, i + 1)) break;
  }
  if (group.length < 2) return true;
  const head = group[group.length - 1]!;
  const mods = group.slice(0, -1);
  return head.some((h) =>
    mods.every((ps) =>
      ps.some((p) => {
        if ((p.pos !== 'ADJF' && p.pos !== 'PRTF') || (h.case && p.case && h.case !== p.case)) return false;
        if (h.number && p.number && h.number !== p.number && !h.grammemes.has('Pltm')) return false;
        const plural = (h.number ?? p.number) === 'plur';
        return plural || !h.gender || !p.gender || h.gender === p.gender || h.gender === 'ms-f';
      }),
    ),
  );
}

const NOMINAL = new Set<string>(['NOUN', 'ADJF', 'PRTF', 'NUMR', 'UNKN']);
interface PhraseWord {
  readonly folded: string;
  /** Noun and adjective readings in the nominative; null for punctuation. */
  readonly readings: readonly Parse[] | null;
}
const phraseWords = new WeakMap<object, Map<string, readonly PhraseWord[]>>();

/**
 * The words at `[from, to)` are forms of the phrase's words with the adjectives' gender kept:
 * the trie compares lemmas only (of naming readings), so it lets "Московской" reach the town
 * "Московский".
 */
export function formsFit(ctx: DocContext, from: number, to: number, phrase: string, keepGender = true): boolean {
  let byPhrase = phraseWords.get(ctx.morph);
  if (!byPhrase) phraseWords.set(ctx.morph, (byPhrase = new Map()));
  let words = byPhrase.get(phrase);
  if (!words) {
    words = segment(phrase).tokens.map((t) => ({
      folded: fold(t.text),
      readings: t.kind === 'word' || t.kind === 'other' ? ctx.morph.parse(t.text).filter((p) => NOMINAL.has(p.pos) && (p.case === 'nomn' || p.case === null)) : null,
    }));
    byPhrase.set(phrase, words);
  }
  if (words.length !== to - from) return true;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.readings?.length) continue;
    const i = from + k;
    if (ctx.folded(i) === w.folded) continue;
    const fits = ctx.parses(i).some(
      (r) =>
        NOMINAL.has(r.pos) &&
        // "порт" is read as the abbreviation of "португальский": abbreviations only match abbreviations
        w.readings!.some((q) => q.lemma === r.lemma && (!r.grammemes.has('Abbr') || q.grammemes.has('Abbr')) && (!keepGender || q.pos !== 'ADJF' || r.number === 'plur' || q.number === 'plur' || !q.gender || !r.gender || q.gender === r.gender)),
    );
    if (!fits) return false;
  }
  return true;
}

/**
 * The noun that the adjective at `from` modifies: the next word, or the one after another agreeing
 * adjective ("в Знаменском синодальном соборе"); its readings that agree, or null.
 */
export function modifiedNoun(ctx: DocContext, from: number): { index: number; readings: Parse[] } | null {
  const to = from + 1;
  const next = ctx.tokens[to];
  if (!next || next.kind !== 'word' || next.text.length < 2) return null;
  const adj = ctx.parses(from).filter((p) => p.pos === 'ADJF' && !p.grammemes.has('Abbr'));
  if (!adj.length) return null;
  const agrees = (n: Parse): boolean => adj.some((a) => a.case === n.case && a.number === n.number && (a.number === 'plur' || a.gender === n.gender));
  const nouns = (i: number): Parse[] => ctx.parses(i).filter((n) => n.pos === 'NOUN' && !n.grammemes.has('Abbr') && agrees(n));
  const first = nouns(to);
  if (first.length) return { index: to, readings: first };
  const after = ctx.tokens[to + 1];
  if (!after || after.kind !== 'word' || !ctx.parses(to).some((n) => n.pos === 'ADJF' && agrees(n))) return null;
  const second = nouns(to + 1);
  return second.length ? { index: to + 1, readings: second } : null;
}

/** An adjective-like name right before a noun it agrees with is a modifier: "Белого дома", "Мирный договор". */
export const modifiesNext = (ctx: DocContext, from: number, to: number): boolean => to - from === 1 && modifiedNoun(ctx, from) !== null;

const QUOTE_OPEN = new Set(['«', '"', '“', '„', "'"]);
const QUOTE_CLOSE = new Set(['»', '"', '”', '“', "'"]);

/** The name fills a pair of quotes by itself: «Барселона», «Тула» name a club, a cinema, a TV channel. */
export function quotedAlone(ctx: DocContext, from: number, to: number): boolean {
  const a = ctx.tokens[from - 1];
  const b = ctx.tokens[to];
  return !!a && !!b && QUOTE_OPEN.has(a.text) && QUOTE_CLOSE.has(b.text);
}
