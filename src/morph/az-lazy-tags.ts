/**
 * az with its tag table built on demand. az's `Morph.init` makes all 4,880 tags of its gramtab
 * (each twice: internal and external names) and deep-freezes them; that was two thirds of its
 * load time (~0.25 s of CPU), though a run of documents touches a few hundred of them. az keeps
 * the table in a closure, so the only way in is its source: this reads az's file, makes
 * `init` keep the gramtab rows and the two places that read a tag build it on first use, and
 * evaluates that source as a CommonJS module (az's file is its UMD modules one after another; the
 * edits are all in its Morph module).
 *
 * The tags built on demand are not frozen, as az's were: az never writes to a tag, nor does
 * `AzMorph` (the tags do not leave it), and freezing each new tag (a shape of its own, with its
 * two lists) was a tenth of the first document's time.
 *
 * The edits keep every line where it was (stack traces point at az's own lines). If az's file
 * does not have the expected text (another version), az is required as it is.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';
import type { AzStatic } from 'az';

// Each edit replaces a run of whole lines (found exactly once) by as many lines.
const EDITS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ['      paradigms,', '      tags,'],
    [
      '      paradigms,',
      '      tags, lazyInt = [], lazyExt = [], tagAt = function (i) { var t = tags[i]; if (t === undefined && i < lazyInt.length) { t = new Tag(lazyInt[i]); t.ext = new Tag(lazyExt[i]); tags[i] = t; } return t; },',
    ],
  ],
  [
    [
      '        tags = Array(tagsInt.length);',
      '        for (var i = 0; i < tagsInt.length; i++) {',
      '          tags[i] = new Tag(tagsInt[i]);',
      '          tags[i].ext = new Tag(tagsExt[i]);',
      '        }',
      '        tags = deepFreeze(tags);',
    ],
    ['        tags = Array(tagsInt.length);', '        lazyInt = tagsInt;', '        lazyExt = tagsExt;', '', '', ''],
  ],
  [
    ['    this.tag = tags[this.paradigm[this.formCnt + formIdx]];'],
    ['    this.tag = tagAt(this.paradigm[this.formCnt + formIdx]);'],
  ],
  [
    ['      if (tags[this.paradigm[this.formCnt + formIdx]].matches(tag, grammemes)) {'],
    ['      if (tagAt(this.paradigm[this.formCnt + formIdx]).matches(tag, grammemes)) {'],
  ],
];

/** A run of whole lines of the source: where it starts and ends, and which of its lines end in CR. */
interface Run {
  readonly start: number;
  readonly end: number;
  readonly cr: readonly boolean[];
}

/** The run of lines at `at` if it is `want` (compared without a trailing CR). */
function runAt(source: string, at: number, want: readonly string[]): Run | undefined {
  const cr: boolean[] = [];
  let p = at;
  let end = at;
  for (let k = 0; k < want.length; k++) {
    if (p > source.length) return undefined;
    end = source.indexOf('\n', p);
    if (end < 0) end = source.length;
    const hasCr = end > p && source.charCodeAt(end - 1) === 13;
    if (source.slice(p, hasCr ? end - 1 : end) !== want[k]) return undefined;
    cr.push(hasCr);
    p = end + 1;
  }
  return { start: at, end, cr };
}

/**
 * Where the run `want` is in `source`, if exactly once. Found with `indexOf` on the whole text,
 * not line by line: a JavaScript loop over az's ~3,000 lines, run once and so never optimised,
 * was ~10 ms of every start-up.
 */
function findOnce(source: string, want: readonly string[]): Run | undefined {
  let found: Run | undefined;
  for (let at = source.indexOf(want[0]!); at >= 0; at = source.indexOf(want[0]!, at + 1)) {
    if (at > 0 && source.charCodeAt(at - 1) !== 10) continue;
    const run = runAt(source, at, want);
    if (!run) continue;
    if (found) return undefined;
    found = run;
  }
  return found;
}

/** az's source with the edits, or undefined when one of them does not apply. */
export function withLazyTags(source: string): string | undefined {
  for (const [from, to] of EDITS) {
    const run = findOnce(source, from);
    if (run === undefined) return undefined;
    // keep each line's own end (az's file mixes LF and CRLF)
    const lines = to.map((line, k) => line + (run.cr[k] ? '\r' : '')).join('\n');
    source = source.slice(0, run.start) + lines + source.slice(run.end);
  }
  return source;
}

// One evaluated az per process, shared by the ESM and the CJS build of this package (as the
// require cache shares the plain one): az's dictionaries are process-global.
const MODULE = Symbol.for('gosfacts.morph.az-lazy-tags');

/** The az module at `file` (resolved by `req`), with lazy tags when its source allows. */
export function requireAzLazyTags(req: NodeRequire, file: string): AzStatic {
  const holder = globalThis as unknown as Record<symbol, AzStatic | undefined>;
  const cached = holder[MODULE];
  if (cached) return cached;
  const source = withLazyTags(readFileSync(file, 'utf8'));
  if (source === undefined) return req(file) as AzStatic;
  const module = { exports: {} as unknown };
  const params = ['exports', 'require', 'module', '__filename', '__dirname'];
  const factory = compileFunction(source, params, { filename: file });
  factory.call(module.exports, module.exports, req, module, file, dirname(file));
  return (holder[MODULE] = module.exports as AzStatic);
}
