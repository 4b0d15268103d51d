/**
 * Closed word lists that several extractors read the same way: prepositions of place and time,
 * titles before names, nouns after which a name is a person's. Lemmas or folded surface forms,
 * lower case, `е` for `ё`.
 */

/** Prepositions that put what follows at, in or out of a place: "в Мирном", "из Кирова", "под Москвой". */
export const AT_PLACE = ['в', 'во', 'из', 'изо', 'под', 'около', 'близ', 'возле'] as const;

/** Every word that may stand before a place name it governs: the prepositions of place and direction, and "окрестность", "пригород". */
export const BEFORE_PLACE = new Set<string>([
  ...AT_PLACE,
  'подо',
  'до',
  'вблизи',
  'у',
  'к',
  'ко',
  'через',
  'над',
  'за',
  'между',
  'от',
  'ото',
  'на',
  'по',
  'вокруг',
  'окрестность',
  'пригород',
]);

/** Prepositions that put a date or period in time: "в 2025 году", "с 1 марта", "до конца года". */
export const AT_TIME = ['в', 'во', 'на', 'с', 'со', 'до', 'по', 'к', 'ко', 'от', 'за', 'c'] as const;

/** Words after which a name that can be a person's is one: "улица Кирова", "имени Королёва". */
export const NAMED_AFTER = new Set([
  'имя',
  'улица',
  'проспект',
  'площадь',
  'переулок',
  'бульвар',
  'шоссе',
  'набережная',
  'проезд',
  'памятник',
  'ул',
  'пр',
  'пл',
  'им',
]);

/** Titles: any capitalised word after them is a person's name ("мистер Вашингтон"). */
export const TITLE = new Set([
  'мисс',
  'миссис',
  'мистер',
  'господин',
  'госпожа',
  'сэр',
  'леди',
  'сеньор',
  'месье',
  'мадам',
  'фрау',
  'герр',
]);

/** Runs of whitespace as one space, as a name is written out (the engine's, for the extractors). */
export { squeezeSpaces } from '../engine/normalize.js';
