import type { Rule } from '../../../engine/index.js';
import type { LawProposal } from '../interpret.js';
import { ACT_RULES } from './acts.js';
import { codeRules, type LawGazetteers } from './codes.js';
import { referenceRules } from './references.js';

export { lawGazetteers, type LawGazetteers } from './codes.js';
export { CONTEXT_CHECKS } from './acts.js';

/** Every law rule, built on the code gazetteers (which need the morphology). */
export function lawRulesFor(g: LawGazetteers): Rule<LawProposal>[] {
  return [...referenceRules(g), ...codeRules(g), ...ACT_RULES];
}
