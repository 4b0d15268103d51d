/** Full dates: a day of a month, with or without the year, numeric or written. */
import { isValidDay } from '../../../lexicon/calendar.js';
import { alt, glued, kind, opt, punct, rule, seq, surface, tok, word, type MatchView } from '../../../engine/index.js';
import { dayMonth } from '../cores.js';
import { dayNum, withPrep, readCalendar, relAdj, roleOfPrep, weekdayWord, yearNum, yearWord } from '../parts.js';

/** A month written as a number between a day and a year: "21 10 2016". */
const monthNum = kind('number').and(surface(/^(?:0?[1-9]|1[0-2])$/));
import type { DateParse } from '../types.js';

/** After "в ночь на" the span starts after "на". */
export function afterNightPrep(m: MatchView): { start: number; end: number } | undefined {
  const p = m.part('prep');
  if (!p || m.ctx.folded(p.from) !== 'на' || !m.ctx.lemmas(p.from - 1).includes('ночь')) return undefined;
  const next = m.ctx.tokens[p.to];
  return next ? { start: next.start, end: m.end } : undefined;
}

/**
 * "от 21 декабря 2021 г.": the date of an act keeps the dot of its "г." (the abbreviation's: "№"
 * or the title follows). Elsewhere the span ends at "г", as NEREL marks it: a match with the dot
 * is rejected, and the one without it taken.
 */
const abbreviationDot = tok(punct('.').and(glued())).as('dot');
function dotAllowed(m: MatchView): boolean {
  if (!m.has('dot')) return true;
  return m.ctx.folded(m.from) === 'от' && /^гг?$/.test(m.ctx.tokens[m.to - 2]?.text ?? '');
}

export const isoDate = rule<DateParse>({
  id: 'date/iso',
  examples: ['2025-11-10'],
  pattern: tok(kind('date').and(surface(/^\d{4}-\d{2}-\d{2}$/))).as('a.iso'),
  interpret: (m) => {
    if (!isValidDay(m.text)) return null;
    const [year, month, day] = m.text.split('-').map(Number);
    return { role: 'point', from: { t: 'calendar', cal: { year: year!, month: month!, day: day! } } };
  },
});

export const numericDate = rule<DateParse>({
  id: 'date/numeric',
  examples: ['10.11.2025', 'от 19.07.2016', '01.09.25', 'до 31.12.2025 г', 'от 19.07.2016 г.'],
  pattern: withPrep(
    tok(kind('date').and(surface(/^\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})?$/))).as('a.num'),
    opt(seq(word('г'), opt(abbreviationDot))),
  ),
  interpret: (m) => {
    const [day, month, y0] = (m.part('a.num')?.text ?? '').split('.').map(Number);
    if (day === undefined || month === undefined || y0 === undefined) return null;
    const year = y0 < 100 ? 2000 + y0 : y0;
    if (!isValidDay(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)) return null;
    if (!dotAllowed(m)) return null;
    return { role: roleOfPrep(m), from: { t: 'calendar', cal: { year, month, day } } };
  },
});

export const dayMonthYear = rule<DateParse>({
  id: 'date/day-month-year',
  examples: [
    '10 ноября 2025 года',
    '10 ноября',
    '1 июля 2025 г',
    'с 1-го мая',
    'до 31 декабря',
    'в среду, 15 ноября 2017 года',
    'в пятницу — 1 февраля',
    '5 сентября этого года',
    'от 21 10 2016 года',
    'от 21 декабря 2021 г.',
  ],
  pattern: withPrep(
    opt(seq(opt(tok(relAdj)), tok(weekdayWord).as('a.weekday'), opt(punct(',', '-')))),
    alt(
      dayMonth('a.'),
      seq(tok(dayNum).as('a.day'), tok(monthNum).as('a.mnum'), tok(yearNum).as('a.year'), opt(yearWord)),
    ),
    opt(abbreviationDot),
  ),
  interpret: (m) => {
    const cal = readCalendar(m, 'a.');
    if (!cal || !dotAllowed(m)) return null;
    // "в ночь на 16 октября": the night is a time of day, the date is what follows "на"
    const night = afterNightPrep(m);
    if (night) return { role: 'point', from: { t: 'calendar', cal }, focus: night };
    return { role: roleOfPrep(m), from: { t: 'calendar', cal } };
  },
});

export const ABSOLUTE_RULES = [isoDate, numericDate, dayMonthYear];
