import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntry } from '../src/engine/index.js';
import { loadAz } from '../src/morph/az.js';
import { AzMorph } from '../src/morph/az-morph.js';
import { gazetteerKeyTable, useGazetteerKeys } from '../src/morph/gazetteer-keys.js';
import { KeyRecorder, gazetteerKeysText } from '../src/morph/gazetteer-keys-record.js';
import { segment } from '../src/segment/index.js';

interface Node {
  next: Map<string, Node | number> | null;
  pending: number[] | null;
}

interface Trie {
  root: Node;
  entries: { value(n: number): unknown };
  rootNode(k: string, at: number): Node;
}

/** A trie's first level: each key with the values of the entries filed under it, in order. */
function firstLevel(g: Gazetteer<unknown>): [string, unknown[]][] {
  const trie = g as unknown as Trie;
  const keys = [...(trie.root.next ?? new Map<string, Node | number>())];
  return keys.map(([k, n]) => {
    // a node the table lists is made when first reached
    const node = typeof n === 'number' ? trie.rootNode(k, n) : n;
    return [k, (node.pending ?? []).map((p) => trie.entries.value(p))];
  });
}

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
      expect(firstLevel(read)).toEqual(firstLevel(expected));
      expect(read.size).toBe(expected.size);
    }
  });
});
