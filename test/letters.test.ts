import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allUpper,
  capsAbbr,
  capsOrDigits,
  capsOrLatin,
  capsWord,
  hasLower,
  lowerThenTail,
  oneUpper,
  particleHead,
  startsLower,
  startsUpper,
  upperCode,
  upperInitial,
  upperThenLower,
} from '../src/engine/letters.js';

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
  '\n',
  '\u2028',
];
const cases: [string, (s: string) => boolean, RegExp][] = [
  ['startsUpper', startsUpper, /^\p{Lu}/u],
  ['hasLower', hasLower, /\p{Ll}/u],
  ['allUpper', allUpper, /^\p{Lu}+$/u],
  ['capsWord', capsWord, /^\p{Lu}[\p{Lu}\d-]+$/u],
  ['capsOrDigits', capsOrDigits, /^[\p{Lu}\d-]{2,}$/u],
  ['upperCode', upperCode, /^[\p{Lu}\p{N}\-‐‑.]+$/u],
  ['startsLower', startsLower, /^\p{Ll}/u],
  ['upperThenLower', upperThenLower, /^\p{Lu}\p{Ll}/u],
  ['oneUpper', oneUpper, /^\p{Lu}$/u],
  ['upperInitial', upperInitial, /^\p{Lu}\p{Ll}?\.$/u],
  ['capsAbbr', capsAbbr, /^\p{Lu}{2,}$/u],
  ['capsOrLatin', capsOrLatin, /^(?:[\p{Lu}\d][\p{Lu}\d-]+|\p{Script=Latin}.*)$/u],
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

// Tails and particles are rare in random strings: whole endings are units of their own here.
const wordUnits = [
  ...units,
  'ов',
  'ёв',
  'ин',
  'ск',
  'цк',
  'ий',
  'ая',
  'ого',
  'ым',
  'ой',
  'ую',
  'а',
  'е',
  'аль',
  'ибн',
  '-А',
  '-Я',
];
const TAILS = [
  ...['ов', 'ев', 'ёв', 'ин', 'ын'].flatMap((s) => ['', 'а', 'у', 'ым', 'ом', 'е', 'ой', 'ою', 'ую'].map((e) => s + e)),
  ...['ск', 'цк'].flatMap((s) => ['ий', 'ая', 'ого', 'ому', 'им', 'ом', 'ой', 'ую', 'ою'].map((e) => s + e)),
];
const TAILS_RE = /\p{Ll}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ую)?$|\p{Ll}(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ою)$/u;

describe('word-shape tests', () => {
  const words = fc.string({ unit: fc.constantFrom(...wordUnits), maxLength: 6 });
  it('lowerThenTail answers as its expression on any string', () => {
    fc.assert(
      fc.property(words, (s) => {
        expect(lowerThenTail(s, TAILS, TAILS_RE)).toBe(TAILS_RE.test(s));
      }),
      { numRuns: 6000 },
    );
  });
  it('particleHead reads the part before the hyphen as the expressions do', () => {
    fc.assert(
      fc.property(words, (s) => {
        expect(particleHead(s, false)).toBe(/^(\p{Ll}+)-\p{Lu}/u.exec(s)?.[1] ?? null);
        expect(particleHead(s, true)).toBe(/^(\p{Ll}+)-\p{Lu}\p{Ll}+$/u.exec(s)?.[1] ?? null);
      }),
      { numRuns: 6000 },
    );
  });
  it('finds the shapes in real words', () => {
    expect(lowerThenTail('Кадырбаевым', TAILS, TAILS_RE)).toBe(true);
    expect(lowerThenTail('Липницкой', TAILS, TAILS_RE)).toBe(true);
    expect(lowerThenTail('Москва', TAILS, TAILS_RE)).toBe(false);
    expect(particleHead('аль-Багдади', true)).toBe('аль');
    expect(particleHead('аль-ХАДЖ', true)).toBe(null);
    expect(particleHead('аль-ХАДЖ', false)).toBe('аль');
    expect(capsOrLatin('МЧС')).toBe(true);
    expect(capsOrLatin('Google')).toBe(true);
    expect(capsOrLatin('области')).toBe(false);
  });
});
