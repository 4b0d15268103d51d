/**
 * The engine's word table: what the rules ask of a word whatever the document, per morphology.
 */
import type { Grammeme, Morph, Parse } from '../morph/types.js';
import type { Token, TokenKind } from '../segment/types.js';
import { capsOrDigits } from './letters.js';

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

/**
 * What the rules ask of a word whatever the document, computed once per word (token kind and
 * text) and shared by the documents one morphology reads: its readings, folded surface, lemmas,
 * naming lemmas, capital letter and index key numbers. A token then costs one look-up by its text
 * (whose hash the string keeps) instead of one per cache, each on a key string made afresh.
 */
export interface WordInfo {
  /**
   * The word's number: its table's serial times {@link WORDS_MAX} plus its place in the table
   * (see {@link wordIndex}), by which a rule set remembers the rules that can start at the word.
   */
  readonly id: number;
  readonly kind: TokenKind;
  readonly text: string;
  parses: readonly Parse[] | undefined;
  folded: string | undefined;
  lemmas: readonly string[] | undefined;
  naming: readonly string[] | undefined;
  /** 0 not yet known, 1 starts with a capital letter, 2 does not. */
  capital: number;
  /** Exact-length array (shared when it has no key or one: see {@link keyIdList}). */
  keyIds: readonly number[] | undefined;
  /** How many keys were registered when `keyIds` was computed (see keys.ts). */
  keyGen: number;
  /** The gazetteers' keys of the word (see gazetteer.ts `tokenKeys`; exact length). */
  gazetteerKeys: readonly string[] | undefined;
  /**
   * Results of the tests that depend on the word alone, two bits a slot (see predicates.ts
   * `memoizedByWord`): bytes `[memoAt, memoEnd)` of a page shared by {@link MEMO_PAGE_WORDS} words.
   */
  readonly memo: Uint8Array;
  readonly memoAt: number;
  readonly memoEnd: number;
  /** Those results that are readings: slot, readings, slot, readings... (exact length). */
  memoValues: readonly unknown[] | undefined;
}

interface WordTable {
  /** A number no other table has (see `WordInfo.id`). */
  readonly serial: number;
  readonly byKind: Map<TokenKind, Map<string, WordInfo>>;
  size: number;
  /** The memo page words are given bytes of, how many it has handed out, and bytes per word. */
  page: Uint8Array;
  pageUsed: number;
  stride: number;
}

/**
 * Words by kind and text, per morphology. Emptied when it reaches {@link WORDS_MAX} words (a
 * document in progress keeps the ones it holds).
 */
const wordTables = new WeakMap<Morph, WordTable>();
export const WORDS_MAX = 65_536;
let tableSerials = 0;

/** A word's place in its table (0 to {@link WORDS_MAX} - 1). */
export function wordIndex(id: number): number {
  return id & (WORDS_MAX - 1);
}
/** How many per-word memo slots were handed out (see {@link newWordSlot}). */
let wordSlots = 0;

/**
 * A slot of its own in every word's memo (see `WordInfo.memo`), for one test on the word alone;
 * two bits each, so a word's memo takes a quarter byte per slot.
 */
export function newWordSlot(): number {
  return wordSlots++;
}

/**
 * Words per memo page. A memo array per word cost ~400 bytes beyond its ~90 bytes of results (a
 * typed array, its buffer object and, past 64 bytes, a backing store of its own outside the heap):
 * pages hold the results of many words, and a word keeps where its bytes are.
 */
const MEMO_PAGE_WORDS = 1024;

/** Exact-length key lists with one key, shared by every word with that key (see {@link keyIdList}). */
const singleKeys: number[][] = [];
export const NO_KEYS: readonly number[] = [];

/**
 * `ids` as a word keeps it: the shared empty or one-key list, else an exact-length copy (a list
 * grown by `push` has room for 16 more).
 */
