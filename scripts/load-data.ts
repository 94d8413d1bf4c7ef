import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, parseGoldenCsv, parseModelData, type GoldenRow, type ModelData } from '../src/model/index';

const dataDir = fileURLToPath(new URL('../public/data/', import.meta.url));
export const dataPath = (name: string) => `${dataDir}${name}`;
const readJson = (name: string): unknown => JSON.parse(readFileSync(dataPath(name), 'utf8'));

/** Loads and validates the app's data files from disk, exactly as the app does over HTTP. */
export function loadModelData(): ModelData {
  const parsed = parseModelData({ case: readJson(DATA_FILES.case), areas: readJson(DATA_FILES.areas) });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export const loadGoldenRows = (): GoldenRow[] => parseGoldenCsv(readFileSync(dataPath('published-figures.csv'), 'utf8'));
