import { MONTHS } from './months.js';

/**
 * Number words in dictionary form (case forms come from morphology: "двух" -> "два",
 * "трёхсот" -> "триста"). az lemmatises ordinals to their cardinal ("второго" -> "два",
 * ADJF Anum), so one table gives the value of both.
 */
export const CARDINALS: Readonly<Record<string, number>> = {
  ноль: 0,
  нуль: 0,
  один: 1,
  два: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
  полтора: 1.5,
  полтораста: 150,
};

/** Collective numerals: "двое", "трое" (people, paired things). */
export const COLLECTIVES: Readonly<Record<string, number>> = {
  двое: 2,
  трое: 3,
  четверо: 4,
  пятеро: 5,
  шестеро: 6,
  семеро: 7,
  восьмеро: 8,
  девятеро: 9,
  десятеро: 10,
};

/** Scale nouns: "тысяча", "миллиона", and their abbreviations below. */
export const SCALES: Readonly<Record<string, number>> = {
  тысяча: 1e3,
  миллион: 1e6,
  миллиард: 1e9,
  триллион: 1e12,
};

/** Abbreviated scales, compared by surface (a trailing dot is optional). */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  тыс: 1e3,
  млн: 1e6,
  млрд: 1e9,
  трлн: 1e12,
};

/**
 * Nouns that name a round count. In the plural they give an approximate range ("десятки
 * тысяч" = 20..90 thousand); in the singular a count ("дюжина" = 12).
 */
export const ROUND_NOUNS: Readonly<Record<string, number>> = {
  десяток: 10,
  сотня: 100,
  дюжина: 12,
  полдюжины: 6,
  полсотни: 50,
  полтысячи: 500,
  полмиллиона: 500_000,
  полмиллиарда: 500_000_000,
};

/** Fractions: "две трети", "три четверти", "треть" (a bare "половина" is too often not a count). */
export const FRACTIONS: Readonly<Record<string, number>> = {
  половина: 2,
  треть: 3,
  четверть: 4,
};

/** "Несколько" and the like: an unknown count from 2 to 9 (of what follows). */
export const FEW = ['несколько'] as const;

/** Quantity qualifiers, as written (lower case); the longest phrase wins. */
/** "почти" is `less`, as the dates extractor reads "почти год". */
export const QUALIFIERS: Readonly<Record<string, 'approx' | 'more' | 'less' | 'atLeast' | 'atMost' | 'upTo'>> = {
  около: 'approx',
  примерно: 'approx',
  приблизительно: 'approx',
  ориентировочно: 'approx',
  порядка: 'approx',
  'в среднем': 'approx',
  почти: 'less',
  практически: 'less',
  более: 'more',
  больше: 'more',
  свыше: 'more',
  'более чем': 'more',
  'больше чем': 'more',
  'чуть более': 'more',
  'чуть больше': 'more',
  'немногим более': 'more',
  'немногим больше': 'more',
  'чуть менее': 'less',
  'чуть меньше': 'less',
  менее: 'less',
  меньше: 'less',
  'менее чем': 'less',
  'меньше чем': 'less',
  'не менее': 'atLeast',
  'не меньше': 'atLeast',
  'не менее чем': 'atLeast',
  'как минимум': 'atLeast',
  минимум: 'atLeast',
  'по крайней мере': 'atLeast',
  'по меньшей мере': 'atLeast',
  'не более': 'atMost',
  'не больше': 'atMost',
  'не более чем': 'atMost',
  'не свыше': 'atMost',
  'не выше': 'atMost',
  'как максимум': 'atMost',
  максимум: 'atMost',
  до: 'upTo',
};

/**
 * Units of measure that NEREL keeps inside a number's span ("1600 км", "18 000 квадратных
 * километров"); counted nouns ("187 заявок") stay outside and become the statistic's unit.
 */
