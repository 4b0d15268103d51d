/**
 * Window checks: a word every match of a rule must contain within a short window from its start
 * (its anchor: "года" a few tokens on), looked for once per document and token, shared by the
 * rules with the same anchor. Built by `createSkipCheck` (prefilter.ts) and the run checks.
 */
import type { TokenKind } from '../segment/types.js';
import { newMemoSlot, type DocContext } from './context.js';
import { hasKeyIn, keyMask } from './keys.js';
import { longestMatch, type PatternNode } from './pattern.js';
import type { Predicate, StartKey } from './predicates.js';
import { extend } from './objects.js';
import type { Check } from './prefilter.js';

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
    prefix += longestMatch(it);
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
  const mask = keyMask(lemmas);
  const keyed = lemmas.length > 0;
  const admits = (ctx: DocContext, j: number): boolean => {
    const tok = ctx.tokens[j]!;
    if (kinds.has(tok.kind)) return true;
    for (let k = 0; k < tests.length; k++) if (tests[k]!(ctx, j)) return true;
    return keyed && hasKeyIn(ctx.keyIds(j), mask);
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
