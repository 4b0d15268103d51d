#!/usr/bin/env node
// Precision and recall of figures on the official-document fixtures (issue 13), on the built package:
//
//   node bench/official-figures.mjs [--lib DIR] [FILE...]
//
// FILE defaults to fixtures/official/passages.txt (written for the tests) and
// fixtures/official/heldout.txt (real RuREBus passages marked by hand, used only for measuring).
// Marks: [[n:number]] [[p:percent]] [[m:money]] [[d:date]] [[l:legal act]], nested allowed;
// passages separated by a line `---`, `#` lines are comments. Prints, per type, gold/pred and
// P/R/F1 with exact spans and with overlapping spans (relaxed).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const li = argv.indexOf('--lib');
const lib = li >= 0 ? resolve(argv.splice(li, 2)[1]) : root;
const files = argv.length
  ? argv
  : [join(root, 'fixtures/official/passages.txt'), join(root, 'fixtures/official/heldout.txt')];
const TYPES = { n: 'number', p: 'percent', m: 'money', d: 'date', l: 'law' };

function unmark(marked) {
  let text = '';
  const spans = [];
  const open = [];
  for (let i = 0; i < marked.length;) {
    const m = /^\[\[([a-z]):/.exec(marked.slice(i, i + 5));
    if (m) {
      open.push({ type: TYPES[m[1]], start: text.length });
      i += m[0].length;
    } else if (marked.startsWith(']]', i) && open.length) {
      const o = open.pop();
      spans.push({ type: o.type, start: o.start, end: text.length });
      i += 2;
    } else text += marked[i++];
  }
  return { text, spans };
}

const passages = (file) =>
  readFileSync(file, 'utf8')
    .split(/^---$/m)
    .map((p) =>
      p
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
    )
    .filter((p) => p.trim());

const { createExtractor } = await import(pathToFileURL(join(lib, 'dist/index.js')).href);
const extractor = await createExtractor();
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x) => x.toFixed(3);

for (const file of files) {
  const counts = Object.fromEntries(
    Object.values(TYPES).map((t) => [t, { gold: 0, pred: 0, exact: 0, relaxedP: 0, relaxedR: 0 }]),
  );
  const list = passages(file);
  for (const p of list) {
    const { text, spans } = unmark(p);
    const doc = extractor.extract(text, { publishedAt: '2020-06-01' });
    for (const [type, c] of Object.entries(counts)) {
      const gold = spans.filter((s) => s.type === type);
      const pred = doc.entities.filter((e) => e.type === type);
      c.gold += gold.length;
      c.pred += pred.length;
      c.exact += pred.filter((e) => gold.some((g) => g.start === e.start && g.end === e.end)).length;
      c.relaxedP += pred.filter((e) => gold.some((g) => g.start < e.end && e.start < g.end)).length;
      c.relaxedR += gold.filter((g) => pred.some((e) => g.start < e.end && e.start < g.end)).length;
    }
  }
  console.log(`\n${file.replace(root + '/', '')}: ${list.length} passages`);
  console.log('  type       gold  pred   exact P/R/F1          relaxed P/R/F1');
  for (const [type, c] of Object.entries(counts)) {
    const P = c.pred ? c.exact / c.pred : 1;
    const R = c.gold ? c.exact / c.gold : 1;
    const rP = c.pred ? c.relaxedP / c.pred : 1;
    const rR = c.gold ? c.relaxedR / c.gold : 1;
    console.log(
      `  ${type.padEnd(9)} ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)}   ` +
        `${fmt(P)}/${fmt(R)}/${fmt(f1(P, R))}   ${fmt(rP)}/${fmt(rR)}/${fmt(f1(rP, rR))}`,
    );
  }
}
