/**
 * Statistics: each number, percentage or amount of money joined with what it counts (the
 * counted noun), what it measures (the subject of "составляет", "достигает", "вырос на", or
 * the phrase before a dash), how it changed ("рост на 40%", "в 2 раза", "выше среднего",
 * "с 8 до 12") and the date it refers to (the nearest date in its sentence). `statistic-rows.ts`
 * then ties each to its place and indicator, so that a statistic reads as a row of a table.
 */
import type { DocContext } from '../engine/index.js';
import { countedNoun, lexiconLemmas, likely } from '../context/index.js';
import { TIME_UNITS } from '../lexicon/numerals.js';
import type { Parse } from '../morph/types.js';
import type { FactBuilder } from '../pipeline/types.js';
import type { DateEntity, Statistic } from '../result/schema.js';
import { CHANGE_RULES, changeOf, isFigure, type Figure } from './changes.js';
import { tokenAt } from './entity-spans.js';
import { partitionPoint } from '../engine/search.js';
import { seriesFields } from './series.js';
import { completeRows } from './statistic-rows.js';

/** Verbs that link a subject to its figure: "уровень ... достигает 75%", "объем составил 5 млн". */
const LINK_VERBS = new Set([
  'составлять',
  'составить',
  'достигать',
  'достичь',
  'достигнуть',
  'равняться',
  'насчитывать',
  'превышать',
  'превысить',
  'вырасти',
  'расти',
  'возрасти',
  'возрастать',
  'увеличиться',
  'увеличиваться',
  'повыситься',
  'повышаться',
  'снизиться',
  'снижаться',
  'сократиться',
  'сокращаться',
  'уменьшиться',
  'уменьшаться',
  'упасть',
  'падать',
  'понизиться',
  'понижаться',
  'сохраниться',
  'сохраняться',
  'оставаться',
  'остаться',
  'находиться',
  'превзойти',
  'выйти',
  'выходить',
]);
/** Words allowed between a link verb and its figure, or between a subject and its verb. */
const FILLERS = new Set([
  'здесь',
  'уже',
  'всего',
  'лишь',
  'только',
  'около',
  'порядка',
  'почти',
  'примерно',
  'ещё',
  'еще',
  'также',
  'более',
  'менее',
  'свыше',
  'не',
  'на',
  'в',
  'при',
  'этом',
  'сейчас',
  'теперь',
  'ныне',
  'сегодня',
  'уровне',
  'уровня',
  'с',
  'до',
  'от',
]);

const verbReading = (doc: DocContext, i: number): Parse | undefined =>
  likely(doc, i).find(
    (p) => (p.pos === 'VERB' || p.pos === 'INFN' || p.pos === 'PRTS' || p.pos === 'GRND') && LINK_VERBS.has(p.lemma),
  );

/**
 * The noun phrase that ends right before token `end` and whose head is in the nominative
 * (agreeing with `verb` if given): the head, the adjectives before it and the genitives after it
 * ("уровень трудоустройства", "значение этого показателя"). Adverbs and dates between the
 * phrase and the verb are skipped ("уровень ... здесь достигает", "объем в 2019 году составит").
 */
