/**
 * Quotes: reported speech with its speaker and verb. Direct speech is a top-level pair of
 * quotation marks (`quote-marks.ts`) framed by a speech verb ("«...», – подчеркнул министр ...",
 * "заявил X: «...»"), or a paragraph that opens with a dash ("— ..., — сказал он."); indirect
 * speech follows "по словам X,", "как отметил X,", "X сообщил, что". The speaker is the person,
 * else the position or organisation, that the verb's phrase names.
 */
import type { DocContext } from '../engine/index.js';
import type { FactBuilder } from '../pipeline/types.js';
import type { Quote } from '../result/schema.js';
import { quotePairs } from './quote-marks.js';
import { tokenTo } from './spans.js';
import { findSpeaker, speechVerb, type Speakers, createSpeakers } from './speakers.js';
import { partitionPoint } from '../engine/search.js';
import { extend } from '../engine/objects.js';

const DASHES = new Set(['—', '–', '-', '‒', '―']);
const FINAL = new Set(['.', '!', '?', '…', ';']);
/** How far a frame's parts may stand from each other, in tokens. */
const REACH = 10;

const textAt = (ctx: DocContext, i: number): string => ctx.tokens[i]?.text ?? '';
const isDash = (ctx: DocContext, i: number): boolean => DASHES.has(textAt(ctx, i));

/** The speech verb after a closing mark or a dialogue dash: "», – подчеркнул", "! — сказал"; its index or -1. */
function verbAfterEnd(ctx: DocContext, i: number): number {
  let j = i + 1;
  if (/^[,!?.…]$/.test(textAt(ctx, j))) j++;
  if (!isDash(ctx, j)) return -1;
  j++;
  if (ctx.tokens[j]?.newlineBefore) return -1;
  return speechVerb(ctx, j) ? j : speechVerb(ctx, j + 1) ? j + 1 : -1;
}

/** The quote from token `from` to token `to` (exclusive), trimmed of edge punctuation. */
function spanQuote(ctx: DocContext, from: number, to: number): { start: number; end: number; text: string } | null {
  while (to > from && (FINAL.has(textAt(ctx, to - 1)) || textAt(ctx, to - 1) === ',')) to--;
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  if (!a || !b || to <= from) return null;
  return { start: a.start, end: b.end, text: ctx.text.slice(a.start, b.end) };
}

/** Index one past the last token of token `i`'s sentence, or of its line when the sentence runs on past a line break. */
function sentenceEnd(ctx: DocContext, i: number): number {
  const s = ctx.seg.sentences[ctx.tokens[i]?.sentence ?? -1];
  const end = s ? s.tokenEnd : ctx.tokens.length;
  for (let j = i + 1; j < end; j++) if (ctx.tokens[j]!.newlineBefore) return j;
  return end;
}

/** Past an apposition after the speaker: "по словам X, [генерального секретаря профсоюза], ..." -> the second comma. */
function pastApposition(ctx: DocContext, sp: Speakers, comma: number): number {
  for (const e of sp.startAt.get(comma + 1) ?? []) {
    if (e.type === 'person') continue;
    const after = tokenTo(ctx, e.end);
    if (textAt(ctx, after) === ',') return after;
  }
  return comma;
}

function direct(ctx: DocContext, sp: Speakers, out: Quote[]): void {
  for (const p of quotePairs(ctx, (c) => verbAfterEnd(ctx, c) >= 0)) {
    if (p.depth > 0 || p.close - p.open < 3) continue;
    const span = spanQuote(ctx, p.open + 1, p.close);
    if (!span) continue;
    const after = verbAfterEnd(ctx, p.close);
    if (after >= 0) {
      out.push(
        extend(span, { kind: 'direct', verb: speechVerb(ctx, after), speaker: findSpeaker(ctx, sp, after, 'after') }),
      );
      continue;
    }
    // "заявил министр X: «...»", "X подчеркнул: «...»"
    if (textAt(ctx, p.open - 1) !== ':') continue;
    for (let v = p.open - 2; v >= 0 && v >= p.open - REACH; v--) {
      if (ctx.tokens[v + 1]?.newlineBefore || FINAL.has(textAt(ctx, v))) break;
      const verb = speechVerb(ctx, v);
      if (!verb) continue;
      out.push(
        extend(span, {
          kind: 'direct',
          verb,
          speaker: findSpeaker(ctx, sp, v, 'after') ?? findSpeaker(ctx, sp, v, 'before'),
        }),
      );
      break;
    }
  }
}

