import { isValidDay } from '../../pipeline/header.js';
import { MONTHS } from '../../lexicon/calendar.js';
import { kind, lemma, opt, rule, seq, surface, word, type MatchView } from '../../engine/index.js';

/** What a date rule yields before the extractor resolves it against `publishedAt`. */
export interface DateParse {
  year?: number;
  month?: number;
  day?: number;
}

const monthNumber = (m: MatchView, name: string): number | undefined => {
  const l = m.part(name)?.parses.find((p) => (MONTHS as readonly string[]).includes(p.lemma))?.lemma;
  const i = l ? (MONTHS as readonly string[]).indexOf(l) : -1;
  return i >= 0 ? i + 1 : undefined;
};

const dayNumber = kind('number').and(surface(/^(?:[1-9]|[12]\d|3[01])$/));
const yearNumber = kind('number').and(surface(/^(?:1[89]\d\d|20\d\d|2100)$/));
const yearWord = seq(lemma('год'), opt(word('.')));
const yearAbbr = seq(word('г', 'гг'), opt(word('.')));

export const isoDate = rule<DateParse>({
  id: 'date/iso',
  examples: ['2025-11-10'],
  pattern: kind('date').and(surface(/^\d{4}-\d{2}-\d{2}$/)),
  interpret: (m) => {
    if (!isValidDay(m.text)) return null;
    const [y, mo, d] = m.text.split('-').map(Number);
    return { year: y!, month: mo!, day: d! };
  },
});

export const numericDate = rule<DateParse>({
  id: 'date/numeric',
  examples: ['10.11.2025'],
  pattern: kind('date').and(surface(/^\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})?$/)),
  interpret: (m) => {
    const [d, mo, y0] = m.text.split('.').map(Number);
    const y = y0! < 100 ? 2000 + y0! : y0!;
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return isValidDay(iso) ? { year: y, month: mo!, day: d! } : null;
  },
});

export const dayMonthYear = rule<DateParse>({
  id: 'date/day-month-year',
  examples: ['10 ноября 2025 года', '10 ноября', '1 июля 2025 г.'],
  pattern: seq(
    seq(dayNumber).as('day'),
    seq(lemma(...MONTHS)).as('month'),
    opt(seq(seq(yearNumber).as('year'), opt(yearWord.as('yw')), opt(yearAbbr))),
  ),
  interpret: (m) => {
    const month = monthNumber(m, 'month');
    const day = Number(m.part('day')?.text);
    const yearText = m.part('year')?.text;
    if (!month) return null;
    return yearText ? { year: Number(yearText), month, day } : { month, day };
  },
});

export const yearOnly = rule<DateParse>({
  id: 'date/year',
  examples: ['2025 года', '2025 г.'],
  pattern: seq(seq(yearNumber).as('year'), yearWord.as('yw')),
  interpret: (m) => ({ year: Number(m.part('year')?.text) }),
});

export const DATE_RULES = [isoDate, numericDate, dayMonthYear, yearOnly];
