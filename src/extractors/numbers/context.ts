/**
 * What the words around a figure say about it: a label ("ст. 12", "№ 5"), a code ("123-45-67",
 * "6:4"), a year, a duration or age ("два года", "38 лет"). The counted noun that becomes the
 * figure's unit ("187 заявок" -> "заявка") is read by `countedNoun` in src/context.
 */
import type { DocContext } from '../../engine/index.js';
import {
  LABEL_ABBREVIATIONS,
  LABEL_FOLLOWERS,
  LABEL_NOUNS,
  MEASURE_ABBREVIATIONS,
  MEASURES,
  TIME_ABBREVIATIONS,
  TIME_UNITS,
} from '../../lexicon/numerals.js';
import { lexiconLemmas, likely } from '../../context/index.js';
import { gluedDotAfter, isDash } from './matchers.js';

const LABEL_ABBR = new Set(LABEL_ABBREVIATIONS);
const NUMBER_SIGNS = new Set(['№', 'n', 'no', 'nr']);
const FOLLOWERS = new Set(LABEL_FOLLOWERS);
const TIME_ABBR = new Set(TIME_ABBREVIATIONS);
const MEASURE_ABBR = new Set(MEASURE_ABBREVIATIONS);

const hasNoun = (ctx: DocContext, i: number, set: ReadonlySet<string>): boolean =>
  likely(ctx, i).some((p) => p.pos === 'NOUN' && set.has(p.lemma));

const isNumberTok = (ctx: DocContext, i: number): boolean => ctx.tokens[i]?.kind === 'number';
const glued = (ctx: DocContext, i: number): boolean => ctx.tokens[i]?.spaceBefore === false;
const textAt = (ctx: DocContext, i: number): string => ctx.tokens[i]?.text ?? '';

/**
 * True when number token `i` is part of a code rather than a quantity: a phone number or
 * identifier ("123-45-67", "+7", "(495) 123"), a score or time ("6:4", "12:30"), a fraction
 * or a path ("1/8", "24/7").
 */
export function isCodePart(ctx: DocContext, i: number): boolean {
  const prev = textAt(ctx, i - 1);
  const next = textAt(ctx, i + 1);
  const score = (prev === ':' || next === ':') && isScore(ctx, i);
  if (
    glued(ctx, i) &&
    (prev === ':' || prev === '/' || prev === '+' || prev === '.') &&
    (prev === '+' || isNumberTok(ctx, i - 2)) &&
    !score
  )
    return true;
  if (glued(ctx, i + 1) && (next === ':' || next === '/') && isNumberTok(ctx, i + 2) && glued(ctx, i + 2) && !score)
    return true;
  if (prev === '(' && next === ')' && isNumberTok(ctx, i + 2)) return true;
  // a chain of three or more numbers joined by glued dashes
  let left = i;
  while (isDash(textAt(ctx, left - 1)) && glued(ctx, left - 1) && glued(ctx, left) && isNumberTok(ctx, left - 2))
    left -= 2;
  let right = i;
  while (
    isDash(textAt(ctx, right + 1)) &&
    glued(ctx, right + 1) &&
    glued(ctx, right + 2) &&
    isNumberTok(ctx, right + 2)
  )
    right += 2;
  return right - left >= 4;
}

/** "со счётом 2:1", "7:6, 7:5, 2:6": a score, whose numbers NEREL counts. */
function isScore(ctx: DocContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 16; j--) {
    const t = ctx.tokens[j];
    if (!t || t.newlineBefore) return false;
    if (t.kind === 'word') {
      if (ctx.lemmas(j).includes('счет')) return true;
      if (j < i - 3) return false;
    } else if (t.kind !== 'number' && t.text !== ':' && t.text !== ',' && t.text !== '(') return false;
  }
  return false;
}

/** The token before `from`, skipping an abbreviation's dot ("ст. 12" -> "ст"). */
function before(ctx: DocContext, from: number): number {
  const p = from - 1;
  return textAt(ctx, p) === '.' && glued(ctx, p) && ctx.tokens[p - 1]?.kind === 'word' ? p - 1 : p;
}

/** "ст. 12", "статьи 105", "№ 5", "части 2": the number names something. */
export function isLabelled(ctx: DocContext, from: number, to: number): boolean {
  const b = before(ctx, from);
  const tok = ctx.tokens[b];
  if (tok) {
    const f = ctx.folded(b);
    if (tok.kind === 'symbol' && f === '№') return true;
    if (tok.kind === 'word') {
      // short abbreviations need their dot ("п. 3", not the preposition "с"), except number signs
      if (LABEL_ABBR.has(f) && (b !== from - 1 || f.length > 2 || NUMBER_SIGNS.has(f))) return true;
      if (hasNoun(ctx, b, lexiconLemmas(ctx.morph, LABEL_NOUNS))) return true;
    }
  }
  const n = to < ctx.tokens.length && isDash(textAt(ctx, to)) && glued(ctx, to) ? to + 1 : to;
  return ctx.tokens[n]?.kind === 'word' && FOLLOWERS.has(ctx.folded(n));
}

/**
 * "два года", "10 дней", "38 лет", "10 ноября", "2025 г.": the number belongs to a date, time
 * or age. Looks past a list or range of numbers ("с 5 по 12 сентября", "2-3 года", "в 1993 и
 * 2003 годах").
 */
export function isTimeAmount(ctx: DocContext, to: number): boolean {
  let w = to;
  for (let k = 0; k < 6; k++) {
    const f = ctx.folded(w);
    const joins = isDash(textAt(ctx, w)) || f === 'по' || f === 'и' || f === 'или' || f === 'до' || f === ',';
    if (
      joins &&
      (isNumberTok(ctx, w + 1) ||
        (ctx.tokens[w + 1]?.kind === 'word' && likely(ctx, w + 1).some((p) => p.pos === 'NUMR')))
    )
      w += 2;
    else break;
  }
  // "« 23 » января"
  if (/^[»"”']$/.test(textAt(ctx, w))) w++;
  if (ctx.tokens[w]?.kind !== 'word') return false;
  // "два календарных года", "пять полных лет"
  if (
    likely(ctx, w).some((p) => p.pos === 'ADJF') &&
    !likely(ctx, w).some((p) => p.pos === 'NOUN') &&
    ctx.tokens[w + 1]?.kind === 'word'
  )
    w++;
  const f = ctx.folded(w);
  if (TIME_ABBR.has(f) && (gluedDotAfter(ctx, w) || f === 'гг')) return true;
  return hasNoun(ctx, w, lexiconLemmas(ctx.morph, TIME_UNITS));
}

/** A bare year: "в 2025", "2015-2020" (when no counted noun follows). */
export function isYearLike(text: string): boolean {
  if (!/^\d{4}$/.test(text)) return false;
  const y = Number(text);
  return y >= 1800 && y <= 2100;
}

/** A unit of measure at token `i` (kept inside a number's span). */
export function isMeasureAt(ctx: DocContext, i: number): boolean {
  const tok = ctx.tokens[i];
  if (!tok) return false;
  if (tok.kind === 'other' || tok.kind === 'word') {
    if (MEASURE_ABBR.has(tok.text)) return true;
    if (tok.kind === 'word' && tok.text === tok.text.toLowerCase())
      return hasNoun(ctx, i, lexiconLemmas(ctx.morph, MEASURES));
  }
  return false;
}
