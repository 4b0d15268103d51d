import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractorSync } from '../src/extractor.js';
import { defaultNumbersExtractor } from '../src/extractors/numbers/index.js';
import { composeWords, parseDigits, toNumber } from '../src/extractors/numbers/value.js';
import {
  CARDINALS,
  COLLECTIVES,
  MEASURES,
  ROUND_NOUNS,
  SCALES,
  TIME_UNITS,
  romanValue,
} from '../src/lexicon/numerals.js';
import { CURRENCIES } from '../src/lexicon/currencies.js';
import { DocumentSchema, type Entity } from '../src/result/schema.js';
import { unmark } from './helpers/marks.js';
import { testMorph } from './helpers/morph.js';
import { caseBlocks } from './helpers/blocks.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/numbers/${name}`, import.meta.url)), 'utf8');
const PUBLISHED = '2025-11-10';

testMorph();
const numbersOnly = createExtractorSync({ extractors: [defaultNumbersExtractor] });
const figures = (text: string): Entity[] =>
  numbersOnly
    .extract(text, { publishedAt: PUBLISHED })
    .entities.filter((e) => e.type === 'number' || e.type === 'percent' || e.type === 'money');

interface Case {
  marked: string;
  expect: { type: string; value: string; unit?: string; qualifier?: string; currency?: string }[];
}

/** Blocks of `cases.txt`: the marked text, then one `type value [unit|currency] [qualifier]` line per entity. */
function readCases(): Case[] {
  const blocks = caseBlocks(fixture('cases.txt'));
  return blocks.map(([marked = '', ...lines]) => ({
    marked,
    expect: lines.map((l) => {
      const [type = '', value = '', third, fourth] = l.trim().split(/\s+/);
      const withUnit =
        type === 'money' ? { currency: third } : third && third !== '-' && !isQualifier(third) ? { unit: third } : {};
      const q = isQualifier(third) ? third : fourth;
      return { type, value, ...withUnit, ...(q ? { qualifier: q } : {}) } as Case['expect'][number];
    }),
  }));
}
const isQualifier = (s: string | undefined): boolean =>
  !!s && ['exact', 'approx', 'more', 'less', 'atLeast', 'atMost', 'upTo'].includes(s);

function numbersOf(e: Entity): number[] {
  if (e.type !== 'number' && e.type !== 'percent' && e.type !== 'money') return [];
  const v = e.value;
  if (typeof v === 'number') return [v];
  if ('amount' in v) return [v.amount];
  return [v.min, v.max];
}

describe('numbers, percentages and money: fixture cases', () => {
  for (const c of readCases()) {
    it(c.marked, () => {
      const { text, spans } = unmark(c.marked);
      const found = figures(text);
      expect(found.map((e) => e.text)).toEqual(spans.map((s) => s.text));
      found.forEach((e, k) => {
        const want = c.expect[k];
        expect(want, `no expectation for ${e.text}`).toBeDefined();
        if (!want) return;
        expect(e.start).toBe(spans[k]?.start);
        expect(e.type).toBe(want.type);
        const values = want.value.split('..').map(Number);
        const got = numbersOf(e);
        expect(got.length).toBe(values.length);
        got.forEach((g, i) => expect(g).toBeCloseTo(values[i] ?? NaN, 6));
        if (want.unit && e.type === 'number') expect(e.unit).toBe(want.unit);
        if (want.currency && e.type === 'money') expect(e.value.currency).toBe(want.currency);
        if (want.qualifier && e.type !== 'date') expect('qualifier' in e ? e.qualifier : null).toBe(want.qualifier);
      });
    });
  }
});

describe('numbers: negative cases', () => {
  const lines = fixture('negative.txt')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of lines) {
    it(line, () => {
      expect(figures(line).map((e) => e.text)).toEqual([]);
    });
  }
});

