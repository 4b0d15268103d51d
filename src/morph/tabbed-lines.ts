/**
 * The generated tables (warm readings, gazetteer keys) are lines of `key<TAB>value`. Calls
 * `row(at, tab, end)` for each line from `from` whose tab comes after its first character: the
 * key is `text.slice(at, tab)`, the value `text.slice(tab + 1, end)`. One pass of indexOf over
 * the text at start-up, not split('\n') (an array of ~5,000 lines to drop).
 */
export function eachTabbedLine(text: string, from: number, row: (at: number, tab: number, end: number) => void): void {
  for (let at = from; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < end) row(at, tab, end);
    at = end + 1;
  }
}
