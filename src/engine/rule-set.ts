import type { TokenKind } from '../segment/types.js';
import type { DocContext } from './context.js';
import { RulesByKey } from './key-lists.js';
import { keyCount, keyId } from './keys.js';
import type { ResolveEnv } from './per-morph.js';
import { NextWordFilter } from './next-word-filter.js';
import type { Rule, RuleMatch } from './rule.js';
import { WordLists } from './word-lists.js';

/**
 * A set of rules indexed by what can start them (a lemma or surface form, a token kind, a token
 * kind written with a capital letter, or anything), so each rule is tried only at tokens that can
 * begin it.
 *
 * Rules on gazetteer handles are resolved here against `env` (its morphology), so the set
 * indexes them by their gazetteers' first words. Without `env` they still match, resolving
 * against each document's morphology, but are tried at every token.
 */
export class RuleSet<V> {
  readonly rules: readonly Rule<V>[];
  /** Whether any rule is filed under a key (lemma or surface form). */
  private readonly keyed: boolean;
  /** Declaration order, and a stamp per rule to collect candidates without a Set. */
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly found: Int32Array;
  /** The candidates `collect` found: `found`, or a kept list of a kind (never written to). */
  private list: Int32Array;
  /** Candidates of a token with no key of this set, by kind, without and with a capital letter. */
  private readonly plainKinds = new Map<TokenKind, Int32Array>();
  private readonly capitalKinds = new Map<TokenKind, Int32Array>();
  /** Copies of `found` that `matchAt` iterates, one per nesting depth, reused across tokens. */
  private readonly copies: Int32Array[] = [];
  private depth = 0;
  private readonly alwaysIdx: Int32Array;
  /** Rules by the number of their key (keys.ts), so a token's keys are looked up by number. */
  private readonly byKeyId: RulesByKey;
  private readonly byKindIdx = new Map<TokenKind, Int32Array>();
  /** Rules that can start only at a token of the kind that begins with a capital letter. */
  private readonly byCapitalIdx = new Map<TokenKind, Int32Array>();
  /** The candidates of each word met (see {@link collect}). */
  private readonly byWord = new WordLists();
  /** What the next token's word rules out (see next-word-filter.ts); made when the set is first used. */
  private nextFilter: NextWordFilter | null = null;

  constructor(rules: readonly Rule<V>[], env?: ResolveEnv) {
    rules = env === undefined ? rules : rules.map((r) => r.resolve(env));
    this.rules = rules;
    this.seen = new Uint32Array(rules.length);
    this.found = new Int32Array(rules.length);
    this.list = this.found;
    const ids = new Set<string>();
    const always: number[] = [];
    const byKind = new Map<TokenKind, number[]>();
    const byCapital = new Map<TokenKind, number[]>();
    /** Per rule, the numbers of the keys it starts at (most rules have none). */
    const keysOf: (Int32Array[] | undefined)[] = [];
    // indexed loops: this runs once per rule set at start-up, before V8 has optimised it, where
    // `for...of` allocates an iterator result per step (a gazetteer rule has thousands of keys)
    for (let n = 0; n < rules.length; n++) {
      const r = rules[n]!;
      if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
      ids.add(r.id);
      if (r.starts.some((s) => s.by === 'any')) {
        always.push(n);
        continue;
      }
      for (let m = 0; m < r.starts.length; m++) {
        const s = r.starts[m]!;
        if (s.by === 'lemma') (keysOf[n] ??= []).push(keyIdsOf(s.values));
        else if (s.by === 'kind') fileAll(s.capital ? byCapital : byKind, s.values, n);
        else if (s.by === 'mixed') {
          (keysOf[n] ??= []).push(keyIdsOf(s.lemmas));
          fileAll(byKind, s.kinds, n);
        }
      }
    }
    // One array per distinct list: a gazetteer rule is filed under each of its thousands of first
    // words with the same one-rule list, and each typed array is an object of its own on the heap.
    // The lists are only read (`add` copies into `found`).
    const lists = new Map<string, Int32Array>();
    const toIdx = (idx: readonly number[]): Int32Array => {
      const key = idx.join(',');
      let arr = lists.get(key);
      if (arr === undefined) lists.set(key, (arr = Int32Array.from(idx)));
      return arr;
    };
    this.alwaysIdx = toIdx(always);
    // every key of these rules is registered now
    const byKeyId = (this.byKeyId = new RulesByKey(keyCount()));
    fileKeys(byKeyId, keysOf, toIdx);
    this.keyed = byKeyId.keyed;
    byKind.forEach((list, k) => this.byKindIdx.set(k, toIdx(list)));
    byCapital.forEach((list, k) => this.byCapitalIdx.set(k, toIdx(list)));
  }

