import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../src/index.js';
import type { Entity, GosDocument } from '../src/result/schema.js';

// The seed article end to end, against its hand annotation (fixtures/seed/seed.gold.jsonl).
const gold = JSON.parse(readFileSync(new URL('../fixtures/seed/seed.gold.jsonl', import.meta.url), 'utf8').trim()) as {
  text: string;
  publishedAt: string;
  entities: {
    type: string;
    start: number;
    end: number;
    text: string;
    normalized?: unknown;
    value?: unknown;
    unit?: string;
  }[];
};

/** The kinds the package extracts so far; the others (people, awards, events) come with later issues. */
const COVERED = new Set(['date', 'region', 'country', 'number', 'percent', 'organization']);

let extractor: Extractor;
let doc: GosDocument;
beforeAll(async () => {
  extractor = await createExtractor();
  doc = extractor.extract(gold.text); // no publishedAt: the header gives it
});

const found = (type: string, start: number, end: number): Entity | undefined =>
  doc.entities.find((e) => e.type === type && e.start === start && e.end === end);

describe('the seed article', () => {
  it('takes the publication date from its header', () => {
    expect(doc.publishedAt).toBe('2025-11-10');
    expect(doc.publishedAtSource).toBe('header');
  });

  const covered = gold.entities.filter((g) => COVERED.has(g.type));
  it.each(covered.map((g) => [g.type, g.text, g.start, g] as const))(
    'finds the %s "%s" at %i',
    (type, _text, _start, g) => {
      // nested gold ("с 2025 года" holds "2025 года") counts when the outer span is found
      const outer = covered.find((o) => o !== g && o.type === g.type && o.start <= g.start && o.end >= g.end);
      const e = found(type, g.start, g.end) ?? (outer ? found(type, outer.start, outer.end) : undefined);
      expect(e, `${type} "${g.text}"`).toBeDefined();
      if (typeof g.normalized === 'string' && e && 'normalized' in e) expect(e.normalized).toBe(g.normalized);
      if (typeof g.value === 'number' && e && 'value' in e) expect(e.value).toBe(g.value);
    },
  );

  it('gives every mention of the region its codes, and one region fact', () => {
    const regions = doc.entities.filter((e) => e.type === 'region');
    expect(regions.length).toBe(4);
    for (const r of regions)
      expect(r).toMatchObject({
        normalized: 'Владимирская область',
        iso: 'RU-VLA',
        okato: '17',
        federalDistrict: 'Центральный',
      });
    expect(doc.regions).toEqual([
      expect.objectContaining({
        normalized: 'Владимирская область',
        iso: 'RU-VLA',
        mentions: regions.map((r) => r.id),
      }),
    ]);
  });

  it('joins the figures with their units and subject', () => {
    const byText = (t: string) => doc.statistics.find((s) => doc.entities.find((e) => e.id === s.entity)?.text === t);
    expect(byText('187')).toMatchObject({ value: 187, unit: 'заявка' });
    expect(byText('66')).toMatchObject({ value: 66, unit: 'субъект' });
    expect(byText('двух')).toMatchObject({ value: 2, unit: 'номинация' });
    expect(byText('75%')).toMatchObject({
      value: 75,
      subject: expect.objectContaining({ normalized: 'уровень трудоустройства' }),
    });
  });

  it('resolves "с 2025 года" as an open range from 2025', () => {
    const since = doc.dates.find((d) => d.text === 'с 2025 года');
    expect(since?.value).toMatchObject({
      granularity: 'year',
      role: 'since',
      start: '2025-01-01',
      stated: { year: 2025 },
    });
  });
});
