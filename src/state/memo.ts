// Remembers the last few results by the identity of the arguments: a few, not one, so the urgent
// and the deferred render can both hit the cache.
export function memoByIdentity<A extends readonly unknown[], R>(fn: (...args: A) => R, size = 4): (...args: A) => R {
  const cache: { args: A; value: R }[] = [];
  return (...args: A): R => {
    const hit = cache.findIndex((entry) => entry.args.length === args.length && entry.args.every((a, i) => a === args[i]));
    if (hit >= 0) {
      const [entry] = cache.splice(hit, 1);
      cache.unshift(entry!);
      return entry!.value;
    }
    const value = fn(...args);
    cache.unshift({ args, value });
    if (cache.length > size) cache.pop();
    return value;
  };
}
