/**
 * Building blocks of the number grammars, bottom-up: a digit number, number words, a scale,
 * an amount (a number with its scale), a range, a qualifier, a unit of measure, a currency.
 */
import {
  alt,
  custom,
  gram,
  kind,
  lemma,
  opt,
  punct,
  repeat,
  seq,
  span,
  surface,
  tok,
  word,
  wordTest,
  type DocContext,
  type MatchView,
  type Pattern,
  type Predicate,
} from '../../engine/index.js';
import {
  CARDINALS,
  COLLECTIVES,
  FEW,
  MEASURE_ABBREVIATIONS,
  MEASURE_MODIFIER_ABBREVIATIONS,
  MEASURE_MODIFIERS,
  ROUND_NOUNS,
  SCALE_ABBREVIATIONS,
  SCALES,
} from '../../lexicon/numerals.js';
import type { Qualifier } from '../../result/schema.js';
import { isCodePart, isMeasureAt, isTimeAmount } from './context.js';
import {
  abbreviationDot,
  currencyMatcher,
  qualifierPhraseMatcher,
  qualifierWordMatcher,
  type CurrencyHit,
} from './matchers.js';
import {
  cardinalAt,
  cardinalReading,
  composeWords,
  parseDigits,
  roundNounAt,
  scaleAt,
  scaleBy,
  toNumber,
  type Decimal,
} from './value.js';

const dot = tok(punct('.').and(custom('abbreviation dot', abbreviationDot)));

/** A digit number that is a quantity, not part of a code ("123-45-67", "6:4", "11690050056000140"). */
export const digits = kind('number').and(
  custom('not a code', (ctx, i) => !isCodePart(ctx, i) && !/^\d{10,}$/.test(ctx.tokens[i]?.text ?? '')),
);

/** "654" in "10 тысяч 654": up to three digits after a thousands scale. */
const hundreds = kind('number').and(surface(/^\d{1,3}$/));

/** "1.500.000": thousands grouped with dots (the segmenter leaves it as `other`). */
const dottedThousands = kind('other').and(surface(/^\d{1,3}(?:\.\d{3}){2,}$/));

/**
 * A cardinal or collective number word: "двух", "сто", "трое", "полтора", "одну". Its reading is a
 * test of the word alone, so a rule set leaves the rules it leads out at ordinals ("первые",
 * "Второй", whose lemma is the cardinal's) once per word, not after a skip check at each.
 */
export const numberWord = lemma(...Object.keys(CARDINALS), ...Object.keys(COLLECTIVES)).and(
  wordTest('cardinal reading', (ctx, i) => cardinalReading(ctx, i) !== undefined),
  custom('cardinal', (ctx, i) => cardinalAt(ctx, i) !== null),
);

const scaleNoun = lemma(...Object.keys(SCALES)).and(gram('NOUN'));
const scaleAbbreviation = word(...Object.keys(SCALE_ABBREVIATIONS));
/** What can begin a {@link scale}. */
export const scaleStart: Predicate = scaleNoun.or(scaleAbbreviation);

/** "тысяч", "миллиона", "млн", "тыс.". */
export const scale = alt(seq(scaleNoun), seq(scaleAbbreviation, opt(dot)));

/** An amount whose first digits, when no scale follows them, pass `first` (see {@link amount}). */
export const amountOf = (first: Predicate): Pattern =>
  alt(
    seq(alt(first, dottedThousands), opt(seq(scale, opt(alt(seq(digits, scale), hundreds))))),
    repeat(alt(numberWord, scale), 1, 8),
    seq(alt(digits, dottedThousands), scale, repeat(alt(numberWord, scale), 1, 6)),
    // "девять миллионов 137 тысяч": words, then digits with a smaller scale (readAmount checks the order)
    seq(repeat(alt(numberWord, scale), 0, 6), scale, digits, scale),
  );

/** A number with its scale: "187", "8,1 млн", "2 млрд 300 млн", "сто двадцать пять тысяч", "миллиона". */
export const amount: Pattern = amountOf(digits);

