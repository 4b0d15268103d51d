import { describe, expect, it } from 'vitest';
import {
  DocContext,
  RuleSet,
  capitalized,
  fold,
  gazetteerRef,
  gnc,
  inGazetteer,
  lemma,
  not,
  perMorph,
  rule,
  seq,
  span,
  tok,
  word,
} from '../src/engine/index.js';
import type { Morph, Parse } from '../src/morph/types.js';
import { segment } from '../src/segment/index.js';
import { testMorph } from './helpers/morph.js';

// Rules on gazetteers are module-level constants: the gazetteer is a handle, built once per
// morphology when a rule set is built (or when an unresolved rule first meets a document).

let builds = 0;
const CITIES = gazetteerRef('test-cities', () => {
  builds++;
  return [
    { phrase: 'Нижний Новгород', value: 'Нижний Новгород' },
    { phrase: 'Владимир', value: 'Владимир' },
  ];
});
const REGION_ADJECTIVES = gazetteerRef('test-region-adjectives', () => [
  { phrase: 'владимирский', value: 'Владимирская область' },
]);

// Declared at module level, before any morphology exists.
const cityRule = rule({
  id: 'test/city',
  examples: ['в Нижнем Новгороде'],
  pattern: seq(word('в', 'из'), span(CITIES).as('city')),
  interpret: (m) => m.part('city')?.value,
});
const r = gnc();
const regionRule = rule({
  id: 'test/region',
  examples: ['Владимирской области'],
  pattern: seq(tok(inGazetteer(REGION_ADJECTIVES)).agree(r).as('adj'), tok(lemma('область')).agree(r)),
  interpret: (m) => m.nominative(),
});

const morph = testMorph();

/** A second morphology instance that reads words as the shared one does. */
function sameReadings(): Morph {
  return {
    parse: (w) => morph.parse(w),
    lemmas: (w) => morph.lemmas(w),
    inflect: (w, p, g) => morph.inflect(w, p, g),
    agree: (a, b, what) => morph.agree(a, b, what),
  };
}

/** A morphology with no dictionary: every word is its own lemma. */
function noDictionary(): Morph {
  const parse = (w: string): readonly Parse[] => [
    {
      lemma: fold(w),
      pos: 'UNKN',
      gender: null,
      number: null,
      case: null,
      grammemes: new Set(['UNKN']),
      score: 1,
      known: false,
    },
  ];
  return { parse, lemmas: (w) => [fold(w)], inflect: () => null, agree: () => true };
}

const texts = (set: RuleSet<unknown>, text: string, m: Morph = morph) =>
  set.findAll(new DocContext(segment(text), m)).map((x) => [x.text, x.value]);

describe('gazetteer handles', () => {
  it('leave a module-level rule deferred until a morphology resolves it', () => {
    expect(cityRule.deferred).toBe(true);
    expect(cityRule.starts).toEqual([{ by: 'any' }]);
    const resolved = cityRule.resolve({ morph });
    expect(resolved.deferred).toBe(false);
    expect(resolved.id).toBe('test/city');
    expect(resolved.examples).toBe(cityRule.examples);
    // resolved, the rule is indexed by its first word again
    expect(resolved.starts).toEqual([{ by: 'lemma', values: ['в', 'из'] }]);
  });

  it('match case forms once a rule set is built for a morphology', () => {
    const set = new RuleSet<unknown>([cityRule, regionRule], { morph });
    expect(
      texts(set, 'Форум прошёл в Нижнем Новгороде, делегаты приехали из Владимира и Владимирской области.'),
    ).toEqual([
      ['в Нижнем Новгороде', ['Нижний Новгород']],
      ['из Владимира', ['Владимир']],
      ['Владимирской области', 'Владимирская область'],
    ]);
  });

  it('keep agreement on a deferred membership predicate', () => {
    const set = new RuleSet<unknown>([regionRule], { morph });
    expect(texts(set, 'во Владимирскую область')).toEqual([['Владимирскую область', 'Владимирская область']]);
    // the adjective and the noun do not agree: no match
    expect(texts(set, 'Владимирский области')).toEqual([]);
  });

  it('resolve against the document when an unresolved rule is matched directly', () => {
    const m = cityRule.matchAt(new DocContext(segment('в Нижнем Новгороде'), morph), 0);
    expect(m?.text).toBe('в Нижнем Новгороде');
    expect(m?.value).toEqual(['Нижний Новгород']);
    expect(CITIES.matchAt(new DocContext(segment('Владимире'), morph), 0).map((h) => h.value)).toEqual([['Владимир']]);
  });

  it('are built once per morphology and shared by the rule sets built for it', () => {
    const before = builds;
    const first = new RuleSet([cityRule], { morph });
    const second = new RuleSet([cityRule], { morph });
    expect(builds - before).toBeLessThanOrEqual(1); // 0 when an earlier test already built it
    expect(first.rules[0]).toBe(second.rules[0]);
    expect(CITIES.resolve({ morph })).toBe(CITIES.resolve({ morph }));
  });

  it('are resolved separately for another morphology instance', () => {
    const other = sameReadings();
    const before = builds;
    const set = new RuleSet([cityRule], { morph: other });
    expect(builds - before).toBe(1);
    expect(CITIES.resolve({ morph: other })).not.toBe(CITIES.resolve({ morph }));
    expect(set.rules[0]).not.toBe(cityRule.resolve({ morph }));
    expect(texts(set, 'в Нижнем Новгороде', other)).toEqual([['в Нижнем Новгороде', ['Нижний Новгород']]]);
    new RuleSet([cityRule], { morph: other });
    expect(builds - before).toBe(1);
  });

  it('use the morphology they are resolved with', () => {
    // without a dictionary "Нижнем" has no lemma "нижний": only the dictionary form matches
    const bare = noDictionary();
    const set = new RuleSet([cityRule], { morph: bare });
    expect(texts(set, 'в Нижнем Новгороде', bare)).toEqual([]);
    expect(texts(set, 'в Нижний Новгород', bare)).toEqual([['в Нижний Новгород', ['Нижний Новгород']]]);
  });
});

describe('deferred predicates', () => {
  it('stay deferred through and/not, and resolve with the start key of the gazetteer', () => {
    const capitalCity = capitalized().and(inGazetteer(CITIES));
    expect(capitalCity.deferred).not.toBeNull();
    const resolved = capitalCity.resolve({ morph });
    expect(resolved.deferred).toBeNull();
    expect(resolved.start).toEqual({ by: 'lemma', values: expect.arrayContaining(['владимир', 'нижний']) });
    const notCity = rule({
      id: 'test/not-city',
      examples: ['из Москвы'],
      pattern: seq(word('из'), tok(capitalized().and(not(inGazetteer(CITIES)))).as('name')),
    });
    const set = new RuleSet([notCity], { morph });
    expect(texts(set, 'из Владимира и из Москвы')).toEqual([['из Москвы', expect.anything()]]);
  });
});

describe('per-morphology values', () => {
  it('are built on first need, once per morphology', () => {
    let calls = 0;
    const lemmasOf = perMorph('lemmas', ({ morph: m }) => {
      calls++;
      return new Set(m.lemmas('Владимирской'));
    });
    expect(calls).toBe(0);
    expect(lemmasOf.resolve({ morph }).has('владимирский')).toBe(true);
    lemmasOf.resolve(new DocContext(segment('текст'), morph));
    expect(calls).toBe(1);
    expect(lemmasOf.resolve({ morph: noDictionary() }).has('владимирский')).toBe(false);
    expect(calls).toBe(2);
  });
});
