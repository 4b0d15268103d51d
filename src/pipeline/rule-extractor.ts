import { RuleSet, type Rule } from '../engine/index.js';
import { EntitySchema, type EntityDraft } from '../result/schema.js';
import { defineExtractor } from './define.js';
import type { EntityExtractor, EntityExtractorFactory, Env } from './types.js';
import { extend } from '../engine/objects.js';

/** The part of an entity a custom rule fills: everything but the span, which the match gives. */
export type RuleEntity = EntityDraft extends infer E
  ? E extends EntityDraft
    ? Omit<E, 'start' | 'end' | 'text' | 'rule'>
    : never
  : never;

/**
 * Turns rules whose interpretation returns an entity (type, normalized and the kind's fields)
 * into an extractor for the pipeline. The argument is a function of the environment, for rules
 * built on the morphology; rules on gazetteer handles can be module-level constants instead.
 * @example
 * const r = gnc();
 * const contests = createRuleExtractor('contests', () => [rule<RuleEntity>({
 *   id: 'event/nth-contest', examples: ['IV Всероссийского конкурса'],
 *   pattern: seq(kind('roman'), gram('ADJF').agree(r), lemma('конкурс').agree(r)),
 *   interpret: (m) => ({ type: 'event', normalized: m.nominative(), kind: 'contest' }),
 * })]);
 * const extractor = await createExtractor({ extractors: [...defaultExtractors, contests] });
 */
export function createRuleExtractor(
  name: string,
  rules: (env: Env) => readonly Rule<RuleEntity>[],
): EntityExtractorFactory {
  const create = (env: Env): EntityExtractor => {
    // rules on gazetteer handles (`gazetteerRef`) are resolved here, for this morphology
    const set = new RuleSet(rules(env), env);
    return {
      name,
      extract(run) {
        const out: EntityDraft[] = [];
        for (const m of set.findAll(run.doc)) {
          const draft = extend(m.value, { start: m.start, end: m.end, text: m.text, rule: m.rule.id });
          // a user's interpretation is checked against the schema: a wrong shape is dropped, never
          // passed on into a document that would not validate
          if (EntitySchema.safeParse(extend(draft, { id: 'e0', sentence: 0 })).success) out.push(draft);
        }
        return out;
      },
    };
  };
  return defineExtractor({ kind: name, rules, create });
}
