/**
 * Typed inline marks that may nest, for fixtures with several kinds at once:
 * `[[l:постановлением ... [[d:от 27 марта 2006 г.]] N 45]]` gives the plain text and every span
 * with its type letter. Passages are separated by a line `---`; lines starting with `#` are comments.
 * (bench/official-figures.mjs reads the same format.)
 */
export interface TypedSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function unmarkTyped(marked: string): { text: string; spans: TypedSpan[] } {
  let text = '';
  const spans: TypedSpan[] = [];
  const open: { type: string; start: number }[] = [];
  for (let i = 0; i < marked.length;) {
    const m = /^\[\[([a-z]):/.exec(marked.slice(i, i + 5));
    if (m) {
      open.push({ type: m[1]!, start: text.length });
      i += m[0].length;
    } else if (marked.startsWith(']]', i) && open.length) {
      const o = open.pop()!;
      spans.push({ type: o.type, start: o.start, end: text.length, text: text.slice(o.start, text.length) });
      i += 2;
    } else text += marked[i++];
  }
  return { text, spans: spans.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** The passages of a fixture file, comments dropped. */
export function passages(file: string): string[] {
  return file
    .split(/^---$/m)
    .map((p) =>
      p
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
    )
    .filter((p) => p.trim());
}

/** Entity types of the marks. */
export const MARK_TYPES: Readonly<Record<string, string>> = {
  n: 'number',
  p: 'percent',
  m: 'money',
  d: 'date',
  l: 'law',
};
