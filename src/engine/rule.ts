import type { Grammeme, Morph, Parse } from '../morph/types.js';
import type { Token } from '../segment/types.js';
import type { DocContext } from './context.js';
import {
  compilePattern,
  nonEmptyMatches,
  resolveAgreement,
  survivorsOf,
  type Capture,
  type CompiledPattern,
  type MatchState,
} from './match.js';
import { nominative } from './normalize.js';
import { createSkipCheck, type Check } from './prefilter.js';
import { createBranchChecks, createWordCheck, type BranchChecks } from './word-check.js';
import {
  Pattern,
  isDeferred,
  longestMatch,
  resolvePattern,
  seq,
  startKeys,
  type PatternLike,
  type PatternNode,
} from './pattern.js';
import type { ResolveEnv } from './per-morph.js';
import type { StartKey } from './predicates.js';
import { extend } from './objects.js';

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

/** One way a pattern matched, before agreement and interpretation. */
type Raw = { readonly to: number; readonly state: MatchState };
const NO_RAWS: readonly Raw[] = [];

/**
 * A named grammar with examples and an interpretation.
 *
 * A rule whose pattern holds handles built per morphology (`gazetteerRef`) is deferred: it is
 * declared once at module level and compiled per morphology by `resolve`, which a `RuleSet`
 * calls when it is built. Matched unresolved, it resolves against the document's morphology.
 */
export class Rule<V = unknown> {
  readonly id: string;
  readonly examples: readonly string[];
  readonly node: PatternNode;
  readonly priority: number;
  /** What can start a match; `any` while the rule is deferred (its gazetteers' first words are not known yet). */
  readonly starts: readonly StartKey[];
  /** Whether the pattern holds handles to resolve against a morphology before it can be compiled. */
  readonly deferred: boolean;
  private readonly spec: RuleSpec<V>;
  private readonly interpretFn: ((m: MatchView) => V | null | undefined) | undefined;
  /**
   * The pattern compiled once, so that matching does not walk the tree at every start; null until
   * the rule is first tried (and while deferred). Rules are declared at module level: compiling
   * them all was ~a tenth of `import('gosfacts')`, and a document tries only the rules its words
   * can start.
   */
  private matcher: CompiledPattern | null = null;
  /** The most tokens a match can span (Infinity with a span matcher); set with `matcher`. */
  private longest = Infinity;
  /** A necessary condition for a non-empty match at a token (null: none known), to skip `enumerate`; set with `matcher`. */
  private mayStart: Check | null = null;
  /** See {@link Rule.wordStart}: undefined until first asked. */
  private wordCheck: Check | null | undefined = undefined;
  /** See {@link Rule.branchStarts}: undefined until first asked. */
  private branchChecks: readonly BranchChecks[] | undefined = undefined;
  /** A deferred rule compiled for each morphology it met. */
  private readonly resolved = new WeakMap<Morph, Rule<V>>();

  constructor(spec: RuleSpec<V>) {
    if (!spec.id || typeof spec.id !== 'string') throw new TypeError('a rule needs a string id');
    this.spec = spec;
    this.id = spec.id;
    this.examples = spec.examples;
    const p = spec.pattern instanceof Pattern ? spec.pattern : seq(spec.pattern);
    this.node = p.node;
    this.priority = spec.priority ?? 0;
    this.deferred = isDeferred(this.node);
    this.starts = (this.deferred ? null : startKeys(this.node)) ?? [{ by: 'any' }];
    this.interpretFn = spec.interpret;
  }

  /** Compiles the pattern on the rule's first use; the rule itself when deferred. */
  private compiled(env: ResolveEnv): Rule<V> {
    if (this.deferred) return this.resolve(env);
    this.mayStart = createSkipCheck(this.node);
    this.longest = longestMatch(this.node);
    this.matcher = compilePattern(this.node);
    return this;
  }

  /**
   * A necessary condition for a match at a token that looks at its word alone (null: none known):
   * a rule set asks it once per word (see `RuleSet.collect`). Made when first asked, as the
   * pattern is.
   */
  get wordStart(): Check | null {
    if (this.wordCheck === undefined) this.wordCheck = this.deferred ? null : createWordCheck(this.node);
    return this.wordCheck;
  }

  /**
   * The word checks of the first and the next token of each way the pattern can begin (see
   * `createBranchChecks`): a match at token `i` holds both of one of them, the next one asked of
   * token `i + 1` (a null check: none known). A rule set asks them once per word.
   */
  get branchStarts(): readonly BranchChecks[] {
    if (this.branchChecks === undefined)
      this.branchChecks = this.deferred ? [{ first: null, next: null }] : createBranchChecks(this.node);
    return this.branchChecks;
  }

