import type { TokenKind } from './types.js';

// Token kinds as small integers while scanning; names are attached when tokens are built.
export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_DATE = 2;
export const K_ROMAN = 3;
export const K_PUNCT = 4;
export const K_SYMBOL = 5;
export const K_URL = 6;
export const K_EMAIL = 7;
export const K_OTHER = 8;

export const KIND_NAMES: readonly TokenKind[] = [
  'word',
  'number',
  'date',
  'roman',
  'punct',
  'symbol',
  'url',
  'email',
  'other',
];

/** Where a scanned token ends and what it is; one object is reused across calls. */
export interface Span {
  end: number;
  kind: number;
}
