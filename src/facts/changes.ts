/**
 * How a figure changed or compares, as rules over the figure entity and the words around it:
 * "рост на 40%", "на 12% выше", "с 8 до 12", "75%, что выше среднего". `changeOf` tries them
 * where the figure allows, in this order, and takes the first that holds for that figure.
 */
import {
  anyToken,
  custom,
  opt,
  punct,
  repeat,
  rule,
  seq,
  span,
  word,
  type DocContext,
  type MatchView,
  type Rule,
} from '../engine/index.js';
import type { Entity, MoneyEntity, NumberEntity, PercentEntity, Statistic } from '../result/schema.js';
import { entitySpan } from './entity-spans.js';

export type Figure = NumberEntity | PercentEntity | MoneyEntity;
export const isFigure = (e: Entity): e is Figure => e.type === 'number' || e.type === 'percent' || e.type === 'money';

type Change = NonNullable<Statistic['change']>;

/** What a change rule found: the figures it is about and the change (null when their values cannot be compared). */
export interface ChangeMatch {
  readonly figures: readonly Figure[];
  readonly change: Change | null;
}

const UP = new Set([
  'рост',
  'увеличение',
  'прирост',
  'повышение',
  'вырасти',
  'расти',
  'возрасти',
  'возрастать',
  'увеличиться',
  'увеличиваться',
  'увеличить',
  'увеличивать',
  'повыситься',
  'повышаться',
  'повысить',
  'подорожать',
  'превысить',
  'превышать',
  'больше',
  'выше',
  'прибавить',
  'нарастить',
]);
const DOWN = new Set([
  'снижение',
  'сокращение',
  'уменьшение',
  'падение',
  'спад',
  'снизиться',
  'снижаться',
  'снизить',
  'сократиться',
  'сокращаться',
  'сократить',
  'уменьшиться',
  'уменьшаться',
  'уменьшить',
  'упасть',
  'падать',
  'понизиться',
  'понижаться',
  'подешеветь',
  'потерять',
  'меньше',
  'ниже',
]);
const COMPARE: Readonly<Record<string, 'above' | 'below'>> = {
  выше: 'above',
  больше: 'above',
  ниже: 'below',
  меньше: 'below',
};

const lemmasOf = (ctx: DocContext, i: number): readonly string[] =>
  ctx.tokens[i]?.kind === 'word' ? ctx.lemmas(i) : [];
const directionAt = (ctx: DocContext, i: number): 'up' | 'down' | null => {
  const ls = lemmasOf(ctx, i);
  return ls.some((l) => UP.has(l)) ? 'up' : ls.some((l) => DOWN.has(l)) ? 'down' : null;
};
const timesAt = (ctx: DocContext, i: number): boolean => lemmasOf(ctx, i).includes('раз');
/** Index of the sentence's end token for the sentence holding token `i`. */
const sentenceEnd = (ctx: DocContext, i: number): number =>
  ctx.seg.sentences[ctx.tokens[i]?.sentence ?? 0]?.tokenEnd ?? ctx.tokens.length;

const figure = span(entitySpan('figure', isFigure));
const compareWord = word(...Object.keys(COMPARE));
const direction = custom('direction word', (ctx, i) => directionAt(ctx, i) !== null);
const times = custom('раз', timesAt);
const CONNECTORS = new Set(['и', 'а', 'но', 'что', 'который']);
const compared = custom(
  'word of what is compared',
  (ctx, i) => ctx.tokens[i]?.kind === 'word' && !CONNECTORS.has(ctx.folded(i)),
);

/** The figure part of a match and its token range. */
function figurePart(m: MatchView, name = 'figure'): { e: Figure; first: number; last: number } | null {
  const p = m.part(name);
  return p ? { e: p.value as Figure, first: p.from, last: p.to - 1 } : null;
}

/** "на 12% выше", "более чем на 40 % больше": a comparison by an amount ("на" before the figure or inside it). */
export const compareBy = rule<ChangeMatch>({
  id: 'change/compare-by',
  examples: ['на 12% выше', 'на 5 тысяч рублей меньше'],
  pattern: seq(opt(word('на').as('on')), figure.as('figure'), compareWord.as('cmp')),
  interpret: (m) => {
    const f = figurePart(m);
    const cmp = COMPARE[m.ctx.folded(m.to - 1)];
    if (!f || !cmp || (!m.has('on') && !/^(?:.*\s)?на\s/u.test(f.e.text.toLowerCase()))) return null;
    const base = baseAt(m.ctx, m.to);
    return { figures: [f.e], change: { direction: cmp, by: m.ctx.slice(m.from, f.last + 1), text: m.text, base } };
  },
});

