import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, evaluate, localArea, serialiseSettings } from '../../src/model';
import { resetStore, useSettingsStore } from '../../src/state';
import { selectLocal, setArea, setLocalPatch, withArea, withLocal, withLocalPatch } from '../../src/state/local';
import { resetUiStore, useUiStore } from '../../src/state/ui';
import { loadData } from '../helpers';

const data = loadData();
const link = () => serialiseSettings(useSettingsStore.getState().settings);

beforeEach(() => {
  resetStore();
  resetUiStore();
});

describe('local-area settings', () => {
  it('chooses an area and goes back to England', () => {
    setArea('manchester');
    expect(link()).toBe('area=manchester&v=1');
    setArea('');
    expect(link()).toBe('');
    expect('local' in useSettingsStore.getState().settings).toBe(false);
  });

  it('keeps the user’s population, spend and cost rule across areas, but a cohort only for their own area', () => {
    setArea('custom');
    setLocalPatch({ cohort: 900, population: 0.01, spend: { ws: 0.02 }, costRule: 'share' });
    expect(link()).toBe('area=custom&cohort=900&pop=1&spend.ws=2&costs=share&v=1');
    setArea('essex');
    expect(link()).toBe('area=essex&pop=1&spend.ws=2&costs=share&v=1');
    setLocalPatch({ population: undefined });
    expect(link()).toBe('area=essex&spend.ws=2&costs=share&v=1');
  });

  it('has pure helpers behind the setters', () => {
    const s = defaultSettings();
    expect(withLocal(s, null)).toEqual(s);
    expect(withArea(s, 'essex').local).toEqual({ area: 'essex', spend: {}, costRule: 'all' });
    expect(withArea(withLocalPatch(s, { cohort: 5 }), 'custom').local?.cohort).toBe(5);
    expect(withLocalPatch(s, { population: 0.2 }).local).toEqual({ area: 'custom', population: 0.2, spend: {}, costRule: 'all' });
  });

  it('memoises the local result on the data and settings', () => {
    const s = withArea(defaultSettings(), 'westcheshire');
    const a = selectLocal(data, s);
    expect(selectLocal(data, s)).toBe(a);
    expect(a?.npv.eq(localArea(data, s, evaluate(data, s))!.npv)).toBe(true);
    expect(selectLocal(data, defaultSettings())).toBeNull();
  });

  it('opens and closes its tables', () => {
    useUiStore.getState().toggleTable('local', 'partners');
    expect(useUiStore.getState().tables.local.partners).toBe(true);
  });
});
