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
  /**
   * A series of figures in one match (`rules/series.ts`): "1,0 – 2,0 – 3,0 %" (three variants),
   * "2014 - 1 человек; 2015 - 2 ч." (one figure per year). Each member is its own entity.
   */
  readonly members?: readonly SeriesMember[];
}

/** One figure of a series: its tokens `[from, to)` (the sign or measure of the last one included), kind and value. */
export interface SeriesMember {
  readonly from: number;
  readonly to: number;
  readonly kind: 'number' | 'percent' | 'money';
  readonly value: number;
  /** ISO 4217 code (money). */
  readonly currency?: string;
  /** A unit of measure written after it ("МВт"), as its lemma or surface. */
  readonly measure?: string;
}

/** What an ordinal rule yields. */
export interface OrdinalParse {
  readonly value: number;
  /** Token of the number itself when the match includes its label ("статьи 148"). */
  readonly index?: number;
}
