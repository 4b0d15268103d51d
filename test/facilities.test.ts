import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../src/index.js';
import { unmark } from './helpers/marks.js';

let nerel: Extractor;
let factru: Extractor;
beforeAll(async () => {
  nerel = await createExtractor();
  factru = await createExtractor({ convention: 'factru' });
});

const fixture = (name: string): string[] =>
  readFileSync(new URL(`../fixtures/facilities/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);
const facilities = (text: string, ex = nerel) => ex.extract(text).entities.filter((e) => e.type === 'facility');

describe('facilities: marked fixture', () => {
  for (const line of fixture('positive.txt')) {
    it(line.slice(0, 60), () => {
      const { text, spans } = unmark(line);
      expect(facilities(text).map((e) => `${e.start}:${e.text}`)).toEqual(spans.map((s) => `${s.start}:${s.text}`));
    });
  }
  for (const line of fixture('negative.txt')) {
    it(`none in: ${line.slice(0, 50)}`, () => expect(facilities(line)).toEqual([]));
  }
});

describe('facilities: normalisation, kinds and conventions', () => {
  it('puts the name in the nominative and says what kind of structure it is', () => {
    const got = facilities('Цветы возложили к Исаакиевскому собору, затем гости прошли по Манежной площади.').map(
      (e) => (e.type === 'facility' ? [e.normalized, e.kind] : []),
    );
    expect(got).toEqual([
      ['Исаакиевский собор', 'church'],
      ['Манежная площадь', 'street'],
    ]);
  });

  it('takes the particles of a foreign name into a building named after a person', () => {
    const doc = nerel.extract('Самолёт приземлился в аэропорту имени Шарля де Голля под Парижем.');
    expect(doc.entities.filter((e) => e.type === 'facility').map((e) => e.text)).toEqual([
      'аэропорту имени Шарля де Голля',
    ]);
  });

  it('in the building, not the body: "в Белом доме" drops the organisation on the same words', () => {
    const doc = nerel.extract('Переговоры прошли в Белом доме.');
    expect(doc.entities.map((e) => `${e.type}:${e.text}`)).toEqual(['facility:Белом доме']);
  });

  it('under the factRuEval convention the same structures are places', () => {
    const doc = factru.extract('Митинг прошёл на Манежной площади у Исаакиевского собора.');
    expect(doc.entities.filter((e) => e.type === 'facility')).toEqual([]);
    expect(doc.entities.filter((e) => e.type === 'location').map((e) => e.text)).toEqual([
      'Манежной площади',
      'Исаакиевского собора',
    ]);
  });
});
