/**
 * `Morph` on top of az: readings cached per word form, lemmas that keep patronymics, inflection
 * that keeps gender, and capitalisation of the input kept on output.
 */
import type { AzMorphConfig, AzParse, AzTag } from 'az';
import { agree } from './agreement.js';
import type { AzApi } from './az.js';
import type { Agreement, Case, Gender, GNumber, Grammeme, Morph, Parse } from './types.js';

/**
 * Default bound of the word cache; past it the older half is dropped. Measured: ~0.8 KB of heap
 * per word form with its lemma list (3.2 readings on average), so at most ~40 MB; NEREL train + dev, RuREBus and factRu dev (1,150 documents,
 * 4 M characters) have ~61,000 distinct forms, and 100,000 let a long run's heap grow by ~90 MB.
 */
export const DEFAULT_CACHE_LIMIT = 50_000;
/** Bound of the cache of inflected forms (cleared when full). */
const FORM_CACHE_LIMIT = 50_000;

// The lower-cased key loses capitalisation, so proper-name readings must not depend on it:
// ignoreCase gives every reading. Typos and stutter correction are slow and invent readings
// (stutter turns Андреевича into андревича).
const AZ_CONFIG: AzMorphConfig = Object.freeze({ ignoreCase: true, typos: 0, stutter: 0 });

const POS = new Set<string>([
  'NOUN',
  'ADJF',
  'ADJS',
  'COMP',
  'VERB',
  'INFN',
  'PRTF',
  'PRTS',
  'GRND',
  'NUMR',
  'ADVB',
  'NPRO',
  'PRED',
  'PREP',
  'CONJ',
  'PRCL',
  'INTJ',
  'NUMB',
  'ROMN',
  'LATN',
  'PNCT',
  'UNKN',
]);
const GENDERS = new Set<string>(['masc', 'femn', 'neut', 'ms-f', 'Ms-f']);
const CASES: Readonly<Record<string, Case>> = {
  nomn: 'nomn',
  gent: 'gent',
  gen1: 'gent',
  gen2: 'gent',
  datv: 'datv',
  accs: 'accs',
  acc2: 'accs',
  ablt: 'ablt',
  loct: 'loct',
  loc1: 'loct',
  loc2: 'loct',
  voct: 'voct',
};
/** az parsers that guess abbreviations and initials from capital letters. */
const CAPS_GUESSERS = new Set(['Abbr', 'AbbrName', 'AbbrPatronymic']);
/** az parsers whose readings come from the dictionary rather than from a suffix guess. */
const KNOWN_PARSERS = new Set(['Dictionary', 'HyphenParticle', 'HyphenAdverb', 'HyphenWords', 'PrefixKnown']);
/** Lexical marks kept when inflecting: a patronymic shares its paradigm with the father's name. */
const KEPT_MARKS = ['Name', 'Surn', 'Patr'] as const;

