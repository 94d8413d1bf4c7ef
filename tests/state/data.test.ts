import { describe, expect, it } from 'vitest';
import { dataBaseUrl, loadAppData } from '../../src/state';
import { diskFetch, readDataFile } from '../helpers';

describe('loadAppData', () => {
  it('fetches from under the deployed base path, never /data', async () => {
    expect(dataBaseUrl('/cbx/')).toBe('/cbx/data/');
    expect(dataBaseUrl('./')).toBe('./data/');
    expect(dataBaseUrl('/cbx')).toBe('/cbx/data/');
    const asked: string[] = [];
    const fetch = diskFetch();
    const outcome = await loadAppData(async (url) => {
      asked.push(url);
      return fetch(url);
    }, '/cbx/data/');
    expect(outcome.ok).toBe(true);
    expect(asked.sort()).toEqual(['/cbx/data/areas.json', '/cbx/data/cases/england-2013.json', '/cbx/data/published-figures.csv']);
    if (outcome.ok) {
      expect(outcome.value.data.themes.length).toBeGreaterThan(0);
      expect(outcome.value.golden.length).toBeGreaterThan(0);
      expect(outcome.value.warnings).toEqual([]);
    }
  });

  it('names the file when one is missing', async () => {
    const outcome = await loadAppData(diskFetch({ 'cases/england-2013.json': null }), '/data/');
    expect(outcome).toEqual({ ok: false, error: 'cases/england-2013.json: the server answered 404 Not Found' });
  });

  it('names the file when it is not JSON', async () => {
    const outcome = await loadAppData(diskFetch({ 'cases/england-2013.json': '<html>' }), '/data/');
    expect(outcome).toEqual({ ok: false, error: 'cases/england-2013.json: is not valid JSON' });
  });

  it('passes on the model’s validation message naming file and field', async () => {
    const themes = JSON.parse(readDataFile('cases/england-2013.json')) as { themes: { name: string }[] };
    themes.themes[0]!.name = '';
    const outcome = await loadAppData(diskFetch({ 'cases/england-2013.json': JSON.stringify(themes) }), '/data/');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/cases\/england-2013\.json: themes\.0\.name/);
  });

  it('reports a network failure', async () => {
    const outcome = await loadAppData(async () => {
      throw new Error('offline');
    }, '/data/');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toContain('offline');
  });

  it('carries on without the published figures, with a warning', async () => {
    const outcome = await loadAppData(diskFetch({ 'published-figures.csv': 'nonsense' }), '/data/');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.value.golden).toEqual([]);
      expect(outcome.value.warnings[0]).toMatch(/published figures could not be read/);
    }
  });
});
