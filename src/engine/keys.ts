/**
 * The index keys (folded lemmas and surface forms) that rule sets and skip checks file rules
 * under, numbered once per process: a document then looks each token's keys up once (see
 * `DocContext.keyIds`) and every rule set finds its candidates by number, not by hashing the same
 * strings again.
 */
const ids = new Map<string, number>();

/** The number of a key, registering it on first use. */
export function keyId(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/** The number of a registered key, or -1 when no rule set files anything under it. */
export function knownKeyId(key: string): number {
  return ids.get(key) ?? -1;
}

/** How many keys are registered: a cache of key numbers is stale once this grows. */
export function keyCount(): number {
  return ids.size;
}

/**
 * The numbers of the keys `values` as a mask; registering them makes every token's
 * `keyIds` include those of its lemmas that are among them.
 */
export function keyMask(values: Iterable<string>): Uint8Array {
  const ids = [...values].map(keyId);
  let max = -1;
  // indexed loops: made at start-up, before V8 has optimised this, where `for...of` allocates
  for (let k = 0; k < ids.length; k++) if (ids[k]! > max) max = ids[k]!;
  const mask = new Uint8Array(max + 1);
  for (let k = 0; k < ids.length; k++) mask[ids[k]!] = 1;
  return mask;
}

/** Whether one of the key numbers `ids` is in `mask` (see {@link keyMask}). */
export function hasKeyIn(ids: readonly number[], mask: Uint8Array): boolean {
  for (let k = 0; k < ids.length; k++) if (mask[ids[k]!] === 1) return true;
  return false;
}
