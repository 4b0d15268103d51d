import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractorSync } from '../src/extractor.js';
import type { GosDocument, Statistic } from '../src/result/schema.js';
import { testMorph } from './helpers/morph.js';

testMorph();
const extractor = createExtractorSync();
const PUBLISHED = '2025-11-10';

/** The statistic of the figure whose text is `figure`. */
function statOf(doc: GosDocument, figure: string): Statistic | undefined {
  const e = doc.entities.find((x) => x.text === figure);
  return doc.statistics.find((s) => s.entity === e?.id);
}
const run = (text: string): GosDocument => extractor.extract(text, { publishedAt: PUBLISHED });

describe('statistics: the seed article', () => {
  const text = readFileSync(
    fileURLToPath(new URL('../fixtures/seed/vladimir-employment-award.txt', import.meta.url)),
    'utf8',
  );
  const doc = run(text);

  it('joins the counts with their counted nouns', () => {
    expect(statOf(doc, 'двух')).toMatchObject({ kind: 'number', value: 2, unit: 'номинация' });
    expect(statOf(doc, '187')).toMatchObject({ value: 187, unit: 'заявка', unitPhrase: 'заявка' });
    expect(statOf(doc, '66')).toMatchObject({ value: 66, unit: 'субъект', unitPhrase: 'субъект РФ' });
  });

  it('finds the subject of a percentage and its comparison', () => {
    const s = statOf(doc, '75%');
    expect(s).toMatchObject({ kind: 'percent', value: 75, unit: '%', qualifier: 'exact' });
    expect(s?.subject?.normalized).toBe('уровень трудоустройства');
    expect(s?.change).toMatchObject({ direction: 'above', by: null });
    expect(s?.change?.text.startsWith('выше среднего')).toBe(true);
  });

  it('has one statistic per figure', () => {
    const figures = doc.entities.filter((e) => e.type === 'number' || e.type === 'percent' || e.type === 'money');
    expect(doc.statistics.map((s) => s.entity)).toEqual(figures.map((e) => e.id));
  });
});

describe('statistics: subjects, changes and periods', () => {
  it('a subject linked by a verb, with a change and the date it refers to', () => {
    const doc = run('Объём производства вырос на 40% в 2024 году.');
    const s = statOf(doc, '40%');
    expect(s?.subject?.normalized).toBe('объём производства');
    expect(s?.change).toEqual({ direction: 'up', by: 'на 40%', text: 'вырос на 40%', base: null });
    const period = doc.entities.find((e) => e.id === s?.period);
    expect(period?.type).toBe('date');
    expect(period?.text).toContain('2024');
  });

  it('a change "в N раз"', () => {
    const s = statOf(run('Число обращений увеличилось в 2 раза.'), '2');
    expect(s).toMatchObject({ unit: 'раз', change: { direction: 'up', by: 'в 2 раза' } });
    expect(s?.subject?.normalized).toBe('число обращений');
  });

  it('a change "с X до Y" on both figures', () => {
    const doc = run('Безработица снизилась с 5,1 % до 4,2 %.');
    for (const f of ['5,1 %', '4,2 %']) {
      const s = statOf(doc, f);
      expect(s?.change).toEqual({ direction: 'down', by: null, text: 'с 5,1 % до 4,2 %', base: null });
      expect(s?.subject?.normalized).toBe('безработица');
    }
  });

  it('a subject before a dash, and past a place and a date', () => {
    expect(statOf(run('Доля расходов — 12 %.'), '12 %')?.subject?.normalized).toBe('доля расходов');
    const doc = run(
      'Средняя зарплата в регионе за январь–сентябрь составила 65 тыс. рублей, что на 12% выше, чем годом ранее.',
    );
    const money = statOf(doc, '65 тыс. рублей');
    expect(money).toMatchObject({ kind: 'money', unit: 'RUB', value: { amount: 65000, currency: 'RUB' } });
    expect(money?.subject?.normalized).toBe('средняя зарплата');
    const change = statOf(doc, '12%')?.change;
    expect(change).toMatchObject({ direction: 'above', by: 'на 12%', text: 'на 12% выше' });
    // the base names a period: its entity is the date
    expect(change?.base?.text).toBe('годом ранее');
    expect(doc.entities.find((e) => e.id === change?.base?.entity)?.type).toBe('date');
  });

  it('no subject where the sentence gives none', () => {
    const doc = run('В 2024 году за помощью обратились 150 семей.');
    const s = statOf(doc, '150');
    expect(s).toMatchObject({ unit: 'семья', subject: null, change: null });
  });
});
