import type { Morph, Parse } from '../morph/types.js';
import type { Segmentation, Token } from '../segment/types.js';
import { keyCount, knownKeyId } from './keys.js';
import {
  distinctLemmas,
  keyIdList,
  namingLemmas,
  NO_KEYS,
  NO_STRINGS,
  oneString,
  sameStrings,
  wordInfo,
  type WordInfo,
} from './words.js';
import { startsUpper } from './letters.js';

export { namingLemmas, type WordInfo } from './words.js';

/**
 * Lower-cases and folds `ё` to `е`: the key every lemma and surface comparison uses. A string of
 * lower-case Russian letters (not ё) and ASCII other than capitals is its own key, and comes back
 * as it is: toLowerCase makes a new string of every two-byte string through ICU (~3 µs each before
 * V8 optimises it), and the lexicons fold tens of thousands of such words at start-up.
 */
export function fold(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 0x430 && c <= 0x44f) || (c < 0x80 && (c < 0x41 || c > 0x5a))) continue;
    return s.toLowerCase().replace(/ё/g, 'е');
  }
  return s;
}

/** Serial number of the last DocContext made (see `DocContext.serial`). */
let serials = 0;

/** How many memo slots were handed out (see {@link newMemoSlot}). */
let memoSlots = 0;

/** A slot of its own in every document's memos (see `DocContext.memo`), for one memoized test. */
export function newMemoSlot(): number {
  return memoSlots++;
}

/**
 * Bytes for the memos of one document at a time, reused from document to document. A document
 * asks a few hundred memos of a byte per token (one per test and per rule's window check), and
 * arrays of their own were ~300 bytes of fresh memory per token: a long document's outlive
 * scavenges, so they waited for a full collection, and the process grew by them. Taken by a
 * context made `pooled` (the pipeline's, which gives it back when its document is done);
 * held to {@link ARENA_MAX} bytes (a longer document's further memos get arrays of their own).
 */
const arena = { bytes: new Uint8Array(0), busy: false };
const ARENA_MAX = 4 << 20;
/**
 * Arrays for the value memos of the pooled context (see {@link DocContext.values}), emptied and
 * kept when its document is done, for the next one; one longer than {@link POOLED_VALUES_MAX}
 * is not kept.
 */
const pooledValues: unknown[][] = [];
const POOLED_VALUES_MAX = 1 << 16;
/**
 * The pooled context's array of its tokens' words (see {@link DocContext.word}), emptied and kept
 * for the next document: a long document's outlived scavenges (and one of over 16,000 tokens
 * was made in the old generation), garbage there until a full collection.
 */
const pooledWords: { words: (WordInfo | undefined)[] | null } = { words: null };

/** A key under which a module keeps a value of its own per document (see {@link DocContext.local}). */
export class DocKey<T> {
  declare private readonly value: T;
  constructor(readonly description: string) {}
}

const NO_TOKENS: readonly Token[] = [];
const NO_SEGMENTATION: Segmentation = { text: '', tokens: NO_TOKENS, sentences: [] };

/**
 * A document as the rules see it: the segmenter's tokens plus morphology that is looked up
 * lazily (punctuation and digits never need a parse) and once per token.
 */
export class DocContext {
  /**
   * A number no other document of this process has: long-lived per-rule memos remember the last
   * document by it, not by reference, so they do not keep a finished document alive. Renewed by
   * {@link release}, after which the context is a new document to them.
   */
  serial = ++serials;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly seg: Segmentation;
  readonly morph: Morph;
  /** Per token, its word's shared facts (see {@link WordInfo}); the pooled array while held. */
  private words: (WordInfo | undefined)[];
  /** The memos of the predicates asked in this document, by slot (see predicates.ts `memoized`). */
  private readonly memos: (Uint8Array | undefined)[] = [];
  /** Results of memoized predicates that are readings, by slot and token. */
  private memoValues: Map<number, unknown> | undefined;
  /**
   * The shared memo bytes while this context holds them (see {@link arena}), and how many its
   * memos asked for (beyond the arena's size the arena grows to that on release).
   */
  private arenaBytes: Uint8Array | null = null;
  private arenaUsed = 0;
  /** The value memos by slot (see {@link values}). */
  private readonly valueMemos: (unknown[] | undefined)[] = [];
  /** What other modules keep for this document (see {@link local}). */
  private locals: Map<DocKey<unknown>, unknown> | undefined;

