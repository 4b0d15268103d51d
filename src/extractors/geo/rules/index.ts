import type { Rule } from '../../../engine/index.js';
import type { GeoProposal } from '../proposal.js';
import { ADJECTIVE_RULES } from './adjectives.js';
import { DISTRICT_RULES } from './districts.js';
import { FACILITY_RULES } from './facilities.js';
import { MARKER_RULES } from './markers.js';
import { LIST_RULES } from './lists.js';
import { NAME_RULES } from './names.js';
import { REGION_RULES } from './regions.js';
import { SETTLEMENT_RULES } from './settlements.js';

/**
 * Every geography rule, in the order ties are broken. They stand on gazetteer handles
 * (`../gazetteers.ts`), which a rule set resolves against its morphology when it is built.
 */
export const GEO_RULES: readonly Rule<GeoProposal[]>[] = [
  ...NAME_RULES,
  ...LIST_RULES,
  ...MARKER_RULES,
  ...DISTRICT_RULES,
  ...FACILITY_RULES,
  ...ADJECTIVE_RULES,
  ...REGION_RULES,
  ...SETTLEMENT_RULES,
];
