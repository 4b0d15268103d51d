import type { Parse } from '../morph/types.js';
import type { DocContext } from './context.js';
import type { PatternNode, Relation, SpanMatcher } from './pattern.js';
import type { Predicate, PredResult } from './predicates.js';

/** A named part captured in a match (linked list, newest first: cheap to share while backtracking). */
export interface Capture {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly value: unknown;
  readonly next: Capture | null;
}

/** Readings that survived the predicates for one token; `rel` when it takes part in agreement. */
export interface Survivor {
  readonly index: number;
  readonly parses: PredResult;
  readonly rel: Relation | null;
  readonly next: Survivor | null;
}

export interface MatchState {
  readonly caps: Capture | null;
  readonly surv: Survivor | null;
  /** Value of the last span matcher (gazetteer) hit, handed to an enclosing named part. */
  readonly spanValue: unknown;
}

export interface RawMatch {
  readonly from: number;
  readonly to: number;
  readonly state: MatchState;
}

/**
 * A pattern compiled once (at rule construction) into a tree of matcher closures. Each node's
 * continuation is fixed at compile time (the rest of the pattern after it), so the search
 * allocates no closures per step: only the captures and survivors it hands on.
 */
export type CompiledPattern = Matcher;

/** Matches one node from `pos` and calls the compiled continuation for every way it does. */
type Matcher = (s: Search, pos: number, caps: Capture | null, surv: Survivor | null, span: unknown) => void;

/**
 * The state of one search, shared by the compiled matchers. Continuations are fixed, so what a
 * part must remember until it ends lives on stacks here: the start token of each open named
 * part, and for each open repetition its count so far and where its last repetition began.
 * Matchers push before going deeper and restore after, so the stacks follow the recursion.
 */
class Search {
  steps = 0;
  n = 0;
  from = 0;
  budget = 0;
  ctx: DocContext | null = null;
  /** Called with every complete match; when null, non-empty matches are collected in `found`. */
  emit: ((m: RawMatch) => void) | null = null;
  found: RawMatch[] | null = null;
  readonly starts: number[] = [];
  readonly reps: number[] = [];

  /** Counts `cost` node visits; true once the budget is spent (every later visit then fails at once). */
  spend(cost: number): boolean {
    return (this.steps += cost) > this.budget;
  }
}

/**
 * Searches that are not running, reused: a rule is searched at hundreds of thousands of tokens
 * per corpus, most of them without a match, and a search of its own each time was garbage. A
 * predicate may run another rule's search inside one, so each running search has its own.
 */
const idle: Search[] = [];

function runSearch(
  ctx: DocContext,
  pattern: CompiledPattern,
  from: number,
  emit: ((m: RawMatch) => void) | null,
  budget: number,
): RawMatch[] | null {
  const s = idle.pop() ?? new Search();
  s.steps = 0;
  s.n = ctx.tokens.length;
  s.from = from;
  s.budget = budget;
  s.ctx = ctx;
  s.emit = emit;
  s.found = null;
  s.starts.length = 0;
  s.reps.length = 0;
  try {
    pattern(s, from, null, null, undefined);
    return s.found;
  } finally {
    s.ctx = null; // a finished document is not kept alive by an idle search
    s.emit = null;
    s.found = null;
    idle.push(s);
  }
}

/**
 * Enumerates every way `pattern` matches from token `from` (bounded by `budget` node visits so
 * that no pattern can go exponential), calling `emit` for each complete match. State travels as
 * arguments (shared linked lists), so backtracking allocates little.
 */
export function enumerate(
  ctx: DocContext,
  pattern: CompiledPattern,
  from: number,
  emit: (m: RawMatch) => void,
  budget = 4000,
): void {
  runSearch(ctx, pattern, from, emit, budget);
}

/** The non-empty matches `enumerate` would emit, in its order; null when there are none. */
export function nonEmptyMatches(
  ctx: DocContext,
  pattern: CompiledPattern,
  from: number,
  budget = 4000,
): RawMatch[] | null {
  return runSearch(ctx, pattern, from, null, budget);
}