/**
 * "рост на 40%", "увеличился более чем на 40 %", "выросла в 2 раза": a word of growth or fall at
 * most three words before the preposition ("на", or "в" with "раз"), in the figure's sentence.
 */
export const changeBy = rule<ChangeMatch>({
  id: 'change/by-amount',
  examples: ['рост на 40%', 'увеличился более чем на 40 %', 'выросла в 2 раза', 'снизилось за год на 15 %'],
  pattern: seq(direction.as('dir'), repeat(anyToken(), 0, 3), figure.as('figure'), opt(times.as('times'))),
  interpret: (m) => {
    const f = figurePart(m);
    if (!f) return null;
    const { ctx } = m;
    const inner = /(?:^|\s)(?:на|в)\s/u.test(f.e.text.toLowerCase());
    const before = ctx.folded(f.first - 1);
    const prep = inner ? f.first : before === 'на' || before === 'в' ? f.first - 1 : -1;
    const isTimes = timesAt(ctx, f.last + 1);
    if (prep < 0 || !(ctx.folded(prep) === 'на' || inner || isTimes)) return null;
    if (m.from < prep - 3 || m.from > prep - 1 || ctx.tokens[m.from]?.sentence !== ctx.tokens[f.first]?.sentence)
      return null;
    const end = isTimes ? f.last + 2 : f.last + 1;
    const d = directionAt(ctx, m.from);
    if (m.to !== end || !d) return null;
    return { figures: [f.e], change: { direction: d, by: ctx.slice(prep, end), text: m.text, base: null } };
  },
});

function valueOf(e: Figure): number | null {
  const v = e.value;
  if (typeof v === 'number') return v;
  if ('amount' in v) return v.amount;
  return null;
}

/** "с 8 до 12": the second figure is the new value, the first the old one. */
export const changeFromTo = rule<ChangeMatch>({
  id: 'change/from-to',
  examples: ['с 8 до 12', 'с 5,1 % до 4,2 %'],
  pattern: seq(word('с'), figure.as('a'), word('до'), figure.as('b')),
  interpret: (m) => {
    const a = figurePart(m, 'a')?.e;
    const b = figurePart(m, 'b')?.e;
    if (!a || !b) return null;
    const av = valueOf(a);
    const bv = valueOf(b);
    if (av === null || bv === null) return { figures: [a, b], change: null };
    return {
      figures: [a, b],
      change: {
        direction: bv > av ? 'up' : bv < av ? 'down' : 'same',
        by: null,
        text: m.ctx.text.slice(m.start, b.end),
        base: null,
      },
    };
  },
});

/** "75%, что выше среднего показателя": a comparison after the figure, with up to four words of what it is compared with. */
export const compareAfter = rule<ChangeMatch>({
  id: 'change/compare-after',
  examples: ['75%, что выше среднего', '12 %, что значительно ниже прошлогоднего уровня'],
  pattern: seq(
    figure.as('figure'),
    repeat(word(',', 'что', 'это', 'на', 'значительно', 'несколько', 'чуть'), 0, 3),
    compareWord.as('cmp'),
    opt(seq(opt(punct(',')), word('чем'))),
    repeat(compared, 0, 4),
  ),
  interpret: (m) => {
    const f = figurePart(m);
    const c = m.part('cmp');
    const cmp = c ? COMPARE[m.ctx.folded(c.from)] : undefined;
    if (!f || !c || !cmp || m.to > sentenceEnd(m.ctx, f.first)) return null;
    const base = baseAt(m.ctx, c.to);
    return { figures: [f.e], change: { direction: cmp, by: null, text: m.ctx.slice(c.from, m.to), base } };
  },
});

/**
 * "вырос до 4,7%", "снизилась в 2024 году до 2,1 %": the value a figure reached, a word of growth
 * or fall at most three words before "до" (the figure is the new value, not an upper bound).
 */