const CYRILLIC = /[а-яё]/i;
const ORDINAL_NUMBER = /^\d+-[а-яё]{1,3}$/i; // 2025-го, 5-й
const INTEGER = /^[−-]?\d+$/;
const REAL = /^[−-]?\d+[.,]\d+$/;
const ROMAN = /^(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const LATIN = /\p{Script=Latin}/u;
const PUNCT = /^[\p{P}\p{S}]+$/u;
const DIGIT = /\d/;
const KEY_ODDITIES = /[ё\u00ad\u2010\u2011]/;
/**
 * Longer "words" are not words (the longest Russian ones have ~40 letters): az would guess a
 * reading from the suffix, building and comparing a copy of the whole word per guess, which on
 * a 1 MB run of letters costs seconds in the garbage collector. They read as unknown instead.
 */
const MAX_WORD_LENGTH = 100;
// Cache key marks: short upper-case Cyrillic words, and tokens without Cyrillic (kept as written:
// their readings depend on case, e.g. XXI is a Roman number and xxi a Latin word).
const UPPER_KEY_MARK = '\u0001';
const PLAIN_KEY_MARK = '\u0002';

interface TagInfo {
  readonly pos: Grammeme;
  readonly gender: Gender | 'ms-f' | null;
  /** The tag's own masc/femn/neut grammeme, kept when inflecting. */
  readonly genderGrammeme: Gender | null;
  readonly number: GNumber | null;
  readonly case: Case | null;
  readonly grammemes: ReadonlySet<Grammeme>;
  readonly text: string;
}

/**
 * Where a reading came from, for `inflect`: az's reading number `index` of `key`. az readings are
 * not kept (they weigh more than ours, and inflection is rare): az is deterministic, so `key` is
 * parsed again. Null for readings that do not inflect.
 */
interface Source {
  readonly key: string;
  readonly index: number;
  /** Lower-case text put before az's form (`кызыл-` for a reading built from the last part). */
  readonly prefix: string;
  /** Text put after it (`-2` for `Союза-2`, read as `Союза`). */
  readonly suffix: string;
}

function buildTagInfo(grams: readonly string[], text: string): TagInfo {
  const set = new Set<string>(grams);
  let pos: string | undefined;
  let genderGrammeme: Gender | null = null;
  let number: GNumber | null = null;
  let kase: Case | null = null;
  for (const g of grams) {
    if (pos === undefined && POS.has(g)) pos = g;
    else if (g === 'masc' || g === 'femn' || g === 'neut') genderGrammeme = g;
    else if (g === 'sing' || g === 'plur') number = g;
    else if (g in CASES) kase = CASES[g] ?? null;
  }
  const gender: TagInfo['gender'] = set.has('Ms-f') || set.has('ms-f') ? 'ms-f' : genderGrammeme;
  // Aliases so rules can ask for the main case or pymorphy's spelling of common gender.
  if (kase !== null) set.add(kase);
  if (gender === 'ms-f') set.add('ms-f');
  return {
    pos: (pos ?? grams[0] ?? 'UNKN') as Grammeme,
    gender,
    genderGrammeme,
    number,
    case: kase,
    grammemes: set as ReadonlySet<string> as ReadonlySet<Grammeme>,
    text,
  };
}

// az reuses one frozen Tag per distinct tag, so its derived data is computed once.
const azTagInfo = new WeakMap<AzTag, TagInfo>();
function tagInfo(tag: AzTag): TagInfo {
  let info = azTagInfo.get(tag);
  if (!info) {
    info = buildTagInfo([...tag.stat, ...tag.flex], tag.toString());
    azTagInfo.set(tag, info);
  }
  return info;
}

const simpleTagInfo = new Map<string, TagInfo>();
function simpleInfo(...grams: Grammeme[]): TagInfo {
  const text = grams.join(',');
  let info = simpleTagInfo.get(text);
  if (!info) {
    info = buildTagInfo(grams, text);
    simpleTagInfo.set(text, info);
  }
  return info;
}

/** The tag info of a tag written as az writes it (`NOUN,inan,femn sing,gent`, `NUMB,intg`). */
function infoOfText(text: string): TagInfo {
  let info = simpleTagInfo.get(text);
  if (!info) {
    const [stat = '', flex = ''] = text.split(' ');
    info = buildTagInfo([...stat.split(','), ...(flex ? flex.split(',') : [])], text);
    simpleTagInfo.set(text, info);
  }
  return info;
}

/**
 * One reading as plain data, as a warm table stores it: lemma, tag, score, known (1/0), az's
 * reading number (-1: a reading that does not inflect), then, when they differ from the
 * defaults, the az key it was read from, the prefix and the suffix.
 */
export type WarmRow = readonly [string, string, number, number, number, string?, string?, string?];

/** Readings of words computed ahead of time (see `src/morph/warm.ts`), by cache key. */
export interface WarmSource {
  get(cacheKey: string): readonly WarmRow[] | undefined;
}

/**
 * One number object per distinct score: az computes each reading's score afresh, and a double
 * kept in a field is an object of its own (16 bytes a reading in the word cache). az's scores
 * are few distinct fractions; past the bound, scores are kept as they come.
 */
const scores = new Map<number, number>();
const SCORE_LIMIT = 4096;
function sharedScore(score: number): number {
  const known = scores.get(score);
  if (known !== undefined) return known;
  if (scores.size < SCORE_LIMIT) scores.set(score, score);
  return score;
}

/** The tag info whose grammeme set this is (each TagInfo has its own set). */
const infoOfGrammemes = new WeakMap<ReadonlySet<Grammeme>, TagInfo>();

/**
 * One reading; a private field keeps what `inflect` needs to find az's reading again. The word
 * cache holds tens of thousands of these for the life of the process, so the private part is one
 * field: az's reading number when the reading was read from the word's own key (nearly all), the
 * whole source otherwise (a part of a hyphenated word), or null; the tag info is found again from
 * the (shared) grammeme set. The public fields stay own data fields (a copy by spread is a Parse).
 */
class Reading implements Parse {
  readonly lemma: string;
  readonly pos: Grammeme;
  readonly gender: Gender | 'ms-f' | null;
  readonly number: GNumber | null;
  readonly case: Case | null;
  readonly grammemes: ReadonlySet<Grammeme>;
  readonly score: number;
  readonly known: boolean;
  /** az's reading number of the word's own key, the whole source, or null. */
  readonly #src: number | Source | null;

  /** `ownKey`: the az key of the word the reading is for (a source on it is kept as its number). */
  constructor(lemma: string, info: TagInfo, score: number, source: Source | null, known = true, ownKey = '') {
    this.lemma = lemma;
    this.pos = info.pos;
    this.gender = info.gender;
    this.number = info.number;
    this.case = info.case;
    this.grammemes = info.grammemes;
    this.score = sharedScore(score);
    this.known = known;
    this.#src =
      source === null
        ? null
        : source.prefix === '' && source.suffix === '' && source.key === ownKey
          ? source.index
          : source;
    if (!infoOfGrammemes.has(info.grammemes)) infoOfGrammemes.set(info.grammemes, info);
    Object.freeze(this);
  }

  // static, not private getters: an instance method or accessor that is private gives every
  // instance a brand field (8 bytes a reading in the word cache)
  static #infoOf(r: Reading): TagInfo {
    return infoOfGrammemes.get(r.grammemes)!;
  }

  /** Made here (not a fake or a copy). */
  static isReading(p: Parse): p is Reading {
    return #src in p;
  }

  /**
   * The source of a reading of the word whose az key is `key`; undefined when the key is not
   * given and the reading knows its source only as a number on the word's key.
   */
  static sourceOf(r: Reading, key?: string): Source | null | undefined {
    const src = r.#src;
    if (typeof src !== 'number') return src;
    return key === undefined ? undefined : { key, index: src, prefix: '', suffix: '' };
  }

  /** The same reading of one part of a hyphenated word (az key `key`), the other parts kept. */
  static within(p: Reading, key: string, lemma: string, prefix: string, suffix: string): Reading {
    const src = Reading.sourceOf(p, key)!;
    return new Reading(
      prefix + lemma + suffix,
      Reading.#infoOf(p),
      p.score,
      src === null
        ? null
        : { key: src.key, index: src.index, prefix: prefix + src.prefix, suffix: src.suffix + suffix },
      p.known,
    );
  }

  /** This reading as a {@link WarmRow}; `key` is the az key of the word it was cached for. */
  static toRow(r: Reading, key: string): WarmRow {
    const src = Reading.sourceOf(r, key)!;
    const row: (string | number)[] = [r.lemma, Reading.#infoOf(r).text, r.score, r.known ? 1 : 0, src?.index ?? -1];
    const extra = src === null ? [] : [src.key === key ? '' : src.key, src.prefix, src.suffix];
    while (extra.length && extra[extra.length - 1] === '') extra.pop();
    return [...row, ...extra] as unknown as WarmRow;
  }

  /** The reading a {@link WarmRow} stands for. */
  static fromRow(row: WarmRow, key: string): Reading {
    const [lemma, tag, score, known, index, srcKey, prefix = '', suffix = ''] = row;
    const source = index < 0 ? null : { key: srcKey || key, index, prefix, suffix };
    return new Reading(lemma === key ? key : lemma, infoOfText(tag), score, source, known === 1, key);
  }

  toJSON(): object {
    return {
      lemma: this.lemma,
      pos: this.pos,
      gender: this.gender,
      number: this.number,
      case: this.case,
      grammemes: [...this.grammemes],
      score: this.score,
      known: this.known,
    };
  }
}

/**
 * The spelling lemmas and cache keys use: lower case, `ё` -> `е`, typographic hyphens -> `-`,
 * soft hyphens dropped. For lexicon entries that must compare equal to lemmas.
 *
 * @example
 * wordKey('Призёр'); // 'призер'
 */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  if (!KEY_ODDITIES.test(lower)) return lower;
  return lower.replace(/[ё\u00ad\u2010\u2011]/g, (c) => (c === 'ё' ? 'е' : c === '\u00ad' ? '' : '-'));
}

