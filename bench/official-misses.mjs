#!/usr/bin/env node
// Why gold officials (person + position pairs) are missed, and what the wrong ones are, on the built package:
//
//   node bench/official-misses.mjs [--lib DIR] [--limit N] [--show CLASS] [--top N] CORPUS.jsonl
//
// Matches as ../shared/bench/score.mjs does (the predicted position overlaps the gold one, the
// predicted person overlaps a gold who-entity), then puts each missed gold pair in one class:
//   position-missing/{same,cross}  no predicted position overlaps the gold one
//   person-missing                 the position is there, no predicted person overlaps the gold one
//   unpaired/{same,cross}          both are there, no official joins them (the position is no one's)
//   other-person/{same,cross}      both are there, the position went to someone else
// ("same"/"cross": the gold person and position are in one sentence or not, by the package's segmenter)
// and each wrong official in wrong/{same,cross}. Prints the counts, the most frequent words of the
// missing positions, and with --show CLASS the cases of that class.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = argv.indexOf(name);
  return i < 0 ? dflt : argv.splice(i, 2)[1];
};
const lib = resolve(flag('--lib', root));
const limit = Number(flag('--limit', Infinity));
const show = flag('--show', null);
const top = Number(flag('--top', 40));
const corpus = argv[0];
if (!corpus) {
  console.error('usage: official-misses.mjs [--lib DIR] [--limit N] [--show CLASS] [--top N] CORPUS.jsonl');
  process.exit(2);
}
const m = await import(pathToFileURL(join(lib, 'dist/index.js')).href);
const x = await m.createExtractor();
const overlap = (a, b) => a.start < b.end && b.start < a.end;
const docs = readFileSync(corpus, 'utf8')
  .trim()
  .split('\n')
  .slice(0, limit)
  .map((l) => JSON.parse(l));

const counts = {};
const cases = {};
const words = {};
const add = (cls, text) => {
  counts[cls] = (counts[cls] ?? 0) + 1;
  (cases[cls] ??= []).push(text);
};
let gold = 0;
let pred = 0;
let tp = 0;
for (const d of docs) {
  const out = x.extract(d.text, { publishedAt: d.publishedAt });
  const seg = m.segment(d.text);
  const sentenceAt = (off) => {
    let lo = 0;
    let hi = seg.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (seg.tokens[mid].start <= off) lo = mid;
      else hi = mid - 1;
    }
    return seg.tokens[lo]?.sentence ?? 0;
  };
  const golds = (d.occupations ?? []).filter((o) => o.position);
  const who = (o) => (o.who.entities ?? []).map((id) => d.entities.find((e) => e.id === id)).filter(Boolean);
  const preds = (out.officials ?? []).filter((o) => o.person && o.position);
  gold += golds.length;
  pred += preds.length;
  const used = new Set();
  const right = new Set();
  preds.forEach((p, k) => {
    const i = golds.findIndex(
      (g, j) => !used.has(j) && overlap(g.position, p.position) && who(g).some((w) => overlap(w, p.person)),
    );
    if (i >= 0) {
      used.add(i);
      right.add(k);
      tp++;
    }
  });
  const ents = out.entities;
  const context = (a, b) => {
    const from = Math.max(0, Math.min(a.start, b.start) - 40);
    const to = Math.min(d.text.length, Math.max(a.end, b.end) + 40);
    return `${d.id}: ${d.text.slice(from, to).replace(/\s+/g, ' ')}`;
  };
  golds.forEach((g, j) => {
    if (used.has(j)) return;
    const w = who(g)[0];
    const where = sentenceAt(w.start) === sentenceAt(g.position.start) ? 'same' : 'cross';
    const pos = ents.filter((e) => e.type === 'position' && overlap(e, g.position));
    const per = ents.filter((e) => e.type === 'person' && who(g).some((v) => overlap(v, e)));
    const line = `[${w.text}] <${g.position.text}> | ${context(w, g.position)}`;
    if (!pos.length) {
      add(`position-missing/${where}`, line);
      const key = g.position.text.toLowerCase();
      words[key] = (words[key] ?? 0) + 1;
    } else if (!per.length) add('person-missing', line);
    else {
      const taken = preds.some((p) => pos.some((e) => overlap(e, p.position)));
      add(`${taken ? 'other-person' : 'unpaired'}/${where}`, `${line} || pred <${pos.map((e) => e.text).join('|')}>`);
    }
  });
  preds.forEach((p, k) => {
    const where = sentenceAt(p.person.start) === sentenceAt(p.position.start) ? 'same' : 'cross';
    if (right.has(k)) {
      counts[`right/${where}`] = (counts[`right/${where}`] ?? 0) + 1;
      return;
    }
    const goldPos = golds.some((g) => overlap(g.position, p.position)) ? 'gold-position' : 'no-gold-pair';
    add(`wrong/${where}/${goldPos}`, `[${p.person.text}] <${p.position.text}> | ${context(p.person, p.position)}`);
  });
}
console.log(`gold ${gold}, pred ${pred}, right ${tp}: P ${(tp / pred).toFixed(3)} R ${(tp / gold).toFixed(3)}`);
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`${k.padEnd(36)} ${v}`);
console.log('\nmissing positions, most frequent:');
console.log(
  Object.entries(words)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${k} ${v}`)
    .join(', '),
);
if (show) for (const c of cases[show] ?? []) console.log(c);
