import type { Grammeme, Morph, Parse } from '../morph/types.js';
import type { Segmentation, Token } from '../segment/types.js';
import { keyCount, knownKeyId } from './keys.js';

/** Lower-cases and folds `ё` to `е`: the key every lemma and surface comparison uses. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

/** Parts of speech that can name a thing: what gazetteer entries are made of. */
const NAMING: ReadonlySet<Grammeme> = new Set<Grammeme>([
  'NOUN',
  'ADJF',
  'ADJS',
  'PRTF',
  'NUMR',
  'UNKN',
  'LATN',
  'NUMB',
  'ROMN',
]);
const ALL_CAPS = /^[\p{Lu}\d-]{2,}$/u;
const CAPITAL = /^\p{Lu}/u;
const NO_IDS = new Int32Array(0);
/**
 * Key numbers by word, shared by the documents one morphology reads: a word has the same keys in
 * every document, and one array per distinct word (not per token of every document) keeps long
 * documents from promoting a typed array per token to the old generation. Emptied when it reaches
 * {@link KEY_IDS_BY_WORD_MAX} words or when more keys are registered.
 */
const keyIdsByWord = new WeakMap<Morph, { gen: number; byWord: Map<string, Int32Array> }>();
const KEY_IDS_BY_WORD_MAX = 65_536;
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
 * The lemmas a word can have as part of a name: readings of naming parts of speech, and
 * abbreviation readings only for a word written in capitals ("с" is not "село", "Дели" is not
 * the verb "деть").
 */
export function namingLemmas(word: string, parses: readonly Parse[]): string[] {
  const caps = ALL_CAPS.test(word);
  const out: string[] = [];
  for (const p of parses) {
    if (!NAMING.has(p.pos) || (!caps && p.grammemes.has('Abbr'))) continue;
    if (!out.includes(p.lemma)) out.push(p.lemma);
  }
  return out;
}

