import type { Grammeme, Parse } from '../morph/types.js';
import type { Token, TokenKind } from '../segment/types.js';
import type { DocContext } from './context.js';
import { enumerate, resolveAgreement, survivorsOf, type Capture, type MatchState } from './match.js';
import { nominative } from './normalize.js';
import { Pattern, seq, startKeys, type PatternLike, type PatternNode, type SpanMatcher } from './pattern.js';
import type { Predicate, StartKey } from './predicates.js';

/** One named part of a match, as the interpretation sees it. */
export interface Part {
  readonly name: string;
  /** Token index range `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** Character offsets into the text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Value of a gazetteer (span matcher) hit inside the part, if any. */
  readonly value: unknown;
  /** Readings of the part's first token that survived the rule (and agreement). */
  readonly parses: readonly Parse[];
  /** Best lemma of the part's first token (folded). */
  readonly lemma: string;
  /** The part put into the nominative, agreeing words inflected together ("Владимирской области" -> "Владимирская область"). */
  nominative(): string;
}

/** What an interpretation receives: the whole match and its named parts. */
export interface MatchView {
  readonly ctx: DocContext;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The first part with this name, in text order. */
  part(name: string): Part | undefined;
  /** Every part with this name, in text order (repeated parts). */
  parts(name: string): readonly Part[];
  has(name: string): boolean;
  /** Surviving readings of token `i` inside this match. */
  parsesAt(i: number): readonly Parse[];
  /** Token range put into the nominative (see `Part.nominative`). */
  nominative(from?: number, to?: number): string;
}

export interface RuleSpec<V> {
  /** Stable id, `kind/name` (e.g. `date/day-month-year`). */
  readonly id: string;
  /** Phrases the rule must match whole; tests run them. */
  readonly examples: readonly string[];
  readonly pattern: PatternLike;
  /** Turns the match into a value; return null/undefined to reject it. Never throw. */
  readonly interpret?: (m: MatchView) => V | null | undefined;
  /** Breaks ties between equally long matches at the same start (higher wins). */
  readonly priority?: number;
}

/** A named grammar with examples and an interpretation. */
export class Rule<V = unknown> {
  readonly id: string;
  readonly examples: readonly string[];
  readonly node: PatternNode;
  readonly priority: number;
  readonly starts: readonly StartKey[];
  private readonly interpretFn: ((m: MatchView) => V | null | undefined) | undefined;
  /** A necessary condition for a non-empty match at a token (null: none known), to skip `enumerate`. */
  private readonly mayStart: Check | null;

  constructor(spec: RuleSpec<V>) {
    if (!spec.id || typeof spec.id !== 'string') throw new TypeError('a rule needs a string id');
    this.id = spec.id;
    this.examples = spec.examples;
    const p = spec.pattern instanceof Pattern ? spec.pattern : seq(spec.pattern);
    this.node = p.node;
    this.priority = spec.priority ?? 0;
    this.starts = startKeys(this.node) ?? [{ by: 'any' }];
    this.interpretFn = spec.interpret;
    this.mayStart = both(firstCheck(this.node), windowCheck(anchorsOf(this.node)));
  }

  /** The best (longest accepted) match starting at token `i`, or null. */
  matchAt(ctx: DocContext, i: number): RuleMatch<V> | null {
    if (this.mayStart !== null && !this.mayStart(ctx, i)) return null;
    const raws: { to: number; state: MatchState }[] = [];
    enumerate(ctx, this.node, i, (m) => {
      if (m.to > i) raws.push({ to: m.to, state: m.state });
    });
    if (!raws.length) return null;
    if (raws.length > 1) raws.sort((a, b) => b.to - a.to);
    const tried = new Set<string>();
    for (const r of raws) {
      const narrowed = resolveAgreement(ctx, r.state);
      if (!narrowed) continue;
      const view = createView(ctx, i, r.to, r.state, narrowed);
      const key = `${r.to}|${capsKey(r.state.caps)}`;
      if (tried.has(key) && !this.interpretFn) continue;
      tried.add(key);
      let value: V | null | undefined;
      try {
        value = this.interpretFn ? this.interpretFn(view) : (view as unknown as V);
      } catch {
        value = null; // an interpretation bug rejects the match rather than failing the document
      }
      if (value === null || value === undefined) continue;
      return { rule: this, from: i, to: r.to, start: view.start, end: view.end, text: view.text, value };
    }
    return null;
  }
}

/** A match of a rule, with its interpreted value. */
export interface RuleMatch<V> {
  readonly rule: Rule<V>;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: V;
}

/**
 * Declares a rule.
 * @example
 * const ordinalContest = rule({
 *   id: 'event/nth-contest',
 *   examples: ['IV Всероссийского конкурса'],
 *   pattern: seq(tok(kind('roman')).as('n'), tok(gram('ADJF')).agree(r), tok(lemma('конкурс')).agree(r)),
 *   interpret: (m) => ({ n: m.part('n')?.text }),
 * });
 */
export function rule<V = MatchView>(spec: RuleSpec<V>): Rule<V> {
  return new Rule(spec);
}

