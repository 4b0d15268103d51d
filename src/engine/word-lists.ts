import { keyCount } from './keys.js';
import { WORDS_MAX, wordIndex, type WordInfo } from './words.js';

/**
 * A rule set's candidate lists by word (see `RuleSet.collect`): per place in the word table, the
 * number of the word's list (0: not yet known). Valid for one word table (`tableBase`, the id of
 * its first word) and one set of registered keys (`keyGen`): a word's keys are those registered
 * when it was asked. A list's number is 1 + its place in `lists` and stays its own for good, so
 * callers keep what they derive from a list in arrays indexed by its number (no map look-ups).
 */
export class WordLists {
  /**
   * Bytes while the set has fewer than 255 lists (most sets: 64 KB a table instead of 128, two
   * tables a rule set, outside the heap but in the process's memory), then 16 bits.
   */
  private known: Uint8Array | Uint16Array | null = null;
  private tableBase = -1;
  private keyGen = -1;
  /** The distinct lists, and their numbers by content. */
  private readonly lists: Int32Array[] = [];
  private readonly ids = new Map<string, number>();

  /** The number of the list remembered for the word, or 0. */
  id(w: WordInfo): number {
    const index = wordIndex(w.id);
    const base = w.id - index;
    let known = this.known;
    if (known === null || base !== this.tableBase || keyCount() !== this.keyGen) {
      // a word of an older table (a document that began before the table was renewed, or another
      // morphology's) is not remembered: going back and forth would empty the lists each time
      if (base < this.tableBase && known !== null) return 0;
      if (known === null)
        this.known = known = this.lists.length < 0xff ? new Uint8Array(WORDS_MAX) : new Uint16Array(WORDS_MAX);
      else known.fill(0);
      this.tableBase = base;
      this.keyGen = keyCount();
    }
    return known[index]!;
  }

  /** The list numbered `id` (see {@link id}). */
  list(id: number): Int32Array {
    return this.lists[id - 1]!;
  }

  /**
   * Remembers `rules` (indices, sorted) as the word's list, unless what is remembered was renewed
   * since `id` (a check that ran the set again); returns the list's number, shared by every word
   * with it, or 0 when there is no room to number another list.
   */
  add(w: WordInfo, rules: readonly number[]): number {
    const key = rules.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.lists.length >= 0xffff) return 0; // no room to remember it
      this.lists.push(Int32Array.from(rules));
      this.ids.set(key, (id = this.lists.length));
      if (id >= 0xff && this.known instanceof Uint8Array) this.known = Uint16Array.from(this.known);
    }
    const index = wordIndex(w.id);
    if (this.known !== null && w.id - index === this.tableBase && keyCount() === this.keyGen) this.known[index] = id;
    return id;
  }
}
