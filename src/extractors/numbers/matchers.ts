import {
  allUpper,
  fold,
  normalizeDash,
  type DocContext,
  type SpanFollow,
  type SpanMatcher,
  type StartKey,
} from '../../engine/index.js';
import type { Morph } from '../../morph/types.js';
import { CURRENCIES, CURRENCY_SIGNS } from '../../lexicon/currencies.js';
import { QUALIFIERS } from '../../lexicon/numerals.js';
import type { Qualifier } from '../../result/schema.js';

/**
 * A glued dot after token `i` that belongs to the abbreviation ("тыс.", "руб.") rather than
 * ending the sentence: a dot that ends the sentence stays out of the span, as NEREL marks it.
 */
export const gluedDotAfter = (ctx: DocContext, i: number): boolean => abbreviationDot(ctx, i + 1);

export function abbreviationDot(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  return !!t && t.text === '.' && !t.spaceBefore && !!next && next.sentence === t.sentence;
}

/**
 * What a matcher gives at a token where nothing starts: one shared array. The engine keeps each
 * token's hits for the whole document, and a fresh empty array per token of a long document
 * outlived scavenges into the old generation.
 */
const NO_HITS: readonly never[] = Object.freeze([]);

/**
 * Quantity qualifiers ("около", "не менее", "более чем"): indeclinable phrases, matched by
 * surface, longest first. The hit's value is the qualifier. One matcher holds the one-word
 * phrases and another the longer ones, so that each declares what follows its first word: one
 * matcher of both let every number rule be tried after "в", "по", "не" and "как" (first words of
 * "в среднем", "по крайней мере", ...), before any number ("в 2015 году").
 */
class QualifierMatcher implements SpanMatcher<Qualifier> {
  readonly description = 'qualifier';
  readonly start: StartKey;
  /** Hits are whole phrases: the next word is a phrase's second word or follows a one-word one. */
  readonly follow: SpanFollow;
  /** The longest phrase's words: the skip checks then see the figure and its unit after a qualifier. */
  readonly maxHit: number;
  /** The phrases by their first word, longest first: asked at every token, most words start none. */
  private readonly byFirst = new Map<string, { words: string[]; value: Qualifier }[]>();

  /** `long`: the phrases of two words or more, else those of one word. */
  constructor(long: boolean) {
    const phrases = Object.entries(QUALIFIERS)
      .map(([p, value]) => ({ words: p.split(' ').map(fold), value }))
      .filter((p) => p.words.length > 1 === long)
      .sort((a, b) => b.words.length - a.words.length);
    for (const p of phrases) {
      const first = p.words[0] ?? '';
      const list = this.byFirst.get(first);
      if (list) list.push(p);
      else this.byFirst.set(first, [p]);
    }
    this.start = { by: 'lemma', values: [...this.byFirst.keys()] };
    const second = new Set<string>();
    for (const p of phrases) if (p.words.length > 1) second.add(p.words[1]!);
    this.follow = { second, single: phrases.some((p) => p.words.length === 1) };
    this.maxHit = phrases[0]?.words.length ?? 1;
  }

  matchAt(ctx: DocContext, i: number): readonly { end: number; value: Qualifier }[] {
    if (ctx.tokens[i]?.kind !== 'word') return NO_HITS;
    const phrases = this.byFirst.get(ctx.folded(i));
    if (phrases === undefined) return NO_HITS;
    const hits: { end: number; value: Qualifier }[] = [];
    for (const p of phrases) {
      if (p.words.every((w, k) => ctx.tokens[i + k]?.kind === 'word' && ctx.folded(i + k) === w)) {
        hits.push({ end: i + p.words.length, value: p.value });
      }
    }
    return hits.length === 0 ? NO_HITS : hits.reverse();
  }
}

/** One-word qualifiers ("около", "до"): the hits of both matchers at a token, shortest first, are those of all the phrases. */
export const qualifierWordMatcher = new QualifierMatcher(false);
/** Qualifiers of two words or more ("не менее", "в среднем", "более чем"). */
export const qualifierPhraseMatcher = new QualifierMatcher(true);

interface CurrencyWord {
  readonly surface: string;
  /** Abbreviation written with a dot in the lexicon: the dot is optional in the text. */
  readonly abbr: boolean;
  readonly lemmas: ReadonlySet<string> | null;
}

/** What a currency match gives: ISO code and the factor of a minor unit ("цент" = 0.01). */
export interface CurrencyHit {
  readonly code: string;
  readonly factor: number;
}

const MINOR = new Set(['копейка', 'цент', 'евроцент']);

/**
 * Currency names and signs from the lexicon. Lemma entries match every case form; the
 * entries' lemmas are looked up once per morphology (the rules are built before it exists).
 */
