import { basicKind } from '../../engine/index.js';

/**
 * Two capitalised parts joined by a hyphen ("Коста-Рика", "Нью-Йорк"); not a compound adjective's
 * stem ("Юго-Западный", "Кабардино-Балкарская"), which is never written apart.
 */
export const HYPHENATED = /(\p{Lu}\p{Ll}*[^о\P{Ll}])-(\p{Lu})/u;
const HYPHENATED_G = new RegExp(HYPHENATED.source, 'gu');

/**
 * `basicKind` (1 a basic capital, 2 a basic lower-case letter, 0 another ASCII code unit, -1
 * anything else), with General Punctuation (dashes, quotes, spaces), the no-break space, « and »
 * as 0 too: they are no letters.
 */
function kindOf(c: number): number {
  const k = basicKind(c);
  return k === -1 && ((c >= 0x2000 && c <= 0x206f) || c === 0xa0 || c === 0xab || c === 0xbb) ? 0 : k;
}

/**
 * The name with the hyphens HYPHENATED finds written apart ("Коста Рика"), null where it finds
 * none: what `name.replace(HYPHENATED_G, '$1 $2')` gives. A name of basic letters and ASCII is
 * read here, with the expression's steps (a capital, lower-case letters the last of which is not
 * "о", a hyphen, a capital; the next search after that capital); the ~5,000 names of the lexicon
 * at start-up then never compile the Unicode-property expression (~1 ms each, twice). Any other
 * character, and the expression decides. test/geo-hyphenated.test.ts compares the two.
 */
export function hyphensApart(name: string): string | null {
  if (!name.includes('-')) return null;
  for (let k = 0; k < name.length; k++) if (kindOf(name.charCodeAt(k)) < 0) return hyphensApartByExpression(name);
  let out: string | null = null;
  let last = 0;
  let j = 0;
  while (j < name.length) {
    if (kindOf(name.charCodeAt(j)) === 1) {
      let e = j + 1;
      while (e < name.length && kindOf(name.charCodeAt(e)) === 2) e++;
      if (
        e > j + 1 &&
        name.charCodeAt(e) === 0x2d &&
        name.charCodeAt(e - 1) !== 0x43e &&
        kindOf(name.charCodeAt(e + 1)) === 1
      ) {
        out = (out ?? '') + name.slice(last, e) + ' ';
        last = e + 1;
        j = e + 2;
        continue;
      }
    }
    j++;
  }
  return out === null ? null : out + name.slice(last);
}

/** The expression's answer, for the test. */
export const hyphensApartByExpression = (name: string): string | null =>
  HYPHENATED.test(name) ? name.replace(HYPHENATED_G, '$1 $2') : null;
