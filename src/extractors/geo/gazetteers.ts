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
  readonly lexicon: GeoLexicon;
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
    lexicon,
  };
  cache.set(env.morph, g);
  return g;
}
