import { gazetteerKeysOf, type GazetteerKeySource, type KeyReader } from '../morph/gazetteer-keys.js';
import type { Morph } from '../morph/types.js';
import { segment as defaultSegment } from '../segment/index.js';
import { fold, namingLemmas, type DocContext } from './context.js';
import { spanHits } from './match.js';
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

/**
 * A gazetteer's entries read by number, for data that makes an entry's value only when a match
 * needs it (the geography's ~5,000 names): a list of entries is one too (see `entriesOf`).
 */
export interface GazetteerEntries<V> {
  readonly length: number;
  phrase(n: number): string;
  mode(n: number): GazetteerMode;
  value(n: number): V;
}

/** A list of entries read by number. */
class EntryList<V> implements GazetteerEntries<V> {
  constructor(private readonly list: readonly GazetteerEntry<V>[]) {}
  get length(): number {
    return this.list.length;
  }
  phrase(n: number): string {
    return this.list[n]!.phrase;
  }
  mode(n: number): GazetteerMode {
    return this.list[n]!.mode ?? 'lemma';
  }
  value(n: number): V {
    return this.list[n]!.value;
  }
}

const entriesOf = <V>(entries: readonly GazetteerEntry<V>[] | GazetteerEntries<V>): GazetteerEntries<V> =>
  Array.isArray(entries) ? new EntryList(entries) : (entries as GazetteerEntries<V>);

interface TrieNode<V> {
  /** The children by key (none at a root whose children the key table has: see `rootChild`). */
  next: Map<string, TrieNode<V>> | null;
  values: V[] | null;
  /**
   * The numbers of the entries that reach this node, in entry order, not yet filed under its
   * children (see `reach`): null once filed. A document walks a few nodes of a trie of tens of
   * thousands.
   */
  pending: number[] | null;
}

export interface GazetteerHit<V> {
  readonly end: number;
  readonly value: readonly V[];
}

/**
 * A multi-word gazetteer: a trie over lemma sequences (one walk per start token, no loop over
 * entries). Use it in patterns with `span(gazetteer)`.
 *
 * An entry is known by its number: where the key table stores its keys (`keyAt`), or its keys
 * (`keysOf`), and its value in `entries`. Nothing is made per entry at start-up: the tries of
 * the default pipeline hold ~10,000 entries, whose objects all survived start-up and made its
 * garbage collections expensive.
 */
export class Gazetteer<V> implements SpanMatcher<readonly V[]> {
  readonly description: string;
  readonly start: StartKey;
  /** A hit is an entry, one token or more: the skip checks may count on a token there. */
  readonly nonEmpty = true;
  private readonly root: TrieNode<V> = { next: null, values: null, pending: null };
  readonly size: number;
  /** Entries whose phrase produced no key (should not happen: the data tests check it). */
  readonly unreachable: readonly GazetteerEntry<V>[];

  /** The key table's keys of this gazetteer's entries (the shared morphology's), if any. */
  private readonly stored: KeyReader | null;
  private readonly entries: GazetteerEntries<V>;
  /** Per entry, where the key table stores its keys, or -1. */
  private readonly keyAt: Int32Array;
  /** Per entry, its keys per token when computed or decoded (sparse). */
  private keysOf: (string[][] | undefined)[] | null = null;
  /** Whether the root's children are the key table's (see `rootChild`), not in `root.next`. */
  private readonly indexed: boolean = false;
  /** The root's children made from the key table, by where it lists their entries. */
  private rootNodes: Map<number, TrieNode<V>> | null = null;

