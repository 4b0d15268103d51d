/**
 * Skip checks: cheap tests, built once per rule, that say when a rule cannot match at a token,
 * so the backtracking search is never entered there (the first tokens here; a word the match must
 * contain within a short window in window-check.ts; a walk over a run in run-check.ts). They call
 * predicates and span matchers, which have no side effects.
 */
import type { DocContext } from './context.js';
import { spanHits } from './match.js';
import { neverEmpty, type PatternNode, type SpanMatcher } from './pattern.js';
import type { Predicate } from './predicates.js';
import { afterOptionalHead, runCheck } from './run-check.js';
import { anchorsOf, windowCheck } from './window-check.js';

/** `(ctx, i) => false` only when the pattern cannot match non-empty from token `i`. */
export type Check = (ctx: DocContext, i: number) => boolean;

/** Whether the node can match no tokens at all (span matchers are assumed to, unless they promise otherwise). */
export function nullable(node: PatternNode): boolean {
  switch (node.t) {
    case 'tok':
      return false;
    case 'span':
      return !neverEmpty(node.matcher);
    case 'named':
      return nullable(node.item);
    case 'rep':
      return node.min === 0 || nullable(node.item);
    case 'alt':
      return node.items.some(nullable);
    case 'seq':
      return node.items.every(nullable);
  }
}

/** Whether every non-empty match of the node is exactly one token. */
export function singleToken(node: PatternNode): boolean {
  switch (node.t) {
    case 'tok':
      return true;
    case 'named':
      return singleToken(node.item);
    case 'alt':
      return node.items.every(singleToken);
    case 'rep':
      return node.max === 1 && singleToken(node.item);
    default:
      return false;
  }
}

/** Whether a span matcher has a hit at token `i` (its hits are remembered per document). */
function spanCheck(matcher: SpanMatcher): Check {
  return (ctx, i) => i < ctx.tokens.length && spanHits(matcher, ctx, i).length > 0;
}

/**
 * A cheap necessary condition for a non-empty match of `node` starting at token `i`, built from
 * the token predicates that can come first (and, after a leading optional token, the next one),
 * and from a token the match must contain within a bounded distance. Predicates are pure, so
 * testing them ahead of `enumerate` changes no result.
 */
export function firstCheck(node: PatternNode, ahead = 1): Check | null {
  switch (node.t) {
    case 'tok':
      return tokCheck(node.pred.test);
    case 'span':
      return spanCheck(node.matcher);
    case 'named':
    case 'rep':
      return firstCheck(node.item, ahead);
    case 'alt':
      return altCheck(node.items, (it) => firstCheck(it, ahead));
    case 'seq':
      return seqCheck(node.items, 0, ahead);
  }
}

/**
 * The tests of the checks that are "token `i` passes a predicate" (see {@link tokCheck}), and the
 * parts of the checks that are disjunctions (see {@link anyCheck}): a disjunction of them is
 * made one list, tested in one loop, instead of closures calling closures (the first tokens of
 * a figure are alternatives of alternatives: a digit, a number word, a scale...).
 */
const tokTests = new WeakMap<Check, Predicate['test']>();
const anyParts = new WeakMap<Check, readonly Check[]>();
/** One check per predicate test: a predicate in two alternatives is tested once. */
const tokChecks = new WeakMap<Predicate['test'], Check>();

/** Token `i` passes the predicate's test. */
function tokCheck(test: Predicate['test']): Check {
  let check = tokChecks.get(test);
  if (check === undefined) {
    check = (ctx, i) => i < ctx.tokens.length && test(ctx, i) !== false;
    tokChecks.set(test, check);
    tokTests.set(check, test);
  }
  return check;
}

/** Holds where both do; null (nothing known) stands for a check that always holds. */
export function both(a: Check | null, b: Check | null): Check | null {
  if (a === null) return b;
  if (b === null) return a;
  return (ctx, i) => a(ctx, i) && b(ctx, i);
}

export const NEVER: Check = () => false;

