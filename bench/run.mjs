#!/usr/bin/env node
// Speed and memory of the built package (run `npm run build` first):
//
//   npm run bench -- [--json FILE] [--quick] [--passes N] [--budget SECONDS] [--corpus FILE.jsonl]... [--profile]
//                    [--docs N] [--heap MB] [--semi MB]
//
// - start-up: import of dist/index.js, createExtractor() and the first document, each timed,
//   RSS and heap after init;
// - per corpus (NEREL dev and RuREBus texts from ../shared/corpora, else the repo's fixtures/):
//   characters/s and documents/s of extract() after a warm-up of 2 million characters, once V8
//   has compiled the hot code (median of up to N timed passes; the warm-up's own rate and the
//   passes' rate by CPU time, V8's background threads included, are printed too),
//   peak RSS, and the same for one plain tokenizing pass (the package's segment(), a trivial
//   regex tokenizer, and the floor: that tokenizer plus one Map lookup per word), with the
//   ratios tokenize / extract (floor/extract is the "ratio");
// - extract() is timed in a child process per corpus (node --expose-gc, the same V8 flags): its
//   peak RSS is the extractor's and that corpus', not the harness' (other corpora, the floor's
//   dictionary, the tokenizing passes); after its passes the child collects garbage and reports
//   the live heap, so RSS (what V8 let grow) and live memory (what the package holds) are apart;
// - --docs N: a long run after the timed passes, in a child process too: N documents, cycling
//   through the corpora, with RSS, peak RSS, heap used, the old generation after V8's last full collection
//   and the morphology's cache (size and hit rate) every N/10 documents (memory must stay flat),
//   and the live heap after a forced collection at the end (only then: forcing one resets V8's
//   heap limits low, so a run that forced one every N/10 documents peaked lower than it would);
// --json FILE writes every figure; --profile reruns the bench under `node --cpu-prof`;
// --heap MB reruns it under `node --max-old-space-size=MB` (e.g. 128: it must complete), and
// --semi MB under `node --max-semi-space-size=MB` (V8's young generation: 16 MB a semi-space by
// default, two of them committed), the children too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');

// ---- arguments ------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const take = (name) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) fatal(`${name} needs a value`);
  argv.splice(i, 2);
  return v;
};
const flag = (name) => {
  const i = argv.indexOf(name);
  if (i >= 0) argv.splice(i, 1);
  return i >= 0;
};
function fatal(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}
if (flag('--help') || flag('-h')) {
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8')
    .split('\n')
    .slice(1);
  console.log(
    lines
      .slice(
        0,
        lines.findIndex((l) => !l.startsWith('//')),
      )
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n'),
  );
  process.exit(0);
}
const profile = flag('--profile');
/** Internal: `extract:I` (time extract() on corpus I) or `long` (the long run), in a child process. */
const child = take('--child');
const heapArg = take('--heap');
const semiArg = take('--semi');
const longDocs = Number(take('--docs') ?? 0);
const quick = flag('--quick');
const jsonOut = take('--json');
const passes = Number(take('--passes') ?? (quick ? 1 : 3));
const budgetSec = Number(take('--budget') ?? (quick ? 5 : 25));
const corpusArgs = [];
for (let v; (v = take('--corpus')) !== undefined;) corpusArgs.push(v);
if (argv.length) fatal(`unknown argument ${argv[0]} (see --help)`);
if (!(passes >= 1) || !(budgetSec > 0)) fatal('--passes and --budget must be positive');
if (!(longDocs >= 0)) fatal('--docs must be a number of documents');