function lowerYo(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('ё') ? lower.replaceAll('ё', 'е') : lower;
}

function hasLetter(s: string): boolean {
  return s.toLowerCase() !== s.toUpperCase();
}

/** Every letter upper case (`РФ`, and also `В`). */
function isUpper(word: string): boolean {
  return word === word.toUpperCase() && hasLetter(word);
}

/** Every letter upper case and at least two of them (`РФ`, not `В`). */
function isAllCaps(word: string): boolean {
  return isUpper(word) && word.replace(/[^\p{L}]/gu, '').length > 1;
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** `out` (lower case) with the capitalisation pattern of `word`, hyphen part by hyphen part. */
function applyCase(word: string, out: string): string {
  if (word === word.toLowerCase()) return out;
  if (isAllCaps(word)) return out.toUpperCase();
  const wordParts = word.split('-');
  return out
    .split('-')
    .map((part, i) => {
      const model = wordParts[Math.min(i, wordParts.length - 1)] ?? '';
      if (model.length > 1 && isAllCaps(model)) return part.toUpperCase();
      const first = model[0];
      return first !== undefined && first !== first.toLowerCase() ? capitalize(part) : part;
    })
    .join('-');
}

function isPos(g: string): boolean {
  return POS.has(g);
}

function isGender(g: string): boolean {
  return GENDERS.has(g);
}

/** Grammeme lists to try, most specific first: the asked form plus what the reading keeps. */
function targets(info: TagInfo, asked: readonly Grammeme[]): string[][] {
  const base: string[] = [...asked];
  const has = (g: string): boolean => asked.includes(g as Grammeme);
  if (!asked.some(isPos) && info.pos !== 'UNKN') base.push(info.pos);
  if (!asked.some(isGender) && !has('plur') && info.genderGrammeme !== null) base.push(info.genderGrammeme);
  for (const mark of KEPT_MARKS) if (info.grammemes.has(mark) && !has(mark)) base.push(mark);
  if (has('accs') && !has('anim') && !has('inan')) {
    const anim = info.grammemes.has('anim') ? 'anim' : info.grammemes.has('inan') ? 'inan' : null;
    if (anim !== null) return [[...base, anim], base];
  }
  return [base];
}

/** az's form for `asked`, lower case, or null. */
function inflectAz(p: AzParse, asked: readonly Grammeme[]): string | null {
  if (p.left && p.right) {
    // A combined reading (компания-производитель): each part keeps its own gender. Bare words:
    // az's HyphenWords also sets a prefix on the right part's object it shares with this reading.
    const left = inflectForm(p.left, asked);
    const right = left && inflectForm(p.right, asked);
    return left && right ? `${left.word ?? ''}-${right.word ?? ''}`.toLowerCase() : null;
  }
  const form = inflectForm(p, asked);
  return form ? form.toString().toLowerCase() : null;
}

function inflectForm(p: AzParse, asked: readonly Grammeme[]): AzParse | null {
  const info = tagInfo(p.tag);
  for (const target of targets(info, asked)) {
    const form = p.inflect(target);
    if (form) return form;
  }
  return null;
}

function lemmaOf(p: AzParse, info: TagInfo): string {
  let norm: AzParse | false;
  if (info.grammemes.has('Patr')) {
    // normalize() would give the father's name (Андреевича -> андрей).
    const target = info.genderGrammeme ? ['Patr', info.genderGrammeme, 'sing', 'nomn'] : ['Patr', 'sing', 'nomn'];
    norm = p.inflect(target) || p.normalize();
  } else {
    norm = p.normalize();
    // Some paradigms list an abbreviation first (месяц -> мес): name the full word instead.
    if (norm && norm.tag.Abbr && !info.grammemes.has('Abbr')) norm = fullNominative(p) || norm;
  }
  return lowerYo((norm || p).toString());
}

/** The first nominative singular form of the paradigm that is not an abbreviation. */
function fullNominative(p: AzParse): AzParse | false {
  const count = p.formCnt ?? 0;
  for (let k = 0; k < count; k++) {
    const f = p.inflect(k);
    if (f && f.tag.nomn && f.tag.sing && !f.tag.Abbr) return f;
  }
  return false;
}

function sameGrammemes(a: ReadonlySet<Grammeme>, b: ReadonlySet<Grammeme>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const g of a) if (!b.has(g)) return false;
  return true;
}

