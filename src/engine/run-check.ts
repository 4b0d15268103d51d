/**
 * Run checks: a skip check for a sequence whose selective part comes after parts of no fixed
 * length (a figure of one to dozens of tokens before its "%" or currency), out of reach of a
 * window check (window-check.ts), and for a sequence after an optional first part.
 */
import { longestMatch, neverEmpty, type PatternNode } from './pattern.js';
import { both, firstCheck, nullable, startsWithSpan, type Check } from './prefilter.js';
import { anchorsOf, windowCheck } from './window-check.js';
import type { Predicate } from './predicates.js';

/** Longest run of tokens a run check walks. */
const MAX_RUN = 64;

/**
 * `(ctx, i) => false` only when no non-empty match of the node starts at token `i`. For a
 * sequence `prefix, part, ...` where the prefix holds only token parts: each token the prefix
 * matches passes one of its predicates, so the part starts within the run of such tokens from
 * `i` (or right after it), no further than the prefix's longest match. Predicates are pure, so
 * testing them ahead of the search changes no result.
 */
export function runCheck(node: PatternNode): Check | null {
  switch (node.t) {
    case 'named':
      return runCheck(node.item);
    case 'alt': {
      const checks: Check[] = [];
      for (let k = 0; k < node.items.length; k++) {
        const it = node.items[k]!;
        const c = runCheck(it) ?? firstCheck(it);
        if (c === null) return null;
        checks.push(c);
      }
      return (ctx, i) => {
        for (let k = 0; k < checks.length; k++) if (checks[k]!(ctx, i)) return true;
        return false;
      };
    }
    case 'rep':
      // two or more of a part: the first, then the rest of them after it ("- 2,0 - 3,0" after "1,0")
      if (node.min < 2) return null;
      return seqRunCheck([node.item, { t: 'rep', item: node.item, min: node.min - 1, max: node.max - 1 }]);
    case 'seq':
      // else the first part's own walk, when it cannot match nothing (a range before its unit)
      return (
        seqRunCheck(node.items) ??
        (node.items.length > 0 && !nullable(node.items[0]!) ? runCheck(node.items[0]!) : null)
      );
    default:
      return null;
  }
}

/** The check on the last part that every match holds and whose prefix can be walked. */
function seqRunCheck(items: readonly PatternNode[]): Check | null {
  for (let k = items.length - 1; k >= 1; k--) {
    const item = items[k]!;
    // a part that may match nothing may be absent, except a span matcher's: it is matched (maybe
    // by an empty hit) where it has a hit (a currency after its figure)
    const span = startsWithSpan(item);
    if (nullable(item) && !span) continue;
    let reach = 0;
    let least = 0;
    for (let j = 0; j < k; j++) {
      reach += longestMatch(items[j]!);
      least += minLen(items[j]!);
    }
    if (!(reach <= MAX_RUN)) continue;
    const preds = new Set<Predicate>();
    let tokensOnly = true;
    for (let j = 0; j < k && tokensOnly; j++) tokensOnly = tokenPredicates(items[j]!, preds);
    if (!tokensOnly) continue;
    // the part's first tokens, and its own walk when it has one ("до" after the figure of a range)
    const start = both(firstCheck(item), span ? null : runCheck(item));
    if (start === null) continue;
    return walk(
      Array.from(preds, (p) => p.test),
      start,
      least,
      reach,
      span && nullable(item),
    );
  }
  return null;
}

/**
 * The part starts `least` to `reach` tokens on, after tokens the prefix admits. `empty`: the part
 * may match nothing, so it may come after the last token (not ruled out there).
 */
function walk(tests: readonly Predicate['test'][], start: Check, least: number, reach: number, empty: boolean): Check {
  return (ctx, i) => {
    const n = ctx.tokens.length;
    const end = Math.min(n, i + reach + 1);
    for (let j = i; j < end; j++) {
      // "через" before "два года": a number is no start of the part until the prefix is there
      if (j - i >= least && start(ctx, j)) return true;
      let inPrefix = false;
      for (let k = 0; k < tests.length && !inPrefix; k++) inPrefix = tests[k]!(ctx, j) !== false;
      if (!inPrefix) return false;
    }
    return empty && end === n && i + reach >= n;
  };
}

/** Fewest tokens a match of the node spans (a span matcher's hit may be empty, unless it promises otherwise). */
function minLen(node: PatternNode): number {
  switch (node.t) {
    case 'tok':
      return 1;
    case 'span':
      return neverEmpty(node.matcher) ? 1 : 0;
    case 'named':
      return minLen(node.item);
    case 'rep':
      return node.min * minLen(node.item);
    case 'alt': {
      let fewest = Infinity;
      for (let k = 0; k < node.items.length; k++) fewest = Math.min(fewest, minLen(node.items[k]!));
      return fewest;
    }
    case 'seq': {
      let sum = 0;
      for (let k = 0; k < node.items.length; k++) sum += minLen(node.items[k]!);
      return sum;
    }
  }
}

/** Adds the predicates of the node's token parts to `out`; false when it holds a span matcher. */
function tokenPredicates(node: PatternNode, out: Set<Predicate>): boolean {
  switch (node.t) {
    case 'tok':
      out.add(node.pred);
      return true;
    case 'span':
      return false;
    case 'named':
    case 'rep':
      return tokenPredicates(node.item, out);
    case 'alt':
    case 'seq':
      return node.items.every((it) => tokenPredicates(it, out));
  }
}

/** What rules out a start by a part further into the match (null: nothing known). */
function spanCheckOf(node: PatternNode): Check | null {
  // both: a window admits any anchor within reach, a walk only one after the parts before it
  return both(windowCheck(anchorsOf(node)), runCheck(node) ?? afterOptionalHead(node));
}

/**
 * The window check of a sequence whose first part may match nothing and keeps the rest out of
 * reach of one (an optional qualifier, a gazetteer hit of any length, before a number and its
 * unit): either that part starts the match, or it matches nothing and the rest's window holds.
 */
export function afterOptionalHead(node: PatternNode): Check | null {
  if (node.t !== 'seq' || node.items.length < 2 || !nullable(node.items[0]!)) return null;
  const items = node.items.slice(1);
  const rest: PatternNode = items.length === 1 ? items[0]! : { t: 'seq', items };
  const restCheck = spanCheckOf(rest);
  const headCheck = firstCheck(node.items[0]!);
  if (restCheck === null || headCheck === null) return null;
  return (ctx, i) => restCheck(ctx, i) || headCheck(ctx, i);
}
