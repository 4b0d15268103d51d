/** Which readings of a word to believe, and which lemmas a word list has once the morphology reads it. */
import type { DocContext } from '../engine/index.js';
import type { Morph, Parse } from '../morph/types.js';

/** Readings that are not dictionary noise (az lists "иза" for "из" with score 0). */
export function likely(ctx: DocContext, i: number): readonly Parse[] {
  const ps = ctx.parses(i);
  const top = ps[0]?.score ?? 0;
  const floor = Math.min(0.01, top * 0.1);
  // usually every reading is likely: the readings themselves then, without a copy
  let count = 0;
  for (let k = 0; k < ps.length; k++) if (ps[k]!.score >= floor && ps[k]!.score > 0) count++;
  return count === ps.length ? ps : ps.filter((p) => p.score >= floor && p.score > 0);
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