/**
 * A copy of `s` that does not point into the document it was cut from: callers cache what
 * `inflect` gives (names are put into the nominative over and over), and V8 keeps a slice's whole
 * source alive (a slice of 13 characters or more is a view of it, not a string of its own).
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * A copy of `items` with room for exactly its elements: an array filled by push keeps room for
 * 17, which the word cache would hold for the life of the process (~130 bytes a word).
 */
function exact<T>(items: T[]): T[] {
  return items.slice();
}

/** A Map that drops its older half when it reaches `limit` entries. */
class BoundedCache<V> {
  readonly #map = new Map<string, V>();
  constructor(readonly limit: number) {}

  get(key: string): V | undefined {
    return this.#map.get(key);
  }

  set(key: string, value: V): void {
    if (this.#map.size >= this.limit) {
      let drop = this.#map.size >> 1 || 1;
      for (const k of this.#map.keys()) {
        if (drop-- <= 0) break;
        this.#map.delete(k);
      }
    }
    this.#map.set(key, value);
  }

  get size(): number {
    return this.#map.size;
  }

  entries(): IterableIterator<[string, V]> {
    return this.#map.entries();
  }

  clear(): void {
    this.#map.clear();
  }
}

export interface AzMorphOptions {
  /** Word forms kept in the cache (default {@link DEFAULT_CACHE_LIMIT}). */
  cacheLimit?: number;
  /**
   * Readings computed ahead of time, taken instead of asking az (they must be what this az
   * gives: `test/morph-warm.test.ts` checks the package's table).
   */
  warm?: WarmSource | undefined;
}

