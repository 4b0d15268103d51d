/**
 * Names of the 0.1 API kept for one release: the factories were named against what they are
 * (`createGeoExtractor` was the ready default, `geoExtractor(options)` the configurable factory).
 * Each alias is the very same value as its new name. Remove this file in the next release.
 */
import { defaultDatesExtractor } from './extractors/dates/index.js';
import { defaultGeoExtractor, geoExtractorFactory } from './extractors/geo/index.js';
import { defaultNumbersExtractor } from './extractors/numbers/index.js';

/** @deprecated Renamed `defaultDatesExtractor`. */
export const createDatesExtractor = defaultDatesExtractor;
/** @deprecated Renamed `defaultNumbersExtractor`. */
export const createNumbersExtractor = defaultNumbersExtractor;
/** @deprecated Renamed `defaultGeoExtractor`. */
export const createGeoExtractor = defaultGeoExtractor;
/** @deprecated Renamed `geoExtractorFactory`. */
export const geoExtractor = geoExtractorFactory;
