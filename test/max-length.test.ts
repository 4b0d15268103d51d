import { beforeAll, describe, expect, it } from 'vitest';
import {
  createExtractor,
  DEFAULT_MAX_LENGTH,
  extract,
  GosfactsError,
  InputTooLongError,
  InvalidOptionsError,
  type Extractor,
} from '../src/index.js';

const SENTENCE = 'Во Владимирской области 10 ноября 2025 года открыли новую школу. ';

/** What `fn` threw, or a failed test when it did not throw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('maxLength', () => {
  let small: Extractor;
  beforeAll(async () => {
    small = await createExtractor({ maxLength: 1000 });
  });

  it('defaults to a few million characters', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(5_000_000);
  });

  it('extracts a text of exactly maxLength characters', () => {
    const text = SENTENCE.repeat(40).slice(0, 1000);
    expect(text.length).toBe(1000);
    const doc = small.extract(text, { publishedAt: '2025-11-10' });
    expect(doc.entities.some((e) => e.type === 'region')).toBe(true);
  });

  it('refuses a longer text whole, with a typed error that says both lengths', () => {
    const text = SENTENCE.repeat(40).slice(0, 1001);
    const e = thrown(() => small.extract(text, { publishedAt: '2025-11-10' }));
    expect(e).toBeInstanceOf(InputTooLongError);
    expect(e).toBeInstanceOf(GosfactsError);
    const err = e as InputTooLongError;
    expect(err.code).toBe('ERR_INPUT_TOO_LONG');
    expect(err.length).toBe(1001);
    expect(err.maxLength).toBe(1000);
    expect(err.message).toContain('1,001');
    expect(err.message).toContain('maxLength 1,000');
  });

  it('can be raised or lowered for one call', () => {
    const text = SENTENCE.repeat(40);
    expect(() => small.extract(text, { publishedAt: '2025-11-10', maxLength: text.length })).not.toThrow();
    expect(() => small.extract(SENTENCE, { publishedAt: '2025-11-10', maxLength: 10 })).toThrow(InputTooLongError);
  });

  it('applies the default to the one-off extract()', async () => {
    const text = 'а'.repeat(DEFAULT_MAX_LENGTH + 1);
    await expect(extract(text, { publishedAt: '2025-11-10' })).rejects.toBeInstanceOf(InputTooLongError);
  });

  it.each([0, -5, 1.5, '1000', null])('reports maxLength %j as an invalid option', async (v) => {
    await expect(createExtractor({ maxLength: v as number })).rejects.toBeInstanceOf(InvalidOptionsError);
    const e = thrown(() => small.extract(SENTENCE, { maxLength: v as number }));
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect((e as InvalidOptionsError).issues[0]?.path).toBe('maxLength');
  });
});
