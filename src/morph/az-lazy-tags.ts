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
 * The same way, az's string tables (suffixes, tags) are decoded on demand (az-lazy-strings.ts),
 * its paradigms (views of one array) are made on first use, its tags in Russian notation are not
 * read, and the modules after Az.Morph, which gosfacts does not use, are not evaluated.
 *
 * The edits keep every line where it was (stack traces point at az's own lines). If az's file
 * does not have the expected text (another version), az is required as it is.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';
import type { AzStatic } from 'az';
import { lazyStrings } from './az-lazy-strings.js';
import { AZ_BUNDLED_VERSION, azModule } from './az-lazy.generated.js';

// Each edit replaces a run of whole lines (found exactly once) by as many lines.
const EDITS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ['      paradigms,', '      tags,'],
    [
      '      paradigms, paradigmList, paradigmStart, paradigmAt = function (i) { var p = paradigms[i]; if (p === undefined && i < paradigms.length) { var s = paradigmStart[i]; p = paradigms[i] = paradigmList.subarray(s + 1, s + 1 + paradigmList[s]); } return p; },',
      "      tags, lazyInt = [], tagAt = function (i) { var t = tags[i]; if (t === undefined && i < lazyInt.length) { t = new Tag(lazyInt.at(i)); t.ext = new Tag(''); tags[i] = t; } return t; },",
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
    ['        tags = Array(tagsInt.length);', '        lazyInt = tagsInt;', '', '', '', ''],
  ],
  [
    ['    this.tag = tags[this.paradigm[this.formCnt + formIdx]];'],
    ['    this.tag = tagAt(this.paradigm[this.formCnt + formIdx]);'],
  ],
  [
    ['      if (tags[this.paradigm[this.formCnt + formIdx]].matches(tag, grammemes)) {'],
    ['      if (tagAt(this.paradigm[this.formCnt + formIdx]).matches(tag, grammemes)) {'],
  ],
  [['    this.paradigm = paradigms[paradigmIdx];'], ['    this.paradigm = paradigmAt(paradigmIdx);']],
  [
    ['      this.word.length - suffixes[this.paradigm[this.formIdx]].length)'],
    ['      this.word.length - suffixes.at(this.paradigm[this.formIdx]).length)'],
  ],
  [['          suffixes[this.paradigm[tag]],'], ['          suffixes.at(this.paradigm[tag]),']],
  [['            suffixes[this.paradigm[formIdx]],'], ['            suffixes.at(this.paradigm[formIdx]),']],
  [
    [
      "    console.log(prefixes[this.paradigm[(this.formCnt << 1) + this.formIdx]] + '|' + this.base() + '|' + suffixes[this.paradigm[this.formIdx]]);",
    ],
    [
      "    console.log(prefixes[this.paradigm[(this.formCnt << 1) + this.formIdx]] + '|' + this.base() + '|' + suffixes.at(this.paradigm[this.formIdx]));",
    ],
  ],
  // the string tables are read as bytes and decoded on demand (az-lazy-strings.ts)
  [
    [
      "    Az.load(path + '/gramtab-opencorpora-int.json', 'json', function(err, json) {",
      '      if (err) {',
      '        callback(err);',
      '        return;',
      '      }',
      '      tagsInt = json;',
    ],
    [
      "    Az.load(path + '/gramtab-opencorpora-int.json', 'arraybuffer', function(err, json) {",
      '      if (err) {',
      '        callback(err);',
      '        return;',
      '      }',
      '      tagsInt = lazyStrings(json);',
    ],
  ],
  [
    [
      "    Az.load(path + '/suffixes.json', 'json', function(err, json) {",
      '      if (err) {',
      '        callback(err);',
      '        return;',
      '      }',
      '      suffixes = json;',
    ],
    [
      "    Az.load(path + '/suffixes.json', 'arraybuffer', function(err, json) {",
      '      if (err) {',
      '        callback(err);',
      '        return;',
      '      }',
      '      suffixes = lazyStrings(json);',
    ],
  ],
  // the tags in Russian notation (`tag.ext`) only serve az's debug `log()`: not read at all
  [
    [
      '    loading++;',
      "    Az.load(path + '/gramtab-opencorpora-ext.json', 'json', function(err, json) {",
      '      if (err) {',
      '        callback(err);',
      '        return;',
      '      }',
      '      tagsExt = json;',
      '      loaded();',
      '    });',
    ],
    ['', '', '', '', '', '', '', '', ''],
  ],
  // the paradigms (~3,300 views of one array) are made on first use: only where each starts is found now
  [
    [
      '      paradigms = [];',
      '      for (var i = 0; i < count; i++) {',
      '        var size = list[pos++];',
      '        paradigms.push(list.subarray(pos, pos + size));',
      '        pos += size;',
      '      }',
    ],
    [
      '      paradigms = Array(count);',
      '      paradigmList = list;',
      '      paradigmStart = new Uint32Array(count);',
      '      for (var i = 0; i < count; i++) {',
      '        paradigmStart[i] = pos; pos += list[pos] + 1;',
      '      }',
    ],
  ],
];

