import type { Rule } from '../engine/rule.js';
import type { EntityExtractor, EntityExtractorFactory, Env } from './types.js';

/** What an extractor folder declares: its kind, its rules, and how to build the extractor. */
export interface ExtractorDefinition {
  readonly kind: string;
  readonly rules: (env: Env) => readonly Rule<unknown>[];
  readonly create: (env: Env) => EntityExtractor;
}

/**
 * An extractor factory that also tells which rules it runs: what every `src/extractors/<kind>/index.ts`
 * exports, and what the rule catalog reads.
 * @example
 * export const defaultDatesExtractor = defineExtractor({ kind: 'dates', rules: () => DATE_RULES, create: () => ... });
 */
export function defineExtractor(def: ExtractorDefinition): EntityExtractorFactory {
  const factory = (env: Env): EntityExtractor => def.create(env);
  return Object.assign(factory, { kind: def.kind, rules: def.rules });
}