/**
 * Compiles a pattern tree. The matchers visit nodes in the order the tree interpreter did
 * (greedy repetition, alternatives in order) and count a step at each node visit, so the
 * matches, their order and the budget cut-off are unchanged.
 */
export function compilePattern(node: PatternNode): CompiledPattern {
  return compile(node, emitMatch);
}

/** A complete match that is its own state: one object a match, not two. */
class Found implements RawMatch, MatchState {
  constructor(
    readonly from: number,
    readonly to: number,
    readonly caps: Capture | null,
    readonly surv: Survivor | null,
    readonly spanValue: unknown,
  ) {}

  get state(): MatchState {
    return this;
  }
}

const emitMatch: Matcher = (s, to, caps, surv, spanValue) => {
  if (s.emit !== null) s.emit(new Found(s.from, to, caps, surv, spanValue));
  else if (to > s.from) (s.found ??= []).push(new Found(s.from, to, caps, surv, spanValue));
};

/**
 * Compiles one node with its continuation. `cost` is the steps its visit counts: 1, or more when
 * enclosing sequences pass theirs on to it. A sequence visited only goes on to its first item, so
 * counting both steps at the item's visit, which checks the budget before it does anything else,
 * spends the budget as visiting both did: once it is spent, every later visit fails anyway.
 */
function compile(node: PatternNode, next: Matcher, cost = 1): Matcher {
  switch (node.t) {
    case 'tok':
      return tokMatcher(node.pred, node.rel, next, cost);
    case 'span':
      return spanMatcher(node.matcher, next, cost);
    case 'named':
      return namedMatcher(node.name, node.item, next, cost);
    case 'alt':
      return altMatcher(node.items, next, cost);
    case 'seq':
      return seqMatcher(node.items, next, cost);
    case 'rep':
      return node.min === 0 && node.max === 1
        ? optMatcher(node.item, next, cost)
        : repMatcher(node.item, node.min, node.max, next, cost);
  }
}

function tokMatcher(pred: Predicate, rel: Relation | null, next: Matcher, cost: number): Matcher {
  return (s, pos, caps, surv, span) => {
    if (s.spend(cost) || pos >= s.n) return;
    const r = pred.test(s.ctx!, pos);
    if (r === false) return;
    // a survivor only when it says something: narrowed readings or a part in agreement
    next(s, pos + 1, caps, r !== true || rel !== null ? { index: pos, parses: r, rel, next: surv } : surv, span);
  };
}

function spanMatcher(matcher: SpanMatcher, next: Matcher, cost: number): Matcher {
  const slot = spanSlot(matcher);
  return (s, pos, caps, surv) => {
    if (s.spend(cost) || pos >= s.n) return;
    const hits = hitsAt(slot, matcher, s.ctx!, pos);
    for (let k = 0; k < hits.length; k++) next(s, hits[k]!.end, caps, surv, hits[k]!.value);
  };
}

function namedMatcher(name: string, item: PatternNode, next: Matcher, cost: number): Matcher {
  // the part ends in the continuation, which finds where it began on `starts`
  const close: Matcher = (s, to, caps, surv, value) => {
    const from = s.starts.pop() as number;
    next(s, to, { name, from, to, value, next: caps }, surv, value);
    s.starts.push(from);
  };
  const inner = compile(item, close);
  return (s, pos, caps, surv) => {
    if (s.spend(cost)) return;
    s.starts.push(pos);
    inner(s, pos, caps, surv, undefined); // the part's value is only what a span inside it gives
    s.starts.pop();
  };
}

function altMatcher(items: readonly PatternNode[], next: Matcher, cost: number): Matcher {
  const options = items.map((it) => compile(it, next));
  return (s, pos, caps, surv, span) => {
    if (s.spend(cost)) return;
    for (let k = 0; k < options.length; k++) options[k]!(s, pos, caps, surv, span);
  };
}

