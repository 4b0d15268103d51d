import type { Morph, Parse } from '../morph/types.js';
import type { Segmentation, Token } from '../segment/types.js';

/** Lower-cases and folds `ё` to `е`: the key every lemma and surface comparison uses. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

/**
 * A document as the rules see it: the segmenter's tokens plus morphology that is looked up
 * lazily (punctuation and digits never need a parse) and once per token.
 */
export class DocContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly seg: Segmentation;
  readonly morph: Morph;
  private readonly parseCache: (readonly Parse[] | undefined)[];
  private readonly lemmaCache: (readonly string[] | undefined)[];
  private readonly foldCache: (string | undefined)[];

  constructor(seg: Segmentation, morph: Morph) {
    this.seg = seg;
    this.text = seg.text;
    this.tokens = seg.tokens;
    this.morph = morph;
    this.parseCache = new Array<readonly Parse[] | undefined>(seg.tokens.length);
    this.lemmaCache = new Array<readonly string[] | undefined>(seg.tokens.length);
    this.foldCache = new Array<string | undefined>(seg.tokens.length);
  }

  /** Readings of token `i`, best first (cached). */
  parses(i: number): readonly Parse[] {
    let p = this.parseCache[i];
    if (p === undefined) {
      const tok = this.tokens[i];
      p = tok === undefined ? [] : this.morph.parse(tok.text);
      this.parseCache[i] = p;
    }
    return p;
  }

  /** Distinct lemmas of token `i` (folded); for non-words the folded surface. */
  lemmas(i: number): readonly string[] {
    let l = this.lemmaCache[i];
    if (l === undefined) {
      const tok = this.tokens[i];
      if (tok === undefined) l = [];
      else if (tok.kind === 'word' || tok.kind === 'other') {
        const seen = new Set<string>();
        for (const p of this.parses(i)) seen.add(p.lemma);
        l = [...seen];
      } else l = [this.folded(i)];
      this.lemmaCache[i] = l;
    }
    return l;
  }

  /** Folded surface of token `i` (lower case, `ё` -> `е`). */
  folded(i: number): string {
    let f = this.foldCache[i];
    if (f === undefined) {
      f = fold(this.tokens[i]?.text ?? '');
      this.foldCache[i] = f;
    }
    return f;
  }

  /** Source text between two token indices (inclusive start token, exclusive end token). */
  slice(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    if (!a || !b) return '';
    return this.text.slice(a.start, b.end);
  }
}
