import { gazetteerKeysOf, type GazetteerKeySource, type KeyReader } from '../morph/gazetteer-keys.js';
import type { Morph } from '../morph/types.js';
import { segment as defaultSegment } from '../segment/index.js';
import { fold, namingLemmas, type DocContext } from './context.js';
import type { SpanMatcher } from './pattern.js';
import { PerMorph, type ResolveEnv, type Segmenter } from './per-morph.js';
import { Predicate, deferredPredicate, normalizeDash, type StartKey } from './predicates.js';

/**
 * How an entry's words are compared with the text:
 * - `lemma`: by dictionary form, so every case form matches ("Владимирская область" matches
 *   "Владимирской области");
 * - `surface`: by the folded surface (case-insensitive, `ё` = `е`): indeclinable words;
 * - `exact`: by the exact surface, case-sensitive: abbreviations such as "РТ".
 */
export type GazetteerMode = 'lemma' | 'surface' | 'exact';

export interface GazetteerEntry<V> {
  /** The phrase in dictionary form (nominative singular), as written in the data. */
  readonly phrase: string;
  readonly value: V;
  readonly mode?: GazetteerMode;
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>> | null;
  values: V[] | null;
  /**
   * The entries that reach this node, in entry order, not yet filed under its children (see
   * `reach`): null once filed. A document walks a few nodes of a trie of tens of thousands.
   */
  pending: Pending<V>[] | null;
}

interface Pending<V> {
  /** Per token, its alternative keys; or where the key table stores them (see `keysAt`). */
  keys: string[][] | number;
  readonly value: V;
}

/**
 * The keys of a pending entry's token `depth`, decoding the stored form (read by `stored`) when
 * first needed below the first level.
 */
function keysAt<V>(p: Pending<V>, depth: number, stored: KeyReader | null): string[] | undefined {
  if (typeof p.keys === 'number') {
    if (depth === 0) return stored!.first(p.keys);
    p.keys = stored!.all(p.keys);
  }
  return p.keys[depth];
}

export interface GazetteerHit<V> {
  readonly end: number;
  readonly value: readonly V[];
}

/**
 * A multi-word gazetteer: a trie over lemma sequences (one walk per start token, no loop over
 * entries). Use it in patterns with `span(gazetteer)`.
 */
export class Gazetteer<V> implements SpanMatcher<readonly V[]> {
  readonly description: string;
  readonly start: StartKey;
  private readonly root: TrieNode<V> = { next: null, values: null, pending: null };
  readonly size: number;
  /** Entries whose phrase produced no key (should not happen: the data tests check it). */
  readonly unreachable: readonly GazetteerEntry<V>[];

  /** The key table's keys of this gazetteer's entries (the shared morphology's), if any. */
  private readonly stored: KeyReader | null;

  constructor(name: string, entries: readonly GazetteerEntry<V>[], morph: Morph, segment: Segmenter) {
    this.description = `gazetteer(${name})`;
    const bad: GazetteerEntry<V>[] = [];
    // precomputed keys (the shared morphology's table) hold for the package's segmenter only
    const source = segment === defaultSegment ? gazetteerKeysOf(morph) : undefined;
    const stored = (this.stored = source?.reader?.(name) ?? null);
    // the pending entries by entry number, for the table's first level (see `KeyReader.fileRoot`)
    const byNumber: (Pending<V> | undefined)[] = [];
    // indexed loops here and in `fileChildren`: they run once per entry at start-up, before V8
    // has optimised them, where `for...of` allocates an iterator result per step
    for (let n = 0; n < entries.length; n++) {
      const e = entries[n]!;
      // most entries' later words are never walked to: their keys stay where the table has them
      const at = stored ? stored.next((e.mode ?? 'lemma')[0]!, e.phrase) : -1;
      const keys = at >= 0 ? at : source ? sourcedKeys(name, source, e, morph, segment) : entryKeys(e, morph, segment);
      if (typeof keys !== 'number' && !keys.length) {
        bad.push(e);
        byNumber.push(undefined);
        continue;
      }
      byNumber.push({ keys, value: e.value });
    }
    this.size = entries.length - bad.length;
    this.unreachable = bad;
    // the first level is filed now (a rule set indexes the trie by its first words): as the table
    // has it when every entry was where the table expects it, else entry by entry
    const next = new Map<string, TrieNode<V>>();
    let node: TrieNode<V> | undefined;
    const starts = stored?.fileRoot(byNumber, (k, list) => {
      // a key with the previous key's entries ("l:москва", "s:москва") shares its node: same subtree
      if (list || !node) node = { next: null, values: null, pending: list ?? [] };
      next.set(k, node);
    });
    if (starts) {
      if (next.size) this.root.next = next;
      this.start = { by: 'lemma', values: starts };
      return;
    }
    const pending = byNumber.filter((p) => p !== undefined);
    if (pending.length) this.root.pending = pending;
    fileChildren(this.root, 0, stored);
    const first = new Set<string>();
    this.root.next?.forEach((_, k) => first.add(fold(k.slice(2))));
    this.start = { by: 'lemma', values: [...first] };
    source?.recordStart?.(name, this.start.values);
  }

