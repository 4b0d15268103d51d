/** Quotation marks and what stands between them. */
import type { DocContext } from '../engine/index.js';

export const QUOTE_OPEN = new Set(['«', '"', '“', '„', "'"]);
export const QUOTE_CLOSE = new Set(['»', '"', '”', '“', "'"]);

/** The name fills a pair of quotes by itself: «Барселона», «Тула» name a club, a cinema, a TV channel. */
export function quotedAlone(ctx: DocContext, from: number, to: number): boolean {
  const a = ctx.tokens[from - 1];
  const b = ctx.tokens[to];
  return !!a && !!b && QUOTE_OPEN.has(a.text) && QUOTE_CLOSE.has(b.text);
}
