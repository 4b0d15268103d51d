import type { Rule } from '../../../engine/index.js';
import type { FigureParse, OrdinalParse } from '../types.js';
import { cardinal, fraction, numberRange, roundNumber } from './figures.js';
import { money, moneyEach, moneySign } from './money.js';
import { ordinalLabel, ordinalRoman, ordinalSuffix, ordinalWord } from './ordinals.js';
import { percent, percentAdjective, percentEach } from './percents.js';
import { scenarioSeries, yearSeries } from './series.js';
import { signedPercent } from './signed.js';
import { percentagePoints } from './points.js';

export type { FigureParse, FigureValue, OrdinalParse } from '../types.js';

/**
 * Numbers, percentages and money: one rule set, matched leftmost-longest, so "8,1 млн долларов"
 * is money rather than the number "8,1 млн", and "75%" a percent. Declaration order breaks ties.
 */
export const NUMBER_RULES: readonly Rule<FigureParse>[] = [
  cardinal,
  numberRange,
  roundNumber,
  fraction,
  percent,
  percentEach,
  percentAdjective,
  percentagePoints,
  money,
  moneySign,
  moneyEach,
  scenarioSeries,
  yearSeries,
  signedPercent,
];

/** Ordinals and labelled numbers: their own rule set, so the number rules never see them. */
export const ORDINAL_RULES: readonly Rule<OrdinalParse>[] = [ordinalWord, ordinalSuffix, ordinalRoman, ordinalLabel];
