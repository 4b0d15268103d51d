import type { Agreement, Parse } from '../morph/types.js';
import type { DocContext } from './context.js';
import type { ResolveEnv } from './per-morph.js';
import { Predicate, type StartKey } from './predicates.js';

/**
 * An agreement relation: every token pattern declared with `.agree(rel)` inside one match must
 * agree with the others on the relation's features (plural ignores gender), as yargy's
 * `gnc_relation`.
 */
export class Relation {
  constructor(
    readonly features: Agreement,
    readonly name = 'agreement',
  ) {}
}

/** Gender, number and case agreement (adjective + noun). */
export const gnc = (): Relation => new Relation({ gender: true, number: true, case: true }, 'gnc');
/** Number and case agreement. */
export const nc = (): Relation => new Relation({ number: true, case: true }, 'nc');
/** Case agreement only. */
export const sameCase = (): Relation => new Relation({ case: true }, 'case');

/** A multi-token matcher with its own index (a gazetteer trie): returns hits at token `i`. */
export interface SpanMatcher<V = unknown> {
  readonly description: string;
  readonly start: StartKey;
  /** All matches starting at token `i`: exclusive end token index and the value. */
  matchAt(ctx: DocContext, i: number): readonly { readonly end: number; readonly value: V }[];
  /**
   * Present on a handle for a matcher built per morphology (`gazetteerRef`): the matcher to
   * compile for `env`. Its own `start` and `matchAt` work unresolved, but cannot index.
   */
  resolve?(env: ResolveEnv): SpanMatcher<V>;
  /**
   * Optional, what follows a hit's first token (see {@link SpanFollow}): declared, it promises
   * that every hit is at least one token long, and a rule led by the matcher is left out before
   * words that neither continue a hit nor follow a one-token one (word-check.ts).
   */
  readonly follow?: SpanFollow;
  /**
   * Optional: declared true, it promises that every hit is at least one token long (as `follow`
   * does), so the skip checks may count on a token there (see {@link neverEmpty}).
   */
  readonly nonEmpty?: boolean;
  /**
   * Optional: the most tokens a hit spans. Declared, it lets the skip checks see past the
   * matcher (a word the match must hold within a few tokens after a qualifier or a currency,
   * window-check.ts); a hit longer than this is a bug of the matcher.
   */
  readonly maxHit?: number;
}

/** Whether the matcher promises hits of one token or more (`nonEmpty`, or a `follow` declared). */
export function neverEmpty(matcher: SpanMatcher): boolean {
  return matcher.nonEmpty === true || matcher.follow !== undefined;
}

/** What a span matcher's hits have after their first token (see `SpanMatcher.follow`). */
export interface SpanFollow {
  /** Folded surfaces of the second token of every hit two or more tokens long. */
  readonly second: ReadonlySet<string>;
  /** Whether a hit can be one token long (what follows it is then the rule's next part). */
  readonly single: boolean;
}

export type PatternNode =
  | { readonly t: 'tok'; readonly pred: Predicate; readonly rel: Relation | null }
  | { readonly t: 'seq'; readonly items: readonly PatternNode[] }
  | { readonly t: 'alt'; readonly items: readonly PatternNode[] }
  | { readonly t: 'rep'; readonly item: PatternNode; readonly min: number; readonly max: number }
  | { readonly t: 'named'; readonly name: string; readonly item: PatternNode }
  | { readonly t: 'span'; readonly matcher: SpanMatcher };

/** A pattern over tokens. Build with `seq`, `alt`, `opt`, `repeat`, `tok`, `span`; name parts with `.as()`. */
export class Pattern {
  constructor(readonly node: PatternNode) {}

  /** Names this part so the interpretation can read it (`m.part('name')`). */
  as(name: string): Pattern {
    return new Pattern({ t: 'named', name, item: this.node });
  }

  /** Declares that this token must agree with the other members of `rel` (token patterns only). */
  agree(rel: Relation): Pattern {
    if (this.node.t !== 'tok') throw new TypeError('agree() applies to a single-token pattern');
    return new Pattern({ t: 'tok', pred: this.node.pred, rel });
  }

  /** Zero or one of this. */
  optional(): Pattern {
    return opt(this);
  }

  /** Between `min` and `max` repetitions (bounded, so matching stays linear). */
  repeat(min = 1, max = 8): Pattern {
    return repeat(this, min, max);
  }
}

export type PatternLike = Pattern | Predicate;

function nodeOf(p: PatternLike): PatternNode {
  return p instanceof Predicate ? { t: 'tok', pred: p, rel: null } : p.node;
}

