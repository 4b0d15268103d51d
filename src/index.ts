/**
 * gosfacts: structured facts from Russian government news, with exact spans.
 *
 * @example
 * import { createExtractor } from 'gosfacts';
 * const extractor = await createExtractor();
 * const doc = extractor.extract(text, { publishedAt: '2025-11-10' });
 * for (const e of doc.entities) console.log(e.type, e.text, e.normalized);
 */
export {
  createExtractor,
  createExtractorSync,
  extract,
  type Extractor,
  type CreateExtractorOptions,
} from './extractor.js';
export { defaultExtractors, defaultRefiners, defaultFactBuilders } from './defaults.js';
export { defaultDatesExtractor } from './extractors/dates/index.js';
export { defaultNumbersExtractor } from './extractors/numbers/index.js';
export { defaultPersonsExtractor } from './extractors/persons/index.js';
export { defaultPositionsExtractor } from './extractors/positions/index.js';
export { defaultLawsExtractor } from './extractors/laws/index.js';
export { lawFacts } from './facts/laws.js';
export { defaultAwardsExtractor } from './extractors/awards/index.js';
export { defaultEventsExtractor } from './extractors/events/index.js';
export { awardFacts } from './facts/awards.js';
export {
  defaultOrganizationsExtractor,
  organizationsExtractorFactory,
  type OrganizationOptions,
} from './extractors/organizations/index.js';
export { personFacts } from './facts/persons.js';
export { officialsFacts } from './facts/officials.js';
export { quotesFacts } from './facts/quotes.js';
export { defaultGeoExtractor, geoExtractorFactory, type GeoOptions } from './extractors/geo/index.js';
export { createDatesExtractor, createNumbersExtractor, createGeoExtractor, geoExtractor } from './deprecated.js';
export { overlapsRefiner } from './refiners/overlaps.js';
export { seatsRefiner } from './refiners/seats.js';
export { entityListsFacts } from './facts/lists.js';
export { regionFacts } from './facts/regions.js';
export { statisticsFacts } from './facts/statistics.js';
export { entitySpan } from './facts/entity-spans.js';
export { ruleCatalog, type RuleCatalog } from './catalog.js';
export {
  GosfactsError,
  InputTooLongError,
  InvalidInputError,
  InvalidOptionsError,
  PoolQueueFullError,
  PoolClosedError,
  WorkerError,
} from './errors.js';
export { createPool, type Pool, type PoolOptions, type PoolInput, type PoolResourceLimits } from './pool/index.js';
export { MorphologyInitError, createMorph, createMorphSync } from './morph/index.js';
export type { Morph, Parse, Grammeme, Gender, GNumber, Case, Agreement } from './morph/types.js';
export { segment } from './segment/index.js';
export type { Token, TokenKind, Sentence, Segmentation } from './segment/types.js';
export type {
  Env,
  Convention,
  RunContext,
  EntityExtractor,
  EntityExtractorFactory,
  ExtractorFactory,
  Refiner,
  FactBuilder,
  Facts,
} from './pipeline/types.js';
export { defineExtractor, type ExtractorDefinition } from './pipeline/define.js';
export { createRuleExtractor, type RuleEntity } from './pipeline/rule-extractor.js';
export { renderHtml, type HtmlDocument, type RenderHtmlOptions } from './render/html/index.js';
export {
  diffResults,
  renderDiffText,
  renderDiffHtml,
  type ResultRecord,
  type CorpusDiff,
  type DocumentDiff,
  type ChangedEntity,
  type FactListDiff,
  type TypeCounts,
} from './render/diff/index.js';
export * from './result/schema.js';
export * from './engine/index.js';
