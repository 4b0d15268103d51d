import type { DocContext } from '../../engine/index.js';
import type { Parse } from '../../morph/types.js';
import { likely } from '../../context/index.js';
import { CARDINALS, COLLECTIVES, FRACTIONS, ROUND_NOUNS, SCALE_ABBREVIATIONS, SCALES } from '../../lexicon/numerals.js';

/**
 * A decimal kept exactly as written ("8,1" = 81 * 10^-1), so that scaling by "млн" gives
 * 8100000 and not 8099999.999999999.
 */
export interface Decimal {
  readonly digits: string;
  readonly exp: number;
}

export const dec = (n: number): Decimal => {
  const s = String(n);
  const [int = '0', frac = ''] = s.split('.');
  return { digits: (int + frac).replace(/^0+(?=\d)/, ''), exp: -frac.length };
};

export const toNumber = (d: Decimal): number => Number(`${d.digits}e${d.exp}`);

/** `d` times a power of ten (a scale: 1e3, 1e6, ...); other factors go through floats. */
export function scaleBy(d: Decimal, factor: number): Decimal {
  const p = Math.log10(factor);
  if (Number.isInteger(p)) return { digits: d.digits, exp: d.exp + p };
  return dec(toNumber(d) * factor);
}

/**
 * Reads a number token: "1 500", "1,5", "12.5", "61 038". A comma is the decimal mark in
 * Russian; a single dot too; spaces (any kind) group thousands.
 */
export function parseDigits(text: string): Decimal | null {
  const t = text.replace(/[\s\u00a0\u2009\u202f]/g, '');
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(t);
  if (m) {
    const frac = m[2] ?? '';
    return { digits: ((m[1] ?? '') + frac).replace(/^0+(?=\d)/, ''), exp: -frac.length };
  }
  // "1.500.000": dots that group thousands
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(t)) return { digits: t.replace(/\./g, '').replace(/^0+(?=\d)/, ''), exp: 0 };
  return null;
}

/** Value of a scale token ("тысяч", "млн", "тыс"), or 0. */
export function scaleAt(ctx: DocContext, i: number): number {
  const tok = ctx.tokens[i];
  if (!tok || tok.kind !== 'word') return 0;
  const abbr = SCALE_ABBREVIATIONS[ctx.folded(i)];
  if (abbr) return abbr;
  for (const p of ctx.parses(i)) if (p.pos === 'NOUN' && SCALES[p.lemma]) return SCALES[p.lemma] ?? 0;
  return 0;
}

/**
 * The reading of a cardinal or collective number word ("двух", "трое", "одну"), if the word has
 * one: a test of the word alone. Ordinals ("первые", "второй") have the cardinal's lemma but none.
 */
export function cardinalReading(ctx: DocContext, i: number): Parse | undefined {
  if (ctx.tokens[i]?.kind !== 'word') return undefined;
  // "один" is a pronoun-like adjective in OpenCorpora
  return ctx
    .parses(i)
    .find(
      (p) =>
        (p.pos === 'NUMR' && (CARDINALS[p.lemma] ?? COLLECTIVES[p.lemma]) !== undefined) ||
        (p.lemma === 'один' && p.grammemes.has('Apro')),
    );
}

/** Value of a cardinal or collective number word ("двух" -> 2, "трое" -> 3), or null. */
export function cardinalAt(ctx: DocContext, i: number): number | null {
  const tok = ctx.tokens[i];
  const num = cardinalReading(ctx, i);
  if (!tok || !num) return null;
  const ps = ctx.parses(i);
  // "семью" is "family" unless a noun in its case follows ("семью днями"); a lower-case "сто"
  // is not the abbreviation СТО
  const lower = tok.text === tok.text.toLowerCase();
  const top = ps.find((p) => !(lower && p.grammemes.has('Abbr')));
  if (top && top.pos === 'NOUN' && top.score > num.score) {
    const next = ctx.tokens[i + 1]?.kind === 'word' ? likely(ctx, i + 1) : [];
    if (!next.some((p) => p.pos === 'NOUN' && p.case === num.case)) return null;
  }
  return num.lemma === 'один' ? 1 : (CARDINALS[num.lemma] ?? COLLECTIVES[num.lemma] ?? null);
}

/** Value of a round-count noun ("десятки" -> 10, "сотен" -> 100), with whether it is plural. */
export function roundNounAt(ctx: DocContext, i: number): { value: number; plural: boolean } | null {
  // "полмиллиарда", "полтысячи": az's lemmas vary, the written form does not
  const half = ROUND_NOUNS[ctx.folded(i)];
  if (half !== undefined && ctx.folded(i).startsWith('пол')) return { value: half, plural: false };
  for (const p of ctx.parses(i)) {
    if (p.pos !== 'NOUN') continue;
    const lemma = p.lemma === 'десятка' && p.number === 'plur' ? 'десяток' : p.lemma;
    if (lemma.startsWith('пол') && ROUND_NOUNS[lemma] !== undefined)
      return { value: ROUND_NOUNS[lemma] ?? 0, plural: false };
    const v = ROUND_NOUNS[lemma] ?? (p.number === 'plur' ? SCALES[lemma] : undefined);
    if (v !== undefined) return { value: v, plural: p.number === 'plur' };
  }
  return null;
}

/** Denominator of a fraction noun ("трети" -> 3), or null. */
export function fractionAt(ctx: DocContext, i: number): number | null {
  for (const p of ctx.parses(i)) if (p.pos === 'NOUN' && FRACTIONS[p.lemma]) return FRACTIONS[p.lemma] ?? null;
  return null;
}

const magnitude = (v: number): number => (v >= 100 ? 3 : v >= 20 ? 2 : 1);

/**
 * Composes number words and scales read left to right: "сто двадцать пять" -> 125,
 * "две тысячи триста" -> 2300, "полтора миллиона" -> 1500000. Returns null when the order is
 * not a number ("пять два", "тысяча тысяч").
 */
export function composeWords(items: readonly ({ scale: number } | { unit: number })[]): Decimal | null {
  let total = 0;
  let cur = 0;
  let lastMag = 4;
  let lastScale = Infinity;
  let fractional = false;
  for (const it of items) {
    if ('scale' in it) {
      if (it.scale >= lastScale) return null;
      total += (cur === 0 ? 1 : cur) * it.scale;
      lastScale = it.scale;
      cur = 0;
      lastMag = 4;
    } else {
      const mag = magnitude(it.unit);
      if (mag >= lastMag || fractional || (lastMag === 2 && it.unit >= 10)) return null;
      if (!Number.isInteger(it.unit)) fractional = true;
      cur += it.unit;
      lastMag = mag;
    }
  }
  return dec(total + cur);
}