/** Distinct lemmas per readings array (readings are cached per word form, so this is too). */
const LEMMAS = new WeakMap<readonly Parse[], readonly string[]>();
function distinctLemmas(parses: readonly Parse[]): readonly string[] {
  let l = LEMMAS.get(parses);
  if (l === undefined) {
    const out: string[] = [];
    for (const p of parses) if (!out.includes(p.lemma)) out.push(p.lemma);
    l = Object.freeze(out);
    LEMMAS.set(parses, l);
  }
  return l;
}

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
  private readonly parseCache: (readonly Parse[] | undefined)[];
  private readonly lemmaCache: (readonly string[] | undefined)[];
  private readonly foldCache: (string | undefined)[];
  private readonly namingCache: (readonly string[] | undefined)[];
  private keyIdCache: (Int32Array | undefined)[];
  /** How many keys were registered when `keyIdCache` was filled (see keys.ts). */
  private keyGen = -1;
  /** Per token: 0 not yet known, 1 starts with a capital letter, 2 does not. */
  private readonly capitalCache: Uint8Array;
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

  /**
   * @param pooled take the shared memo bytes when they are free; whoever makes a pooled context
   * must {@link release} it when its document is done.
   */
  constructor(seg: Segmentation, morph: Morph, pooled = false) {
    this.seg = seg;
    this.text = seg.text;
    this.tokens = seg.tokens;
    this.morph = morph;
    this.parseCache = new Array<readonly Parse[] | undefined>(seg.tokens.length);
    this.lemmaCache = new Array<readonly string[] | undefined>(seg.tokens.length);
    this.foldCache = new Array<string | undefined>(seg.tokens.length);
    this.namingCache = new Array<readonly string[] | undefined>(seg.tokens.length);
    this.capitalCache = new Uint8Array(seg.tokens.length);
    this.keyIdCache = [];
    if (pooled && !arena.busy) {
      arena.busy = true;
      this.arenaBytes = arena.bytes;
    }
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
    // a new serial: memos kept by serial elsewhere (window checks) must not read the given-back bytes
    this.serial = ++serials;
    // grown by at least half: each outgrown buffer is garbage until a full collection
    if (this.arenaUsed > arena.bytes.length)
      arena.bytes = new Uint8Array(Math.min(ARENA_MAX, Math.max(this.arenaUsed, arena.bytes.length * 1.5)));
    this.arenaBytes = null;
    arena.busy = false;
  }

  /**
   * The numbers of the registered index keys token `i` has: its folded surface and, for a word,
   * its lemmas (what a rule set looks a token up by). Cached per token until more keys are
   * registered.
   */
  keyIds(i: number): Int32Array {
    const gen = keyCount();
    if (gen !== this.keyGen) {
      this.keyGen = gen;
      this.keyIdCache = new Array<Int32Array | undefined>(this.tokens.length);
    }
    let k = this.keyIdCache[i];
    if (k === undefined) {
      k = this.sharedKeyIds(i, gen);
      this.keyIdCache[i] = k;
    }
    return k;
  }

  /** {@link computeKeyIds} through the cache by word that documents of this morphology share. */
  private sharedKeyIds(i: number, gen: number): Int32Array {
    const tok = this.tokens[i];
    if (tok === undefined) return NO_IDS;
    let shared = keyIdsByWord.get(this.morph);
    if (shared === undefined || shared.gen !== gen || shared.byWord.size >= KEY_IDS_BY_WORD_MAX) {
      shared = { gen, byWord: new Map() };
      keyIdsByWord.set(this.morph, shared);
    }
    // the kind decides whether lemmas count, so it is part of the word's key
    const word = `${tok.kind}:${tok.text}`;
    let k = shared.byWord.get(word);
    if (k === undefined) {
      k = this.computeKeyIds(i);
      shared.byWord.set(word, k);
    }
    return k;
  }

  private computeKeyIds(i: number): Int32Array {
    const tok = this.tokens[i];
    if (tok === undefined) return NO_IDS;
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
    return out.length ? Int32Array.from(out) : NO_IDS;
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
    let c = this.capitalCache[i];
    if (c === undefined) return false;
    if (c === 0) {
      c = CAPITAL.test(this.tokens[i]!.text) ? 1 : 2;
      this.capitalCache[i] = c;
    }
    return c === 1;
  }

  /** Readings of token `i`, best first (cached). */
  parses(i: number): readonly Parse[] {
    let p = this.parseCache[i];
    if (p === undefined) {
      const tok = this.tokens[i];
      p = tok === undefined ? [] : this.morph.parse(tok.text);
      this.parseCache[i] = p;
    }
    return p;
  }

  /** Distinct lemmas of token `i` (folded); for non-words the folded surface. */
  lemmas(i: number): readonly string[] {
    let l = this.lemmaCache[i];
    if (l === undefined) {
      const tok = this.tokens[i];
      if (tok === undefined) l = [];
      else if (tok.kind === 'word' || tok.kind === 'other') l = distinctLemmas(this.parses(i));
      else l = [this.folded(i)];
      this.lemmaCache[i] = l;
    }
    return l;
  }

  /** Lemmas token `i` can have inside a name (see `namingLemmas`); for non-words the folded surface. */
  namingLemmasAt(i: number): readonly string[] {
    let l = this.namingCache[i];
    if (l === undefined) {
      const tok = this.tokens[i];
      if (tok === undefined) l = [];
      else if (tok.kind === 'word' || tok.kind === 'other') l = namingLemmas(tok.text, this.parses(i));
      else l = [this.folded(i)];
      this.namingCache[i] = l;
    }
    return l;
  }

  /** Folded surface of token `i` (lower case, `ё` -> `е`). */
  folded(i: number): string {
    let f = this.foldCache[i];
    if (f === undefined) {
      f = fold(this.tokens[i]?.text ?? '');
      this.foldCache[i] = f;
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
