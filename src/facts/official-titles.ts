/**
 * A row of titles of one person between a name and an office, for the links of
 * `official-links.ts`: "Дарья Жукова — дизайнер, основатель и [директор Центра]", "[актриса],
 * режиссёр и сценарист, фотомодель — Анджелина Джоли". The titles are offices found or common
 * nouns for a person in the nominative, each with its adjectives and its tail.
 */
import { ADDRESS, KINSHIP } from '../lexicon/officials.js';
import { AGE, CLOSE, DASHES, NOT_TAIL, parenthesis, personNoun, text, type GapView } from './official-gaps.js';

const SEPARATORS = new Set([',', 'и']);
/** Prepositions inside a title's tail: "теоретик сценического мастерства", "актёр театра [и] кино", "посол [в] России". */
const TAIL_PREPOSITIONS = new Set(['по', 'в', 'во', 'на', 'при', 'из', 'для', 'от']);

/** An adjective or an age before a title's head: "американский", "заслуженный", "57-летний". */
function modifier(g: GapView, i: number): boolean {
  if (AGE.test(text(g, i))) return true;
  if (g.cover(i) !== 'none' && g.cover(i) !== 'tail') return false;
  // a possessive is no adjective of a title: "певицы и [её] коллега по группе"
  const ps = g.ctx.parses(i);
  if (ps.some((p) => p.grammemes.has('Apro') || p.pos === 'NPRO')) return false;
  return ps.some((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.case === 'nomn');
}

/** The head of a title: an office found, or a known common noun for a person in the nominative (not kin, not an address). */
function head(g: GapView, i: number): boolean {
  if (g.cover(i) === 'position') return true;
  if (g.cover(i) !== 'none') return false;
  const ps = g.ctx.parses(i);
  if (ps.some((p) => NOT_TAIL.has(p.pos) || KINSHIP.has(p.lemma) || ADDRESS.has(p.lemma))) return false;
  return ps.some((p) => p.known && personNoun(p) && p.case === 'nomn');
}

/** Cases of a tail word; the accusative is left out, as an inanimate nominative reads the same ("заслуженный"). */
const OBLIQUE = new Set(['gent', 'datv', 'ablt', 'loct']);

/** A word of a title's tail: a noun or adjective in an oblique case, a place or an organisation, a quote, a number. */
function tailWord(g: GapView, i: number): boolean {
  const t = text(g, i);
  if (g.cover(i) === 'tail' || CLOSE.has(t) || t === '«' || /^\d/u.test(t)) return true;
  if (TAIL_PREPOSITIONS.has(g.ctx.folded(i))) return true;
  if (g.cover(i) !== 'none') return false;
  return g.ctx
    .parses(i)
    .some(
      (p) => p.pos === 'LATN' || ((p.pos === 'NOUN' || p.pos === 'ADJF') && p.case !== null && OBLIQUE.has(p.case)),
    );
}

/** One title from `i`: adjectives, a head (all of an office found) and a tail; the index after it, or -1. */
function title(g: GapView, i: number, to: number): number {
  while (i < to && modifier(g, i) && !head(g, i)) i++;
  if (i >= to || !head(g, i)) return -1;
  if (g.cover(i) === 'position') while (i < to && g.cover(i) === 'position') i++;
  else i++;
  for (;;) {
    const p = parenthesis(g, i);
    if (p > 0 && p <= to) i = p;
    else if (i < to && SEPARATORS.has(text(g, i)) && title(g, i + 1, to) < 0 && i + 1 < to && tailWord(g, i + 1)) i++;
    else if (i < to && !SEPARATORS.has(text(g, i)) && tailWord(g, i)) i++;
    else return i;
  }
}

/**
 * From `from`, titles joined by commas and "и" up to `to`, and then, when `open`, a last
 * separator and adjectives of the office that follows ("— российский актёр театра и кино,
 * [заслуженный] артист"). At least one title.
 */
function titles(g: GapView, from: number, to: number, open: boolean): boolean {
  let i = from;
  let n = 0;
  for (;;) {
    const next = title(g, i, to);
    if (next < 0) break;
    n++;
    i = next;
    if (i === to) return !open;
    if (!SEPARATORS.has(text(g, i))) return false;
    i++;
    if (g.ctx.folded(i - 1) === ',' && g.ctx.folded(i) === 'а' && g.ctx.folded(i + 1) === 'также') i += 2;
  }
  if (!open || n === 0 || !SEPARATORS.has(text(g, i - 1))) return false;
  for (; i < to; i++) if (!modifier(g, i)) return false;
  return true;
}

/** The office after the row is in the nominative, as the titles are. */
const nominativeOffice = (g: GapView): boolean => g.ctx.parses(g.to).some((p) => p.case === 'nomn' || p.case === null);

/** "Дарья Жукова — дизайнер, основатель и [директор Центра]": a dash or comma after the name, titles, the office. */
export function titlesAfterName(g: GapView): boolean {
  const sep = text(g, g.from);
  if (!DASHES.has(sep) && sep !== ',') return false;
  return nominativeOffice(g) && titles(g, g.from + 1, g.to, true);
}

/** "[актриса], режиссёр и сценарист, фотомодель — Анджелина Джоли": the office, titles, maybe a dash, the name. */
export function titlesBeforeName(g: GapView): boolean {
  if (!SEPARATORS.has(text(g, g.from))) return false;
  const end = DASHES.has(text(g, g.to - 1)) ? g.to - 1 : g.to;
  return end > g.from + 1 && titles(g, g.from + 1, end, false);
}
