/**
 * Morphology: one `Morph` interface over az. Other modules import from here, never from `az`.
 */
import { AzMorph } from './az-morph.js';
import { loadAz, loadAzSync, type AzApi } from './az.js';
import { gazetteerKeyTableFor, readGazetteerKeyTable, useGazetteerKeys } from './gazetteer-keys.js';
import { readWarmTable, warmTableFor } from './warm.js';
import type { Morph } from './types.js';

export type { Agreement, Case, Gender, GNumber, Grammeme, Morph, Parse } from './types.js';
export { MorphologyInitError } from './az.js';
export { agree } from './agreement.js';
export { wordKey } from './az-morph.js';

// One Morph per process: az is process-global, and the word cache pays off across documents.
let shared: Morph | undefined;

function morphFor(api: AzApi): Morph {
  if (shared) return shared;
  const morph = new AzMorph(api, { warm: warmTableFor(api.version) });
  const keys = gazetteerKeyTableFor(api.version);
  if (keys) useGazetteerKeys(morph, keys);
  return (shared = morph);
}

/**
 * The shared morphology, loading az's dictionaries on first use (~0.3 s, ~+55 MB RSS).
 * Rejects with `MorphologyInitError` when az or its dictionaries cannot be loaded.
 *
 * @example
 * const morph = await createMorph();
 * morph.lemmas('Владимирской'); // ['владимирский']
 * const surname = morph.parse('Шагиновой').find((p) => p.grammemes.has('Surn'))!;
 * morph.inflect('Шагиновой', surname, ['sing', 'nomn']); // 'Шагинова'
 */
export async function createMorph(): Promise<Morph> {
  if (shared) return shared;
  const api = loadAz();
  // az's dictionaries are now being read in the background: the tables are read meanwhile, not
  // after (~20 ms of CPU that waited for the files)
  readWarmTable();
  readGazetteerKeyTable();
  return morphFor(await api);
}

/**
 * The same shared morphology as {@link createMorph}, loaded synchronously.
 * Throws `MorphologyInitError`.
 *
 * @example
 * const morph = createMorphSync();
 * morph.parse('области')[0]?.case; // 'gent'
 */
export function createMorphSync(): Morph {
  return morphFor(loadAzSync());
}
