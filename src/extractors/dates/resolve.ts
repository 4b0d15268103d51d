/**
 * Turns a rule's interpretation into the entity's value: calendar days covered, what was
 * stated and what was implied from `publishedAt`. Without `publishedAt` nothing is implied and
 * whatever depends on it stays null; the clock is never read.
 */
import { addDays, addMonths, getISODay } from 'date-fns';
import type { CalendarUnit } from '../../lexicon/calendar.js';
import type { DateParts, DateValue } from '../../result/schema.js';
import { iso, periodOf, shifted, ymd, type Resolved } from './periods.js';
import type { Anchor, Calendar, DateParse } from './types.js';
import { extend } from '../../engine/objects.js';

/** What the extractor knows about the document and the match. */
export interface ResolveContext {
  /** `YYYY-MM-DD` or null. */
  readonly publishedAt: string | null;
  /** For a bare day of the week: -1 the last one (past tense), 1 the next one. */
  readonly tense: -1 | 1;
}

function parseDay(s: string | null): Date | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The calendar's fields that the text states, in the order `stated` lists them. */
const STATED = ['year', 'month', 'day', 'quarter', 'half', 'season', 'weekday', 'century'] as const;

function resolveCalendar(cal: Calendar, pub: Date | null): Resolved {
  const stated: DateParts = {};
  for (const k of STATED) {
    const v = cal[k];
    if (v !== undefined) (stated as Record<string, unknown>)[k] = v;
  }
  const implied: DateParts = {};
  let relative = false;
  const c: Calendar = { ...cal };
  if (c.decade !== undefined && c.centuryShift !== undefined) {
    relative = true;
    if (pub) {
      const century = Math.floor(pub.getFullYear() / 100) + 1 + c.centuryShift;
      c.decade = (century - 1) * 100 + c.decade;
      implied.decade = c.decade;
      implied.century = century;
    } else delete c.decade;
  } else if (c.decade !== undefined) stated.decade = c.decade;
  const needsYear = c.decade === undefined && c.century === undefined && c.centuryShift === undefined;
  let year = c.year;
  if (year === undefined && needsYear && pub && !c.yearFromText) {
    year = pub.getFullYear() + (c.yearShift ?? 0);
    implied.year = year;
  }
  if (c.yearShift !== undefined || c.yearFromText) relative = true;
  if (c.decade === undefined && c.centuryShift !== undefined) {
    // "90-х годов прошлого века" without a publication date: the decade's digit is all that is known
    return {
      granularity: 'decade',
      start: null,
      end: null,
      stated,
      implied,
      relative,
      label: `XX${Math.floor((cal.decade ?? 0) / 10)}X`,
    };
  }
  const p = periodOf(c, year);
  return extend(p, { stated, implied, relative });
}

const UNIT_LABEL: Readonly<Record<CalendarUnit, string>> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  half: 'XXXX-HX',
  season: 'XXXX-XX',
  year: 'XXXX',
  decade: 'XXX',
  century: 'XX',
  millennium: 'X',
};

function unknown(unit: CalendarUnit, stated: DateParts = {}, label = UNIT_LABEL[unit]): Resolved {
  return { granularity: unit, start: null, end: null, stated, implied: {}, relative: true, label };
}

function resolveAnchor(a: Anchor, pub: Date | null, ctx: ResolveContext): Resolved {
  switch (a.t) {
    case 'calendar':
      return resolveCalendar(a.cal, pub);
    case 'shift':
      if (a.tenseDependent && ctx.tense < 0) return unknown(a.unit); // "через год он умер": a year after some other date
      return (pub && shifted(a.unit, a.by, pub)) || unknown(a.unit);
    case 'vague':
      return unknown(a.unit, {}, a.dir < 0 ? 'PAST_REF' : 'FUTURE_REF');
    case 'anaphoric':
      return unknown(a.unit);
    case 'weekday': {
      const stated: DateParts = a.weekend ? {} : { weekday: a.weekday };
      if (!pub) return unknown('day', stated, `XXXX-WXX-${a.weekend ? 'WE' : a.weekday}`);
      const today = getISODay(pub);
      const dir = a.dir ?? ctx.tense;
      // on or before publication in the past tense, on or after it otherwise; "прошлый"/"следующий" exclude the day itself
      let back = (today - a.weekday + 7) % 7;
      let ahead = (a.weekday - today + 7) % 7;
      if (a.dir && back === 0) back = 7;
      if (a.dir && ahead === 0) ahead = 7;
      const d = dir < 0 ? addDays(pub, -back) : addDays(pub, ahead);
      const e = a.weekend ? addDays(d, 1) : d;
      return {
        granularity: 'day',
        start: d,
        end: e,
        stated,
        implied: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() },
        relative: true,
        label: a.weekend ? `${iso(d)}/${iso(e)}` : iso(d)!,
      };
    }
  }
}

