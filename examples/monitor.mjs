#!/usr/bin/env node
// News monitoring: reads a JSONL feed ({"id", "text", "publishedAt"} per line) and prints, per
// region, the officials, awards and statistics found, with a progress bar on stderr.
//   node examples/monitor.mjs [feed.jsonl]      (default: examples/data/feed.jsonl)
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createExtractor } from 'gosfacts';

const feed = process.argv[2] ?? fileURLToPath(new URL('data/feed.jsonl', import.meta.url));
const total = statSync(feed).size;

/** A one-line progress bar, drawn on stderr (only on a terminal, unless FORCE_PROGRESS is set). */
function bar(done, docs) {
  if (!process.stderr.isTTY && !process.env.FORCE_PROGRESS) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((done / total) * 100)}% ${docs} docs`,
  );
}

const extractor = await createExtractor();
/** region -> { officials, awards, statistics } */
const byRegion = new Map();
const slot = (region) => {
  if (!byRegion.has(region)) byRegion.set(region, { officials: new Set(), awards: new Set(), statistics: [] });
  return byRegion.get(region);
};

let bytes = 0;
let docs = 0;
for await (const line of createInterface({ input: createReadStream(feed, 'utf8'), crlfDelay: Infinity })) {
  bytes += Buffer.byteLength(line) + 1;
  if (!line.trim()) continue;
  const { id, text, publishedAt } = JSON.parse(line);
  const doc = extractor.extract(text, { publishedAt });
  docs++;
  const regions = doc.regions.length ? doc.regions.map((r) => r.normalized) : ['(no region)'];
  for (const region of regions) {
    const s = slot(region);
    for (const o of doc.officials)
      if (!o.region || o.region === region) s.officials.add(`${o.person.normalized}, ${o.position?.normalized ?? '—'}`);
    for (const a of doc.awards) s.awards.add(a.normalized);
    for (const st of doc.statistics) {
      const figure = doc.entities.find((e) => e.id === st.entity);
      const unit = st.unitPhrase ?? (st.kind === 'number' ? st.unit : null) ?? '';
      s.statistics.push(`${`${figure?.text ?? ''} ${unit}`.trim()} (${id})`);
    }
  }
  bar(bytes, docs);
}
bar(total, docs);
if (process.stderr.isTTY || process.env.FORCE_PROGRESS) process.stderr.write('\n');

for (const [region, s] of [...byRegion].sort(([a], [b]) => a.localeCompare(b, 'ru'))) {
  console.log(`\n${region}`);
  console.log(`  officials:  ${[...s.officials].join('; ') || '—'}`);
  console.log(`  awards:     ${[...s.awards].join('; ') || '—'}`);
  console.log(`  statistics: ${s.statistics.join('; ') || '—'}`);
}
