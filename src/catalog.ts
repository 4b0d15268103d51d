import type { Rule } from './engine/rule.js';
import { DATE_RULES } from './extractors/dates/rules.js';
import { ORDINAL_RULES } from './extractors/numbers/ordinal-rules.js';
import { NUMBER_RULES } from './extractors/numbers/rules.js';
import { geoRules } from './extractors/geo/index.js';
import { lawRules } from './extractors/laws/index.js';
import { createMorphSync } from './morph/index.js';
import { segment } from './segment/index.js';

/**
 * Every built-in rule, by extractor. The tests run each rule's examples through the engine and
 * generate `docs/forms.md` from them, so the list of covered forms cannot drift from the rules.
 */
export const RULE_CATALOG: Readonly<Record<string, readonly Rule<unknown>[]>> = {
  dates: DATE_RULES as readonly Rule<unknown>[],
  numbers: [...NUMBER_RULES, ...ORDINAL_RULES] as readonly Rule<unknown>[],
  // Geography rules stand on gazetteers, which need the morphology: built on first access.
  get geo(): readonly Rule<unknown>[] {
    return geoRules({ morph: createMorphSync(), segment }) as readonly Rule<unknown>[];
  },
  get laws(): readonly Rule<unknown>[] {
    return lawRules({ morph: createMorphSync(), segment }) as readonly Rule<unknown>[];
  },
};
