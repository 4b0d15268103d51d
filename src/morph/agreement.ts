import type { Agreement, Parse } from './types.js';

function gendersAgree(a: Parse, b: Parse): boolean {
  const ga = a.gender;
  const gb = b.gender;
  if (ga === null || gb === null || ga === gb) return true;
  // Common gender (судья, сирота) takes masculine and feminine attributes.
  if (ga === 'ms-f') return gb !== 'neut';
  if (gb === 'ms-f') return ga !== 'neut';
  return false;
}

function casesAgree(a: Parse, b: Parse): boolean {
  if (a.case === null || b.case === null || a.case === b.case) return true;
  // Indeclinable words stand in any case.
  return a.grammemes.has('Fixd') || b.grammemes.has('Fixd');
}

/**
 * Whether two readings agree on the asked features. A missing feature (indeclinable words,
 * plural adjectives without gender) agrees with anything; in the plural gender is not checked;
 * common gender (`ms-f`) agrees with masculine and feminine.
 *
 * @example
 * const adj = morph.parse('Владимирской')[0]!; // femn sing gent
 * const noun = morph.parse('области').find((p) => p.case === 'gent')!;
 * agree(adj, noun, { gender: true, number: true, case: true }); // true
 * agree(adj, morph.parse('округа')[0]!, { gender: true }); // false: masc
 */
export function agree(a: Parse, b: Parse, what: Agreement): boolean {
  if (what.number && a.number !== null && b.number !== null && a.number !== b.number) return false;
  if (what.gender && a.number !== 'plur' && b.number !== 'plur' && !gendersAgree(a, b)) return false;
  if (what.case && !casesAgree(a, b)) return false;
  return true;
}
