/**
 * gosfacts: structured facts from Russian government news, with exact spans.
 *
 * @example
 * import { createExtractor } from 'gosfacts';
 * const extractor = await createExtractor();
 * const doc = extractor.extract(text, { publishedAt: '2025-11-10' });
 * for (const e of doc.entities) console.log(e.type, e.text, e.normalized);
 */
export { createExtractor, createExtractorSync, extract, type Extractor, type CreateExtractorOptions } from './extractor.js';
export { defaultExtractors, defaultRefiners, defaultFactBuilders } from './defaults.js';
export { createDatesExtractor } from './extractors/dates/index.js';
export { createNumbersExtractor } from './extractors/numbers/index.js';
export { createGeoExtractor, geoExtractor, type GeoOptions } from './extractors/geo/index.js';
export { createLawsExtractor } from './extractors/laws/index.js';
export { lawFacts } from './facts/laws.js';
export { overlapsRefiner } from './refiners/overlaps.js';
export { entityListsFacts, regionFacts } from './refiners/facts.js';
export { statisticsFacts } from './refiners/statistics.js';
export { GosfactsError, InvalidInputError, InvalidOptionsError } from './errors.js';
export { MorphologyInitError, createMorph, createMorphSync } from './morph/index.js';
export type { Morph, Parse, Grammeme, Gender, GNumber, Case, Agreement } from './morph/types.js';
export { segment } from './segment/index.js';
export type { Token, TokenKind, Sentence, Segmentation } from './segment/types.js';
export type { Env, Convention, RunContext, Extractor as EntityExtractor, ExtractorFactory, Refiner, FactBuilder, Facts } from './pipeline/types.js';
export { createRuleExtractor, type RuleEntity } from './pipeline/rule-extractor.js';
export * from './result/schema.js';
export * from './engine/index.js';