if (heapArg !== undefined || semiArg !== undefined) {
  // Rerun under a small V8 heap: the run must complete (memory bounded whatever the corpus).
  if (heapArg !== undefined && !(Number(heapArg) > 0)) fatal('--heap needs a size in MB');
  if (semiArg !== undefined && !(Number(semiArg) > 0)) fatal('--semi needs a size in MB');
  const flags = [
    ...(heapArg !== undefined ? [`--max-old-space-size=${heapArg}`] : []),
    ...(semiArg !== undefined ? [`--max-semi-space-size=${semiArg}`] : []),
  ];
  const ours = new Set(['--heap', '--semi']);
  const rest = process.argv.slice(2).filter((a, i, all) => !ours.has(a) && !ours.has(all[i - 1]));
  console.log(`heap: node ${flags.join(' ')} bench/run.mjs ${rest.join(' ')}`);
  const r = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...rest], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

if (profile) {
  // Rerun this bench under the V8 sampling profiler; the .cpuprofile opens in Chrome DevTools
  // (Performance tab, or chrome://inspect -> Open dedicated DevTools for Node -> Profiler) or in VS Code.
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const rest = process.argv.slice(2).filter((a) => a !== '--profile');
  console.log(
    `profiling: node --cpu-prof --cpu-prof-dir ${relative(process.cwd(), dir) || '.'} bench/run.mjs ${rest.join(' ')}`,
  );
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, fileURLToPath(import.meta.url), ...rest],
    { stdio: 'inherit' },
  );
  const profiles = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (profiles[0]) {
    console.log(`\nprofile: ${relative(process.cwd(), profiles[0])}`);
    console.log('open it in Chrome DevTools (Performance -> Load profile) or VS Code; or inspect live with');
    console.log('  node --inspect-brk bench/run.mjs --quick   and chrome://inspect');
  }
  process.exit(r.status ?? 1);
}

// ---- start-up -------------------------------------------------------------------------------
const entry = join(root, 'dist/index.js');
if (!existsSync(entry)) fatal('dist/index.js is missing: run `npm run build` first');
const MB = 2 ** 20;
const mem0 = process.memoryUsage();
let t = performance.now();
const lib = await import(pathToFileURL(entry).href);
const importMs = performance.now() - t;
t = performance.now();
const extractor = await lib.createExtractor();
const initMs = performance.now() - t;
const memInit = process.memoryUsage();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// the first document pays what is left lazy (first morphology look-ups, first rule matches)
const FIRST_DOC =
  'Губернатор Владимирской области Александр Авдеев 10 ноября 2025 года вручил награды победителям ' +
  'конкурса Минтруда России «Лучшие практики занятости» в Москве; уровень трудоустройства вырос на 5%.';
t = performance.now();
extractor.extract(FIRST_DOC, { publishedAt: '2025-11-10' });
const firstDocMs = performance.now() - t;

// ---- corpora --------------------------------------------------------------------------------
const notes = [];
function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((d) => typeof d.text === 'string')
    .map((d) => ({ id: d.id, text: d.text, publishedAt: d.publishedAt ?? null }));
}
function fixtureTexts(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, f.name);
      if (f.isDirectory()) walk(p);
      else if (f.name.endsWith('.txt'))
        out.push({ id: relative(root, p), text: readFileSync(p, 'utf8'), publishedAt: null });
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const corpora = [];
if (corpusArgs.length) {
  for (const p of corpusArgs) corpora.push({ name: basename(p), read: () => readJsonl(resolve(p)) });
} else {
  for (const [name, rel] of [
    ['nerel/dev', 'corpora/nerel/dev.jsonl'],
    ['rurebus/texts', 'corpora/rurebus/texts.jsonl'],
  ]) {
    const p = join(shared, rel);
    if (existsSync(p)) corpora.push({ name, read: () => readJsonl(p) });
    else notes.push(`skipped ${name}: ${relative(root, p)} not found`);
  }
  if (!corpora.length) {
    const docs = fixtureTexts(join(root, 'fixtures'));
    if (docs.length) corpora.push({ name: 'fixtures/*.txt', read: () => docs });
    else fatal('no corpus found (../shared/corpora and fixtures/ are both missing)');
  }
}

