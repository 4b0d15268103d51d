import type { Grammeme, Parse } from '../morph/types.js';
import type { TokenKind } from '../segment/types.js';
import { fold, newMemoSlot, type DocContext } from './context.js';
import { newWordSlot, type WordInfo } from './words.js';
import { hasKeyIn, keyMask } from './keys.js';
import { tok, type Pattern, type Relation } from './pattern.js';
import { PerMorph, type ResolveEnv } from './per-morph.js';
import { hasLower, startsUpper, upperCode } from './letters.js';

/**
 * What a predicate says about one token: `false` (no match), `true` (match, every reading
 * stays possible) or the readings that satisfied it (non-empty). Readings that survive are
 * what agreement is later checked on.
 */
export type PredResult = boolean | readonly Parse[];

/** Which tokens can satisfy a predicate: used to index rules by their first token. */
export type StartKey =
  | { readonly by: 'lemma'; readonly values: readonly string[] }
  | {
      readonly by: 'kind';
      readonly values: readonly TokenKind[];
      /** Only tokens whose first character is a capital letter (`/^\p{Lu}/u`) can satisfy it. */
      readonly capital?: boolean;
    }
  | { readonly by: 'mixed'; readonly lemmas: readonly string[]; readonly kinds: readonly TokenKind[] }
  | { readonly by: 'any' };

/** A test on one token. Build with the functions below; combine with `.and()`, `.or()`, `not()`. */
export class Predicate {
  constructor(
    readonly test: (ctx: DocContext, i: number) => PredResult,
    readonly description: string,
    readonly start: StartKey = { by: 'any' },
    /** Set when the predicate stands on something built per morphology (see `deferredPredicate`). */
    readonly deferred: PerMorph<Predicate> | null = null,
    /**
     * Whether the result depends on the token's word alone (its kind and text: readings, lemmas,
     * surface), not on the tokens around it: such results are remembered per word, across documents.
     */
    readonly byWord: boolean = false,
    /**
     * A test of the token's word alone that holds wherever this one does (a conjunction's parts
     * on the word alone), or null: what a rule set asks of a word (see `word-check.ts`) when the
     * predicate itself also looks around the token. Unused when `byWord`.
     */
    readonly wordPart: Predicate | null = null,
  ) {}

  /** The predicate to compile for this morphology: itself, or what a deferred one stands for there. */
  resolve(env: ResolveEnv): Predicate {
    return this.deferred === null ? this : this.deferred.resolve(env);
  }

  /** Both must hold; surviving readings are intersected. */
  and(...others: Predicate[]): Predicate {
    return allOf(this, ...others);
  }

  /** Either may hold; surviving readings are united. */
  or(...others: Predicate[]): Predicate {
    return anyOf(this, ...others);
  }

  /** This token as a named part (`tok(p).as(name)`). */
  as(name: string): Pattern {
    return tok(this).as(name);
  }

  /** This token, agreeing with the other members of `rel` (`tok(p).agree(rel)`). */
  agree(rel: Relation): Pattern {
    return tok(this).agree(rel);
  }

  /** Zero or one such token. */
  optional(): Pattern {
    return tok(this).optional();
  }

  /** Between `min` and `max` such tokens. */
  repeat(min = 1, max = 8): Pattern {
    return tok(this).repeat(min, max);
  }
}

const ANY: StartKey = { by: 'any' };

/** A predicate's test, as `Predicate` calls it. */
type Test = (ctx: DocContext, i: number) => PredResult;

/**
 * The test with its results remembered per document and token. Rules share predicates, and a
 * rule's skip check tests the same first tokens its search then tests again: a compound or
 * morphological test is asked several times at one token (four on average for the number words).
 * Predicates are pure, so a remembered result is the result. The memo belongs to the document
 * (one byte per token for each test asked there, readings in a map), so it goes with it: a memo
 * kept by the predicate and sized to the longest document would hold that size, and the last
 * readings, for the life of the process.
 */
