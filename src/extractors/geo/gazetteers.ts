import { Gazetteer, gazetteerRef, perMorph, type ResolveEnv } from '../../engine/index.js';
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
 * morphology, so the map is built per morphology too.
 */
export const REGIONS_BY_ADJECTIVE = perMorph('geo-regions-by-adjective', (env) =>
  adjectiveKeys(env, sharedGeoLexicon()),
);

function adjectiveKeys(env: Required<ResolveEnv>, lexicon: GeoLexicon): Map<string, PlaceName> {
  const out = new Map<string, PlaceName>();
  for (const e of lexicon.regions) {
    const words = env.segment(e.phrase).tokens;
    if (words.length !== 2 || e.value.form !== 'name') continue;
    const adj = env.morph.parse(words[0]!.text).find((p) => p.pos === 'ADJF' && p.case === 'nomn');
    const noun = env.morph.parse(words[1]!.text).find((p) => p.pos === 'NOUN' && p.case === 'nomn');
    if (adj && noun && !out.has(`${adj.lemma}|${noun.lemma}`)) out.set(`${adj.lemma}|${noun.lemma}`, e.value);
  }
  return out;
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
  readonly byAdjective: ReadonlyMap<string, PlaceName>;
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
