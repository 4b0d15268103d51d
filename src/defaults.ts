import { defaultDatesExtractor } from './extractors/dates/index.js';
import { defaultNumbersExtractor } from './extractors/numbers/index.js';
import { defaultGeoExtractor } from './extractors/geo/index.js';
import { defaultPersonsExtractor } from './extractors/persons/index.js';
import { defaultPositionsExtractor } from './extractors/positions/index.js';
import { defaultOrganizationsExtractor } from './extractors/organizations/index.js';
import { defaultLawsExtractor } from './extractors/laws/index.js';
import { defaultAwardsExtractor } from './extractors/awards/index.js';
import { defaultEventsExtractor } from './extractors/events/index.js';
import { lawFacts } from './facts/laws.js';
import { contactsFacts } from './facts/contacts.js';
import { organizationFacts } from './facts/organizations.js';
import { awardFacts } from './facts/awards.js';
import { personFacts } from './facts/persons.js';
import { officialsFacts } from './facts/officials.js';
import { quotesFacts } from './facts/quotes.js';
import { entityListsFacts } from './facts/lists.js';
import { regionFacts } from './facts/regions.js';
import { statisticsFacts } from './facts/statistics.js';
import type { EntityExtractorFactory, FactBuilder, Refiner } from './pipeline/types.js';
import { overlapsRefiner } from './refiners/overlaps.js';
import { seatsRefiner } from './refiners/seats.js';

/**
 * The default extractors, in order: the one registry of the built-in kinds (the rule catalog,
 * the rule tests and `docs/forms.md` are read off it). Copy and edit the list to change the pipeline.
 */
export const defaultExtractors: readonly EntityExtractorFactory[] = [
  defaultDatesExtractor,
  defaultNumbersExtractor,
  defaultGeoExtractor,
  defaultPersonsExtractor,
  defaultPositionsExtractor,
  defaultOrganizationsExtractor,
  defaultLawsExtractor,
  defaultAwardsExtractor,
  defaultEventsExtractor,
];

/** The default refiners, in order. */
export const defaultRefiners: readonly Refiner[] = [overlapsRefiner, seatsRefiner];

/** The default builders of the fact lists. */
export const defaultFactBuilders: readonly FactBuilder[] = [
  entityListsFacts,
  regionFacts,
  statisticsFacts,
  personFacts,
  organizationFacts,
  officialsFacts,
  quotesFacts,
  lawFacts,
  contactsFacts,
  awardFacts,
];
