import { RuleSet, type Rule } from '../../engine/index.js';
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory, Env } from '../../pipeline/types.js';
import type { EntityDraft } from '../../result/schema.js';
import type { LawProposal } from './interpret.js';
import { CONTEXT_CHECKS, lawGazetteers, lawRulesFor } from './rules/index.js';

export type { LawProposal } from './interpret.js';

/** The law rules for a morphology (the code names are a gazetteer built on it). */
export function lawRules(env: Pick<Env, 'morph' | 'segment'>): Rule<LawProposal>[] {
  return lawRulesFor(lawGazetteers(env));
}

/**
 * Legal acts: laws, decrees, resolutions, orders, codes, the constitution and treaties, with the
 * issuer, date, number and title the text gives, and the articles, parts and clauses cited
 * ("ч. 2 ст. 285 УК РФ" is one mention of the Уголовный кодекс with its reference).
 */
export const defaultLawsExtractor: EntityExtractorFactory = defineExtractor({
  kind: 'laws',
  rules: lawRules,
  create: createLaws,
});

function createLaws(env: Env): EntityExtractor {
  const rules = new RuleSet(lawRules(env));
  return {
    name: 'laws',
    extract(run) {
      const found = rules.findAll(run.doc).filter((m) => CONTEXT_CHECKS[m.rule.id]?.(run.doc, m.from, m.to) ?? true);
      return found.map((m): EntityDraft => ({
        start: m.start,
        end: m.end,
        text: m.text,
        rule: m.rule.id,
        type: 'law',
        ...m.value,
        references: [...m.value.references],
      }));
    },
  };
}
