/** The counted noun after a figure: what a number counts, for the numbers extractor and the statistics. */
import { startsUpper, type DocContext } from '../engine/index.js';
import { likely } from './readings.js';

const isNumberTok = (ctx: DocContext, i: number): boolean => ctx.tokens[i]?.kind === 'number';

export interface CountedNoun {
  /** Token index of the counted noun. */
  readonly index: number;
  readonly lemma: string;
  /** The noun with what it governs, lemma first: "субъект РФ". */
  readonly phrase: string;
}

/**
 * The counted noun after a figure ending at token `to`: "187 заявок" -> "заявка", "двух
 * номинациях" -> "номинация", "две серебряные медали" -> "медаль", "55 из 90 депутатов" ->
 * "депутат". Adjectives in between are skipped; punctuation ends the search.
 */
export function countedNoun(ctx: DocContext, to: number, sentenceEnd: number): CountedNoun | null {
  let i = to;
  // "55 из 90 депутатов"
  if (ctx.folded(i) === 'из' && isNumberTok(ctx, i + 1)) i += 2;
  for (let k = 0; k < 3 && i < sentenceEnd; k++, i++) {
    const tok = ctx.tokens[i];
    if (!tok || tok.kind !== 'word') return null;
    const ps = likely(ctx, i);
    const noun = ps.find((p) => p.pos === 'NOUN');
    const adj = ps.find((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
    // a word that is both ("подозреваемых") is the noun unless a noun follows
    const nounFollows = ctx.tokens[i + 1]?.kind === 'word' && likely(ctx, i + 1).some((p) => p.pos === 'NOUN');
    if (noun && (!adj || !nounFollows)) {
      if (startsUpper(tok.text) && !noun.grammemes.has('Abbr')) return null; // a name, not a count
      return { index: i, lemma: noun.lemma, phrase: [noun.lemma, ...governed(ctx, i + 1, sentenceEnd)].join(' ') };
    }
    if (!adj) return null;
  }
  return null;
}

/** Abbreviations and genitive nouns right after a counted noun: "субъектов РФ" -> ["РФ"]. */
function governed(ctx: DocContext, from: number, end: number): string[] {
  const out: string[] = [];
  for (let i = from; i < end && out.length < 2; i++) {
    const tok = ctx.tokens[i];
    if (!tok || tok.kind !== 'word') break;
    const abbr = /^\p{Lu}{2,}$/u.test(tok.text);
    if (!abbr) break;
    out.push(tok.text);
  }
  return out;
}