// a child timing one corpus reads only that one
const childCorpus = child?.startsWith('extract:') ? Number(child.slice('extract:'.length)) : -1;
for (const [i, c] of corpora.entries()) c.docs = childCorpus < 0 || i === childCorpus ? c.read() : [];

// ---- timing ---------------------------------------------------------------------------------
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
/** The floor's dictionary: every word of the corpora, lower-cased (filled before timing). */
const VOCAB = new Map();
let sink = 0; // keeps results observable so no pass can be optimised away
const runners = {
  extract: (d) => {
    const r = extractor.extract(d.text, d.publishedAt ? { publishedAt: d.publishedAt } : {});
    sink += r.entities.length;
    return r.entities.length;
  },
  segment: (d) => {
    const s = lib.segment(d.text);
    sink += s.tokens.length;
    return s.tokens.length;
  },
  regex: (d) => {
    let n = 0;
    TOKEN.lastIndex = 0;
    while (TOKEN.exec(d.text) !== null) n++;
    sink += n;
    return n;
  },
  // the floor: split into words and look each up in a map, the least a word-level extractor does
  floor: (d) => {
    let n = 0;
    TOKEN.lastIndex = 0;
    for (let m; (m = TOKEN.exec(d.text)) !== null;) n += VOCAB.get(m[0].toLowerCase()) ?? 0;
    sink += n;
    return n;
  },
};
if (child === undefined)
  for (const c of corpora)
    for (const d of c.docs) for (const m of d.text.matchAll(TOKEN)) VOCAB.set(m[0].toLowerCase(), 1);

/** Each pass covers at least this many characters (small corpora are repeated). */
const MIN_PASS_CHARS = 300_000;
/** Characters of warm-up before the timed passes (see `measure`). */
const WARM_CHARS = 2_000_000;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function measure(allDocs, fn, budgetMs, sampleRss) {
  const allChars = allDocs.reduce((a, d) => a + d.text.length, 0);
  const reps = Math.max(1, Math.ceil(MIN_PASS_CHARS / Math.max(1, allChars)));
  let peakRss = process.memoryUsage.rss();
  let count = 0;
  // warm-up: until V8 has compiled the hot code, which takes ~2 million characters of news (a
  // third of a pass, as until session 15, timed NEREL dev at ~75% of its steady rate: passes 2
  // to 10 of the corpus ran at 390,000 to 730,000 chars/s, then flat at 800,000-900,000), at
  // least a third of a pass and a few documents, at most a third of the budget
  let warm = 0;
  const tw = performance.now();
  const warmChars = Math.max(WARM_CHARS, (allChars * reps) / 3);
  for (let i = 0; (warm < warmChars && performance.now() - tw < budgetMs / 3) || i < Math.min(allDocs.length, 5); i++) {
    const d = allDocs[i % allDocs.length];
    fn(d);
    warm += d.text.length;
  }
  const warmRate = warm / Math.max(1e-6, (performance.now() - tw) / 1000);
  // a pass that would not fit in the budget times the corpus' first documents instead
  let docs = allDocs;
  if (((allChars * reps) / warmRate) * 1000 > budgetMs) {
    const room = (warmRate * budgetMs) / 1000;
    let n = 0;
    for (let c = 0; n < allDocs.length && (n === 0 || c + allDocs[n].text.length <= room); n++)
      c += allDocs[n].text.length;
    docs = allDocs.slice(0, n);
  }
  const chars = docs.reduce((a, d) => a + d.text.length, 0);
  const timed = [];
  /** CPU seconds of each pass: the process', so V8's compiler and collector threads too. */
  const cpu = [];
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    const ts = performance.now();
    const cs = process.cpuUsage();
    for (let r = 0; r < reps; r++) {
      for (const d of docs) {
        count += fn(d);
        if (sampleRss) {
          const rss = process.memoryUsage.rss();
          if (rss > peakRss) peakRss = rss;
        }
      }
    }
    timed.push((performance.now() - ts) / 1000);
    const cu = process.cpuUsage(cs);
    cpu.push((cu.user + cu.system) / 1e6);
    if (performance.now() - t0 > budgetMs) break;
  }
  const rate = (n, secs = timed) => secs.map((s) => n / s);
  return {
    docsTimed: docs.length,
    charsTimed: chars,
    passes: timed.length,
    repeats: reps,
    seconds: timed.map((s) => +s.toFixed(3)),
    charsPerSec: Math.round(median(rate(chars * reps))),
    charsPerSecBest: Math.round(Math.max(...rate(chars * reps))),
    warmUpChars: warm,
    warmUpCharsPerSec: Math.round(warmRate),
    cpuCharsPerSec: Math.round(median(rate(chars * reps, cpu))),
    docsPerSec: +median(rate(docs.length * reps)).toFixed(1),
    itemsPerDoc: +(count / timed.length / reps / docs.length).toFixed(1),
    ...(sampleRss ? { peakRssMB: +(peakRss / MB).toFixed(1) } : {}),
  };
}

