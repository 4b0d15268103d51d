// Generates src/lexicon/geo/locations.json (continents, macro-regions, seas, rivers, lakes,
// mountains, islands, peninsulas, areas) from data/locations.txt, and checks it.
//
//   node scripts/gazetteer/locations.mjs [--write]
//
// Source: curated from general knowledge; the kinds of places come from what news mentions
// (coverage checked against the NEREL `location` entities, no text copied).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { compareCommitted, writeRows } from './json-out.mjs';
import { splitItems, parseItem } from './cities-ru.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const LOCATIONS_JSON = resolve(here, '../../src/lexicon/geo/locations.json');
const SRC = resolve(here, 'data/locations.txt');
export const LOCATION_KINDS = [
  'continent',
  'macro',
  'ocean',
  'sea',
  'gulf',
  'strait',
  'canal',
  'river',
  'lake',
  'mountains',
  'island',
  'peninsula',
  'area',
  'celestial',
  'facility',
  'seat',
];

export function buildLocations() {
  const rows = [];
  for (const [i, line] of readFileSync(SRC, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^([a-z]+): (.+)$/.exec(line.trim());
    if (!m || !LOCATION_KINDS.includes(m[1])) throw new Error(`locations.txt:${i + 1}: bad line`);
    for (const item of splitItems(m[2])) {
      const { name, alt, adjectives, ambiguous } = parseItem(item);
      const e = { name, kind: m[1], aliases: alt ?? [] };
      if (adjectives) e.adjectives = adjectives;
      if (ambiguous) e.ambiguous = true;
      rows.push(e);
    }
  }
  return rows;
}

function check(rows) {
  let problems = 0;
  const say = (m) => {
    problems++;
    console.log('  ' + m);
  };
  const stale = compareCommitted(LOCATIONS_JSON, rows, 'data/locations.txt');
  if (stale) say(stale);
  const seen = new Set();
  for (const e of rows) {
    const key = `${e.name}|${e.kind}`;
    if (seen.has(key)) say(`duplicate ${key}`);
    seen.add(key);
  }
  const by = {};
  for (const e of rows) by[e.kind] = (by[e.kind] ?? 0) + 1;
  console.log(
    `locations: ${rows.length} (${Object.entries(by)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
  );
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = buildLocations();
  if (process.argv.includes('--write')) {
    writeRows(LOCATIONS_JSON, rows);
    console.log(`wrote ${LOCATIONS_JSON}`);
  }
  const n = check(rows);
  console.log(n ? `${n} problem(s)` : 'ok');
  process.exitCode = n ? 1 : 0;
}
