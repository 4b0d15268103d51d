/** Quotation marks and what stands between them. */
import type { DocContext, SpanMatcher } from '../engine/index.js';

export const QUOTE_OPEN = new Set(['«', '"', '“', '„', "'"]);
export const QUOTE_CLOSE = new Set(['»', '"', '”', '“', "'"]);

/** The name fills a pair of quotes by itself: «Барселона», «Тула» name a club, a cinema, a TV channel. */
export function quotedAlone(ctx: DocContext, from: number, to: number): boolean {
  const a = ctx.tokens[from - 1];
  const b = ctx.tokens[to];
  return !!a && !!b && QUOTE_OPEN.has(a.text) && QUOTE_CLOSE.has(b.text);
}

const PAIRS: Readonly<Record<string, string>> = { '«': '»', '„': '“', '“': '”', '"': '"' };

/**
 * A name in quotes, from the opening quote to its matching closing one, on one line and at most
 * 40 tokens: «Человек труда», «За заслуги перед Отечеством», «Лучший кадровый центр». Shared by
 * the kinds that name things in quotes (projects, contests, awards, nominations).
 */
export const quotedName: SpanMatcher<null> = {
  description: 'quoted-name',
  start: { by: 'lemma', values: Object.keys(PAIRS) },
  matchAt(ctx, i) {
    const first = ctx.tokens[i];
    if (!first || !(first.text in PAIRS)) return [];
    const next = ctx.tokens[i + 1];
    if (!next || !/^[\p{Lu}\d]/u.test(next.text)) return [];
    const stack: string[] = [PAIRS[first.text]!];
    const last = Math.min(ctx.tokens.length, i + 40);
    for (let k = i + 1; k < last; k++) {
      const t = ctx.tokens[k]!;
      if (/[\n\r]/u.test(ctx.text.slice(ctx.tokens[k - 1]!.end, t.start))) return [];
      if (t.text === stack[stack.length - 1]) {
        stack.pop();
        if (!stack.length) return k - i >= 2 ? [{ end: k + 1, value: null }] : [];
      } else if (t.text in PAIRS) stack.push(PAIRS[t.text]!);
      else if (t.text === '»' || t.text === '”') return [];
    }
    return [];
  },
};