  /** Every entry that starts at token `i`, longest last. */
  matchAt(ctx: DocContext, i: number): GazetteerHit<V>[] {
    const hits: GazetteerHit<V>[] = [];
    let frontier: TrieNode<V>[] = [this.root];
    for (let j = i; j < ctx.tokens.length && frontier.length; j++) {
      const keys = textKeys(ctx, j);
      const next: TrieNode<V>[] = [];
      for (const node of frontier) {
        if (!node.next) continue;
        for (const k of keys) {
          const child = node.next.get(k);
          if (child && !next.includes(child)) next.push(reach(child, j - i + 1, this.stored));
        }
      }
      frontier = next;
      const values: V[] = [];
      for (const n of frontier) if (n.values) for (const v of n.values) if (!values.includes(v)) values.push(v);
      if (values.length) hits.push({ end: j + 1, value: values });
    }
    return hits;
  }

  /** The longest entry starting at token `i`, or null. */
  longestAt(ctx: DocContext, i: number): GazetteerHit<V> | null {
    const hits = this.matchAt(ctx, i);
    return hits[hits.length - 1] ?? null;
  }
}

/**
 * Files the entries pending at `node` (at `depth` tokens from the root) under its children or
 * its values, in entry order: the trie then has the same children and values, in the same
 * order, as one built entry by entry.
 */
function fileChildren<V>(node: TrieNode<V>, depth: number, stored: KeyReader | null): void {
  const pending = node.pending;
  node.pending = null;
  if (!pending) return;
  for (let n = 0; n < pending.length; n++) {
    const p = pending[n]!;
    const alts = keysAt(p, depth, stored);
    if (!alts) {
      // arrays of the exact length: a push onto an empty array reserves 17 slots, and a filed
      // trie can hold tens of thousands of these for the life of the process
      if (!node.values) node.values = [p.value];
      else if (!node.values.includes(p.value)) node.values = [...node.values, p.value];
      continue;
    }
    for (let a = 0; a < alts.length; a++) {
      const k = alts[a]!;
      node.next ??= new Map();
      const child = node.next.get(k);
      // a new child's list starts at its exact length (most children have one entry)
      if (!child) node.next.set(k, { next: null, values: null, pending: [p] });
      else child.pending!.push(p);
    }
  }
}

/** `node` (at `depth` tokens from the root) with its entries filed, on the first walk that reaches it. */
function reach<V>(node: TrieNode<V>, depth: number, stored: KeyReader | null): TrieNode<V> {
  if (node.pending) fileChildren(node, depth, stored);
  return node;
}

/**
 * The keys of token `j` of the document last asked, stamped with its serial: every gazetteer
 * walks the same tokens (and each walk from a start passes the tokens after it), so a token's
 * keys are built once, not once per gazetteer and start.
 */
let keyStamps = new Uint32Array(0);
let keyMemo: (readonly string[])[] = [];

function textKeys(ctx: DocContext, j: number): readonly string[] {
  if (j >= keyStamps.length) {
    if (j >= ctx.tokens.length) return [];
    const size = Math.max(ctx.tokens.length, keyStamps.length * 2, 256);
    const grown = new Uint32Array(size);
    grown.set(keyStamps);
    keyStamps = grown;
    const more = new Array<readonly string[]>(size).fill(NO_KEYS);
    for (let k = 0; k < keyMemo.length; k++) more[k] = keyMemo[k]!;
    keyMemo = more;
  }
  if (keyStamps[j] === ctx.serial) return keyMemo[j]!;
  const keys = tokenKeys(ctx, j);
  keyStamps[j] = ctx.serial;
  keyMemo[j] = keys;
  return keys;
}

const NO_KEYS: readonly string[] = [];

/**
 * A token's keys by its surface, kept by its word (see words.ts): keys depend only on the
 * surface, whether it is a word (its naming lemmas) and the morphology, so a word's keys are
 * built once, not at each of its tokens in every document. Keys built per token were garbage
 * that `keyMemo` kept past the end of its document, so long that V8 promoted it to the old
 * generation; a map of them by surface beside the word table cost ~2 MB more on RuREBus.
 */
