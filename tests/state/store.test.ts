import { beforeEach, describe, expect, it } from 'vitest';
import { NUMERIC_SPECS, defaultSettings, settingsEqual } from '../../src/model';
import { acceptsDisplay, fromDisplay, resetStore, specFor, toDisplay, useSettingsStore, useUiStore } from '../../src/state';

const state = () => useSettingsStore.getState();

beforeEach(() => resetStore());

describe('settings store', () => {
  it('starts at the report base', () => {
    expect(settingsEqual(state().settings, defaultSettings())).toBe(true);
    expect(state().ui.ignored).toEqual([]);
  });

  it('sets numeric settings from display units, clamped to the control range', () => {
    state().setNumeric('leakage', 25);
    expect(state().settings.leakage).toBeCloseTo(0.25, 12);
    state().setNumeric('leakage', 250);
    expect(state().settings.leakage).toBe(1);
    state().setNumeric('horizon', 7.4);
    expect(state().settings.horizon).toBe(7);
    state().setNumeric('rate', Number.NaN);
    expect(state().settings.rate).toBeCloseTo(0.035, 12);
  });

  it('converts between display and model units without float noise', () => {
    for (const spec of NUMERIC_SPECS) {
      expect(toDisplay(fromDisplay(spec.default, spec), spec)).toBe(spec.default);
    }
    expect(toDisplay(0.036000000000000004, specFor('rate'))).toBe(3.6);
  });

  it('resets one control or everything', () => {
    state().setNumeric('leakage', 25);
    state().setNumeric('delay', 2);
    state().resetNumeric('leakage');
    expect(state().settings.leakage).toBe(0);
    expect(state().settings.delay).toBe(2);
    state().resetAll();
    expect(settingsEqual(state().settings, defaultSettings())).toBe(true);
  });

  it('switches themes on and off', () => {
    state().setThemeIncluded('da', true);
    expect(state().settings.themes).toContain('da');
    state().setThemeIncluded('hsc', false);
    expect(state().settings.themes).not.toContain('hsc');
  });

  it('keeps the chosen lens partner while the lens is "all"', () => {
    state().setLensPartner('HO');
    expect(state().settings.lens).toEqual({ kind: 'all' });
    state().setLensKind('lead');
    expect(state().settings.lens).toEqual({ kind: 'lead', partner: 'HO' });
    state().setLensPartner('MoJ');
    expect(state().settings.lens).toEqual({ kind: 'lead', partner: 'MoJ' });
    state().setLensKind('exclude');
    expect(state().settings.lens).toEqual({ kind: 'exclude', partner: 'MoJ' });
    state().setLensKind('all');
    expect(state().settings.lens).toEqual({ kind: 'all' });
  });

  it('sets and clears per-theme overrides', () => {
    state().setThemeOverride('leakage', 'hsc', 30);
    state().setThemeOverride('delay', 'ws', 1.25);
    expect(state().settings.leakageByTheme).toEqual({ hsc: 0.3 });
    expect(state().settings.delayByTheme).toEqual({ ws: 1.25 });
    state().setThemeOverride('leakage', 'hsc', undefined);
    expect(state().settings.leakageByTheme).toEqual({});
  });

  it('records how each change should reach the address bar', () => {
    const seq = state().change.seq;
    state().setNumeric('leakage', 5, 'live');
    expect(state().change).toEqual({ kind: 'live', seq: seq + 1 });
    state().commit();
    expect(state().change).toEqual({ kind: 'commit', seq: seq + 2 });
    state().loadFromQuery('leakage=7');
    expect(state().change.kind).toBe('external');
  });

  it('keeps UI toggles apart from settings', () => {
    const before = state().settings;
    const seq = state().change.seq;
    useUiStore.getState().toggleTable('charts', 'profile');
    useUiStore.getState().setPartnerMeasure('budget');
    expect(useUiStore.getState().tables.charts.profile).toBe(true);
    expect(useUiStore.getState().partnerMeasure).toBe('budget');
    expect(state().settings).toBe(before);
    expect(state().change.seq).toBe(seq);
  });
});

describe('uncertainty and area choices', () => {
  it('survive presets and "reset all", and do not hide the active preset', async () => {
    const { activePreset } = await import('../../src/state/presets');
    const { defaultLocal, defaultUncertainty } = await import('../../src/model');
    const extras = { uncertainty: { ...defaultUncertainty(), seed: 99 }, local: defaultLocal('manchester') };
    state().setSettings({ ...state().settings, ...extras, leakage: 0.3 });
    state().applyPreset('two-years-late');
    expect(state().settings.delay).toBe(2);
    expect(state().settings.leakage).toBe(0);
    expect(state().settings.uncertainty?.seed).toBe(99);
    expect(state().settings.local?.area).toBe('manchester');
    expect(activePreset(state().settings)).toBe('two-years-late');
    state().resetAll();
    expect(state().settings.delay).toBe(0);
    expect(state().settings.local?.area).toBe('manchester');
    expect(activePreset(state().settings)).toBe('base');
  });
});

describe('acceptsDisplay', () => {
  it('takes values in range, and only whole years for the horizon', () => {
    expect(acceptsDisplay(0, specFor('leakage'))).toBe(true);
    expect(acceptsDisplay(100, specFor('leakage'))).toBe(true);
    expect(acceptsDisplay(100.5, specFor('leakage'))).toBe(false);
    expect(acceptsDisplay(-1, specFor('leakage'))).toBe(false);
    expect(acceptsDisplay(Number.NaN, specFor('leakage'))).toBe(false);
    expect(acceptsDisplay(2.5, specFor('delay'))).toBe(true);
    expect(acceptsDisplay(7, specFor('horizon'))).toBe(true);
    expect(acceptsDisplay(7.5, specFor('horizon'))).toBe(false);
    expect(acceptsDisplay(11, specFor('horizon'))).toBe(false);
  });
});

describe('an area the data does not know (issue 19)', () => {
  const areas = [{ id: 'manchester' }, { id: 'essex' }];

  it('is dropped and reported once the data has loaded, without touching the address', () => {
    state().loadFromQuery('leakage=20&area=narnia&pop=2');
    expect(state().settings.local?.area).toBe('narnia');
    const seq = state().change.seq;
    state().setKnownAreas(areas);
    expect(state().settings).toEqual({ ...defaultSettings(), leakage: 0.2 });
    expect(state().change).toEqual({ kind: 'external', seq: seq + 1 });
    expect(state().ui.ignored).toEqual([
      { param: 'area', reason: expect.stringContaining('"narnia" is not one of the areas (manchester, essex or custom)') },
      { param: 'pop', reason: 'applies only with a known area' },
    ]);
  });

  it('is dropped and reported by every later link (back, forward, a saved scenario)', () => {
    state().setKnownAreas(areas);
    state().loadFromQuery('area=atlantis&leakage=5');
    expect(state().settings.local).toBeUndefined();
    expect(state().ui.ignored.map((i) => i.param)).toEqual(['area']);
    state().loadFromQuery('area=essex');
    expect(state().settings.local?.area).toBe('essex');
    expect(state().ui.ignored).toEqual([]);
  });

  it('changes nothing when the area is known', () => {
    state().loadFromQuery('area=essex');
    const before = state().settings;
    const seq = state().change.seq;
    state().setKnownAreas(areas);
    expect(state().settings).toBe(before);
    expect(state().change.seq).toBe(seq);
  });
});