/** "— Мы готовы, — сказал он." A paragraph that opens with a dash, up to the dash before a speech verb. */
function dialogue(ctx: DocContext, sp: Speakers, out: Quote[]): void {
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!(toks[i]!.newlineBefore || i === 0) || !isDash(ctx, i)) continue;
    for (let j = i + 2; j < toks.length && !toks[j]!.newlineBefore; j++) {
      if (!isDash(ctx, j)) continue;
      const verb = speechVerb(ctx, j + 1) ? j + 1 : -1;
      if (verb < 0) continue;
      const span = spanQuote(ctx, i + 1, j);
      if (span)
        out.push(
          extend(span, { kind: 'direct', verb: speechVerb(ctx, verb), speaker: findSpeaker(ctx, sp, verb, 'after') }),
        );
      break;
    }
  }
}

/** The comma that closes an introducing phrase within reach: "по словам министра ..., " -> its index or -1. */
function commaAfter(ctx: DocContext, from: number): number {
  for (let j = from; j < ctx.tokens.length && j < from + REACH; j++) {
    const t = textAt(ctx, j);
    if (t === ',') return j;
    if (FINAL.has(t) || ctx.tokens[j]!.newlineBefore) return -1;
  }
  return -1;
}

function indirect(ctx: DocContext, sp: Speakers, out: Quote[]): void {
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    const w = ctx.folded(i);
    let verb: string | null = null;
    if (w === 'по') verb = ctx.parses(i + 1).find((p) => sp.nouns.has(p.lemma))?.lemma ?? null;
    else if (w === 'как') verb = speechVerb(ctx, i + 1);
    else if (w === 'что' && textAt(ctx, i - 1) === ',') {
      thatClause(ctx, sp, i, out);
      continue;
    }
    if (!verb) continue;
    let comma = commaAfter(ctx, i + 2);
    if (comma >= 0) comma = pastApposition(ctx, sp, comma);
    const span = comma >= 0 ? spanQuote(ctx, comma + 1, sentenceEnd(ctx, comma)) : null;
    if (span) out.push(extend(span, { kind: 'indirect', verb, speaker: findSpeaker(ctx, sp, i + 1, 'after') }));
  }
}

/** "X сообщил, что ...", "сообщил министр X, что ...": a speech verb shortly before ", что". */
function thatClause(ctx: DocContext, sp: Speakers, that: number, out: Quote[]): void {
  for (let v = that - 2; v >= 0 && v >= that - REACH; v--) {
    if (FINAL.has(textAt(ctx, v)) || textAt(ctx, v) === ',' || ctx.tokens[v + 1]?.newlineBefore) return;
    const verb = speechVerb(ctx, v);
    if (!verb) continue;
    const span = spanQuote(ctx, that + 1, sentenceEnd(ctx, that));
    if (span)
      out.push(
        extend(span, {
          kind: 'indirect',
          verb,
          speaker: findSpeaker(ctx, sp, v, 'before') ?? findSpeaker(ctx, sp, v, 'after'),
        }),
      );
    return;
  }
}

/** `q` overlaps one of `sorted` (sorted by start; direct quotes do not overlap each other). */
function overlapsAny(sorted: readonly Quote[], q: Quote): boolean {
  const d = sorted[partitionPoint(sorted.length, (k) => sorted[k]!.end <= q.start)];
  return !!d && d.start < q.end;
}

export const quotesFacts: FactBuilder = {
  name: 'quotes',
  build(entities, facts, run) {
    const ctx = run.doc;
    const sp = createSpeakers(ctx, entities, facts);
    const found: Quote[] = [];
    direct(ctx, sp, found);
    dialogue(ctx, sp, found);
    const directs = found.sort((a, b) => a.start - b.start);
    const indirects: Quote[] = [];
    indirect(ctx, sp, indirects);
    // an indirect frame around a direct quote ("сообщил, что «...»") adds nothing
    const all = [...directs, ...indirects.filter((q) => !overlapsAny(directs, q))].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
    facts.quotes = all.filter((q, k) => k === 0 || q.start !== all[k - 1]!.start || q.end !== all[k - 1]!.end);
  },
};
