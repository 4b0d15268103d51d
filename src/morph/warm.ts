/**
 * The warm table: az's readings of the words the default pipeline parses while it builds its
 * gazetteers and word lists (some 5,000 words), and of the lexicon words it parses only once it
 * reads documents (currency names, units, numerals, place names: ~250 words, found by reading the
 * repo's fixtures), computed ahead of time. Asking az for each of them was most of
 * `createExtractor()`, and then of the first document; the table gives the same readings (a test
 * checks them against az, and regenerates the table with `UPDATE_WARM=1`).
 *
 * Format, one string: the distinct tags (tab-separated), a newline, the distinct scores, then
 * one line per word: its cache key and its readings, tab-separated; a reading is
 * `lemma,tag,score,known,index[,key,prefix,suffix]` with the tag and score as base-36 numbers
 * into the first two lines, the lemma empty when it is the word's key, known `1` or empty, the
 * index empty when it is the reading's position and `n` for readings that do not inflect.
 */
import type { WarmRow, WarmSource } from './az-morph.js';
import { WARM_AZ_VERSION, WARM_TABLE } from './warm-table.generated.js';
import { eachTabbedLine } from './tabbed-lines.js';

/**
 * The readings of one cache key's line, decoded on demand. The lines are sorted by key: a key is
 * found by binary search over where the lines start, not in a map of the ~5,300 lines (two
 * strings and an entry each, made at start-up, while a few hundred are read, all by documents).
 */
class WarmTable implements WarmSource {
  readonly #tags: readonly string[];
  readonly #scores: readonly number[];
  readonly #text: string;
  /** Where each line starts, in key order. */
  readonly #starts: number[] = [];

  constructor(text: string) {
    let first = text.indexOf('\n');
    if (first < 0) first = text.length;
    let second = text.indexOf('\n', first + 1);
    if (second < 0) second = text.length;
    this.#tags = text.slice(0, first).split('\t');
    this.#scores = text
      .slice(first + 1, second)
      .split('\t')
      .map(Number);
    this.#text = text;
    eachTabbedLine(text, second + 1, (at) => this.#starts.push(at));
  }

  /** The readings part of the line of `cacheKey`, or undefined. */
  #line(cacheKey: string): string | undefined {
    const text = this.#text;
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = starts[mid]!;
      const tab = text.indexOf('\t', at);
      // compared as Array#sort sorted the lines (by UTF-16 code units); a short-lived key string
      // per step, compared natively, costs less than a loop over its characters in the interpreter
      const key = text.slice(at, tab);
      if (key === cacheKey) {
        const end = text.indexOf('\n', tab);
        return text.slice(tab + 1, end < 0 ? text.length : end);
      }
      if (key < cacheKey) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  get(cacheKey: string): readonly WarmRow[] | undefined {
    const line = this.#line(cacheKey);
    if (line === undefined) return undefined;
    const key = cacheKey.charCodeAt(0) < 32 ? cacheKey.slice(1) : cacheKey;
    const cells = line.split('\t');
    const rows: WarmRow[] = [];
    // indexed reads, not destructuring: this runs in the first documents, before V8 optimises
    // it, where a destructuring pattern steps an iterator (an object per field)
    for (let pos = 0; pos < cells.length; pos++) {
      const f = cells[pos]!.split(',');
      const index = f[4] ?? '';
      const row: (string | number)[] = [
        f[0] || key,
        this.#tags[parseInt(f[1] ?? '', 36)] ?? '',
        this.#scores[parseInt(f[2] ?? '', 36)] ?? 0,
        f[3] === '1' ? 1 : 0,
        index === '' ? pos : index === 'n' ? -1 : Number(index),
      ];
      for (let k = 5; k < f.length; k++) row.push(f[k]!);
      rows.push(row as unknown as WarmRow);
    }
    return rows;
  }
}

let table: WarmTable | undefined;

/** The table, when it was made with this version of az; read on first need, once per process. */
export function warmTableFor(azVersion: string): WarmSource | undefined {
  if (azVersion !== WARM_AZ_VERSION) return undefined;
  return readWarmTable();
}

/** Reads the table ahead (see `createMorph`); `warmTableFor` still checks the version of az. */
export function readWarmTable(): WarmSource | undefined {
  if (WARM_TABLE === '') return undefined;
  return (table ??= new WarmTable(WARM_TABLE));
}

function encode(rows: Record<string, readonly WarmRow[]>): string {
  const tags = new Map<string, number>();
  const scores = new Map<number, number>();
  const id = <K>(m: Map<K, number>, k: K): string => {
    if (!m.has(k)) m.set(k, m.size);
    return m.get(k)!.toString(36);
  };
  const lines = Object.keys(rows)
    .sort()
    .map((cacheKey) => {
      const key = cacheKey.charCodeAt(0) < 32 ? cacheKey.slice(1) : cacheKey;
      const cells = rows[cacheKey]!.map((row, pos) => {
        const [lemma, tag, score, known, index, ...rest] = row;
        const fields = [
          lemma === key ? '' : lemma,
          id(tags, tag),
          id(scores, score),
          known ? '1' : '',
          index === pos ? '' : index < 0 ? 'n' : String(index),
          ...rest.map((x) => x ?? ''),
        ];
        if (fields.some((f) => /[,\t\n]/.test(f))) throw new Error(`cannot store a reading of ${cacheKey}`);
        return fields.join(',');
      });
      return `${cacheKey}\t${cells.join('\t')}`;
    });
  return [[...tags.keys()].join('\t'), [...scores.keys()].map(String).join('\t'), ...lines].join('\n');
}

/** The source text of `warm-table.generated.ts` for these rows. */
export function warmTableSource(azVersion: string, rows: Record<string, readonly WarmRow[]>): string {
  return [
    '// Generated by test/morph-warm.test.ts (UPDATE_WARM=1 npx vitest run test/morph-warm.test.ts): do not edit.',
    '// az readings of the words the default pipeline parses at start-up; the format is in warm.ts.',
    `export const WARM_AZ_VERSION: string = ${JSON.stringify(azVersion)};`,
    `export const WARM_TABLE: string = ${JSON.stringify(encode(rows))};`,
    '',
  ].join('\n');
}
