import type { Rule } from '../../../engine/index.js';
import type { OrgGazetteers } from '../gazetteers.js';
import type { OrgProposal } from '../proposal.js';
import { bodyRules } from './bodies.js';
import { branchRules } from './branches.js';
import { crewRules } from './crews.js';
import { knownRules } from './known.js';
import { quotedRules } from './quoted.js';

/** Every organisation rule, built on the organisation gazetteers. */
export function orgRulesFor(g: OrgGazetteers): Rule<OrgProposal[]>[] {
  return [...knownRules(g), ...bodyRules(g), ...quotedRules(g), ...branchRules(g), ...crewRules()];
}