function memoized(test: Test): Test {
  const slot = newMemoSlot();
  return (ctx, i) => {
    if (i < 0 || i >= ctx.tokens.length) return test(ctx, i);
    const states = ctx.memo(slot);
    const s = states[i];
    if (s === 1) return true;
    if (s === 2) return false;
    if (s === 3) return ctx.memoValue(slot, i) as PredResult;
    const r = test(ctx, i);
    if (r === true) states[i] = 1;
    else if (r === false) states[i] = 2;
    else {
      states[i] = 3;
      ctx.setMemoValue(slot, i, r);
    }
    return r;
  };
}

/**
 * The test, which depends on the token's word alone, with its results remembered per word
 * (`DocContext.word`): a word met again, in this document or a later one, is not tested again.
 */
function memoizedByWord(test: Test): Test {
  const slot = newWordSlot();
  // two bits a slot (0 not asked, 1 true, 2 false, 3 readings): the memo lives as long as its word
  const at = slot >> 2;
  const shift = (slot & 3) * 2;
  return (ctx, i) => {
    const w = ctx.word(i);
    if (w === undefined) return test(ctx, i);
    const states = w.memo;
    const k = w.memoAt + at;
    // a word made before this test has no bytes for it
    if (k >= w.memoEnd) return test(ctx, i);
    const s = (states[k]! >> shift) & 3;
    if (s === 1) return true;
    if (s === 2) return false;
    if (s === 3) return readingsOf(w, slot);
    let r = test(ctx, i);
    if (r === true) states[k] = states[k]! | (1 << shift);
    else if (r === false) states[k] = states[k]! | (2 << shift);
    else {
      states[k] = states[k]! | (3 << shift);
      // all the word's readings (three results in four on RuREBus) need no entry; a subset is
      // kept as an exact-length copy (filter leaves room for more), or as the same subset another
      // test kept, returned now as later
      if (sameItems(r, w.parses!)) r = w.parses!;
      else w.memoValues = withPair(w.memoValues, slot, (r = keptSubset(w.memoValues, r)));
    }
    return r;
  };
}

/**
 * `values` and the pair `slot, r` in an exact-length array (a map per word cost ~150 bytes; an
 * array literal with a spread keeps room for more).
 */
