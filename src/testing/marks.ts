/**
 * Inline span marks in fixture texts. Two forms, which may be mixed:
 * - `[Андрей Григорьев](person)`: a span and its entity type; marks nest
 *   (`[министр труда [Владимирской области](region)](position)`);
 * - `[[Андрей Григорьев]]`: a span without a type (razdel's style, which the project's older
 *   fixtures use); it matches an entity of any type the comparison looks at.
 * A bracket that is part of the text is written `\[` or `\]` (or just left unmatched).
 */

/** A marked span: `[start, end)` in the plain text, and the type when the mark gives one. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string | null;
}

export interface MarkedText {
  /** The text without the marks. */
  readonly text: string;
  /** The marks in text order (outer before inner at one start). */
  readonly marks: readonly Mark[];
}

const TYPE_CLOSE = /^\]\(([a-z][a-z0-9_-]*)\)/;

/** Pairs the brackets of the marked text; returns the raw characters to drop and the marked ranges. */
function pair(raw: string): { drop: boolean[]; ranges: { from: number; to: number; type: string | null }[] } {
  const drop = new Array<boolean>(raw.length).fill(false);
  const ranges: { from: number; to: number; type: string | null }[] = [];
  const open: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && (raw[i + 1] === '[' || raw[i + 1] === ']' || raw[i + 1] === '\\')) {
      drop[i++] = true;
    } else if (c === '[' && raw[i + 1] === '[') {
      const close = raw.indexOf(']]', i + 2);
      const inner = close < 0 ? '' : raw.slice(i + 2, close);
      if (close > i + 2 && !/[[\]]/.test(inner)) {
        drop[i] = drop[i + 1] = drop[close] = drop[close + 1] = true;
        ranges.push({ from: i + 2, to: close, type: null });
        i = close + 1;
      } else open.push(i);
    } else if (c === '[') open.push(i);
    else if (c === ']' && open.length) {
      const m = TYPE_CLOSE.exec(raw.slice(i, i + 40));
      if (!m) continue;
      const from = open.pop()!;
      drop[from] = true;
      for (let k = i; k < i + m[0].length; k++) drop[k] = true;
      ranges.push({ from: from + 1, to: i, type: m[1]! });
      i += m[0].length - 1;
    }
  }
  return { drop, ranges };
}

/**
 * Splits a marked fixture text into the plain text and its marks.
 *
 * @example
 * parseMarked('Министр [Андрей Григорьев](person) сказал')
 * // { text: 'Министр Андрей Григорьев сказал', marks: [{ start: 8, end: 24, text: 'Андрей Григорьев', type: 'person' }] }
 */
export function parseMarked(marked: string): MarkedText {
  const { drop, ranges } = pair(marked);
  const offset = new Array<number>(marked.length + 1);
  let text = '';
  for (let i = 0; i < marked.length; i++) {
    offset[i] = text.length;
    if (!drop[i]) text += marked[i];
  }
  offset[marked.length] = text.length;
  const marks = ranges
    .map(({ from, to, type }) => {
      const start = offset[from]!;
      const end = offset[to]!;
      return { start, end, text: text.slice(start, end), type };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, marks };
}

const escapeBrackets = (s: string): string => s.replace(/[[\]\\]/g, (c) => `\\${c}`);

/**
 * Writes spans into a text as marks: the inverse of `parseMarked`, for writing a fixture from what
 * an extractor found (then correcting it by hand). A span that crosses another one is left out.
 *
 * @example
 * markText(doc.text, doc.entities.filter((e) => e.type === 'person'))
 */
export function markText(text: string, spans: readonly { start: number; end: number; type?: string | null }[]): string {
  const sorted = [...spans]
    .filter((s) => s.start < s.end && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  const open: { end: number; type: string | null }[] = [];
  const closeUntil = (pos: number): void => {
    while (open.length && open[open.length - 1]!.end <= pos) {
      const o = open.pop()!;
      out += escapeBrackets(text.slice(at, o.end)) + (o.type ? `](${o.type})` : ']]');
      at = o.end;
    }
  };
  for (const s of sorted) {
    closeUntil(s.start);
    const parent = open[open.length - 1];
    if (parent && s.end > parent.end) continue; // crosses its parent: cannot be written as a nested mark
    out += escapeBrackets(text.slice(at, s.start)) + (s.type ? '[' : '[[');
    at = s.start;
    open.push({ end: s.end, type: s.type ?? null });
  }
  closeUntil(text.length);
  return out + escapeBrackets(text.slice(at));
}
