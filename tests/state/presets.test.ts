import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model';
import { PRESETS, activePreset, resetStore, useSettingsStore } from '../../src/state';

beforeEach(() => resetStore());

describe('presets', () => {
  it('have the seven named starting points', () => {
    expect(PRESETS.map((p) => p.label)).toEqual(['Report base', 'Report prudent', 'Health-led', 'DWP excluded', 'Half the benefits leak', 'Two years late', 'Green Book prudent']);
  });

  it('each applies its settings and is then the active one', () => {
    const expected = {
      base: defaultSettings(),
      prudent: { ...defaultSettings(), scenario: 0 },
      'health-led': { ...defaultSettings(), lens: { kind: 'lead', partner: 'DH' } },
      'dwp-excluded': { ...defaultSettings(), lens: { kind: 'exclude', partner: 'DWP' } },
      'half-leak': { ...defaultSettings(), leakage: 0.5 },
      'two-years-late': { ...defaultSettings(), delay: 2 },
      'green-book-prudent': { ...defaultSettings(), deadweight: 0.2, displacement: 0.1, attribution: 0.1, obCost: 0.4, obBenefit: 0.1, after5: 'hold' },
    };
    for (const p of PRESETS) {
      useSettingsStore.getState().applyPreset(p.id);
      expect(useSettingsStore.getState().settings).toEqual(expected[p.id]);
      expect(activePreset(useSettingsStore.getState().settings)).toBe(p.id);
    }
  });

  it('none is active for other settings', () => {
    expect(activePreset({ ...defaultSettings(), leakage: 0.3 })).toBeNull();
  });
});
