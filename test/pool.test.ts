import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Api from '../src/index.js';

// The pool runs the built worker entry (dist/pool-worker.js), so it is tested on the built package,
// from ESM and from CJS, as a user gets it.
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (f: string): string => join(root, 'dist', f);
const built = ['index.js', 'index.cjs', 'pool-worker.js'].every((f) => existsSync(dist(f)));
if (!built) console.warn('test/pool.test.ts: dist/ is missing, skipping; run `npm run build` first');

type Lib = typeof Api;

const TEXTS = [
  'Во Владимирской области 10 ноября 2025 года подвели итоги конкурса: поступило 187 заявок.',
  'Министр труда и занятости населения Владимирской области Андрей Григорьев поздравил победителей.',
  'Уровень безработицы в Ингушетии составил 32,2%, в Тыве — 20,4%.',
  'В Москве 1 января 2024 года вступил в силу Федеральный закон от 05.04.2013 № 44-ФЗ.',
];

// Threads load the morphology each (about a second, much more on a busy machine): generous timeouts.
const SLOW = { timeout: 180_000 };

describe.skipIf(!built)('createPool (dist/, ESM)', SLOW, () => {
  let lib: Lib;
  let pool: Api.Pool;
  let local: Api.Extractor;

  beforeAll(async () => {
    lib = (await import(pathToFileURL(dist('index.js')).href)) as Lib;
    [pool, local] = await Promise.all([lib.createPool({ size: 2, maxQueue: 2 }), lib.createExtractor()]);
  }, SLOW.timeout);
  afterAll(async () => {
    await pool?.destroy();
  });

  it('extracts what the in-process extractor extracts', async () => {
    const docs = await Promise.all(TEXTS.map((t) => pool.extract(t, { publishedAt: '2025-11-10' })));
    expect(docs).toEqual(TEXTS.map((t) => local.extract(t, { publishedAt: '2025-11-10' })));
    expect(pool.pending).toBe(0);
  });

  it('carries errors across threads as the same typed classes, with their fields', async () => {
    const e = await pool.extract(TEXTS[0]!, { publishedAt: '2025-13-45' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(lib.InvalidOptionsError);
    expect(e).toBeInstanceOf(lib.GosfactsError);
    const err = e as Api.InvalidOptionsError;
    expect(err.name).toBe('InvalidOptionsError');
    expect(err.code).toBe('ERR_INVALID_OPTIONS');
    expect(err.issues.map((i) => i.path)).toEqual(['publishedAt']);
    expect(err.stack).toMatch(/pool worker thread/);
    const unknown = await pool.extract(TEXTS[0]!, { when: 1 } as never).catch((x: unknown) => x);
    expect((unknown as Api.InvalidOptionsError).issues).toEqual([{ path: 'when', message: 'unknown option "when"' }]);
    await expect(pool.extract(42 as never)).rejects.toBeInstanceOf(lib.InvalidInputError);
    // a value no thread can receive is an options error, not a crash
    await expect(pool.extract('x', { publishedAt: (() => 1) as never })).rejects.toBeInstanceOf(
      lib.InvalidOptionsError,
    );
  });

  it('refuses past size + maxQueue with PoolQueueFullError, then takes documents again', async () => {
    const settled = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => pool.extract(TEXTS[i % 4]!)));
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    const reason = (settled[4] as PromiseRejectedResult).reason as Api.PoolQueueFullError;
    expect(reason).toBeInstanceOf(lib.PoolQueueFullError);
    expect(reason.code).toBe('ERR_POOL_QUEUE_FULL');
    expect(reason.limit).toBe(4);
    await expect(pool.extract(TEXTS[0]!)).resolves.toMatchObject({ length: TEXTS[0]!.length });
  });

  it('extractMany yields in input order, never overfills the queue, reads lazily', async () => {
    let read = 0;
    let maxPending = 0;
    async function* inputs(): AsyncGenerator<Api.PoolInput> {
      for (let i = 0; i < 40; i++) {
        await Promise.resolve(); // an asynchronous source, as a file or a socket is
        read++;
        maxPending = Math.max(maxPending, pool.pending);
        yield i % 2
          ? { text: `${i}. ${TEXTS[i % 4]}`, options: { publishedAt: '2025-11-10' } }
          : `${i}. ${TEXTS[i % 4]}`;
      }
    }
    const lengths: number[] = [];
    for await (const doc of pool.extractMany(inputs())) {
      lengths.push(doc.length);
      // never more than a window ahead of what was consumed
      expect(read - lengths.length).toBeLessThanOrEqual(2 * pool.size + 1);
    }
    expect(lengths).toEqual(Array.from({ length: 40 }, (_, i) => `${i}. ${TEXTS[i % 4]}`.length));
    expect(maxPending).toBeLessThanOrEqual(pool.size + pool.maxQueue);
  });

  it('extractMany stops at the first failing input with its typed error', async () => {
    const docs: number[] = [];
    const run = async (): Promise<void> => {
      for await (const d of pool.extractMany([
        TEXTS[0]!,
        { text: TEXTS[1]!, options: { publishedAt: 'nope' } },
        TEXTS[2]!,
      ]))
        docs.push(d.length);
    };
    await expect(run()).rejects.toBeInstanceOf(lib.InvalidOptionsError);
    expect(docs).toEqual([TEXTS[0]!.length]);
  });
});

