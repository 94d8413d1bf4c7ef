import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactNode } from 'react';
import { DATA_FILES, parseGoldenCsv, parseModelData, type GoldenRow, type ModelData } from '../src/model';
import { AppDataContext, type AppData } from '../src/state';

// Vitest runs from the repository root (jsdom gives import.meta.url an http: scheme).
// Vitest runs without globals here, so Testing Library cannot clean up by itself.
afterEach(() => cleanup());

const dataDir = `${resolve(process.cwd(), 'public/data')}/`;
export const readDataFile = (name: string): string => readFileSync(`${dataDir}${name}`, 'utf8');

/** The real data files, validated exactly as the app does. */
export function loadData(): ModelData {
  const parsed = parseModelData({
    case: JSON.parse(readDataFile(DATA_FILES.case)) as unknown,
    areas: JSON.parse(readDataFile(DATA_FILES.areas)) as unknown,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export const loadGolden = (): GoldenRow[] => parseGoldenCsv(readDataFile('published-figures.csv'));

export function appData(): AppData {
  return { data: loadData(), golden: loadGolden(), warnings: [] };
}

/** Renders UI inside the loaded-data context. */
export function renderWithData(ui: ReactNode, value: AppData = appData()) {
  return render(<AppDataContext.Provider value={value}>{ui}</AppDataContext.Provider>);
}

/** A fetch that serves public/data from disk (what the browser would get from the server). */
export function diskFetch(overrides: Record<string, string | null> = {}) {
  return async (url: string) => {
    const name = url.split('/data/').pop() ?? '';
    const text = name in overrides ? overrides[name] : readDataFile(name);
    if (text === null || text === undefined) return { ok: false, status: 404, statusText: 'Not Found', text: async () => '' };
    return { ok: true, status: 200, statusText: 'OK', text: async () => text };
  };
}
