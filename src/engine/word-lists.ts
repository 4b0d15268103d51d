import { keyCount } from './keys.js';
import { WORDS_MAX, wordIndex, type WordInfo } from './words.js';

/**
 * A rule set's candidate lists by word (see `RuleSet.collect`): per place in the word table, 1 +
 * the number of the word's list (0: not yet known). Valid for one word table (`tableBase`, the id
 * of its first word) and one set of registered keys (`keyGen`): a word's keys are those registered
 * when it was asked.
 */
export class WordLists {
  private known: Uint16Array | null = null;
  private tableBase = -1;
  private keyGen = -1;
  /** The distinct lists, and their numbers by content. */
  private readonly lists: Int32Array[] = [];
  private readonly ids = new Map<string, number>();

  /** The list remembered for the word, or undefined. */
  get(w: WordInfo): Int32Array | undefined {
    const index = wordIndex(w.id);
    const base = w.id - index;
    let known = this.known;
    if (known === null || base !== this.tableBase || keyCount() !== this.keyGen) {
      // a word of an older table (a document that began before the table was renewed, or another
      // morphology's) is not remembered: going back and forth would empty the lists each time
      if (base < this.tableBase && known !== null) return undefined;
      if (known === null) this.known = known = new Uint16Array(WORDS_MAX);
      else known.fill(0);
      this.tableBase = base;
      this.keyGen = keyCount();
    }
    const k = known[index]!;
    return k === 0 ? undefined : this.lists[k - 1];
  }

  /**
   * Remembers `rules` (indices, sorted) as the word's list, unless what is remembered was renewed
   * since `get` (a check that ran the set again); returns the list, shared by every word with it.
   */
  set(w: WordInfo, rules: readonly number[]): Int32Array {
    const key = rules.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      const list = Int32Array.from(rules);
      if (this.lists.length >= 0xffff) return list; // no room to remember it
      this.lists.push(list);
      this.ids.set(key, (id = this.lists.length));
    }
    const index = wordIndex(w.id);
    if (this.known !== null && w.id - index === this.tableBase && keyCount() === this.keyGen) this.known[index] = id;
    return this.lists[id - 1]!;
  }
}
