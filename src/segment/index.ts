/**
 * The segmenter: tokens and sentences with exact UTF-16 offsets, tuned for Russian news and
 * government documents.
 */
import { KIND_NAMES } from './kinds.js';
import { GAP_LINE_SHIFT, GAP_SPACE, releaseScratch, scan } from './scan.js';
import { findBreaks } from './sentences.js';
import type { Segmentation, Sentence, Token, TokenKind } from './types.js';

export type { Segmentation, Sentence, Token, TokenKind } from './types.js';
export {
  abbreviationEnd,
  AFTER_NUMBER_ABBREVIATIONS,
  FINAL_ABBREVIATIONS,
  NON_FINAL_ABBREVIATIONS,
  type AbbreviationEnd,
} from './abbreviations.js';

/**
 * Tokens and sentences are class instances, not object literals, because V8 pretenures an object
 * literal's allocation site once most objects made there outlive a scavenge (the tokens of a long
 * document do): every later document's tokens were then allocated straight into the old
 * generation, garbage that only a full collection frees, and the old space grew by the size of
 * every document's tokens. Instances made by `new` stay young. Plain fields in the same order,
 * so a token reads, compares and serialises as the literal did.
 */
class TokenRecord implements Token {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
    readonly index: number,
    readonly sentence: number,
    readonly spaceBefore: boolean,
    readonly newlineBefore: boolean,
  ) {}
}

class SentenceRecord implements Sentence {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly tokenStart: number,
    readonly tokenEnd: number,
  ) {}
}

/**
 * Splits `text` into tokens and sentences in one linear pass. Never throws: any string,
 * including lone surrogates and control characters, gives a valid segmentation.
 *
 * Whitespace and invisible format characters (soft hyphen, ZWJ, BOM...) are never tokens;
 * a soft hyphen or ZWJ between letters stays inside the word. For the first token,
 * `spaceBefore` / `newlineBefore` describe the text before it.
 *
 * @example
 * const { tokens, sentences } = segment('В 2025 г. выдано 1 500 сертификатов. Ещё 75% – в работе.');
 * tokens[1]; // { text: '2025', kind: 'number', start: 2, end: 6, ... }
 * sentences.length; // 2
 */
export function segment(text: string): Segmentation {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  const scanned = scan(text);
  const { starts, ends, kinds, gaps } = scanned;
  const breaks = findBreaks(text, scanned);
  const n = scanned.count;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let first = 0;
  for (let k = 0; k < n; k++) {
    const start = starts[k] as number;
    const end = ends[k] as number;
    const gap = gaps[k] as number;
    tokens.push(
      new TokenRecord(
        text.slice(start, end),
        start,
        end,
        KIND_NAMES[kinds[k] as number] ?? 'other',
        k,
        sentence,
        (gap & GAP_SPACE) !== 0,
        gap >> GAP_LINE_SHIFT !== 0,
      ),
    );
    if (breaks[k] === 1 || k === n - 1) {
      sentences.push(new SentenceRecord(starts[first] as number, end, first, k + 1));
      sentence++;
      first = k + 1;
    }
  }
  releaseScratch();
  return { text, tokens, sentences };
}
