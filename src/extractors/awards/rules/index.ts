import type { Rule } from '../../../engine/index.js';
import type { AwardProposal, ContextCheck } from '../parts.js';
import { MEDAL_CONTEXT, MEDAL_RULES } from './medals.js';
import { PRIZE_CONTEXT, PRIZE_RULES } from './prizes.js';
import { STATE_RULES } from './state.js';
import { extend } from '../../../engine/objects.js';

/** Every award rule, in declaration order. */
export const AWARD_RULES: readonly Rule<AwardProposal>[] = [...MEDAL_RULES, ...STATE_RULES, ...PRIZE_RULES];

/** The checks on the words around a match, by rule id. */
export const CONTEXT_CHECKS: Readonly<Record<string, ContextCheck>> = extend(MEDAL_CONTEXT, PRIZE_CONTEXT);