function seqMatcher(items: readonly PatternNode[], next: Matcher, cost: number): Matcher {
  if (items.length === 0)
    return (s, pos, caps, surv, span) => {
      if (s.spend(cost)) return;
      next(s, pos, caps, surv, span);
    };
  // the sequence's own step is counted by its first item's (see `compile`): no call of its own
  let first = next;
  for (let k = items.length - 1; k >= 0; k--) first = compile(items[k]!, first, k === 0 ? cost + 1 : 1);
  return first;
}

/**
 * An optional part (a repetition of at most one): the part first, then without it, as
 * `repMatcher` goes, without its count and loop. `reps` holds, per open optional part, where it
 * began (its frame is one number, and each matcher reads only its own frame, on top).
 */
function optMatcher(item: PatternNode, next: Matcher, cost: number): Matcher {
  const after: Matcher = (s, pos, caps, surv, span) => {
    const reps = s.reps;
    const from = reps[reps.length - 1]!;
    if (pos <= from) return; // an empty part is the part left out, which comes next
    // the part is over for the rest of the pattern: its frame comes off meanwhile
    reps.pop();
    next(s, pos, caps, surv, span);
    reps.push(from);
  };
  const once = compile(item, after);
  return (s, pos, caps, surv, span) => {
    if (s.spend(cost)) return;
    s.reps.push(pos);
    once(s, pos, caps, surv, span);
    s.reps.pop();
    next(s, pos, caps, surv, span);
  };
}

/** Greedy bounded repetition: one more first, then stop here. */
function repMatcher(item: PatternNode, min: number, max: number, next: Matcher, cost: number): Matcher {
  // `reps` holds, per open repetition, the count so far and where the current one began
  const loop: Matcher = (s, pos, caps, surv, span) => {
    const reps = s.reps;
    const top = reps.length;
    const count = reps[top - 2]!;
    if (count < max) once(s, pos, caps, surv, span);
    if (count >= min) {
      // the repetition is over for the rest of the pattern: its frame comes off meanwhile
      reps.pop();
      reps.pop();
      next(s, pos, caps, surv, span);
      reps.push(count, pos);
    }
  };
  const again: Matcher = (s, pos, caps, surv, span) => {
    const reps = s.reps;
    const top = reps.length;
    const count = reps[top - 2]!;
    const last = reps[top - 1]!;
    if (pos <= last) return; // an empty repetition would go round forever
    reps[top - 2] = count + 1;
    reps[top - 1] = pos;
    loop(s, pos, caps, surv, span);
    reps[top - 2] = count;
    reps[top - 1] = last;
  };
  const once = compile(item, again);
  return (s, pos, caps, surv, span) => {
    if (s.spend(cost)) return;
    s.reps.push(0, pos);
    loop(s, pos, caps, surv, span);
    s.reps.pop();
    s.reps.pop();
  };
}

/** What a span matcher returns at one token. */
type SpanHits = ReturnType<SpanMatcher['matchAt']>;

/** Each span matcher's slot in a document's value memos (see `DocContext.values`). */
const spanSlots = new WeakMap<SpanMatcher, number>();
let spanSlotCount = 0;

/**
 * The hits of a span matcher at token `i`, asked once per document and token: several rules and
 * their skip checks ask the same gazetteer at the same token. Span matchers have no side effects
 * (see prefilter.ts), and the hits are only read, so sharing them changes no result.
 */
export function spanHits(matcher: SpanMatcher, ctx: DocContext, i: number): SpanHits {
  // outside the tokens nothing is remembered: a pooled memo array must hold this document's tokens only
  if (i < 0 || i >= ctx.tokens.length) return matcher.matchAt(ctx, i);
  return hitsAt(spanSlot(matcher), matcher, ctx, i);
}

