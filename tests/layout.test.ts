// @vitest-environment node
// The folders of src/ show the flow (docs/decisions/0001-architecture.md): model at the bottom, then
// workers, lib, state, ui, the features and the app shell on top. A folder may import only from the
// layers below it, and features from one another only along the listed edges, so there is no cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** Each folder and the folders it may import from. */
const ALLOWED: Record<string, string[]> = {
  model: [],
  workers: ['model'],
  lib: ['model'],
  state: ['model', 'workers'],
  ui: ['model', 'lib', 'state'],
  'features/assumptions': ['model', 'lib', 'state', 'ui'],
  'features/charts': ['model', 'lib', 'state', 'ui'],
  'features/method': ['model', 'lib', 'state', 'ui'],
  'features/uncertainty': ['model', 'lib', 'state', 'ui'],
  'features/headline': ['model', 'lib', 'state', 'ui', 'features/method'],
  'features/local': ['model', 'lib', 'state', 'ui', 'features/uncertainty'],
  'features/deal': ['model', 'lib', 'state', 'ui'],
  'features/case': ['model', 'lib', 'state', 'ui'],
  'features/workshop': ['model', 'lib', 'state', 'ui', 'features/charts', 'features/deal'],
  app: ['model', 'lib', 'state', 'ui', 'features/assumptions', 'features/charts', 'features/headline', 'features/local', 'features/method', 'features/uncertainty', 'features/workshop', 'features/deal', 'features/case'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** 'features/charts' for src/features/charts/PartnerChart.tsx, 'state' for src/state/url.ts. */
export function folderOf(path: string): string {
  const parts = relative(src, path).split(/[\\/]/);
  return parts[0] === 'features' ? `features/${parts[1]}` : (parts[0] ?? '');
}

/** Every relative import of a file, resolved to a path. */
export function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"?]+)/g)].map((m) => normalize(join(dirname(file), m[1]!)));
}

const edges = sourceFiles(src).flatMap((file) =>
  importsOf(file, readFileSync(file, 'utf8')).map((target) => ({ file: relative(root, file), from: folderOf(file), to: folderOf(target) })),
);

describe('the folders of src/', () => {
  it('are all known to the layer list', () => {
    expect(new Set(edges.map((e) => e.from))).toEqual(new Set(Object.keys(ALLOWED)));
  });

  it('import only from the layers below them', () => {
    const wrong = edges.filter((e) => e.from !== e.to && !ALLOWED[e.from]?.includes(e.to)).map((e) => `${e.file} imports from ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('finds a folder and an upward import', () => {
    const file = join(src, 'ui', 'chart', 'ChartFrame.tsx');
    expect(folderOf(file)).toBe('ui');
    const [target] = importsOf(file, "import { X } from '../../features/workshop/ChartDownloads';");
    expect(folderOf(target!)).toBe('features/workshop');
    expect(ALLOWED.ui).not.toContain('features/workshop');
  });
});
