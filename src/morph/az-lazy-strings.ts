/**
 * az's string tables (its ~16,000 suffixes, its ~4,900 tags) read on demand. `JSON.parse` of the
 * two files made ~21,000 small strings at every start-up (plus their UTF-8 decoding), which all
 * survived and were copied by the start-up's young-generation collections, though a run of
 * documents reads a few thousand of them. Here the file stays as it was read; one pass of a sticky
 * regular expression (native code) finds where each string starts, and a string is decoded the
 * first time az asks for it.
 */

/** A read-only list of strings, as az uses it: `length` and `at(i)` (a real array has both too). */
export interface StringTable {
  readonly length: number;
  at(index: number): string | undefined;
}

/** The opening of the JSON array. */
const OPEN = /^\s*\[\s*/y;
/** One string of the array and what follows it: a comma, or the closing bracket at the end. */
const ITEM = /"(?:[^"\\]|\\.)*"\s*(?:,\s*|\]\s*$)/y;

class LazyStrings implements StringTable {
  private readonly cache: (string | undefined)[];

  /** `starts[i]`: where string i's opening quote is; `starts[length]`: the end of the text. */
  constructor(
    private readonly bytes: Buffer,
    private readonly text: string,
    private readonly starts: Uint32Array,
    readonly length: number,
  ) {
    this.cache = new Array<string | undefined>(length);
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const known = this.cache[index];
    if (known !== undefined) return known;
    const start = this.starts[index]!;
    // the closing quote is the last one before the next string: what follows it has none
    const end = this.text.lastIndexOf('"', this.starts[index + 1]! - 1);
    let s = this.bytes.toString('utf8', start + 1, end);
    if (s.includes('\\')) s = JSON.parse('"' + s + '"') as string;
    return (this.cache[index] = s);
  }
}

/**
 * The strings of a JSON file that is one flat array of strings (as UTF-8 bytes), decoded on
 * demand; any other JSON is parsed as it is.
 */
export function lazyStrings(data: ArrayBuffer): StringTable {
  const bytes = Buffer.from(data);
  // Latin-1: one character per byte, so positions in the text are positions in the bytes (UTF-8's
  // bytes of other letters are never a quote, a backslash, a bracket or a comma)
  const text = bytes.toString('latin1');
  OPEN.lastIndex = 0;
  if (OPEN.test(text)) {
    // the shortest item, `"",`, has three characters
    const starts = new Uint32Array(Math.floor(text.length / 3) + 2);
    let n = 0;
    let at = OPEN.lastIndex;
    ITEM.lastIndex = at;
    while (ITEM.test(text)) {
      starts[n++] = at;
      at = ITEM.lastIndex;
    }
    if (at === text.length && n > 0) {
      starts[n] = at;
      return new LazyStrings(bytes, text, starts.slice(0, n + 1), n);
    }
  }
  return JSON.parse(bytes.toString('utf8')) as string[];
}
