#!/usr/bin/env node
// A worker-pool run: documents extracted in parallel on worker threads.
//   node examples/pool.mjs [feed.jsonl]
//
// NOTE: `createPool` comes from the 'scale' work (a pool of worker threads). This example is
// written against its announced API, `createPool({ size })`, `await pool.extract(text, options)`
// and `await pool.close()`; on a build without it, it says so and exits with status 3 (the test
// that runs the examples reports that as "createPool not exported yet" instead of a pass).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as gosfacts from 'gosfacts';

if (typeof gosfacts.createPool !== 'function') {
  console.error('pool.mjs: this build of gosfacts has no createPool');
  process.exit(3);
}

const feed = process.argv[2] ?? fileURLToPath(new URL('data/feed.jsonl', import.meta.url));
const items = readFileSync(feed, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const pool = await gosfacts.createPool({ size: 2 });
try {
  const docs = await Promise.all(items.map((it) => pool.extract(it.text, { publishedAt: it.publishedAt })));
  docs.forEach((doc, i) => {
    console.log(
      `${items[i].id}\t${doc.entities.length} entities\t${doc.regions.map((r) => r.normalized).join(', ') || '—'}`,
    );
  });
} finally {
  await pool.close();
}
