/**
 * Agreement inside a noun phrase, read off the text: does a multi-word name agree with itself,
 * which noun does an adjective modify.
 */
import type { DocContext } from '../engine/index.js';
import type { Parse } from '../morph/types.js';
import { isWord } from './names.js';

/**
 * The multi-word name at `[from, to)` agrees: its leading modifiers and head noun share case and
 * number, and gender in the singular ("Нижнем Новгороде", not "Нижний Новгорода").
 */
export function headAgrees(ctx: DocContext, from: number, to: number): boolean {
  const group: (readonly Parse[])[] = [];
  for (let i = from; i < to; i++) {
    if (!isWord(ctx, i)) break;
    const ps = ctx.parses(i);
    group.push(ps);
    const modifier = ps.some((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
    if (!modifier || i + 1 >= to || !isWord(ctx, i + 1)) break;
  }
  if (group.length < 2) return true;
  const head = group[group.length - 1]!;
  const mods = group.slice(0, -1);
  return head.some((h) =>
    mods.every((ps) =>
      ps.some((p) => {
        if ((p.pos !== 'ADJF' && p.pos !== 'PRTF') || (h.case && p.case && h.case !== p.case)) return false;
        if (h.number && p.number && h.number !== p.number && !h.grammemes.has('Pltm')) return false;
        const plural = (h.number ?? p.number) === 'plur';
        return plural || !h.gender || !p.gender || h.gender === p.gender || h.gender === 'ms-f';
      }),
    ),
  );
}

/**
 * The noun that the adjective at `from` modifies: the next word, or the one after another agreeing
 * adjective ("в Знаменском синодальном соборе"); its readings that agree, or null.
 */
export function modifiedNoun(ctx: DocContext, from: number): { index: number; readings: Parse[] } | null {
  const to = from + 1;
  const next = ctx.tokens[to];
  if (!next || next.kind !== 'word' || next.text.length < 2) return null;
  const adj = ctx.parses(from).filter((p) => p.pos === 'ADJF' && !p.grammemes.has('Abbr'));
  if (!adj.length) return null;
  const agrees = (n: Parse): boolean =>
    adj.some((a) => a.case === n.case && a.number === n.number && (a.number === 'plur' || a.gender === n.gender));
  const nouns = (i: number): Parse[] =>
    ctx.parses(i).filter((n) => n.pos === 'NOUN' && !n.grammemes.has('Abbr') && agrees(n));
  const first = nouns(to);
  if (first.length) return { index: to, readings: first };
  const after = ctx.tokens[to + 1];
  if (!after || after.kind !== 'word' || !ctx.parses(to).some((n) => n.pos === 'ADJF' && agrees(n))) return null;
  const second = nouns(to + 1);
  return second.length ? { index: to + 1, readings: second } : null;
}

/** An adjective-like name right before a noun it agrees with is a modifier: "Белого дома", "Мирный договор". */
export const modifiesNext = (ctx: DocContext, from: number, to: number): boolean =>
  to - from === 1 && modifiedNoun(ctx, from) !== null;
