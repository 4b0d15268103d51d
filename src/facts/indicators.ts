/**
 * The indicator a figure measures, named as a noun phrase in its sentence: "самый высокий
 * [уровень безработицы]", "[средняя заработная плата] в регионе", "[доля населения с доходами
 * ниже прожиточного минимума]". Ranking words ("самый высокий", "наибольшая") stay out: they
 * say where the figure ranks, not what it measures.
 */
import {
  RuleSet,
  alt,
  gnc,
  gram,
  lemma,
  not,
  opt,
  repeat,
  rule,
  seq,
  surface,
  tok,
  DocKey,
  type DocContext,
} from '../engine/index.js';
import { likely } from '../context/index.js';
import { INDICATOR_HEADS, RANKING_ADJECTIVES } from '../lexicon/statistics.js';

const agreement = gnc();
const modifier = tok(
  gram('ADJF')
    .or(gram('PRTF'))
    .and(not(lemma(...RANKING_ADJECTIVES))),
).agree(agreement);
const head = tok(lemma(...INDICATOR_HEADS).and(gram('NOUN'))).agree(agreement);
/** What the head governs: "безработицы", "населения", "заработной платы", "на душу населения". */
const notFunction = not(gram('PREP')).and(not(gram('CONJ')));
const governed = alt(
  tok(gram('NOUN', 'gent').and(notFunction)),
  tok(gram('ADJF', 'gent').or(gram('PRTF', 'gent')).and(notFunction)),
  tok(surface(/^\p{Lu}{2,}$/u)),
);

export const indicatorPhrase = rule<{ readonly normalized: string }>({
  id: 'statistics/indicator',
  examples: ['уровень безработицы', 'средней заработной платы', 'численность безработных граждан', 'доля расходов'],
  pattern: seq(repeat(modifier, 0, 3).as('mods'), head.as('head'), opt(repeat(governed, 1, 4).as('tail'))),
  interpret: (m) => {
    const normalized = m.nominative();
    return normalized ? { normalized: lowerFirst(normalized) } : null;
  },
});

const lowerFirst = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/**
 * The rule in a set of its own: the set leaves it out at once at a word that cannot start it (its
 * lists per word last across documents), where the rule's own skip check ran at every word
 * before a figure (21,498 words a RuREBus pass, 1,240 of them past the check). Made when first
 * used, as the extractors' sets are (not at import).
 */
let indicatorSet: RuleSet<{ readonly normalized: string }> | null = null;

type IndicatorHit = { to: number; normalized: string } | null;

/** Indicator phrases by start token, per document (a sentence is scanned once, whatever its figures). */
const CACHE = new DocKey<Map<number, IndicatorHit>>('indicator phrases');

function indicatorAt(doc: DocContext, cache: Map<number, IndicatorHit>, i: number): IndicatorHit {
  let hit = cache.get(i);
  if (hit === undefined) {
    const m = doc.tokens[i]?.kind === 'word' ? (indicatorSet ??= new RuleSet([indicatorPhrase])).matchAt(doc, i) : null;
    hit = m ? { to: m.to, normalized: m.value.normalized } : null;
    cache.set(i, hit);
  }
  return hit;
}

/**
 * The first indicator phrase from token `floor` on that ends at or before token `end` (looking at
 * most 40 tokens back from `end`), skipping the tokens in `skip` (places, figures). An indicator
 * word governed by another noun ("в службе занятости") is not the indicator.
 */
export function indicatorBefore(
  doc: DocContext,
  floor: number,
  end: number,
  skip: (i: number) => boolean,
): string | null {
  let cache = doc.local(CACHE);
  if (!cache) doc.setLocal(CACHE, (cache = new Map<number, IndicatorHit>()));
  for (let i = Math.max(floor, end - 40); i < end; i++) {
    if (skip(i)) continue;
    const hit = indicatorAt(doc, cache, i);
    if (!hit || hit.to > end) continue;
    if (i > floor && likely(doc, i - 1).some((p) => p.pos === 'NOUN') && !likely(doc, i).some((p) => p.case === 'nomn'))
      continue;
    return hit.normalized;
  }
  return null;
}
