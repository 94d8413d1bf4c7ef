// Bugs found by review, each pinned by the case that showed it.
import { describe, expect, it } from 'vitest';
import { parseGoldenCsv, parseGoldenValue } from '../../src/model/golden';
import { defaultSettings, parseSettings, serialiseSettings, settingsEqual } from '../../src/model/settings';
import { delaySwitch } from '../../src/model/switching';
import { money } from '../../src/model/money';

const HEADER = 'id,section,theme,measure,scenario,year,value,unit,tolerance,note';

describe('review findings', () => {
  it('a blank published value is an error, not a zero', () => {
    expect(() => parseGoldenCsv(`${HEADER}\nx,1,t,m,,,,£bn,0.1,`)).toThrow(/line 2/);
    expect(parseGoldenValue('1|').some(Number.isNaN)).toBe(true);
    expect(() => parseGoldenCsv(`${HEADER}\nx,1,t,m,,,1,£bn,,`)).toThrow(/cannot be read/);
  });

  it('errors name the physical line, blank lines included', () => {
    expect(() => parseGoldenCsv(`${HEADER}\n\n\nx,1,t,m,,,abc,£bn,0.1,`)).toThrow(/line 4/);
  });

  it('a per-theme setting repeated in another case keeps the first value', () => {
    const { settings, ignored } = parseSettings('leakage.hsc=30&leakage.HSC=40');
    expect(settings.leakageByTheme.hsc).toBeCloseTo(0.3, 12);
    expect(ignored).toEqual([{ param: 'leakage.HSC', reason: 'given more than once; the first value was used' }]);
  });

  it('a difference too small to show in a link writes nothing', () => {
    expect(serialiseSettings({ ...defaultSettings(), leakage: 1e-9 })).toBe('');
    expect(serialiseSettings({ ...defaultSettings(), scenario: 0.9999999999 })).toBe('');
    expect(settingsEqual({ ...defaultSettings(), leakage: 1e-9 }, defaultSettings())).toBe(true);
  });

  it('with no costs the delay switching value is the horizon', () => {
    expect(delaySwitch([3, 2, 1, 0.5, 0.2, 0].map((v) => money(v)))).toBe(4 + 0.2 / 0.2);
  });
});
