import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DocContext,
  Predicate,
  alt,
  anyToken,
  custom,
  punct,
  repeat,
  seq,
  span,
  tok,
  word,
  type Pattern,
  type SpanMatcher,
} from '../src/engine/index.js';
import { compilePattern, enumerate } from '../src/engine/match.js';
import { createSkipCheck } from '../src/engine/prefilter.js';
import { createBranchChecks, createNextWordCheck, createWordCheck } from '../src/engine/word-check.js';
import { segment } from '../src/segment/index.js';
import { testMorph } from './helpers/morph.js';
import { randomPatterns } from './helpers/patterns.js';

// Skip checks (prefilter.ts, run-check.ts) and word checks (word-check.ts: of the first token's
// word and of the next one's) let the engine leave
// a rule out at a token without searching: they may say "maybe" where nothing matches, never
// "no" where something does.

const morph = testMorph();

/** Hits of one and two tokens at every "a", and none elsewhere. */
const pairs: SpanMatcher<string> = {
  description: 'pairs',
  start: { by: 'lemma', values: ['a'] },
  maxHit: 2,
  matchAt: (ctx, i) =>
    ctx.folded(i) === 'a'
      ? [
          { end: i + 2, value: 'ab' },
          { end: i + 1, value: 'a' },
        ]
      : [],
};

/** An empty hit at every "b": a span matcher may match nothing where it has a hit. */
const empties: SpanMatcher<string> = {
  description: 'empties',
  start: { by: 'lemma', values: ['b'] },
  matchAt: (ctx, i) => (ctx.folded(i) === 'b' ? [{ end: i, value: 'b' }] : []),
};

/** Phrases that declare what follows their first word (`SpanMatcher.follow`): "c a" and "c" at every "c". */
const phrases: SpanMatcher<string> = {
  description: 'phrases',
  start: { by: 'lemma', values: ['c'] },
  follow: { second: new Set(['a']), single: true },
  matchAt: (ctx, i) =>
    ctx.folded(i) !== 'c'
      ? []
      : ctx.folded(i + 1) === 'a'
        ? [
            { end: i + 2, value: 'ca' },
            { end: i + 1, value: 'c' },
          ]
        : [{ end: i + 1, value: 'c' }],
};

/** Two-word phrases only: "a b" at every "a" before "b". */
const twoWords: SpanMatcher<string> = {
  description: 'two words',
  start: { by: 'lemma', values: ['a'] },
  follow: { second: new Set(['b']), single: false },
  matchAt: (ctx, i) => (ctx.folded(i) === 'a' && ctx.folded(i + 1) === 'b' ? [{ end: i + 2, value: 'ab' }] : []),
};

/** Hits of one token, or two before "c", at every "b", declared never empty (`SpanMatcher.nonEmpty`) with no `follow`. */
const nonEmpty: SpanMatcher<string> = {
  description: 'non-empty',
  start: { by: 'lemma', values: ['b'] },
  nonEmpty: true,
  maxHit: 2,
  matchAt: (ctx, i) =>
    ctx.folded(i) !== 'b'
      ? []
      : ctx.folded(i + 1) === 'c'
        ? [
            { end: i + 2, value: 'bc' },
            { end: i + 1, value: 'b' },
          ]
        : [{ end: i + 1, value: 'b' }],
};

/** A test of the token and the one after it: its word part (word-check.ts) is the word test. */
const beforeB = custom('before b', (ctx, i) => ctx.folded(i + 1) === 'b');
const aOrCBeforeB = word('a', 'c').and(beforeB);
const eitherBeforeB = word('a').and(beforeB).or(word('c').and(beforeB));
/** Tests that look around the token, with no word part but a start key (their word check is the key). */
const aBeforeB = new Predicate((ctx, i) => ctx.folded(i) === 'a' && ctx.folded(i + 1) === 'b', 'a before b', {
  by: 'lemma',
  values: ['a'],
});
const signAfterC = new Predicate(
  (ctx, i) => ctx.tokens[i]?.kind === 'punct' && ctx.folded(i - 1) === 'c',
  '% after c',
  { by: 'kind', values: ['punct', 'symbol'] },
);

