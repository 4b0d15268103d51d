import type { Parse } from '../morph/types.js';
import type { DocContext } from './context.js';
import type { PatternNode, Relation } from './pattern.js';
import type { PredResult } from './predicates.js';

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

type Cont = (pos: number, caps: Capture | null, surv: Survivor | null, span: unknown) => void;

/**
 * Enumerates every way `node` matches from token `from` (bounded by `budget` steps so that no
 * pattern can go exponential), calling `emit` for each complete match. State travels as
 * arguments (shared linked lists), so backtracking allocates little.
 */
export function enumerate(
  ctx: DocContext,
  node: PatternNode,
  from: number,
  emit: (m: RawMatch) => void,
  budget = 4000,
): void {
  let steps = 0;
  const n = ctx.tokens.length;
  const walk = (nd: PatternNode, pos: number, caps: Capture | null, surv: Survivor | null, span: unknown, k: Cont): void => {
    if (++steps > budget) return;
    switch (nd.t) {
      case 'tok': {
        if (pos >= n) return;
        const r = nd.pred.test(ctx, pos);
        if (r === false) return;
        k(pos + 1, caps, r !== true || nd.rel !== null ? { index: pos, parses: r, rel: nd.rel, next: surv } : surv, span);
        return;
      }
      case 'span': {
        if (pos >= n) return;
        for (const hit of nd.matcher.matchAt(ctx, pos)) k(hit.end, caps, surv, hit.value);
        return;
      }
      case 'named':
        walk(nd.item, pos, caps, surv, undefined, (p, c, s, v) => k(p, { name: nd.name, from: pos, to: p, value: v, next: c }, s, v));
        return;
      case 'alt':
        for (const it of nd.items) walk(it, pos, caps, surv, span, k);
        return;
      case 'seq': {
        const items = nd.items;
        const step = (idx: number, p: number, c: Capture | null, s: Survivor | null, v: unknown): void => {
          const item = items[idx];
          if (item === undefined) k(p, c, s, v);
          else walk(item, p, c, s, v, (p2, c2, s2, v2) => step(idx + 1, p2, c2, s2, v2));
        };
        step(0, pos, caps, surv, span);
        return;
      }
      case 'rep': {
        const loop = (count: number, p: number, c: Capture | null, s: Survivor | null, v: unknown): void => {
          // greedy: try one more first, then stop here
          if (count < nd.max) walk(nd.item, p, c, s, v, (p2, c2, s2, v2) => { if (p2 > p) loop(count + 1, p2, c2, s2, v2); });
          if (count >= nd.min) k(p, c, s, v);
        };
        loop(0, pos, caps, surv, span);
        return;
      }
    }
  };
  walk(node, from, null, null, undefined, (to, caps, surv, spanValue) => emit({ from, to, state: { caps, surv, spanValue } }));
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
  return { g: a.g && a.g !== 'ms-f' ? a.g : g ?? a.g, n: a.n ?? n, c: a.c ?? c };
}

/**
 * Checks every agreement relation used in the match. Returns, per token that takes part, the
 * readings consistent with the agreeing choice (so "Нижнем Новгороде" keeps the masculine
 * reading of "Нижнем"), or null when some relation cannot agree.
 */
export function resolveAgreement(ctx: DocContext, state: MatchState): Map<number, readonly Parse[]> | null {
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
    if (s.index === i && Array.isArray(s.parses)) return s.parses;
  }
  return ctx.parses(i);
}