/** Holds where one of `checks` does (none: never). */
export function anyCheck(given: readonly Check[]): Check {
  // NEVER adds nothing to a disjunction; nested disjunctions are spliced in, each check once
  const parts = new Set<Check>();
  for (let k = 0; k < given.length; k++) {
    const c = given[k]!;
    const inner = anyParts.get(c);
    if (inner !== undefined) for (let j = 0; j < inner.length; j++) parts.add(inner[j]!);
    else if (c !== NEVER) parts.add(c);
  }
  if (parts.size === 0) return NEVER;
  if (parts.size === 1) return parts.values().next().value!;
  const tests: Predicate['test'][] = [];
  const checks: Check[] = [];
  parts.forEach((c) => {
    const test = tokTests.get(c);
    if (test !== undefined) tests.push(test);
    else checks.push(c);
  });
  const any: Check = (ctx, i) => {
    if (i < ctx.tokens.length) for (let k = 0; k < tests.length; k++) if (tests[k]!(ctx, i) !== false) return true;
    for (let k = 0; k < checks.length; k++) if (checks[k]!(ctx, i)) return true;
    return false;
  };
  anyParts.set(any, Array.from(parts));
  return any;
}

/**
 * The check of alternatives: where one of theirs holds (`make` gives each one's check), or null
 * when one has none (it may match anywhere).
 */
export function altCheck(items: readonly PatternNode[], make: (item: PatternNode) => Check | null): Check | null {
  const checks: Check[] = [];
  for (let k = 0; k < items.length; k++) {
    const c = make(items[k]!);
    if (c === null) return null;
    checks.push(c);
  }
  return anyCheck(checks);
}

/** Whether `items[from..]` can all match nothing. */
function nullableFrom(items: readonly PatternNode[], from: number): boolean {
  for (let k = from; k < items.length; k++) if (!nullable(items[k]!)) return false;
  return true;
}

/** `ahead`: how many more tokens past the first a check may look at (see `withNext`). */
function seqCheck(items: readonly PatternNode[], idx: number, ahead: number): Check | null {
  const item = items[idx];
  if (item === undefined) return NEVER; // nothing left to match a token
  const then = spanThen(items, idx);
  if (then !== null) return then;
  const head = optionalSpanHead(items, idx, ahead);
  if (head !== null) return head;
  const f = firstCheck(item, ahead);
  if (!nullable(item)) return ahead > 0 && singleToken(item) ? withNext(items, idx, f, ahead) : f;
  // a span matcher with no hit at the token fails there, even if it could match nothing
  if (f !== null && startsWithSpan(item)) return f;
  const rest = seqCheck(items, idx + 1, ahead);
  if (f === null || rest === null) return null;
  return optionalFirst(items, idx, f, rest);
}

/** The span matcher the node is (under names), or null. */
function spanOf(node: PatternNode): SpanMatcher | null {
  while (node.t === 'named') node = node.item;
  return node.t === 'span' ? node.matcher : null;
}

/**
 * `items[idx]` is a span matcher and what follows it cannot match nothing: the rest starts where
 * one of the matcher's hits at the token ends, so the rest's skip check holds there ("на 12%" is
 * a comparison only with "выше" or "ниже" after the figure). The hits are the ones the search
 * walks (remembered per document and token), so the check adds no matcher call.
 */
function spanThen(items: readonly PatternNode[], idx: number): Check | null {
  const matcher = spanOf(items[idx]!);
  if (matcher === null || nullableFrom(items, idx + 1)) return null;
  const rest = restNode(items, idx + 1);
  const after = createSkipCheck(rest);
  if (after === null) return null;
  return (ctx, i) => {
    if (i >= ctx.tokens.length) return false;
    const hits = spanHits(matcher, ctx, i);
    for (let k = 0; k < hits.length; k++) if (after(ctx, hits[k]!.end)) return true;
    return false;
  };
}

