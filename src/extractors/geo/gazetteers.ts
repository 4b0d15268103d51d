import { Gazetteer, gazetteerRef, perMorph, type ResolveEnv } from '../../engine/index.js';
import type { PlaceNames } from './place-names.js';
import { geoLexicon, type GeoLexicon, type PlaceName } from './places.js';

let lexicon: GeoLexicon | undefined;
/**
 * The places read from the data, once per process: it needs no morphology, and every gazetteer
 * and rule shares the same place objects.
 */
export function sharedGeoLexicon(): GeoLexicon {
  return (lexicon ??= geoLexicon());
}

type ListName = keyof Omit<GeoLexicon, 'regionsByKey'>;
const handle = (name: ListName) => gazetteerRef<PlaceName>(`geo-${name}`, () => sharedGeoLexicon()[name]);

/** The geography tries, as handles: built once per morphology when a rule set is built (never per document). */
export const REGIONS = handle('regions');
export const CITIES = handle('cities');
export const COUNTRIES = handle('countries');
export const LOCATIONS = handle('locations');
export const DISTRICTS = handle('districts');
export const ADJECTIVES = handle('adjectives');
export const REGION_ADJECTIVES = handle('regionAdjectives');

/**
 * Regions named "adjective + type word" by `adjective lemma|type lemma` ("ярославский|область"),
 * for lists with one head: "Ярославской и Владимирской областей". The lemmas come from the
 * morphology, so the lookup is made per morphology too.
 */
export const REGIONS_BY_ADJECTIVE = perMorph('geo-regions-by-adjective', (env) =>
  regionsByAdjective(env, sharedGeoLexicon()),
);

/** A read-only lookup of regions by `adjective lemma|type lemma` (see {@link REGIONS_BY_ADJECTIVE}). */
export interface AdjectiveLookup {
  get(key: string): PlaceName | undefined;
}

/**
 * The key of a region named "adjective + noun" (`ярославский|область`), or null: the phrase
 * must be two words, the first an adjective and the second a noun in the nominative.
 */
function adjectiveKey(env: Required<ResolveEnv>, regions: PlaceNames, n: number): string | null {
  const words = env.segment(regions.phrase(n)).tokens;
  if (words.length !== 2 || regions.form(n) !== 'name') return null;
  const adj = env.morph.parse(words[0]!.text).find((p) => p.pos === 'ADJF' && p.case === 'nomn');
  const noun = env.morph.parse(words[1]!.text).find((p) => p.pos === 'NOUN' && p.case === 'nomn');
  return adj && noun ? `${adj.lemma}|${noun.lemma}` : null;
}

/**
 * Every region's key, parsed up front: the first region with a key wins. Parsing all ~1,000
 * region names cost ~33 ms on the first list of regions, so the pipeline uses the lazy
 * {@link regionsByAdjective}; a test checks the two agree.
 */
export function adjectiveKeys(env: Required<ResolveEnv>, lexicon: GeoLexicon): Map<string, PlaceName> {
  const out = new Map<string, PlaceName>();
  const regions = lexicon.regions;
  for (let n = 0; n < regions.length; n++) {
    const key = adjectiveKey(env, regions, n);
    if (key !== null && !out.has(key)) out.set(key, regions.value(n));
  }
  return out;
}

/**
 * A word's stem for the buckets: lower case, ё as е (the lemmas have е: "Могилёвская" ->
 * могилевский), without its two-letter ending ("ярославская", "ярославский" -> "ярославск").
 */
function stemOf(word: string): string {
  return word.slice(0, -2).toLowerCase().replaceAll('ё', 'е');
}

/**
 * The same lookup as {@link adjectiveKeys}, made without the morphology up front: the regions
 * are put in buckets by the stem of their first word (an adjective's lemma and its feminine
 * nominative share it), and a look-up parses only its bucket's names, once each. The buckets
 * keep the lexicon's order, so the first region with the key still wins.
 */
export function regionsByAdjective(env: Required<ResolveEnv>, lexicon: GeoLexicon): AdjectiveLookup {
  // the regions' names by number
  const buckets = new Map<string, number[]>();
  const regions = lexicon.regions;
  for (let n = 0; n < regions.length; n++) {
    const phrase = regions.phrase(n);
    const space = phrase.indexOf(' ');
    if (space < 0 || regions.form(n) !== 'name') continue;
    const stem = stemOf(phrase.slice(0, space));
    const bucket = buckets.get(stem);
    if (bucket) bucket.push(n);
    else buckets.set(stem, [n]);
  }
  const keys = new Map<number, string | null>();
  const keyOf = (n: number): string | null => {
    let key = keys.get(n);
    if (key === undefined) keys.set(n, (key = adjectiveKey(env, regions, n)));
    return key;
  };
  return {
    get(key) {
      const bar = key.indexOf('|');
      const bucket = bar < 0 ? undefined : buckets.get(stemOf(key.slice(0, bar)));
      if (!bucket) return undefined;
      for (let i = 0; i < bucket.length; i++) if (keyOf(bucket[i]!) === key) return regions.value(bucket[i]!);
      return undefined;
    },
  };
}

/** The geography tries built for one morphology. */
export interface GeoGazetteers {
  readonly regions: Gazetteer<PlaceName>;
  readonly cities: Gazetteer<PlaceName>;
  readonly countries: Gazetteer<PlaceName>;
  readonly locations: Gazetteer<PlaceName>;
  readonly districts: Gazetteer<PlaceName>;
  readonly adjectives: Gazetteer<PlaceName>;
  /** See {@link REGIONS_BY_ADJECTIVE}. */
  readonly byAdjective: AdjectiveLookup;
  readonly lexicon: GeoLexicon;
}

/** The gazetteers resolved for a morphology (the same objects the rule sets built for it use). */
export function geoGazetteers(env: ResolveEnv): GeoGazetteers {
  return {
    regions: REGIONS.resolve(env),
    cities: CITIES.resolve(env),
    countries: COUNTRIES.resolve(env),
    locations: LOCATIONS.resolve(env),
    districts: DISTRICTS.resolve(env),
    adjectives: ADJECTIVES.resolve(env),
    byAdjective: REGIONS_BY_ADJECTIVE.resolve(env),
    lexicon: sharedGeoLexicon(),
  };
}
