import { RuleSet, type Rule } from '../../engine/index.js';
import { defineExtractor } from '../../pipeline/define.js';
import type { EntityExtractor, EntityExtractorFactory, Env } from '../../pipeline/types.js';
import type { EntityDraft } from '../../result/schema.js';
import { positionLexicon } from './lexicon.js';
import { positionRulesFor } from './rules/index.js';
import type { PositionValue } from './value.js';

export type { PositionValue } from './value.js';
export { positionLexicon, type PositionLexicon } from './lexicon.js';

/** The positions rules for a morphology (they need it to build their gazetteers). */
export function positionRules(env: Pick<Env, 'morph' | 'segment'>): Rule<PositionValue>[] {
  return positionRulesFor(positionLexicon(env));
}

/**
 * Positions: offices, occupations and titles ("министр труда и занятости населения Владимирской
 * области", "главного тренера «Спартака»", "врио губернатора", "актриса"), with the office in the
 * nominative, what it is an office of, the region that names, and acting/former flags.
 */
export const defaultPositionsExtractor: EntityExtractorFactory = defineExtractor({
  kind: 'positions',
  rules: positionRules,
  create: createPositions,
});

function createPositions(env: Env): EntityExtractor {
  const rules = new RuleSet(positionRules(env));
  return {
    name: 'positions',
    extract(run) {
      const out: EntityDraft[] = [];
      for (const m of rules.findAll(run.doc)) {
        out.push({ type: 'position', start: m.start, end: m.end, text: m.text, rule: m.rule.id, ...m.value });
      }
      return out;
    },
  };
}