// ---- child processes: extract() timing and the long run -------------------------------------
/** Heap still in use after two full collections (the child runs with --expose-gc). */
function liveHeapMB() {
  globalThis.gc?.();
  globalThis.gc?.();
  return +(process.memoryUsage().heapUsed / MB).toFixed(1);
}
const maxRssMB = () => +(process.resourceUsage().maxRSS / 1024).toFixed(1);
/** The morphology's cache counters, when it has them. */
const cacheStats = () => extractor.morph.cacheStats?.() ?? { size: extractor.morph.cacheSize ?? 0, hits: 0, misses: 0 };

/**
 * V8's own full collections during the long run (it forces none until its end: a forced
 * collection resets V8's heap limits, with a growing factor of 1.1, so a run that forced one every
 * N/10 documents peaked lower than a process that never does): how many by each line, and the
 * old generation in use soon after the last one, read by a performance observer (the run lets the
 * event loop turn every 50 documents so the observer hears of them).
 */
async function longRun(all) {
  const out = [];
  const step = Math.max(1, Math.round(longDocs / 10));
  let peak = 0;
  let chars = 0;
  let last = cacheStats();
  // V8's own full collections: how many, and the old generation in use at the run's first turn
  // after the last one (the observer hears of it then: at most 50 documents later, ~1 MB more once
  // the caches are full, several MB early in a run while they fill). No v8.GCProfiler: it keeps a record of every collection, scavenges included, in native
  // memory (the run's RSS grew by ~6 MB per 1,000 documents beside a flat heap under
  // --max-semi-space-size=4, ~25 MB over 5,000), and restarting one leaked ~3 MB a restart.
  let fullGcs = 0;
  let oldAfterFull = null;
  const OLD_SPACES = new Set(['old_space', 'code_space', 'large_object_space']);
  const observer = new PerformanceObserver((list) => {
    const full = list.getEntries().filter((e) => e.detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR).length;
    if (full === 0) return;
    fullGcs += full;
    oldAfterFull = v8
      .getHeapSpaceStatistics()
      .filter((sp) => OLD_SPACES.has(sp.space_name))
      .reduce((a, sp) => a + sp.space_used_size, 0);
  });
  observer.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  for (let i = 0; i < longDocs; i++) {
    const d = all[i % all.length];
    runners.extract(d);
    chars += d.text.length;
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
    if ((i + 1) % 50 === 0 || (i + 1) % step === 0) await new Promise(setImmediate);
    if ((i + 1) % step === 0 || i + 1 === longDocs) {
      const m = process.memoryUsage();
      const c = cacheStats();
      const asked = c.hits + c.misses - last.hits - last.misses;
      out.push({
        docs: i + 1,
        chars,
        seconds: +((performance.now() - t0) / 1000).toFixed(1),
        rssMB: +(m.rss / MB).toFixed(1),
        peakRssMB: +(peak / MB).toFixed(1),
        heapUsedMB: +(m.heapUsed / MB).toFixed(1),
        fullGcs,
        oldAfterFullGcMB: fullGcs > 0 && oldAfterFull !== null ? +(oldAfterFull / MB).toFixed(1) : null,
        liveHeapMB: null,
        morphCache: c.size,
        morphHitRate: asked > 0 ? +((c.hits - last.hits) / asked).toFixed(4) : null,
      });
      last = c;
    }
  }
  observer.disconnect();
  // forced only once the run is over (see above)
  out[out.length - 1].liveHeapMB = liveHeapMB();
  return out;
}

