/**
 * Word checks: what a rule's first token must be, asked of the token's word alone, so a rule set
 * can leave a rule out of a word's candidates once for every time the word is met.
 */
import { NEVER, anyCheck, nullable, type Check } from './prefilter.js';
import type { PatternNode } from './pattern.js';
import { wordPartOf } from './predicates.js';

/**
 * A necessary condition for a non-empty match of `node` from token `i` that looks at token `i`'s
 * word alone (its predicates there are `byWord`), or null when none is known. A rule set asks it
 * once per word and remembers the rules it leaves (see `RuleSet.collect`): most rules filed under
 * a token kind cannot start at most words of that kind.
 */
export function createWordCheck(node: PatternNode): Check | null {
  switch (node.t) {
    case 'tok': {
      // the predicate, or the part of it that looks at the word alone
      const pred = wordPartOf(node.pred);
      if (pred === null) return null;
      const test = pred.test;
      return (ctx, i) => test(ctx, i) !== false;
    }
    case 'span':
      return null;
    case 'named':
    case 'rep':
      // a non-empty repetition begins with a non-empty one (an empty one ends the loop)
      return createWordCheck(node.item);
    case 'alt': {
      const checks: Check[] = [];
      for (const it of node.items) {
        const c = createWordCheck(it);
        if (c === null) return null;
        if (c !== NEVER) checks.push(c);
      }
      return anyCheck(checks);
    }
    case 'seq':
      return seqWordCheck(node.items, 0);
  }
}

function seqWordCheck(items: readonly PatternNode[], idx: number): Check | null {
  const item = items[idx];
  if (item === undefined) return NEVER; // nothing left to match a token
  const f = createWordCheck(item);
  if (!nullable(item)) return f;
  // the item starts the match, or matches nothing and the rest does
  const rest = seqWordCheck(items, idx + 1);
  if (f === null || rest === null) return null;
  return anyCheck([f, rest].filter((c) => c !== NEVER));
}
