import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocContext, anyToken, gnc, span, tok, word, type Pattern } from '../src/engine/index.js';
import { compilePattern, enumerate, type Capture, type RawMatch, type Survivor } from '../src/engine/match.js';
import type { PatternNode } from '../src/engine/pattern.js';
import { segment } from '../src/segment/index.js';
import { testMorph } from './helpers/morph.js';
import { pairs, randomPatterns } from './helpers/patterns.js';

// The compiled matchers must enumerate exactly what the tree interpreter they replaced did: the
// same matches in the same order, with the same captures and survivors, and the same cut-off
// when the step budget runs out. The interpreter is kept here as the reference.

type Cont = (pos: number, caps: Capture | null, surv: Survivor | null, span: unknown) => void;

function interpret(
  ctx: DocContext,
  node: PatternNode,
  from: number,
  emit: (m: RawMatch) => void,
  budget: number,
): void {
  let steps = 0;
  const n = ctx.tokens.length;
  const walk = (
    nd: PatternNode,
    pos: number,
    caps: Capture | null,
    surv: Survivor | null,
    sp: unknown,
    k: Cont,
  ): void => {
    if (++steps > budget) return;
    switch (nd.t) {
      case 'tok': {
        if (pos >= n) return;
        const r = nd.pred.test(ctx, pos);
        if (r === false) return;
        k(pos + 1, caps, r !== true || nd.rel !== null ? { index: pos, parses: r, rel: nd.rel, next: surv } : surv, sp);
        return;
      }
      case 'span': {
        if (pos >= n) return;
        for (const hit of nd.matcher.matchAt(ctx, pos)) k(hit.end, caps, surv, hit.value);
        return;
      }
      case 'named':
        walk(nd.item, pos, caps, surv, undefined, (p, c, s, v) =>
          k(p, { name: nd.name, from: pos, to: p, value: v, next: c }, s, v),
        );
        return;
      case 'alt':
        for (const it of nd.items) walk(it, pos, caps, surv, sp, k);
        return;
      case 'seq': {
        const items = nd.items;
        const step = (idx: number, p: number, c: Capture | null, s: Survivor | null, v: unknown): void => {
          const item = items[idx];
          if (item === undefined) k(p, c, s, v);
          else walk(item, p, c, s, v, (p2, c2, s2, v2) => step(idx + 1, p2, c2, s2, v2));
        };
        step(0, pos, caps, surv, sp);
        return;
      }
      case 'rep': {
        const loop = (count: number, p: number, c: Capture | null, s: Survivor | null, v: unknown): void => {
          if (count < nd.max)
            walk(nd.item, p, c, s, v, (p2, c2, s2, v2) => {
              if (p2 > p) loop(count + 1, p2, c2, s2, v2);
            });
          if (count >= nd.min) k(p, c, s, v);
        };
        loop(0, pos, caps, surv, sp);
        return;
      }
    }
  };
  walk(node, from, null, null, undefined, (to, caps, surv, spanValue) =>
    emit({ from, to, state: { caps, surv, spanValue } }),
  );
}

/** A match as plain data: positions, captures and survivors in list order. */
function plain(m: RawMatch): unknown {
  const caps: unknown[] = [];
  for (let c = m.state.caps; c; c = c.next) caps.push([c.name, c.from, c.to, c.value]);
  const surv: unknown[] = [];
  for (let s = m.state.surv; s; s = s.next)
    surv.push([s.index, s.rel?.name ?? null, s.parses === true ? true : s.parses === false ? false : s.parses.length]);
  return [m.from, m.to, m.state.spanValue, caps, surv];
}

const morph = testMorph();
const rel = gnc();

const leaf: fc.Arbitrary<Pattern> = fc.oneof(
  fc.constantFrom('a', 'b', 'c').map((w) => tok(word(w))),
  fc.constant(tok(anyToken())),
  fc.constantFrom('a', 'b').map((w) => tok(word(w)).agree(rel)),
  fc.constant(span(pairs)),
);

const patterns = randomPatterns(leaf, 3, 2);

describe('compiled patterns', () => {
  it('enumerate what the tree interpreter did, budget cut-off included', () => {
    fc.assert(
      fc.property(
        patterns,
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 7 }),
        fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(4000)),
        (pattern, words, budget) => {
          const ctx = new DocContext(segment(words.join(' ')), morph);
          const compiled = compilePattern(pattern.node);
          for (let from = 0; from <= ctx.tokens.length; from++) {
            const want: unknown[] = [];
            const got: unknown[] = [];
            interpret(ctx, pattern.node, from, (m) => want.push(plain(m)), budget);
            enumerate(ctx, compiled, from, (m) => got.push(plain(m)), budget);
            expect(got).toEqual(want);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
