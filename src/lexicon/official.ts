/**
 * Words of official documents around numbers that are not quantities: the names of registry
 * codes ("ОКТМО 87612101", "ИНН 1101234567") and nouns that number the parts of a programme
 * ("основное мероприятие 2.1", "подраздел 3"). Dictionary form; codes as written.
 */

/** Registry and classifier codes: the number after them is an identifier. Compared case-sensitively. */
export const CODE_NAMES: readonly string[] = [
  'ОКТМО',
  'ОКАТО',
  'ИНН',
  'КПП',
  'КБК',
  'ОГРН',
  'ОГРНИП',
  'ОКВЭД',
  'ОКВЭД2',
  'ОКПО',
  'ОКОГУ',
  'ОКФС',
  'ОКОПФ',
  'ОКПД',
  'ОКПД2',
  'ОКУД',
  'БИК',
  'СНИЛС',
  'ОКЕИ',
];

/** Nouns that number the parts of a programme or a document, besides those of `LABEL_NOUNS`. */
export const PART_NOUNS: readonly string[] = ['мероприятие', 'подраздел', 'подпункт'];