class CurrencyMatcher implements SpanMatcher<CurrencyHit> {
  readonly description = 'currency';
  readonly start: StartKey;
  /** A hit is a sign or whole words: the skip checks may count on its token (a word after a figure). */
  readonly nonEmpty = true;
  /** Each word of the longest entry with an abbreviation's dot after it ("US$" is two tokens). */
  readonly maxHit: number;
  private readonly cache = new WeakMap<Morph, { words: CurrencyWord[]; hit: CurrencyHit }[]>();
  /** Surfaces and lemmas of the entries' first words, per morphology: most words start none. */
  private readonly firsts = new WeakMap<Morph, ReadonlySet<string>>();

  constructor() {
    let most = 2;
    const first = CURRENCIES.map((c) => {
      const words = c.phrase.split(' ');
      most = Math.max(most, 2 * words.length);
      return fold(words[0] ?? '').replace(/\.$/, '');
    });
    this.maxHit = most;
    this.start = { by: 'lemma', values: [...new Set([...first, ...Object.keys(CURRENCY_SIGNS).map(fold), 'us'])] };
  }

  private entries(morph: Morph): { words: CurrencyWord[]; hit: CurrencyHit }[] {
    let e = this.cache.get(morph);
    if (!e) {
      e = CURRENCIES.map((c) => ({
        hit: { code: c.code, factor: MINOR.has(c.phrase) ? 0.01 : 1 },
        words: c.phrase.split(' ').map((w): CurrencyWord => {
          const abbr = w.endsWith('.');
          const surface = fold(abbr ? w.slice(0, -1) : w);
          if (c.mode === 'surface' || abbr || allUpper(w)) return { surface, abbr, lemmas: null };
          const ps = morph.parse(w);
          const nom = ps.filter((p) => p.case === 'nomn' || p.case === null);
          return { surface, abbr, lemmas: new Set((nom.length ? nom : ps).map((p) => p.lemma)) };
        }),
      }));
      e.sort((a, b) => b.words.length - a.words.length);
      this.cache.set(morph, e);
    }
    return e;
  }

  /** Whether word `i` can be the first word of some entry (by surface or lemma), as `matchAt` compares them. */
  private mayStartAt(ctx: DocContext, i: number): boolean {
    let firsts = this.firsts.get(ctx.morph);
    if (!firsts) {
      const keys = new Set<string>();
      for (const e of this.entries(ctx.morph)) {
        const w = e.words[0];
        if (!w) continue;
        keys.add(w.surface);
        if (w.lemmas) for (const l of w.lemmas) keys.add(l);
      }
      firsts = keys;
      this.firsts.set(ctx.morph, firsts);
    }
    if (firsts.has(ctx.folded(i))) return true;
    for (const l of ctx.lemmas(i)) if (firsts.has(l)) return true;
    return false;
  }

  matchAt(ctx: DocContext, i: number): readonly { end: number; value: CurrencyHit }[] {
    const tok = ctx.tokens[i];
    if (!tok) return NO_HITS;
    if (tok.kind === 'symbol' || tok.text === 'US') {
      const us = tok.text === 'US' && ctx.tokens[i + 1]?.text === '$' && !ctx.tokens[i + 1]?.spaceBefore;
      const code = us ? 'USD' : CURRENCY_SIGNS[tok.text];
      return code ? [{ end: i + (us ? 2 : 1), value: { code, factor: 1 } }] : NO_HITS;
    }
    if (tok.kind !== 'word' || !this.mayStartAt(ctx, i)) return NO_HITS;
    for (const e of this.entries(ctx.morph)) {
      let j = i;
      let ok = true;
      for (const w of e.words) {
        const t = ctx.tokens[j];
        if (!t || t.kind !== 'word') {
          ok = false;
          break;
        }
        const f = ctx.folded(j);
        const same = f === w.surface || (w.lemmas !== null && ctx.lemmas(j).some((l) => w.lemmas?.has(l)));
        // lower-case words only, so that "Франк" (a name) or "РУБ" in a heading stay out
        if (!same || (w.lemmas !== null && t.text !== t.text.toLowerCase())) {
          ok = false;
          break;
        }
        j++;
        // "руб.": an abbreviation's dot ("руб" has lemma "рубль", so either entry may match it)
        const abbr = w.abbr || (t.text.length <= 5 && ctx.parses(j - 1).some((p) => p.grammemes.has('Abbr')));
        if (abbr && gluedDotAfter(ctx, j - 1)) j++;
      }
      if (ok) return [{ end: j, value: e.hit }];
    }
    return NO_HITS;
  }
}

export const currencyMatcher = new CurrencyMatcher();

/**
 * Normalised dash test for range separators. A dash is one character (normalizeDash keeps the
 * length): longer texts are not run through its replace, which the number filters asked of every
 * token around a figure.
 */
export const isDash = (s: string): boolean => s.length === 1 && normalizeDash(s) === '-';