function withPair(values: readonly unknown[] | undefined, slot: number, r: PredResult): unknown[] {
  const n = values === undefined ? 0 : values.length;
  const out = new Array<unknown>(n + 2);
  for (let k = 0; k < n; k++) out[k] = values![k];
  out[n] = slot;
  out[n + 1] = r;
  return out;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * `r` as a word keeps it: the equal subset one of its other tests kept (two in three subsets on
 * a long run: the tests of one word often keep the same readings), else an exact-length copy.
 */
function keptSubset(values: readonly unknown[] | undefined, r: readonly Parse[]): readonly Parse[] {
  if (values !== undefined)
    for (let k = 1; k < values.length; k += 2) {
      const v = values[k] as readonly unknown[];
      if (sameItems(v, r)) return v as readonly Parse[];
    }
  return r.slice();
}

/**
 * The readings remembered for `slot` in a word's `memoValues`: none remembered means the word's
 * readings, all of them.
 */
function readingsOf(w: WordInfo, slot: number): PredResult {
  const values = w.memoValues;
  if (values !== undefined)
    for (let k = 0; k < values.length; k += 2) if (values[k] === slot) return values[k + 1] as PredResult;
  return w.parses!;
}

/** Remembered per word when every part depends on the word alone, else per document and token. */
function remembered(preds: readonly Predicate[], test: Test): { test: Test; byWord: boolean } {
  const byWord = preds.every((p) => p.byWord);
  return { test: byWord ? memoizedByWord(test) : memoized(test), byWord };
}

/**
 * A predicate that can be built only with the morphology (one on a gazetteer handle). Rule sets
 * resolve it when they are built, so what they compile is the built predicate, with its start
 * key. Tested unresolved, it resolves against the document's morphology at each call (correct,
 * but it can start anywhere and pays a lookup).
 */
export function deferredPredicate(description: string, build: (env: ResolveEnv) => Predicate): Predicate {
  const handle = new PerMorph(description, build);
  return new Predicate((ctx, i) => handle.resolve(ctx).test(ctx, i), description, ANY, handle);
}

/** Combines predicates now, or once resolved when one of them is deferred. */
function combine(
  preds: readonly Predicate[],
  description: string,
  make: (resolved: Predicate[]) => Predicate,
): Predicate {
  if (!preds.some((p) => p.deferred !== null)) return make([...preds]);
  return deferredPredicate(description, (env) => make(preds.map((p) => p.resolve(env))));
}

/** The readings that pass, without allocating when none or all do (the common cases). */
function keep(parses: readonly Parse[], ok: (p: Parse) => boolean): PredResult {
  let count = 0;
  for (let k = 0; k < parses.length; k++) if (ok(parses[k]!)) count++;
  if (count === 0) return false;
  return count === parses.length ? parses : parses.filter(ok);
}

function hasAll(p: Parse, grammemes: readonly Grammeme[]): boolean {
  for (let k = 0; k < grammemes.length; k++) if (!p.grammemes.has(grammemes[k]!)) return false;
  return true;
}

/** Readings only come from words: a grammeme test cannot start at a number or a punctuation mark. */
const NON_WORD_GRAMMEMES = new Set<Grammeme>(['NUMB', 'intg', 'real', 'PNCT', 'UNKN', 'ROMN']);
function gramStart(grammemes: readonly Grammeme[]): StartKey {
  return grammemes.some((g) => NON_WORD_GRAMMEMES.has(g)) ? ANY : { by: 'kind', values: ['word', 'other', 'roman'] };
}

function intersect(a: PredResult, b: PredResult): PredResult {
  if (a === false || b === false) return false;
  if (a === true) return b;
  if (b === true) return a;
  // most often one side keeps every reading the other does: that side is the result, no copy
  let count = 0;
  for (let k = 0; k < a.length; k++) if (b.includes(a[k]!)) count++;
  if (count === 0) return false;
  return count === a.length ? a : a.filter((p) => b.includes(p));
}

function unite(a: PredResult, b: PredResult): PredResult {
  if (a === true || b === true) return true;
  if (a === false) return b;
  if (b === false) return a;
  let k = 0;
  while (k < b.length && a.includes(b[k]!)) k++;
  if (k === b.length) return a; // nothing to add: no copy
  const out = [...a];
  for (; k < b.length; k++) if (!out.includes(b[k]!)) out.push(b[k]!);
  return out;
}

function narrowStart(keys: StartKey[]): StartKey {
  // For a conjunction, any one narrow key is a valid index (the token must satisfy all): a lemma
  // key, else the kinds every kind key admits, capitalised if one of them says so.
  const lemmaKey = keys.find((k) => k.by === 'lemma');
  if (lemmaKey) return lemmaKey;
  const kindKeys = keys.filter((k) => k.by === 'kind');
  if (kindKeys.length) {
    let values = kindKeys[0]!.values;
    for (const k of kindKeys.slice(1)) values = values.filter((v) => k.values.includes(v));
    const capital = kindKeys.some((k) => k.capital === true);
    return capital ? { by: 'kind', values, capital } : { by: 'kind', values };
  }
  return keys.find((k) => k.by === 'mixed') ?? ANY;
}

function widenStart(keys: StartKey[]): StartKey {
  if (keys.some((k) => k.by === 'any')) return ANY;
  const lemmas = new Set<string>();
  const kinds = new Set<TokenKind>();
  for (const k of keys) {
    if (k.by === 'lemma') k.values.forEach((v) => lemmas.add(v));
    else if (k.by === 'kind') k.values.forEach((v) => kinds.add(v));
    else if (k.by === 'mixed') {
      k.lemmas.forEach((v) => lemmas.add(v));
      k.kinds.forEach((v) => kinds.add(v));
    }
  }
  if (!kinds.size) return { by: 'lemma', values: [...lemmas] };
  if (!lemmas.size) {
    // capitalised only if every alternative is
    const capital = keys.every((k) => k.by === 'kind' && k.capital === true);
    return capital ? { by: 'kind', values: [...kinds], capital } : { by: 'kind', values: [...kinds] };
  }
  return { by: 'mixed', lemmas: [...lemmas], kinds: [...kinds] };
}

/** All predicates hold. */
export function allOf(...preds: Predicate[]): Predicate {
  return combine(preds, preds.map((p) => p.description).join(' & '), (resolved) => conjunction(resolved));
}

function conjunction(preds: readonly Predicate[]): Predicate {
  const { test, byWord } = remembered(preds, (ctx, i) => {
    // indexed: a for...of steps an iterator (an object a step) until V8 optimises the test
    let r: PredResult = true;
    for (let k = 0; k < preds.length; k++) {
      r = intersect(r, preds[k]!.test(ctx, i));
      if (r === false) return false;
    }
    return r;
  });
  return new Predicate(
    test,
    preds.map((p) => p.description).join(' & '),
    narrowStart(preds.map((p) => p.start)),
    null,
    byWord,
    byWord ? null : conjunctionWordPart(preds),
  );
}

/**
 * The conjunction's parts that look at the word alone (or their own such parts): each must hold
 * where the conjunction does. Null when there are none.
 */
function conjunctionWordPart(preds: readonly Predicate[]): Predicate | null {
  const parts: Predicate[] = [];
  for (const p of preds) {
    const w = wordPartOf(p);
    if (w !== null) parts.push(w);
  }
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  // not remembered itself (no memo slot per word): a rule set asks it once per word, and each
  // part remembers its own results
  return new Predicate((ctx, i) => parts.every((p) => p.test(ctx, i) !== false), 'word part', ANY, null, true);
}

/** The predicate itself when it looks at the word alone, else its word part (null: none). */
export function wordPartOf(p: Predicate): Predicate | null {
  return p.byWord ? p : p.wordPart;
}

/** At least one predicate holds. */
export function anyOf(...preds: Predicate[]): Predicate {
  return combine(preds, '(' + preds.map((p) => p.description).join(' | ') + ')', (resolved) => disjunction(resolved));
}

function disjunction(preds: readonly Predicate[]): Predicate {
  const { test, byWord } = remembered(preds, (ctx, i) => {
    let r: PredResult = false;
    for (let k = 0; k < preds.length; k++) {
      r = unite(r, preds[k]!.test(ctx, i));
      if (r === true) return true;
    }
    return r;
  });
  return new Predicate(
    test,
    '(' + preds.map((p) => p.description).join(' | ') + ')',
    widenStart(preds.map((p) => p.start)),
    null,
    byWord,
    byWord ? null : disjunctionWordPart(preds),
  );
}

/** One of the alternatives' word parts holds where the disjunction does, when each has one. */
function disjunctionWordPart(preds: readonly Predicate[]): Predicate | null {
  const parts: Predicate[] = [];
  for (const p of preds) {
    const w = wordPartOf(p);
    if (w === null) return null;
    parts.push(w);
  }
  if (parts.length === 1) return parts[0]!;
  return new Predicate((ctx, i) => parts.some((p) => p.test(ctx, i) !== false), 'word part', ANY, null, true);
}

/** The predicate does not hold (all readings stay possible). */
export function not(pred: Predicate): Predicate {
  return combine([pred], `!${pred.description}`, (resolved) => negation(resolved[0] ?? pred));
}

function negation(pred: Predicate): Predicate {
  const { test, byWord } = remembered([pred], (ctx, i) => pred.test(ctx, i) === false);
  return new Predicate(test, `!${pred.description}`, ANY, null, byWord);
}

/** Any token. */
export function anyToken(): Predicate {
  return new Predicate(() => true, 'any', ANY, null, true);
}

/**
 * Some reading of the word has one of these lemmas (dictionary forms, `ё` = `е`).
 * @example lemma('область', 'край') // matches "области", "краем", ...
 */
export function lemma(...lemmas: string[]): Predicate {
  const set = new Set(lemmas.map(fold));
  const mask = keyMask(set);
  return new Predicate(
    (ctx, i) => {
      const tok = ctx.tokens[i];
      if (!tok || (tok.kind !== 'word' && tok.kind !== 'other')) return set.has(ctx.folded(i));
      // most words have none of the lemmas: the token's key numbers (which cover all its
      // lemmas) say so without hashing a string per reading
      if (!hasKeyIn(ctx.keyIds(i), mask)) return false;
      const parses = ctx.parses(i);
      let count = 0;
      for (let k = 0; k < parses.length; k++) if (set.has(parses[k]!.lemma)) count++;
      if (count === 0) return false;
      return count === parses.length ? parses : parses.filter((p) => set.has(p.lemma));
    },
    `lemma(${lemmas.join(',')})`,
    { by: 'lemma', values: [...set] },
    null,
    true,
  );
}

/**
 * The surface form, compared case-insensitively with `ё` = `е`.
 * @example word('г.', 'год') // only these exact forms
 */
export function word(...forms: string[]): Predicate {
  const set = new Set(forms.map(fold));
  return new Predicate(
    (ctx, i) => set.has(ctx.folded(i)),
    `word(${forms.join(',')})`,
    { by: 'lemma', values: [...set] },
    null,
    true,
  );
}

/**
 * Some reading carries all these grammemes; those readings survive.
 * @example gram('ADJF', 'femn')
 */
export function gram(...grammemes: Grammeme[]): Predicate {
  return new Predicate(
    (ctx, i) => {
      const parses = ctx.parses(i);
      let count = 0;
      for (let k = 0; k < parses.length; k++) if (hasAll(parses[k]!, grammemes)) count++;
      if (count === 0) return false;
      return count === parses.length ? parses : parses.filter((p) => hasAll(p, grammemes));
    },
    `gram(${grammemes.join(',')})`,
    gramStart(grammemes),
    null,
    true,
  );
}

/** No surviving reading carries any of these grammemes (readings that do are dropped). */
export function notGram(...grammemes: Grammeme[]): Predicate {
  return new Predicate(
    (ctx, i) => {
      return keep(ctx.parses(i), (p) => !grammemes.some((g) => p.grammemes.has(g)));
    },
    `notGram(${grammemes.join(',')})`,
    ANY,
    null,
    true,
  );
}

/** The best (first) reading carries all these grammemes. */
export function topGram(...grammemes: Grammeme[]): Predicate {
  return new Predicate(
    (ctx, i) => {
      const p = ctx.parses(i)[0];
      return p !== undefined && grammemes.every((g) => p.grammemes.has(g)) ? [p] : false;
    },
    `topGram(${grammemes.join(',')})`,
    gramStart(grammemes),
    null,
    true,
  );
}

/** Token kind from the segmenter (`word`, `number`, `date`, `roman`, `punct`, ...). */
export function kind(...kinds: TokenKind[]): Predicate {
  const set = new Set(kinds);
  return new Predicate(
    (ctx, i) => set.has(ctx.tokens[i]?.kind ?? 'other'),
    `kind(${kinds.join(',')})`,
    { by: 'kind', values: kinds },
    null,
    true,
  );
}

/** Words that start with a capital letter: the start key of `capitalized()` and `upper()`. */
const CAPITAL_WORD: StartKey = { by: 'kind', values: ['word', 'other', 'roman'], capital: true };

/** Starts with a capital letter (Title or UPPER). */
export function capitalized(): Predicate {
  return new Predicate((ctx, i) => startsUpper(ctx.tokens[i]?.text ?? ''), 'capitalized', CAPITAL_WORD, null, true);
}

/** All letters are capitals (abbreviations: "РФ", "ЯНАО"). */
export function upper(): Predicate {
  return new Predicate(
    (ctx, i) => {
      const t = ctx.tokens[i]?.text ?? '';
      return startsUpper(t) && upperCode(t);
    },
    'upper',
    CAPITAL_WORD,
    null,
    true,
  );
}

/** Starts with a lower-case letter. */
export function lower(): Predicate {
  return new Predicate(
    (ctx, i) => {
      const t = ctx.tokens[i]?.text ?? '';
      return t.length > 0 && !startsUpper(t) && hasLower(t);
    },
    'lower',
    { by: 'kind', values: ['word', 'other'] },
    null,
    true,
  );
}

/** The whole surface matches a regular expression (anchor it yourself). */
export function surface(re: RegExp): Predicate {
  const r = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  return new Predicate((ctx, i) => r.test(ctx.tokens[i]?.text ?? ''), `surface(${re})`, surfaceStart(r), null, true);
}

const ALL_KINDS: readonly TokenKind[] = ['word', 'number', 'date', 'roman', 'punct', 'symbol', 'url', 'email', 'other'];
/** A leading `^\p{Lu}`, or a class of capital letters only (`^[А-ЯЁ]`, `^[A-Z]`). */
const CAPITAL_HEAD = /^\^(?:\\p\{Lu\}|\[(?:[A-ZА-ЯЁ]|[A-Z]-[A-Z]|А-Я|\\p\{Lu\})+\])(?![?*]|\{0)/;

/**
 * What can start a surface test: capitalised tokens when every match begins with a capital letter
 * (the expression starts with one, has no top-level `|` and ignores neither case nor lines), else
 * any token.
 */
function surfaceStart(re: RegExp): StartKey {
  const src = re.source;
  const capital =
    !/[im]/.test(re.flags) &&
    CAPITAL_HEAD.test(src) &&
    (re.flags.includes('u') || !src.startsWith('^\\p')) &&
    !topLevelAlternative(src);
  return capital ? { by: 'kind', values: ALL_KINDS, capital } : ANY;
}

/** Whether the source has a `|` outside groups and classes. */
function topLevelAlternative(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** A punctuation token among the given characters (all dashes count as one another). */
export function punct(...chars: string[]): Predicate {
  const set = new Set(chars.map(normalizeDash));
  return new Predicate(
    (ctx, i) => {
      const tok = ctx.tokens[i];
      return !!tok && (tok.kind === 'punct' || tok.kind === 'symbol') && set.has(normalizeDash(tok.text));
    },
    `punct(${chars.join('')})`,
    { by: 'kind', values: ['punct', 'symbol'] },
    null,
    true,
  );
}

/** No whitespace between this token and the previous one ("75%", "4-й"). */
export function glued(): Predicate {
  return new Predicate((ctx, i) => ctx.tokens[i]?.spaceBefore === false, 'glued');
}

/** A custom test; return false to reject, true to accept. */
export function custom(description: string, fn: (ctx: DocContext, i: number) => boolean): Predicate {
  return new Predicate(
    memoized((ctx, i) => fn(ctx, i)),
    description,
  );
}

/**
 * A custom test that looks at the token's word alone (its text, kind, readings, lemmas, folded
 * form; never at the tokens around it or at spacing): its results are remembered per word, across
 * documents, and it combines with other such tests into predicates remembered the same way.
 * @example wordTest('amount adjective', (ctx, i) => ctx.lemmas(i).some((l) => /летний$/.test(l)))
 */
export function wordTest(description: string, fn: (ctx: DocContext, i: number) => boolean): Predicate {
  return new Predicate(
    memoizedByWord((ctx, i) => fn(ctx, i)),
    description,
    ANY,
    null,
    true,
  );
}

const DASHES = /[‐‑‒–—―−]/g;
/** All dash-like characters become "-" so rules need not list them. */
export function normalizeDash(s: string): string {
  // asked of every punctuation token a rule looks at and every token a gazetteer walks: a string
  // without a dash (nearly all) comes back as it is without running the expression
  return hasDash(s) ? s.replace(DASHES, '-') : s;
}

/** Whether `s` has one of {@link DASHES} (U+2010 to U+2015, U+2212). */
function hasDash(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return true;
  }
  return false;
}
