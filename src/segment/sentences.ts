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
    c === 0xbb ||
    c === 0x201d ||
    c === 0x201c ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x2019 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d
  );
}

function isOpenerChar(c: number): boolean {
  // « „ “ " ' ‘ ( [ { - ‒ – — ― •
  return (
    c === 0xab ||
    c === 0x201e ||
    c === 0x201c ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x2018 ||
    c === 0x28 ||
    c === 0x5b ||
    c === 0x7b ||
    c === 0x2d ||
    (c >= 0x2012 && c <= 0x2015) ||
    c === 0x2022
  );
}

/** The scanned tokens of one text, and the small questions every break decision asks of them. */
class Tokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  readonly gaps: Uint8Array;
  readonly n: number;

  constructor(
    readonly text: string,
    scanned: Scanned,
  ) {
    this.starts = scanned.starts;
    this.ends = scanned.ends;
    this.kinds = scanned.kinds;
    this.gaps = scanned.gaps;
    this.n = scanned.count;
  }

  first(k: number): number {
    return this.text.charCodeAt(this.starts[k] as number);
  }
  len(k: number): number {
    return (this.ends[k] as number) - (this.starts[k] as number);
  }
  lines(k: number): number {
    return (this.gaps[k] as number) >> GAP_LINE_SHIFT;
  }
  spaced(k: number): boolean {
    return ((this.gaps[k] as number) & GAP_SPACE) !== 0;
  }
  lower(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]).toLowerCase();
  }
  isPunct(k: number): boolean {
    return this.kinds[k] === K_PUNCT;
  }
  isTerminal(k: number): boolean {
    return this.isPunct(k) && isTerminalChar(this.first(k));
  }
  isCloser(k: number): boolean {
    return this.isPunct(k) && this.len(k) === 1 && isCloserChar(this.first(k));
  }
  isDot(k: number): boolean {
    return this.isPunct(k) && this.len(k) === 1 && this.first(k) === 0x2e;
  }
  isNumeric(j: number): boolean {
    return this.kinds[j] === K_NUMBER || (this.kinds[j] === K_OTHER && this.first(j) >= 0x30 && this.first(j) <= 0x39);
  }
}

/**
 * Could token `j` open a sentence? `mode` NORMAL: a capital, a digit or a sign, after any
 * opening quotes and dashes; HEADLINE: a capital after them; MAY (after an abbreviation
 * that can end a sentence): a capitalised word right away, since a quote after "2014 г."
 * is mostly a document title and "г. N 45" a document number.
 */
function startsSentence(tk: Tokens, j: number, mode: number): boolean {
  const n = tk.n;
  if (mode !== MAY) for (let steps = 0; j < n && steps < 4 && tk.isPunct(j) && isOpenerChar(tk.first(j)); steps++) j++;
  if (j >= n) return true;
  const cls = classAt(tk.text, tk.starts[j] as number);
  if (cls === LU || cls === LO) {
    // "N 45" / "№ 45": a number sign, not a word.
    return !(mode === MAY && tk.len(j) === 1 && j + 1 < n && tk.isNumeric(j + 1));
  }
  if (cls === LL || tk.isPunct(j)) return false;
  return mode === NORMAL; // a digit or a sign
}

/** "2. Цели", "IV. Итоги", "3) задачи": a numbered item. */
function isListItem(tk: Tokens, j: number): boolean {
  const kind = tk.kinds[j];
  if (j + 1 >= tk.n || tk.spaced(j + 1) || tk.len(j) > 8) return false;
  if (!tk.isNumeric(j) && kind !== K_ROMAN) return false;
  return tk.isDot(j + 1) || (tk.isPunct(j + 1) && tk.first(j + 1) === 0x29);
}

function isAbbreviation(tk: Tokens, r: number): boolean {
  return tk.kinds[r] === K_WORD && tk.len(r) <= MAX_ABBREVIATION_LENGTH && abbreviationEnd(tk.lower(r)) !== undefined;
}

/** A number on the same line right before token `q`, maybe through units: "5 тыс. руб.", "5 млн руб.". */
function numberBefore(tk: Tokens, q: number): boolean {
  if (tk.lines(q) > 0) return false;
  for (let r = q - 1, hops = 0; r >= 0 && hops < 3; hops++) {
    const kind = tk.kinds[r];
    if (tk.isNumeric(r) || kind === K_DATE || kind === K_ROMAN) return true;
    if (tk.isDot(r) && r >= 1 && isAbbreviation(tk, r - 1) && tk.lines(r - 1) === 0) r -= 2;
    else if (isAbbreviation(tk, r) && tk.lines(r) === 0) r--;
    else return false;
  }
  return false;
}

function policyOf(tk: Tokens, end: string | undefined, q: number): number {
  if (end === undefined) return NORMAL;
  if (end === 'never') return NEVER;
  if (end === 'may') return MAY;
  return numberBefore(tk, q) ? MAY : NEVER;
}

