import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, type GosDocument } from '../src/index.js';
import { compareMarked, expectMarked, MarkedMismatchError, markText, parseMarked } from '../src/testing/index.js';

describe('gosfacts/testing: marks', () => {
  it('reads typed, nested and untyped marks with their offsets', () => {
    const { text, marks } = parseMarked(
      'Заявил [министр труда [Владимирской области](region)](position) [[Андрей Григорьев]] \\[1\\] [и] [.',
    );
    expect(text).toBe('Заявил министр труда Владимирской области Андрей Григорьев [1] [и] [.');
    expect(marks).toEqual([
      { start: 7, end: 41, text: 'министр труда Владимирской области', type: 'position' },
      { start: 21, end: 41, text: 'Владимирской области', type: 'region' },
      { start: 42, end: 58, text: 'Андрей Григорьев', type: null },
    ]);
  });

  it('markText writes back what parseMarked reads', () => {
    for (const marked of [
      '[Министр [Владимирской области](region)](position) [Андрей Григорьев](person): \\[1\\]',
      'В [[Коврове]] и [[Муроме]]',
    ]) {
      const { text, marks } = parseMarked(marked);
      expect(markText(text, marks)).toBe(marked);
    }
  });
});

describe('gosfacts/testing: comparing a document with marks', () => {
  let extractor: Extractor;
  beforeAll(async () => {
    extractor = await createExtractor();
  }, 60_000);

  it('passes on a correctly marked fixture and returns the document', () => {
    const doc = expectMarked(
      extractor,
      'Как подчеркнул [министр труда и занятости населения [Владимирской области](region)](position) [Андрей Григорьев](person), служба работает.',
    );
    expect(doc.officials[0]?.person.normalized).toBe('Андрей Григорьев');
  });

  it('reports missing and unexpected spans readably', () => {
    let error: unknown;
    try {
      expectMarked(extractor, 'Как подчеркнул министр [Андрей](person) Григорьев, [служба](person) работает.');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MarkedMismatchError);
    const report = (error as Error).message;
    expect(report).toContain('missing     [Андрей](person) at 23..29');
    expect(report).toContain('missing     [служба](person)');
    expect(report).toMatch(
      /unexpected {2}\[Андрей Григорьев\]\(person\) at 23\.\.39 {2}\(Андрей Григорьев, rule person\//,
    );
    expect(report).toContain('actual:   Как подчеркнул министр [Андрей Григорьев](person), служба работает.');
  });

  it('compares only the types marked (or asked for); untyped marks need the types', () => {
    const doc = { entities: [] } as Pick<GosDocument, 'entities'>;
    expect(compareMarked(doc, 'ничего').ok).toBe(true);
    expect(() => compareMarked(doc, '[[Коврове]]')).toThrow(/pass \{ types/);
    expect(compareMarked(doc, '[[Коврове]]', { types: ['city'] }).missing).toHaveLength(1);
  });
});
