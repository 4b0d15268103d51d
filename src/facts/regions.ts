import { REGIONS } from '../lexicon/geo/index.js';
import type { CityEntity, DistrictEntity, RegionEntity, RegionFact } from '../result/schema.js';
import type { FactBuilder } from '../pipeline/types.js';

/** Russian subjects by their normalised name. */
const REGIONS_BY_NAME = new Map(REGIONS.map((r) => [r.name, r]));

/**
 * One fact per distinct region, with the ids of its mentions: what a monitor filters on. The
 * three cities of federal significance are subjects of the federation: "в Москве" (a city
 * entity) counts as a mention of the region Москва. A town or district of a region ("в Коврове",
 * "Кольчугинского района Владимирской области") is listed in the region's `places`, so a text
 * that names a region only through its towns still yields the region.
 */
export const regionFacts: FactBuilder = {
  name: 'regions',
  build(entities, facts) {
    const byName = new Map<string, RegionFact>();
    const factOf = (r: Omit<RegionFact, 'mentions' | 'places'>): RegionFact => {
      let f = byName.get(r.normalized);
      if (!f)
        byName.set(
          r.normalized,
          (f = {
            normalized: r.normalized,
            iso: r.iso,
            okato: r.okato,
            federalDistrict: r.federalDistrict,
            mentions: [],
            places: [],
          }),
        );
      return f;
    };
    for (const e of entities) {
      if (e.type === 'region') {
        const r: RegionEntity = e;
        factOf(r).mentions.push(r.id);
      } else if ((e.type === 'city' && e.country === 'RU') || e.type === 'district') {
        const place: CityEntity | DistrictEntity = e;
        const region = place.region === null ? undefined : REGIONS_BY_NAME.get(place.region);
        if (!region) continue;
        const fact = factOf({
          normalized: region.name,
          iso: region.iso,
          okato: region.okato,
          federalDistrict: region.federalDistrict,
        });
        // "в Москве": Москва, Санкт-Петербург, Севастополь are cities that are federal subjects themselves
        if (place.type === 'city' && region.type === 'federal_city' && place.normalized === region.name)
          fact.mentions.push(place.id);
        else fact.places.push(place.id);
      }
    }
    facts.regions = [...byName.values()];
  },
};
