/** What the number rules yield; the extractor turns them into entities. */
import type { Qualifier } from '../../result/schema.js';

export type FigureValue = number | { min: number; max: number };

/** What a number rule yields; the extractor turns it into an entity. */
export interface FigureParse {
  readonly kind: 'number' | 'percent' | 'money';
  readonly value: FigureValue;
  readonly qualifier: Qualifier;
  /** ISO 4217 code (money). */
  readonly currency?: string;
  /** A unit of measure inside the span ("км"), as its lemma. */
  readonly measure?: string;
  /** Written with a scale ("12 тысяч", "5 млн"): what an amount of money without its currency looks like. */
  readonly scaled?: boolean;
}

/** What an ordinal rule yields. */
export interface OrdinalParse {
  readonly value: number;
  /** Token of the number itself when the match includes its label ("статьи 148"). */
  readonly index?: number;
}