describe.skipIf(!built)('createPool (dist/, CJS)', SLOW, () => {
  const lib = built ? (createRequire(import.meta.url)(dist('index.cjs')) as Lib) : (null as never);

  it('bad pool options are refused before any thread starts', async () => {
    const e = await lib.createPool({ size: 0, maxQueue: -1, types: ['nonsense'] } as never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(lib.InvalidOptionsError);
    expect((e as Api.InvalidOptionsError).issues.map((i) => i.path)).toEqual(['size', 'maxQueue', 'types.0']);
    const limits = await lib
      .createPool({
        resourceLimits: { maxOldGenerationSizeMb: 0, maxYoungGenerationSizeMb: 1.5, stackSizeMb: 4 },
      } as never)
      .catch((x: unknown) => x);
    expect((limits as Api.InvalidOptionsError).issues.map((i) => i.path)).toEqual([
      'resourceLimits.maxOldGenerationSizeMb',
      'resourceLimits.maxYoungGenerationSizeMb',
      'resourceLimits.stackSizeMb',
    ]);
    const custom = await lib.createPool({ extractors: [] } as never).catch((x: unknown) => x);
    expect((custom as Api.InvalidOptionsError).message).toMatch(/custom pipeline cannot be sent to worker threads/);
  });

  it('the extractor options reach every thread; close() finishes what was submitted, then refuses', async () => {
    const pool = await lib.createPool({ size: 1, types: ['date'] });
    const pending = TEXTS.map((t) => pool.extract(t, { publishedAt: '2025-11-10' }));
    const closing = pool.close();
    await expect(pool.extract(TEXTS[0]!)).rejects.toBeInstanceOf(lib.PoolClosedError);
    const docs = await Promise.all(pending);
    await closing;
    expect(docs.flatMap((d) => d.entities.map((e) => e.type))).toContain('date');
    expect(docs.every((d) => d.entities.every((e) => e.type === 'date'))).toBe(true);
  });

  it("resourceLimits bound each thread's heap: too small for the extractor fails createPool", async () => {
    const tooSmall = await lib
      .createPool({ size: 1, resourceLimits: { maxOldGenerationSizeMb: 4 } })
      .catch((x: unknown) => x);
    expect(tooSmall).toBeInstanceOf(lib.WorkerError);
    expect((tooSmall as Error).message).toMatch(/ran out of its heap.*raise resourceLimits/);
    const pool = await lib.createPool({
      size: 1,
      resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 12 },
    });
    try {
      const local = await lib.createExtractor();
      const docs = await Promise.all(TEXTS.map((t) => pool.extract(t, { publishedAt: '2025-11-10' })));
      expect(docs).toEqual(TEXTS.map((t) => local.extract(t, { publishedAt: '2025-11-10' })));
    } finally {
      await pool.close();
    }
  });

  it('a thread that reaches its resourceLimits fails that document with WorkerError; the next runs on a new thread', async () => {
    const pool = await lib.createPool({ size: 1, resourceLimits: { maxOldGenerationSizeMb: 64 } });
    try {
      // 3 million characters (under the default maxLength) need far more than 64 MB of heap
      const huge = TEXTS.join('\n').repeat(Math.ceil(3e6 / TEXTS.join('\n').length));
      const e = await pool.extract(huge).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(lib.WorkerError);
      expect((e as Error).message).toMatch(/ran out of its heap.*resourceLimits/);
      const doc = await pool.extract(TEXTS[1]!);
      expect(doc.entities.map((x) => x.type)).toContain('person');
    } finally {
      await pool.close();
    }
  });

  it('destroy() rejects what is not done with PoolClosedError', async () => {
    const pool = await lib.createPool({ size: 1 });
    const pending = Array.from({ length: 4 }, () => pool.extract(TEXTS[1]!.repeat(200)).catch((x: unknown) => x));
    await pool.destroy();
    const results = await Promise.all(pending);
    expect(results.some((r) => r instanceof lib.PoolClosedError)).toBe(true);
    await expect(pool.extract('x')).rejects.toBeInstanceOf(lib.PoolClosedError);
  });
});
