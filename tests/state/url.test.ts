import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NUMERIC_SPECS, defaultSettings, parseSettings, serialiseSettings, settingsEqual, type Settings } from '../../src/model';
import { resetStore, shareLink, startUrlSync, urlFor, useSettingsStore } from '../../src/state';
import { LIVE_PAUSE_MS } from '../../src/state/url';

const store = useSettingsStore;
const load = (query: string) => store.getState().loadFromQuery(query);
const roundTrip = (query: string) => {
  load(query);
  return serialiseSettings(store.getState().settings);
};

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});

describe('query string → store → query string', () => {
  it('keeps every numeric parameter', () => {
    for (const spec of NUMERIC_SPECS) {
      const value = spec.key === 'horizon' ? 7 : spec.key === 'delay' ? 1.5 : spec.key === 'rate' ? 4.2 : 40;
      const query = `${spec.key}=${value}&v=1`;
      expect(roundTrip(query), spec.key).toBe(query);
      expect(store.getState().settings[spec.key]).toBeCloseTo(value / spec.divisor, 12);
      expect(store.getState().ui.ignored).toEqual([]);
    }
  });

  it('keeps scenario names, themes, lenses and per-theme overrides', () => {
    expect(roundTrip('scenario=prudent')).toBe('scenario=prudent&v=1');
    expect(roundTrip('scenario=base')).toBe('');
    expect(roundTrip('themes=hsc,fcn,ws,da')).toBe('themes=hsc,fcn,ws,da&v=1');
    expect(roundTrip('themes=ws')).toBe('themes=ws&v=1');
    expect(roundTrip('lens=lead:DH')).toBe('lens=lead:DH&v=1');
    expect(roundTrip('lens=exclude:DWP')).toBe('lens=exclude:DWP&v=1');
    expect(roundTrip('lens=all')).toBe('');
    expect(roundTrip('leakage.hsc=30&delay.ws=1.5')).toBe('leakage.hsc=30&delay.ws=1.5&v=1');
    const full = 'scenario=50&scale=80&leakage=20&delay=1&rate=3&horizon=10&themes=hsc,ro&lens=lead:MoJ&leakage.ro=10&delay.hsc=2&v=1';
    expect(roundTrip(full)).toBe(full);
    expect(store.getState().ui.lensPartner).toBe('MoJ');
  });

  it('reads the CLI-style link from the issue', () => {
    load('?scenario=base&scale=100&leakage=20&delay=1&rate=3.5&themes=hsc,fcn,ws&lens=all');
    const s = store.getState().settings;
    expect(s.leakage).toBeCloseTo(0.2, 12);
    expect(s.delay).toBe(1);
    expect(store.getState().ui.ignored).toEqual([]);
  });

  it('lists bad parameters with reasons and keeps the good ones', () => {
    load('leakage=20&colour=blue&scale=150&delay=soon&horizon=7.5&themes=hsc,zz&lens=lead:Nobody&leakage.xyz=5&rate=3&rate=4');
    const { settings, ui } = store.getState();
    expect(settings.leakage).toBeCloseTo(0.2, 12);
    expect(settings.scale).toBe(1);
    expect(settings.delay).toBe(0);
    expect(settings.horizon).toBe(5);
    expect(settings.themes).toEqual(['hsc']);
    expect(settings.lens).toEqual({ kind: 'all' });
    expect(settings.rate).toBeCloseTo(0.03, 12);
    const params = ui.ignored.map((i) => i.param);
    expect(params).toEqual(expect.arrayContaining(['colour', 'scale', 'delay', 'horizon', 'themes', 'lens', 'leakage.xyz', 'rate']));
    expect(ui.ignored.every((i) => i.reason.length > 0)).toBe(true);
    expect(ui.ignored).toEqual(parseSettings('leakage=20&colour=blue&scale=150&delay=soon&horizon=7.5&themes=hsc,zz&lens=lead:Nobody&leakage.xyz=5&rate=3&rate=4').ignored);
  });
});

describe('urlFor and shareLink', () => {
  it('keeps the deployed path and fragment and writes only non-defaults', () => {
    const place = { pathname: '/cbx/', search: '?old=1', hash: '#results', href: 'https://example.org/cbx/?old=1#results' };
    expect(urlFor(defaultSettings(), place)).toBe('/cbx/#results');
    const s: Settings = { ...defaultSettings(), leakage: 0.2 };
    expect(urlFor(s, place)).toBe('/cbx/?leakage=20&v=1#results');
    expect(shareLink(s, place)).toBe('https://example.org/cbx/?leakage=20&v=1#results');
  });
});

