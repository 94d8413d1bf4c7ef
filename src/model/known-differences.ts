/**
 * Published figures the model does not reproduce (the case's `published.knownDifferences`), as a
 * figure → reason map. The golden tests fail if another figure misses, or one of these matches.
 */
import type { ModelData } from './types';

const cache = new WeakMap<object, Readonly<Record<string, string>>>();
const NONE: Readonly<Record<string, string>> = Object.freeze({});

export function knownDifferences(data: Pick<ModelData, 'published'>): Readonly<Record<string, string>> {
  const groups = data.published?.knownDifferences;
  if (!groups) return NONE;
  let map = cache.get(groups);
  if (!map) cache.set(groups, (map = Object.freeze(Object.fromEntries(groups.flatMap((g) => g.figures.map((id) => [id, g.reason]))))));
  return map;
}
