import type { TokenKind } from '../segment/types.js';
import type { DocContext } from './context.js';
import type { Rule, RuleMatch } from './rule.js';

/**
 * A set of rules indexed by what can start them (a lemma or surface form, a token kind, or
 * anything), so each rule is tried only at tokens that can begin it.
 */
export class RuleSet<V> {
  readonly rules: readonly Rule<V>[];
  private readonly byKey = new Map<string, Rule<V>[]>();
  private readonly byKind = new Map<TokenKind, Rule<V>[]>();
  private readonly always: Rule<V>[] = [];
  /** Declaration order, and a stamp per rule to collect candidates without a Set. */
  private readonly order = new Map<Rule<V>, number>();
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(rules: readonly Rule<V>[]) {
    this.rules = rules;
    rules.forEach((r, k) => this.order.set(r, k));
    this.seen = new Uint32Array(rules.length);
    const ids = new Set<string>();
    for (const r of rules) {
      if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
      ids.add(r.id);
      if (r.starts.some((s) => s.by === 'any')) {
        this.always.push(r);
        continue;
      }
      for (const s of r.starts) {
        if (s.by === 'lemma') for (const v of s.values) push(this.byKey, v, r);
        else if (s.by === 'kind') for (const v of s.values) push(this.byKind, v, r);
        else if (s.by === 'mixed') {
          for (const v of s.lemmas) push(this.byKey, v, r);
          for (const v of s.kinds) push(this.byKind, v, r);
        }
      }
    }
  }

  /** Rules that may start at token `i`, in declaration order. */
  candidates(ctx: DocContext, i: number): Rule<V>[] {
    const tok = ctx.tokens[i];
    if (!tok) return [];
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const found: Rule<V>[] = [];
    const add = (list: readonly Rule<V>[] | undefined): void => {
      if (list) for (const r of list) {
        const k = this.order.get(r) ?? 0;
        if (this.seen[k] !== stamp) {
          this.seen[k] = stamp;
          found.push(r);
        }
      }
    };
    add(this.always);
    add(this.byKind.get(tok.kind));
    if (this.byKey.size) {
      add(this.byKey.get(ctx.folded(i)));
      if (tok.kind === 'word' || tok.kind === 'other') for (const l of ctx.lemmas(i)) add(this.byKey.get(l));
    }
    if (found.length > 1) found.sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
    return found;
  }

  /** The best match at token `i`: longest, then highest priority, then first declared. */
  matchAt(ctx: DocContext, i: number): RuleMatch<V> | null {
    let best: RuleMatch<V> | null = null;
    for (const r of this.candidates(ctx, i)) {
      const m = r.matchAt(ctx, i);
      if (m && (!best || m.to > best.to || (m.to === best.to && m.rule.priority > best.rule.priority))) best = m;
    }
    return best;
  }

  /** Leftmost-longest, non-overlapping matches over tokens `[from, to)`. */
  findAll(ctx: DocContext, from = 0, to = ctx.tokens.length): RuleMatch<V>[] {
    const out: RuleMatch<V>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(ctx, i);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(v)) list.push(v);
  } else map.set(key, [v]);
}