const DURATION_UNIT: Readonly<Record<CalendarUnit, [number, string]>> = {
  day: [1, 'D'],
  week: [1, 'W'],
  month: [1, 'M'],
  quarter: [3, 'M'],
  half: [6, 'M'],
  season: [3, 'M'],
  year: [1, 'Y'],
  decade: [10, 'Y'],
  century: [100, 'Y'],
  millennium: [1000, 'Y'],
};

/** ISO 8601 duration: `P2Y`, `P1.5Y`, `P6M`; `PXY` for a vague amount; `P5Y/P10Y` for "от 5 до 10 лет". */
export function durationOf(
  unit: CalendarUnit,
  n: number | null,
  max?: number,
  plus?: { unit: CalendarUnit; n: number },
): string {
  const [k, u] = DURATION_UNIT[unit];
  const part = (x: number | null, kk: number, uu: string) => `${x === null ? 'X' : +(x * kk).toFixed(3)}${uu}`;
  const one = (x: number | null) => `P${part(x, k, u)}`;
  if (max !== undefined) return `${one(n)}/${one(max)}`;
  if (!plus) return one(n);
  const [k2, u2] = DURATION_UNIT[plus.unit];
  // ISO 8601 writes weeks alone: "1 неделя и 3 дня" becomes days
  if (u2 === 'W' || (u === 'W' && u2 === 'D'))
    return `P${part((n ?? 0) * k * (u === 'W' ? 7 : 1) + plus.n * k2 * (u2 === 'W' ? 7 : 1), 1, 'D')}`;
  return `P${part(n, k, u)}${part(plus.n, k2, u2)}`;
}

function resolveDuration(p: DateParse, pub: Date | null): { value: DateValue; normalized: string } {
  const a = p.amount!;
  const duration = durationOf(a.unit, a.n, a.max, a.plus);
  let start: Date | null = null;
  let end: Date | null = null;
  if (p.around && pub && a.n !== null) {
    const [k, u] = DURATION_UNIT[a.unit];
    const n = (a.max ?? a.n) * k;
    const move = (d: Date, x: number): Date =>
      u === 'Y'
        ? addMonths(d, Math.round(x * 12))
        : u === 'M'
          ? addDays(d, Math.round(x * 30.4375))
          : u === 'W'
            ? addDays(d, Math.round(x * 7))
            : addDays(d, Math.round(x));
    if (p.around < 0) [start, end] = [move(pub, -n), pub];
    else [start, end] = [pub, move(pub, n)];
  }
  const value: DateValue = {
    granularity: a.unit,
    start: iso(start),
    end: iso(end),
    role: 'duration',
    stated: {},
    implied: {},
    to: null,
    relative: p.around !== undefined,
    duration,
    modifier: p.modifier ?? null,
  };
  return { value, normalized: duration };
}

/** The value and normalised form of a parsed date. */
export function resolveDate(p: DateParse, ctx: ResolveContext): { value: DateValue; normalized: string } | null {
  const pub = parseDay(ctx.publishedAt);
  if (p.role === 'duration' && p.amount) return resolveDuration(p, pub);
  const from = p.from ? resolveAnchor(p.from, pub, ctx) : null;
  const to = p.to ? resolveAnchor(p.to, pub, ctx) : null;
  const main = from ?? to;
  if (!main) return null;
  const value: DateValue = {
    granularity: main.granularity,
    start: iso(p.role === 'until' ? null : main.start),
    end: iso(p.role === 'since' ? null : p.role === 'range' && to ? to.end : main.end),
    role: p.role === 'duration' ? 'point' : p.role,
    stated: main.stated,
    implied: main.implied,
    to: p.role === 'range' && to ? { stated: to.stated, implied: to.implied } : null,
    relative: main.relative || (to?.relative ?? false),
    duration: null,
    modifier: p.modifier ?? null,
  };
  const normalized = p.role === 'range' && from && to ? `${from.label}/${to.label}` : main.label;
  return { value, normalized };
}
