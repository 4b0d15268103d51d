/**
 * Pairs of quotation marks within a paragraph, nested ones included: «Лучшая команда кадрового
 * центра «Работа России»». One left-to-right pass with a stack per paragraph, so unbalanced marks
 * cost nothing extra and never reach past a line break.
 */
import type { DocContext } from '../engine/index.js';

export interface QuotePair {
  /** Token indices of the opening and the closing mark. */
  readonly open: number;
  readonly close: number;
  /** 0 for a pair that no other pair encloses. */
  readonly depth: number;
}

/** Closing mark -> the opening marks it closes. */
const CLOSES: Readonly<Record<string, readonly string[]>> = { '»': ['«'], '“': ['„'], '”': ['“'], '"': ['"'] };
const OPENS = new Set(['«', '„', '“', '"']);

/**
 * All pairs, in order of their opening marks. `speechEnd(i)` tells that the closing mark at `i`
 * ends reported speech ("», – подчеркнул"): it then closes every mark still open, so an unclosed
 * inner quote (a title without its »") does not swallow the speech.
 */
export function quotePairs(ctx: DocContext, speechEnd: (close: number) => boolean): QuotePair[] {
  const out: QuotePair[] = [];
  const stack: number[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.newlineBefore) stack.length = 0;
    if (t.kind !== 'punct') continue;
    const top = stack.length ? toks[stack[stack.length - 1]!]!.text : null;
    const closes = CLOSES[t.text];
    if (closes && top !== null && closes.includes(top)) {
      if (speechEnd(i)) {
        out.push({ open: stack[0]!, close: i, depth: 0 });
        stack.length = 0;
      } else {
        const open = stack.pop()!;
        out.push({ open, close: i, depth: stack.length });
      }
    } else if (OPENS.has(t.text)) stack.push(i);
  }
  return out.sort((a, b) => a.open - b.open);
}