  constructor(
    name: string,
    list: readonly GazetteerEntry<V>[] | GazetteerEntries<V>,
    morph: Morph,
    segment: Segmenter,
  ) {
    this.description = `gazetteer(${name})`;
    const entries = (this.entries = entriesOf(list));
    const bad: GazetteerEntry<V>[] = [];
    // precomputed keys (the shared morphology's table) hold for the package's segmenter only
    const source = segment === defaultSegment ? gazetteerKeysOf(morph) : undefined;
    const stored = (this.stored = source?.reader?.(name) ?? null);
    const keyAt = (this.keyAt = new Int32Array(entries.length));
    let good: number[] | null = null;
    // indexed loops here and in `fileChildren`: they run once per entry at start-up, before V8
    // has optimised them, where `for...of` allocates an iterator result per step
    for (let n = 0; n < entries.length; n++) {
      const phrase = entries.phrase(n);
      const mode = entries.mode(n);
      // most entries' later words are never walked to: their keys stay where the table has them
      const at = stored ? stored.next(mode[0]!, phrase) : -1;
      keyAt[n] = at;
      if (at < 0) {
        const e: EntryPhrase = { phrase, mode };
        const keys = source ? sourcedKeys(name, source, e, morph, segment) : entryKeys(e, morph, segment);
        if (!keys.length) {
          // the entries before the first without keys all have keys
          if (!good) for (good = []; good.length < n;) good.push(good.length);
          bad.push({ phrase, mode, value: entries.value(n) });
          continue;
        }
        (this.keysOf ??= new Array<string[][] | undefined>(entries.length))[n] = keys;
      }
      good?.push(n);
    }
    this.size = entries.length - bad.length;
    this.unreachable = bad;
    // the first level is read now (a rule set indexes the trie by its first words): as the table
    // has it when every entry was where the table expects it, else filed entry by entry
    const starts = stored?.fileRoot();
    if (starts) {
      this.indexed = true;
      this.start = { by: 'lemma', values: starts };
      return;
    }
    if (!good) {
      good = new Array<number>(entries.length);
      for (let n = 0; n < entries.length; n++) good[n] = n;
    }
    if (good.length) this.root.pending = good;
    this.fileChildren(this.root, 0);
    const first = new Set<string>();
    this.root.next?.forEach((_, k) => first.add(fold(k.slice(2))));
    this.start = { by: 'lemma', values: [...first] };
    source?.recordStart?.(name, this.start.values);
  }

  /** Every entry that starts at token `i`, longest last. */
  matchAt(ctx: DocContext, i: number): GazetteerHit<V>[] {
    const hits: GazetteerHit<V>[] = [];
    const n = ctx.tokens.length;
    if (i >= n) return hits;
    // one node list a level, made only when a key leads on (most walks end at the first or second token)
    let frontier = this.rootStep(textKeys(ctx, i));
    for (let j = i; frontier !== null;) {
      const values = valuesOf(frontier);
      if (values !== null) hits.push({ end: j + 1, value: values });
      if (++j >= n) break;
      frontier = this.step(frontier, textKeys(ctx, j), j - i + 1);
    }
    return hits;
  }

  /** The root's children under the first token's keys (deduplicated, in key order), or null. */
  private rootStep(keys: readonly string[]): TrieNode<V>[] | null {
    const children = this.root.next;
    if (!children && !this.indexed) return null;
    let next: TrieNode<V>[] | null = null;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const child = children ? children.get(key) : this.rootChild(key);
      if (child === undefined) continue;
      if (next === null) next = [this.reach(child, 1)];
      else if (!next.includes(child)) next.push(this.reach(child, 1));
    }
    return next;
  }

  /** The children of the frontier's nodes under a token's keys (`depth` from the root), or null. */
  private step(frontier: readonly TrieNode<V>[], keys: readonly string[], depth: number): TrieNode<V>[] | null {
    let next: TrieNode<V>[] | null = null;
    for (let f = 0; f < frontier.length; f++) {
      const children = frontier[f]!.next;
      if (!children) continue;
      for (let k = 0; k < keys.length; k++) {
        const child = children.get(keys[k]!);
        if (child === undefined) continue;
        if (next === null) next = [this.reach(child, depth)];
        else if (!next.includes(child)) next.push(this.reach(child, depth));
      }
    }
    return next;
  }

  /** The longest entry starting at token `i`, or null. */
  longestAt(ctx: DocContext, i: number): GazetteerHit<V> | null {
    const hits = this.matchAt(ctx, i);
    return hits[hits.length - 1] ?? null;
  }

  /**
   * The root's child under key `k` as the key table has it, made when first reached. Keys the
   * table lists with the same entries ("l:москва", "s:москва") share the node: same subtree.
   */
  private rootChild(k: string): TrieNode<V> | undefined {
    const at = this.stored!.rootList(k);
    if (at < 0) return undefined;
    const nodes = (this.rootNodes ??= new Map<number, TrieNode<V>>());
    let node = nodes.get(at);
    if (!node) nodes.set(at, (node = { next: null, values: null, pending: this.stored!.entriesAt(at) }));
    return node;
  }

  /** `node` (at `depth` tokens from the root) with its entries filed, on the first walk that reaches it. */
  private reach(node: TrieNode<V>, depth: number): TrieNode<V> {
    if (node.pending) this.fileChildren(node, depth);
    return node;
  }

  /** The keys of entry `n`'s token `depth`, decoding the stored form when first needed below the first level. */
  private keysAt(n: number, depth: number): string[] | undefined {
    let keys = this.keysOf?.[n];
    if (keys === undefined) {
      const at = this.keyAt[n]!;
      if (depth === 0) return this.stored!.first(at);
      (this.keysOf ??= new Array<string[][] | undefined>(this.entries.length))[n] = keys = this.stored!.all(at);
    }
    return keys[depth];
  }

  /**
   * Files the entries pending at `node` (at `depth` tokens from the root) under its children or
   * its values, in entry order: the trie then has the same children and values, in the same
   * order, as one built entry by entry.
   */
  private fileChildren(node: TrieNode<V>, depth: number): void {
    const pending = node.pending;
    node.pending = null;
    if (!pending) return;
    for (let p = 0; p < pending.length; p++) {
      const n = pending[p]!;
      const alts = this.keysAt(n, depth);
      if (!alts) {
        const value = this.entries.value(n);
        // arrays of the exact length: a push onto an empty array reserves 17 slots, and a filed
        // trie can hold tens of thousands of these for the life of the process
        if (!node.values) node.values = [value];
        else if (!node.values.includes(value)) node.values = [...node.values, value];
        continue;
      }
      for (let a = 0; a < alts.length; a++) {
        const k = alts[a]!;
        node.next ??= new Map();
        const child = node.next.get(k);
        // a new child's list starts at its exact length (most children have one entry)
        if (!child) node.next.set(k, { next: null, values: null, pending: [n] });
        else child.pending!.push(n);
      }
    }
  }
}

