// Generates src/lexicon/geo/cities-ru.json from data/cities-ru.txt (towns with city status,
// region by region) and checks it against regions.json.
//
//   node scripts/gazetteer/cities-ru.mjs          # check
//   node scripts/gazetteer/cities-ru.mjs --write  # regenerate cities-ru.json
//
// Source: no package reachable here has Russian names of Russian towns with their regions, so
// data/cities-ru.txt is written from general knowledge of the official lists of towns with city
// status (Росстат's lists of urban settlements; ОКАТО/ОКТМО settlement types), and compared for
// coverage only against an English-language geonames-derived list (see README.md).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { compareCommitted, writeRows } from './json-out.mjs';
import { REGIONS_JSON } from './regions.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const CITIES_JSON = resolve(here, '../../src/lexicon/geo/cities-ru.json');
const SRC = resolve(here, 'data/cities-ru.txt');

/** Splits "A, B (x; y), C*" on commas outside parentheses. */
export function splitItems(s) {
  const out = [];
  let depth = 0,
    cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** "Name* (alt1; alt2) [former1; former2*] {adj1; adj2}" -> { name, alt, former, ambiguousFormer, adjectives, ambiguous } */
export function parseItem(item) {
  const m = /^([^()*[\]{}]+?)(\*)?(?:\s*\(([^)]*)\))?(?:\s*\[([^\]]*)\])?(?:\s*\{([^}]*)\})?$/.exec(item);
  if (!m) throw new Error(`cannot parse "${item}"`);
  const list = (s) =>
    s
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean);
  const e = { name: m[1].trim() };
  if (m[3]) e.alt = list(m[3]);
  if (m[4]) {
    // "[Горький*]": a former name that is also a common word or a person's name
    e.former = list(m[4]).map((x) => x.replace(/\*$/, ''));
    const amb = list(m[4])
      .filter((x) => x.endsWith('*'))
      .map((x) => x.replace(/\*$/, ''));
    if (amb.length) e.ambiguousFormer = amb;
  }
  if (m[5]) e.adjectives = list(m[5]);
  if (m[2]) e.ambiguous = true;
  return e;
}

export function buildCities() {
  const rows = [];
  for (const [i, line] of readFileSync(SRC, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`cities-ru.txt:${i + 1}: no "region:"`);
    const region = line.slice(0, colon).trim();
    for (const item of splitItems(line.slice(colon + 1))) {
      const { name, alt, former, ambiguousFormer, adjectives, ambiguous } = parseItem(item);
      const e = { name, region };
      if (alt) e.alt = alt;
      if (former) e.former = former;
      if (ambiguousFormer) e.ambiguousFormer = ambiguousFormer;
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
  const stale = compareCommitted(CITIES_JSON, rows, 'data/cities-ru.txt');
  if (stale) say(stale);
  const regions = JSON.parse(readFileSync(REGIONS_JSON, 'utf8'));
  const ids = new Set(regions.map((r) => r.id));
  const seen = new Set();
  const perRegion = new Map();
  for (const c of rows) {
    if (!ids.has(c.region)) say(`${c.name}: unknown region ${c.region}`);
    const key = `${c.name}|${c.region}`;
    if (seen.has(key)) say(`duplicate ${key}`);
    seen.add(key);
    perRegion.set(c.region, (perRegion.get(c.region) ?? 0) + 1);
  }
  for (const r of regions) {
    if (!perRegion.has(r.id)) say(`${r.id}: no cities`);
    if (!seen.has(`${r.capital}|${r.id}`)) say(`${r.id}: capital ${r.capital} is not listed`);
  }
  const byName = new Map();
  for (const c of rows) byName.set(c.name, [...(byName.get(c.name) ?? []), c.region]);
  const amb = new Map();
  for (const c of rows) amb.set(c.name, [...(amb.get(c.name) ?? []), Boolean(c.ambiguous)]);
  for (const [n, flags] of amb) if (new Set(flags).size > 1) say(`${n}: marked ambiguous in some regions only`);
  const multi = [...byName].filter(([, rs]) => rs.length > 1);
  const newRegions = new Set(['dpr', 'lpr', 'zaporozhye', 'kherson']);
  console.log(
    `cities: ${rows.length} (${rows.filter((c) => !newRegions.has(c.region)).length} outside ДНР/ЛНР/Запорожская/Херсонская), ${rows.filter((c) => c.ambiguous).length} marked ambiguous`,
  );
  console.log(`names in more than one region: ${multi.map(([n, rs]) => `${n} (${rs.join(', ')})`).join('; ')}`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = buildCities();
  if (process.argv.includes('--write')) {
    writeRows(CITIES_JSON, rows);
    console.log(`wrote ${CITIES_JSON}`);
  }
  const n = check(rows);
  console.log(n ? `${n} problem(s)` : 'ok');
  process.exitCode = n ? 1 : 0;
}
