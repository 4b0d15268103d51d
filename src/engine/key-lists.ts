/**
 * A rule set's rules by the number of the key they start at (keys.ts): each key's list of rule
 * numbers, sorted, one array per distinct list. Which list a key has is kept in a typed array,
 * whose memory is outside the JavaScript heap: as an array of the lists, one slot per registered
 * key (~8,000) in each of the default pipeline's rule sets, it was ~0.7 MB that every collection
 * of the start-up scanned and the young generation's copied twice.
 */
export class RulesByKey {
  /** Per key number, 1 + the number of its list in `lists`; 0: no rule starts there. */
  private readonly slots: Uint32Array;
  private readonly lists: Int32Array[] = [];
  /** The number of each list in `lists`, while they are filed. */
  private readonly numbers = new Map<Int32Array, number>();
  private last: Int32Array | null = null;
  private lastNumber = 0;
  /** Whether any key has rules. */
  keyed = false;

  constructor(keys: number) {
    this.slots = new Uint32Array(keys);
  }

  /** The rules that start at key `id` (a key registered after the set was made has none). */
  get(id: number): Int32Array | undefined {
    const slot = this.slots[id];
    return slot ? this.lists[slot - 1] : undefined;
  }

  set(id: number, rules: Int32Array): void {
    // a rule's keys are filed one after another with its list: the last one is at hand
    let n = rules === this.last ? this.lastNumber : this.numbers.get(rules);
    if (n === undefined) {
      this.lists.push(rules);
      this.numbers.set(rules, (n = this.lists.length));
    }
    this.last = rules;
    this.lastNumber = n;
    this.slots[id] = n;
    this.keyed = true;
  }

  /** Done filing: the map of lists to numbers is not kept. */
  seal(): void {
    this.numbers.clear();
    this.last = null;
  }
}
