import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DocContext,
  RuleSet,
  anyToken,
  rule,
  span,
  tok,
  word,
  type MatchView,
  type Pattern,
  type Rule,
  type RuleMatch,
} from '../src/engine/index.js';
import { segment } from '../src/segment/index.js';
import { testMorph } from './helpers/morph.js';
import { pairs, randomPatterns } from './helpers/patterns.js';

// A rule set picks, at each token, the longest accepted match of its candidate rules, then the
// highest priority, then the first declared; after a first match it asks the other candidates
// only for what would win over it (`Rule.matchOver`). Whatever the rules, that must be what
// trying every rule in full (`Rule.matchAt`) and comparing gives.

const morph = testMorph();

const leaf: fc.Arbitrary<Pattern> = fc.oneof(
  fc.constantFrom('a', 'b', 'c').map((w) => tok(word(w))),
  fc.constant(tok(anyToken())),
  fc.constant(span(pairs)),
);

/** A rule spec: its pattern, priority, and which match lengths its interpretation rejects. */
const specs = fc.array(
  fc.record({
    pattern: randomPatterns(leaf, 3, 2),
    priority: fc.integer({ min: 0, max: 2 }),
    rejects: fc.constantFrom(-1, 1, 2, 3),
  }),
  { minLength: 1, maxLength: 5 },
);

type Value = { id: string; from: number; to: number };

/** The best match at `i` the long way: every rule tried in full, compared. */
function reference(rules: readonly Rule<Value>[], ctx: DocContext, i: number): RuleMatch<Value> | null {
  let best: RuleMatch<Value> | null = null;
  for (const r of rules) {
    const m = r.matchAt(ctx, i);
    if (m && (!best || m.to > best.to || (m.to === best.to && m.rule.priority > best.rule.priority))) best = m;
  }
  return best;
}

const plain = (m: RuleMatch<Value> | null): unknown => (m === null ? null : [m.rule.id, m.from, m.to, m.value]);

describe('rule sets', () => {
  it('find what trying every rule in full finds', () => {
    fc.assert(
      fc.property(specs, fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 8 }), (list, words) => {
        const rules = list.map((s, k) =>
          rule<Value>({
            id: `test/r${k}`,
            examples: [],
            pattern: s.pattern,
            priority: s.priority,
            interpret: (m: MatchView) => (m.to - m.from === s.rejects ? null : { id: `r${k}`, from: m.from, to: m.to }),
          }),
        );
        const set = new RuleSet(rules);
        const ctx = new DocContext(segment(words.join(' ')), morph);
        for (let i = 0; i <= ctx.tokens.length; i++)
          expect(plain(set.matchAt(ctx, i))).toEqual(plain(reference(rules, ctx, i)));
      }),
      { numRuns: 2000 },
    );
  });
});
