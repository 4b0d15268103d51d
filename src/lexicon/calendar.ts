import { CARDINALS, COLLECTIVES, SCALES } from './numerals.js';

/**
 * Calendar words in dictionary form (nominative singular, or the lemma the morphology gives).
 * Case forms come from morphology: `lemma('ноябрь')` matches "ноября", "ноябре", "ноябрём".
 * Tests check that every entry here parses with the morphology to itself.
 */

export { MONTHS } from './months.js';

/**
 * Short forms of the month names in datelines ("26 сен", "3 окт.", "25 мар."): month number by
 * abbreviation. Not words: the morphology does not read them ("мар" would become "мара").
 */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  янв: 1,
  фев: 2,
  февр: 2,
  мар: 3,
  апр: 4,
  мая: 5,
  май: 5,
  июн: 6,
  июня: 6,
  июл: 7,
  июля: 7,
  авг: 8,
  сен: 9,
  сент: 9,
  окт: 10,
  ноя: 11,
  нояб: 11,
  дек: 12,
};

/** Days of the week; index + 1 is the ISO weekday (Monday = 1). */
export const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'] as const;

export type Season = 'winter' | 'spring' | 'summer' | 'autumn';
/** Seasons; "летом", "зимой" are their instrumental forms (the morphology also knows them as adverbs). */
export const SEASONS: Readonly<Record<string, Season>> = {
  зима: 'winter',
  весна: 'spring',
  лето: 'summer',
  осень: 'autumn',
};

/** Calendar units, as a date's granularity or a duration's unit. */
export type CalendarUnit =
  'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century' | 'millennium';

/** Nouns that name a calendar unit, with how many of the unit one of them is. */
export const UNIT_NOUNS: Readonly<Record<string, { readonly unit: CalendarUnit; readonly n: number }>> = {
  день: { unit: 'day', n: 1 },
  сутки: { unit: 'day', n: 1 },
  неделя: { unit: 'week', n: 1 },
  месяц: { unit: 'month', n: 1 },
  квартал: { unit: 'quarter', n: 1 },
  полугодие: { unit: 'half', n: 1 },
  год: { unit: 'year', n: 1 },
  лет: { unit: 'year', n: 1 }, // the morphology's own lemma for the counted form "лет"
  десятилетие: { unit: 'decade', n: 1 },
  век: { unit: 'century', n: 1 },
  столетие: { unit: 'century', n: 1 },
  тысячелетие: { unit: 'millennium', n: 1 },
};

/** Nouns that are an amount by themselves ("полгода" = 6 months). */
export const AMOUNT_NOUNS: Readonly<Record<string, { readonly unit: CalendarUnit; readonly n: number }>> = {
  полгода: { unit: 'month', n: 6 },
  полмесяца: { unit: 'day', n: 15 },
  полвека: { unit: 'year', n: 50 },
};

/** Adverbs naming a day relative to the publication date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  позавчера: -2,
  вчера: -1,
  сегодня: 0,
  завтра: 1,
  послезавтра: 2,
};

/**
 * Adjectives that place a period relative to the publication date ("в прошлом году": -1).
 * `null` marks anaphoric ones ("в тот же день"): relative to a date named earlier in the text.
 */
export const RELATIVE_ADJECTIVES: Readonly<Record<string, number | null>> = {
  этот: 0,
  текущий: 0,
  нынешний: 0,
  прошлый: -1,
  минувший: -1,
  прошедший: -1,
  истекший: -1,
  предыдущий: -1,
  позапрошлый: -2,
  следующий: 1,
  будущий: 1,
  предстоящий: 1,
  грядущий: 1,
  тот: null,
  сегодняшний: 0,
  вчерашний: -1,
  завтрашний: 1,
};

/** Adjectives of a month ("в декабрьском заседании"); index + 1 is the month. */
export const MONTH_ADJECTIVES = [
  'январский',
  'февральский',
  'мартовский',
  'апрельский',
  'майский',
  'июньский',
  'июльский',
  'августовский',
  'сентябрьский',
  'октябрьский',
  'ноябрьский',
  'декабрьский',
] as const;

/** Holidays with a fixed day (Russian usage: Christmas is 7 January); `phrase` in dictionary form. */
export const HOLIDAYS: readonly { readonly phrase: string; readonly month: number; readonly day: number }[] = [
  { phrase: 'новый год', month: 1, day: 1 },
  { phrase: 'рождество', month: 1, day: 7 },
  { phrase: 'сочельник', month: 1, day: 6 },
  { phrase: 'день победы', month: 5, day: 9 },
  { phrase: 'день россии', month: 6, day: 12 },
  { phrase: 'день народного единства', month: 11, day: 4 },
];

/** Adverbs and adjectives of repetition: "ежегодно", "ежемесячный". */
export const EVERY_WORDS: Readonly<Record<string, CalendarUnit>> = {
  ежедневно: 'day',
  ежедневный: 'day',
  еженедельно: 'week',
  еженедельный: 'week',
  ежемесячно: 'month',
  ежемесячный: 'month',
  ежеквартально: 'quarter',
  ежеквартальный: 'quarter',
  ежегодно: 'year',
  ежегодный: 'year',
};

/** Nouns for the part of a period: "в начале года", "к концу сентября". */
export const PERIOD_PARTS: Readonly<Record<string, 'early' | 'mid' | 'late'>> = {
  начало: 'early',
  середина: 'mid',
  конец: 'late',
};

/** Words that qualify an amount or a bound: "около года", "не более трёх лет". */
export type Qualifier = 'approx' | 'more' | 'less' | 'atLeast' | 'atMost';
export const QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  около: 'approx',
  примерно: 'approx',
  приблизительно: 'approx',
  порядка: 'approx',
  почти: 'less',
  более: 'more',
  больше: 'more',
  свыше: 'more',
  менее: 'less',
  меньше: 'less',
};

/**
 * Counting words as the morphology lemmatises them, from the numerals lexicon. Ordinals share the
 * cardinal's lemma in the dictionary ("второго" -> "два" with `Anum`), so one list serves both.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...CARDINALS,
  ...COLLECTIVES,
  тысяча: SCALES['тысяча'] ?? 1000,
};

/** Decades named by a word whose lemma is not a cardinal's: "в двухтысячных", "нулевые годы". */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  двухтысячный: 2000,
  нулевой: 2000,
};

/** Words for an amount that is not given: "несколько лет", "пару недель". */
export const VAGUE_AMOUNTS = ['несколько', 'пара', 'много', 'многий', 'немного', 'считанный', 'долгий'] as const;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isValidDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
