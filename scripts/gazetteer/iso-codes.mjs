// Readers for Debian's `iso-codes` package (apt-get install iso-codes): the ISO 3166 JSON
// files and their gettext `.mo` translation catalogues. Used only by the gazetteer scripts
// to generate or cross-check src/lexicon/geo/*.json; never at run time.
import { readFileSync, existsSync } from 'node:fs';

export const ISO_JSON_DIR = process.env.ISO_CODES_JSON ?? '/usr/share/iso-codes/json';
export const LOCALE_DIR = process.env.ISO_CODES_LOCALE ?? '/usr/share/locale';

export function requireIsoCodes() {
  if (!existsSync(`${ISO_JSON_DIR}/iso_3166-2.json`)) {
    console.error('iso-codes not found: run `apt-get install -y iso-codes` (Debian package).');
    process.exit(2);
  }
}

/** Parses a GNU gettext .mo file into a Map msgid -> msgstr (first plural form only). */
export function readMo(path) {
  const buf = readFileSync(path);
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) throw new Error(`not a .mo file: ${path}`);
  const u32 = (off) => (le ? buf.readUInt32LE(off) : buf.readUInt32BE(off));
  const n = u32(8);
  const origTab = u32(12);
  const transTab = u32(16);
  const map = new Map();
  for (let i = 0; i < n; i++) {
    const olen = u32(origTab + i * 8);
    const ooff = u32(origTab + i * 8 + 4);
    const tlen = u32(transTab + i * 8);
    const toff = u32(transTab + i * 8 + 4);
    const id = buf.toString('utf8', ooff, ooff + olen).split('\0')[0];
    const str = buf.toString('utf8', toff, toff + tlen).split('\0')[0];
    if (id) map.set(id, str);
  }
  return map;
}

export function readIso3166_1() {
  return JSON.parse(readFileSync(`${ISO_JSON_DIR}/iso_3166-1.json`, 'utf8'))['3166-1'];
}

export function readIso3166_2() {
  return JSON.parse(readFileSync(`${ISO_JSON_DIR}/iso_3166-2.json`, 'utf8'))['3166-2'];
}

export function ruCatalogue(domain) {
  return readMo(`${LOCALE_DIR}/ru/LC_MESSAGES/${domain}.mo`);
}

/** Russian name for an iso-codes entry, or null when the catalogue has none. */
export function ruName(cat, entry) {
  const t = cat.get(entry.name);
  return t && t !== entry.name ? t : null;
}
