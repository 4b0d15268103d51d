/**
 * The date cores: what can stand after a preposition, after "начало", or at either end of a
 * range. Every core names its parts with a prefix, and `readAnchor` reads any of them back, so
 * the rules only combine cores and say what the combination means.
 */
import { DECADE_WORDS, NUMBER_WORDS } from '../../lexicon/calendar.js';
import {
  alt,
  gnc,
  gram,
  kind,
  lemma,
  opt,
  seq,
  surface,
  tok,
  word,
  type MatchView,
  type Pattern,
} from '../../engine/index.js';
import {
  centuryWord,
  dash,
  dayNum,
  decadeWordOf,
  leadingNumber,
  monthWord,
  ordinal,
  ordinalOf,
  readCalendar,
  relAdj,
  relOf,
  seasonOf,
  seasonWord,
  unitOf,
  unitWord,
  yearNum,
  yearWord,
  yearsWord,
} from './parts.js';
import type { Anchor } from './types.js';

/** "2025 года", "2025 г.", "2005г", "этого года", "того же года". */
export const yearTail = (p: string): Pattern =>
  alt(
    seq(tok(yearNum).as(p + 'year'), opt(yearWord)),
    seq(tok(relAdj).as(p + 'yrel'), opt(word('же')), tok(lemma('год'))),
  );

/** "10 ноября 2025 года", "1-го мая", "10 ноября этого года". */
export const dayMonth = (p: string): Pattern =>
  seq(tok(dayNum).as(p + 'day'), tok(monthWord).as(p + 'month'), opt(yearTail(p)));

/** "ноября 2025 года", "ноябре", "октябре этого года". */
export const monthYear = (p: string): Pattern => seq(tok(monthWord).as(p + 'month'), opt(yearTail(p)));

/** "2025 года", "2025 г."; with `bare` also "2025" and "2017-м". */
export const yearCore = (p: string, bare = false): Pattern =>
  bare ? seq(tok(yearNum).as(p + 'year'), opt(yearWord)) : seq(tok(yearNum).as(p + 'year'), yearWord);

/** "IV квартал 2025 года", "второго квартала". */
export const quarterCore = (p: string): Pattern =>
  seq(tok(ordinal).as(p + 'q'), tok(lemma('квартал')), opt(yearTail(p)));

/** "первое полугодие", "втором полугодии 2025 года". */
export const halfCore = (p: string): Pattern =>
  seq(tok(ordinal).as(p + 'h'), tok(lemma('полугодие')), opt(yearTail(p)));

/** "летом", "этим летом", "осенью прошлого года", "зимой 2010 года". */
export const seasonCore = (p: string): Pattern =>
  seq(opt(tok(relAdj).as(p + 'srel')), tok(seasonWord).as(p + 'season'), opt(yearTail(p)));

/** "XX век", "21 века", "двадцатого века", "прошлого века". */
export const centuryCore = (p: string): Pattern =>
  alt(seq(tok(ordinal).as(p + 'cent'), tok(centuryWord)), seq(tok(relAdj).as(p + 'crel'), tok(centuryWord)));

const decadeToken = kind('other').and(surface(/^(?:\d0|\d{3}0)-(?:е|х|ые|ых|ми|м|ым|ее|его)$/));
const decadeWord = lemma(
  ...['двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'],
  ...Object.keys(DECADE_WORDS),
).and(gram('ADJF', 'plur'));

/** "1980-е", "90-х годов", "70-80-х годов", "сороковых годах XIV века", "1990-х гг.". */
export const decadeCore = (p: string, needYears = false): Pattern =>
  seq(
    alt(
      seq(
        opt(seq(tok(kind('number').and(surface(/^(?:\d0|\d{3}0)$/))).as(p + 'dec1'), dash)),
        tok(decadeToken).as(p + 'dec'),
      ),
      tok(decadeWord).as(p + 'decw'),
    ),
    needYears ? yearsWord : opt(yearsWord),
    opt(centuryCore(p)),
  );

