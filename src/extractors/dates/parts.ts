/**
 * Building blocks shared by the date grammars: token predicates, small named patterns, and the
 * readers that turn their parts back into numbers. Parts are named with a prefix (`a.day`,
 * `b.month`) so one rule can hold two dates (a range) without their parts colliding.
 */
import {
  AMOUNT_NOUNS,
  DECADE_WORDS,
  MONTHS,
  NUMBER_WORDS,
  QUALIFIERS,
  RELATIVE_ADJECTIVES,
  SEASONS,
  UNIT_NOUNS,
  VAGUE_AMOUNTS,
  WEEKDAYS,
  type CalendarUnit,
  type Qualifier,
} from '../../lexicon/calendar.js';
import {
  alt,
  custom,
  gram,
  kind,
  lemma,
  notGram,
  opt,
  punct,
  repeat,
  seq,
  surface,
  tok,
  word,
  type MatchView,
  type Part,
  type Pattern,
  type PatternLike,
  type Predicate,
  wordTest,
} from '../../engine/index.js';
import type { DocContext } from '../../engine/context.js';
import type { Calendar, DateParse, Modifier } from './types.js';
import { AT_TIME } from '../../context/words.js';

// ---- tokens --------------------------------------------------------------------------------

const intToken = (lo: number, hi: number, digits: RegExp): Predicate =>
  kind('number').and(
    wordTest(`int ${lo}..${hi}`, (ctx, i) => {
      const t = ctx.tokens[i]?.text ?? '';
      if (!digits.test(t)) return false;
      const v = Number(t);
      return v >= lo && v <= hi;
    }),
  );

/** "10", "1-го", "31-е". */
export const dayNum: Predicate = intToken(1, 31, /^\d{1,2}$/).or(
  kind('other').and(surface(/^(?:0?[1-9]|[12]\d|3[01])-(?:го|е|ое|ого|м|ом|й)$/)),
);
/** A year with a "год" after it may be any 3-4 digit number ("в 988 году"). */
export const yearNum: Predicate = intToken(100, 2199, /^\d{3,4}$/).or(
  kind('other').and(surface(/^\d{3,4}(?:-?(?:й|го|м|ом|ый|ого)|г|гг)$/)),
);
/** A year standing alone must look like a modern one. */
export const bareYearNum: Predicate = intToken(1800, 2050, /^\d{4}$/);
export const monthWord: Predicate = lemma(...MONTHS);
export const weekdayWord: Predicate = lemma(...WEEKDAYS);
export const seasonWord: Predicate = lemma(...Object.keys(SEASONS));
export const unitWord: Predicate = lemma(...Object.keys(UNIT_NOUNS)).and(notGram('Abbr'));
/** "века", "столетия" (not the abbreviation "в"). */
export const centuryWord: Predicate = lemma('век', 'столетие').and(notGram('Abbr'));
export const amountNoun: Predicate = lemma(...Object.keys(AMOUNT_NOUNS));
const relWords = Object.keys(RELATIVE_ADJECTIVES);
/** "этот", "прошлый", "следующий", "тот" ... in any form. */
export const relAdj: Predicate = lemma(...relWords).and(gram('ADJF').or(gram('PRTF')));
/** "года", "г", "гг" (the abbreviation's dot stays outside the span, as NEREL marks it). */
const notCounted = wordTest('not "лет"', (ctx, i) => ctx.folded(i) !== 'лет'); // "100 лет" is an amount
export const yearWord: Pattern = alt(tok(word('г', 'гг')), tok(lemma('год').and(notCounted)));
export const yearsWord: Pattern = alt(tok(word('гг', 'г')), tok(lemma('год').and(gram('plur'), notCounted)));
export const dash: Predicate = punct('-');
/** "IV", "4", "4-й", "четвёртый" as an ordinal. */
export const ordinal: Predicate = kind('roman')
  .or(intToken(1, 40, /^\d{1,2}$/))
  .or(kind('other').and(surface(/^\d{1,2}-(?:й|го|м|ом|ый|ого|е|я|ая|ой|ую|ое)$/)))
  .or(lemma(...Object.keys(NUMBER_WORDS)).and(gram('Anum')));

