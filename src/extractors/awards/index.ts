import { RuleSet } from '../../engine/index.js';
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory } from '../../pipeline/types.js';
import type { EntityDraft } from '../../result/schema.js';
import { AWARD_RULES, CONTEXT_CHECKS } from './rules/index.js';

export type { AwardProposal, AwardKind } from './parts.js';

/**
 * Awards: places and medals in contests ("серебряным призёром", "второе место"), state orders
 * and medals with their degree, honorary titles, prizes and grants, certificates of honour.
 */
export const defaultAwardsExtractor: EntityExtractorFactory = defineExtractor({
  kind: 'awards',
  rules: () => AWARD_RULES,
  create: (env): EntityExtractor => {
    const rules = new RuleSet(AWARD_RULES, { morph: env.morph, segment: env.segment });
    return {
      name: 'awards',
      extract(run) {
        const out: EntityDraft[] = [];
        for (const m of rules.findAll(run.doc)) {
          if (!(CONTEXT_CHECKS[m.rule.id]?.(run.doc, m.from, m.to, m.value) ?? true)) continue;
          out.push({ start: m.start, end: m.end, text: m.text, rule: m.rule.id, type: 'award', ...m.value });
        }
        return out;
      },
    };
  },
});