export const changeTo = rule<ChangeMatch>({
  id: 'change/to-value',
  examples: ['вырос до 4,7%', 'снизилась до 2,1 %', 'сократилось в 2024 году до 3,1 %'],
  pattern: seq(direction.as('dir'), repeat(anyToken(), 0, 3), word('до'), figure.as('figure')),
  interpret: (m) => {
    const f = figurePart(m);
    const d = directionAt(m.ctx, m.from);
    if (!f || !d || m.ctx.tokens[m.from]?.sentence !== m.ctx.tokens[f.first]?.sentence) return null;
    // "с 5 до 4": a pair, read by change/from-to
    for (let i = m.from + 1; i < f.first - 1; i++)
      if (m.ctx.folded(i) === 'с' || /^[.;:!?]$/.test(m.ctx.folded(i))) return null;
    return { figures: [f.e], change: { direction: d, by: null, text: m.text, base: null } };
  },
});

/**
 * What a comparison is made with, after the word of comparison: "(выше), чем по России",
 * "(выше) среднего по стране", "(ниже) прошлогоднего уровня". A bare word after it counts only
 * in the genitive or after "по", "в", "за" ("выше среднего", not "больше получили").
 */
export const comparisonBase = rule<Base>({
  id: 'change/comparison-base',
  examples: [', чем по России', 'среднего по стране', 'чем годом ранее', 'прошлогоднего уровня'],
  pattern: seq(opt(seq(opt(punct(',')), word('чем').as('than'))), repeat(compared, 1, 5).as('base')),
  interpret: (m) => {
    const b = m.part('base');
    if (!b) return null;
    const first = m.ctx.folded(b.from);
    const ok =
      m.has('than') ||
      BASE_PREPS.has(first) ||
      (m.ctx.tokens[b.from]?.kind === 'word' && m.ctx.parses(b.from).some((p) => p.case === 'gent'));
    if (!ok || b.to > sentenceEnd(m.ctx, b.from)) return null;
    const a = m.ctx.tokens[b.from]!;
    const z = m.ctx.tokens[b.to - 1]!;
    return { start: a.start, end: z.end, text: m.ctx.text.slice(a.start, z.end), entity: null };
  },
});
type Base = NonNullable<Change['base']>;
const BASE_PREPS = new Set(['по', 'в', 'за', 'у', 'среди']);

/** The comparison base that starts at token `i`, longest first. */
function baseAt(ctx: DocContext, i: number): Base | null {
  return comparisonBase.matchAt(ctx, i)?.value ?? null;
}

/** The change rules, in the order `changeOf` tries them. */
export const CHANGE_RULES: readonly Rule<ChangeMatch>[] = [compareBy, changeBy, changeFromTo, changeTo, compareAfter];

/** The accepted match of `r` at token `i` that is about figure `e`, if any. */
const about = (doc: DocContext, r: Rule<ChangeMatch>, i: number, e: Figure): ChangeMatch | undefined =>
  i < 0 ? undefined : r.matchesAt(doc, i).find((m) => m.value.figures.includes(e))?.value;

/**
 * How figure `e` (tokens `[first, last]`) changed, or null. `before` is the figure that ends two
 * tokens before it ("с [8] до 12"), with its first token.
 */
export function changeOf(
  doc: DocContext,
  e: Figure,
  first: number,
  last: number,
  before: { readonly first: number } | undefined,
): Change | null {
  const by = about(doc, compareBy, doc.folded(first - 1) === 'на' ? first - 1 : first, e);
  if (by?.change) return by.change;
  for (let i = first - 1; i >= first - 4; i--) {
    const amount = about(doc, changeBy, i, e);
    if (amount?.change) return amount.change;
  }
  // "с 8 до [12]" or "с [8] до 12"
  const pair =
    (before ? about(doc, changeFromTo, before.first - 1, e) : undefined) ?? about(doc, changeFromTo, first - 1, e);
  if (pair?.change) return pair.change;
  // "вырос до [4,7%]": the direction word up to three words before "до"
  if (doc.folded(first - 1) === 'до')
    for (let i = first - 2; i >= first - 5; i--) {
      const reached = about(doc, changeTo, i, e);
      if (reached?.change) return reached.change;
    }
  return about(doc, compareAfter, first, e)?.change ?? null;
}
