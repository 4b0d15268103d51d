#!/usr/bin/env node
// Throughput of createPool against one in-process extractor, on the same texts (build first):
//
//   node bench/pool.mjs [--sizes 1,2] [--passes N] [--limits OLD,YOUNG] [--no-local] [FILE.jsonl]
//
// Default texts: NEREL dev from ../shared/corpora (else the repo's fixtures/*.txt). Each size gets
// a warm-up pass, then N timed passes of extractMany over every text; prints characters/s and the
// speed-up over the in-process extractor. On a machine shared with other work the speed-up is
// capped by the free cores, not by the pool. --limits gives the threads resourceLimits
// (maxOldGenerationSizeMb, maxYoungGenerationSizeMb); each size's line ends with the process' peak
// RSS during its passes, which is the threads' alone with --no-local (no in-process extractor: no
// speed-up is printed then).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const take = (name, dflt) => {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const sizes = take('--sizes', '1,2').split(',').map(Number);
const passes = Number(take('--passes', '3'));
const limitsArg = take('--limits', undefined)?.split(',').map(Number);
const resourceLimits = limitsArg && { maxOldGenerationSizeMb: limitsArg[0], maxYoungGenerationSizeMb: limitsArg[1] };
const noLocal = argv.includes('--no-local') ? (argv.splice(argv.indexOf('--no-local'), 1), true) : false;
const nerel = join(root, '..', 'shared', 'corpora', 'nerel', 'dev.jsonl');
const file = argv[0] ?? (existsSync(nerel) ? nerel : null);
const texts = file
  ? readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).text)
  : readdirSync(join(root, 'fixtures'), { recursive: true })
      .filter((f) => String(f).endsWith('.txt'))
      .map((f) => readFileSync(join(root, 'fixtures', String(f)), 'utf8'));
const chars = texts.reduce((a, t) => a + t.length, 0);
const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(run) {
  await run(); // warm-up
  const rates = [];
  for (let i = 0; i < passes; i++) {
    const t = performance.now();
    await run();
    rates.push(chars / ((performance.now() - t) / 1000));
  }
  return median(rates);
}

console.log(
  `${texts.length} texts, ${chars} characters (${file ?? 'fixtures'}), ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(2)}`,
);
let base = NaN;
if (!noLocal) {
  const ex = await lib.createExtractor();
  base = await timed(async () => {
    for (const t of texts) ex.extract(t);
  });
  console.log(`in-process extractor: ${Math.round(base)} chars/s`);
}
for (const size of sizes) {
  const t0 = performance.now();
  const pool = await lib.createPool({ size, ...(resourceLimits ? { resourceLimits } : {}) });
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const startMs = performance.now() - t0;
  const rate = await timed(async () => {
    let n = 0;
    for await (const doc of pool.extractMany(texts)) n += doc.entities.length;
    return n;
  });
  clearInterval(sampler);
  await pool.close();
  const speedUp = noLocal ? '' : `, x${(rate / base).toFixed(2)}`;
  console.log(
    `pool size ${size}: ${Math.round(rate)} chars/s${speedUp} (start ${Math.round(startMs)} ms), peak RSS ${Math.round(peak / 2 ** 20)} MB`,
  );
}