/** The az-backed {@link Morph}. Made by `createMorph()` / `createMorphSync()`. */
export class AzMorph implements Morph {
  readonly #api: AzApi;
  readonly #warm: WarmSource | undefined;
  readonly #cache: BoundedCache<readonly Parse[]>;
  readonly #lemmas = new WeakMap<readonly Parse[], readonly string[]>();
  #lastKey: string | null = null;
  #hits = 0;
  #misses = 0;
  /** Inflected forms by source word, reading and grammemes (before prefixes, suffixes and capitals). */
  readonly #forms = new Map<string, string | null>();
  #lastParses: readonly AzParse[] = [];

  constructor(api: AzApi, options: AzMorphOptions = {}) {
    this.#api = api;
    this.#warm = options.warm;
    this.#cache = new BoundedCache(Math.max(2, options.cacheLimit ?? DEFAULT_CACHE_LIMIT));
  }

  /** Number of cached word forms. */
  get cacheSize(): number {
    return this.#cache.size;
  }

  /**
   * The word cache's size and bound, how many look-ups it answered since start, and the size of
   * the cache of inflected forms (bounded by its own limit), for the bench.
   */
  cacheStats(): { size: number; limit: number; hits: number; misses: number; forms: number } {
    const forms = this.#forms.size;
    return { size: this.#cache.size, limit: this.#cache.limit, hits: this.#hits, misses: this.#misses, forms };
  }

  clearCache(): void {
    this.#cache.clear();
  }

  /** The cached readings of words with Cyrillic letters, as a warm table stores them. */
  warmRows(): Record<string, WarmRow[]> {
    const out: Record<string, WarmRow[]> = {};
    for (const [cacheKey, readings] of this.#cache.entries()) {
      if (cacheKey.startsWith(PLAIN_KEY_MARK)) continue;
      const key = cacheKey.startsWith(UPPER_KEY_MARK) ? cacheKey.slice(1) : cacheKey;
      out[cacheKey] = readings.map((r) => Reading.toRow(r as Reading, key));
    }
    return out;
  }

  parse(word: string): readonly Parse[] {
    let key = wordKey(word);
    const cyrillic = CYRILLIC.test(key);
    // Short upper-case words get their own entry: abbreviation readings come first (ЯНАО), and
    // a capital letter alone keeps its initial readings (В. Путин).
    const upper = cyrillic && word.length <= 6 && isUpper(word);
    let cacheKey = !cyrillic ? PLAIN_KEY_MARK + word : upper ? UPPER_KEY_MARK + key : key;
    let readings = this.#cache.get(cacheKey);
    if (readings !== undefined) this.#hits++;
    else {
      this.#misses++;
      // a word already in key form (lower case, three in four) is its own key: one string for
      // the cache key, the readings' source and the lemma that is the word itself, not a copy
      // each (a shorter slice than 13 characters is a string of its own, not a view of a document)
      if (key === word && word.length < 13) {
        if (cacheKey === key) cacheKey = word;
        key = word;
      }
      const warm = cyrillic ? this.#warm?.get(cacheKey) : undefined;
      readings = Object.freeze(
        warm
          ? warm.map((row) => Reading.fromRow(row, key))
          : cyrillic
            ? exact(this.#compute(word, key, upper))
            : [plainReading(word, key)],
      );
      this.#cache.set(cacheKey, readings);
    }
    return readings;
  }

  lemmas(word: string): readonly string[] {
    const readings = this.parse(word);
    let lemmas = this.#lemmas.get(readings);
    if (lemmas === undefined) {
      lemmas = Object.freeze(exact([...new Set(readings.map((r) => r.lemma))]));
      this.#lemmas.set(readings, lemmas);
    }
    return lemmas;
  }

  inflect(word: string, parse: Parse, grammemes: readonly Grammeme[]): string | null {
    // most readings know their az key only as their word's: found among the word's readings
    let source = Reading.isReading(parse) ? Reading.sourceOf(parse) : undefined;
    if (source === undefined) source = this.#findSource(word, parse);
    if (source === undefined) return null;
    // Numbers, Latin and unknown words do not inflect: they stand as written.
    if (source === null) return ownCopy(word);
    // the same words are put into the nominative over and over (offices, names): re-parsing them
    // with az each time cost more than the rules that asked
    const formKey = source.key + '\u0000' + source.index + '\u0000' + grammemes.join(',');
    let form = this.#forms.get(formKey);
    if (form === undefined) {
      const az = this.#azParses(source.key)[source.index];
      form = az ? inflectAz(az, grammemes) : null;
      if (this.#forms.size >= FORM_CACHE_LIMIT) this.#forms.clear();
      this.#forms.set(formKey, form);
    }
    if (form === null) return null;
    let out = source.prefix + form + source.suffix;
    // Follow the input's spelling: the dictionary writes ё, news mostly does not.
    if (!/[ёЁ]/.test(word)) out = out.replaceAll('ё', 'е');
    return applyCase(word, out);
  }

  agree(a: Parse, b: Parse, what: Agreement): boolean {
    return agree(a, b, what);
  }

  /** az's readings of a key; the last one is kept, as inflect usually follows parse. */
  #azParses(key: string): readonly AzParse[] {
    if (key !== this.#lastKey) {
      this.#lastParses = this.#api.morph(key, AZ_CONFIG);
      this.#lastKey = key;
    }
    return this.#lastParses;
  }

  /** Readings of a word with Cyrillic letters. */
  #compute(word: string, key: string, upper: boolean): Reading[] {
    if (ORDINAL_NUMBER.test(key)) return [new Reading(key, simpleInfo('NUMB'), 1, null)];
    if (key.length > MAX_WORD_LENGTH) return [new Reading(key, simpleInfo('UNKN'), 1, null, false)];

    const all = this.#azParses(key);
    // Abbreviation and initial guesses need capitals that a lower-case or Title input lacks.
    const dropCapsGuesses = !upper && all.some((p) => !CAPS_GUESSERS.has(p.parser ?? ''));
    const isKept = (p: AzParse): boolean => !dropCapsGuesses || !CAPS_GUESSERS.has(p.parser ?? '');
    if (key.includes('-') && !all.some((p) => isKept(p) && KNOWN_PARSERS.has(p.parser ?? ''))) {
      const byPart = this.#byPart(key);
      if (byPart.length > 0) return byPart;
    }

    const readings: Reading[] = [];
    const seen = new Set<string>();
    const lemmas = new Map<string, string>([[key, key]]); // one string per lemma, not one per reading
    all.forEach((p, index) => {
      if (!isKept(p)) return;
      const info = tagInfo(p.tag);
      let lemma = lemmaOf(p, info);
      const known = lemmas.get(lemma);
      if (known === undefined) lemmas.set(lemma, lemma);
      else lemma = known;
      const id = `${lemma} ${info.text}`;
      if (seen.has(id)) return;
      seen.add(id);
      readings.push(
        new Reading(
          lemma,
          info,
          p.score,
          { key, index, prefix: '', suffix: '' },
          KNOWN_PARSERS.has(p.parser ?? ''),
          key,
        ),
      );
    });
    if (readings.length === 0) return [new Reading(key, simpleInfo('UNKN'), 1, null, false)];
    if (upper && isAllCaps(word)) {
      // Stable: abbreviation readings first, each group still best first.
      const abbr = readings.filter((r) => r.grammemes.has('Abbr'));
      if (abbr.length > 0 && abbr.length < readings.length) {
        return [...abbr, ...readings.filter((r) => !r.grammemes.has('Abbr'))];
      }
    }
    return readings;
  }

  /**
   * Hyphenated words az does not know. Кызыл-Мажалыкского reads as Мажалыкского with `кызыл-`
   * kept. A name with a number (Союза-2, ЕГЭ-2013) reads as the noun before the number; an
   * abbreviation keeps its letters as lemma (az's lemma of МС is миллисекунда).
   */
  #byPart(key: string): Reading[] {
    const cut = key.lastIndexOf('-');
    if (cut <= 0) return [];
    const head = key.slice(0, cut);
    const tail = key.slice(cut + 1);
    const out: Reading[] = [];
    if (CYRILLIC.test(tail)) {
      for (const r of this.parse(tail)) {
        if (r.pos !== 'UNKN' && r instanceof Reading)
          out.push(Reading.within(r, wordKey(tail), r.lemma, `${head}-`, ''));
      }
    } else if (/^\d+$/.test(tail) && CYRILLIC.test(head)) {
      for (const r of this.parse(head)) {
        if (r.pos !== 'NOUN' || !(r instanceof Reading)) continue;
        out.push(Reading.within(r, wordKey(head), r.grammemes.has('Abbr') ? head : r.lemma, '', `-${tail}`));
      }
    }
    return out;
  }

