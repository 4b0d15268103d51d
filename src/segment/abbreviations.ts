/**
 * Abbreviations written with a dot, as data: lower case, without the final dot, inner dots
 * kept ("т.е" for "т.е." and "т. е."). What matters to the segmenter is whether the dot can
 * also close a sentence, so the lists are split by that.
 */

/**
 * The dot never ends a sentence: these precede what they qualify ("им. Пушкина",
 * "ул. Ленина", "ст. 5", "проф. Иванов", "т.е. все").
 */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  // connectors
  'т.е',
  'т.к',
  'т.н',
  'т.ч',
  'т.о',
  'напр',
  'ср',
  'ок',
  'прибл',
  'вкл',
  'искл',
  // titles and posts
  'им',
  'акад',
  'проф',
  'доц',
  'зам',
  'зав',
  'пред',
  'нач',
  'гл',
  'ген',
  'засл',
  'нар',
  'г-н',
  'г-жа',
  'гр',
  'тов',
  'св',
  'и.о',
  'вр.и.о',
  'канд',
  'д-р',
  // addresses and places
  'ул',
  'пр',
  'просп',
  'пр-т',
  'пр-кт',
  'пл',
  'пер',
  'ш',
  'наб',
  'бул',
  'б-р',
  'туп',
  'мкр',
  'мкрн',
  'д',
  'корп',
  'кв',
  'оф',
  'пом',
  'каб',
  'эт',
  'вл',
  'лит',
  'с',
  'п',
  'пос',
  'пгт',
  'рп',
  'дер',
  'ст-ца',
  'пст',
  'х',
  'о',
  'о-в',
  'оз',
  'р',
  'респ',
  'авт',
  'окр',
  'м-н',
  // references inside documents
  'ст',
  'ч',
  'пп',
  'подп',
  'абз',
  'разд',
  'рис',
  'табл',
  'таб',
  'прим',
  'утв',
  'кат',
  'стр',
  'изд',
  'ред',
  'вып',
  'тел',
  'моб',
  // languages
  'англ',
  'нем',
  'фр',
  'франц',
  'лат',
  'греч',
  'рус',
  'яз',
];

/**
 * The dot may also end a sentence: split when a capitalised word follows ("составил
 * 5 млн руб. Средства", "и т.д. Кроме того").
 */
export const FINAL_ABBREVIATIONS: readonly string[] = [
  'гг',
  'вв',
  'н.э',
  'до н.э',
  'т.д',
  'т.п',
  'др',
  'с.г',
  'т.г',
  'н.в',
  'руб',
  'коп',
  'долл',
  'тыс',
  'млн',
  'млрд',
  'трлн',
  'чел',
  'шт',
  'ед',
  'экз',
  'проц',
  'сут',
  'нед',
  'мес',
  'обл',
  'р-н',
  'изм',
];

/**
 * The dot ends a sentence only right after a number, where the abbreviation is a unit
 * ("в 2025 г. Затем", "в XX в. Россия", "5 м. Далее"); elsewhere the same letters start a
 * name ("г. Москва", "м. Арбатская").
 */
export const AFTER_NUMBER_ABBREVIATIONS: readonly string[] = [
  'г',
  'в',
  'м',
  'см',
  'мм',
  'км',
  'кг',
  'т',
  'ц',
  'л',
  'га',
  'мин',
  'сек',
];

/** How the dot after an abbreviation relates to sentence ends. */
export type AbbreviationEnd = 'never' | 'may' | 'after-number';

const ENDS = new Map<string, AbbreviationEnd>();
for (const a of NON_FINAL_ABBREVIATIONS) ENDS.set(a, 'never');
for (const a of FINAL_ABBREVIATIONS) ENDS.set(a, 'may');
for (const a of AFTER_NUMBER_ABBREVIATIONS) ENDS.set(a, 'after-number');

/** Longest key, so callers can skip the lookup for long words. */
export const MAX_ABBREVIATION_LENGTH = Math.max(...[...ENDS.keys()].map((k) => k.length));

/**
 * Whether a dot after `abbreviation` (lower case, inner dots without spaces) may end a
 * sentence, or `undefined` when it is not a known abbreviation.
 *
 * @example abbreviationEnd('т.е') // 'never'
 */
export function abbreviationEnd(abbreviation: string): AbbreviationEnd | undefined {
  return ENDS.get(abbreviation);
}
