import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultExtractors, defaultFactBuilders, defaultRefiners } from '../src/defaults.js';
import { runPipeline } from '../src/pipeline/run.js';
import { loadAz } from '../src/morph/az.js';
import { AzMorph } from '../src/morph/az-morph.js';
import { gazetteerKeyTableFor, useGazetteerKeys } from '../src/morph/gazetteer-keys.js';
import { KeyRecorder, gazetteerKeysSource } from '../src/morph/gazetteer-keys-record.js';
import { warmTableFor, warmTableSource } from '../src/morph/warm.js';
import { WARM_TABLE } from '../src/morph/warm-table.generated.js';
import { segment } from '../src/segment/index.js';

const GENERATED = fileURLToPath(new URL('../src/morph/warm-table.generated.ts', import.meta.url));
const KEYS = fileURLToPath(new URL('../src/morph/gazetteer-keys.generated.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * The words of the lexicons that the default pipeline parses while it reads documents, not while
 * it is built (currency names, units, numerals, the places a text names, ...): every word it asks
 * the morphology for, reading the repo's fixtures, that is not a token of the text it reads. The
 * first document would otherwise ask az for them, cold (~150 words, most of its time).
 */
function lexiconWordsOfDocuments(morph: AzMorph): string[] {
  const asked = new Set<string>();
  let tokens = new Set<string>();
  const parse = morph.parse.bind(morph);
  morph.parse = (word: string) => {
    if (!tokens.has(word)) asked.add(word);
    return parse(word);
  };
  for (const convention of ['nerel', 'factru'] as const) {
    const env = { morph, segment, convention };
    const pipeline = {
      env,
      extractors: defaultExtractors.map((f) => f(env)),
      refiners: defaultRefiners,
      facts: defaultFactBuilders,
      types: null,
    };
    for (const dir of readdirSync(FIXTURES).sort()) {
      if (dir.includes('.')) continue;
      for (const file of readdirSync(join(FIXTURES, dir)).sort()) {
        if (!file.endsWith('.txt')) continue;
        const text = readFileSync(join(FIXTURES, dir, file), 'utf8');
        tokens = new Set(segment(text).tokens.map((t) => t.text));
        runPipeline(pipeline, text, '2025-11-10');
      }
    }
  }
  return [...asked].sort();
}

describe('warm table (src/morph/warm-table.generated.ts) and gazetteer keys (gazetteer-keys.generated.ts)', () => {
  it('hold exactly what az reads and the gazetteers compute when the default extractors are built', async () => {
    const api = await loadAz();
    // A morphology of its own, without the tables: every word is read by az, every key computed.
    const cold = new AzMorph(api);
    const recorder = new KeyRecorder();
    useGazetteerKeys(cold, recorder);
    for (const convention of ['nerel', 'factru'] as const) {
      for (const factory of defaultExtractors) factory({ morph: cold, segment, convention });
    }
    for (const word of lexiconWordsOfDocuments(new AzMorph(api))) cold.parse(word);
    const rows = cold.warmRows();
    expect(Object.keys(rows).length).toBeGreaterThan(1000);
    const source = warmTableSource(api.version, rows);
    if (process.env.UPDATE_WARM) writeFileSync(GENERATED, source);
    const committed = readFileSync(GENERATED, 'utf8');
    // a plain equality: printing a diff of a 1 MB string helps nobody
    expect(committed === source, 'the warm table is stale: UPDATE_WARM=1 npx vitest run test/morph-warm.test.ts').toBe(
      true,
    );
    expect([...recorder.sections.values()].reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(1000);
    const keys = gazetteerKeysSource(api.version, recorder);
    if (process.env.UPDATE_WARM) writeFileSync(KEYS, keys);
    expect(readFileSync(KEYS, 'utf8') === keys, 'the gazetteer keys are stale: UPDATE_WARM=1 ...').toBe(true);
    // two cold builds of every extractor and two cold readings of the fixtures: ~10 s, more on a busy machine
  }, 120_000);

  it('gives the readings az gives, and is not used with another version of az', async () => {
    const api = await loadAz();
    const warm = warmTableFor(api.version);
    expect(warm).toBeDefined();
    expect(warmTableFor('0.0.0-other')).toBeUndefined();
    expect(gazetteerKeyTableFor(api.version)?.get('lВладимирская область')).toEqual([
      ['l:владимирский', 's:владимирская'],
      ['l:область', 's:область'],
    ]);
    expect(gazetteerKeyTableFor('0.0.0-other')).toBeUndefined();
    // every line is found by its key (the table is searched by key order)
    const keys = WARM_TABLE.split('\n')
      .slice(2)
      .map((line) => line.slice(0, line.indexOf('\t')));
    expect(keys.filter((k) => warm!.get(k) === undefined)).toEqual([]);
    expect(warm!.get('\u0000no such word')).toBeUndefined();
    const withTable = new AzMorph(api, { warm: warm! });
    const cold = new AzMorph(api);
    for (const word of ['Владимирская', 'области', 'ФСБ', 'Кызыл-Мажалыкского', 'Министерство', 'Союза-2']) {
      expect(JSON.stringify(withTable.parse(word))).toBe(JSON.stringify(cold.parse(word)));
    }
  });
});
