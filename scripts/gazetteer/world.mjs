// Generates src/lexicon/geo/world.json (regions and cities outside Russia) from data/world.txt,
// taking ISO 3166-2 subdivisions and their Russian names from Debian's iso-codes where the data
// file says `import`, and checks the result.
//
//   node scripts/gazetteer/world.mjs          # check
//   node scripts/gazetteer/world.mjs --write  # regenerate world.json (needs iso-codes)
//
// Sources: iso-codes (iso_3166-2.json + ru/iso_3166-2.mo) for the subdivisions it names in Russian;
// curated overrides and additions in data/world.txt (Russian exonyms in common news usage) for
// the rest and for all cities.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { compareCommitted, writeRows } from './json-out.mjs';
import { ISO_JSON_DIR, readIso3166_2, ruCatalogue, ruName } from './iso-codes.mjs';
import { COUNTRIES_JSON } from './countries.mjs';
import { REGIONS_JSON } from './regions.mjs';
import { splitItems, parseItem } from './cities-ru.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const WORLD_JSON = resolve(here, '../../src/lexicon/geo/world.json');
const SRC = resolve(here, 'data/world.txt');

function parseNamed(rhs) {
  let ruRegion;
  const gt = rhs.indexOf('>');
  if (gt >= 0) {
    ruRegion = rhs.slice(gt + 1).trim();
    rhs = rhs.slice(0, gt);
  }
  const [name, aliases] = rhs.split('|').map((x) => x?.trim());
  return {
    name,
    aliases: aliases
      ? aliases
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
    ruRegion,
  };
}

export function buildWorld({ iso = readIso3166_2(), cat = ruCatalogue('iso_3166-2') } = {}) {
  const regions = new Map(); // code or generated key -> entry
  const skips = new Set();
  const cities = [];
  const lines = readFileSync(SRC, 'utf8').split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const where = `world.txt:${i + 1}`;
    let m;
    if ((m = /^import ([A-Z]{2})(?: (.+))?$/.exec(line))) {
      const types = m[2] ? new Set(m[2].split(',')) : null;
      for (const e of iso) {
        if (!e.code.startsWith(m[1] + '-') || (types && !types.has(e.type))) continue;
        regions.set(e.code, {
          name: ruName(cat, e),
          type: 'region',
          country: m[1],
          iso: e.code,
          aliases: [],
          isoType: e.type,
          imported: true,
        });
      }
    } else if ((m = /^skip ([A-Z]{2}-[A-Z0-9]+)$/.exec(line))) {
      skips.add(m[1]);
    } else if ((m = /^([A-Z]{2})-([A-Z0-9]+) = (.+)$/.exec(line))) {
      const code = `${m[1]}-${m[2]}`;
      const { name, aliases, ruRegion } = parseNamed(m[3]);
      const prev = regions.get(code);
      const e = prev ?? { type: 'region', country: m[1], iso: code, aliases: [] };
      if (prev?.imported && prev.name && prev.name !== name && !aliases.includes(prev.name)) e.isoName = prev.name;
      Object.assign(e, { name, aliases });
      if (ruRegion) e.ruRegion = ruRegion;
      regions.set(code, e);
    } else if ((m = /^region ([A-Za-z-]+) = (.+)$/.exec(line))) {
      const { name, aliases, ruRegion } = parseNamed(m[2]);
      const e = { name, type: 'region', country: m[1], iso: null, aliases };
      if (ruRegion) e.ruRegion = ruRegion;
      regions.set(`${m[1]}:${name}`, e);
    } else if ((m = /^(city|district) ([A-Za-z-]+): (.+)$/.exec(line))) {
      for (const item of splitItems(m[3])) {
        const { name, alt, former, adjectives, ambiguous } = parseItem(item);
        const e = { name, type: m[1], country: m[2], iso: null, aliases: alt ?? [] };
        if (former) e.former = former;
        if (adjectives) e.adjectives = adjectives;
        if (ambiguous) e.ambiguous = true;
        cities.push(e);
      }
    } else throw new Error(`${where}: cannot parse "${line}"`);
  }
  const out = [];
  for (const [key, e] of regions) {
    if (skips.has(key)) continue;
    if (!e.name) throw new Error(`${key}: iso-codes has no Russian name; add "${key} = Name" to world.txt`);
    out.push(e);
  }
  out.sort(
    (a, b) =>
      a.country.localeCompare(b.country) ||
      (a.iso ?? '~').localeCompare(b.iso ?? '~') ||
      a.name.localeCompare(b.name, 'ru'),
  );
  const clean = (e) => {
    const r = { name: e.name, type: e.type, country: e.country, iso: e.iso, aliases: e.aliases };
    if (e.former) r.former = e.former;
    if (e.adjectives) r.adjectives = e.adjectives;
    if (e.ambiguous) r.ambiguous = true;
    if (e.ruRegion) r.ruRegion = e.ruRegion;
    return r;
  };
  return {
    rows: [...out.map(clean), ...cities.map(clean)],
    notes: out.filter((e) => e.isoName).map((e) => `${e.iso}: "${e.name}" (iso-codes ru: "${e.isoName}")`),
  };
}

function check(rows, notes) {
  let problems = 0;
  const say = (m) => {
    problems++;
    console.log('  ' + m);
  };
  const stale = compareCommitted(WORLD_JSON, rows, 'data/world.txt + iso-codes');
  if (stale) say(stale);
  const countries = new Set(JSON.parse(readFileSync(COUNTRIES_JSON, 'utf8')).map((c) => c.id));
  const regionIds = new Set(JSON.parse(readFileSync(REGIONS_JSON, 'utf8')).map((r) => r.id));
  const seen = new Set();
  for (const e of rows) {
    if (!countries.has(e.country)) say(`${e.name}: unknown country ${e.country}`);
    if (e.ruRegion && !regionIds.has(e.ruRegion)) say(`${e.name}: unknown ruRegion ${e.ruRegion}`);
    const key = `${e.name}|${e.type}|${e.country}`;
    if (seen.has(key)) say(`duplicate ${key}`);
    seen.add(key);
  }
  if (existsSync(`${ISO_JSON_DIR}/iso_3166-2.json`)) {
    const codes = new Set(readIso3166_2().map((e) => e.code));
    for (const e of rows)
      if (e.iso && !codes.has(e.iso)) say(`${e.name}: ${e.iso} is not an ISO 3166-2 code in iso-codes`);
  }
  for (const n of notes) console.log('  note ' + n);
  const count = (t) => rows.filter((e) => e.type === t).length;
  console.log(
    `world: ${rows.length} (${count('region')} regions, ${count('city')} cities, ${count('district')} districts) in ${new Set(rows.map((e) => e.country)).size} countries`,
  );
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, notes } = buildWorld();
  if (process.argv.includes('--write')) {
    writeRows(WORLD_JSON, rows);
    console.log(`wrote ${WORLD_JSON}`);
  }
  const n = check(rows, notes);
  console.log(n ? `${n} problem(s)` : 'ok');
  process.exitCode = n ? 1 : 0;
}
