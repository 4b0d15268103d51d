import type { DateEntity } from '../result/schema.js';
import type { FactBuilder } from '../pipeline/types.js';

/** Fills the lists that are plain views of the entities: dates (awards and events have their own builder). */
export const entityListsFacts: FactBuilder = {
  name: 'entity-lists',
  build(entities, facts) {
    facts.dates = entities.filter((e): e is DateEntity => e.type === 'date');
  },
};
