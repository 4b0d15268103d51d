/**
 * The gazetteer key table: for every phrase of the default pipeline's gazetteers, the keys its
 * words are matched by (lemma sequences, see `src/engine/gazetteer.ts`), computed ahead of time.
 * Segmenting and lemmatising each of some 30,000 entries was most of `createExtractor()`; the
 * table gives the same keys (a test computes them again with a morphology that has no table and
 * regenerates the file with `UPDATE_WARM=1`, as for the warm table).
 *
 * It is attached to the shared morphology only (made with the same version of az), and a
 * gazetteer reads it only with the package's own segmenter; any other morphology or segmenter
 * computes the keys itself.
 *
 * Format, one string: one line per phrase, `<mode letter><phrase>\t<keys>`; the keys are the
 * phrase's tokens separated by `\x1f`, each token's alternatives separated by `\x1e`.
 */
import type { Morph } from './types.js';
import { KEYS_AZ_VERSION, KEYS_TABLE } from './gazetteer-keys.generated.js';

/** The keys of a gazetteer phrase, by `<mode letter><phrase>`. */
export interface GazetteerKeySource {
  get(id: string): string[][] | undefined;
  /**
   * The keys as the table stores them (decode with {@link decodeKeys}), by the mode's letter and
   * the phrase (no id string to make per entry): decoded only where a trie needs them.
   */
  encoded?(mode: string, phrase: string): string | undefined;
  /** Called with the keys computed for a phrase the source did not have (when recording). */
  record?(id: string, keys: string[][]): void;
}

const TOKEN = '\x1f';
const ALT = '\x1e';

class KeyTable implements GazetteerKeySource {
  /** The stored keys by phrase, one map per mode letter. */
  readonly #byMode = new Map<string, Map<string, string>>();

  constructor(text: string) {
    // one pass of indexOf over the text, not split('\n') (an array of ~5,000 lines to drop)
    for (let at = 0; at < text.length;) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < end) {
        const mode = text[at]!;
        let phrases = this.#byMode.get(mode);
        if (!phrases) this.#byMode.set(mode, (phrases = new Map<string, string>()));
        phrases.set(text.slice(at + 1, tab), text.slice(tab + 1, end));
      }
      at = end + 1;
    }
  }

  get(id: string): string[][] | undefined {
    const line = this.encoded(id.slice(0, 1), id.slice(1));
    return line === undefined ? undefined : decodeKeys(line);
  }

  encoded(mode: string, phrase: string): string | undefined {
    return this.#byMode.get(mode)?.get(phrase);
  }
}

/** The keys of a phrase from their stored form (see {@link GazetteerKeySource.encoded}). */
export function decodeKeys(line: string): string[][] {
  return line === '' ? [] : line.split(TOKEN).map((t) => t.split(ALT));
}

/** The first token's keys alone from the stored form (of a phrase that has keys). */
export function decodeFirstKeys(line: string): string[] {
  const cut = line.indexOf(TOKEN);
  return (cut < 0 ? line : line.slice(0, cut)).split(ALT);
}

/** A source that has nothing and keeps what the gazetteers compute (to generate the table). */
export class KeyRecorder implements GazetteerKeySource {
  readonly rows = new Map<string, string[][]>();

  get(): undefined {
    return undefined;
  }

  record(id: string, keys: string[][]): void {
    this.rows.set(id, keys);
  }
}

const sources = new WeakMap<Morph, GazetteerKeySource>();
let table: KeyTable | undefined;

/** Lets gazetteers built for this morphology read their keys from `source`. */
export function useGazetteerKeys(morph: Morph, source: GazetteerKeySource): void {
  sources.set(morph, source);
}

/** The key source attached to this morphology, if any. */
export function gazetteerKeysOf(morph: Morph): GazetteerKeySource | undefined {
  return sources.get(morph);
}

/** The committed table, when it was made with this version of az; read once per process. */
export function gazetteerKeyTableFor(azVersion: string): GazetteerKeySource | undefined {
  if (azVersion !== KEYS_AZ_VERSION) return undefined;
  return readGazetteerKeyTable();
}

/** Reads the table ahead (see `createMorph`); `gazetteerKeyTableFor` still checks the version of az. */
export function readGazetteerKeyTable(): GazetteerKeySource | undefined {
  if (KEYS_TABLE === '') return undefined;
  return (table ??= new KeyTable(KEYS_TABLE));
}

/** The source text of `gazetteer-keys.generated.ts` for these rows. */
export function gazetteerKeysSource(azVersion: string, rows: ReadonlyMap<string, string[][]>): string {
  const lines = [...rows.keys()].sort().map((id) => {
    const keys = rows.get(id)!;
    const cells = keys.map((alts) => alts.join(ALT)).join(TOKEN);
    const bad = (k: string): boolean => ['\t', '\n', ALT, TOKEN].some((c) => k.includes(c));
    if (bad(id) || keys.some((alts) => alts.some(bad)))
      throw new Error(`cannot store the keys of ${JSON.stringify(id)}`);
    return `${id}\t${cells}`;
  });
  return [
    '// Generated by test/morph-warm.test.ts (UPDATE_WARM=1 npx vitest run test/morph-warm.test.ts): do not edit.',
    "// the default gazetteers' keys per phrase; the format is in gazetteer-keys.ts.",
    `export const KEYS_AZ_VERSION: string = ${JSON.stringify(azVersion)};`,
    `export const KEYS_TABLE: string = ${JSON.stringify(lines.join('\n'))};`,
    '',
  ].join('\n');
}