  /**
   * @param pooled take the shared memo bytes when they are free; whoever makes a pooled context
   * must {@link release} it when its document is done.
   */
  constructor(seg: Segmentation, morph: Morph, pooled = false) {
    this.seg = seg;
    this.text = seg.text;
    this.tokens = seg.tokens;
    this.morph = morph;
    if (pooled && !arena.busy) {
      arena.busy = true;
      this.arenaBytes = arena.bytes;
      const words = pooledWords.words;
      pooledWords.words = null;
      if (words !== null && words.length < seg.tokens.length) words.length = seg.tokens.length;
      this.words = words ?? new Array<WordInfo | undefined>(seg.tokens.length);
    } else this.words = new Array<WordInfo | undefined>(seg.tokens.length);
    this.findWords();
  }

  /**
   * Finds every token's word up front: the rule sets ask each token's word anyway, and in one
   * tight loop the table look-ups (a cache miss or two each in a table of tens of thousands of
   * words) overlap, where asked one at a time between rules they cost ~3 times as much.
   */
  private findWords(): void {
    const tokens = this.tokens;
    const words = this.words;
    // the array is new or given back emptied (see release)
    for (let i = 0; i < tokens.length; i++) words[i] = wordInfo(this.morph, tokens[i]!);
  }

  /**
   * Gives back the shared memo bytes (the memos then start again empty, should the context be
   * asked again: they are remembered results, so nothing changes but the time).
   */
  release(): void {
    if (this.arenaBytes === null) return;
    this.memos.length = 0;
    const n = this.tokens.length;
    for (const v of this.valueMemos) {
      if (v === undefined || v.length > POOLED_VALUES_MAX) continue;
      v.fill(undefined, 0, n); // nothing of this document stays reachable
      pooledValues.push(v);
    }
    this.valueMemos.length = 0;
    if (this.words.length <= POOLED_VALUES_MAX) {
      this.words.fill(undefined, 0, n);
      pooledWords.words = this.words;
    }
    // asked again, the context finds its words afresh
    this.words = [];
    // a new serial: memos kept by serial elsewhere (window checks) must not read the given-back bytes
    this.serial = ++serials;
    // grown by at least half: each outgrown buffer is garbage until a full collection
    if (this.arenaUsed > arena.bytes.length)
      arena.bytes = new Uint8Array(Math.min(ARENA_MAX, Math.max(this.arenaUsed, arena.bytes.length * 1.5)));
    this.arenaBytes = null;
    arena.busy = false;
  }

  /**
   * Ends the context's use: gives back what {@link release} gives back, and lets go of the
   * document (its text, segmentation and tokens, its memos and what {@link local} keeps); the
   * context is then a document without tokens. The pipeline's context is closed when its document
   * is done.
   *
   * V8's scavenges kept a finished document's context alive now and then (~14 RuREBus documents a
   * pass, small ones as well as long ones, with no scavenge during the document and nothing in a
   * heap snapshot holding the context but the stack): so it was promoted to the old generation
   * with everything it reached, the tokens foremost, garbage there until a full collection. A
   * closed context reaches nothing of its document.
   */
  close(): void {
    this.release();
    const self = this as { text: string; tokens: readonly Token[]; seg: Segmentation };
    self.text = '';
    self.tokens = NO_TOKENS;
    self.seg = NO_SEGMENTATION;
    this.words = [];
    this.memos.length = 0;
    this.valueMemos.length = 0;
    this.memoValues = undefined;
    this.locals = undefined;
  }

  /**
   * What the module that owns `key` keeps for this document (undefined until it {@link setLocal}s
   * it): found once per document, dropped with the document by {@link close}, where a weak map
   * keyed by the context kept it as long as V8 kept the context.
   */
  local<T>(key: DocKey<T>): T | undefined {
    return this.locals?.get(key) as T | undefined;
  }

  setLocal<T>(key: DocKey<T>, value: T): void {
    (this.locals ??= new Map()).set(key, value);
  }

  /** The shared facts of token `i`'s word (undefined past the tokens). */
  word(i: number): WordInfo | undefined {
    let w = this.words[i];
    if (w === undefined) {
      const tok = this.tokens[i];
      if (tok === undefined) return undefined;
      w = wordInfo(this.morph, tok);
      this.words[i] = w;
    }
    return w;
  }

  /**
   * The numbers of the registered index keys token `i` has: its folded surface and, for a word,
   * its lemmas (what a rule set looks a token up by). Kept with the word until more keys are
   * registered.
   */
  keyIds(i: number): readonly number[] {
    const w = this.word(i);
    if (w === undefined) return NO_KEYS;
    const gen = keyCount();
    if (w.keyGen !== gen || w.keyIds === undefined) {
      w.keyIds = this.computeKeyIds(i);
      w.keyGen = gen;
    }
    return w.keyIds;
  }