function tokenKeys(ctx: DocContext, j: number): readonly string[] {
  const w = ctx.word(j);
  if (w === undefined) return NO_KEYS;
  let keys = w.gazetteerKeys;
  if (keys === undefined) {
    const folded = normalizeDash(ctx.folded(j));
    const built = ['s:' + folded, 'e:' + w.text];
    if (w.kind === 'word' || w.kind === 'other') for (const l of ctx.namingLemmasAt(j)) built.push('l:' + l);
    else built.push('l:' + folded);
    // exact length: an array grown by push keeps room for 16 more
    w.gazetteerKeys = keys = built.slice();
  }
  return keys;
}

/** The keys of an entry the table does not have where its gazetteer expects it. */
function sourcedKeys<V>(
  name: string,
  source: GazetteerKeySource,
  e: GazetteerEntry<V>,
  morph: Morph,
  segment: Segmenter,
): string[][] {
  const id = (e.mode ?? 'lemma')[0]! + e.phrase;
  const known = source.get(id);
  if (known) return known;
  const keys = entryKeys(e, morph, segment);
  source.record?.(name, id, keys);
  return keys;
}

function entryKeys<V>(e: GazetteerEntry<V>, morph: Morph, segment: Segmenter): string[][] {
  const mode = e.mode ?? 'lemma';
  const seg = segment(e.phrase.normalize('NFC'));
  return seg.tokens.map((t) => {
    if (mode === 'exact') return ['e:' + t.text];
    const folded = normalizeDash(fold(t.text));
    if (mode === 'surface' || (t.kind !== 'word' && t.kind !== 'other')) return ['s:' + folded];
    const parses = morph.parse(t.text);
    // the phrase is in dictionary form: prefer the readings that are nominative
    const nom = parses.filter((p) => p.case === 'nomn' || p.case === null);
    const lemmas = new Set(namingLemmas(t.text, nom.length ? nom : parses).map((l) => 'l:' + l));
    lemmas.add('s:' + folded); // the dictionary form itself always matches
    return [...lemmas];
  });
}

/**
 * A gazetteer declared without a morphology: a handle that builds the trie once per morphology,
 * on first need. Use it where a gazetteer goes (`span(ref)`, `inGazetteer(ref)`), so rules on it
 * are module-level constants; a `RuleSet` resolves it when it is built. In an interpretation,
 * `ref.matchAt(m.ctx, i)` asks the gazetteer built for the document's morphology.
 */
export class GazetteerRef<V> extends PerMorph<Gazetteer<V>> implements SpanMatcher<readonly V[]> {
  readonly description: string;
  /** Unknown until resolved (the trie's first words are lemmas): a rule set resolves it. */
  readonly start: StartKey = { by: 'any' };

  constructor(name: string, entries: () => readonly GazetteerEntry<V>[]) {
    super(name, (env) => new Gazetteer(name, entries(), env.morph, env.segment));
    this.description = `gazetteer(${name})`;
  }

  /** Every entry that starts at token `i`, longest last (see `Gazetteer.matchAt`). */
  matchAt(ctx: DocContext, i: number): GazetteerHit<V>[] {
    return this.resolve(ctx).matchAt(ctx, i);
  }

  /** The longest entry starting at token `i`, or null. */
  longestAt(ctx: DocContext, i: number): GazetteerHit<V> | null {
    return this.resolve(ctx).longestAt(ctx, i);
  }
}

/**
 * Declares a gazetteer by name and entries (read on first need), built per morphology.
 * @example
 * const CITIES = gazetteerRef('cities', () => [{ phrase: 'Нижний Новгород', value: 'NN' }]);
 * const city = rule({ id: 'x/city', examples: ['Нижнем Новгороде'], pattern: span(CITIES).as('name') });
 * new RuleSet([city], { morph }); // the trie is built here, once for this morphology
 */
export function gazetteerRef<V>(name: string, entries: () => readonly GazetteerEntry<V>[]): GazetteerRef<V> {
  return new GazetteerRef(name, entries);
}

/**
 * Gazetteer membership as a one-token predicate: the token alone is an entry.
 * @example tok(inGazetteer(cities)) // "Москве", but not the first word of "Нижний Новгород"
 */
export function inGazetteer<V>(gaz: Gazetteer<V> | GazetteerRef<V>): Predicate {
  if (gaz instanceof GazetteerRef)
    return deferredPredicate(`in(${gaz.description})`, (env: ResolveEnv) => inGazetteer(gaz.resolve(env)));
  return new Predicate(
    (ctx, i) => gaz.matchAt(ctx, i).some((h) => h.end === i + 1),
    `in(${gaz.description})`,
    gaz.start,
  );
}
