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
 * Format, one string: one section per gazetteer, a line `\x1d<name>` and then
 * - one line per entry, in the order the gazetteer asks for them (a phrase twice if the
 *   gazetteer has it twice), `<mode letter><phrase>\t<keys>`; the keys are the phrase's tokens
 *   separated by `\x1f`, each token's alternatives separated by `\x1e`;
 * - an index of the first-level keys that follow: `\x1a` and a hash table of them, two
 *   characters per slot (see `INDEX`);
 * - the trie's first level as the gazetteer files it: one line per first key, in the order
 *   first met, `\x1c<key>\t<entries>`, one character per entry filed under it (its number + 0x20),
 *   none when they are those of the line before ("l:москва", "s:москва"): the trie shares the node;
 * - `\x1b` and the words the trie starts with (its `start`), separated by `\x1e`.
 *
 * A gazetteer reads its section in order, comparing each line with its entry where it is (no
 * map of the ~9,000 phrases, no string made per phrase), and when every entry was where the
 * table has it, takes its first level and start words as they are: filing each entry's first
 * keys and folding the start words was most of the gazetteers' start-up. Its first level is
 * then looked up in the table's index, not put in a map (~17,000 keys and their strings that all
 * survived start-up), and a node is made when a walk first reaches it. A phrase not where it
 * is expected is looked up in a map built on that first miss, and the trie filed entry by entry.
 */
import type { Morph } from './types.js';
import { KEYS_AZ_VERSION, KEYS_TABLE } from './gazetteer-keys.generated.js';
import { eachTabbedLine } from './tabbed-lines.js';

/** The keys of a gazetteer phrase, by `<mode letter><phrase>`. */
export interface GazetteerKeySource {
  get(id: string): string[][] | undefined;
  /** A reader of the stored keys of gazetteer `name`'s entries, in their order, if the source has them. */
  reader?(name: string): KeyReader | undefined;
  /** Called with each phrase a gazetteer asks for and the keys computed for it (when recording). */
  record?(name: string, id: string, keys: string[][]): void;
  /** Called with the words a gazetteer starts with, as its `start` lists them (when recording). */
  recordStart?(name: string, values: readonly string[]): void;
}

/** The stored keys of one gazetteer's entries, read in their order. */
export interface KeyReader {
  /**
   * Where the keys of the next entry are stored (decode with `first` or `all`), or -1 if the
   * table does not have them or has none (ask `get`); `mode` is the mode's letter.
   */
  next(mode: string, phrase: string): number;
  /** The first token's alternative keys at `at`. */
  first(at: number): string[];
  /** Every token's alternative keys at `at`. */
  all(at: number): string[][];
  /**
   * Once every entry was read where the table has it: takes the table's first level (see
   * `rootList`) and returns the words the trie starts with. Otherwise returns undefined.
   */
  fileRoot(): string[] | undefined;
  /**
   * Where the table lists the numbers of the entries filed under first-level key `key` (see
   * `entriesAt`), or -1 if no entry starts with it. Keys with the same entries ("l:москва",
   * "s:москва") give the same place: the trie shares the node, its subtree is the same.
   */
  rootList(key: string): number;
  /** The numbers of the entries listed at `at` (a place `rootList` gave), in order. */
  entriesAt(at: number): number[];
}

export const TOKEN = '\x1f';
export const ALT = '\x1e';
export const SECTION = '\x1d';
/** Starts a line of the first-level keys: the key, a tab, then one character per entry number (+ NUMBERED), none if the previous line's. */
export const ROOT = '\x1c';
/** Starts the line of the words the trie starts with, separated by ALT. */
export const STARTS = '\x1b';
export const NUMBERED = 0x20;
/**
 * Starts the line of the first-level keys' index: a hash table (`keyHash`, linear probing, a
 * power of two of slots, at most half full), two characters per slot, each 13 bits + SLOT of
 * where the key's line starts, counted from the first key line, plus one (0: an empty slot).
 * 13 bits keep the characters under U+2028, which the build's reading of the table (a regular
 * expression over the generated source) would take for the end of a line.
 */
export const INDEX = '\x1a';
export const SLOT = 0x20;

/** The hash of a first-level key for the index (FNV-1a over its UTF-16 code units). */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const TAB = 9;
const NEWLINE = 10;

