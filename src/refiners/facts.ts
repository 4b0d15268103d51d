import type { AwardEntity, DateEntity, EventEntity, RegionEntity, RegionFact } from '../result/schema.js';
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

/** One fact per distinct region, with the ids of its mentions: what a monitor filters on. */
export const regionFacts: FactBuilder = {
  name: 'regions',
  build(entities, facts) {
    const byName = new Map<string, RegionFact>();
    for (const e of entities) {
      if (e.type !== 'region') continue;
      const r: RegionEntity = e;
      const f = byName.get(r.normalized);
      if (f) f.mentions.push(r.id);
      else byName.set(r.normalized, { normalized: r.normalized, iso: r.iso, okato: r.okato, federalDistrict: r.federalDistrict, mentions: [r.id] });
    }
    facts.regions = [...byName.values()];
  },
};
