// Bounded caches for what one slider step can keep for the next: the model is pure, so a value
// worked out once for the same inputs is the same value, and keeping it changes no result.

/** The value for `key`, made once; past `limit` entries the one used longest ago is forgotten. */
export function remember<K, V>(map: Map<K, V>, key: K, limit: number, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= limit) map.delete(map.keys().next().value as K);
    value = make();
  } else map.delete(key);
  // A map keeps the order entries were set in: set again, the entry is the newest.
  map.set(key, value);
  return value;
}

/** `remember` in a map of its own for each object, dropped with the object. */
export function rememberFor<O extends object, K, V>(store: WeakMap<O, Map<K, V>>, owner: O, key: K, limit: number, make: () => V): V {
  let map = store.get(owner);
  if (!map) store.set(owner, (map = new Map()));
  return remember(map, key, limit, make);
}

/** A key for a list of settings; −0 kept apart from 0, as decimals keep the sign of a zero. */
export const keyOf = (...parts: (number | string)[]): string => parts.map((p) => (Object.is(p, -0) ? '-0' : String(p))).join('|');

/** Made once, when first asked for. */
export const once = <T>(make: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
};