/** `items[from..]` as one node. */
function restNode(items: readonly PatternNode[], from: number): PatternNode {
  return from === items.length - 1 ? items[from]! : { t: 'seq', items: items.slice(from) };
}

/**
 * `items[idx]` is an optional part led by a span matcher (a qualifier, "более чем на", before a
 * figure): the match is that part and the rest after it, or the rest alone, each checked as a
 * sequence of its own (so the span's hits lead on to the rest, see {@link spanThen}).
 */
function optionalSpanHead(items: readonly PatternNode[], idx: number, ahead: number): Check | null {
  let node = items[idx]!;
  while (node.t === 'named') node = node.item;
  if (node.t !== 'rep' || node.min !== 0 || node.max !== 1 || !startsWithSpan(node.item)) return null;
  const inner = node.item;
  const present = seqCheck(flatItems(inner).concat(items.slice(idx + 1)), 0, ahead);
  const absent = seqCheck(items, idx + 1, ahead);
  if (present === null || absent === null) return null;
  return anyCheck([present, absent]);
}

/** The node's items when it is a sequence (under names), else the node alone. */
function flatItems(node: PatternNode): PatternNode[] {
  let n = node;
  while (n.t === 'named') n = n.item;
  return n.t === 'seq' ? n.items.slice() : [node];
}

/** Whether every match of the node begins with a span matcher's hit (at its first token). */
export function startsWithSpan(node: PatternNode): boolean {
  switch (node.t) {
    case 'span':
      return true;
    case 'named':
      return startsWithSpan(node.item);
    case 'seq':
      return node.items.length > 0 && startsWithSpan(node.items[0]!);
    default:
      return false;
  }
}

/**
 * `items[idx]` is exactly token `i`, so what follows it starts at `i + 1`: when it cannot match
 * nothing, its own check holds there. The first token alone is often a broad test (a lower-case
 * word, a number) that most tokens pass, and the second rejects them before a search is set up.
 */
function withNext(items: readonly PatternNode[], idx: number, f: Check | null, ahead: number): Check | null {
  if (nullableFrom(items, idx + 1)) return f;
  const next = seqCheck(items, idx + 1, ahead - 1);
  if (next === null || next === NEVER) return f;
  if (f === null) return (ctx, i) => next(ctx, i + 1);
  return (ctx, i) => f(ctx, i) && next(ctx, i + 1);
}

/** A non-empty match of `items[idx..]` where `items[idx]` may match nothing. */
function optionalFirst(items: readonly PatternNode[], idx: number, f: Check, rest: Check): Check {
  const item = items[idx]!;
  if (singleToken(item)) {
    const restNullable = nullableFrom(items, idx + 1);
    // either the optional token is there and the rest follows it, or it is absent
    if (rest === NEVER) return f;
    if (restNullable) return (ctx, i) => f(ctx, i) || rest(ctx, i);
    // a span matcher's hits are a walk of its own (a gazetteer's): asked where the token is there
    if (startsWithSpan(items[idx + 1]!)) return (ctx, i) => (f(ctx, i) && rest(ctx, i + 1)) || rest(ctx, i);
    // the rest first: it is usually the selective test (the head after an optional modifier)
    return (ctx, i) => (rest(ctx, i + 1) && f(ctx, i)) || rest(ctx, i);
  }
  if (rest === NEVER) return f;
  return (ctx, i) => f(ctx, i) || rest(ctx, i);
}

/** The rule's skip check: null when nothing can be ruled out up front. */
export function createSkipCheck(node: PatternNode): Check | null {
  // the window check first: after its one pass per document it is a lookup, and it rejects most tokens
  const window = windowCheck(anchorsOf(node));
  // else a walk over the tokens (after the first token's check, which is cheaper)
  if (window === null) return both(firstCheck(node), runCheck(node) ?? afterOptionalHead(node));
  // then the walk, when there is one: a window admits any anchor within reach ("года" twenty
  // tokens on), a walk only one after tokens the parts before it admit
  return both(both(window, firstCheck(node)), runCheck(node) ?? afterOptionalHead(node));
}
