import { describe, expect, it } from 'vitest';
import { DocContext, DocKey, gram, kind } from '../src/engine/index.js';
import { wordIndex, wordInfo, WORDS_MAX } from '../src/engine/words.js';
import type { Morph, Parse } from '../src/morph/types.js';
import { segment } from '../src/segment/index.js';
import type { Token } from '../src/segment/types.js';
import { testMorph } from './helpers/morph.js';

const morph = testMorph();

/** A word token that no text holds (the table reads only a token's kind and text). */
const wordToken = (text: string): Token => ({
  text,
  start: 0,
  end: text.length,
  kind: 'word',
  index: 0,
  sentence: 0,
  spaceBefore: false,
  newlineBefore: false,
});

describe('the engine word table', () => {
  it('is bounded: past WORDS_MAX words it starts afresh', () => {
    // a morphology of its own, so no other test's words are in its table
    const own = {} as Morph;
    const first = wordInfo(own, wordToken('w0'));
    expect(wordInfo(own, wordToken('w0'))).toBe(first);
    for (let k = 1; k < WORDS_MAX - 1; k++) wordInfo(own, wordToken(`w${k}`));
    expect(wordInfo(own, wordToken('w0'))).toBe(first);
    // the table's last word, then one more: a new table
    expect(wordIndex(wordInfo(own, wordToken(`w${WORDS_MAX - 1}`)).id)).toBe(WORDS_MAX - 1);
    const past = wordInfo(own, wordToken(`w${WORDS_MAX}`));
    expect(wordIndex(past.id)).toBe(0);
    expect(past.id).not.toBe(first.id);
    // the first word is a new record of the new table
    const again = wordInfo(own, wordToken('w0'));
    expect(again).not.toBe(first);
    expect(wordIndex(again.id)).toBe(1);
  });

  it('remembers a test per word: all the readings as the readings, a subset as one array', () => {
    // tests on the word alone combined: remembered per word (predicates.ts memoizedByWord)
    const noun = gram('NOUN').and(kind('word'));
    const genitive = gram('NOUN').and(gram('gent'));
    const a = new DocContext(segment('области области'), morph);
    const b = new DocContext(segment('области'), morph);
    const all = noun.test(a, 0);
    expect(all).toBe(a.parses(0));
    expect(noun.test(a, 1)).toBe(all);
    expect(noun.test(b, 0)).toBe(all);
    const some = genitive.test(a, 0);
    const readings: readonly Parse[] = typeof some === 'boolean' ? [] : some;
    expect(readings.length > 0 && readings.length < a.parses(0).length).toBe(true);
    expect(readings.every((p) => p.case === 'gent')).toBe(true);
    // asked again at the same word, in this document and another: the same array
    expect(genitive.test(a, 1)).toBe(some);
    expect(genitive.test(b, 0)).toBe(some);
  });

  it("a pooled context gives back its words' array, and reads its words afresh if asked again", () => {
    const a = new DocContext(segment('Губернатор области'), morph, true);
    const w = a.word(1);
    a.release();
    const b = new DocContext(segment('Москва'), morph, true);
    expect(b.word(0)!.text).toBe('Москва');
    expect(b.word(1)).toBeUndefined();
    expect(a.word(1)).toBe(w);
    b.release();
  });

  it('keeps what a module keeps per document until the context is closed, which lets go of the document', () => {
    const key = new DocKey<string[]>('test');
    const a = new DocContext(segment('Губернатор области'), morph, true);
    const b = new DocContext(segment('Москва'), morph);
    expect(a.local(key)).toBeUndefined();
    a.setLocal(key, ['a']);
    expect(a.local(key)).toEqual(['a']);
    expect(b.local(key)).toBeUndefined();
    a.close();
    expect(a.local(key)).toBeUndefined();
    expect(a.tokens).toHaveLength(0);
    expect(a.text).toBe('');
    expect(a.seg.sentences).toHaveLength(0);
    expect(a.word(0)).toBeUndefined();
    // the pooled bytes were given back: the next pooled context takes them
    const c = new DocContext(segment('Москва'), morph, true);
    expect(c.word(0)!.text).toBe('Москва');
    c.close();
  });
});
