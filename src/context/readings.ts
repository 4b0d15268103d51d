/** Which readings of a word to believe, and which lemmas a word list has once the morphology reads it. */
import type { DocContext } from '../engine/index.js';
import type { Morph, Parse } from '../morph/types.js';

/**
 * The likely readings of each word's readings (the word's own array, kept while its word is):
 * `likely` is asked ~80,000 times a RuREBus pass (the number filters, the statistics), mostly of
 * words asked before, and a look-up is a tenth of the scan over ~6 readings and the copy of one
 * word in five.
 */
const likelyOf = new WeakMap<readonly Parse[], readonly Parse[]>();

/** Readings that are not dictionary noise (az lists "иза" for "из" with score 0). */
export function likely(ctx: DocContext, i: number): readonly Parse[] {
  const ps = ctx.parses(i);
  if (ps.length === 0) return ps;
  let out = likelyOf.get(ps);
  if (out === undefined) {
    const top = ps[0]?.score ?? 0;
    const floor = Math.min(0.01, top * 0.1);
    // usually every reading is likely: the readings themselves then, without a copy
    let count = 0;
    for (let k = 0; k < ps.length; k++) if (ps[k]!.score >= floor && ps[k]!.score > 0) count++;
    out = count === ps.length ? ps : ps.filter((p) => p.score >= floor && p.score > 0);
    likelyOf.set(ps, out);
  }
  return out;
}

const lemmaCache = new WeakMap<Morph, Map<readonly string[], ReadonlySet<string>>>();
/**
 * The lemmas morphology gives the lexicon's dictionary forms, plus the forms themselves: az
 * lemmatises some words unexpectedly ("месяц" -> "мес"), and a text word must meet the list
 * whatever the dictionary says.
 */
export function lexiconLemmas(morph: Morph, words: readonly string[]): ReadonlySet<string> {
  let byList = lemmaCache.get(morph);
  if (!byList) lemmaCache.set(morph, (byList = new Map<readonly string[], ReadonlySet<string>>()));
  let set = byList.get(words);
  if (!set) {
    const s = new Set<string>(words);
    for (const w of words) {
      const ps = morph.parse(w);
      const nom = ps.filter((p) => p.case === 'nomn' || p.case === null);
      for (const p of nom.length ? nom : ps) s.add(p.lemma);
    }
    byList.set(words, (set = s));
  }
  return set;
}
