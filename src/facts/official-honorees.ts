/**
 * The name an organisation bears after its office, then the holder's name: "[актриса МХТ] им.
 * А. П. Чехова [Наталья Рогожкина]", "[начальник академии] имени Г. Жукова генерал-лейтенант
 * [Хаджибикар Укуров]". The name after "им." is the organisation's, so the pairing looks past it.
 */
import type { DocContext } from '../engine/index.js';
import { bridge, size, type Cover, type GapView } from './official-gaps.js';
import { extend } from '../engine/objects.js';

const NAMED_AFTER = new Set(['им', 'имени']);

/** Index after "им." / "имени" at `i`, or -1. */
export function afterNamedFor(ctx: DocContext, i: number): number {
  if (!NAMED_AFTER.has(ctx.folded(i))) return -1;
  return ctx.tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
}

/** The person at `i` is the honoree of an organisation: "им. [А. П. Чехова]", "имени шейха [Мансура]". */
export function honoree(ctx: DocContext, cover: readonly Cover[], i: number): boolean {
  let k = i;
  while (k > 0 && cover[k - 1] === 'person') k--;
  for (let back = 1; back <= 3 && k - back >= 0; back++) {
    const at = afterNamedFor(ctx, k - back);
    if (at < 0) continue;
    // only lower-case title words between: "имени [шейха] Мансура"
    for (let j = at; j < k; j++) if (!/^\p{Ll}+$/u.test(ctx.tokens[j]!.text)) return false;
    return true;
  }
  return false;
}

/**
 * The gap opens with "им." or "имени", the honoree (a person, maybe after a title word), then
 * only what may stand before a holder's name: a rank, an age, a nationality ("чеченец").
 */
export function honoreeGap(g: GapView): boolean {
  const at = afterNamedFor(g.ctx, g.from);
  if (at < 0) return false;
  let i = at;
  while (i < g.to && g.cover(i) !== 'person' && /^\p{Ll}+$/u.test(g.ctx.tokens[i]!.text)) i++;
  if (i >= g.to || g.cover(i) !== 'person') return false;
  while (i < g.to && g.cover(i) === 'person') i++;
  const rest: GapView = extend(g, { from: i, cover: (k: number) => g.cover(k) });
  return size(rest) === 0 || bridge(rest, false);
}
