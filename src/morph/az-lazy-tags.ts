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

/** Where the run `want` starts in `lines` (compared without a trailing CR), if exactly once. */
function findOnce(lines: readonly string[], want: readonly string[]): number | undefined {
  let found: number | undefined;
  const first = want[0]!;
  for (let i = 0; i + want.length <= lines.length; i++) {
    // az's file has ~4,000 lines: test the first line's start before comparing whole runs
    if (!lines[i]!.startsWith(first)) continue;
    if (want.every((w, k) => lines[i + k]!.replace(/\r$/, '') === w)) {
      if (found !== undefined) return undefined;
      found = i;
    }
  }
  return found;
}

/** az's source with the edits, or undefined when one of them does not apply. */
export function withLazyTags(source: string): string | undefined {
  const lines = source.split('\n');
  for (const [from, to] of EDITS) {
    const at = findOnce(lines, from);
    if (at === undefined) return undefined;
    // keep each line's own end (az's file mixes LF and CRLF)
    to.forEach((line, k) => (lines[at + k] = line + (lines[at + k]!.endsWith('\r') ? '\r' : '')));
  }
  return lines.join('\n');
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
