/**
 * Skip checks: cheap tests, built once per rule, that say when a rule cannot match at a token,
 * so the backtracking search is never entered there (the first tokens, and a word the match must
 * contain within a short window). They call predicates and span matchers, which have no side
 * effects.
 */
import type { TokenKind } from '../segment/types.js';
import { newMemoSlot, type DocContext } from './context.js';
import { keyId } from './keys.js';
import { spanHits } from './match.js';
import type { PatternNode, SpanMatcher } from './pattern.js';
import type { Predicate, StartKey } from './predicates.js';
import { extend } from './objects.js';
import { afterOptionalHead, runCheck } from './run-check.js';

/** `(ctx, i) => false` only when the pattern cannot match non-empty from token `i`. */
export type Check = (ctx: DocContext, i: number) => boolean;

/** Whether the node can match no tokens at all (span matchers are assumed to). */
export function nullable(node: PatternNode): boolean {
  switch (node.t) {
    case 'tok':
      return false;
    case 'span':
      return true;
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
    case 'tok': {
      const test = node.pred.test;
      return (ctx, i) => i < ctx.tokens.length && test(ctx, i) !== false;
    }
    case 'span':
      return spanCheck(node.matcher);
    case 'named':
    case 'rep':
      return firstCheck(node.item, ahead);
    case 'alt': {
      const checks: Check[] = [];
      for (let k = 0; k < node.items.length; k++) {
        const c = firstCheck(node.items[k]!, ahead);
        if (c === null) return null;
        if (c !== NEVER) checks.push(c);
      }
      return anyCheck(checks);
    }
    case 'seq':
      return seqCheck(node.items, 0, ahead);
  }
}

function both(a: Check | null, b: Check | null): Check | null {
  if (a === null) return b;
  if (b === null) return a;
  return (ctx, i) => a(ctx, i) && b(ctx, i);
}

export const NEVER: Check = () => false;

/** Holds where one of `checks` does (none: never). */
export function anyCheck(checks: readonly Check[]): Check {
  if (checks.length === 0) return NEVER;
  if (checks.length === 1) return checks[0]!;
  return (ctx, i) => {
    for (let k = 0; k < checks.length; k++) if (checks[k]!(ctx, i)) return true;
    return false;
  };
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
  const f = firstCheck(item, ahead);
  if (!nullable(item)) return ahead > 0 && singleToken(item) ? withNext(items, idx, f, ahead) : f;
  // a span matcher with no hit at the token fails there, even if it could match nothing
  if (f !== null && startsWithSpan(item)) return f;
  const rest = seqCheck(items, idx + 1, ahead);
  if (f === null || rest === null) return null;
  return optionalFirst(items, idx, f, rest);
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
    // the rest first: it is usually the selective test (the head after an optional modifier)
    return (ctx, i) => (rest(ctx, i + 1) && f(ctx, i)) || rest(ctx, i);
  }
  if (rest === NEVER) return f;
  return (ctx, i) => f(ctx, i) || rest(ctx, i);
}

/** Most tokens a match of the node can span (Infinity: unknown, a span matcher). */
export function maxLen(node: PatternNode): number {
  switch (node.t) {
    case 'tok':
      return 1;
    case 'span':
      return Infinity;
    case 'named':
      return maxLen(node.item);
    case 'rep':
      return node.max * maxLen(node.item);
    case 'alt': {
      let most = 0;
      for (let k = 0; k < node.items.length; k++) most = Math.max(most, maxLen(node.items[k]!));
      return most;
    }
    case 'seq': {
      let sum = 0;
      for (let k = 0; k < node.items.length; k++) sum += maxLen(node.items[k]!);
      return sum;
    }
  }
}

/**
 * Every match of the node has a token at offset `<= offset` from its start that a start key of
 * one of its predicates admits: a lemma or folded surface in one of the `lemmas` lists, or a kind
 * in one of the `kinds` lists. Only selective keys are used (no "any word"), and the keys are
 * what `RuleSet` already trusts. The lists are the predicates' own (not copied): most anchors are
 * at offset 0, where no window check is made, and a rule's anchors are found when it is first
 * tried, in the first documents (copying every lemma list into sets was a third of what
 * compiling a rule allocated).
 */