if (child !== undefined) {
  let out;
  if (child === 'long') out = { long: await longRun(corpora.flatMap((c) => c.docs)) };
  else {
    const extract = measure(corpora[childCorpus].docs, runners.extract, budgetSec * 1000, true);
    out = { ...extract, liveHeapMB: liveHeapMB(), maxRssMB: maxRssMB(), morphCache: cacheStats().size };
  }
  process.stdout.write(`${JSON.stringify({ ...out, sink })}\n`);
  process.exit(0);
}

/** Runs this bench with `--child what` under the same V8 flags plus --expose-gc; its JSON report. */
function inChild(what) {
  const args = [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--child', what];
  const r = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * MB,
  });
  if (r.status !== 0) fatal(`the child process (${what}) failed: exit ${r.status ?? r.signal}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const results = [];
for (const [i, c] of corpora.entries()) {
  const chars = c.docs.reduce((a, d) => a + d.text.length, 0);
  process.stderr.write(`bench: ${c.name} (${c.docs.length} docs, ${chars.toLocaleString('en-US')} chars)...\n`);
  const extract = inChild(`extract:${i}`);
  // the tokenizing passes are the floor: no RSS sampling inside them
  const segment = measure(c.docs, runners.segment, 5000, false);
  const regex = measure(c.docs, runners.regex, 5000, false);
  const floor = measure(c.docs, runners.floor, 5000, false);
  results.push({ corpus: c.name, docs: c.docs.length, chars, extract, segment, regex, floor });
}

// ---- long run: memory over many documents ----------------------------------------------------
let long = [];
if (longDocs > 0) {
  process.stderr.write(`bench: long run, ${longDocs.toLocaleString('en-US')} documents...\n`);
  long = inChild('long').long;
}

// ---- report ---------------------------------------------------------------------------------
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
console.log(
  `${pkg.name} ${pkg.version}: node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} x ${cpu}`,
);
console.log(
  `start-up: import ${importMs.toFixed(0)} ms + createExtractor ${initMs.toFixed(0)} ms + first document ${firstDocMs.toFixed(0)} ms = ${(importMs + initMs + firstDocMs).toFixed(0)} ms; ` +
    `after init RSS ${(memInit.rss / MB).toFixed(0)} MB (+${((memInit.rss - mem0.rss) / MB).toFixed(0)} MB), heap used ${(memInit.heapUsed / MB).toFixed(0)} MB`,
);
for (const n of notes) console.log(`note: ${n}`);
console.log('');
const head = [
  'corpus',
  'docs',
  'chars',
  'extract chars/s',
  'docs/s',
  'ents/doc',
  'segment chars/s',
  'regex chars/s',
  'floor chars/s',
  'seg/extract',
  'regex/extract',
  'floor/extract',
  'peak RSS (extract)',
  'live heap',
];
const rows = results.map((r) => [
  r.corpus,
  r.extract.docsTimed < r.docs ? `${fmt(r.extract.docsTimed)}/${fmt(r.docs)}*` : fmt(r.docs),
  fmt(r.chars),
  fmt(r.extract.charsPerSec),
  r.extract.docsPerSec.toFixed(1),
  r.extract.itemsPerDoc.toFixed(1),
  fmt(r.segment.charsPerSec),
  fmt(r.regex.charsPerSec),
  fmt(r.floor.charsPerSec),
  `${(r.segment.charsPerSec / r.extract.charsPerSec).toFixed(1)}x`,
  `${(r.regex.charsPerSec / r.extract.charsPerSec).toFixed(1)}x`,
  `${(r.floor.charsPerSec / r.extract.charsPerSec).toFixed(1)}x`,
  `${r.extract.maxRssMB.toFixed(0)} MB`,
  `${r.extract.liveHeapMB.toFixed(0)} MB`,
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log('');
console.log(
  `extract: median of ${results.map((r) => r.extract.passes).join('/')} timed passes after a warm-up` +
    ` of ${results.map((r) => fmt(r.extract.warmUpChars)).join(' / ')} characters` +
    ` (warm-up: ${results.map((r) => fmt(r.extract.warmUpCharsPerSec)).join(' / ')} chars/s;` +
    ` best pass: ${results.map((r) => fmt(r.extract.charsPerSecBest)).join(' / ')};` +
    ` by CPU time, V8's background threads included: ${results.map((r) => fmt(r.extract.cpuCharsPerSec)).join(' / ')});` +
    ' seg/extract = how many times faster one segment() pass is than extract();' +
    ' floor/extract = the ratio to the floor (regex split + one Map lookup per word);' +
    ' peak RSS = of the child process that timed extract() (start-up included);' +
    ' live heap = its heap after the passes and a forced full collection.',
);
if (long.length) {
  console.log('');
  console.log(
    'long run (child process, no forced collection until its end): documents, seconds, RSS, peak RSS, heap used,' +
      " old generation in use after V8's last full collection (and how many it made so far), morphology cache (word forms," +
      ' hit rate since the previous line); the live heap after a forced full collection at the end',
  );
  for (const l of long)
    console.log(
      `  ${fmt(l.docs).padStart(7)}  ${l.seconds.toFixed(0).padStart(5)} s  RSS ${l.rssMB.toFixed(0).padStart(4)} MB` +
        `  peak ${l.peakRssMB.toFixed(0).padStart(4)} MB  heap ${l.heapUsedMB.toFixed(0).padStart(4)} MB` +
        `  old gen after full GC ${l.oldAfterFullGcMB === null ? '   -' : l.oldAfterFullGcMB.toFixed(0).padStart(4)} MB (${l.fullGcs})` +
        `  cache ${fmt(l.morphCache ?? 0)}` +
        (l.morphHitRate === null ? '' : ` (${(l.morphHitRate * 100).toFixed(1)}% hits)`) +
        (l.liveHeapMB === null ? '' : `  live ${l.liveHeapMB.toFixed(0)} MB`),
    );
}
if (results.some((r) => r.extract.docsTimed < r.docs))
  console.log('* a full pass would exceed the time budget (--budget): extract() timed on the first documents only');
console.log(`peak RSS of the harness process (tokenizing passes, all corpora): ${maxRssMB().toFixed(0)} MB`);

if (jsonOut) {
  const report = {
    package: `${pkg.name}@${pkg.version}`,
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpu,
    startup: {
      importMs: +importMs.toFixed(1),
      createExtractorMs: +initMs.toFixed(1),
      firstDocumentMs: +firstDocMs.toFixed(1),
      totalMs: +(importMs + initMs + firstDocMs).toFixed(1),
      rssMB: +(memInit.rss / MB).toFixed(1),
      rssDeltaMB: +((memInit.rss - mem0.rss) / MB).toFixed(1),
      heapUsedMB: +(memInit.heapUsed / MB).toFixed(1),
    },
    notes,
    corpora: results,
    long,
    maxOldSpaceSizeMB:
      Number(process.execArgv.find((a) => a.startsWith('--max-old-space-size='))?.split('=')[1]) || null,
    maxSemiSpaceSizeMB:
      Number(process.execArgv.find((a) => a.startsWith('--max-semi-space-size='))?.split('=')[1]) || null,
    maxRssMB: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
    sink,
  };
  mkdirSync(dirname(resolve(jsonOut)), { recursive: true });
  writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${jsonOut}`);
}