  /**
   * The source of an equal reading of `word`: for readings that know their key only as their
   * word's, and for Parse objects not made by this instance.
   */
  #findSource(word: string, parse: Parse): Source | null | undefined {
    for (const r of this.parse(word)) {
      if (r.lemma === parse.lemma && r.pos === parse.pos && sameGrammemes(r.grammemes, parse.grammemes)) {
        return r instanceof Reading ? Reading.sourceOf(r, wordKey(word)) : undefined;
      }
    }
    return undefined;
  }
}

/** Numbers, punctuation, Latin words and other non-Cyrillic tokens, without calling az. */
function plainReading(word: string, key: string): Reading {
  if (INTEGER.test(word)) return new Reading(word, simpleInfo('NUMB', 'intg'), 1, null);
  if (REAL.test(word)) return new Reading(word, simpleInfo('NUMB', 'real'), 1, null);
  if (ROMAN.test(word)) return new Reading(word, simpleInfo('ROMN'), 1, null);
  if (LATIN.test(word)) return new Reading(key, simpleInfo('LATN'), 1, null, false);
  if (PUNCT.test(word)) return new Reading(word, simpleInfo('PNCT'), 1, null);
  if (DIGIT.test(word)) return new Reading(word, simpleInfo('NUMB'), 1, null);
  return new Reading(key, simpleInfo('UNKN'), 1, null, false);
}