/** `(ctx, i) => false` only when the pattern cannot match non-empty from token `i`. */
type Check = (ctx: DocContext, i: number) => boolean;

/** Whether the node can match no tokens at all (span matchers are assumed to). */
function nullable(node: PatternNode): boolean {
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
function singleToken(node: PatternNode): boolean {
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

/**
 * Whether a span matcher has a hit at token `i`, remembered per document (a matcher's hits
 * depend only on the document and the position).
 */
function spanCheck(matcher: SpanMatcher): Check {
  let lastCtx: DocContext | null = null;
  let memo: Int8Array = new Int8Array(0);
  return (ctx, i) => {
    if (ctx !== lastCtx) {
      lastCtx = ctx;
      memo = new Int8Array(ctx.tokens.length);
    }
    if (i >= memo.length) return false;
    let v = memo[i]!;
    if (v === 0) {
      v = matcher.matchAt(ctx, i).length > 0 ? 1 : 2;
      memo[i] = v;
    }
    return v === 1;
  };
}

/**
 * A cheap necessary condition for a non-empty match of `node` starting at token `i`, built from
 * the token predicates that can come first (and, after a leading optional token, the next one),
 * and from a token the match must contain within a bounded distance. Predicates are pure, so
 * testing them ahead of `enumerate` changes no result.
 */
function firstCheck(node: PatternNode): Check | null {
  switch (node.t) {
    case 'tok': {
      const test = node.pred.test;
      return (ctx, i) => i < ctx.tokens.length && test(ctx, i) !== false;
    }
    case 'span':
      return spanCheck(node.matcher);
    case 'named':
    case 'rep':
      return firstCheck(node.item);
    case 'alt': {
      const checks: Check[] = [];
      for (const it of node.items) {
        const c = firstCheck(it);
        if (c === null) return null;
        checks.push(c);
      }
      if (checks.length === 1) return checks[0]!;
      return (ctx, i) => {
        for (const c of checks) if (c(ctx, i)) return true;
        return false;
      };
    }
    case 'seq':
      return seqCheck(node.items, 0);
  }
}

function both(a: Check | null, b: Check | null): Check | null {
  if (a === null) return b;
  if (b === null) return a;
  return (ctx, i) => a(ctx, i) && b(ctx, i);
}

const NEVER: Check = () => false;

function seqCheck(items: readonly PatternNode[], idx: number): Check | null {
  const item = items[idx];
  if (item === undefined) return NEVER; // nothing left to match a token
  const f = firstCheck(item);
  if (!nullable(item)) return f;
  const rest = seqCheck(items, idx + 1);
  if (f === null || rest === null) return null;
  return optionalFirst(items, idx, f, rest);
}

/** A non-empty match of `items[idx..]` where `items[idx]` may match nothing. */
function optionalFirst(items: readonly PatternNode[], idx: number, f: Check, rest: Check): Check {
  const item = items[idx]!;
  if (singleToken(item)) {
    const restNullable = items.slice(idx + 1).every(nullable);
    // either the optional token is there and the rest follows it, or it is absent
    if (rest === NEVER) return f;
    if (restNullable) return (ctx, i) => f(ctx, i) || rest(ctx, i);
    return (ctx, i) => (f(ctx, i) && rest(ctx, i + 1)) || rest(ctx, i);
  }
  if (rest === NEVER) return f;
  return (ctx, i) => f(ctx, i) || rest(ctx, i);
}

/** Most tokens a match of the node can span (Infinity: unknown, a span matcher). */
function maxLen(node: PatternNode): number {
  switch (node.t) {
    case 'tok':
      return 1;
    case 'span':
      return Infinity;
    case 'named':
      return maxLen(node.item);
    case 'rep':
      return node.max * maxLen(node.item);
    case 'alt':
      return Math.max(0, ...node.items.map(maxLen));
    case 'seq':
      return node.items.reduce((a, it) => a + maxLen(it), 0);
  }
}

/**
 * Every match of the node has a token at offset `<= offset` from its start that a start key of
 * one of its predicates admits: a lemma or folded surface in `lemmas`, or a kind in `kinds`. Only
 * selective keys are used (no "any word"), and the keys are what `RuleSet` already trusts.
 */
interface Anchor {
  readonly lemmas: ReadonlySet<string>;
  readonly kinds: ReadonlySet<TokenKind>;
  /** Punctuation predicates, tested themselves ("%" rather than any punctuation). */
  readonly tests: readonly ((ctx: DocContext, i: number) => unknown)[];
  readonly offset: number;
}

const MAX_WINDOW = 32;
const BROAD_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['word', 'other']);

const PUNCT_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['punct', 'symbol']);

function tokAnchor(pred: Predicate): Anchor | null {
  const key = pred.start;
  if (key.by === 'kind' && key.values.every((k) => PUNCT_KINDS.has(k))) {
    const test = pred.test;
    return { lemmas: new Set(), kinds: new Set(), tests: [(ctx, i) => test(ctx, i) !== false], offset: 0 };
  }
  return keyAnchor(key);
}

