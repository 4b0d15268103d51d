import type { Rule } from './engine/rule.js';
import { DATE_RULES } from './extractors/dates/rules.js';

/**
 * Every built-in rule, by extractor. The tests run each rule's examples through the engine and
 * generate `docs/forms.md` from them, so the list of covered forms cannot drift from the rules.
 */
export const RULE_CATALOG: Readonly<Record<string, readonly Rule<unknown>[]>> = {
  dates: DATE_RULES as readonly Rule<unknown>[],
};
