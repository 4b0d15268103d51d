import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntry } from '../src/engine/index.js';
import { loadAz } from '../src/morph/az.js';
import { AzMorph } from '../src/morph/az-morph.js';
import { gazetteerKeyTable, useGazetteerKeys } from '../src/morph/gazetteer-keys.js';
import { KeyRecorder, gazetteerKeysText } from '../src/morph/gazetteer-keys-record.js';
import { segment } from '../src/segment/index.js';

interface Node {
  next: Map<string, Node> | null;
  pending: number[] | null;
}

interface Trie {
  root: Node;
  entries: { value(n: number): unknown };
  rootChild(k: string): Node | undefined;
}

/** The values of the entries filed under each key of a trie's first level, in order (as `keys` lists the keys). */
function firstLevel(g: Gazetteer<unknown>, keys: readonly string[]): [string, unknown[]][] {
  const trie = g as unknown as Trie;
  return keys.map((k) => {
    // the key table's first level is read where a walk reaches it
    const node = trie.root.next ? trie.root.next.get(k) : trie.rootChild(k);
    return [k, (node?.pending ?? []).map((p) => trie.entries.value(p))];
  });
}

/** The keys of a trie's first level filed entry by entry. */
const keysOf = (g: Gazetteer<unknown>): string[] => [...((g as unknown as Trie).root.next?.keys() ?? [])];

const ENTRIES: GazetteerEntry<number>[] = [
  { phrase: 'Нижний Новгород', value: 1 },
  { phrase: 'Новгород', value: 2 },
  { phrase: 'Великий Новгород', value: 3 },
  { phrase: 'РФ', value: 4, mode: 'exact' },
  { phrase: 'Нижний Новгород', value: 5 },
  { phrase: 'Владимирская область', value: 6 },
  { phrase: 'Владимир', value: 7, mode: 'surface' },
];

describe('gazetteer key table (src/morph/gazetteer-keys.ts)', () => {
  it('gives the trie a gazetteer builds entry by entry, from its first level or, when the entries changed, per entry', async () => {
    const api = await loadAz();
    const cold = new AzMorph(api);
    const recorder = new KeyRecorder();
    useGazetteerKeys(cold, recorder);
    const built = new Gazetteer('test', ENTRIES, cold, segment);
    const table = gazetteerKeyTable(gazetteerKeysText(recorder));
    expect(table.get('lВладимирская область')).toEqual([
      ['l:владимирский', 's:владимирская'],
      ['l:область', 's:область'],
    ]);
    // the entries as recorded (the table's first level), and changed (read entry by entry)
    const changed = [ENTRIES[1]!, { phrase: 'Москва', value: 8 }, ...ENTRIES.slice(2)];
    for (const entries of [ENTRIES, changed]) {
      const warm = new AzMorph(api);
      useGazetteerKeys(warm, table);
      const read = new Gazetteer('test', entries, warm, segment);
      const expected = entries === ENTRIES ? built : new Gazetteer('test', entries, new AzMorph(api), segment);
      expect(read.start).toEqual(expected.start);
      const keys = keysOf(expected);
      expect(keys.length).toBeGreaterThan(5);
      // every key as the trie filed entry by entry has it, and no other
      expect(firstLevel(read, keys.concat('l:тула'))).toEqual(firstLevel(expected, keys.concat('l:тула')));
      expect(read.size).toBe(expected.size);
    }
  });
});
