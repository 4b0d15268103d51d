import type { Rule } from '../../../engine/index.js';
import type { GeoGazetteers } from '../gazetteers.js';
import type { GeoProposal } from '../proposal.js';
import { adjectiveRules } from './adjectives.js';
import { districtRules } from './districts.js';
import { markerRules } from './markers.js';
import { listRules } from './lists.js';
import { nameRules } from './names.js';

/** Every geography rule, built on the gazetteers (which need the morphology). */
export function geoRulesFor(g: GeoGazetteers): Rule<GeoProposal[]>[] {
  return [...nameRules(g), ...listRules(g), ...markerRules(g), ...districtRules(g), ...adjectiveRules(g)];
}
