// Generates src/lexicon/geo/countries.json from the curated table data/countries.txt and
// cross-checks it against the two sources of Russian country names reachable here:
// - Debian `iso-codes` (iso_3166-1.json for the list of codes and alpha-3, and the `ru`
//   catalogue iso_3166-1.mo for names), apt-get install -y iso-codes;
// - npm `i18n-iso-countries` (MIT), installed in a scratch folder, never in the project:
//     mkdir -p /tmp/gaz && cd /tmp/gaz && npm i i18n-iso-countries
//   and pointed to with GAZ_NODE_MODULES=/tmp/gaz/node_modules (the default).
//
//   node scripts/gazetteer/countries.mjs          # check
//   node scripts/gazetteer/countries.mjs --write  # regenerate countries.json
//
// Choices (see README.md): `name` is the short name Russian official and news text uses —
// "Белоруссия", "Молдавия", "Киргизия", "Туркмения" (the forms of Russian government sites and
// of Russian spelling norms), with "Беларусь", "Молдова", "Кыргызстан", "Туркменистан" as aliases;
// `official` follows ОКСМ ("Республика Беларусь", "Киргизская Республика"). Names differing from
// the sources are printed as notes, not errors.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compareCommitted, writeRows } from './json-out.mjs';
import { dirname, resolve } from 'node:path';
import { ISO_JSON_DIR, readIso3166_1, ruCatalogue, ruName } from './iso-codes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const COUNTRIES_JSON = resolve(here, '../../src/lexicon/geo/countries.json');
const SRC = resolve(here, 'data/countries.txt');

const list = (s) =>
  s
    ? s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

export function parseCountries() {
  const rows = [];
  for (const [i, line] of readFileSync(SRC, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split('|');
    if (f.length !== 7) throw new Error(`countries.txt:${i + 1}: expected 7 fields, got ${f.length}`);
    const [iso2, name, official, adjectives, aliases, weakAliases, kind] = f;
    rows.push({
      id: iso2.startsWith('-') ? iso2.slice(1) : iso2,
      iso2: iso2.startsWith('-') ? null : iso2,
      name,
      official: official || null,
      kind: kind || 'state',
      aliases: list(aliases),
      weakAliases: list(weakAliases),
      adjectives: adjectives ? adjectives.split(',').map((x) => x.trim()) : [],
    });
  }
  return rows;
}

function loadI18n() {
  const dir = process.env.GAZ_NODE_MODULES ?? '/tmp/gaz/node_modules';
  if (!existsSync(`${dir}/i18n-iso-countries`)) return null;
  const req = createRequire(`${dir}/`);
  const lib = req('i18n-iso-countries');
  lib.registerLocale(req('i18n-iso-countries/langs/ru.json'));
  return lib;
}

export function buildCountries() {
  const rows = parseCountries();
  const iso = existsSync(`${ISO_JSON_DIR}/iso_3166-1.json`) ? readIso3166_1() : null;
  if (!iso) throw new Error('iso-codes not installed: apt-get install -y iso-codes');
  const a3 = new Map(iso.map((e) => [e.alpha_2, e.alpha_3]));
  a3.set('XK', 'XKX'); // user-assigned code used by the EU and i18n-iso-countries
  return rows.map((r) => ({
    id: r.id,
    iso2: r.iso2,
    iso3: r.iso2 ? (a3.get(r.iso2) ?? null) : null,
    name: r.name,
    official: r.official,
    kind: r.kind,
    aliases: r.aliases,
    weakAliases: r.weakAliases,
    adjectives: r.adjectives,
  }));
}

function check(rows) {
  let problems = 0;
  const say = (m) => {
    problems++;
    console.log('  ' + m);
  };
  const stale = compareCommitted(COUNTRIES_JSON, rows, 'data/countries.txt');
  if (stale) say(stale);
  console.log(`countries: ${rows.length} rows, ${rows.filter((r) => r.iso2).length} with ISO codes`);
  const seen = new Set();
  const ids = new Set();
  for (const r of rows) {
    if (ids.has(r.id)) say(`duplicate id ${r.id}`);
    ids.add(r.id);
    if (r.iso2) {
      if (seen.has(r.iso2)) say(`duplicate ${r.iso2}`);
      seen.add(r.iso2);
    }
  }
  const iso = readIso3166_1();
  const cat = ruCatalogue('iso_3166-1');
  const i18n = loadI18n();
  if (!i18n) console.log('  (i18n-iso-countries not found: set GAZ_NODE_MODULES; skipping that comparison)');
  for (const e of iso) if (!seen.has(e.alpha_2)) say(`iso-codes ${e.alpha_2} (${e.name}) missing from the table`);
  const byCode = new Map(iso.map((e) => [e.alpha_2, e]));
  for (const r of rows) {
    if (!r.iso2) continue;
    const e = byCode.get(r.iso2);
    if (!e && r.iso2 !== 'XK') say(`${r.iso2} is not an ISO 3166-1 code in iso-codes`);
    const names = new Set(
      [r.name, r.official, ...r.aliases, ...r.weakAliases]
        .filter(Boolean)
        .map((s) => s.replace(/ё/g, 'е').toLowerCase()),
    );
    const fold = (s) => s.replace(/ё/g, 'е').toLowerCase();
    const theirs = [];
    if (e) {
      const n = ruName(cat, e);
      if (n) theirs.push(['iso-codes', n]);
    }
    if (i18n)
      for (const n of [].concat(i18n.getName(r.iso2, 'ru', { select: 'all' }) ?? []))
        theirs.push(['i18n-iso-countries', n]);
    for (const [src, n] of theirs)
      if (!names.has(fold(n))) console.log(`  note ${r.iso2} "${r.name}": ${src} says "${n}"`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = buildCountries();
  if (process.argv.includes('--write')) {
    writeRows(COUNTRIES_JSON, rows);
    console.log(`wrote ${COUNTRIES_JSON}`);
  }
  const n = check(rows);
  console.log(n ? `${n} problem(s)` : 'ok');
  process.exitCode = n ? 1 : 0;
}
