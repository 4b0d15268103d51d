/**
 * Month names in dictionary form, in a module of their own so that both the calendar words and the
 * numerals' time units can use them (calendar.ts imports numerals.ts).
 */

/** Month names; index + 1 is the month number. */
export const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;