  /** Rules that may start at token `i`, in declaration order. */
  candidates(ctx: DocContext, i: number): Rule<V>[] {
    const n = this.collect(ctx, i);
    const list = this.list;
    const out: Rule<V>[] = [];
    for (let k = 0; k < n; k++) out.push(this.rules[list[k]!]!);
    return out;
  }

  /**
   * Collects the indices of the candidate rules at token `i` (sorted) into `list`; returns how
   * many. The candidates depend on the token's word alone (its kind, keys and capital letter, and
   * the rules' word checks, `Rule.wordStart`), so they are found once per word and remembered:
   * most rules filed under a token kind cannot start at most words of that kind, and are then
   * not tried there at all. Those the next token's word rules out are left out too.
   */
  private collect(ctx: DocContext, i: number): number {
    const w = ctx.word(i);
    if (w === undefined) return 0;
    const filter = (this.nextFilter ??= new NextWordFilter(this.rules));
    let id = this.byWord.id(w);
    let e = filter.entry(id);
    if (e === undefined) {
      let list: Int32Array;
      if (id === 0) {
        const n = this.collectByKeys(ctx, i);
        // copied: a word check may run this set again, which reuses `found`
        const all = this.list.slice(0, n);
        const kept: number[] = [];
        for (let k = 0; k < n; k++) {
          const check = this.rules[all[k]!]!.wordStart;
          if (check === null || check(ctx, i)) kept.push(all[k]!);
        }
        const entry = filter.entryOf(ctx, i, kept);
        id = this.byWord.add(w, entry);
        list = id === 0 ? Int32Array.from(entry) : this.byWord.list(id);
      } else list = this.byWord.list(id);
      e = filter.takeApart(id, list);
    }
    // no rule of the set starts at four words in five: nothing for the next word's filter to do
    if (e.count === 0) return 0;
    const out = filter.candidates(ctx, i, e);
    this.list = out;
    return out.length;
  }

  /**
   * Collects the indices of the rules filed under what token `i` has (sorted) into `list`; returns
   * how many. A token none of whose keys this set files rules under has the candidates of its kind
   * (and capital letter), kept per kind.
   */
  private collectByKeys(ctx: DocContext, i: number): number {
    const tok = ctx.tokens[i];
    if (!tok) return 0;
    let ids: readonly number[] | null = null;
    if (this.keyed) {
      const all = ctx.keyIds(i);
      for (let j = 0; j < all.length; j++) {
        if (this.byKeyId.get(all[j]!) !== undefined) {
          ids = all;
          break;
        }
      }
    }
    const capital = this.byCapitalIdx.has(tok.kind) && ctx.capital(i);
    if (ids === null) {
      const byKind = capital ? this.capitalKinds : this.plainKinds;
      let list = byKind.get(tok.kind);
      if (list === undefined) {
        list = this.found.slice(0, this.merge(tok.kind, capital, null));
        byKind.set(tok.kind, list);
      }
      this.list = list;
      return list.length;
    }
    this.list = this.found;
    return this.merge(tok.kind, capital, ids);
  }

  /** Merges the lists of a token of this kind, capital letter and keys into `found` (sorted); returns how many. */
  private merge(kind: TokenKind, capital: boolean, ids: readonly number[] | null): number {
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    let n = 0;
    let lists = 0;
    let list = this.alwaysIdx.length ? this.alwaysIdx : undefined;
    if (list !== undefined) {
      n = this.add(list, stamp, n);
      lists++;
    }
    list = this.byKindIdx.get(kind);
    if (list !== undefined) {
      n = this.add(list, stamp, n);
      lists++;
    }
    if (capital) {
      list = this.byCapitalIdx.get(kind);
      if (list !== undefined) {
        n = this.add(list, stamp, n);
        lists++;
      }
    }
    if (ids !== null) {
      for (let j = 0; j < ids.length; j++) {
        list = this.byKeyId.get(ids[j]!);
        if (list !== undefined) {
          n = this.add(list, stamp, n);
          lists++;
        }
      }
    }
    const found = this.found;
    if (lists > 1 && n > 1) {
      // insertion sort: the lists are short and each is already in order
      for (let a = 1; a < n; a++) {
        const v = found[a]!;
        let b = a - 1;
        while (b >= 0 && found[b]! > v) {
          found[b + 1] = found[b]!;
          b--;
        }
        found[b + 1] = v;
      }
    }
    return n;
  }

