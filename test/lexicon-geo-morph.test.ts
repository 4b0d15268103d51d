import { describe, expect, it } from 'vitest';
import { DocContext, type Gazetteer } from '../src/engine/index.js';
import { adjectiveKeys, regionsByAdjective } from '../src/extractors/geo/gazetteers.js';
import { geoGazetteers } from '../src/extractors/geo/index.js';
import type { PlaceName } from '../src/extractors/geo/places.js';
import type { Case, Morph, Parse } from '../src/morph/types.js';
import { segment } from '../src/segment/index.js';
import { testMorph } from './helpers/morph.js';

// Every gazetteer entry must be reachable: its dictionary form parses with the morphology, and
// the genitive and prepositional forms the morphology makes of it ("Владимирской области",
// "Нижнем Новгороде") are found by the trie. An entry that fails here would be silently dead.
const morph = testMorph();
const g = geoGazetteers({ morph, segment });
const LISTS: [keyof Omit<typeof g.lexicon, 'regionsByKey'>, Gazetteer<PlaceName>][] = [
  ['regions', g.regions],
  ['cities', g.cities],
  ['countries', g.countries],
  ['locations', g.locations],
  ['districts', g.districts],
  ['adjectives', g.adjectives],
];

const isModifier = (p: Parse): boolean => p.pos === 'ADJF' || p.pos === 'PRTF';
const nominative = (ps: readonly Parse[]): Parse[] => ps.filter((p) => p.case === 'nomn' || p.case === null);

/**
 * The phrase with its leading modifiers and head put into `kase` (what follows the head stays),
 * or null when the morphology makes a form it cannot read back as the same word (az declines
 * some indeclinable names: "Ирмино" -> "Ирмина"); such forms do not occur in text.
 */
function inflectPhrase(m: Morph, phrase: string, kase: Case): string | null {
  const tokens = segment(phrase).tokens;
  let out = '';
  let last = 0;
  let headDone = false;
  for (const t of tokens) {
    let text = t.text;
    if (!headDone && t.kind === 'word') {
      // a lower-case word is not an abbreviation here ("и" is not "исполняющий")
      const ps = nominative(m.parse(t.text)).filter(
        (p) => !p.grammemes.has('Abbr') || /^[\p{Lu}\d-]{2,}$/u.test(t.text),
      );
      const geo = ps.find((p) => p.pos === 'NOUN' && p.grammemes.has('Geox')) ?? ps.find((p) => p.pos === 'NOUN');
      const mod = ps.find(isModifier);
      const parse =
        mod && (!geo || ps.indexOf(mod) < ps.indexOf(geo)) && t !== tokens[tokens.length - 1] ? mod : (geo ?? mod);
      if (parse) {
        text =
          m.inflect(t.text, parse, [parse.grammemes.has('Pltm') || parse.number === 'plur' ? 'plur' : 'sing', kase]) ??
          t.text;
        if (!m.parse(text).some((p) => p.lemma === parse.lemma)) return null;
        if (parse === geo) headDone = true;
      } else headDone = true;
    }
    out += phrase.slice(last, t.start) + text;
    last = t.end;
  }
  return out + phrase.slice(last);
}

/** The gazetteer finds the whole text from its first token, with this entry's value. */
function finds(gaz: Gazetteer<PlaceName>, text: string, value: PlaceName): boolean {
  const ctx = new DocContext(segment(text), morph);
  return gaz.matchAt(ctx, 0).some((h) => h.end === ctx.tokens.length && h.value.includes(value));
}

describe('geo gazetteers with the real morphology', () => {
  for (const [name, gaz] of LISTS) {
    const entries = g.lexicon[name].entries();

    it(`${name}: no entry is unreachable`, () => {
      expect(gaz.unreachable.map((e) => e.phrase)).toEqual([]);
      expect(gaz.size).toBe(entries.length);
    });

    it(`${name}: the dictionary form of every entry is found`, () => {
      const missed = entries.filter((e) => !finds(gaz, e.phrase, e.value)).map((e) => e.phrase);
      expect(missed).toEqual([]);
    });

    it(`${name}: the genitive and prepositional forms of every entry are found`, () => {
      const missed: string[] = [];
      let unreadable = 0;
      let checked = 0;
      for (const e of entries) {
        if (e.mode === 'exact' || e.mode === 'surface') continue;
        for (const kase of ['gent', 'loct'] as const) {
          const form = inflectPhrase(morph, e.phrase, kase);
          checked++;
          if (form === null) unreadable++;
          else if (!finds(gaz, form, e.value)) missed.push(`${e.phrase} -> ${form}`);
        }
      }
      expect(missed).toEqual([]);
      // forms the morphology cannot read back stay rare (under 1.5% today)
      expect(unreadable / Math.max(1, checked)).toBeLessThan(0.03);
    });
  }

  it('inflects as a reader would', () => {
    expect(inflectPhrase(morph, 'Владимирская область', 'gent')).toBe('Владимирской области');
    expect(inflectPhrase(morph, 'Нижний Новгород', 'loct')).toBe('Нижнем Новгороде');
    expect(inflectPhrase(morph, 'Ханты-Мансийский автономный округ — Югра', 'gent')).toBe(
      'Ханты-Мансийского автономного округа — Югра',
    );
  });
});

// The lists rule looks regions up by `adjective lemma|type lemma` lazily (parsing only the names
// that share the adjective's stem); it must find what parsing every region name up front finds.
describe('regions by adjective', () => {
  const env = { morph, segment };
  const full = adjectiveKeys(env, g.lexicon);
  const lazy = regionsByAdjective(env, g.lexicon);

  it('finds the same region for every key as the full map', () => {
    expect(full.size).toBeGreaterThan(50);
    const differ = [...full].filter(([key, value]) => lazy.get(key) !== value).map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('finds the regions of a list with one head, and nothing for other adjectives', () => {
    expect(lazy.get('ярославский|область')?.place.normalized).toBe('Ярославская область');
    expect(lazy.get('тверской|область')?.place.normalized).toBe('Тверская область');
    expect(lazy.get('краснодарский|край')?.place.normalized).toBe('Краснодарский край');
    expect(lazy.get('большой|область')).toBeUndefined();
    expect(lazy.get('ярославский')).toBeUndefined();
  });
});
