import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractorSync } from '../src/extractor.js';
import { DocumentSchema, type Entity, type GosDocument, type Statistic } from '../src/result/schema.js';
import { unmark } from './helpers/marks.js';
import { testMorph } from './helpers/morph.js';
import { caseBlocks } from './helpers/blocks.js';

testMorph();
const extractor = createExtractorSync();
const PUBLISHED = '2025-11-10';
const run = (text: string): GosDocument => extractor.extract(text, { publishedAt: PUBLISHED });
const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/statistics/${name}`, import.meta.url)), 'utf8');

/** The statistic of the figure written `figure` (the first such figure). */
function statOf(doc: GosDocument, figure: string): Statistic | undefined {
  const e = doc.entities.find(
    (x) => x.text === figure && (x.type === 'number' || x.type === 'percent' || x.type === 'money'),
  );
  return doc.statistics.find((s) => s.entity === e?.id);
}

interface Passage {
  text: string;
  rows: { figure: string; region: string; indicator: string }[];
}

/** Blocks of `regions.txt`: the passage, then `= <figure> -> <region> | <indicator>` lines. */
function passages(): Passage[] {
  return fixture('regions.txt')
    .split('\n---\n')
    .map((block) => {
      const lines = block.split('\n').filter((l) => !l.startsWith('#'));
      const rows = lines
        .filter((l) => l.startsWith('= '))
        .map((l) => {
          const [, figure = '', region = '', indicator = ''] = /^= (.+?) -> (.+?) \| (.+)$/.exec(l) ?? [];
          return { figure, region, indicator };
        });
      return {
        text: lines
          .filter((l) => !l.startsWith('= '))
          .join('\n')
          .trim(),
        rows,
      };
    });
}

describe('statistics tied to their regions: ranking and report passages', () => {
  const all = passages();
  it('has at least ten passages', () => expect(all.length).toBeGreaterThanOrEqual(10));
  for (const p of all) {
    it(p.text.slice(0, 70), () => {
      const doc = run(p.text);
      expect(DocumentSchema.safeParse(doc).success).toBe(true);
      for (const row of p.rows) {
        const s = statOf(doc, row.figure);
        expect(s, `no statistic for ${row.figure}`).toBeDefined();
        expect(s?.region?.normalized, `region of ${row.figure}`).toBe(row.region);
        const place = doc.entities.find((e) => e.id === s?.region?.entity);
        expect(place?.text).toBe(s?.region?.text);
        if (row.indicator !== '-') expect(s?.indicator, `indicator of ${row.figure}`).toBe(row.indicator);
      }
    });
  }
});

describe('statistics: how the place is tied, the subject entity and the comparison base', () => {
  it('names the source of each tie', () => {
    const doc = run(
      'Самый высокий уровень безработицы — в Ингушетии, здесь она составляет 28,4%. Далее Тыва — 17,9% и Чечня (12,6%).',
    );
    expect(statOf(doc, '28,4%')?.region?.source).toBe('clause');
    expect(statOf(doc, '17,9%')?.region?.source).toBe('list');
    expect(statOf(doc, '12,6%')?.region?.source).toBe('parenthesis');
    const tyva = statOf(doc, '17,9%');
    expect(doc.entities.find((e) => e.id === tyva?.subject?.entity)?.type).toBe('region');
  });

  it('a table line, the previous sentence ("здесь") and the one region of the text', () => {
    const table = run('Уровень безработицы:\nКостромская область\t2,9%\nЯрославская область\t3,1%');
    expect(statOf(table, '3,1%')?.region).toMatchObject({ normalized: 'Ярославская область', source: 'table' });
    const context = run('Лидером рейтинга стала Калужская область. Здесь объём инвестиций вырос на 8%.');
    expect(statOf(context, '8%')?.region).toMatchObject({ normalized: 'Калужская область', source: 'context' });
    const single = run('В Курской области подвели итоги года.\nЗа год в службу занятости обратились 12 тысяч человек.');
    expect(statOf(single, '12 тысяч')?.region).toMatchObject({ normalized: 'Курская область', source: 'document' });
  });

  it('the comparison base, with the place in it', () => {
    const doc = run('В Москве средняя заработная плата составила 120 тыс. рублей, что на 40% выше, чем по России.');
    const s = statOf(doc, '40%');
    expect(s?.change).toMatchObject({ direction: 'above', by: 'на 40%' });
    expect(s?.change?.base?.text).toBe('по России');
    expect(doc.entities.find((e) => e.id === s?.change?.base?.entity)?.text).toBe('России');
    expect(statOf(doc, '120 тыс. рублей')).toMatchObject({ indicator: 'средняя заработная плата' });
  });

  it('the value reached is a change up or down, not a bound', () => {
    const s = statOf(run('Уровень безработицы вырос до 4,7%.'), '4,7%');
    expect(s).toMatchObject({ qualifier: 'exact', change: { direction: 'up', by: null, text: 'вырос до 4,7%' } });
  });

  it('a figure with no place in sight has none', () => {
    expect(statOf(run('Объём производства вырос на 40%.'), '40%')?.region).toBeNull();
  });
});

interface FormCase {
  marked: string;
  expect: { type: string; fields: Record<string, string> }[];
}

function formCases(): FormCase[] {
  return caseBlocks(fixture('forms.txt')).map(([marked = '', ...lines]) => ({
    marked,
    expect: lines.map((l) => {
      const [type = '', ...kv] = l.trim().split(/\s+/);
      return { type, fields: Object.fromEntries(kv.map((x) => x.split('=') as [string, string])) };
    }),
  }));
}

const field = (e: Entity, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), e);

describe('forms of regional press releases (inline-marked fixtures)', () => {
  for (const c of formCases()) {
    it(c.marked, () => {
      const { text, spans } = unmark(c.marked);
      const types = new Set(c.expect.map((x) => x.type));
      const found = run(text).entities.filter((e) => types.has(e.type));
      expect(found.map((e) => e.text)).toEqual(spans.map((s) => s.text));
      found.forEach((e, k) => {
        const want = c.expect[k]!;
        expect(e.start).toBe(spans[k]?.start);
        expect(e.type).toBe(want.type);
        for (const [path, v] of Object.entries(want.fields)) {
          const got = field(e, path);
          expect(String(got), `${path} of ${e.text}`).toBe(v.replace(/_/g, ' '));
        }
      });
    });
  }
});

describe('hostile input', () => {
  it('no entity spans a NUL or control character', () => {
    const text =
      'Выделено 12\u0001 % и 7 млн\u0002 рублей. Москва\u0000Тула: 1 000\u0007 000 человек\u001b, 5\u0000 тысяч';
    const doc = run(text);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    for (const e of doc.entities) expect(e.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/);
    expect(doc.entities.map((e) => e.text)).toEqual(expect.arrayContaining(['12', 'Москва', 'Тула']));
  });

  // the 600 KB (100 000 numbers, all found) takes a minute on a loaded machine: 120 KB here
  it('120 KB of "1 000 " gives every number', () => {
    const n = 20_000;
    const doc = extractor.extract('1 000 '.repeat(n), { publishedAt: PUBLISHED });
    const numbers = doc.entities.filter((e) => e.type === 'number');
    expect(numbers.length).toBe(n);
    expect(numbers.every((e) => e.value === 1000)).toBe(true);
  }, 120_000);
});

describe('statistics lexicon', () => {
  it('holds dictionary forms', async () => {
    const { INDICATOR_HEADS, RANKING_ADJECTIVES } = await import('../src/lexicon/statistics.js');
    const morph = testMorph();
    const bad = [...INDICATOR_HEADS, ...RANKING_ADJECTIVES].filter(
      (w) => !morph.lemmas(w.toLowerCase()).some((l) => l.replace(/ё/g, 'е') === w.toLowerCase().replace(/ё/g, 'е')),
    );
    expect(bad).toEqual([]);
  });
});
