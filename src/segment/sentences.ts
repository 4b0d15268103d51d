/**
 * Sentence boundaries over scanned tokens. Every decision looks at a bounded window of
 * tokens around a candidate break, so the pass is linear in the number of tokens.
 */
import { abbreviationEnd, MAX_ABBREVIATION_LENGTH } from './abbreviations.js';
import { classAt, classOf, isLetterClass, LL, LO, LU } from './chars.js';
import { K_DATE, K_NUMBER, K_OTHER, K_PUNCT, K_ROMAN, K_WORD } from './kinds.js';
import { GAP_LINE_SHIFT, GAP_SPACE, type Scanned } from './scan.js';

// What a dot after the previous token means; NORMAL and MAY double as the modes of
// `startsSentence`, which also has HEADLINE for line breaks.
const NORMAL = 0;
const NEVER = 1; // initial, non-final abbreviation, list marker
const MAY = 2; // final abbreviation: split before a capitalised word only
const HEADLINE = 3; // a line break without punctuation: split before a capital

function isTerminalChar(c: number): boolean {
  // . ! ? … ‼ ⁇ ⁈ ⁉
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}

function isCloserChar(c: number): boolean {
  // » ” “ " ' ’ ) ] }
  return (
    c === 0xbb || c === 0x201d || c === 0x201c || c === 0x22 || c === 0x27 || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x7d
  );
}

function isOpenerChar(c: number): boolean {
  // « „ “ " ' ‘ ( [ { - ‒ – — ― •
  return (
    c === 0xab || c === 0x201e || c === 0x201c || c === 0x22 || c === 0x27 || c === 0x2018 || c === 0x28 || c === 0x5b ||
    c === 0x7b || c === 0x2d || (c >= 0x2012 && c <= 0x2015) || c === 0x2022
  );
}

