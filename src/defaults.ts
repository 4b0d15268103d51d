import { createDatesExtractor } from './extractors/dates/index.js';
import { createNumbersExtractor } from './extractors/numbers/index.js';
import { createGeoExtractor } from './extractors/geo/index.js';
import { createLawsExtractor } from './extractors/laws/index.js';
import { lawFacts } from './facts/laws.js';
import type { ExtractorFactory, FactBuilder, Refiner } from './pipeline/types.js';
import { entityListsFacts, regionFacts } from './refiners/facts.js';
import { overlapsRefiner } from './refiners/overlaps.js';
import { statisticsFacts } from './refiners/statistics.js';

/** The default extractors, in order. Copy and edit the list to change the pipeline. */
export const defaultExtractors: readonly ExtractorFactory[] = [createDatesExtractor, createNumbersExtractor, createGeoExtractor, createLawsExtractor];

/** The default refiners, in order. */
export const defaultRefiners: readonly Refiner[] = [overlapsRefiner];

/** The default builders of the fact lists. */
export const defaultFactBuilders: readonly FactBuilder[] = [entityListsFacts, regionFacts, statisticsFacts, lawFacts];
