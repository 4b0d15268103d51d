import type { Refiner } from '../pipeline/types.js';

/**
 * Where the text means the building, not the body seated in it ("в Белом доме"), the building
 * wins: an organisation on exactly the words of a facility (or, under `convention: 'factru'`, of
 * a `location` of kind `seat`) is dropped.
 */
export const seatsRefiner: Refiner = {
  name: 'seats',
  refine(entities) {
    const seats = new Set<string>();
    for (const e of entities)
      if (e.type === 'facility' || (e.type === 'location' && e.kind === 'seat')) seats.add(`${e.start}:${e.end}`);
    if (!seats.size) return entities;
    return entities.filter((e) => e.type !== 'organization' || !seats.has(`${e.start}:${e.end}`));
  },
};
