#!/usr/bin/env node
// Runs after tsup (`npm run build`): makes dist/index.js, the package's ESM entry, a small loader
// that runs the library's CJS bundle (dist/index.cjs) with V8's code cache, and writes that cache
// (dist/index.cjs.v8cache) from a run of the library on the repo's fixtures.
//
// Why: compiling the 1.5 MB bundle was a third of `import('gosfacts')`, and the functions the first
// documents need were compiled again on their first call. Node 22 has `module.enableCompileCache()`
// for this; Node 20 has `vm.Script` with `cachedData`, which is what the loader uses. V8 accepts a
// cache made by the same V8 version with the same flags for a source of the same length, and
// otherwise ignores it (`cachedDataRejected`): the library is then compiled as without a cache.
// `require('gosfacts')` (dist/index.cjs through Node's own loader) is unchanged.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bundle = join(dist, 'index.cjs');

// The wrapper the loader puts around the bundle: the cache is valid for this exact source only.
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n})';
// The loader reads the bundle as Latin-1, a plain copy into a one-byte string, where decoding 1.5 MB
// of UTF-8 with Cyrillic in it was ~10 ms of every import. That needs an ASCII file: esbuild
// escapes strings (tsup.config.ts), and the regular expressions and comments it leaves in Cyrillic
// are escaped here (`\uXXXX` means the same character in a regular expression, in either mode,
// and in a comment it is a comment). A backslash before such a character would change meaning:
// the file is then left as it is and read as UTF-8. The cache is made from the same text (V8
// checks the source's length). Columns after a Cyrillic regular expression on its line move in
// the source map; lines do not.
const ENCODING = asciiBundle() ? 'latin1' : 'utf8';

/** Makes dist/index.cjs ASCII if it can; whether it is. */
function asciiBundle() {
  const text = readFileSync(bundle, 'utf8');
  if (!/[\u0080-\uffff]/.test(text)) return true;
  if (/\\[\u0080-\uffff]/.test(text) || /[\ud800-\udfff]/.test(text)) return false;
  writeFileSync(
    bundle,
    text.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')),
  );
  return true;
}
// The script's name in stack traces. V8 keeps the name the cache was made with, whatever name the
// loader then gives (measured on Node 20: a cache made at /build/dist/index.cjs shows that path in
// every user's stack traces), so the build and the loader use this one path-free name.
const NAME = 'gosfacts/dist/index.cjs';

/** Runs the bundle as the loader does; returns its exports and the compiled script. */
function load() {
  const script = new Script(HEAD + readFileSync(bundle, ENCODING) + TAIL, { filename: NAME });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dist);
  return { lib: module.exports, script };
}

// The ESM entry must export exactly what tsup's ESM build of the library exports.
const esm = await import(pathToFileURL(join(dist, 'index.js')).href);
// Without Sparkplug, V8's baseline compiler, while the cache is made: a function it compiled is
// marked so in the cache, and a process that loads the cache then baseline-compiles each marked
// function at its first call (a first short document compiled ~230 that way, where it compiles
// ~16 once they are hot). The flag is back to its default before the cache is written: V8 keys
// the cache on the flags (checked below).
setFlagsFromString('--no-sparkplug');
const { lib, script } = load();
const names = Object.keys(lib).sort();
const esmNames = Object.keys(esm).sort();
if (names.join() !== esmNames.join()) {
  throw new Error(`dist/index.cjs and dist/index.js export different names: ${names} vs ${esmNames}`);
}

