import { RuleSet, type Rule } from '../engine/index.js';
import type { EntityDraft } from '../result/schema.js';
import type { ExtractorFactory } from './types.js';

/** The part of an entity a custom rule fills: everything but the span, which the match gives. */
export type RuleEntity = EntityDraft extends infer E ? (E extends EntityDraft ? Omit<E, 'start' | 'end' | 'text' | 'rule'> : never) : never;

/**
 * Turns rules whose interpretation returns an entity (type, normalized and the kind's fields)
 * into an extractor for the pipeline. Rules are built with the engine's DSL once the morphology
 * is known, so the argument is a function of the environment.
 * @example
 * const contests = createRuleExtractor('contests', () => [rule({
 *   id: 'event/nth-contest', examples: ['IV Всероссийского конкурса'],
 *   pattern: seq(tok(kind('roman')), tok(gram('ADJF')).agree(r), tok(lemma('конкурс')).agree(r)),
 *   interpret: (m) => ({ type: 'event', normalized: m.nominative(), kind: 'contest' }),
 * })]);
 * const extractor = await createExtractor({ extractors: [...defaultExtractors, contests] });
 */
export function createRuleExtractor(name: string, rules: (env: Parameters<ExtractorFactory>[0]) => readonly Rule<RuleEntity>[]): ExtractorFactory {
  return (env) => {
    const set = new RuleSet(rules(env));
    return {
      name,
      extract(run) {
        return set.findAll(run.doc).map((m) => ({ ...m.value, start: m.start, end: m.end, text: m.text, rule: m.rule.id }) as EntityDraft);
      },
    };
  };
}