export const MEASURES: readonly string[] = [
  'километр',
  'метр',
  'сантиметр',
  'миллиметр',
  'гектар',
  'акр',
  'тонна',
  'килограмм',
  'грамм',
  'центнер',
  'литр',
  'кубометр',
  'баррель',
  'унция',
  'карат',
  'миля',
  'фут',
  'дюйм',
  'ярд',
  'градус',
  'ватт',
  'киловатт',
  'мегаватт',
  'гигаватт',
  'киловатт-час',
  'мегаватт-час',
  'гигакалория',
  'байт',
  'килобайт',
  'мегабайт',
  'гигабайт',
  'терабайт',
  'узел',
];

/** Abbreviated units of measure, by surface (a trailing dot is optional). */
export const MEASURE_ABBREVIATIONS: readonly string[] = [
  'км',
  'м',
  'см',
  'мм',
  'кг',
  'га',
  'мг',
  'мвт',
  'квт',
  'гвт',
  'гкал',
  'мб',
  'гб',
  'тб',
  'км²',
  'м²',
  'м2',
  'м3',
  'км2',
];

/** Adjectives of area and volume before a measure: "квадратных километров", "кв. м". */
export const MEASURE_MODIFIERS: readonly string[] = ['квадратный', 'кубический', 'погонный'];
export const MEASURE_MODIFIER_ABBREVIATIONS: readonly string[] = ['кв', 'куб'];

/**
 * Nouns after a number that make it a date, a duration, a time or an age in NEREL's sense
 * ("два года", "10 дней", "5 часов", "38 лет"): not a number entity.
 */
export const TIME_UNITS: readonly string[] = [
  'год',
  'месяц',
  'неделя',
  'день',
  'сутки',
  'час',
  'минута',
  'секунда',
  'век',
  'столетие',
  'тысячелетие',
  'десятилетие',
  'полугодие',
  'квартал',
  ...MONTHS,
];
export const TIME_ABBREVIATIONS: readonly string[] = ['г', 'гг', 'мин', 'сек', 'ч', 'мес'];

/**
 * Words before a number that make it a label, not a count: "ст. 12", "части 2", "№ 5",
 * "пункт 3", "дом 7".
 */
export const LABEL_NOUNS: readonly string[] = [
  'статья',
  'часть',
  'пункт',
  'подпункт',
  'глава',
  'раздел',
  'параграф',
  'абзац',
  'приложение',
  'таблица',
  'рисунок',
  'том',
  'номер',
  'дом',
  'корпус',
  'квартира',
  'строение',
  'офис',
  'кабинет',
  'аудитория',
  'маршрут',
  'рейс',
  'линия',
  'код',
  'версия',
  'редакция',
  'подпрограмма',
  'задача',
  'цель',
  'этап',
  'форма',
  'строка',
  'графа',
  'столбец',
  'позиция',
  'протокол',
  'постановление',
  'распоряжение',
  'приказ',
  'указ',
  'закон',
  'решение',
];
export const LABEL_ABBREVIATIONS: readonly string[] = [
  'ст',
  'ч',
  'п',
  'пп',
  'гл',
  'разд',
  'прил',
  'табл',
  'рис',
  'д',
  'корп',
  'кв',
  'стр',
  'оф',
  'каб',
  '№',
  'n',
  'no',
];

/** Words after a number that make it a label: "12 УК", "374-ФЗ" (codes of law). */
export const LABEL_FOLLOWERS: readonly string[] = [
  'ук',
  'упк',
  'гк',
  'коап',
  'нк',
  'тк',
  'апк',
  'гпк',
  'жк',
  'зк',
  'бк',
  'фз',
  'фкз',
];

/** Roman numeral value ("IV" -> 4); null for a malformed numeral. */
export function romanValue(s: string): number | null {
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const up = s.toUpperCase();
  if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(up) || !up) return null;
  let v = 0;
  for (let i = 0; i < up.length; i++) {
    const a = digits[up[i]!] ?? 0;
    const b = digits[up[i + 1] ?? ''] ?? 0;
    v += a < b ? -a : a;
  }
  return v;
}

/** The first ten ordinals by the lemma az gives them (the cardinal's): places in a contest, a contest's number. */
export const SMALL_ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(CARDINALS).filter(([, v]) => v >= 1 && v <= 10),
);
