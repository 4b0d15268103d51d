/**
 * Inline span marks for fixtures, razdel-style: `'Министр [[Андрей Григорьев]] сказал'` gives the
 * plain text and the marked spans with their offsets.
 */
export function unmark(marked: string): { text: string; spans: { start: number; end: number; text: string }[] } {
  let text = '';
  const spans: { start: number; end: number; text: string }[] = [];
  const re = /\[\[([\s\S]*?)\]\]/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const inner = m[1] ?? '';
    spans.push({ start: text.length, end: text.length + inner.length, text: inner });
    text += inner;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, spans };
}
