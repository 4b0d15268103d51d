import type { Rule } from '../../../engine/index.js';
import type { PositionLexicon } from '../lexicon.js';
import type { PositionValue } from '../value.js';
import { adjectiveRules, officeRules } from './offices.js';

/** Every positions rule, built on the compiled lexicon. */
export function positionRulesFor(lex: PositionLexicon): Rule<PositionValue>[] {
  return [...officeRules(lex), ...adjectiveRules(lex)];
}