/** A counted amount: "5", "5,5", "двадцать пять", "полтора", "несколько", "пару". */
const cardinalWord: Predicate = lemma(...Object.keys(NUMBER_WORDS)).and(notGram('Anum'));
export const amount = (name: string): Pattern =>
  alt(
    tok(kind('number').and(surface(/^\d{1,4}(?:[.,]\d+)?$/))),
    repeat(cardinalWord, 1, 4),
    tok(lemma(...VAGUE_AMOUNTS).and(notGram('ADVB').or(gram('NUMR')))),
    seq(tok(kind('number')), dash, tok(kind('number'))),
  ).as(name);

/** "около", "более чем", "не более", "почти". */
export const qualifier: Pattern = alt(
  seq(opt(word('не')), tok(lemma(...Object.keys(QUALIFIERS)).or(word(...Object.keys(QUALIFIERS)))), opt(word('чем'))),
).as('qual');

// ---- prepositions ---------------------------------------------------------------------------------

/** Prepositions kept in a date's span ("с 2025 года"): they say whether it is a point or a bound. */
export const DATE_PREPS = AT_TIME;
const onePrep = tok(word(...DATE_PREPS)).as('prep');
/** A preposition, maybe after "в период" ("в период с 2001 по 2007 годы"). */
export const somePrep: Pattern = alt(onePrep, seq(word('в'), tok(lemma('период')).as('period'), opt(onePrep)));
/**
 * `seq(opt(alt(...leads)), ...rest)` written out as one alternative per lead, then the rest alone:
 * the same matches, in the order the search tries them. The rule set's skip check reads an
 * optional first part of several tokens as "a match may start with it alone", so a date rule led
 * by a preposition was searched at every "в", "с", "на"; here each alternative's check asks for
 * the lead and what must follow it.
 */
export function optionalLead(leads: readonly PatternLike[], ...rest: PatternLike[]): Pattern {
  return alt(...leads.map((lead) => seq(lead, ...rest)), seq(...rest));
}

/**
 * The rest after an optional preposition (kept in the span, as NEREL does): one of `DATE_PREPS`,
 * maybe after "в период" ("в период с 2001 по 2007 годы"), or "в течение" ("в течение 2011 года").
 */
export function withPrep(...rest: PatternLike[]): Pattern {
  const inPeriod = (): PatternLike[] => [word('в'), tok(lemma('период')).as('period')];
  return optionalLead(
    [onePrep, seq(...inPeriod(), onePrep), seq(...inPeriod()), seq(word('в'), tok(lemma('течение')).as('period'))],
    ...rest,
  );
}

/** "начиная с", "вплоть до": the first word stays outside the span, the bound is the same. */
export const roleOfPrep = (m: MatchView): DateParse['role'] => {
  const p = m.part('prep');
  if (!p) return 'point';
  const w = m.ctx.folded(p.from);
  if (w === 'с' || w === 'со' || w === 'c') return 'since'; // also a Latin "c" typed for "с"
  if (w === 'до' || w === 'по' || w === 'к' || w === 'ко') return 'until';
  return 'point';
};

// ---- readers -----------------------------------------------------------------------------------

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
export function romanValue(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ''];
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  return total || undefined;
}

/** Leading digits of a token: "1-го" 1, "2005г" 2005, "5,5" 5.5. */
export function leadingNumber(text: string): number | undefined {
  const m = /^(\d+(?:[.,]\d+)?)/.exec(text);
  return m?.[1] ? Number(m[1].replace(',', '.')) : undefined;
}

const lookup = <V>(ctx: DocContext, i: number, table: Readonly<Record<string, V>>): V | undefined => {
  for (const l of ctx.lemmas(i)) {
    if (Object.prototype.hasOwnProperty.call(table, l)) return table[l];
  }
  return undefined;
};