describe('numbers: values', () => {
  it('reads digits with group separators and decimal marks', () => {
    expect(toNumber(parseDigits('1 500')!)).toBe(1500);
    expect(toNumber(parseDigits('12\u00a0345\u00a0678')!)).toBe(12345678);
    expect(toNumber(parseDigits('1,5')!)).toBe(1.5);
    expect(toNumber(parseDigits('12.5')!)).toBe(12.5);
    expect(toNumber(parseDigits('1.500.000')!)).toBe(1500000);
    expect(parseDigits('12-5')).toBeNull();
  });

  it('composes number words in order and rejects what is not a number', () => {
    expect(toNumber(composeWords([{ unit: 100 }, { unit: 20 }, { unit: 5 }])!)).toBe(125);
    expect(toNumber(composeWords([{ unit: 2 }, { scale: 1000 }, { unit: 300 }])!)).toBe(2300);
    expect(toNumber(composeWords([{ unit: 1.5 }, { scale: 1e6 }])!)).toBe(1500000);
    expect(composeWords([{ unit: 5 }, { unit: 2 }])).toBeNull();
    expect(composeWords([{ scale: 1000 }, { scale: 1000 }])).toBeNull();
  });

  it('scales decimals exactly', () => {
    const [e] = figures('Сумма — 8,1 млн долларов.');
    expect(e?.type === 'money' && e.value).toEqual({ amount: 8100000, currency: 'USD' });
  });

  it('reads Roman numerals', () => {
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('XIX')).toBe(19);
    expect(romanValue('MMXXV')).toBe(2025);
    expect(romanValue('IIII')).toBeNull();
  });

  it('keeps the currency of a neighbouring amount for a scaled number without one', () => {
    const found = figures('Кредиты составили 17 миллиардов рублей, из них 12 миллиардов — высокорисковые.');
    expect(found.map((e) => e.type)).toEqual(['money', 'money']);
    expect(found[1]?.type === 'money' && found[1].value).toEqual({ amount: 12e9, currency: 'RUB' });
  });
});

describe('numbers: lexicon parity with the morphology', () => {
  const morph = testMorph();
  const isOwnLemma = (w: string): boolean => morph.lemmas(w).includes(w) || morph.lemmas(w).length > 0;
  it('every number word is in dictionary form', () => {
    for (const w of [...Object.keys(CARDINALS), ...Object.keys(COLLECTIVES), ...Object.keys(SCALES)]) {
      expect(
        morph.parse(w).some((p) => p.lemma === w || (w === 'один' && p.lemma === 'один')),
        w,
      ).toBe(true);
    }
  });
  it('round nouns, measures and time units parse', () => {
    for (const w of [...Object.keys(ROUND_NOUNS), ...MEASURES, ...TIME_UNITS]) expect(isOwnLemma(w), w).toBe(true);
  });
  it('currency phrases are nominative singular', () => {
    for (const c of CURRENCIES) {
      if (c.mode === 'surface') continue;
      const head = c.phrase.split(' ').find((w) => morph.parse(w).some((p) => p.pos === 'NOUN'));
      expect(head, c.phrase).toBeDefined();
      expect(
        morph.parse(head!).some((p) => p.case === 'nomn' && p.number === 'sing'),
        c.phrase,
      ).toBe(true);
    }
  });
});

describe('ordinals: values, not numbers', () => {
  const ordinals = (text: string) =>
    numbersOnly
      .extract(text, { publishedAt: PUBLISHED })
      .entities.filter((e) => e.type === 'ordinal')
      .map((e) => [e.text, e.type === 'ordinal' ? e.value : null]);
  it('reads ordinal words, suffixes, Roman numerals and labels', () => {
    expect(ordinals('Лучший кадровый центр второго уровня.')).toEqual([['второго', 2]]);
    expect(ordinals('Это двадцать первый сезон и 4-й этап.')).toEqual([
      ['двадцать первый', 21],
      ['4-й', 4],
    ]);
    expect(ordinals('Итоги IV Всероссийского конкурса.')).toEqual([['IV', 4]]);
    expect(ordinals('По ч. 3 статьи 148 УК РФ; команда заняла 10 место.')).toEqual([
      ['3', 3],
      ['148', 148],
      ['10', 10],
    ]);
  });
  it('leaves dates alone', () => {
    expect(ordinals('Первого сентября, в 1990-х годах, в третьем квартале.')).toEqual([]);
  });
});

const RUREBUS = fileURLToPath(new URL('../../shared/corpora/rurebus/texts.jsonl', import.meta.url));

describe.skipIf(!existsSync(RUREBUS))('numbers: RuREBus planning documents run clean', () => {
  it('every text gives valid spans and a valid document', { timeout: 120_000 }, () => {
    const docs = readFileSync(RUREBUS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; text: string });
    expect(docs.length).toBeGreaterThan(100);
    let figuresFound = 0;
    for (const d of docs) {
      const out = numbersOnly.extract(d.text, { publishedAt: PUBLISHED });
      expect(DocumentSchema.safeParse(out).success, d.id).toBe(true);
      for (const e of out.entities) {
        expect(d.text.slice(e.start, e.end), d.id).toBe(e.text);
        if (e.type === 'number' || e.type === 'percent' || e.type === 'money') {
          figuresFound++;
          expect(numbersOf(e).every(Number.isFinite), `${d.id} ${e.text}`).toBe(true);
        }
      }
      expect(out.statistics.length).toBe(
        out.entities.filter((e) => e.type === 'number' || e.type === 'percent' || e.type === 'money').length,
      );
    }
    expect(figuresFound).toBeGreaterThan(1000);
  });
});
