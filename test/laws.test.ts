import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, type LawEntity } from '../src/index.js';
import { defaultLawsExtractor } from '../src/extractors/laws/index.js';
import { expectMarked } from '../src/testing/index.js';

let lawsOnly: Extractor;
let full: Extractor;

beforeAll(async () => {
  lawsOnly = await createExtractor({ extractors: [defaultLawsExtractor] });
  full = await createExtractor();
});

const laws = (text: string, ex = lawsOnly): LawEntity[] =>
  ex.extract(text, { publishedAt: '2025-11-10' }).entities.filter((e): e is LawEntity => e.type === 'law');
const one = (text: string): LawEntity => {
  const found = laws(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

for (const file of ['news', 'official']) {
  describe(`laws: marked fixture ${file}.txt`, () => {
    const lines = readFileSync(new URL(`../fixtures/laws/${file}.txt`, import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean);
    for (const line of lines) {
      it(line.slice(0, 70), () => {
        expectMarked(lawsOnly, line, { types: ['law'], publishedAt: '2025-11-10' });
      });
    }
  });
}

describe('laws: fields', () => {
  it('reads kind, issuer, date and number of a decree', () => {
    expect(one('Во исполнение Указа Президента РФ от 7 мая 2024 г. № 309 разработана программа.')).toMatchObject({
      normalized: 'Указ Президента РФ от 7 мая 2024 г. № 309',
      kind: 'указ',
      issuer: 'Президент РФ',
      date: '2024-05-07',
      number: '309',
      title: null,
      references: [],
    });
  });

  it('reads a numeric date, a number with a slash and an issuer in the nominative', () => {
    expect(
      one('Постановлением Правительства Владимирской области от 12.03.2019 № 3/216 утверждён порядок.'),
    ).toMatchObject({
      normalized: 'Постановление Правительства Владимирской области от 12.03.2019 № 3/216',
      kind: 'постановление',
      issuer: 'Правительство Владимирской области',
      date: '2019-03-12',
      number: '3/216',
    });
    expect(one('Приказом Минтруда России от 18 января 2025 г. № 12н утверждены нормы.').issuer).toBe('Минтруд России');
  });

  it('reads the title of a federal law', () => {
    const law = one('по Федеральному закону от 05.04.2013 № 44-ФЗ «О контрактной системе „в сфере“ закупок» и');
    expect(law).toMatchObject({
      kind: 'федеральный закон',
      number: '44-ФЗ',
      date: '2013-04-05',
      title: 'О контрактной системе „в сфере“ закупок',
    });
    expect(law.normalized.startsWith('Федеральный закон от 05.04.2013')).toBe(true);
  });

  it('attaches article, part and clause to the act they belong to', () => {
    const law = one('на основании пункта 6 части 2 статьи 104 Федерального закона № 44-ФЗ поставщик');
    expect(law).toMatchObject({ kind: 'федеральный закон', number: '44-ФЗ', normalized: 'Федеральный закон № 44-ФЗ' });
    expect(law.references).toMatchObject([
      { text: 'пункта 6 части 2 статьи 104', article: '104', part: '2', clause: '6' },
    ]);
  });

  it('normalises a code by its short name to its full name, with every reference', () => {
    const law = one('обвинение по ч. 3 ст. 30, ч. 1 ст. 318 УК РФ предъявлено');
    expect(law).toMatchObject({
      normalized: 'Уголовный кодекс Российской Федерации',
      kind: 'кодекс',
      issuer: 'Российская Федерация',
    });
    expect(law.references.map((r) => [r.part, r.article])).toEqual([
      ['3', '30'],
      ['1', '318'],
    ]);
    expect(one('по статьям 205 и 209 УК Украины').references.map((r) => r.article)).toEqual(['205', '209']);
    expect(one('дело по статье 148 Уголовного кодекса России').normalized).toBe(
      'Уголовный кодекс Российской Федерации',
    );
  });

  it('reads a letter clause and a subclause', () => {
    expect(one('по п. «б» ч. 4 ст. 132 УК РФ').references).toMatchObject([{ clause: 'б', part: '4', article: '132' }]);
  });

  it('does not take a common word for an act', () => {
    for (const text of [
      'По закону жанра фильм закончился свадьбой.',
      'В своей статье журналист рассказал о работе службы.',
      'Решение принято на заседании комиссии.',
      'Следственный комитет (СК РФ) возбудил дело.',
      'Госкорпорация ГК «Ростех» и ЖК «Солнечный» подписали договор аренды.',
      'Принято решение о проведении конкурса, распоряжение о переносе совещания отменено.',
      'Суд вынес постановление о применении меры пресечения.',
    ])
      expect(laws(text), text).toEqual([]);
  });
});

describe('laws: facts', () => {
  it('lists each act once, with its mentions and references', () => {
    const doc = full.extract(
      'Закупки ведутся по Федеральному закону от 05.04.2013 № 44-ФЗ. Согласно пункту 6 части 2 статьи 104 Федерального закона № 44-ФЗ поставщик включён в реестр. ' +
        'Нарушение ст. 7 Закона не выявлено. Дело возбуждено по статье 185 УК РФ.',
      { publishedAt: '2025-11-10' },
    );
    expect(doc.laws.map((l) => [l.normalized, l.mentions.length, l.references.map((r) => r.article)])).toEqual([
      ['Федеральный закон от 05.04.2013 № 44-ФЗ', 3, ['104', '7']],
      ['Уголовный кодекс Российской Федерации', 1, ['185']],
    ]);
    expect(doc.laws[0]).toMatchObject({ id: 'l1', kind: 'федеральный закон', number: '44-ФЗ', date: '2013-04-05' });
  });

  it('keeps a date inside an act as a date entity too', () => {
    const doc = full.extract('Указом Президента РФ от 7 мая 2024 г. № 309 определены цели.', {
      publishedAt: '2025-11-10',
    });
    expect(doc.entities.filter((e) => e.type === 'date').map((e) => e.text)).toEqual([
      expect.stringContaining('7 мая 2024'),
    ]);
    expect(doc.entities.filter((e) => e.type === 'law')).toHaveLength(1);
  });
});

describe('laws: bad input', () => {
  it('keeps exact spans on a long reference chain and unbalanced quotes, in linear time', () => {
    const chain = Array.from({ length: 3000 }, (_, i) => `ч. ${(i % 9) + 1} ст. ${i + 1}`).join(', ');
    const text = `${chain} УК РФ. Закон «О ${'длинном '.repeat(2000)} и «Об «открытых кавычках. Указ № 5 «О»`;
    const timed = (t: string) => {
      const t0 = performance.now();
      const doc = lawsOnly.extract(t, { publishedAt: '2025-11-10' });
      return { doc, ms: performance.now() - t0 };
    };
    const half = timed(text.slice(0, text.length >> 1));
    const whole = timed(text);
    for (const e of whole.doc.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(whole.doc.entities.some((e) => e.type === 'law')).toBe(true);
    // twice the text, about twice the time (generous for a loaded machine)
    expect(whole.ms).toBeLessThan(4 * half.ms + 500);
    for (const e of full.extract(text, { publishedAt: '2025-11-10' }).entities)
      expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
