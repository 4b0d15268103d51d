/**
 * Calendar arithmetic with date-fns: the days a period covers and its TIMEX-style label
 * ("2025-11", "2025-Q4", "2025-W45", "198X"). Weeks start on Monday.
 */
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  format,
  getISOWeek,
  getISOWeekYear,
  getQuarter,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import type { CalendarUnit } from '../../lexicon/calendar.js';
import type { DateParts, DateValue } from '../../result/schema.js';
import type { Calendar } from './types.js';

/** A resolved date before it becomes the entity's value. */
export interface Resolved {
  granularity: DateValue['granularity'];
  start: Date | null;
  end: Date | null;
  stated: DateParts;
  implied: DateParts;
  relative: boolean;
  label: string;
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/**
 * `format(d, 'yyyy-MM-dd')` of date-fns, written out: it reads its format string again at each
 * call, and every resolved date is formatted twice. A year before 1 is the era's year (1 - y), as
 * date-fns writes it; an invalid date still goes to date-fns, which throws.
 */
export const iso = (d: Date | null): string | null => {
  if (!d) return null;
  const y = d.getFullYear();
  if (Number.isNaN(y)) return format(d, 'yyyy-MM-dd');
  return `${pad(y > 0 ? y : 1 - y, 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
export const ymd = (y: number, m: number, d: number): Date => {
  const x = new Date(2000, m - 1, d);
  x.setFullYear(y);
  return x;
};
const SEASON_CODE = { winter: 'WI', spring: 'SP', summer: 'SU', autumn: 'FA' } as const;
const SEASON_START = { winter: 12, spring: 3, summer: 6, autumn: 9 } as const;

/** Granularity and covered days of a calendar period of a known year. */
export function periodOf(
  cal: Calendar,
  year: number | undefined,
): Pick<Resolved, 'granularity' | 'start' | 'end'> & { label: string } {
  const y = year === undefined ? 'XXXX' : pad(year, 4);
  const span = (a: Date, b: Date) => (year === undefined ? { start: null, end: null } : { start: a, end: b });
  const Y = year ?? 2000;
  if (cal.day !== undefined && cal.month !== undefined) {
    const d = ymd(Y, cal.month, cal.day);
    return { granularity: 'day', ...span(d, d), label: `${y}-${pad(cal.month)}-${pad(cal.day)}` };
  }
  if (cal.month !== undefined) {
    const d = ymd(Y, cal.month, 1);
    return { granularity: 'month', ...span(d, endOfMonth(d)), label: `${y}-${pad(cal.month)}` };
  }
  if (cal.quarter !== undefined) {
    const d = ymd(Y, cal.quarter * 3 - 2, 1);
    return { granularity: 'quarter', ...span(d, endOfQuarter(d)), label: `${y}-Q${cal.quarter}` };
  }
  if (cal.half !== undefined) {
    const d = ymd(Y, cal.half * 6 - 5, 1);
    return { granularity: 'half', ...span(d, endOfMonth(addMonths(d, 5))), label: `${y}-H${cal.half}` };
  }
  if (cal.season !== undefined) {
    // winter of a year: the December before it and its January and February
    const d = cal.season === 'winter' ? ymd(Y - 1, 12, 1) : ymd(Y, SEASON_START[cal.season], 1);
    return { granularity: 'season', ...span(d, endOfMonth(addMonths(d, 2))), label: `${y}-${SEASON_CODE[cal.season]}` };
  }
  if (cal.decade !== undefined) {
    return {
      granularity: 'decade',
      start: ymd(cal.decade, 1, 1),
      end: ymd(cal.decade + 9, 12, 31),
      label: `${pad(cal.decade, 4).slice(0, 3)}X`,
    };
  }
  if (cal.century !== undefined) {
    // "XX век" as news uses it: the 1900s
    const first = (cal.century - 1) * 100;
    return {
      granularity: 'century',
      start: ymd(first, 1, 1),
      end: ymd(first + 99, 12, 31),
      label: `${pad(cal.century - 1)}XX`,
    };
  }
  const d = ymd(Y, 1, 1);
  return { granularity: 'year', ...span(d, endOfYear(d)), label: y };
}

/** Stated nothing, relative to the publication date: what every shifted period says of itself. */
const relativeToPublication = (): Pick<Resolved, 'stated' | 'relative'> => ({ stated: {}, relative: true });

/** The period `by` whole units away from `pub`, one step per unit (a season or millennium has none). */
const SHIFTS: Partial<Record<CalendarUnit, (by: number, pub: Date) => Resolved>> = {
  day: (by, pub) => {
    const d = addDays(pub, by);
    return {
      granularity: 'day',
      start: d,
      end: d,
      ...relativeToPublication(),
      implied: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() },
      label: iso(d)!,
    };
  },
  week: (by, pub) => {
    const s = startOfWeek(addWeeks(pub, by), { weekStartsOn: 1 });
    return {
      granularity: 'week',
      start: s,
      end: endOfWeek(s, { weekStartsOn: 1 }),
      ...relativeToPublication(),
      implied: { year: s.getFullYear(), month: s.getMonth() + 1, day: s.getDate() },
      label: `${getISOWeekYear(s)}-W${pad(getISOWeek(s))}`,
    };
  },
  month: (by, pub) => {
    const s = startOfMonth(addMonths(pub, by));
    return {
      granularity: 'month',
      start: s,
      end: endOfMonth(s),
      ...relativeToPublication(),
      implied: { year: s.getFullYear(), month: s.getMonth() + 1 },
      label: format(s, 'yyyy-MM'),
    };
  },
  quarter: (by, pub) => {
    const s = startOfQuarter(addQuarters(pub, by));
    return {
      granularity: 'quarter',
      start: s,
      end: endOfQuarter(s),
      ...relativeToPublication(),
      implied: { year: s.getFullYear(), quarter: getQuarter(s) },
      label: `${format(s, 'yyyy')}-Q${getQuarter(s)}`,
    };
  },
  half: (by, pub) => {
    const s = addMonths(ymd(pub.getFullYear(), pub.getMonth() < 6 ? 1 : 7, 1), by * 6);
    const half = s.getMonth() < 6 ? 1 : 2;
    return {
      granularity: 'half',
      start: s,
      end: endOfMonth(addMonths(s, 5)),
      ...relativeToPublication(),
      implied: { year: s.getFullYear(), half },
      label: `${format(s, 'yyyy')}-H${half}`,
    };
  },
  year: (by, pub) => {
    const s = startOfYear(addYears(pub, by));
    return {
      granularity: 'year',
      start: s,
      end: endOfYear(s),
      ...relativeToPublication(),
      implied: { year: s.getFullYear() },
      label: format(s, 'yyyy'),
    };
  },
  decade: (by, pub) => {
    const first = Math.floor(pub.getFullYear() / 10) * 10 + by * 10;
    return {
      granularity: 'decade',
      start: ymd(first, 1, 1),
      end: ymd(first + 9, 12, 31),
      ...relativeToPublication(),
      implied: { decade: first },
      label: `${pad(first, 4).slice(0, 3)}X`,
    };
  },
  century: (by, pub) => {
    const century = Math.floor(pub.getFullYear() / 100) + 1 + by;
    const first = (century - 1) * 100;
    return {
      granularity: 'century',
      start: ymd(first, 1, 1),
      end: ymd(first + 99, 12, 31),
      ...relativeToPublication(),
      implied: { century },
      label: `${pad(century - 1)}XX`,
    };
  },
};

/** The period `by` units away from the publication date. */
export function shifted(unit: CalendarUnit, by: number, pub: Date): Resolved | null {
  if (!Number.isInteger(by)) {
    if (unit === 'year') return shifted('month', Math.round(by * 12), pub);
    if (unit === 'month' || unit === 'week') return shifted('day', Math.round(by * (unit === 'month' ? 30 : 7)), pub);
    return shifted('day', Math.round(by), pub);
  }
  return SHIFTS[unit]?.(by, pub) ?? null;
}