  private computeKeyIds(i: number): readonly number[] {
    const tok = this.tokens[i];
    if (tok === undefined) return NO_KEYS;
    const out: number[] = [];
    const f = knownKeyId(this.folded(i));
    if (f >= 0) out.push(f);
    if (tok.kind === 'word' || tok.kind === 'other') {
      const ls = this.lemmas(i);
      for (let j = 0; j < ls.length; j++) {
        const id = knownKeyId(ls[j]!);
        if (id >= 0 && !out.includes(id)) out.push(id);
      }
    }
    return keyIdList(out);
  }

  /**
   * The memo of predicate slot `slot` in this document: per token 0 not asked, 1 true, 2 false, 3
   * readings (in {@link memoValue}). Predicates are pure, so the memo lives as long as the document.
   */
  memo(slot: number): Uint8Array {
    let m = this.memos[slot];
    if (m === undefined) {
      const n = this.tokens.length;
      const bytes = this.arenaBytes;
      const from = this.arenaUsed;
      if (bytes !== null) this.arenaUsed = from + n; // what the document wants, whether it fits or not
      if (bytes !== null && from + n <= bytes.length) {
        m = bytes.subarray(from, from + n);
        m.fill(0); // the last document's results
      } else m = new Uint8Array(n);
      this.memos[slot] = m;
    }
    return m;
  }

  /**
   * A value memo of this document: per token `undefined` until its slot's owner (a span matcher)
   * stores what it found there. The pooled context's arrays are reused from document to document:
   * a few dozen arrays of a slot per token made for each long document outlived scavenges.
   */
  values(slot: number): unknown[] {
    let v = this.valueMemos[slot];
    if (v === undefined) {
      const n = this.tokens.length;
      v = this.arenaBytes !== null ? pooledValues.pop() : undefined;
      if (v === undefined) v = new Array<unknown>(n);
      else if (v.length < n) v.length = n;
      this.valueMemos[slot] = v;
    }
    return v;
  }

  memoValue(slot: number, i: number): unknown {
    return this.memoValues?.get(slot * this.tokens.length + i);
  }

  setMemoValue(slot: number, i: number, value: unknown): void {
    (this.memoValues ??= new Map()).set(slot * this.tokens.length + i, value);
  }

  /** Whether token `i` starts with a capital letter (`/^\p{Lu}/u`; cached). */
  capital(i: number): boolean {
    const w = this.word(i);
    if (w === undefined) return false;
    let c = w.capital;
    if (c === 0) {
      c = startsUpper(w.text) ? 1 : 2;
      w.capital = c;
    }
    return c === 1;
  }

  /** Readings of token `i`, best first (cached). */
  parses(i: number): readonly Parse[] {
    const w = this.word(i);
    if (w === undefined) return [];
    return (w.parses ??= this.morph.parse(w.text));
  }

  /** Distinct lemmas of token `i` (folded); for non-words the folded surface. */
  lemmas(i: number): readonly string[] {
    const w = this.word(i);
    if (w === undefined) return [];
    let l = w.lemmas;
    if (l === undefined) {
      l = w.kind === 'word' || w.kind === 'other' ? distinctLemmas(this.parses(i)) : oneString(this.folded(i));
      w.lemmas = l;
    }
    return l;
  }

  /** Lemmas token `i` can have inside a name (see `namingLemmas`); for non-words the folded surface. */
  namingLemmasAt(i: number): readonly string[] {
    const w = this.word(i);
    if (w === undefined) return [];
    let l = w.naming;
    if (l === undefined) {
      l = w.kind === 'word' || w.kind === 'other' ? namingLemmas(w.text, this.parses(i)) : [this.folded(i)];
      // most often the same lemmas as the word's lemmas: keep one array of them
      const all = this.lemmas(i);
      w.naming = l = sameStrings(l, all)
        ? all
        : l.length <= 1
          ? l[0] === undefined
            ? NO_STRINGS
            : oneString(l[0])
          : l.slice();
    }
    return l;
  }

  /** Folded surface of token `i` (lower case, `ё` -> `е`). */
  folded(i: number): string {
    const w = this.word(i);
    if (w === undefined) return '';
    let f = w.folded;
    if (f === undefined) {
      f = fold(w.text);
      // a lower-case word's folded form is its text: keep one string
      w.folded = f = f === w.text ? w.text : f;
    }
    return f;
  }

  /** Source text between two token indices (inclusive start token, exclusive end token). */
  slice(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    if (!a || !b) return '';
    return this.text.slice(a.start, b.end);
  }
}
