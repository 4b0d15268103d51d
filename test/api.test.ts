import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createExtractor,
  createExtractorSync,
  DocumentSchema,
  extract,
  ExtractOptionsSchema,
  ExtractorOptionsSchema,
  GosfactsError,
  InvalidInputError,
  InvalidOptionsError,
  type Extractor,
} from '../src/index.js';
import { jsonSchemaFiles } from '../scripts/gen-json-schema.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedPath = [
  join(root, 'fixtures/seed/vladimir-employment-award.txt'),
  join(root, '../shared/corpora/seed/vladimir-employment-award.txt'),
].find((p) => existsSync(p));
const SEED = seedPath
  ? readFileSync(seedPath, 'utf8')
  : ' date 2025-11-10 Владимирская область стала серебряным призёром конкурса Минтруда России\n\nСтали известны итоги конкурса 10 ноября 2025 года.';
const SHORT = 'Во Владимирской области 10 ноября 2025 года подвели итоги: уровень трудоустройства достигает 75%.';

/** Runs `fn`, returning what it threw (or fails the test when it did not throw). */
async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

let extractor: Extractor;
beforeAll(async () => {
  extractor = await createExtractor();
});

describe('createExtractor options', () => {
  it('rejects an unknown key with ERR_INVALID_OPTIONS and names the key', async () => {
    const e = await thrown(() => createExtractor({ nonsense: true } as never));
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e).toBeInstanceOf(GosfactsError);
    const err = e as InvalidOptionsError;
    expect(err.code).toBe('ERR_INVALID_OPTIONS');
    expect(err.issues.length).toBeGreaterThan(0);
    // zod reports an unrecognised key at the object itself, naming the key in the message
    expect(err.issues.map((i) => `${i.path} ${i.message}`).join('\n')).toContain('nonsense');
  });

  it('rejects an unknown entity type, with the issue path types.0', async () => {
    const e = (await thrown(() => createExtractor({ types: ['nonsense'] } as never))) as InvalidOptionsError;
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e.code).toBe('ERR_INVALID_OPTIONS');
    expect(e.issues.map((i) => i.path)).toContain('types.0');
  });

  it('rejects an empty types list', async () => {
    expect(await thrown(() => createExtractor({ types: [] as never }))).toBeInstanceOf(InvalidOptionsError);
  });

  it.each([
    ['a string', 'date'],
    ['null', null],
    ['an array', []],
    ['a number', 42],
  ])('rejects %s as options', async (_what, value) => {
    const e = (await thrown(() => createExtractor(value as never))) as InvalidOptionsError;
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e.code).toBe('ERR_INVALID_OPTIONS');
  });

  it('rejects pipeline parts that are not steps', async () => {
    expect(await thrown(() => createExtractor({ extractors: ['dates'] as never }))).toBeInstanceOf(InvalidOptionsError);
    expect(await thrown(() => createExtractor({ refiners: [{}] as never }))).toBeInstanceOf(InvalidOptionsError);
  });

  it('validates synchronously in createExtractorSync too', () => {
    expect(() => createExtractorSync({ bogus: 1 } as never)).toThrow(InvalidOptionsError);
  });

  it('accepts undefined and an empty object', async () => {
    await expect(createExtractor(undefined)).resolves.toBeDefined();
    await expect(createExtractor({})).resolves.toBeDefined();
  });
});

