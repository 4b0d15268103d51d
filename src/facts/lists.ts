import type { AwardEntity, DateEntity, EventEntity } from '../result/schema.js';
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
