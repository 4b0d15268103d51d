/** Ranges: "с 1 по 5 июля", "1–5 июля 2025 г.", "с 2013 по 2017 год", "2024–2025 годы", "с мая по сентябрь". */
import { alt, opt, rule, seq, tok, word, type MatchView } from '../../../engine/index.js';
import { dayMonth, monthYear, readAnchor, yearCore, yearTail } from '../cores.js';
import { dash, dayNum, leadingNumber, monthWord } from '../parts.js';
import type { Anchor, Calendar, DateParse } from '../types.js';
import { extend } from '../../../engine/objects.js';

const from = tok(word('с', 'со', 'от', 'между')).as('prep');
const sep = alt(tok(dash), tok(word('по', 'до', 'и', 'на')).as('sep'));

/** Fields a range states once count for both ends: "с 1 по 5 июля" -> 1 July. */
function inherit(a: Calendar, b: Calendar): Calendar {
  const out: Calendar = { ...a };
  if (out.day !== undefined && out.month === undefined && b.month !== undefined) out.month = b.month;
  if (out.month !== undefined && out.year === undefined && out.yearShift === undefined && !out.yearFromText) {
    if (b.year !== undefined) out.year = b.year;
    if (b.yearShift !== undefined) out.yearShift = b.yearShift;
    if (b.yearFromText) out.yearFromText = true;
    // "с декабря по март" crosses the new year
    if (out.month !== undefined && b.month !== undefined && out.month > b.month) {
      if (out.year !== undefined) out.year -= 1;
      else if (out.yearShift !== undefined) out.yearShift -= 1;
    }
  }
  return out;
}

const key = (c: Calendar): number => (c.year ?? 0) * 10000 + (c.month ?? 0) * 100 + (c.day ?? 0);

function range(m: MatchView): DateParse | null {
  const sepWord = m.part('sep') ? m.ctx.folded(m.part('sep')!.from) : '-';
  const prepWord = m.part('prep') ? m.ctx.folded(m.part('prep')!.from) : '';
  if ((sepWord === 'и') !== (prepWord === 'между')) return null;
  if (sepWord === 'на' && prepWord !== 'с' && prepWord !== 'со') return null; // "в ночь с 11 на 12 сентября"
  if (!prepWord && sepWord !== '-') return null;
  const to = readAnchor(m, 'b.');
  if (!to || to.t !== 'calendar') return null;
  let start: Anchor | null;
  if (m.has('a.day') && !m.has('a.month')) {
    const d = leadingNumber(m.part('a.day')?.text ?? '');
    if (d === undefined || to.cal.day === undefined) return null;
    start = { t: 'calendar', cal: extend(to.cal, { day: d }) };
  } else start = readAnchor(m, 'a.');
  if (!start || start.t !== 'calendar') return null;
  const a = inherit(start.cal, to.cal);
  // ends of different shapes ("2013" .. "5 мая") are fine; a range must go forward
  if (
    a.year !== undefined &&
    to.cal.year !== undefined &&
    key(a) >= key(to.cal) &&
    (a.day !== undefined) === (to.cal.day !== undefined)
  )
    return null;
  if (a.day !== undefined && to.cal.day !== undefined && a.month === to.cal.month && a.day >= to.cal.day) return null;
  // two bare numbers with a dash and no "годы" must look like years, not amounts ("1000–2000 рублей")
  if (!m.tokens.some((_, k) => m.ctx.lemmas(m.from + k).includes('год')) && !m.has('b.month') && !m.has('a.month')) {
    const next = m.ctx.tokens[m.to];
    if ((a.year ?? 0) < 1800 || (to.cal.year ?? 0) > 2100) return null;
    const top = m.ctx.parses(m.to)[0];
    if (
      next &&
      next.kind === 'word' &&
      !/^\p{Lu}/u.test(next.text) &&
      top &&
      (top.pos === 'NOUN' || top.pos === 'ADJF')
    )
      return null;
  }
  return { role: 'range', from: { t: 'calendar', cal: a }, to };
}

export const dayRangeRule = rule<DateParse>({
  id: 'date/day-range',
  examples: [
    'с 1 по 5 июля',
    '1–5 июля 2025 г',
    'с 11 на 12 сентября',
    'с 10 по 21 апреля 2016 года',
    '27-28 ноября',
    'с 5 по 12 сентября этого года',
  ],
  pattern: seq(
    opt(from),
    tok(dayNum).as('a.day'),
    sep,
    tok(dayNum).as('b.day'),
    tok(monthWord).as('b.month'),
    opt(yearTail('b.')),
  ),
  interpret: range,
});

export const rangeRule = rule<DateParse>({
  id: 'date/range',
  examples: [
    '2024–2025 годы',
    'с 2013 по 2017 год',
    'в 2001-2002 годах',
    'с сентября 2011 по апрель 2012',
    'с 1 июля по 5 августа 2025 года',
    'с мая по сентябрь',
    'между 2010 и 2012 годами',
    '2004—2009',
  ],
  pattern: seq(
    opt(alt(from, tok(word('в', 'во', 'на', 'за')).as('prep0'))),
    alt(dayMonth('a.'), monthYear('a.'), yearCore('a.', true)),
    sep,
    alt(dayMonth('b.'), monthYear('b.'), yearCore('b.', true)),
  ),
  interpret: (m) => {
    if (m.has('prep0') && m.has('sep')) return null; // "в 2001 по ..." is not a range form
    return range(m);
  },
});

export const RANGE_RULES = [dayRangeRule, rangeRule];
