import type { Rule } from '../../../engine/index.js';
import { ABSOLUTE_RULES } from './absolute.js';
import { DATELINE_RULES } from './datelines.js';
import { DERIVED_RULES } from './derived.js';
import { DURATION_RULES } from './durations.js';
import { PARTIAL_RULES } from './partial.js';
import { RANGE_RULES } from './ranges.js';
import { RELATIVE_RULES } from './relative.js';
import type { DateParse } from '../types.js';

export type { DateParse } from '../types.js';

/** Every date rule, in declaration order (ties between equally long matches go to the higher priority, then the earlier rule). */
export const DATE_RULES: readonly Rule<DateParse>[] = [
  ...ABSOLUTE_RULES,
  ...RANGE_RULES,
  ...PARTIAL_RULES,
  ...RELATIVE_RULES,
  ...DURATION_RULES,
  ...DERIVED_RULES,
  ...DATELINE_RULES,
];