function subjectBefore(
  doc: DocContext,
  end: number,
  floor: number,
  verb: Parse | undefined,
  skip: ReadonlySet<number>,
): { from: number; to: number } | null {
  let i = end - 1;
  for (let pp = 0; pp < 3; pp++) {
    while (
      i >= floor &&
      (skip.has(i) ||
        (doc.tokens[i]?.kind === 'word' && likely(doc, i).every((p) => p.pos === 'ADVB' || p.pos === 'PRCL')))
    )
      i--;
    // "в регионе", "в Алтайском крае", "в экономику региона": a short prepositional phrase
    const prep = prepositionalPhraseStart(doc, i, floor);
    if (prep < 0) break;
    i = prep - 1;
  }
  const to = i + 1;
  for (let k = 0; k < 7 && i >= floor; k++, i--) {
    const tok = doc.tokens[i];
    if (!tok || (tok.kind !== 'word' && tok.kind !== 'number')) return null;
    if (tok.kind === 'number') continue;
    const ps = likely(doc, i);
    if (ps.some((p) => p.pos === 'PREP' || p.pos === 'CONJ')) return null;
    const head = ps.find((p) => p.pos === 'NOUN' && p.case === 'nomn' && agrees(p, verb));
    if (head) {
      if (ps.some((p) => NAME_MARKS.some((g) => p.grammemes.has(g))) || timeNoun(doc, i)) return null;
      let from = i;
      while (
        from - 1 >= floor &&
        doc.tokens[from - 1]?.kind === 'word' &&
        likely(doc, from - 1).some((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.case === 'nomn')
      )
        from--;
      // "за счёт средств", "на весь период": a prepositional phrase, not a subject
      if (likely(doc, from - 1).some((p) => p.pos === 'PREP')) return null;
      return { from, to };
    }
    // inside the phrase: words the head governs ("трудоустройства", "этого показателя", "МСП")
    const governed =
      ps.some(
        (p) => (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF' || p.pos === 'NPRO') && p.case === 'gent',
      ) || /^\p{Lu}{2,}$/u.test(tok.text);
    if (!governed) return null;
  }
  return null;
}

const NAME_MARKS = ['Name', 'Surn', 'Patr'] as const;

/** Start of a prepositional phrase of up to four words ending at token `end`, or -1. */
function prepositionalPhraseStart(doc: DocContext, end: number, floor: number): number {
  for (let i = end, k = 0; k < 5 && i >= floor; k++, i--) {
    const tok = doc.tokens[i];
    if (!tok || (tok.kind !== 'word' && tok.kind !== 'number')) return -1;
    const ps = likely(doc, i);
    if (ps.some((p) => p.pos === 'PREP')) return i < end ? i : -1;
    if (
      tok.kind === 'word' &&
      !ps.some(
        (p) => (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF' || p.pos === 'NPRO') && p.case !== 'nomn',
      )
    )
      return -1;
  }
  return -1;
}
const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr'] as const;
const timeNoun = (doc: DocContext, i: number): boolean =>
  likely(doc, i).some((p) => p.pos === 'NOUN' && lexiconLemmas(doc.morph, TIME_UNITS).has(p.lemma));

function agrees(noun: Parse, verb: Parse | undefined): boolean {
  if (!verb || verb.pos === 'INFN' || verb.pos === 'GRND') return true;
  if (
    verb.number &&
    noun.number &&
    verb.number !== noun.number &&
    !noun.grammemes.has('Sgtm') &&
    !noun.grammemes.has('Pltm')
  )
    return false;
  if (
    verb.grammemes.has('past') &&
    verb.number === 'sing' &&
    verb.gender &&
    noun.gender &&
    noun.gender !== 'ms-f' &&
    verb.gender !== noun.gender
  )
    return false;
  return true;
}

function subjectOf(
  doc: DocContext,
  first: number,
  floor: number,
  skip: ReadonlySet<number>,
  inFigure: ReadonlySet<number>,
): Statistic['subject'] {
  // "<NP> составляет|достигает ... <figure>"
  // "снизилась с 5,1 % до 4,2 %": the first figure of a change is skipped for the second
  let i = first - 1;
  for (let k = 0; k < 8 && i >= floor; k++, i--) {
    const v = verbReading(doc, i);
    if (v) return span(doc, subjectBefore(doc, i, floor, v, skip));
    if (!FILLERS.has(doc.folded(i)) && !skip.has(i) && !inFigure.has(i)) break;
  }
  // "<NP> — <figure>", "<NP>: <figure>"
  const p = doc.tokens[first - 1];
  if (p && (p.kind === 'punct' || p.kind === 'symbol') && /^[-–—:]$/.test(p.text) && p.spaceBefore !== false) {
    return span(doc, subjectBefore(doc, first - 1, floor, undefined, skip));
  }
  return null;
}

function span(doc: DocContext, r: { from: number; to: number } | null): Statistic['subject'] {
  if (!r || r.to <= r.from) return null;
  const a = doc.tokens[r.from];
  const b = doc.tokens[r.to - 1];
  if (!a || !b) return null;
  // the phrase is already in the nominative; a capital that only starts the sentence goes
  let normalized = doc.text.slice(a.start, b.end);
  const common = likely(doc, r.from).some((p) => p.pos !== 'UNKN' && !PROPER.some((g) => p.grammemes.has(g)));
  if (/^\p{Lu}\p{Ll}*$/u.test(a.text) && common) normalized = normalized[0]!.toLowerCase() + normalized.slice(1);
  return { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), normalized, entity: null };
}

/** Each figure's token range, and the figures by their last token (figures never overlap). */
interface FigureIndex {
  readonly range: ReadonlyMap<Figure, { readonly first: number; readonly last: number }>;
  readonly byLast: ReadonlyMap<number, Figure>;
}

function indexFigures(doc: DocContext, figures: readonly Figure[]): FigureIndex {
  const range = new Map<Figure, { first: number; last: number }>();
  const byLast = new Map<number, Figure>();
  for (const f of figures) {
    const r = { first: tokenAt(doc, f.start), last: tokenAt(doc, f.end - 1) };
    range.set(f, r);
    if (!byLast.has(r.last)) byLast.set(r.last, f);
  }
  return { range, byLast };
}

/** The range of the figure that ends two tokens before token `first` ("с [8] до 12"). */
function before(figs: FigureIndex, first: number): { first: number } | undefined {
  const prev = figs.byLast.get(first - 2);
  return prev ? figs.range.get(prev) : undefined;
}

/** The date of the figure's sentence nearest to it; `dates` in text order (a binary search finds the sentence). */
function nearestDate(dates: readonly DateEntity[], e: Figure): string | null {
  let best: DateEntity | null = null;
  let bestDist = Infinity;
  for (let k = partitionPoint(dates.length, (j) => dates[j]!.sentence < e.sentence); k < dates.length; k++) {
    const d = dates[k]!;
    if (d.sentence !== e.sentence) break;
    if (d.value.role === 'published') continue;
    const dist = d.end <= e.start ? e.start - d.end : d.start >= e.end ? d.start - e.end : 0;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best?.id ?? null;
}

/** Fills `facts.statistics`: one statistic per number, percent and money entity. */
export const statisticsFacts: FactBuilder = {
  name: 'statistics',
  rules: () => CHANGE_RULES,
  build(entities, facts, run) {
    const doc = run.doc;
    const figures = entities.filter(isFigure);
    const dates = entities.filter((e): e is DateEntity => e.type === 'date');
    const figs = indexFigures(doc, figures);
    const inFigure = new Set<number>();
    for (const { first, last } of figs.range.values()) for (let i = first; i <= last; i++) inFigure.add(i);
    // tokens of dates and the preposition before each: skipped between a subject and its verb
    const skip = new Set<number>();
    for (const d of dates) {
      const a = tokenAt(doc, d.start);
      const b = tokenAt(doc, d.end - 1);
      for (let i = a; i <= b; i++) skip.add(i);
      if (likely(doc, a - 1).some((p) => p.pos === 'PREP')) skip.add(a - 1);
    }
    // figures of a series of variants or years (series.ts)
    const series = seriesFields(doc, figures, dates);
    facts.statistics = figures.map((e): Statistic => {
      const inSeries = series.get(e.id);
      const { first, last } = figs.range.get(e) ?? { first: tokenAt(doc, e.start), last: tokenAt(doc, e.end - 1) };
      const s = doc.seg.sentences[doc.tokens[first]?.sentence ?? 0];
      const floor = s?.tokenStart ?? 0;
      const ceil = s?.tokenEnd ?? doc.tokens.length;
      const noun = e.type === 'number' ? countedNoun(doc, last + 1, ceil) : null;
      return {
        entity: e.id,
        kind: e.type,
        value: e.value,
        qualifier: e.qualifier,
        unit: e.type === 'number' ? e.unit : e.type === 'percent' ? '%' : e.value.currency,
        unitPhrase: e.type !== 'number' ? null : noun && noun.lemma === e.unit ? noun.phrase : e.unit,
        subject: subjectOf(doc, first, floor, skip, inFigure),
        indicator: null,
        region: null,
        change: changeOf(doc, e, first, last, before(figs, first)),
        period: inSeries?.period ?? nearestDate(dates, e),
        variant: inSeries?.variant ?? null,
        year: inSeries?.year ?? null,
      };
    });
    // the place, the indicator and the entities behind the subject and the comparison base
    completeRows(doc, entities, facts.regions, facts.statistics, (e) => figs.range.get(e));
  },
};