/** What a dot glued to the word `prev` means: the end of an abbreviation, of an initial, or of a sentence. */
function wordDotPolicy(tk: Tokens, prev: number): number {
  if (tk.len(prev) > MAX_ABBREVIATION_LENGTH) return NORMAL;
  // Longest key first: "вр.и.о" before "и.о" before "о"; "до н.э" before "н.э".
  let key = tk.lower(prev);
  let head = prev;
  const keys = [key];
  const heads = [prev];
  for (let steps = 0; steps < 2 && head >= 2 && tk.lines(head) === 0; steps++) {
    if (!tk.isDot(head - 1) || tk.spaced(head - 1) || tk.kinds[head - 2] !== K_WORD || tk.len(head - 2) > 3) break;
    key = `${tk.lower(head - 2)}.${key}`;
    head -= 2;
    keys.push(key);
    heads.push(head);
  }
  if (head >= 1 && tk.kinds[head - 1] === K_WORD && tk.spaced(head) && tk.lines(head) === 0 && tk.len(head - 1) <= 3) {
    keys.push(`${tk.lower(head - 1)} ${key}`);
    heads.push(head - 1);
  }
  for (let x = keys.length - 1; x >= 0; x--) {
    const end = abbreviationEnd(keys[x] as string);
    if (end !== undefined) return policyOf(tk, end, heads[x] as number);
  }
  // "А.В. Григорьев", "Л. Шагинова": a lone capital is an initial (but "до 10 G." is a unit).
  if (tk.len(prev) === 1 && classOf(tk.first(prev)) === LU && !(prev >= 1 && tk.isNumeric(prev - 1))) return NEVER;
  return NORMAL;
}

/** "в 2025г. Затем": the policy of a unit glued to digits in the token `prev`, or undefined when there is none. */
function gluedUnitPolicy(tk: Tokens, prev: number): number | undefined {
  const start = tk.starts[prev] as number;
  let end = tk.ends[prev] as number;
  while (end > start && isLetterClass(classOf(tk.text.charCodeAt(end - 1)))) end--;
  if (end > start && end < (tk.ends[prev] as number)) {
    const abbreviation = abbreviationEnd(tk.text.slice(end, tk.ends[prev]).toLowerCase());
    if (abbreviation === 'never') return NEVER;
    if (abbreviation !== undefined) return MAY;
  }
  return undefined;
}

/** What the dot at `k` (glued to the token before it) means. */
function dotPolicy(tk: Tokens, k: number): number {
  if (k === 0 || tk.spaced(k)) return NORMAL;
  const prev = k - 1;
  const kind = tk.kinds[prev];
  const atLineStart = prev === 0 || tk.lines(prev) > 0;
  if (kind === K_WORD) return wordDotPolicy(tk, prev);
  if (kind === K_OTHER) {
    const unit = gluedUnitPolicy(tk, prev);
    if (unit !== undefined) return unit;
  }
  // "1. Общие положения", "IV. Итоги": a list marker at the start of a line.
  if (atLineStart && (kind === K_NUMBER || kind === K_ROMAN || kind === K_OTHER) && tk.len(prev) <= 8) return NEVER;
  return NORMAL;
}

/**
 * A cluster of terminal marks and closers starting at `k` (`?!`, `.»`, `.)`, `!».`) is one
 * candidate break at its end: marks it when the next token opens a sentence. Returns the token
 * after the cluster.
 */
function terminalCluster(tk: Tokens, k: number, breaks: Uint8Array): number {
  const n = tk.n;
  let last = k;
  while (last + 1 < n && !tk.spaced(last + 1) && (tk.isTerminal(last + 1) || tk.isCloser(last + 1))) last++;
  if (last + 1 < n) {
    let split: boolean;
    if (tk.lines(last + 1) >= 2) split = true;
    else {
      const policy = tk.isDot(k) ? dotPolicy(tk, k) : NORMAL;
      split = policy === NEVER ? false : startsSentence(tk, last + 1, policy);
    }
    if (split) breaks[last] = 1;
  }
  return last + 1;
}

/** " date 2025-11-10 Title": a metadata line ends after its date. */
function markDateLines(tk: Tokens, breaks: Uint8Array): void {
  const { kinds, text } = tk;
  for (let k = 0; k + 1 < tk.n; k++) {
    if (kinds[k] !== K_WORD || tk.len(k) !== 4 || !text.startsWith('date', tk.starts[k])) continue;
    if ((k > 0 && tk.lines(k) === 0) || kinds[k + 1] !== K_DATE || tk.lines(k + 1) !== 0) continue;
    if (tk.len(k + 1) !== 10 || text.charCodeAt((tk.starts[k + 1] as number) + 4) !== 0x2d) continue;
    if (k > 0) breaks[k - 1] = 1;
    breaks[k + 1] = 1;
  }
}

/** Marks `1` at each token after which a sentence ends (the last token is left implicit). */
export function findBreaks(text: string, scanned: Scanned): Uint8Array {
  const tk = new Tokens(text, scanned);
  const n = tk.n;
  const breaks = new Uint8Array(n);
  for (let k = 0; k < n - 1;) {
    if (tk.isTerminal(k)) {
      k = terminalCluster(tk, k, breaks);
      continue;
    }
    if (tk.lines(k + 1) >= 2) breaks[k] = 1;
    else if (
      tk.lines(k + 1) === 1 &&
      (!tk.isPunct(k) || tk.isCloser(k)) &&
      (startsSentence(tk, k + 1, HEADLINE) || isListItem(tk, k + 1))
    ) {
      // A line that ends without punctuation before a capital or a list item: a headline,
      // a caption, a heading of a document.
      breaks[k] = 1;
    }
    k++;
  }
  markDateLines(tk, breaks);
  return breaks;
}
