/**
 * Numbers of official documents that are not quantities: the items of a labelled list ("таблицах
 * 1, 2, 5 и 6", "пункты 19 и 20"), registry codes ("ОКТМО 87612101"), postcodes ("169200, г.
 * Емва"), phone numbers ("8(82130)7-11-24"), list markers and clause numbers written with spaces
 * ("⏎2 . Создание", "\" 24 . Условием", "1.2.; 1.3; 1.4"), the parts of a programme ("основное
 * мероприятие 2.1") and a scale abbreviation standing alone ("тыс., м3"). Planning documents
 * (the RuREBus texts) are full of them.
 */
import type { DocContext, MatchView } from '../../engine/index.js';
import { inPhone, lexiconLemmas, likely } from '../../context/index.js';
import { SCALE_ABBREVIATIONS } from '../../lexicon/numerals.js';
import { CODE_NAMES, PART_NOUNS } from '../../lexicon/official.js';
import { isLabelled } from './context.js';

const CODES = new Set(CODE_NAMES);
/** What joins the items of a list of numbers: "1, 2 и 5", "16 , 20 - 22", "1.2 ; 1.3". */
const JOINERS = new Set([',', ';', 'и', 'или', '-', '–', '—']);
const textAt = (ctx: DocContext, i: number): string => ctx.tokens[i]?.text ?? '';
/** A number as lists of parts write it: "5", "5а", "2.1", "4.1.7". */
const ITEM = /^\d{1,4}(?:[.,]\d{1,3})*[а-я]?$/u;
const isItem = (ctx: DocContext, i: number): boolean =>
  (ctx.tokens[i]?.kind === 'number' || ctx.tokens[i]?.kind === 'other') && ITEM.test(textAt(ctx, i));

/**
 * "таблицах 1, 2, 5 и 6", "пунктами 16 , 20 - 22": a number in a list whose first item is
 * labelled. Walks back over items and their joiners to the first one.
 */
function inLabelledList(ctx: DocContext, from: number): boolean {
  let i = from;
  for (let k = 0; k < 8; k++) {
    const j = ctx.tokens[i - 1];
    if (!j) return false;
    const f = ctx.folded(i - 1);
    if (!JOINERS.has(f)) return false;
    if (!isItem(ctx, i - 2)) return false;
    i -= 2;
    if (isLabelled(ctx, i, i + 1) || partNounBefore(ctx, i)) return true;
  }
  return false;
}

/** "основное мероприятие 2.1", "подраздела 3": a noun that numbers the parts of a programme. */
function partNounBefore(ctx: DocContext, i: number): boolean {
  const b = i - 1;
  return (
    ctx.tokens[b]?.kind === 'word' &&
    likely(ctx, b).some((p) => p.pos === 'NOUN' && lexiconLemmas(ctx.morph, PART_NOUNS).has(p.lemma))
  );
}

/** "ОКТМО 87612101", "ИНН: 1101234567", "КБК – 901...": an identifier. */
function codeBefore(ctx: DocContext, from: number): boolean {
  let b = from - 1;
  if (/^[:–—-]$/.test(textAt(ctx, b))) b--;
  return CODES.has(textAt(ctx, b));
}

/** "169200, Республика Коми", "адрес: 169200": a postcode. */
function postcode(ctx: DocContext, from: number, to: number): boolean {
  if (to - from !== 1 || !/^[1-6]\d{5}$/.test(textAt(ctx, from))) return false;
  if (/^(?:адрес|индекс)$/u.test(ctx.folded(from - 1)) || ctx.folded(from - 2) === 'адрес') return true;
  const next = ctx.tokens[from + 2];
  return textAt(ctx, from + 1) === ',' && next?.kind === 'word' && /^\p{Lu}|^(?:г|ул|пос|пгт|с|д)$/u.test(next.text);
}

/**
 * "⏎2 . Создание", "⏎5 ) .", "\" 24 . Условием", "« 3 .": a list marker or a restated clause
 * number, written with spaces, at the start of a line or of a quotation that starts one.
 */
function spacedMarker(ctx: DocContext, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const t = ctx.tokens[from];
  const after = textAt(ctx, to);
  if (!t || (after !== '.' && after !== ')')) return false;
  const next = ctx.tokens[to + 1];
  if (after === '.' && next && !next.newlineBefore && !/^\p{Lu}/u.test(next.text)) return false;
  if (t.newlineBefore || t.index === 0) return true;
  const q = ctx.tokens[from - 1];
  return !!q && /^["«“]$/.test(q.text) && (q.newlineBefore || q.index === 0 || textAt(ctx, from - 2) === ':');
}

/** "1.2.; 1.3; 1.4; 2.1": section numbers listed one after another. */
function sectionList(ctx: DocContext, from: number, to: number): boolean {
  if (to - from !== 1 || !/^\d+\.\d+$/.test(textAt(ctx, from))) return false;
  const sibling = (i: number, step: 1 | -1): boolean => {
    let j = i + step;
    if (textAt(ctx, j) === '.') j += step;
    if (!JOINERS.has(ctx.folded(j))) return false;
    j += step;
    if (textAt(ctx, j) === '.' && step < 0) j--;
    return /^\d+\.\d+$/.test(textAt(ctx, j));
  };
  return sibling(from, 1) || sibling(from, -1);
}

/** "тыс., м3": a scale abbreviation with no number before it. */
function bareScale(m: MatchView): boolean {
  const a = m.part('a');
  if (!a) return false;
  for (let i = a.from; i < a.to; i++) {
    const t = m.ctx.tokens[i];
    if (t && t.text !== '.' && SCALE_ABBREVIATIONS[m.ctx.folded(i)] === undefined) return false;
  }
  return true;
}

/** Whether a matched figure is one of the numbers of official documents that are not quantities. */
export function officialNumber(m: MatchView): boolean {
  const { ctx } = m;
  const first = m.part('a')?.from ?? m.from;
  return (
    bareScale(m) ||
    inPhone(ctx, first) ||
    codeBefore(ctx, first) ||
    postcode(ctx, first, m.to) ||
    inLabelledList(ctx, first) ||
    partNounBefore(ctx, first) ||
    spacedMarker(ctx, m.from, m.to) ||
    sectionList(ctx, m.from, m.to)
  );
}