// units kept inside a number's span (see `measure`), and what can begin one
const measureModifier = lemma(...MEASURE_MODIFIERS).and(gram('ADJF'));
const measureModifierAbbreviation = word(...MEASURE_MODIFIER_ABBREVIATIONS);
const measureWord = custom('measure', (ctx, i) => ctx.tokens[i]?.kind === 'word' && isMeasureAt(ctx, i));
const measureAbbreviation = surface(new RegExp(`^(?:${MEASURE_ABBREVIATIONS.join('|')})$`));
const measureStart = measureModifier.or(measureModifierAbbreviation).or(measureWord).or(measureAbbreviation);

/**
 * Digits right before an amount of time ("в 2019 году", "5 лет", "2 и 3 года"), with no unit of
 * measure after them: `countable` rejects every count that ends there (its first test), so the
 * count rule does not match them at all. Asked once per token, it saves making and rejecting a
 * match at one number in three (~5,000 a RuREBus pass).
 */
const notBeforeTime = custom(
  'not before an amount of time',
  (ctx, i) => !isTimeAmount(ctx, i + 1) || measureStart.test(ctx, i + 1) !== false,
);

/** The amount of a count (`number/cardinal`): {@link amount} without digits alone before an amount of time. */
export const countAmount: Pattern = amountOf(digits.and(notBeforeTime));

/** A round-count noun or a scale ("десятки", "сотни", "тысячи", "дюжина"), maybe after "несколько". */
const roundNoun = alt(
  seq(lemma(...Object.keys(ROUND_NOUNS), ...Object.keys(SCALES), 'десятка').and(gram('NOUN'))),
  seq(word(...Object.keys(ROUND_NOUNS))),
  seq(word(...Object.keys(SCALE_ABBREVIATIONS)), opt(dot)),
);
/** "несколько тысяч", "десятки миллионов", "сотни", "более десятка": an approximate count. */
export const roundCount: Pattern = seq(opt(lemma(...FEW).as('few')), roundNoun.as('round'), opt(scale.as('scale')));

const dash = punct('-');

/** A range whose second amount is `b`. */
const rangeTo = (b: Pattern): Pattern =>
  alt(seq(word('от').as('from'), amount.as('a'), word('до'), b.as('b')), seq(amount.as('a'), dash, b.as('b')));

/** "от 100 до 300", "8-10", "1,5-2,1". */
export const range: Pattern = rangeTo(amount);

/** The range of a count (`number/range`): {@link range} without an end of digits alone before an amount of time ("2019-2020 годы", "5-7 лет"). */
export const countRange: Pattern = rangeTo(countAmount);

/** A figure: one amount or a range. */
export const figure: Pattern = alt(amount.as('a'), range);

/** "около", "не менее", "более чем на", "почти". */
export const qualifier: Pattern = seq(
  alt(span(qualifierWordMatcher), span(qualifierPhraseMatcher)).as('q'),
  opt(word('на', 'в')),
);

/** Units kept inside a number's span: "км", "квадратных километров", "кв. м". */
export const measure: Pattern = seq(
  opt(alt(measureModifier, seq(measureModifierAbbreviation, opt(dot)))),
  alt(measureWord, seq(measureAbbreviation, opt(dot))),
);

/** A currency name or sign: "рублей", "долларов США", "руб.", "$". */
export const currency: Pattern = span(currencyMatcher).as('cur');

/** "%", "процентов", "проц.", "процентных пункта". */
export const percentSign: Pattern = alt(
  seq(punct('%'), opt(lemma('процент').and(gram('NOUN')))),
  seq(lemma('процент').and(gram('NOUN'))),
  seq(word('проц'), opt(dot)),
  seq(lemma('процентный').and(gram('ADJF')), opt(lemma('пункт'))),
);

// ---- reading the values --------------------------------------------------------------------

/**
 * Reads the amount in tokens `[from, to)`: digits with scales ("2 млрд 300 млн"), or number
 * words ("сто двадцать пять тысяч"). Null when the words do not form a number.
 */
