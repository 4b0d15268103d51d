import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphensApart, hyphensApartByExpression } from '../src/extractors/geo/hyphenated.js';
import { CITIES_RU, COUNTRIES, REGIONS, WORLD_PLACES } from '../src/lexicon/geo/index.js';

describe('hyphenated place names', () => {
  it('are written apart as the expression does, on the lexicon names', () => {
    const names: string[] = [];
    for (const r of REGIONS) names.push(r.name, ...r.short, ...r.aliases, ...r.former);
    for (const c of CITIES_RU) names.push(c.name, ...(c.alt ?? []), ...(c.former ?? []));
    for (const c of COUNTRIES) names.push(c.name, ...(c.aliases ?? []));
    for (const w of WORLD_PLACES) names.push(w.name);
    let hyphenated = 0;
    for (const n of names) {
      if (n.includes('-')) hyphenated++;
      expect(hyphensApart(n), n).toBe(n.includes('-') ? hyphensApartByExpression(n) : null);
    }
    expect(hyphenated).toBeGreaterThan(100);
  });

  it('are written apart as the expression does, on any string', () => {
    const units = [
      '-',
      'о',
      'О',
      'а',
      'Я',
      'ё',
      'Ё',
      'x',
      'X',
      ' ',
      '1',
      'ѐ',
      'Ѐ',
      'é',
      'É',
      'ǅ',
      '\u0301',
      '𝐀',
      '—',
      '«',
      '\u00a0',
      '\u00b5',
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 24 }), (s) => {
        expect(hyphensApart(s)).toBe(s.includes('-') ? hyphensApartByExpression(s) : null);
      }),
      { numRuns: 3000 },
    );
  });
});