describe('extract input and options', () => {
  it('throws InvalidInputError for a non-string', () => {
    for (const bad of [42, null, undefined, { text: 'x' }, Buffer.from('x')]) {
      let e: unknown;
      try {
        extractor.extract(bad as never);
      } catch (err) {
        e = err;
      }
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a label for the test report only
      expect(e, String(bad)).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).code).toBe('ERR_INVALID_INPUT');
    }
  });

  it('throws InvalidOptionsError for an impossible publishedAt', () => {
    for (const bad of ['2025-13-45', '2025-02-30', '10.11.2025', 'yesterday', '']) {
      let e: unknown;
      try {
        extractor.extract(SHORT, { publishedAt: bad });
      } catch (err) {
        e = err;
      }
      expect(e, bad).toBeInstanceOf(InvalidOptionsError);
      expect(
        (e as InvalidOptionsError).issues.some((i) => i.path === 'publishedAt'),
        bad,
      ).toBe(true);
    }
  });

  it('throws InvalidOptionsError for unknown keys, non-object options and an invalid Date', () => {
    expect(() => extractor.extract(SHORT, { when: '2025-11-10' } as never)).toThrow(InvalidOptionsError);
    expect(() => extractor.extract(SHORT, '2025-11-10' as never)).toThrow(InvalidOptionsError);
    expect(() => extractor.extract(SHORT, { publishedAt: new Date('nope') })).toThrow(InvalidOptionsError);
  });

  it('accepts publishedAt as a string, an ISO date-time, a Date and null', () => {
    expect(extractor.extract(SHORT, { publishedAt: '2025-11-10' }).publishedAt).toBe('2025-11-10');
    expect(extractor.extract(SHORT, { publishedAt: '2025-11-10T08:30:00Z' }).publishedAt).toBe('2025-11-10');
    const viaDate = extractor.extract(SHORT, { publishedAt: new Date(Date.UTC(2025, 10, 10)) });
    expect(viaDate.publishedAt).toBe('2025-11-10');
    expect(viaDate.publishedAtSource).toBe('option');
    const none = extractor.extract(SHORT, { publishedAt: null });
    expect(none.publishedAt).toBeNull();
    expect(none.publishedAtSource).toBeNull();
  });

  it('returns a document that passes DocumentSchema, with exact spans', () => {
    for (const text of [SEED, SHORT, '']) {
      const doc = extractor.extract(text, { publishedAt: '2025-11-10' });
      expect(() => DocumentSchema.parse(doc)).not.toThrow();
      expect(doc.length).toBe(text.length);
      for (const e of doc.entities) {
        expect(e.start).toBeLessThan(e.end);
        expect(text.slice(e.start, e.end)).toBe(e.text);
      }
      expect(doc.dates).toEqual(doc.entities.filter((e) => e.type === 'date'));
    }
  });

  it('numbers entities e1, e2, ... in text order', () => {
    const doc = extractor.extract(SEED, { publishedAt: '2025-11-10' });
    doc.entities.forEach((e, k) => expect(e.id).toBe(`e${k + 1}`));
    for (let k = 1; k < doc.entities.length; k++)
      expect(doc.entities[k]!.start).toBeGreaterThanOrEqual(doc.entities[k - 1]!.start);
  });

  it('is deterministic', () => {
    expect(extractor.extract(SEED, { publishedAt: '2025-11-10' })).toEqual(
      extractor.extract(SEED, { publishedAt: '2025-11-10' }),
    );
  });
});

describe('the date header', () => {
  it('sets publishedAt from a `date YYYY-MM-DD` header when none is given', () => {
    const doc = extractor.extract(SEED);
    expect(doc.publishedAt).toBe('2025-11-10');
    expect(doc.publishedAtSource).toBe('header');
    expect(doc.dates.some((d) => d.normalized === '2025-11-10')).toBe(true);
  });

  it('is overridden by the publishedAt option', () => {
    const doc = extractor.extract(SEED, { publishedAt: '2024-01-15' });
    expect(doc.publishedAt).toBe('2024-01-15');
    expect(doc.publishedAtSource).toBe('option');
  });

  it('is not invented for a text without one', () => {
    const doc = extractor.extract(SHORT);
    expect(doc.publishedAt).toBeNull();
    expect(doc.publishedAtSource).toBeNull();
  });
});

describe('types option', () => {
  it("types: ['date'] keeps only dates", async () => {
    const dates = await createExtractor({ types: ['date'] });
    const doc = dates.extract(SEED, { publishedAt: '2025-11-10' });
    expect(doc.entities.length).toBeGreaterThan(0);
    expect(doc.entities.every((e) => e.type === 'date')).toBe(true);
    expect(doc.regions).toEqual([]);
    expect(doc.statistics.every((s) => doc.entities.some((e) => e.id === s.entity))).toBe(true);
  });
});

describe('extract() convenience', () => {
  it('extracts with a shared default extractor', async () => {
    const doc = await extract(SEED, { publishedAt: '2025-11-10' });
    expect(() => DocumentSchema.parse(doc)).not.toThrow();
    expect(doc).toEqual(extractor.extract(SEED, { publishedAt: '2025-11-10' }));
  });

  it('rejects a non-string with InvalidInputError', async () => {
    await expect(extract(42 as never)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('rejects bad options with InvalidOptionsError', async () => {
    await expect(extract(SHORT, { publishedAt: '2025-13-45' })).rejects.toBeInstanceOf(InvalidOptionsError);
  });
});

describe('JSON Schema files', () => {
  const files = jsonSchemaFiles({ DocumentSchema, ExtractOptionsSchema, ExtractorOptionsSchema });
  for (const [name, content] of Object.entries(files)) {
    it(`docs/schema/${name} matches the zod schemas (regenerate: npm run build && npm run schema)`, () => {
      const path = join(root, 'docs/schema', name);
      expect(existsSync(path), `${path} is missing: run npm run build && npm run schema`).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(content);
    });
  }

  it('the document schema is a JSON object schema with the result fields', () => {
    const schema = JSON.parse(files['document.schema.json']) as { type: string; required: string[] };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['publishedAt', 'entities', 'dates', 'regions', 'statistics', 'officials', 'quotes']),
    );
  });
});