export interface Anchor {
  readonly lemmas: readonly (readonly string[])[];
  readonly kinds: readonly (readonly TokenKind[])[];
  /** Punctuation predicates, tested themselves ("%" rather than any punctuation). */
  readonly tests: readonly ((ctx: DocContext, i: number) => unknown)[];
  readonly offset: number;
}

const MAX_WINDOW = 32;
const BROAD_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['word', 'other']);

const PUNCT_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['punct', 'symbol']);

const NO_LISTS: readonly never[] = [];

function tokAnchor(pred: Predicate): Anchor | null {
  const key = pred.start;
  if (key.by === 'kind' && key.values.every((k) => PUNCT_KINDS.has(k))) {
    const test = pred.test;
    return { lemmas: NO_LISTS, kinds: NO_LISTS, tests: [(ctx, i) => test(ctx, i) !== false], offset: 0 };
  }
  return keyAnchor(key);
}

function keyAnchor(key: StartKey): Anchor | null {
  const kinds = key.by === 'kind' ? key.values : key.by === 'mixed' ? key.kinds : key.by === 'lemma' ? [] : null;
  const lemmas = key.by === 'lemma' ? key.values : key.by === 'mixed' ? key.lemmas : [];
  if (kinds === null || kinds.some((k) => BROAD_KINDS.has(k))) return null;
  return {
    lemmas: lemmas.length === 0 ? NO_LISTS : [lemmas],
    kinds: kinds.length === 0 ? NO_LISTS : [kinds],
    tests: NO_LISTS,
    offset: 0,
  };
}

export function anchorsOf(node: PatternNode): Anchor | null {
  switch (node.t) {
    case 'tok':
      return tokAnchor(node.pred);
    case 'span':
      return null;
    case 'named':
      return anchorsOf(node.item);
    case 'rep':
      return node.min === 0 ? null : anchorsOf(node.item);
    case 'alt':
      return altAnchor(node.items);
    case 'seq':
      return anchorsOfSeq(node.items);
  }
}

/** Each alternative's anchor, together (null: one has none). */
function altAnchor(items: readonly PatternNode[]): Anchor | null {
  const lemmas: (readonly string[])[] = [];
  const kinds: (readonly TokenKind[])[] = [];
  const tests: ((ctx: DocContext, i: number) => unknown)[] = [];
  let offset = 0;
  for (let k = 0; k < items.length; k++) {
    const a = anchorsOf(items[k]!);
    if (a === null) return null;
    for (let j = 0; j < a.lemmas.length; j++) lemmas.push(a.lemmas[j]!);
    for (let j = 0; j < a.kinds.length; j++) kinds.push(a.kinds[j]!);
    for (let j = 0; j < a.tests.length; j++) tests.push(a.tests[j]!);
    offset = Math.max(offset, a.offset);
  }
  return { lemmas, kinds, tests, offset };
}

/** The anchor of the last item that every match contains, within reach of the start. */
function anchorsOfSeq(items: readonly PatternNode[]): Anchor | null {
  let best: Anchor | null = null;
  let prefix = 0;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    const a = anchorsOf(it);
    if (a !== null && prefix + a.offset <= MAX_WINDOW) best = extend(a, { offset: prefix + a.offset });
    prefix += maxLen(it);
    if (!(prefix <= MAX_WINDOW)) break;
  }
  return best;
}

/** The distinct values of the lists, in the order they come. */
function union<T extends string>(lists: readonly (readonly T[])[]): T[] {
  const all = new Set<T>();
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k]!;
    for (let j = 0; j < list.length; j++) all.add(list[j]!);
  }
  return Array.from(all);
}