const leaf: fc.Arbitrary<Pattern> = fc.oneof(
  fc.constantFrom('a', 'b', 'c').map((w) => tok(word(w))),
  fc.constant(tok(anyToken())),
  fc.constant(tok(punct('%'))),
  fc.constantFrom(pairs, empties, phrases, twoWords, nonEmpty).map((m) => span(m)),
  fc.constantFrom(aOrCBeforeB, eitherBeforeB, aBeforeB, signAfterC).map((p) => tok(p)),
);

const patterns = randomPatterns(leaf, 4, 3);

describe('skip checks', () => {
  it('never rule out a token where the pattern matches', () => {
    fc.assert(
      fc.property(patterns, fc.array(fc.constantFrom('a', 'b', 'c', '%'), { maxLength: 9 }), (pattern, words) => {
        const ctx = new DocContext(segment(words.join(' ')), morph);
        const compiled = compilePattern(pattern.node);
        const skip = createSkipCheck(pattern.node);
        const byWord = createWordCheck(pattern.node);
        const byNextWord = createNextWordCheck(pattern.node);
        const branches = createBranchChecks(pattern.node);
        for (let from = 0; from < ctx.tokens.length; from++) {
          let matches = false;
          enumerate(ctx, compiled, from, (m) => (matches ||= m.to > from));
          if (!matches) continue;
          expect(skip === null || skip(ctx, from)).toBe(true);
          expect(byWord === null || byWord(ctx, from)).toBe(true);
          // the next word's check: a match of it alone is no match at all past the last token
          const next = (c: typeof byNextWord): boolean =>
            c === null || (from + 1 < ctx.tokens.length && c(ctx, from + 1));
          expect(next(byNextWord)).toBe(true);
          expect(branches.some((b) => (b.first === null || b.first(ctx, from)) && next(b.next))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('ask a word of the parts of a predicate that look at the word alone', () => {
    const ctx = new DocContext(segment('a b c a'), morph);
    for (const p of [aOrCBeforeB, eitherBeforeB]) {
      const check = createWordCheck(tok(p).node)!;
      expect(check).not.toBeNull();
      expect([0, 1, 2, 3].map((i) => check(ctx, i))).toEqual([true, false, true, true]);
    }
    expect(createWordCheck(tok(beforeB).node)).toBeNull();
  });

  it('ask a word of the start key of a predicate with no part on the word alone', () => {
    const ctx = new DocContext(segment('a b c %'), morph);
    const check = createWordCheck(tok(aBeforeB).node)!;
    expect(check).not.toBeNull();
    expect([0, 1, 2, 3].map((i) => check(ctx, i))).toEqual([true, false, false, false]);
    const sign = createWordCheck(tok(signAfterC).node)!;
    expect([0, 1, 2, 3].map((i) => sign(ctx, i))).toEqual([false, false, false, true]);
  });

  it('ask the next word of what must follow a first token, optional or not', () => {
    const ctx = new DocContext(segment('a b c a'), morph);
    const check = createNextWordCheck(seq(tok(anyToken()).optional(), tok(word('a')), tok(word('b'))).node)!;
    expect(check).not.toBeNull();
    // "x a b" or "a b": the next word is "a" or "b"
    expect([0, 1, 2, 3].map((i) => check(ctx, i))).toEqual([true, true, false, true]);
    // a match may be one token long: nothing is known of the next word
    expect(createNextWordCheck(seq(tok(word('a')), tok(word('b')).optional()).node)).toBeNull();
  });

  it('take a leading optional run apart: one or more of it then the rest, or the rest alone', () => {
    // adjectives before a head noun that may stand alone ("a" before "b", then anything)
    const pattern = seq(repeat(tok(word('a')), 0, 3), tok(word('b')), tok(anyToken()).optional());
    // whole, the run leaves the next word open (the match may be "b" alone)
    expect(createNextWordCheck(pattern.node)).toBeNull();
    const ctx = new DocContext(segment('a c a a b b'), morph);
    const branches = createBranchChecks(pattern.node);
    const admits = (i: number): boolean =>
      branches.some(
        (b) =>
          (b.first === null || b.first(ctx, i)) &&
          (b.next === null || (i + 1 < ctx.tokens.length && b.next(ctx, i + 1))),
      );
    // an "a" before "c" starts no match; before "a" or "b" it may, and so may "b" before anything
    expect([0, 1, 2, 3, 4, 5].map(admits)).toEqual([false, false, true, true, true, true]);
  });

  it('ask the next word of a span matcher after a first token when its hits are never empty', () => {
    const ctx = new DocContext(segment('a b a a b'), morph);
    // "a" then a hit of "b" (a currency after its figure): the next word is the matcher's start word
    const check = createNextWordCheck(seq(tok(word('a')), span(nonEmpty)).node)!;
    expect(check).not.toBeNull();
    expect([1, 2, 3, 4].map((i) => check(ctx, i))).toEqual([true, false, false, true]);
    // a matcher that declares nothing may match nothing: the match may be "a" alone
    expect(createNextWordCheck(seq(tok(word('a')), span(empties)).node)).toBeNull();
  });

  it('ask the next word of a repetition of a longer part, and of a span matcher alone', () => {
    const ctx = new DocContext(segment('a b a c a b'), morph);
    // "a b", one or more times, then "c": a match begins with "a b" (geo/region-list's "Ярославской и")
    const run = createNextWordCheck(seq(repeat(seq(tok(word('a')), tok(word('b'))), 1, 12), tok(word('c'))).node)!;
    expect(run).not.toBeNull();
    expect([1, 2, 3, 4, 5].map((i) => run(ctx, i))).toEqual([true, false, false, false, true]);
    // a matcher that declares the second word of its hits, the whole pattern (law/title's «О ...»)
    const alone = createNextWordCheck(span(twoWords).node)!;
    expect(alone).not.toBeNull();
    expect([1, 2, 3, 4, 5].map((i) => alone(ctx, i))).toEqual([true, false, false, false, true]);
    // one whose hits may be one token long says nothing of the next word
    expect(createNextWordCheck(span(phrases).node)).toBeNull();
  });

  it('rule out a number with no percent sign after the figure before it', () => {
    const figure = alt(tok(word('от')), repeat(tok(anyToken().and(word('1', '2', 'тысяч'))), 1, 40));
    const check = createSkipCheck(seq(span(pairs).optional(), figure, tok(punct('%'))).node)!;
    const ctx = new DocContext(segment('рост на 2 тысяч человек и на 1 2 %'), morph);
    const at = (w: string) => ctx.tokens.findIndex((t, i) => t.text === w && (w !== '2' || i > 3));
    expect(check(ctx, 2)).toBe(false); // "2 тысяч человек": no "%" after the figure
    expect(check(ctx, at('1'))).toBe(true);
    expect(check(ctx, at('2'))).toBe(true);
  });

  it('look past a span matcher to what must follow its hits', () => {
    // "b" then "%": a hit of "b" (or "b c") is followed by "%", or the rule cannot match there
    const check = createSkipCheck(seq(span(nonEmpty), tok(punct('%'))).node)!;
    const ctx = new DocContext(segment('b a b % b c % b c'), morph);
    expect([0, 2, 4, 7].map((i) => check(ctx, i))).toEqual([false, true, true, false]);
    // an optional part led by a span matcher: "b" then "a", or "a" alone
    const opt = createSkipCheck(seq(span(nonEmpty).optional(), tok(word('a'))).node)!;
    expect([0, 1, 2, 4].map((i) => opt(ctx, i))).toEqual([true, true, false, false]);
  });

  it('see a word within reach past a span matcher that declares its longest hit', () => {
    // at most two tokens of the span, then up to three "a", then "%": "%" within six tokens
    const pattern = seq(span(pairs).optional(), repeat(tok(word('a', 'b')), 1, 3), tok(punct('%')));
    const check = createSkipCheck(pattern.node)!;
    const ctx = new DocContext(segment('a b a b a b a b % c a %'), morph);
    expect(check(ctx, 0)).toBe(false); // "%" is eight tokens on
    expect(check(ctx, 5)).toBe(true);
    expect(check(ctx, 10)).toBe(true);
  });
});
