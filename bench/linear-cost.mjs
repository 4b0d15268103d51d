#!/usr/bin/env node
// Linear cost whatever the input (run `npm run build` first):
//
//   node bench/linear-cost.mjs [--big CHARS] [--small CHARS] [--shape NAME,...] [--json]
//
// For each generated input shape (a long sentence without punctuation, a page of numbers,
// repeated quotes, a list of names, the fixtures' news sentences run together, ...; --shape: those
// alone), the CPU time of extract() on one text of --big
// characters (default 1,000,000) against --big / --small texts of --small characters (default
// 1,000) of the same shape: a linear extractor gives a ratio near 1. CPU time of this process
// (not wall time), after a warm-up on other texts of the shape; test/linear-cost.test.ts runs it
// and bounds the ratio.
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const num = (name, dflt) => {
  const i = argv.indexOf(name);
  return i < 0 ? dflt : Number(argv[i + 1]);
};
const BIG = num('--big', 1_000_000);
const only = argv.includes('--shape') ? argv[argv.indexOf('--shape') + 1].split(',') : null;
const SMALL = num('--small', 1_000);
const json = argv.includes('--json');

/** A small deterministic generator (LCG), so every run sees the same texts. */
const rng = (seed) => {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
};
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const fill = (n, part, sep) => {
  let s = '';
  while (s.length < n) s += (s ? sep : '') + part();
  return s.slice(0, n);
};
const WORDS =
  'область года министр труда Владимирской развития проекта в и по на губернатор заявил рублей Москве России программы сообщил Андрей Григорьев правительства федерального закона от ноября млн процентов'.split(
    ' ',
  );
const FIRST = 'Иван Мария Андрей Ольга Сергей Анна Дмитрий Елена Алексей Татьяна'.split(' ');
const LAST = 'Петров Сидорова Григорьев Иванова Смирнов Кузнецова Попов Соколова Лебедев Козлова'.split(' ');
const PATR = 'Иванович Петровна Сергеевич Андреевна'.split(' ');
const LETTERS = [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const { parseMarked } = await import(pathToFileURL(join(root, 'dist/testing.js')).href);
/**
 * The lines of the repository's fixtures without their marks: real news sentences, dense with
 * persons, offices, places, figures, awards and quotes, so that a long text of them has thousands
 * of entities and facts (a fact builder that compares every pair shows here, not in the shapes above).
 */
const NEWS_LINES = readdirSync(join(root, 'fixtures'), { recursive: true })
  .filter((f) => String(f).endsWith('.txt'))
  .flatMap((f) => parseMarked(readFileSync(join(root, 'fixtures', String(f)), 'utf8')).text.split('\n'))
  .map((l) => l.trim())
  .filter((l) => l.length > 20);

export const SHAPES = {
  'long sentence without punctuation': (r, n) => fill(n, () => pick(r, WORDS), ' '),
  'capitalised words without punctuation': (r, n) => fill(n, () => cap(pick(r, WORDS)), ' '),
  'a page of numbers': (r, n) =>
    fill(n, () => String(Math.floor(r() * 100000)) + pick(r, ['', ',5', '%', ' 000', '.', ' млн']), ' '),
  'repeated quotes': (r, n) =>
    fill(n, () => pick(r, ['«Работа России»', '«', '»', '"', 'по словам министра «', 'заявил', '„', '“']), ' '),
  'a list of names': (r, n) =>
    fill(n, () => `${pick(r, FIRST)} ${r() < 0.3 ? pick(r, PATR) + ' ' : ''}${pick(r, LAST)}`, ', '),
  'dates and ranges': (r, n) =>
    fill(
      n,
      () => `с ${1 + Math.floor(r() * 28)} по ${1 + Math.floor(r() * 28)} ноября ${2000 + Math.floor(r() * 30)} года`,
      ' ',
    ),
  // Letters drawn at random, so that the small texts differ and no word cache serves them.
  'one endless word': (r, n) => fill(n, () => pick(r, LETTERS), ''),
  'news sentences run together': (r, n) => fill(n, () => pick(r, NEWS_LINES), '\n'),
};

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const extractor = await lib.createExtractor({ maxLength: Math.max(BIG, SMALL) });
const opts = { publishedAt: '2025-11-10' };
const results = [];
for (const name of only ?? [])
  if (!(name in SHAPES)) {
    console.error(`linear-cost: no shape "${name}"; shapes: ${Object.keys(SHAPES).join(', ')}`);
    process.exit(2);
  }
for (const [shape, gen] of Object.entries(SHAPES)) {
  if (only !== null && !only.includes(shape)) continue;
  const smalls = Array.from({ length: Math.max(1, Math.round(BIG / SMALL)) }, (_, i) => gen(rng(i + 1), SMALL));
  const big = gen(rng(1_000_003), BIG);
  // warm-up (JIT, and the caches of the shape's vocabulary) on other texts of the shape: warmed on
  // the measured ones, the small texts found every word of theirs cached and the big text did not
  // (a page of figures has new numbers in every text), which read as a cost that grows
  for (let i = 0; i < 20; i++) extractor.extract(gen(rng(2_000_000 + i), SMALL), opts);
  let t = cpuMs();
  for (const s of smalls) extractor.extract(s, opts);
  const smallMs = cpuMs() - t;
  t = cpuMs();
  extractor.extract(big, opts);
  const bigMs = cpuMs() - t;
  results.push({
    shape,
    big: BIG,
    small: SMALL,
    count: smalls.length,
    smallMs,
    bigMs,
    // Below 20 ms of CPU the timer's noise is as large as the figure itself.
    ratio: Math.max(20, bigMs) / Math.max(20, smallMs),
  });
}
if (json) console.log(JSON.stringify(results));
else
  for (const r of results)
    console.log(
      `${r.shape.padEnd(40)} ${r.count} x ${r.small} chars: ${r.smallMs.toFixed(0).padStart(6)} ms CPU;` +
        ` 1 x ${r.big} chars: ${r.bigMs.toFixed(0).padStart(6)} ms; ratio ${r.ratio.toFixed(2)}`,
    );