export function keyIdList(ids: number[]): readonly number[] {
  if (ids.length === 0) return NO_KEYS;
  if (ids.length > 1) return ids.slice();
  const id = ids[0]!;
  return (singleKeys[id] ??= [id]);
}

/**
 * A copy of `s` that does not point into the document it was cut from: a table key lives on
 * after the document, and V8 keeps a slice's whole source alive (a slice of 13 characters or
 * more is a view of its source, not a string of its own).
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function newWordTable(): WordTable {
  return {
    serial: tableSerials++,
    byKind: new Map(),
    size: 0,
    page: new Uint8Array(0),
    pageUsed: 0,
    stride: (wordSlots + 3) >> 2,
  };
}

export function wordInfo(morph: Morph, tok: Token): WordInfo {
  let table = wordTables.get(morph);
  if (table === undefined || table.size >= WORDS_MAX) {
    table = newWordTable();
    wordTables.set(morph, table);
  }
  let byText = table.byKind.get(tok.kind);
  if (byText === undefined) table.byKind.set(tok.kind, (byText = new Map<string, WordInfo>()));
  let w = byText.get(tok.text);
  if (w === undefined) {
    const text = ownCopy(tok.text);
    // a test made since the page was (its slot past the page's bytes per word): a new page
    const stride = (wordSlots + 3) >> 2;
    if (table.pageUsed + stride > table.page.length || stride > table.stride) {
      table.stride = Math.max(table.stride, stride);
      table.page = new Uint8Array(MEMO_PAGE_WORDS * table.stride);
      table.pageUsed = 0;
    }
    const memoAt = table.pageUsed;
    table.pageUsed += table.stride;
    w = {
      id: table.serial * WORDS_MAX + table.size,
      kind: tok.kind,
      text,
      parses: undefined,
      folded: undefined,
      lemmas: undefined,
      naming: undefined,
      capital: 0,
      keyIds: undefined,
      keyGen: -1,
      gazetteerKeys: undefined,
      memo: table.page,
      memoAt,
      memoEnd: memoAt + table.stride,
      memoValues: undefined,
    };
    byText.set(text, w);
    table.size++;
  }
  return w;
}

/**
 * The lemmas a word can have as part of a name: readings of naming parts of speech, and
 * abbreviation readings only for a word written in capitals ("с" is not "село", "Дели" is not
 * the verb "деть").
 */
export function namingLemmas(word: string, parses: readonly Parse[]): string[] {
  const caps = capsOrDigits(word);
  const out: string[] = [];
  for (const p of parses) {
    if (!NAMING.has(p.pos) || (!caps && p.grammemes.has('Abbr'))) continue;
    if (!out.includes(p.lemma)) out.push(p.lemma);
  }
  return out;
}

/**
 * The distinct lemmas of `parses`, an exact-length array kept by the word (see `WordInfo`; a
 * table of them by readings array cost a weak-map entry per word, for words that hold them anyway).
 */
export function distinctLemmas(parses: readonly Parse[]): readonly string[] {
  const out: string[] = [];
  for (const p of parses) if (!out.includes(p.lemma)) out.push(p.lemma);
  return out.length === 0 ? NO_STRINGS : out.length === 1 ? oneString(out[0]!) : out.slice();
}
export const NO_STRINGS: readonly string[] = [];

/**
 * Lists of one string, shared: nine words in ten have one lemma, and the forms of a lemma
 * (~2.5 a lemma on a long run) each kept a list of their own (56 bytes). Emptied past
 * {@link WORDS_MAX} strings.
 */
const oneStrings = new Map<string, readonly string[]>();

/** The shared list of `s` alone. */
export function oneString(s: string): readonly string[] {
  let list = oneStrings.get(s);
  if (list === undefined) {
    if (oneStrings.size >= WORDS_MAX) oneStrings.clear();
    oneStrings.set(s, (list = [s]));
  }
  return list;
}

export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