  /**
   * The rule compiled for this morphology: itself when it has no handles, else a copy with
   * every handle resolved (same id, examples, priority and interpretation), made once per
   * morphology.
   */
  resolve(env: ResolveEnv): Rule<V> {
    if (!this.deferred) return this;
    let compiled = this.resolved.get(env.morph);
    if (compiled === undefined) {
      compiled = new Rule(extend(this.spec, { pattern: new Pattern(resolvePattern(this.node, env)) }));
      this.resolved.set(env.morph, compiled);
    }
    return compiled;
  }

  /** The best (longest accepted) match starting at token `i`, or null. */
  matchAt(ctx: DocContext, i: number): RuleMatch<V> | null {
    if (this.matcher === null) return this.compiled(ctx).matchAt(ctx, i);
    const raws = this.raws(ctx, i);
    for (const r of raws) {
      const m = this.accept(ctx, i, r);
      if (m) return m;
    }
    return null;
  }

  /**
   * `matchAt`'s match when it would win over a match ending at token `to` of a rule of priority
   * `priority` (it ends later, or as late with a higher priority), else null: what a rule set asks
   * of its candidates after the first match. A way of matching that cannot win is not
   * interpreted, and a rule whose pattern cannot reach far enough is not searched at all.
   * Interpretations and searches have no effects beyond their results, so the winner is the same.
   */
  matchOver(ctx: DocContext, i: number, to: number, priority: number): RuleMatch<V> | null {
    if (this.matcher === null) return this.compiled(ctx).matchOver(ctx, i, to, priority);
    const least = this.priority > priority ? to : to + 1;
    if (i + this.longest < least) return null;
    const raws = this.raws(ctx, i);
    for (const r of raws) {
      if (r.to < least) return null; // longest first: none after it wins either
      const m = this.accept(ctx, i, r);
      if (m) return m;
    }
    return null;
  }

  /**
   * Every accepted match starting at token `i`, longest first (the first is `matchAt`'s): for a
   * caller that wants the match around a given part, not only the longest.
   */
  matchesAt(ctx: DocContext, i: number): RuleMatch<V>[] {
    if (this.matcher === null) return this.compiled(ctx).matchesAt(ctx, i);
    const out: RuleMatch<V>[] = [];
    for (const r of this.raws(ctx, i)) {
      const m = this.accept(ctx, i, r);
      if (m) out.push(m);
    }
    return out;
  }

  /** The ways the pattern matches from token `i`, longest first, before agreement and interpretation. */
  private raws(ctx: DocContext, i: number): readonly Raw[] {
    const matcher = this.matcher;
    if (matcher === null || (this.mayStart !== null && !this.mayStart(ctx, i))) return NO_RAWS;
    const raws = nonEmptyMatches(ctx, matcher, i);
    if (raws === null) return NO_RAWS;
    if (raws.length > 1) raws.sort((a, b) => b.to - a.to);
    return raws;
  }

  /** One way of matching, once agreement holds and the interpretation accepts it; else null. */
  private accept(ctx: DocContext, i: number, r: Raw): RuleMatch<V> | null {
    const narrowed = resolveAgreement(ctx, r.state);
    if (!narrowed) return null;
    const view = createView(ctx, i, r.to, r.state, narrowed);
    let value: V | null | undefined;
    try {
      value = this.interpretFn ? this.interpretFn(view) : (view as unknown as V);
    } catch {
      value = null; // an interpretation bug rejects the match rather than failing the document
    }
    if (value === null || value === undefined) return null;
    return { rule: this, from: i, to: r.to, start: view.start, end: view.end, text: view.text, value };
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
  // each part is made when first asked, then kept: an interpretation asks a part ~3 times (its
  // text, its readings, its lemma...), and each time made its slices and readings again
  const made: (Part | undefined)[] = [];
  const partAt = (k: number): Part => {
    let p = made[k];
    if (p === undefined) {
      const c = caps[k]!;
      const ps = c.to > c.from ? parsesAt(c.from) : NO_PARSES;
      made[k] = p = {
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
    }
    return p;
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
      for (let k = 0; k < caps.length; k++) if (caps[k]!.name === name) return partAt(k);
      return undefined;
    },
    parts: (name) => {
      const out: Part[] = [];
      for (let k = 0; k < caps.length; k++) if (caps[k]!.name === name) out.push(partAt(k));
      return out;
    },
    has: (name) => {
      for (let k = 0; k < caps.length; k++) if (caps[k]!.name === name) return true;
      return false;
    },
    parsesAt,
    nominative: (a = from, b = to) => nominative(ctx, a, b, parsesAt),
  };
}

const NO_PARSES: readonly Parse[] = [];

export type { Grammeme };
