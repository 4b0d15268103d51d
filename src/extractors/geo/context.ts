/**
 * Geography's own context check: does a span have the word forms of a gazetteer phrase. The
 * checks that persons need too live in `src/context/`.
 */
import { fold, ownCopy, type DocContext } from '../../engine/index.js';
import { segment } from '../../segment/index.js';
import type { Parse } from '../../morph/types.js';

const NOMINAL = new Set<string>(['NOUN', 'ADJF', 'PRTF', 'NUMR', 'UNKN']);
interface PhraseWord {
  readonly folded: string;
  /** Noun and adjective readings in the nominative; null for punctuation. */
  readonly readings: readonly Parse[] | null;
}
const phraseWords = new WeakMap<object, Map<string, readonly PhraseWord[]>>();
/**
 * Phrases remembered per morphology; past this the map is emptied. Names made from the text
 * (`adHocName`) come in with the documents, and each would otherwise stay for good.
 */
const PHRASES_MAX = 20_000;

/**
 * The words at `[from, to)` are forms of the phrase's words with the adjectives' gender kept:
 * the trie compares lemmas only (of naming readings), so it lets "Московской" reach the town
 * "Московский".
 */
export function formsFit(ctx: DocContext, from: number, to: number, phrase: string, keepGender = true): boolean {
  let byPhrase = phraseWords.get(ctx.morph);
  if (!byPhrase) phraseWords.set(ctx.morph, (byPhrase = new Map<string, readonly PhraseWord[]>()));
  let words = byPhrase.get(phrase);
  if (!words) {
    // the phrase may be a slice of the document (a name made from the text): the map keeps a
    // copy of its own, and its words' folded forms are cut from that copy
    const own = ownCopy(phrase);
    words = segment(own).tokens.map((t) => ({
      folded: fold(t.text),
      readings:
        t.kind === 'word' || t.kind === 'other'
          ? ctx.morph.parse(t.text).filter((p) => NOMINAL.has(p.pos) && (p.case === 'nomn' || p.case === null))
          : null,
    }));
    if (byPhrase.size >= PHRASES_MAX) byPhrase.clear();
    byPhrase.set(own, words);
  }
  if (words.length !== to - from) return true;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.readings?.length) continue;
    const i = from + k;
    if (ctx.folded(i) === w.folded) continue;
    const fits = ctx.parses(i).some(
      (r) =>
        NOMINAL.has(r.pos) &&
        // "порт" is read as the abbreviation of "португальский": abbreviations only match abbreviations
        w.readings!.some(
          (q) =>
            q.lemma === r.lemma &&
            (!r.grammemes.has('Abbr') || q.grammemes.has('Abbr')) &&
            (!keepGender ||
              q.pos !== 'ADJF' ||
              r.number === 'plur' ||
              q.number === 'plur' ||
              !q.gender ||
              !r.gender ||
              q.gender === r.gender),
        ),
    );
    if (!fits) return false;
  }
  return true;
}