/**
 * The first line of az's modules that gosfacts does not use (Az.Syntax, an empty stub, and
 * Az.Tokens, a tokenizer whose module splits a list of ~1,500 domain names at load): the source
 * is cut before the module that has it.
 */
const UNUSED_MODULES = "  typeof define === 'function' && define.amd ? define('Az.Syntax', ['Az'], factory) :";
const MODULE_START = ';(function (global, factory) {';

/** The parameters of az's module function: CommonJS's, and gosfacts' helpers that the edits use. */
const PARAMS = ['exports', 'require', 'module', '__filename', '__dirname', 'lazyStrings'];

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

/** The source without the modules from the one that `line` is in, or undefined. */
function cutModulesFrom(source: string, line: string): string | undefined {
  const run = findOnce(source, [line]);
  if (run === undefined) return undefined;
  const start = source.lastIndexOf('\n' + MODULE_START, run.start);
  return start < 0 ? undefined : source.slice(0, start + 1);
}

/** az's source with the edits, or undefined when one of them does not apply. */
export function withLazyTags(whole: string): string | undefined {
  const source = cutModulesFrom(whole, UNUSED_MODULES);
  if (source === undefined) return undefined;
  // every run is found in the one text, and the result joined once (each edit made on the text
  // before would flatten a copy of it for the next search)
  const edits: { run: Run; to: readonly string[] }[] = [];
  for (const [from, to] of EDITS) {
    const run = findOnce(source, from);
    if (run === undefined) return undefined;
    edits.push({ run, to });
  }
  edits.sort((a, b) => a.run.start - b.run.start);
  const pieces: string[] = [];
  let at = 0;
  for (const { run, to } of edits) {
    if (run.start < at) return undefined; // two edits on one line
    // keep each line's own end (az's file mixes LF and CRLF)
    pieces.push(source.slice(at, run.start), to.map((line, k) => line + (run.cr[k] ? '\r' : '')).join('\n'));
    at = run.end;
  }
  pieces.push(source.slice(at));
  return pieces.join('');
}

/**
 * The TypeScript module src/morph/az-lazy.generated.ts: az's source as `withLazyTags` edits it,
 * as the body of a function, so that it is bundled and compiled with the package (and V8's code
 * cache of it) instead of being read, edited and compiled from az's file at every start-up (the
 * compile alone was ~3% of the instructions of import + createExtractor + a first document).
 * Undefined when the edits do not apply.
 */
export function bundledAzSource(azSource: string, version: string): string | undefined {
  const source = withLazyTags(azSource);
  if (source === undefined) return undefined;
  return [
    '// Generated by test/morph-az-bundled.test.ts (UPDATE_AZ=1 npx vitest run test/morph-az-bundled.test.ts): do not edit.',
    `// az ${version} with the edits of src/morph/az-lazy-tags.ts, as a CommonJS module function; used`,
    '// when the installed az is this version. Its licence (a `/*!` comment: the bundle keeps it):',
    `/*! az ${version} (https://github.com/deNULL/az) | MIT licence, Copyright (c) Denis Olshin | see LICENSE */`,
    '/* eslint-disable */',
    '// @ts-nocheck',
    `export const AZ_BUNDLED_VERSION: string = ${JSON.stringify(version)};`,
    `export function azModule(${PARAMS.join(', ')}): void {`,
    source.replace(/\r\n/g, '\n'),
    '}',
    '',
  ].join('\n');
}

// One evaluated az per process, shared by the ESM and the CJS build of this package (as the
// require cache shares the plain one): az's dictionaries are process-global.
const MODULE = Symbol.for('gosfacts.morph.az-lazy-tags');

/**
 * The az module at `file` (resolved by `req`), with lazy tags when its source allows: the bundled
 * copy when the installed az is its version, else az's file edited now.
 */
export function requireAzLazyTags(req: NodeRequire, file: string, version: string): AzStatic {
  const holder = globalThis as unknown as Record<symbol, AzStatic | undefined>;
  const cached = holder[MODULE];
  if (cached) return cached;
  const module = { exports: {} as unknown };
  let factory: (...args: unknown[]) => void = azModule as (...args: unknown[]) => void;
  if (version !== AZ_BUNDLED_VERSION) {
    const source = withLazyTags(readFileSync(file, 'utf8'));
    if (source === undefined) return req(file) as AzStatic;
    factory = compileFunction(source, PARAMS, { filename: file }) as (...args: unknown[]) => void;
  }
  factory.call(module.exports, module.exports, req, module, file, dirname(file), lazyStrings);
  return (holder[MODULE] = module.exports as AzStatic);
}
