import type { StorageLike } from '../../src/state/saved';

/**
 * A Storage in memory. `full` makes every write fail as a full browser store would; `quota` is the
 * most characters (keys and values together) it holds before a write fails, as a real one does.
 */
export function memoryStorage(initial: Record<string, string> = {}, full = false, quota = Infinity): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full || used() - (data.get(k)?.length ?? -k.length) + v.length > quota) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}