/** The matcher's slot in a document's value memos. */
function spanSlot(matcher: SpanMatcher): number {
  let slot = spanSlots.get(matcher);
  if (slot === undefined) spanSlots.set(matcher, (slot = spanSlotCount++));
  return slot;
}

/** `spanHits` at a token `i` of the document, with the matcher's slot known (a compiled span matcher's, found once). */
function hitsAt(slot: number, matcher: SpanMatcher, ctx: DocContext, i: number): SpanHits {
  const memo = ctx.values(slot);
  let hits = memo[i] as SpanHits | undefined;
  if (hits === undefined) {
    hits = matcher.matchAt(ctx, i);
    memo[i] = hits;
  }
  return hits;
}

type Feat = { g: string | null; n: string | null; c: string | null };

function compatible(a: Feat, p: Parse, rel: Relation): Feat | null {
  const f = rel.features;
  const n = p.number;
  const c = p.case;
  const g = p.gender;
  if (f.number && a.n && n && a.n !== n) return null;
  if (f.case && a.c && c && a.c !== c) return null;
  const plural = (a.n ?? n) === 'plur';
  if (f.gender && !plural && a.g && g && a.g !== g && a.g !== 'ms-f' && g !== 'ms-f') return null;
  return { g: a.g && a.g !== 'ms-f' ? a.g : (g ?? a.g), n: a.n ?? n, c: a.c ?? c };
}

const NOTHING_NARROWED: ReadonlyMap<number, readonly Parse[]> = new Map();

/** Whether two of the survivors take part in one relation. */
function sharedRelation(surv: Survivor | null): boolean {
  for (let s = surv; s; s = s.next) {
    if (!s.rel) continue;
    for (let t = s.next; t; t = t.next) if (t.rel === s.rel) return true;
  }
  return false;
}

/**
 * Checks every agreement relation used in the match. Returns, per token that takes part, the
 * readings consistent with the agreeing choice (so "Нижнем Новгороде" keeps the masculine
 * reading of "Нижнем"), or null when some relation cannot agree.
 */
export function resolveAgreement(ctx: DocContext, state: MatchState): ReadonlyMap<number, readonly Parse[]> | null {
  // most matches have no relation with two members: nothing to narrow, no maps to make
  if (!sharedRelation(state.surv)) return NOTHING_NARROWED;
  const narrowed = new Map<number, readonly Parse[]>();
  const groups = new Map<Relation, Survivor[]>();
  for (let s = state.surv; s; s = s.next) {
    if (!s.rel) continue;
    const g = groups.get(s.rel);
    if (g) g.push(s);
    else groups.set(s.rel, [s]);
  }
  for (const [rel, members] of groups) {
    if (members.length < 2) continue;
    const readings = members.map((m) => (m.parses === true ? ctx.parses(m.index) : m.parses === false ? [] : m.parses));
    let feats: Feat[] = [{ g: null, n: null, c: null }];
    for (const parses of readings) {
      const next: Feat[] = [];
      for (const f of feats) {
        for (const p of parses) {
          const r = compatible(f, p, rel);
          if (r && !next.some((x) => x.g === r.g && x.n === r.n && x.c === r.c)) next.push(r);
        }
      }
      if (!next.length) return null;
      feats = next;
    }
    members.forEach((m, k) => {
      const kept = (readings[k] ?? []).filter((p) => feats.some((f) => compatible(f, p, rel) !== null));
      if (kept.length) narrowed.set(m.index, kept);
    });
  }
  return narrowed;
}

/** Readings of token `i` that survived in this match, or all of its readings. */
export function survivorsOf(
  ctx: DocContext,
  state: MatchState,
  i: number,
  narrowed?: ReadonlyMap<number, readonly Parse[]>,
): readonly Parse[] {
  const n = narrowed?.get(i);
  if (n) return n;
  for (let s = state.surv; s; s = s.next) {
    if (s.index === i && typeof s.parses !== 'boolean') return s.parses;
  }
  return ctx.parses(i);
}
