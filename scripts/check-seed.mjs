#!/usr/bin/env node
// CI check on the seed article: the built package must find its publication date (2025-11-10,
// from the `date` header), its region (Владимирская область), its official (Андрей Григорьев,
// министр труда и занятости населения Владимирской области) and his quote. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'vladimir-employment-award.txt';
const WANT = {
  date: '2025-11-10',
  region: 'Владимирская область',
  person: 'Андрей Григорьев',
  position: 'министр труда и занятости населения Владимирской области',
  quote: ['Наш успех подтверждает', 'клиентоцентричного подхода в работе'],
  verb: 'подчеркнуть',
};

const fail = (msg) => {
  console.error(`check-seed: FAILED: ${msg}`);
  process.exit(1);
};

const seedPath = [join(root, 'fixtures/seed', NAME), join(root, '../shared/corpora/seed', NAME)].find((p) =>
  existsSync(p),
);
if (!seedPath) fail(`seed article not found (fixtures/seed/${NAME} or ../shared/corpora/seed/${NAME})`);
const entry = join(root, 'dist/index.js');
if (!existsSync(entry)) fail('dist/index.js is missing: run `npm run build` first');

const { createExtractor } = await import(pathToFileURL(entry).href);
const text = readFileSync(seedPath, 'utf8');
const doc = (await createExtractor()).extract(text);

const show = (type) => {
  const found = doc.entities
    .filter((e) => e.type === type)
    .map((e) => `"${e.text}" -> ${JSON.stringify(e.normalized)}`);
  return found.length ? found.join(', ') : 'none';
};
const problems = [];
if (!doc.entities.some((e) => e.type === 'date' && e.normalized === WANT.date)) {
  problems.push(`no date entity normalized to ${WANT.date} (dates found: ${show('date')})`);
}
if (doc.publishedAt !== WANT.date)
  problems.push(`publishedAt is ${JSON.stringify(doc.publishedAt)}, expected "${WANT.date}" from the header`);
if (!doc.entities.some((e) => e.type === 'region' && e.normalized === WANT.region)) {
  problems.push(`no region entity normalized to "${WANT.region}" (regions found: ${show('region')})`);
}
const official = doc.officials.find((o) => o.person.normalized === WANT.person && o.position?.text === WANT.position);
if (!official) {
  const seen = doc.officials.map((o) => `${o.person.text} / ${o.position?.text}`).join(', ') || 'none';
  problems.push(`no official ${WANT.person}, ${WANT.position} (officials found: ${seen})`);
} else if (official.region !== WANT.region)
  problems.push(`the official's region is ${JSON.stringify(official.region)}, expected "${WANT.region}"`);
const quote = doc.quotes.find((q) => q.text.startsWith(WANT.quote[0]) && q.text.endsWith(WANT.quote[1]));
if (!quote) problems.push(`no quote «${WANT.quote[0]} ... ${WANT.quote[1]}» (quotes found: ${doc.quotes.length})`);
else {
  if (quote.verb !== WANT.verb)
    problems.push(`the quote's verb is ${JSON.stringify(quote.verb)}, expected "${WANT.verb}"`);
  const speaker = doc.persons.find((p) => p.id === quote.speaker?.personId);
  if (speaker?.normalized !== WANT.person)
    problems.push(
      `the quote's speaker is ${JSON.stringify(quote.speaker?.text ?? null)} (person ${JSON.stringify(speaker?.normalized ?? null)}), expected ${WANT.person}`,
    );
}
const where = relative(process.cwd(), seedPath);
if (problems.length) fail(`${where}:\n  - ${problems.join('\n  - ')}`);
console.log(
  `check-seed: ok: ${where}: date ${WANT.date}, region ${WANT.region}, official ${WANT.person}, quote with "${WANT.verb}" (${doc.entities.length} entities)`,
);
