import type { Rule } from '../../../engine/index.js';
import type { PersonProposal } from '../proposal.js';
import { eponymRule } from './eponym.js';
import { FOREIGN_RULES } from './foreign.js';
import { FULL_RULES } from './full.js';
import { INITIALS_RULES } from './initials.js';
import { SINGLE_RULES } from './single.js';

/** Every person rule. Longer matches win; one-word rules only where no longer name starts. */
export const PERSON_RULES: readonly Rule<PersonProposal>[] = [
  ...FULL_RULES,
  ...INITIALS_RULES,
  ...FOREIGN_RULES,
  ...SINGLE_RULES,
  eponymRule,
];