export function readAmount(ctx: DocContext, from: number, to: number): { value: Decimal; scaled: boolean } | null {
  let total: Decimal | null = null;
  let cur: Decimal | null = null;
  let scaled = false;
  let lastScale = 0;
  const words: ({ scale: number } | { unit: number })[] = [];
  for (let i = from; i < to; i++) {
    const tok = ctx.tokens[i];
    if (!tok || tok.text === '.') continue;
    if (tok.kind === 'number' || tok.kind === 'other') {
      if (cur) return null;
      cur = parseDigits(tok.text);
      if (!cur) return null;
      continue;
    }
    const s = scaleAt(ctx, i);
    if (s && cur) {
      const part = scaleBy(cur, s);
      total = total ? add(total, part) : part;
      cur = null;
      scaled = true;
      lastScale = s;
      continue;
    }
    if (s) {
      words.push({ scale: s });
      scaled = true;
      continue;
    }
    const v = cardinalAt(ctx, i);
    if (v === null) return null;
    words.push({ unit: v });
  }
  if (words.length) {
    const w = composeWords(words);
    if (!w) return null;
    // "1,5 тысячи триста": digits then words are not a number
    if (total && cur) return null;
    total = total ? add(total, w) : w;
  }
  // "10 тысяч 654": only hundreds may follow a scale, and only thousands
  if (cur && total && (lastScale !== 1e3 || toNumber(cur) >= 1e3)) return null;
  if (cur) total = total ? add(total, cur) : cur;
  return total ? { value: total, scaled } : null;
}

function add(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  const big = (d: Decimal): bigint => BigInt(d.digits) * 10n ** BigInt(d.exp - exp);
  return { digits: (big(a) + big(b)).toString(), exp };
}

/** The value of a figure (`a`, or the range `a`..`b`), with the scale of `b` carried to a bare `a` ("от 3 до 5 тыс."). */
export function readFigure(m: MatchView): number | { min: number; max: number } | null {
  const a = m.part('a');
  if (!a) return null;
  const av = readAmount(m.ctx, a.from, a.to);
  if (!av) return null;
  const b = m.part('b');
  if (!b) return toNumber(av.value);
  const bv = readAmount(m.ctx, b.from, b.to);
  if (!bv) return null;
  let min = toNumber(av.value);
  const max = toNumber(bv.value);
  if (!av.scaled && bv.scaled) {
    const s = scaleOf(m.ctx, b.from, b.to);
    if (s > 1 && min * s <= max) min = toNumber(scaleBy(av.value, s));
  }
  return min < max ? { min, max } : null;
}

function scaleOf(ctx: DocContext, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const s = scaleAt(ctx, i);
    if (s) return s;
  }
  return 1;
}

/** One side of a range, read alone. */
export function readPart(m: MatchView, name: string): number | null {
  const p = m.part(name);
  const v = p ? readAmount(m.ctx, p.from, p.to) : null;
  return v ? toNumber(v.value) : null;
}

/**
 * The value of a round count: "несколько тысяч" and "десятки" give a range (2..9 of the unit),
 * "дюжина" or "более десятка" one number.
 */
export function readRound(m: MatchView): number | { min: number; max: number } | null {
  const r = m.part('round');
  if (!r) return null;
  const sp = m.part('scale');
  const scale = sp ? scaleAt(m.ctx, sp.from) || 1 : 1;
  const abbr = scaleAt(m.ctx, r.from);
  // "тыс." alone is not a count; "несколько тыс." is
  if (SCALE_ABBREVIATIONS[m.ctx.folded(r.from)] && !m.has('few')) return null;
  const noun = roundNounAt(m.ctx, r.from);
  const base = noun?.value ?? abbr;
  if (!base) return null;
  // "более десятка", "около тысячи": a qualifier wants the genitive singular
  const plural = noun?.plural === true && !(m.has('q') && m.ctx.parses(r.from).some((p) => p.number === 'sing'));
  if (m.has('few') || plural) return { min: 2 * base * scale, max: 9 * base * scale };
  if (!noun) return null; // "тыс." alone is not a number
  return base * scale;
}

export const qualifierOf = (m: MatchView): Qualifier => (m.part('q')?.value as Qualifier | undefined) ?? 'exact';
export const currencyOf = (m: MatchView): CurrencyHit | null =>
  (m.part('cur')?.value as CurrencyHit | undefined) ?? null;