/** The distinct values of the nodes, in order, or null when they have none. */
function valuesOf<V>(nodes: readonly TrieNode<V>[]): V[] | null {
  let out: V[] | null = null;
  for (let f = 0; f < nodes.length; f++) {
    const vs = nodes[f]!.values;
    if (vs === null) continue;
    for (let k = 0; k < vs.length; k++) {
      const v = vs[k]!;
      if (out === null) out = [v];
      else if (!out.includes(v)) out.push(v);
    }
  }
  return out;
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
function sourcedKeys(
  name: string,
  source: GazetteerKeySource,
  e: EntryPhrase,
  morph: Morph,
  segment: Segmenter,
): string[][] {
  const id = e.mode[0]! + e.phrase;
  const known = source.get(id);
  if (known) return known;
  const keys = entryKeys(e, morph, segment);
  source.record?.(name, id, keys);
  return keys;
}

/** An entry's phrase and how it is compared. */
interface EntryPhrase {
  readonly phrase: string;
  readonly mode: GazetteerMode;
}

function entryKeys(e: EntryPhrase, morph: Morph, segment: Segmenter): string[][] {
  const mode = e.mode;
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
  /** As the gazetteer's (see `Gazetteer.nonEmpty`). */
  readonly nonEmpty = true;

  constructor(name: string, entries: () => readonly GazetteerEntry<V>[] | GazetteerEntries<V>) {
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
export function gazetteerRef<V>(
  name: string,
  entries: () => readonly GazetteerEntry<V>[] | GazetteerEntries<V>,
): GazetteerRef<V> {
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

const NO_HITS: readonly never[] = Object.freeze([]);

/**
 * The hits of a gazetteer that hold a value `keep` accepts, as a span matcher of their own (use
 * it where a gazetteer goes: `span(gazetteerWhere(...))`): a rule whose interpretation rejects
 * every other hit is then not tried on them. The gazetteer's walk at a token is the one its other
 * rules make (remembered per document and token), and the hits kept are the gazetteer's, values
 * and order unchanged.
 */
export function gazetteerWhere<V>(
  gaz: GazetteerRef<V>,
  description: string,
  keep: (value: V) => boolean,
): SpanMatcher<readonly V[]> {
  const over = (g: Gazetteer<V>): SpanMatcher<readonly V[]> => ({
    description,
    start: g.start,
    nonEmpty: true,
    matchAt(ctx, i) {
      const hits = spanHits(g, ctx, i) as readonly GazetteerHit<V>[];
      let kept: GazetteerHit<V>[] | null = null;
      for (let k = 0; k < hits.length; k++) {
        const h = hits[k]!;
        if (h.value.some(keep)) (kept ??= []).push(h);
      }
      return kept ?? NO_HITS;
    },
  });
  return {
    description,
    start: { by: 'any' },
    nonEmpty: true,
    matchAt: (ctx, i) => over(gaz.resolve(ctx)).matchAt(ctx, i),
    resolve: (env) => over(gaz.resolve(env)),
  };
}
