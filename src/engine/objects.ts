/**
 * Object helpers for the values rules and extractors make per match and per document.
 */

/** What `{ ...a, ...b }` is typed as: `b`'s keys over `a`'s (per member of a union `a`). */
export type Spread<A, B> = A extends unknown ? Omit<A, keyof B> & B : never;

/**
 * `{ ...base, ...extra }` (and `{ ...base, ...extra, ...more }`): a new object with the keys of
 * each argument in turn, in that order.
 *
 * Write this instead of an object literal that starts with a spread and goes on with more keys.
 * Node 20's V8 copies such a literal's first object with a hidden class detached from the
 * transition tree, so every key added after it makes a hidden class of that object's own: a map
 * and a descriptor array allocated in the old generation (~200 bytes), garbage there that only a
 * full collection frees. Drafts, proposals and values made so at every match were half of what a
 * RuREBus pass put into the old generation. Copying into an empty literal (`Object.assign`) keeps
 * the shared hidden classes. `npm run lint` flags the literal form (eslint.config.js).
 *
 * @example
 * extend(span, { type: 'city', region }); // { ...span, type: 'city', region }
 */
export function extend<A extends object, const B extends object>(base: A, extra: B): Spread<A, B>;
export function extend<A extends object, const B extends object, const C extends object>(
  base: A,
  extra: B,
  more: C,
): Spread<Spread<A, B>, C>;
export function extend<A extends object, const B extends object, const C extends object, const D extends object>(
  base: A,
  extra: B,
  more: C,
  last: D,
): Spread<Spread<Spread<A, B>, C>, D>;
export function extend(base: object, ...extra: object[]): object {
  return Object.assign({}, base, ...extra) as object;
}

/** Appends `value` to the list `map` keeps under `key`, making the list if there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
