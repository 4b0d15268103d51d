import type { Rule } from '../../../engine/index.js';
import type { EventProposal } from '../parts.js';
import { CONTEST_RULES } from './contests.js';
import { PROJECT_RULES } from './projects.js';

/** Every event rule, in declaration order. */
export const EVENT_RULES: readonly Rule<EventProposal>[] = [...PROJECT_RULES, ...CONTEST_RULES];
