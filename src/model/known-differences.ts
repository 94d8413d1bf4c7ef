/**
 * Published figures the model does not reproduce, each with the reason: the case file's
 * `published.knownDifferences` (for 2013, public/data/cases/england-2013.json), as a figure → reason map. The
 * golden tests fail if a figure outside this list misses, or a figure on it starts to match (so it
 * stays true). docs/model.md explains each group at more length.
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