class KeyTable implements GazetteerKeySource {
  readonly #text: string;
  /** Where each gazetteer's first line starts, by name; made on the first reader. */
  #sections: Map<string, number> | undefined;
  /** Where the keys of a phrase start, one map per mode letter; made on the first miss. */
  #byMode: Map<string, Map<string, number>> | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  get(id: string): string[][] | undefined {
    const at = this.find(id.slice(0, 1), id.slice(1));
    return at < 0 ? undefined : this.all(at);
  }

  reader(name: string): KeyReader | undefined {
    const start = this.#sectionStart(name);
    return start === undefined ? undefined : new SectionReader(this, this.#text, start);
  }

  /** Where the keys of a phrase start anywhere in the table, or -1. */
  find(mode: string, phrase: string): number {
    if (!this.#byMode) {
      const byMode = (this.#byMode = new Map<string, Map<string, number>>());
      const text = this.#text;
      eachTabbedLine(text, 0, (at, tab) => {
        const m = text[at]!;
        let phrases = byMode.get(m);
        if (!phrases) byMode.set(m, (phrases = new Map<string, number>()));
        const p = text.slice(at + 1, tab);
        if (!phrases.has(p)) phrases.set(p, tab + 1);
      });
    }
    return this.#byMode.get(mode)?.get(phrase) ?? -1;
  }

  first(at: number): string[] {
    const line = this.line(at);
    const cut = line.indexOf(TOKEN);
    return (cut < 0 ? line : line.slice(0, cut)).split(ALT);
  }

  all(at: number): string[][] {
    return decodeKeys(this.line(at));
  }

  /** The line from `at` (without its newline). */
  line(at: number): string {
    const end = this.#text.indexOf('\n', at);
    return this.#text.slice(at, end < 0 ? this.#text.length : end);
  }

  #sectionStart(name: string): number | undefined {
    if (!this.#sections) {
      const sections = (this.#sections = new Map<string, number>());
      const text = this.#text;
      // a section starts at a line that starts with SECTION (the first at the text's start)
      let at = text.startsWith(SECTION) ? 0 : nextSection(text, 0);
      while (at >= 0) {
        let end = text.indexOf('\n', at);
        if (end < 0) end = text.length;
        sections.set(text.slice(at + 1, end), end + 1);
        at = nextSection(text, end);
      }
    }
    return this.#sections.get(name);
  }
}

/** Reads one gazetteer's section of the table (see the format above). */
class SectionReader implements KeyReader {
  /** Where the next line starts. */
  #at: number;
  /** Whether an entry was not where the table has it. */
  #missed = false;

  constructor(
    private readonly table: KeyTable,
    private readonly text: string,
    at: number,
  ) {
    this.#at = at;
  }

  next(mode: string, phrase: string): number {
    // the entry's line is the next one unless the data changed since the table was made
    const text = this.text;
    const at = this.#at;
    const tab = at + 1 + phrase.length;
    if (!this.#missed && text[at] === mode && text.charCodeAt(tab) === TAB && text.startsWith(phrase, at + 1)) {
      const end = text.indexOf('\n', tab);
      this.#at = end < 0 ? text.length : end + 1;
      return end === tab + 1 || tab + 1 === text.length ? -1 : tab + 1;
    }
    this.#missed = true;
    const found = this.table.find(mode, phrase);
    return found >= 0 && this.table.line(found) === '' ? -1 : found;
  }

  first(at: number): string[] {
    return this.table.first(at);
  }

  all(at: number): string[][] {
    return this.table.all(at);
  }

  /** Where the index's slots start (see INDEX), once `fileRoot` took it. */
  #slots = -1;
  #mask = 0;
  /** Where the first key line starts. */
  #keys = 0;

  fileRoot(): string[] | undefined {
    const text = this.text;
    const at = this.#at;
    if (this.#missed || text[at] !== INDEX) return undefined;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    this.#slots = at + 1;
    this.#mask = (end - at - 1) / 2 - 1;
    this.#keys = end + 1;
    // the start line follows the key lines (no key has a STARTS in it)
    const starts = text[end + 1] === STARTS ? end + 1 : text.indexOf('\n' + STARTS, end) + 1;
    if (starts <= 0) throw new Error('the gazetteer key table has no start line after its first-level keys');
    const line = this.table.line(starts + 1);
    return line === '' ? [] : line.split(ALT);
  }

  rootList(key: string): number {
    const text = this.text;
    const mask = this.#mask;
    if (mask < 0) return -1;
    for (let slot = keyHash(key) & mask; ; slot = (slot + 1) & mask) {
      const c = this.#slots + 2 * slot;
      const v = ((text.charCodeAt(c) - SLOT) << 13) | (text.charCodeAt(c + 1) - SLOT);
      if (v === 0) return -1;
      const at = this.#keys + v - 1;
      const tab = at + 1 + key.length;
      if (text.charCodeAt(tab) !== TAB || !text.startsWith(key, at + 1)) continue;
      // none listed: the entries of the line before (a line with some starts this run)
      let line = at;
      while (text.charCodeAt(text.indexOf('\t', line) + 1) === NEWLINE) line = text.lastIndexOf('\n', line - 2) + 1;
      return text.indexOf('\t', line) + 1;
    }
  }

  entriesAt(at: number): number[] {
    const text = this.text;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const list = new Array<number>(end - at);
    for (let c = at; c < end; c++) list[c - at] = text.charCodeAt(c) - NUMBERED;
    return list;
  }
}

/** Where the section line after `from` starts, or -1. */
function nextSection(text: string, from: number): number {
  const at = text.indexOf('\n' + SECTION, from);
  return at < 0 ? -1 : at + 1;
}

/** The keys of a phrase from their stored form. */
export function decodeKeys(line: string): string[][] {
  return line === '' ? [] : line.split(TOKEN).map((t) => t.split(ALT));
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

/** A key source reading a table's text (see the format above): the committed one, or one made by `gazetteerKeysText` (gazetteer-keys-record.ts). */
export function gazetteerKeyTable(text: string): GazetteerKeySource {
  return new KeyTable(text);
}
