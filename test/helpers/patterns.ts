import fc from 'fast-check';
import { alt, repeat, seq, type Pattern, type SpanMatcher } from '../../src/engine/index.js';

/** Hits of one and two tokens at every "a", and none elsewhere. */
export const pairs: SpanMatcher<string> = {
  description: 'pairs',
  start: { by: 'any' },
  matchAt: (ctx, i) =>
    ctx.folded(i) === 'a'
      ? [
          { end: i + 2, value: `ab${i}` },
          { end: i + 1, value: `a${i}` },
        ]
      : [],
};

/**
 * Random patterns over `leaf`: sequences (up to `maxSeq` parts), alternatives, bounded repetitions
 * (up to `maxExtra` beyond their minimum) and named parts, nested a few levels deep.
 */
export function randomPatterns(leaf: fc.Arbitrary<Pattern>, maxSeq: number, maxExtra: number): fc.Arbitrary<Pattern> {
  return fc.letrec<{ p: Pattern }>((t) => ({
    p: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(t('p'), { minLength: 0, maxLength: maxSeq }).map((xs) => seq(...xs)),
      fc.array(t('p'), { minLength: 1, maxLength: 3 }).map((xs) => alt(...xs)),
      fc
        .tuple(t('p'), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: maxExtra }))
        .map(([x, min, extra]) => repeat(x, min, Math.max(1, min + extra))),
      fc.tuple(t('p'), fc.constantFrom('x', 'y')).map(([x, name]) => x.as(name)),
    ),
  })).p;
}