/** Marks `1` at each token after which a sentence ends (the last token is left implicit). */
export function findBreaks(text: string, t: Scanned): Uint8Array {
  const { starts, ends, kinds, gaps } = t;
  const n = t.count;
  const breaks = new Uint8Array(n);

  const first = (k: number): number => text.charCodeAt(starts[k] as number);
  const len = (k: number): number => (ends[k] as number) - (starts[k] as number);
  const lines = (k: number): number => (gaps[k] as number) >> GAP_LINE_SHIFT;
  const spaced = (k: number): boolean => ((gaps[k] as number) & GAP_SPACE) !== 0;
  const lower = (k: number): string => text.slice(starts[k], ends[k]).toLowerCase();
  const isPunct = (k: number): boolean => kinds[k] === K_PUNCT;
  const isTerminal = (k: number): boolean => isPunct(k) && isTerminalChar(first(k));
  const isCloser = (k: number): boolean => isPunct(k) && len(k) === 1 && isCloserChar(first(k));
  const isDot = (k: number): boolean => isPunct(k) && len(k) === 1 && first(k) === 0x2e;

  const isNumeric = (j: number): boolean =>
    kinds[j] === K_NUMBER || (kinds[j] === K_OTHER && first(j) >= 0x30 && first(j) <= 0x39);

  /**
   * Could token `j` open a sentence? `mode` NORMAL: a capital, a digit or a sign, after any
   * opening quotes and dashes; HEADLINE: a capital after them; MAY (after an abbreviation
   * that can end a sentence): a capitalised word right away, since a quote after "2014 г."
   * is mostly a document title and "г. N 45" a document number.
   */
  const startsSentence = (j: number, mode: number): boolean => {
    if (mode !== MAY) for (let steps = 0; j < n && steps < 4 && isPunct(j) && isOpenerChar(first(j)); steps++) j++;
    if (j >= n) return true;
    const k = classAt(text, starts[j] as number);
    if (k === LU || k === LO) {
      // "N 45" / "№ 45": a number sign, not a word.
      return !(mode === MAY && len(j) === 1 && j + 1 < n && isNumeric(j + 1));
    }
    if (k === LL || isPunct(j)) return false;
    return mode === NORMAL; // a digit or a sign
  };

  /** "2. Цели", "IV. Итоги", "3) задачи": a numbered item. */
  const isListItem = (j: number): boolean => {
    const kd = kinds[j];
    if (j + 1 >= n || spaced(j + 1) || len(j) > 8) return false;
    if (!isNumeric(j) && kd !== K_ROMAN) return false;
    return isDot(j + 1) || (isPunct(j + 1) && first(j + 1) === 0x29);
  };

  /** A number on the same line right before token `q`, maybe through units: "5 тыс. руб.", "5 млн руб.". */
  const numberBefore = (q: number): boolean => {
    if (lines(q) > 0) return false;
    const isAbbreviation = (r: number): boolean =>
      kinds[r] === K_WORD && len(r) <= MAX_ABBREVIATION_LENGTH && abbreviationEnd(lower(r)) !== undefined;
    for (let r = q - 1, hops = 0; r >= 0 && hops < 3; hops++) {
      const kd = kinds[r];
      if (isNumeric(r) || kd === K_DATE || kd === K_ROMAN) return true;
      if (isDot(r) && r >= 1 && isAbbreviation(r - 1) && lines(r - 1) === 0) r -= 2;
      else if (isAbbreviation(r) && lines(r) === 0) r--;
      else return false;
    }
    return false;
  };

  const policyOf = (end: string | undefined, q: number): number => {
    if (end === undefined) return NORMAL;
    if (end === 'never') return NEVER;
    if (end === 'may') return MAY;
    return numberBefore(q) ? MAY : NEVER;
  };

  /** What the dot at `k` (glued to the token before it) means. */
  const dotPolicy = (k: number): number => {
    if (k === 0 || spaced(k)) return NORMAL;
    const p = k - 1;
    const kd = kinds[p];
    const atLineStart = p === 0 || lines(p) > 0;
    if (kd === K_WORD) {
      if (len(p) > MAX_ABBREVIATION_LENGTH) return NORMAL;
      // Longest key first: "вр.и.о" before "и.о" before "о"; "до н.э" before "н.э".
      let key = lower(p);
      let q = p;
      const keys = [key];
      const heads = [p];
      for (let steps = 0; steps < 2 && q >= 2 && lines(q) === 0; steps++) {
        if (!isDot(q - 1) || spaced(q - 1) || kinds[q - 2] !== K_WORD || len(q - 2) > 3) break;
        key = `${lower(q - 2)}.${key}`;
        q -= 2;
        keys.push(key);
        heads.push(q);
      }
      if (q >= 1 && kinds[q - 1] === K_WORD && spaced(q) && lines(q) === 0 && len(q - 1) <= 3) {
        keys.push(`${lower(q - 1)} ${key}`);
        heads.push(q - 1);
      }
      for (let x = keys.length - 1; x >= 0; x--) {
        const end = abbreviationEnd(keys[x] as string);
        if (end !== undefined) return policyOf(end, heads[x] as number);
      }
      // "А.В. Григорьев", "Л. Шагинова": a lone capital is an initial (but "до 10 G." is a unit).
      if (len(p) === 1 && classOf(first(p)) === LU && !(p >= 1 && isNumeric(p - 1))) return NEVER;
      return NORMAL;
    }
    if (kd === K_OTHER) {
      // "в 2025г. Затем": a unit glued to digits.
      const s = starts[p] as number;
      let e = ends[p] as number;
      while (e > s && isLetterClass(classOf(text.charCodeAt(e - 1)))) e--;
      if (e > s && e < (ends[p] as number)) {
        const end = abbreviationEnd(text.slice(e, ends[p]).toLowerCase());
        if (end === 'never') return NEVER;
        if (end !== undefined) return MAY;
      }
    }
    // "1. Общие положения", "IV. Итоги": a list marker at the start of a line.
    if (atLineStart && (kd === K_NUMBER || kd === K_ROMAN || kd === K_OTHER) && len(p) <= 8) return NEVER;
    return NORMAL;
  };

  for (let k = 0; k < n - 1; ) {
    if (isTerminal(k)) {
      // A cluster such as `?!`, `.»`, `.)`, `!».` is one candidate break at its end.
      let m = k;
      while (m + 1 < n && !spaced(m + 1) && (isTerminal(m + 1) || isCloser(m + 1))) m++;
      if (m + 1 < n) {
        let split: boolean;
        if (lines(m + 1) >= 2) split = true;
        else {
          const policy = isDot(k) ? dotPolicy(k) : NORMAL;
          split = policy === NEVER ? false : startsSentence(m + 1, policy);
        }
        if (split) breaks[m] = 1;
      }
      k = m + 1;
      continue;
    }
    if (lines(k + 1) >= 2) breaks[k] = 1;
    else if (lines(k + 1) === 1 && (!isPunct(k) || isCloser(k)) && (startsSentence(k + 1, HEADLINE) || isListItem(k + 1))) {
      // A line that ends without punctuation before a capital or a list item: a headline,
      // a caption, a heading of a document.
      breaks[k] = 1;
    }
    k++;
  }

  // " date 2025-11-10 Title": a metadata line ends after its date.
  for (let k = 0; k + 1 < n; k++) {
    if (kinds[k] !== K_WORD || len(k) !== 4 || !text.startsWith('date', starts[k])) continue;
    if ((k > 0 && lines(k) === 0) || kinds[k + 1] !== K_DATE || lines(k + 1) !== 0) continue;
    if (len(k + 1) !== 10 || text.charCodeAt((starts[k + 1] as number) + 4) !== 0x2d) continue;
    if (k > 0) breaks[k - 1] = 1;
    breaks[k + 1] = 1;
  }
  return breaks;
}
