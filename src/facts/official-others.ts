/**
 * A name, or a list of names, "и других" of a class: "Поля Сезанна [и других] художников",
 * "Младич [наряду с другими] руководителями Республики", "Энистон [и двух других] актрис". The
 * office in the plural after "другой" says each name before it holds the office too.
 */
import type { DocContext } from '../engine/index.js';
import type { Cover, GapView } from './official-gaps.js';
import type { PersonEntity } from '../result/schema.js';
import type { Placed } from './spans.js';

/** Words that join the name to the class: "и", "наряду с", "как и". */
function joinEnd(g: GapView): number {
  const f = g.ctx.folded(g.from);
  if (f === 'и') return g.from + 1;
  if (f === 'наряду' && g.ctx.folded(g.from + 1) === 'с') return g.from + 2;
  return -1;
}

/** The gap is "и" / "наряду с", maybe a numeral or adjective, then "другой" or "прочий" in the plural, maybe adjectives. */
export function othersOfClass(g: GapView): boolean {
  let i = joinEnd(g);
  if (i < 0) return false;
  const other = (k: number): boolean =>
    g.ctx.parses(k).some((p) => (p.lemma === 'другой' || p.lemma === 'прочий') && p.number === 'plur');
  // "двух других", "многих других"
  if (i < g.to && !other(i) && g.ctx.parses(i).some((p) => p.pos === 'NUMR' || p.pos === 'ADJF')) i++;
  if (i >= g.to || !other(i)) return false;
  for (i++; i < g.to; i++) if (!g.ctx.parses(i).some((p) => p.pos === 'ADJF' && p.number === 'plur')) return false;
  return true;
}

/** Longest list read back from the name before "и других". */
const MAX_LIST = 16;

/**
 * The names of the list that ends at `person`, from the one before it back: "Пикассо, Дали, Ван
 * Гога, ..., Поля Сезанна и других художников". A name's parenthesis is read past ("Цукербергом (Mark Zuckerberg)").
 */
export function listBefore(
  ctx: DocContext,
  cover: readonly Cover[],
  byTo: ReadonlyMap<number, Placed<PersonEntity>>,
  person: Placed<PersonEntity>,
): Placed<PersonEntity>[] {
  const out: Placed<PersonEntity>[] = [];
  let cur = person;
  for (let n = 0; n < MAX_LIST; n++) {
    const sep = ctx.tokens[cur.from - 1]?.text;
    if ((sep !== ',' && sep !== 'и') || ctx.tokens[cur.from]?.newlineBefore) break;
    let end = cur.from - 1;
    if (ctx.tokens[end - 1]?.text === ')') {
      let open = end - 2;
      while (open > end - 8 && open > 0 && ctx.tokens[open]!.text !== '(') open--;
      if (ctx.tokens[open]?.text !== '(') break;
      end = open;
    }
    const prev = byTo.get(end);
    if (!prev || cover[end - 1] !== 'person') break;
    out.push(prev);
    cur = prev;
  }
  return out;
}