  /** Appends the not yet seen rule indices of `list` to `found` from `n` on; returns the new count. */
  private add(list: Int32Array, stamp: number, n: number): number {
    const found = this.found;
    const seen = this.seen;
    for (let j = 0; j < list.length; j++) {
      const k = list[j]!;
      if (seen[k] !== stamp) {
        seen[k] = stamp;
        found[n++] = k;
      }
    }
    return n;
  }

  /** The best match at token `i`: longest, then highest priority, then first declared. */
  matchAt(ctx: DocContext, i: number): RuleMatch<V> | null {
    const n = this.collect(ctx, i);
    if (n === 0) return null;
    let idx = this.list;
    if (n === 1) return this.rules[idx[0]!]!.matchAt(ctx, i);
    const depth = this.depth;
    if (idx === this.found) {
      // copy: a rule's interpretation may use this set again (into a buffer of its own depth)
      idx = this.copies[depth] ??= new Int32Array(this.rules.length);
      for (let k = 0; k < n; k++) idx[k] = this.found[k]!;
    }
    let best: RuleMatch<V> | null = null;
    this.depth = depth + 1;
    try {
      for (let k = 0; k < n; k++) {
        const rule = this.rules[idx[k]!]!;
        // after a first match, only what would win over it: a longer one, or as long with a higher priority
        const m: RuleMatch<V> | null =
          best === null ? rule.matchAt(ctx, i) : rule.matchOver(ctx, i, best.to, best.rule.priority);
        if (m && (!best || m.to > best.to || (m.to === best.to && m.rule.priority > best.rule.priority))) best = m;
      }
    } finally {
      this.depth = depth;
    }
    return best;
  }

  /** Leftmost-longest, non-overlapping matches over tokens `[from, to)`. */
  findAll(ctx: DocContext, from = 0, to = ctx.tokens.length): RuleMatch<V>[] {
    const out: RuleMatch<V>[] = [];
    for (let i = from; i < to;) {
      const m = this.matchAt(ctx, i);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

/** Files rule `n` under each of `keys` (rules come in order: a list stays sorted). */
function fileAll<K>(map: Map<K, number[]>, keys: readonly K[], n: number): void {
  for (let k = 0; k < keys.length; k++) {
    const list = map.get(keys[k]!);
    if (!list) map.set(keys[k]!, [n]);
    else if (list[list.length - 1] !== n) list.push(n);
  }
}

/**
 * The numbers of these keys (keys.ts), once per list: the rules on one gazetteer share its list
 * of first words, thousands of them, and a rule set files each rule under each.
 */
const keyIdLists = new WeakMap<readonly string[], Int32Array>();

function keyIdsOf(keys: readonly string[]): Int32Array {
  let out = keyIdLists.get(keys);
  if (out === undefined) {
    out = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) out[k] = keyId(keys[k]!);
    keyIdLists.set(keys, out);
  }
  return out;
}

/**
 * Fills `byKeyId` with the sorted rule numbers per key number, from each rule's key numbers. A
 * key of one rule (most of them) gets that rule's shared one-rule list at once; lists of more
 * rules are gathered first.
 */
function fileKeys(
  byKeyId: RulesByKey,
  keysOf: readonly (Int32Array[] | undefined)[],
  toIdx: (idx: readonly number[]) => Int32Array,
): void {
  const singles: Int32Array[] = [];
  const many = new Map<number, number[]>();
  for (let n = 0; n < keysOf.length; n++) {
    const lists = keysOf[n];
    if (lists === undefined) continue;
    const single = (singles[n] = Int32Array.of(n));
    for (let l = 0; l < lists.length; l++) {
      const keys = lists[l]!;
      for (let k = 0; k < keys.length; k++) {
        const id = keys[k]!;
        const had = byKeyId.get(id);
        if (had === undefined) byKeyId.set(id, single);
        else if (had !== single) {
          // rules come in order: the key's list so far is in `many`, or the one rule of `had`
          const list = many.get(id);
          if (list === undefined) many.set(id, [had[0]!, n]);
          else if (list[list.length - 1] !== n) list.push(n);
          byKeyId.set(id, single);
        }
      }
    }
  }
  many.forEach((list, id) => byKeyId.set(id, toIdx(list)));
  byKeyId.seal();
}
