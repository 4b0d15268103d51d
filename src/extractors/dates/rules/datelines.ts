/**
 * Datelines of news agencies and press services: "ИРКУТСК, 26 сен - РИА Новости", "МОСКВА,
 * 3 окт.", "РИАМО - 25 мар.". At the start of a line, after a word in capitals (the place or the
 * agency) and a comma or dash, a day and a short month name: the date (the year from
 * `publishedAt`), whose span is the day and the month with its dot.
 */
import { MONTH_ABBREVIATIONS } from '../../../lexicon/calendar.js';
import { custom, opt, punct, repeat, rule, seq, tok, upper, word, type DocContext } from '../../../engine/index.js';
import { dayNum } from '../parts.js';
import type { DateParse } from '../types.js';

/** Whether token `i` begins a line (or the text). */
function lineStart(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  const before = ctx.text.slice(Math.max(0, t.start - 200), t.start);
  return /(?:^|\n)[ \t]*$/.test(before) && (before.length > 0 || t.start === 0);
}

const heading = tok(upper().and(custom('at the start of a line', lineStart)));
const month = tok(word(...Object.keys(MONTH_ABBREVIATIONS))).as('month');

export const datelineRule = rule<DateParse>({
  id: 'date/dateline',
  examples: ['ИРКУТСК, 26 сен', 'МОСКВА, 3 окт.', 'РИАМО - 25 мар.', 'НИЖНИЙ НОВГОРОД, 1 февр.'],
  pattern: seq(
    heading,
    repeat(tok(upper()), 0, 3),
    punct(',', '-'),
    tok(dayNum).as('day'),
    month,
    opt(tok(punct('.')).as('dot')),
  ),
  interpret: (m) => {
    const d = m.part('day');
    const mon = m.part('month');
    const day = d ? Number(d.text) : NaN;
    const monthNo = mon ? MONTH_ABBREVIATIONS[m.ctx.folded(mon.from)] : undefined;
    const first = d ? m.ctx.tokens[d.from] : undefined;
    if (!monthNo || !Number.isInteger(day) || !first || day < 1 || day > 31) return null;
    return {
      role: 'point',
      from: { t: 'calendar', cal: { month: monthNo, day } },
      focus: { start: first.start, end: m.end },
    };
  },
});

export const DATELINE_RULES = [datelineRule];
