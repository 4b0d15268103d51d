import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../src/engine/index.js';

describe('fold', () => {
  it('is toLowerCase with ё as е, on any string', () => {
    const units = ['а', 'я', 'ё', 'Ё', 'Я', 'A', 'z', '-', ' ', '1', 'É', 'İ', 'Σ', 'ß', 'ѐ', '𝐀', '\u0301'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 16 }), (s) => {
        expect(fold(s)).toBe(s.toLowerCase().replace(/ё/g, 'е'));
      }),
      { numRuns: 3000 },
    );
    expect(fold('министр')).toBe('министр');
    expect(fold('Ёлка')).toBe('елка');
  });
});
