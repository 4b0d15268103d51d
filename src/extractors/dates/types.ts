import type { CalendarUnit, Qualifier, Season } from '../../lexicon/calendar.js';

/** Calendar fields as the text states them; a year may be given relative to publication ("этого года"). */
export interface Calendar {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  weekday?: number;
  decade?: number;
  century?: number;
  millennium?: number;
  /** The year relative to the publication year: "этого года" 0, "прошлого года" -1. */
  yearShift?: number;
  /** The century relative to the publication's: "прошлого века" -1 (then `decade` is two-digit: 90). */
  centuryShift?: number;
  /** The year is one named earlier in the text ("того же года"). */
  yearFromText?: boolean;
}

/** One end of a date, before it is resolved against `publishedAt`. */
export type Anchor =
  /** What the calendar fields say ("10 ноября", "IV квартал 2025 года", "осенью прошлого года"). */
  | { readonly t: 'calendar'; readonly cal: Calendar }
  /** A period shifted from the publication date: "вчера" (day, -1), "в прошлом году" (year, -1), "три дня назад" (day, -3). */
  | { readonly t: 'shift'; readonly unit: CalendarUnit; readonly by: number; readonly tenseDependent?: boolean }
  /* `tenseDependent`: "через год" counts from publication only when the verb is not in the past tense. */
  /** A shift by an amount the text does not give: "несколько дней назад" (-1), "через несколько лет" (+1). */
  | { readonly t: 'vague'; readonly unit: CalendarUnit; readonly dir: -1 | 1 }
  /**
   * A day of the week (or the weekend, 6-7), the nearest one to the publication date: `dir` from
   * "прошлый"/"следующий", else from the verb's tense.
   */
  | { readonly t: 'weekday'; readonly weekday: number; readonly weekend?: boolean; readonly dir?: -1 | 1 }
  /** Relative to a date named earlier in the text: "в тот же день", "на следующий день". */
  | { readonly t: 'anaphoric'; readonly unit: CalendarUnit };

export type Modifier = 'early' | 'mid' | 'late' | 'every' | Qualifier;

/** What a date rule yields: the interpretation the extractor resolves against `publishedAt`. */
export interface DateParse {
  readonly role: 'point' | 'range' | 'since' | 'until' | 'duration';
  /** The date (point, since, until) or the start of a range. */
  readonly from?: Anchor;
  /** The end of a range. */
  readonly to?: Anchor;
  /** For durations: the amount (null when vague) and the unit; `max` for "от 5 до 10 лет". */
  readonly amount?: {
    readonly unit: CalendarUnit;
    readonly n: number | null;
    readonly max?: number;
    readonly plus?: { readonly unit: CalendarUnit; readonly n: number };
  };
  /** A duration that ends (-1: "за последние 5 лет") or starts (+1: "в ближайшие месяцы") at publication. */
  readonly around?: -1 | 1;
  readonly modifier?: Modifier;
  /**
   * The entity is only this part of the match (character offsets into the text): the rule looked
   * at more than it names ("[пятилетний] контракт", "Олимпиада-[2014]").
   */
  readonly focus?: { readonly start: number; readonly end: number };
}