describe('address bar sync', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('pushes finished changes, replaces while dragging, and walks back and forth with popstate', async () => {
    stop = startUrlSync();
    const start = window.history.length;
    const state = () => store.getState();

    state().setNumeric('leakage', 10, 'commit');
    expect(window.location.search).toBe('?leakage=10&v=1');
    expect(window.history.length).toBe(start + 1);

    // A drag: nothing written while it moves; one new entry once it pauses, updated in place,
    // finalised on release.
    state().setNumeric('delay', 0.5, 'live');
    state().setNumeric('delay', 1, 'live');
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe('?leakage=10&v=1');
    await new Promise((r) => setTimeout(r, LIVE_PAUSE_MS + 50));
    expect(window.history.length).toBe(start + 2);
    expect(window.location.search).toBe('?leakage=10&delay=1&v=1');
    state().setNumeric('delay', 1.5, 'live');
    await new Promise((r) => setTimeout(r, LIVE_PAUSE_MS + 50));
    expect(window.history.length).toBe(start + 2);
    expect(window.location.search).toBe('?leakage=10&delay=1.5&v=1');
    state().commit();
    expect(window.history.length).toBe(start + 2);

    state().setThemeIncluded('da', true);
    expect(window.history.length).toBe(start + 3);
    expect(window.location.search).toBe('?leakage=10&delay=1.5&themes=hsc,fcn,ws,da&v=1');

    // Back: the store follows the address bar, which is left alone.
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(window.location.search).toBe('?leakage=10&delay=1.5&v=1');
    expect(state().settings.themes).toEqual(['hsc', 'fcn', 'ws']);
    expect(state().settings.delay).toBe(1.5);

    const poppedAgain = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await poppedAgain;
    expect(state().settings.delay).toBe(0);
    expect(settingsEqual(state().settings, { ...defaultSettings(), leakage: 0.1 })).toBe(true);
  });

  it('writes a change that finishes without a pause as one new entry, and nothing before', () => {
    stop = startUrlSync();
    const state = () => store.getState();
    const pushes = vi.spyOn(window.history, 'pushState');
    const replaces = vi.spyOn(window.history, 'replaceState');
    for (const value of [5, 10, 15, 20]) state().setNumeric('leakage', value, 'live');
    expect(pushes).not.toHaveBeenCalled();
    expect(replaces).not.toHaveBeenCalled();
    state().commit();
    expect(pushes).toHaveBeenCalledTimes(1);
    expect(replaces).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?leakage=20&v=1');
    pushes.mockRestore();
    replaces.mockRestore();
  });

  it('after Back, the next change under way adds its own entry rather than overwriting the one gone back to', async () => {
    stop = startUrlSync();
    const state = () => store.getState();
    const pause = () => new Promise((r) => setTimeout(r, LIVE_PAUSE_MS + 50));
    const back = async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    };
    state().setNumeric('leakage', 10, 'commit');
    state().setNumeric('delay', 1, 'live');
    await pause(); // the drag now has its entry
    await back();
    expect(window.location.search).toBe('?leakage=10&v=1');
    state().setNumeric('delay', 2, 'live');
    await pause();
    expect(window.location.search).toBe('?leakage=10&delay=2&v=1');
    await back();
    expect(window.location.search).toBe('?leakage=10&v=1');
    expect(state().settings.delay).toBe(0);
  });

  it('gives an unfinished change its entry before a click adds the next one', async () => {
    stop = startUrlSync();
    const state = () => store.getState();
    state().setNumeric('leakage', 10, 'commit');
    // Arrow keys, then a click before the burst has paused: both stay in the history.
    state().setNumeric('delay', 1, 'live');
    state().setThemeIncluded('da', true);
    expect(window.location.search).toBe('?leakage=10&delay=1&themes=hsc,fcn,ws,da&v=1');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(window.location.search).toBe('?leakage=10&delay=1&v=1');
    expect(state().settings.delay).toBe(1);
    expect(state().settings.themes).toEqual(['hsc', 'fcn', 'ws']);
  });

  it('does not add entries for changes that leave the link as it is', () => {
    stop = startUrlSync();
    const start = window.history.length;
    store.getState().resetAll();
    store.getState().commit();
    expect(window.history.length).toBe(start);
  });
});

// Bad links (issue 19): whatever the app writes, reading it back reports nothing.
// (The model fixtures read files by import.meta.url, which jsdom cannot; the component helpers can.)
import { PARTNER_IDS, THEME_IDS, mulberry32 } from '../../src/model';
import { loadData } from '../helpers';

describe('a link the app writes never gives a notice', () => {
  const areas = loadData().areas;

  it('for random settings, typed numbers with many decimals, uncertainty and every area (seeded)', () => {
    const rng = mulberry32(1919);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
    const places = [...areas.map((a) => a.id), 'custom'];
    for (let i = 0; i < 200; i++) {
      resetStore();
      const s = store.getState();
      s.setKnownAreas(areas);
      const area = pick(places);
      s.setSettings({
        ...defaultSettings(),
        themes: THEME_IDS.filter(() => rng() < 0.5),
        lens: pick([{ kind: 'all' }, { kind: 'lead', partner: pick(PARTNER_IDS) }, { kind: 'exclude', partner: pick(PARTNER_IDS) }] as const),
        uncertainty: { seed: Math.floor(rng() * 1e6), draws: 100 + Math.floor(rng() * 1000), distribution: 'uniform', ranges: { leakage: [rng() * 0.3, 0.3 + rng() * 0.7] } },
        local: { area, spend: { hsc: rng() / 100 }, costRule: 'share', ...(area === 'custom' ? { cohort: 1 + Math.floor(rng() * 5000), population: 0.001 + rng() / 50 } : {}) },
      });
      // As if typed into the number boxes: more decimals than a link carries.
      for (const spec of NUMERIC_SPECS) s.setNumeric(spec.key, spec.min + rng() * (spec.max - spec.min));
      s.setThemeOverride('delay', pick(THEME_IDS), rng() * 5);
      s.setThemeOverride('leakage', pick(THEME_IDS), rng() * 100);
      const written = store.getState().settings;
      const query = urlFor(written, { pathname: '/', search: '', hash: '', href: 'http://localhost/' }).split('?')[1] ?? '';
      load(query);
      expect(store.getState().ui.ignored, query).toEqual([]);
      expect(settingsEqual(store.getState().settings, written), query).toBe(true);
    }
  });
});
