import { REGIONS } from '../lexicon/geo/index.js';
import type { AwardEntity, CityEntity, DateEntity, EventEntity, RegionEntity, RegionFact } from '../result/schema.js';
import type { FactBuilder } from '../pipeline/types.js';

/** Fills the lists that are plain views of the entities: dates, awards, events. */
export const entityListsFacts: FactBuilder = {
  name: 'entity-lists',
  build(entities, facts) {
    facts.dates = entities.filter((e): e is DateEntity => e.type === 'date');
    facts.awards = entities.filter((e): e is AwardEntity => e.type === 'award');
    facts.events = entities.filter((e): e is EventEntity => e.type === 'event');
  },
};

/** Москва, Санкт-Петербург, Севастополь: a mention of the city is a mention of the federal subject. */
const FEDERAL_CITIES = new Map(REGIONS.filter((r) => r.type === 'federal_city').map((r) => [r.name, r]));

/**
 * One fact per distinct region, with the ids of its mentions: what a monitor filters on. The
 * three cities of federal significance are subjects of the federation: "в Москве" (a city
 * entity) counts as a mention of the region Москва.
 */
export const regionFacts: FactBuilder = {
  name: 'regions',
  build(entities, facts) {
    const byName = new Map<string, RegionFact>();
    const add = (id: string, r: Omit<RegionFact, 'mentions'>) => {
      const f = byName.get(r.normalized);
      if (f) f.mentions.push(id);
      else byName.set(r.normalized, { normalized: r.normalized, iso: r.iso, okato: r.okato, federalDistrict: r.federalDistrict, mentions: [id] });
    };
    for (const e of entities) {
      if (e.type === 'region') {
        const r: RegionEntity = e;
        add(r.id, r);
      } else if (e.type === 'city' && e.country === 'RU') {
        const c: CityEntity = e;
        const fed = FEDERAL_CITIES.get(c.normalized);
        if (fed && c.region === fed.name) add(c.id, { normalized: fed.name, iso: fed.iso, okato: fed.okato, federalDistrict: fed.federalDistrict });
      }
    }
    facts.regions = [...byName.values()];
  },
};