export const monthOf = (m: MatchView, name: string): number | undefined => {
  const p = m.part(name);
  const l = p?.parses.find((x) => (MONTHS as readonly string[]).includes(x.lemma))?.lemma;
  const i = l ? (MONTHS as readonly string[]).indexOf(l) : -1;
  return i >= 0 ? i + 1 : undefined;
};

export const weekdayOf = (m: MatchView, name: string): number | undefined => {
  const l = m.part(name)?.parses.find((x) => (WEEKDAYS as readonly string[]).includes(x.lemma))?.lemma;
  const i = l ? (WEEKDAYS as readonly string[]).indexOf(l) : -1;
  return i >= 0 ? i + 1 : undefined;
};

/** Value of an ordinal part: Roman, digits, "4-й", "четвёртый". */
export function ordinalOf(m: MatchView, name: string): number | undefined {
  const p = m.part(name);
  if (!p) return undefined;
  const t = p.tokens[0];
  if (!t) return undefined;
  if (t.kind === 'roman') return romanValue(t.text);
  if (t.kind === 'number' || t.kind === 'other') return leadingNumber(t.text);
  let total = 0;
  for (let i = p.from; i < p.to; i++) total += lookup(m.ctx, i, NUMBER_WORDS) ?? 0;
  return total || undefined;
}

/** The values of the two number words of "полтора-два", "двух-трёх", "пять-шесть" (one token). */
export function wordRangeAt(ctx: DocContext, i: number): { n: number; max: number } | undefined {
  const t = ctx.tokens[i];
  const halves = t?.kind === 'word' ? /^(\p{L}+)-(\p{L}+)$/u.exec(t.text) : null;
  if (!halves) return undefined;
  const value = (w: string): number | undefined =>
    ctx.morph
      .lemmas(w.toLowerCase())
      .map((l) => (Object.prototype.hasOwnProperty.call(NUMBER_WORDS, l) ? NUMBER_WORDS[l] : undefined))
      .find((v) => v !== undefined);
  const n = value(halves[1]!);
  const max = value(halves[2]!);
  return n !== undefined && max !== undefined && n < max ? { n, max } : undefined;
}
/** "полтора-два", "двух-трёх": two number words written as one (the amount of a range of time). */
export const wordRange = (name: string): Pattern =>
  tok(custom('number words range', (ctx, i) => wordRangeAt(ctx, i) !== undefined)).as(name);

const VAGUE: ReadonlySet<string> = new Set(VAGUE_AMOUNTS);

/** Value of an amount part; null when vague ("несколько"). For "5-7" the first. */
export function amountOf(m: MatchView, name: string): { n: number | null; max?: number } | undefined {
  const p = m.part(name);
  if (!p) return undefined;
  const first = p.tokens[0];
  if (!first) return undefined;
  const words = p.to - p.from === 1 ? wordRangeAt(m.ctx, p.from) : undefined;
  if (words) return words;
  if (first.kind === 'number') {
    const n = leadingNumber(first.text);
    const last = p.tokens[p.tokens.length - 1];
    const max = p.tokens.length > 1 && last ? leadingNumber(last.text) : undefined;
    return n === undefined ? undefined : max !== undefined ? { n, max } : { n };
  }
  if (m.ctx.lemmas(p.from).some((l) => VAGUE.has(l))) return { n: null };
  let total = 0;
  for (let i = p.from; i < p.to; i++) {
    const v = lookup(m.ctx, i, NUMBER_WORDS);
    if (v === undefined) return undefined;
    total += v;
  }
  return total ? { n: total } : undefined;
}

export const unitOf = (m: MatchView, name: string): { unit: CalendarUnit; n: number } | undefined => {
  const p = m.part(name);
  return p ? (lookup(m.ctx, p.from, UNIT_NOUNS) ?? lookup(m.ctx, p.from, AMOUNT_NOUNS)) : undefined;
};

