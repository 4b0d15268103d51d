/**
 * The rules of a rule set that the next token's word rules out at a token: a rule led by a broad
 * first token (a lower-case word before a name, a preposition before a date, a word before a
 * number) is filed under most words, and mostly cannot match before the word that follows.
 */
import type { DocContext } from './context.js';
import type { Check } from './prefilter.js';
import type { Rule } from './rule.js';
import { WordLists } from './word-lists.js';

export class NextWordFilter {
  /** The rules' branches (see `Rule.branchStarts`), made when the set is first used. */
  private branches: Branches | null = null;
  /** The branches with a next-word check that each word admits as the next token (see {@link candidates}). */
  private readonly byNextWord = new WordLists();
  /** What a word's entry in a rule set's `byWord` holds (see {@link entryOf}), by the entry's number there. */
  private readonly entries: (Entry | undefined)[] = [];
  /** The last list of admitted branches `nextAdmits` found no room to number. */
  private unnumbered: Int32Array = NONE;

  constructor(private readonly rules: readonly Rule<unknown>[]) {}

  /**
   * A word's entry: its candidates `kept`, then, when one of them has a next-word check, -1 and
   * the branches of those rules whose first check the word passes (see `Rule.branchStarts`).
   */
  entryOf(ctx: DocContext, i: number, kept: number[]): number[] {
    const b = this.table();
    let checked = false;
    const side: number[] = [];
    for (const k of kept) {
      if (b.nextChecked[k] === 0) continue;
      checked = true;
      for (let x = b.from[k]!; x < b.from[k + 1]!; x++) {
        const first = b.first[x]!;
        if (first === null || first(ctx, i)) side.push(x);
      }
    }
    return checked ? kept.concat(-1, side) : kept;
  }

  /**
   * The entry of a word's list numbered `id` in its rule set's `byWord` (see {@link entryOf})
   * taken apart, made once per list; `id` 0 (a list with no number) is taken apart each time.
   */
  takeApart(id: number, list: Int32Array): Entry {
    const cut = list.indexOf(-1);
    const e: Entry =
      cut < 0
        ? { count: list.length, rules: list, side: NONE, byNext: null }
        : { count: cut, rules: list.slice(0, cut), side: list.slice(cut + 1), byNext: new Map() };
    if (id !== 0) this.entries[id] = e;
    return e;
  }

  /** The entry {@link takeApart} made of the list numbered `id`, if any (none for 0). */
  entry(id: number): Entry | undefined {
    return this.entries[id];
  }

  /**
   * The candidates of token `i` from its word's entry, less the rules that the next token's word
   * rules out: those none of whose branches passes both its first check (at this word) and its
   * next check (at the next word). A rule led by a broad first token (a lower-case word before a
   * name, a preposition before a date) is filed under most words, and mostly ruled out by the
   * word after. Kept per pair of lists, which depend on the two words alone, by the number of the
   * next word's list.
   */
  candidates(ctx: DocContext, i: number, e: Entry): Int32Array {
    if (e.byNext === null) return e.rules;
    const next = this.nextAdmits(ctx, i + 1);
    let out = next === 0 ? undefined : e.byNext.get(next);
    if (out === undefined) {
      const admitted = next === PAST_END ? NONE : next === 0 ? this.unnumbered : this.byNextWord.list(next);
      const b = this.branches!;
      const keep = new Uint8Array(this.rules.length);
      for (const x of e.side) if (b.next[x] === null || admitted.includes(x)) keep[b.ruleOf[x]!] = 1;
      out = e.rules.filter((k) => b.nextChecked[k] === 0 || keep[k] === 1);
      if (next !== 0) {
        if (e.byNext.size >= MAX_PAIRS) e.byNext.clear();
        e.byNext.set(next, out);
      }
    }
    return out;
  }

  /** The rules' branches, numbered in rule order (asked of every rule when the set is first used). */
  private table(): Branches {
    if (this.branches !== null) return this.branches;
    const from = new Int32Array(this.rules.length + 1);
    const nextChecked = new Uint8Array(this.rules.length);
    const ruleOf: number[] = [];
    const first: (Check | null)[] = [];
    const next: (Check | null)[] = [];
    for (let k = 0; k < this.rules.length; k++) {
      from[k] = ruleOf.length;
      for (const br of this.rules[k]!.branchStarts) {
        ruleOf.push(k);
        first.push(br.first);
        next.push(br.next);
        if (br.next !== null) nextChecked[k] = 1;
      }
    }
    from[this.rules.length] = ruleOf.length;
    return (this.branches = { from, nextChecked, ruleOf: Int32Array.from(ruleOf), first, next });
  }

  /**
   * The number of the list of branches with a next-word check that token `j`'s word admits in
   * `byNextWord`: {@link PAST_END} past the last token, 0 when the list has no number (it is then
   * in `unnumbered`).
   */
  private nextAdmits(ctx: DocContext, j: number): number {
    const w = ctx.word(j);
    if (w === undefined) return PAST_END;
    let id = this.byNextWord.id(w);
    if (id === 0) {
      const next = this.branches!.next;
      const kept: number[] = [];
      for (let x = 0; x < next.length; x++) {
        const check = next[x];
        if (check != null && check(ctx, j)) kept.push(x);
      }
      id = this.byNextWord.add(w, kept);
      if (id === 0) this.unnumbered = Int32Array.from(kept);
    }
    return id;
  }
}

/** The rules' branches in a rule set (see `NextWordFilter.table`). */
interface Branches {
  /** Per rule, its first branch's number (and the end of the last rule's). */
  readonly from: Int32Array;
  /** Per rule, 1 when one of its branches has a next-word check. */
  readonly nextChecked: Uint8Array;
  /** Per branch, its rule, and its checks of the first and the next token's word. */
  readonly ruleOf: Int32Array;
  readonly first: readonly (Check | null)[];
  readonly next: readonly (Check | null)[];
}

/** A word's entry (see `NextWordFilter.entryOf`) taken apart, and its candidates by the next word's branches. */
export interface Entry {
  /** How many candidates the word has before the next word's filter (0: none, the common case). */
  readonly count: number;
  readonly rules: Int32Array;
  readonly side: Int32Array;
  /** By the number of the next word's list of admitted branches (see `NextWordFilter.nextAdmits`). */
  readonly byNext: Map<number, Int32Array> | null;
}

const NONE = new Int32Array(0);
/** What `nextAdmits` returns past the last token (no list number is negative). */
const PAST_END = -1;
/** Most lists of pairs kept (see `NextWordFilter.candidates`); a list not remembered per word is a new one each time. */
const MAX_PAIRS = 4096;
