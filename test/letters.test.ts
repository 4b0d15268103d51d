import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allUpper, capsOrDigits, capsWord, hasLower, startsUpper, upperCode } from '../src/engine/letters.js';

const units = [
  'А',
  'я',
  'ё',
  'Ё',
  'о',
  'Z',
  'a',
  '-',
  '.',
  '1',
  ' ',
  'É',
  'é',
  'ǅ',
  'Σ',
  '‐',
  '‑',
  '²',
  'Ⅻ',
  '𝐀',
  '𝐚',
  '\u0301',
  '«',
];
const cases: [string, (s: string) => boolean, RegExp][] = [
  ['startsUpper', startsUpper, /^\p{Lu}/u],
  ['hasLower', hasLower, /\p{Ll}/u],
  ['allUpper', allUpper, /^\p{Lu}+$/u],
  ['capsWord', capsWord, /^\p{Lu}[\p{Lu}\d-]+$/u],
  ['capsOrDigits', capsOrDigits, /^[\p{Lu}\d-]{2,}$/u],
  ['upperCode', upperCode, /^[\p{Lu}\p{N}\-‐‑.]+$/u],
];

describe('letter-case tests', () => {
  for (const [name, f, re] of cases)
    it(`${name} answers as ${re.source} on any string`, () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 8 }), (s) => {
          expect(f(s)).toBe(re.test(s));
        }),
        { numRuns: 4000 },
      );
    });
});