function keyAnchor(key: StartKey): Anchor | null {
  const kinds = key.by === 'kind' ? key.values : key.by === 'mixed' ? key.kinds : key.by === 'lemma' ? [] : null;
  const lemmas = key.by === 'lemma' ? key.values : key.by === 'mixed' ? key.lemmas : [];
  if (kinds === null || kinds.some((k) => BROAD_KINDS.has(k))) return null;
  return { lemmas: new Set(lemmas), kinds: new Set(kinds), tests: [], offset: 0 };
}

function anchorsOf(node: PatternNode): Anchor | null {
  switch (node.t) {
    case 'tok':
      return tokAnchor(node.pred);
    case 'span':
      return null;
    case 'named':
      return anchorsOf(node.item);
    case 'rep':
      return node.min === 0 ? null : anchorsOf(node.item);
    case 'alt': {
      const lemmas = new Set<string>();
      const kinds = new Set<TokenKind>();
      const tests: ((ctx: DocContext, i: number) => unknown)[] = [];
      let offset = 0;
      for (const it of node.items) {
        const a = anchorsOf(it);
        if (a === null) return null;
        for (const l of a.lemmas) lemmas.add(l);
        for (const k of a.kinds) kinds.add(k);
        tests.push(...a.tests);
        offset = Math.max(offset, a.offset);
      }
      return { lemmas, kinds, tests, offset };
    }
    case 'seq':
      return anchorsOfSeq(node.items);
  }
}

/** The anchor of the last item that every match contains, within reach of the start. */
function anchorsOfSeq(items: readonly PatternNode[]): Anchor | null {
  let best: Anchor | null = null;
  let prefix = 0;
  for (const it of items) {
    const a = anchorsOf(it);
    if (a !== null && prefix + a.offset <= MAX_WINDOW) best = { ...a, offset: prefix + a.offset };
    prefix += maxLen(it);
    if (!(prefix <= MAX_WINDOW)) break;
  }
  return best;
}

function windowCheck(a: Anchor | null): Check | null {
  if (a === null || a.offset === 0) return null; // at offset 0 the first-token check says as much
  const { lemmas, kinds, tests, offset } = a;
  const admits = (ctx: DocContext, j: number): boolean => {
    const tok = ctx.tokens[j]!;
    if (kinds.has(tok.kind)) return true;
    for (const t of tests) if (t(ctx, j)) return true;
    if (lemmas.size === 0) return false;
    if (lemmas.has(ctx.folded(j))) return true;
    if (tok.kind === 'word' || tok.kind === 'other') for (const l of ctx.lemmas(j)) if (lemmas.has(l)) return true;
    return false;
  };
  // whether a token is admitted, remembered per document: windows overlap
  let lastCtx: DocContext | null = null;
  let memo: Int8Array = new Int8Array(0);
  return (ctx, i) => {
    if (ctx !== lastCtx) {
      lastCtx = ctx;
      memo = new Int8Array(ctx.tokens.length);
    }
    const end = Math.min(memo.length, i + offset + 1);
    for (let j = i; j < end; j++) {
      let v = memo[j]!;
      if (v === 0) {
        v = admits(ctx, j) ? 1 : 2;
        memo[j] = v;
      }
      if (v === 1) return true;
    }
    return false;
  };
}

function capsKey(c: Capture | null): string {
  let s = '';
  for (let x = c; x; x = x.next) s += `${x.name}:${x.from}-${x.to};`;
  return s;
}

function createView(
  ctx: DocContext,
  from: number,
  to: number,
  state: MatchState,
  narrowed: ReadonlyMap<number, readonly Parse[]>,
): MatchView {
  const tokens = ctx.tokens.slice(from, to);
  const start = tokens[0]?.start ?? 0;
  const end = tokens[tokens.length - 1]?.end ?? start;
  const caps: Capture[] = [];
  for (let c = state.caps; c; c = c.next) caps.push(c);
  caps.reverse();
  const parsesAt = (i: number): readonly Parse[] => survivorsOf(ctx, state, i, narrowed);
  const toPart = (c: Capture): Part => {
    const ps = c.to > c.from ? parsesAt(c.from) : [];
    return {
      name: c.name,
      from: c.from,
      to: c.to,
      start: ctx.tokens[c.from]?.start ?? start,
      end: ctx.tokens[c.to - 1]?.end ?? start,
      text: ctx.slice(c.from, c.to),
      tokens: ctx.tokens.slice(c.from, c.to),
      value: c.value,
      parses: ps,
      lemma: ps[0]?.lemma ?? ctx.folded(c.from),
      nominative: () => nominative(ctx, c.from, c.to, parsesAt),
    };
  };
  return {
    ctx,
    from,
    to,
    start,
    end,
    text: ctx.text.slice(start, end),
    tokens,
    part: (name) => {
      const c = caps.find((x) => x.name === name);
      return c ? toPart(c) : undefined;
    },
    parts: (name) => caps.filter((x) => x.name === name).map(toPart),
    has: (name) => caps.some((x) => x.name === name),
    parsesAt,
    nominative: (a = from, b = to) => nominative(ctx, a, b, parsesAt),
  };
}

export type { Grammeme };