/**
 * Window checks by anchor (offset, kinds and lemmas) when the anchor has no tests of its own: rules
 * with the same anchor share one check, and so one memo and one scan per document. What a check
 * remembers are facts about the document (a token is admitted, a stretch holds none), true
 * whichever rule asks.
 */
const sharedChecks = new Map<string, Check>();

export function windowCheck(a: Anchor | null): Check | null {
  if (a === null || a.offset === 0) return null; // at offset 0 the first-token check says as much
  const kinds = union(a.kinds);
  const lemmas = union(a.lemmas);
  if (a.tests.length > 0) return newWindowCheck(kinds, lemmas, a.tests, a.offset);
  const key = `${a.offset}|${kinds.slice().sort().join(',')}|${lemmas.slice().sort().join(',')}`;
  let check = sharedChecks.get(key);
  if (check === undefined) sharedChecks.set(key, (check = newWindowCheck(kinds, lemmas, a.tests, a.offset)));
  return check;
}

function newWindowCheck(
  kindList: readonly TokenKind[],
  lemmas: readonly string[],
  tests: Anchor['tests'],
  offset: number,
): Check {
  const kinds: ReadonlySet<TokenKind> = new Set(kindList);
  // the lemmas by key number (keys.ts): a token's keys are then tested without hashing strings
  const ids = lemmas.map(keyId);
  let most = -1;
  for (let k = 0; k < ids.length; k++) most = Math.max(most, ids[k]!);
  const mask = new Uint8Array(most + 1);
  for (let k = 0; k < ids.length; k++) mask[ids[k]!] = 1;
  const admits = (ctx: DocContext, j: number): boolean => {
    const tok = ctx.tokens[j]!;
    if (kinds.has(tok.kind)) return true;
    for (let k = 0; k < tests.length; k++) if (tests[k]!(ctx, j)) return true;
    if (ids.length === 0) return false;
    const keys = ctx.keyIds(j);
    for (let k = 0; k < keys.length; k++) if (mask[keys[k]!] === 1) return true;
    return false;
  };
  // windows overlap and rules are tried left to right: remember, per document, whether a token
  // is admitted, the last admitted token found and the last stretch found to hold none, so a
  // check rarely looks at a token twice (and at the same tokens the plain window scan would)
  // (the document by its serial: a reference would keep the last document alive after its run)
  // (the memo is the document's: see `DocContext.memo`)
  const slot = newMemoSlot();
  let lastDoc = 0;
  let memo: Uint8Array = new Uint8Array(0);
  let found = -1;
  let clearFrom = 0;
  let clearTo = 0;
  const admitted = (ctx: DocContext, j: number): boolean => {
    let v = memo[j]!;
    if (v === 0) memo[j] = v = admits(ctx, j) ? 1 : 2;
    return v === 1;
  };
  return (ctx, i) => {
    if (ctx.serial !== lastDoc) {
      lastDoc = ctx.serial;
      memo = ctx.memo(slot);
      found = -1;
      clearFrom = clearTo = 0;
    }
    const end = Math.min(ctx.tokens.length, i + offset + 1);
    if (found >= i && found < end) return true;
    // no admitted token in [clearFrom, clearTo): skip the part of the window it covers
    let j = i >= clearFrom && i < clearTo ? clearTo : i;
    for (; j < end; j++) {
      if (admitted(ctx, j)) {
        found = j;
        break;
      }
    }
    clearFrom = i;
    clearTo = j;
    return j < end;
  };
}

/** The rule's skip check: null when nothing can be ruled out up front. */
export function createSkipCheck(node: PatternNode): Check | null {
  // the window check first: after its one pass per document it is a lookup, and it rejects most tokens
  const window = windowCheck(anchorsOf(node));
  // else a walk over the tokens (after the first token's check, which is cheaper)
  if (window === null) return both(firstCheck(node), runCheck(node) ?? afterOptionalHead(node));
  // then the walk, when there is one: a window admits any anchor within reach ("года" twenty
  // tokens on), a walk only one after tokens the parts before it admit
  return both(both(window, firstCheck(node)), runCheck(node));
}