// Compile what documents use (the fixtures, not the bench's text), so the cache holds it too.
const extractor = await lib.createExtractor();
for (const dir of readdirSync(join(root, 'fixtures'), { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const f of readdirSync(join(root, 'fixtures', dir.name))) {
    if (f.endsWith('.txt'))
      extractor.extract(readFileSync(join(root, 'fixtures', dir.name, f), 'utf8'), { publishedAt: '2025-11-10' });
  }
}
setFlagsFromString('--sparkplug');
const cache = script.createCachedData();
writeFileSync(`${bundle}.v8cache`, cache);

const loader = `// The package's ESM entry, written by scripts/compile-cache.mjs: runs the library's CJS bundle
// (./index.cjs) with V8's code cache (./index.cjs.v8cache), which V8 ignores when it was made by
// another version of V8 or with other flags.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// node:fs and node:vm through require: an ESM import of node:fs builds its module namespace from
// every export, whose lazy getters load Node's 18 stream modules (~2 ms, 100 pages of memory)
const require = createRequire(import.meta.url);
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
const { Script } = require('node:vm');

const HEAD = ${JSON.stringify(HEAD)};
const TAIL = ${JSON.stringify(TAIL)};
const bundle = fileURLToPath(new URL('./index.cjs', import.meta.url));

/** Reads the open file \`fd\` of \`size\` bytes into \`buffer\` at \`offset\`, and closes it. */
function readInto(fd, size, buffer, offset) {
  try {
    for (let at = 0; at < size; ) {
      const n = readSync(fd, buffer, offset + at, size - at, at);
      if (n === 0) throw new Error(\`\${bundle}: file shorter than its size\`);
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}

// Memory the process touches for the first time is what reading costs most, so the two files
// share one buffer, and the bundle is read between its wrapper's two ends: the string made from
// the buffer is the script's whole source, which V8 would otherwise copy once more to flatten
// HEAD + bundle + TAIL.
const codeFd = openSync(bundle, 'r');
const codeSize = fstatSync(codeFd).size;
let cacheFd;
let cacheSize = 0;
try {
  cacheFd = openSync(bundle + '.v8cache', 'r');
  cacheSize = fstatSync(cacheFd).size;
} catch {
  cacheFd = undefined;
}
const length = HEAD.length + codeSize + TAIL.length;
let buffer = Buffer.allocUnsafeSlow(Math.max(length, cacheSize));
buffer.write(HEAD, 0, 'latin1');
readInto(codeFd, codeSize, buffer, HEAD.length);
buffer.write(TAIL, HEAD.length + codeSize, 'latin1');
const source = buffer.toString(${JSON.stringify(ENCODING)}, 0, length);
let cachedData;
if (cacheFd !== undefined) {
  try {
    readInto(cacheFd, cacheSize, buffer, 0);
    cachedData = buffer.subarray(0, cacheSize);
  } catch {
    cachedData = undefined;
  }
}
const script = new Script(source, { filename: ${JSON.stringify(NAME)}, cachedData });
cachedData = undefined;
buffer = undefined;
const module = { exports: {} };
script
  .runInThisContext()
  .call(module.exports, module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('.', import.meta.url)));
const lib = module.exports;

export const {
${names.map((n) => `  ${n},`).join('\n')}
} = lib;
`;
writeFileSync(join(dist, 'index.js'), loader);
rmSync(join(dist, 'index.js.map'), { force: true });

// A fresh process with the default flags must accept the cache (V8 would silently compile the
// bundle without it).
const check = `const { readFileSync } = require('node:fs');
const { Script } = require('node:vm');
const source = ${JSON.stringify(HEAD)} + readFileSync(process.argv[1], ${JSON.stringify(ENCODING)}) + ${JSON.stringify(TAIL)};
const script = new Script(source, { filename: ${JSON.stringify(NAME)}, cachedData: readFileSync(process.argv[1] + '.v8cache') });
process.stdout.write(String(script.cachedDataRejected));`;
const rejected = execFileSync(process.execPath, ['-e', check, bundle], { encoding: 'utf8' });
if (rejected !== 'false') throw new Error(`a fresh process rejects dist/index.cjs.v8cache (${rejected})`);
console.log(
  `compile cache: dist/index.cjs.v8cache (${(cache.length / 2 ** 20).toFixed(1)} MB), dist/index.js loads dist/index.cjs (as ${ENCODING})`,
);