export const relOf = (m: MatchView, name: string): number | null | undefined => {
  const p = m.part(name);
  return p ? lookup(m.ctx, p.from, RELATIVE_ADJECTIVES) : undefined;
};

export const decadeWordOf = (m: MatchView, name: string): number | undefined => {
  const p = m.part(name);
  return p ? lookup(m.ctx, p.from, DECADE_WORDS) : undefined;
};

export const seasonOf = (m: MatchView, name: string): Calendar['season'] => {
  const p = m.part(name);
  return p ? lookup(m.ctx, p.from, SEASONS) : undefined;
};

/** "не более" atMost, "не менее" atLeast, "более" more, ... */
export function qualifierOf(m: MatchView): Modifier | undefined {
  const p = m.part('qual');
  if (!p) return undefined;
  let negated = false;
  let q: Qualifier | undefined;
  for (let i = p.from; i < p.to; i++) {
    const w = m.ctx.folded(i);
    if (w === 'не') negated = true;
    else q ??= QUALIFIERS[w] ?? lookup(m.ctx, i, QUALIFIERS);
  }
  if (!q) return undefined;
  if (negated) return q === 'more' ? 'atMost' : q === 'less' ? 'atLeast' : undefined;
  return q;
}

const daysIn = (year: number | undefined, month: number): number =>
  month === 2
    ? year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** The calendar fields of the parts named `p*`; null when they make no date ("31 февраля"). */
export function readCalendar(m: MatchView, p: string): Calendar | null {
  const cal: Calendar = {};
  const year = m.part(p + 'year');
  if (year) {
    const y = leadingNumber(year.text);
    if (y === undefined) return null;
    cal.year = y;
  }
  const yrel = relOf(m, p + 'yrel');
  if (yrel !== undefined) {
    if (yrel === null) cal.yearFromText = true;
    else cal.yearShift = yrel;
  }
  const mnum = m.part(p + 'mnum');
  const month = mnum ? Number(mnum.text) : monthOf(m, p + 'month');
  if (month !== undefined) cal.month = month;
  const day = m.part(p + 'day');
  if (day) {
    const d = leadingNumber(day.text);
    if (d === undefined || month === undefined || d < 1 || d > daysIn(cal.year, month)) return null;
    cal.day = d;
  }
  const wd = weekdayOf(m, p + 'weekday');
  if (wd !== undefined) cal.weekday = wd;
  return cal;
}

/** «Один день Ивана Денисовича», «Сегодня»: a capitalised phrase right after an opening quote is a title. */
export function startsTitle(m: MatchView): boolean {
  const prev = m.ctx.tokens[m.from - 1];
  return !!prev && /^[«"„“']$/.test(prev.text) && /^\p{Lu}/u.test(m.tokens[0]?.text ?? '');
}

// ---- context -----------------------------------------------------------------------------------

/** Some of the `n` tokens before the match has one of these lemmas (same sentence). */
export function lemmaBefore(m: MatchView, n: number, lemmas: ReadonlySet<string>): boolean {
  const sentence = m.tokens[0]?.sentence;
  for (let i = m.from - 1; i >= Math.max(0, m.from - n); i--) {
    if (m.ctx.tokens[i]?.sentence !== sentence) return false;
    if (m.ctx.lemmas(i).some((l) => lemmas.has(l))) return true;
  }
  return false;
}

/** The token right after the match has one of these lemmas. */
export function lemmaAfter(m: MatchView, lemmas: ReadonlySet<string>): boolean {
  const t = m.ctx.tokens[m.to];
  return !!t && t.sentence === m.tokens[0]?.sentence && m.ctx.lemmas(m.to).some((l) => lemmas.has(l));
}

/** Times of day: "вчера вечером", "в понедельник утром" are times (another kind), not dates. */
export const TIMES_OF_DAY: ReadonlySet<string> = new Set([
  'утро',
  'утром',
  'вечер',
  'вечером',
  'ночь',
  'ночью',
  'днем',
  'полдень',
  'полночь',
]);

export type { Part };