/** One token satisfying a predicate. */
export function tok(pred: Predicate): Pattern {
  return new Pattern({ t: 'tok', pred, rel: null });
}

/** The parts in order. */
export function seq(...parts: PatternLike[]): Pattern {
  if (parts.length === 1) return new Pattern(nodeOf(parts[0]!));
  return new Pattern({ t: 'seq', items: parts.map(nodeOf) });
}

/** One of the alternatives (all are tried; the longest overall match wins). */
export function alt(...parts: PatternLike[]): Pattern {
  return new Pattern({ t: 'alt', items: parts.map(nodeOf) });
}

/** Zero or one. */
export function opt(part: PatternLike): Pattern {
  return repeat(part, 0, 1);
}

/** Bounded repetition. */
export function repeat(part: PatternLike, min = 1, max = 8): Pattern {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < Math.max(1, min) || max > 64) {
    throw new RangeError(`repeat bounds must satisfy 0 <= min <= max <= 64 (max >= 1), got ${min}..${max}`);
  }
  return new Pattern({ t: 'rep', item: nodeOf(part), min, max });
}

/** A multi-token matcher (a gazetteer, or a `gazetteerRef` handle resolved when the rule set is built) as one part of a pattern. */
export function span(matcher: SpanMatcher): Pattern {
  return new Pattern({ t: 'span', matcher });
}

/** Whether some part of the pattern is a handle still to be resolved against a morphology. */
export function isDeferred(node: PatternNode): boolean {
  switch (node.t) {
    case 'tok':
      return node.pred.deferred !== null;
    case 'span':
      return node.matcher.resolve !== undefined;
    case 'named':
    case 'rep':
      return isDeferred(node.item);
    case 'alt':
    case 'seq':
      return node.items.some(isDeferred);
  }
}

/**
 * The pattern with every handle resolved against `env` (gazetteers built for its morphology),
 * ready to compile. Parts without handles are kept as they are.
 */
export function resolvePattern(node: PatternNode, env: ResolveEnv): PatternNode {
  if (!isDeferred(node)) return node;
  switch (node.t) {
    case 'tok':
      return { t: 'tok', pred: node.pred.resolve(env), rel: node.rel };
    case 'span':
      return { t: 'span', matcher: node.matcher.resolve?.(env) ?? node.matcher };
    case 'named':
      return { t: 'named', name: node.name, item: resolvePattern(node.item, env) };
    case 'rep':
      return { t: 'rep', item: resolvePattern(node.item, env), min: node.min, max: node.max };
    case 'alt':
      return { t: 'alt', items: node.items.map((it) => resolvePattern(it, env)) };
    case 'seq':
      return { t: 'seq', items: node.items.map((it) => resolvePattern(it, env)) };
  }
}

/**
 * The most tokens a match of the pattern can span: Infinity when a span matcher declares no
 * `maxHit` (its hits may be any length). The skip checks' windows and reach and a rule set's
 * `matchOver` count on it.
 */
export function longestMatch(node: PatternNode): number {
  switch (node.t) {
    case 'tok':
      return 1;
    case 'span':
      return node.matcher.maxHit ?? Infinity;
    case 'named':
      return longestMatch(node.item);
    case 'rep':
      return node.max * longestMatch(node.item); // max >= 1 (see `repeat`)
    case 'alt':
      return node.items.reduce((m, it) => Math.max(m, longestMatch(it)), 0);
    case 'seq':
      return node.items.reduce((m, it) => m + longestMatch(it), 0);
  }
}

/** Which tokens can start this pattern (for rule indexing). `null` means the pattern can match empty. */
export function startKeys(node: PatternNode): StartKey[] | null {
  switch (node.t) {
    case 'tok':
      return [node.pred.start];
    case 'span':
      return [node.matcher.start];
    case 'named':
      return startKeys(node.item);
    case 'rep': {
      const k = startKeys(node.item);
      return node.min === 0 ? null : k;
    }
    case 'alt': {
      const all: StartKey[] = [];
      for (const it of node.items) {
        const k = startKeys(it);
        if (k === null) return null;
        all.push(...k);
      }
      return all;
    }
    case 'seq': {
      const all: StartKey[] = [];
      for (const it of node.items) {
        const k = startKeys(it);
        if (k !== null) return [...all, ...k];
        // an optional leading item: its starts and the next item's both count
        const inner =
          it.t === 'rep'
            ? startKeys(it.item)
            : it.t === 'named' && it.item.t === 'rep'
              ? startKeys(it.item.item)
              : null;
        if (inner === null) return null;
        all.push(...inner);
      }
      return null;
    }
  }
}

export type { Parse };
