import { Gazetteer } from '../../engine/index.js';
import type { Env } from '../../pipeline/types.js';
import { geoLexicon, type GeoLexicon, type PlaceName } from './places.js';

/** The geography tries, built once per extractor (never per document). */
export interface GeoGazetteers {
  readonly regions: Gazetteer<PlaceName>;
  readonly cities: Gazetteer<PlaceName>;
  readonly countries: Gazetteer<PlaceName>;
  readonly locations: Gazetteer<PlaceName>;
  readonly districts: Gazetteer<PlaceName>;
  readonly adjectives: Gazetteer<PlaceName>;
  /** Regions named "adjective + type word" by `adjective lemma|type lemma` ("ярославский|область"), for lists with one head: "Ярославской и Владимирской областей". */
  readonly byAdjective: ReadonlyMap<string, PlaceName>;
  readonly lexicon: GeoLexicon;
}

function adjectiveKeys(env: Pick<Env, 'morph' | 'segment'>, lexicon: GeoLexicon): Map<string, PlaceName> {
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

const cache = new WeakMap<Env['morph'], GeoGazetteers>();

/** Builds (or reuses, per morphology) the gazetteers from the project's data. */
export function geoGazetteers(env: Pick<Env, 'morph' | 'segment'>): GeoGazetteers {
  const hit = cache.get(env.morph);
  if (hit) return hit;
  const lexicon = geoLexicon();
  const build = (name: keyof Omit<GeoLexicon, 'regionsByKey'>) => new Gazetteer<PlaceName>(`geo-${name}`, lexicon[name], env.morph, env.segment);
  const g: GeoGazetteers = {
    regions: build('regions'),
    cities: build('cities'),
    countries: build('countries'),
    locations: build('locations'),
    districts: build('districts'),
    adjectives: build('adjectives'),
    byAdjective: adjectiveKeys(env, lexicon),
    lexicon,
  };
  cache.set(env.morph, g);
  return g;
}
