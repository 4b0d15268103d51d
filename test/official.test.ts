import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractorSync } from '../src/extractor.js';
import type { GosDocument } from '../src/result/schema.js';
import { testMorph } from './helpers/morph.js';
import { MARK_TYPES, passages, unmarkTyped } from './helpers/typed-marks.js';

// Official-document figures (issue 13): fixtures/official/passages.txt, written for these tests
// in the style of the RuREBus planning documents. (fixtures/official/heldout.txt holds real
// passages marked by hand for measuring only: bench/official-figures.mjs prints both.)
testMorph();
const extractor = createExtractorSync();
const PUBLISHED = '2020-06-01';
const fixture = readFileSync(fileURLToPath(new URL('../fixtures/official/passages.txt', import.meta.url)), 'utf8');
const docs = passages(fixture).map((p) => {
  const { text, spans } = unmarkTyped(p);
  return { text, spans, doc: extractor.extract(text, { publishedAt: PUBLISHED }) };
});

function score(type: string): { p: number; r: number } {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const d of docs) {
    const g = d.spans.filter((s) => MARK_TYPES[s.type] === type);
    const e = d.doc.entities.filter((x) => x.type === type);
    gold += g.length;
    pred += e.length;
    tp += e.filter((x) => g.some((s) => s.start === x.start && s.end === x.end)).length;
  }
  return { p: pred ? tp / pred : 1, r: gold ? tp / gold : 1 };
}

const docWith = (needle: string): GosDocument => {
  const d = docs.find((x) => x.text.includes(needle));
  if (!d) throw new Error(`no passage with ${needle}`);
  return d.doc;
};

describe('official documents: figures', () => {
  it('has at least ten passages', () => expect(docs.length).toBeGreaterThanOrEqual(10));
  it('number precision >= 0.85 (exact spans)', () => expect(score('number').p).toBeGreaterThanOrEqual(0.85));
  it('percent recall >= 0.95 (exact spans)', () => expect(score('percent').r).toBeGreaterThanOrEqual(0.95));
  it('no number in act numbers, clause and table numbers, codes, phones and postcodes', () => {
    for (const needle of ['пунктами 3 , 4 и 7', 'таблицах 3 , 4 и 6', 'ОКТМО 37614432', '3.2 . Целевые']) {
      expect(docWith(needle).entities.filter((e) => e.type === 'number')).toEqual([]);
    }
    expect(docWith('Пресс-служба').entities.filter((e) => e.type === 'number' || e.type === 'percent')).toEqual([]);
  });
});

describe('official documents: series', () => {
  it('scenario values are three percentages with their variants', () => {
    const stats = docWith('трех вариантах').statistics.filter((s) => s.kind === 'percent');
    expect(stats.map((s) => [s.value, s.variant])).toEqual([
      [101.2, 'conservative'],
      [102.5, 'base'],
      [103.8, 'target'],
      [1, 'conservative'],
      [2, 'base'],
      [3, 'target'],
    ]);
  });
  it('figures per year carry their year, their date and the unit written once', () => {
    const doc = docWith('Число родившихся');
    expect(doc.statistics.map((s) => [s.value, s.year, s.unit])).toEqual([
      [312, 2017, 'человек'],
      [298, 2018, 'человек'],
      [287, 2019, 'человек'],
      [401, 2017, 'человек'],
      [389, 2018, 'человек'],
      [412, 2019, 'человек'],
    ]);
    const period = doc.entities.find((e) => e.id === doc.statistics[1]?.period);
    expect(period?.text).toBe('2018');
  });
  it('a figure outside a series has neither', () => {
    const s = docWith('раскрываемости').statistics.find((x) => x.value === 68.4);
    expect(s).toMatchObject({ variant: null, year: null });
  });
});

describe('official documents: contacts', () => {
  it('reads the phone, fax, e-mail and address a press release ends with', () => {
    const doc = docWith('Пресс-служба');
    expect(doc.contacts.map((c) => [c.kind, c.text, c.normalized])).toEqual([
      ['phone', '8 (81362) 4-12-07', '+78136241207'],
      ['fax', '8 (81362) 4-12-09', '+78136241209'],
      ['email', 'press@sosnovo.ru', 'press@sosnovo.ru'],
      [
        'address',
        '187800 , Ленинградская область , пос. Сосново , ул. Ленина , д. 11',
        '187800 , Ленинградская область , пос. Сосново , ул. Ленина , д. 11',
      ],
    ]);
    for (const c of doc.contacts) expect(doc.entities.find((e) => e.id === c.holder)?.type).toBe('organization');
  });
  it('finds no contact in a text without one', () => {
    expect(docWith('Число родившихся').contacts).toEqual([]);
  });
});
