/**
 * Linguistic checks that several extractors share, below the extractors in the pipeline: is this
 * capitalised word a name, which prepositions put a place or a time, does a phrase agree.
 * Extractors import from here, never from each other.
 */
export * from './names.js';
export * from './agreement.js';
export * from './quotes.js';
export * from './words.js';
export * from './readings.js';
export * from './counted.js';
export * from './phones.js';