/** "года", "этого месяца", "прошлого века", "текущего столетия", "той же недели". */
export const unitCore = (p: string, needRel = false): Pattern => {
  const r = gnc();
  const rel = seq(
    tok(relAdj)
      .agree(r)
      .as(p + 'rel'),
    opt(word('же')),
  );
  return seq(
    needRel ? rel : opt(rel),
    tok(unitWord.and(gram('sing')))
      .agree(r)
      .as(p + 'unit'),
  );
};

/** Any core that reads as a period of the calendar. */
export const anyCore = (p: string): Pattern =>
  alt(
    dayMonth(p),
    monthYear(p),
    yearCore(p, true),
    quarterCore(p),
    halfCore(p),
    seasonCore(p),
    centuryCore(p),
    decadeCore(p),
    unitCore(p),
  );

const RELATIVE_DAY_ADJ = new Set(['сегодняшний', 'вчерашний', 'завтрашний']);

/**
 * Two-digit decades are the 1900s unless a century says otherwise ("90-х" 1990, "00-х" 2000);
 * in a relative century ("90-х прошлого века") they stay two-digit until resolved.
 */
function decadeOf(
  m: MatchView,
  p: string,
  century: number | undefined,
  inRelativeCentury: boolean,
): number | undefined {
  const tokText = m.part(p + 'dec')?.text;
  let d = tokText ? leadingNumber(tokText) : undefined;
  if (d === undefined) {
    const w = m.part(p + 'decw');
    if (!w) return undefined;
    d = decadeWordOf(m, p + 'decw');
    if (d === undefined) {
      for (const l of m.ctx.lemmas(w.from)) if (NUMBER_WORDS[l] !== undefined) d = NUMBER_WORDS[l];
    }
  }
  if (d === undefined || d % 10 !== 0) return undefined;
  if (d >= 100) return d;
  if (inRelativeCentury) return d;
  if (century !== undefined) return (century - 1) * 100 + d;
  return d === 0 ? 2000 : 1900 + d;
}

/** Reads whatever core parts with prefix `p` the match has into an anchor; null when they make no date. */
export function readAnchor(m: MatchView, p: string): Anchor | null {
  if (m.has(p + 'unit') && !m.has(p + 'year') && !m.has(p + 'month') && !m.has(p + 'q') && !m.has(p + 'h')) {
    const u = unitOf(m, p + 'unit');
    if (!u || u.n !== 1) return null;
    const rel = relOf(m, p + 'rel');
    const relLemma = m.part(p + 'rel')?.lemma ?? '';
    if (rel === null) return { t: 'anaphoric', unit: u.unit };
    if (u.unit === 'day' && rel !== undefined && !RELATIVE_DAY_ADJ.has(relLemma))
      return { t: 'anaphoric', unit: 'day' };
    return { t: 'shift', unit: u.unit, by: rel ?? 0 };
  }
  const cal = readCalendar(m, p);
  if (!cal) return null;
  const q = m.has(p + 'q') ? ordinalOf(m, p + 'q') : undefined;
  if (q !== undefined) {
    if (q < 1 || q > 4) return null;
    cal.quarter = q;
  }
  const h = m.has(p + 'h') ? ordinalOf(m, p + 'h') : undefined;
  if (h !== undefined) {
    if (h < 1 || h > 2) return null;
    cal.half = h;
  }
  const season = seasonOf(m, p + 'season');
  if (season) {
    cal.season = season;
    const srel = relOf(m, p + 'srel');
    if (srel === null) cal.yearFromText = true;
    else if (srel !== undefined && cal.year === undefined) cal.yearShift = srel;
  }
  const century = m.has(p + 'cent') ? ordinalOf(m, p + 'cent') : undefined;
  const crel = relOf(m, p + 'crel');
  if (century !== undefined && (century < 1 || century > 30)) return null;
  if (m.has(p + 'dec') || m.has(p + 'decw')) {
    const relative = century === undefined && typeof crel === 'number';
    const dec = decadeOf(m, p, century, relative);
    if (dec === undefined) return null;
    cal.decade = dec;
    if (relative) cal.centuryShift = crel;
  } else if (century !== undefined) cal.century = century;
  else if (m.has(p + 'crel'))
    return typeof crel === 'number' ? { t: 'shift', unit: 'century', by: crel } : { t: 'anaphoric', unit: 'century' };
  if (!Object.keys(cal).length) return null;
  return { t: 'calendar', cal };
}
