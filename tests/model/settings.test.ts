// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  AGGREGATED_THEMES,
  LINK_VERSION,
  NUMERIC_SPECS,
  defaultSettings,
  parseSettings,
  serialiseSettings,
  settingsEqual,
} from '../../src/model/settings';
import { PARTNER_IDS, THEME_IDS, type Settings } from '../../src/model/types';
import { randomSettings, seededRandom, settingsWith } from '../fixtures/model-data';

const parse = (q: string) => parseSettings(q);
const DEFAULTS = defaultSettings();

/** Checks a settings object is one the model can always use. */
function expectValidSettings(s: Settings) {
  for (const n of NUMERIC_SPECS) {
    const v = s[n.key];
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(n.min / n.divisor);
    expect(v).toBeLessThanOrEqual(n.max / n.divisor);
  }
  expect(Number.isInteger(s.horizon)).toBe(true);
  for (const t of s.themes) expect(THEME_IDS).toContain(t);
  expect(new Set(s.themes).size).toBe(s.themes.length);
  if (s.lens.kind !== 'all') expect(PARTNER_IDS).toContain(s.lens.partner);
  for (const [id, v] of Object.entries(s.leakageByTheme)) {
    expect(THEME_IDS).toContain(id);
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
  for (const [id, v] of Object.entries(s.delayByTheme)) {
    expect(THEME_IDS).toContain(id);
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(5);
  }
  expect(Object.getPrototypeOf(s.leakageByTheme)).toBe(Object.prototype);
  expect(Object.getPrototypeOf(s.delayByTheme)).toBe(Object.prototype);
}

describe('NUMERIC_SPECS and defaultSettings', () => {
  it('describes each numeric setting once with the documented ranges and defaults', () => {
    const table = Object.fromEntries(NUMERIC_SPECS.map((n) => [n.key, [n.min, n.max, n.default, n.divisor, n.unit]]));
    expect(table).toEqual({
      scenario: [0, 100, 100, 100, '%'],
      scale: [0, 100, 100, 100, '%'],
      leakage: [0, 100, 0, 100, '%'],
      delay: [0, 5, 0, 1, 'years'],
      rate: [0, 10, 3.5, 100, '%'],
      horizon: [5, 10, 5, 1, 'years'],
    });
    expect(NUMERIC_SPECS).toHaveLength(6);
  });

  it('gives every spec a label, help text and source', () => {
    for (const n of NUMERIC_SPECS) {
      expect(n.label.length).toBeGreaterThan(0);
      expect(n.help.length).toBeGreaterThan(0);
      expect(n.source.length).toBeGreaterThan(0);
      expect(n.step).toBeGreaterThan(0);
      expect(n.default).toBeGreaterThanOrEqual(n.min);
      expect(n.default).toBeLessThanOrEqual(n.max);
    }
  });

  it('defaults to the report base case', () => {
    expect(defaultSettings()).toEqual({
      scenario: 1,
      scale: 1,
      leakage: 0,
      delay: 0,
      rate: 0.035,
      horizon: 5,
      themes: ['hsc', 'fcn', 'ws'],
      lens: { kind: 'all' },
      leakageByTheme: {},
      delayByTheme: {},
      deadweight: 0,
      displacement: 0,
      attribution: 0,
      deadweightByTheme: {},
      displacementByTheme: {},
      attributionByTheme: {},
      obCost: 0,
      obBenefit: 0,
      after5: 'ramp',
      dropoff: 0.1,
      uprate: 1,
      pricebase: '',
      pay: { kind: 'share' },
      payShares: {},
      breakeven: null,
    });
    expect(AGGREGATED_THEMES).toEqual(['hsc', 'fcn', 'ws']);
    expect(LINK_VERSION).toBe(1);
  });

  it('returns a fresh object each time (mutating one does not change the next)', () => {
    const a = defaultSettings();
    a.themes.push('da');
    a.leakageByTheme.hsc = 0.5;
    a.lens = { kind: 'lead', partner: 'DH' };
    expect(defaultSettings()).toEqual(DEFAULTS);
    expect(AGGREGATED_THEMES).toEqual(['hsc', 'fcn', 'ws']);
  });
});

describe('parseSettings: valid values', () => {
  it.each<[string, Partial<Settings>]>([
    ['', {}],
    ['?', {}],
    ['v=1', {}],
    ['scenario=prudent', { scenario: 0 }],
    ['scenario=base', { scenario: 1 }],
    ['scenario=PRUDENT', { scenario: 0 }],
    ['scenario=%20Base%20', { scenario: 1 }],
    ['scenario=0', { scenario: 0 }],
    ['scenario=50', { scenario: 0.5 }],
    ['scenario=100', { scenario: 1 }],
    ['scenario=12.5', { scenario: 0.125 }],
    ['scale=0', { scale: 0 }],
    ['scale=29', { scale: 0.29 }],
    ['scale=100', { scale: 1 }],
    ['leakage=0', { leakage: 0 }],
    ['leakage=30', { leakage: 0.3 }],
    ['leakage=100', { leakage: 1 }],
    ['leakage=33.333333', { leakage: 33.333333 / 100 }],
    ['leakage=%2030%20', { leakage: 0.3 }],
    ['delay=0', { delay: 0 }],
    ['delay=1', { delay: 1 }],
    ['delay=2.25', { delay: 2.25 }],
    ['delay=5', { delay: 5 }],
    ['rate=0', { rate: 0 }],
    ['rate=3.5', { rate: 0.035 }],
    ['rate=10', { rate: 0.1 }],
    ['rate=1.5', { rate: 0.015 }],
    ['horizon=5', { horizon: 5 }],
    ['horizon=7', { horizon: 7 }],
    ['horizon=10', { horizon: 10 }],
    ['horizon=8.0', { horizon: 8 }],
    ['themes=hsc', { themes: ['hsc'] }],
    ['themes=hsc,fcn,ws,da,ro', { themes: ['hsc', 'fcn', 'ws', 'da', 'ro'] }],
    ['themes=ro,da,hsc', { themes: ['hsc', 'da', 'ro'] }],
    ['themes=HSC,%20Ws%20', { themes: ['hsc', 'ws'] }],
    ['themes=hsc%2Cfcn', { themes: ['hsc', 'fcn'] }],
    ['themes=hsc,hsc,hsc', { themes: ['hsc'] }],
    ['themes=', { themes: [] }],
    ['themes=,,', { themes: [] }],
    ['lens=all', { lens: { kind: 'all' } }],
    ['lens=ALL', { lens: { kind: 'all' } }],
    ['lens=lead:DH', { lens: { kind: 'lead', partner: 'DH' } }],
    ['lens=lead%3ALG', { lens: { kind: 'lead', partner: 'LG' } }],
    ['lens=exclude:DWP', { lens: { kind: 'exclude', partner: 'DWP' } }],
    ['lens=Exclude:moj', { lens: { kind: 'exclude', partner: 'MoJ' } }],
    ['lens=LEAD:dfe', { lens: { kind: 'lead', partner: 'DfE' } }],
    ['lens=lead:%20HO', { lens: { kind: 'lead', partner: 'HO' } }],
    ['leakage.hsc=30', { leakageByTheme: { hsc: 0.3 } }],
    ['leakage.ro=0', { leakageByTheme: { ro: 0 } }],
    ['leakage.HSC=30', { leakageByTheme: { hsc: 0.3 } }],
    ['delay.ws=1', { delayByTheme: { ws: 1 } }],
    ['delay.da=4.75', { delayByTheme: { da: 4.75 } }],
    ['leakage.hsc=30&leakage.fcn=10&delay.ws=1', { leakageByTheme: { hsc: 0.3, fcn: 0.1 }, delayByTheme: { ws: 1 } }],
    ['?scenario=prudent&leakage=20&delay=1&v=1', { scenario: 0, leakage: 0.2, delay: 1 }],
    ['%20leakage%20=20', { leakage: 0.2 }],
    // Numbers as other programs write them are numbers.
    ['leakage=1e1', { leakage: 0.1 }],
    ['leakage=.5', { leakage: 0.005 }],
    ['leakage=5.', { leakage: 0.05 }],
    ['leakage=%2B5', { leakage: 0.05 }],
  ])('%s', (query, expected) => {
    const { settings, ignored } = parse(query);
    expect(ignored).toEqual([]);
    expect(settings).toEqual({ ...DEFAULTS, ...expected });
    expectValidSettings(settings);
  });

  it('reads "-0" as zero, never a negative zero, so it never reaches a link', () => {
    for (const key of ['scenario', 'leakage', 'delay', 'rate', 'scale', 'leakage.hsc', 'delay.ws']) {
      const { settings, ignored } = parse(`${key}=-0`);
      expect(ignored).toEqual([]);
      const value = key.includes('.') ? (key.startsWith('leakage') ? settings.leakageByTheme.hsc : settings.delayByTheme.ws) : settings[key as 'scale'];
      expect(Object.is(value, 0), key).toBe(true);
    }
    expect(serialiseSettings(parse('leakage=-0&delay=-0.0').settings)).toBe('');
  });

  it('accepts URLSearchParams as well as a string', () => {
    const params = new URLSearchParams();
    params.set('leakage', '25');
    params.set('lens', 'lead:DH');
    params.set('themes', 'ws');
    const { settings, ignored } = parseSettings(params);
    expect(ignored).toEqual([]);
    expect(settings).toEqual({ ...DEFAULTS, leakage: 0.25, lens: { kind: 'lead', partner: 'DH' }, themes: ['ws'] });
  });

  it('does not mutate the URLSearchParams it is given', () => {
    const params = new URLSearchParams('leakage=25&bogus=1');
    parseSettings(params);
    expect(params.toString()).toBe('leakage=25&bogus=1');
  });

  it('keeps the first edge of each range and the last', () => {
    for (const n of NUMERIC_SPECS) {
      expect(parse(`${n.key}=${n.min}`).settings[n.key]).toBe(n.min / n.divisor);
      expect(parse(`${n.key}=${n.max}`).settings[n.key]).toBe(n.max / n.divisor);
      expect(parse(`${n.key}=${n.min}`).ignored).toEqual([]);
      expect(parse(`${n.key}=${n.max}`).ignored).toEqual([]);
    }
  });
});

describe('parseSettings: invalid values are ignored with a reason', () => {
  const cases: [string, string, RegExp][] = [
    // query, the param named, what the reason says
    ['foo=1', 'foo', /not a setting/],
    ['__proto__=1', '__proto__', /not a setting/],
    ['constructor=1', 'constructor', /not a setting/],
    ['toString=1', 'toString', /not a setting/],
    ['hasOwnProperty=x', 'hasOwnProperty', /not a setting/],
    ['prototype=1', 'prototype', /not a setting/],
    ['Leakage=10', 'Leakage', /not a setting/],
    ['l%D0%B5akage=10', 'lеakage', /not a setting/], // Cyrillic е
    ['%F0%9F%99%82=1', '🙂', /not a setting/],
    ['leakage.hsc.x=1', 'leakage.hsc.x', /not a setting/],
    ['leakage.=1', 'leakage.', /not a setting/],
    ['scale=101', 'scale', /101 is outside 0–100%/],
    ['scale=-1', 'scale', /-1 is outside 0–100%/],
    ['scale=100.000001', 'scale', /outside/],
    ['leakage=NaN', 'leakage', /"NaN" is not a number/],
    ['leakage=Infinity', 'leakage', /is not a number/],
    ['leakage=-Infinity', 'leakage', /is not a number/],
    // Exponent notation is a number (String(0.0000001) is "1e-7"): the true reason is its range.
    ['leakage=1e3', 'leakage', /^1e3 is outside 0–100%$/],
    ['leakage=0x10', 'leakage', /is not a number/],
    ['leakage=50%25', 'leakage', /is not a number/],
    ['leakage=5,0', 'leakage', /is not a number/],
    ['leakage=', 'leakage', /is not a number/],
    ['leakage', 'leakage', /is not a number/],
    ['leakage=%20', 'leakage', /is not a number/],
    ['leakage=ten', 'leakage', /is not a number/],
    ['leakage=%D9%A3', 'leakage', /is not a number/], // Arabic-Indic digit three
    ['leakage=%EF%BC%91%EF%BC%90', 'leakage', /is not a number/], // full-width 10
    ['leakage=1234567', 'leakage', /^1234567 is outside 0–100%$/],
    ['leakage=1e999', 'leakage', /^1e999 is outside 0–100%$/],
    ['leakage=__proto__', 'leakage', /is not a number/],
    ['delay=5.25', 'delay', /5\.25 is outside 0–5 years/],
    ['delay=-0.5', 'delay', /outside/],
    ['rate=10.5', 'rate', /outside 0–10%/],
    ['rate=-3.5', 'rate', /outside/],
    ['horizon=4', 'horizon', /4 is outside 5–10 years/],
    ['horizon=11', 'horizon', /outside/],
    ['horizon=5.5', 'horizon', /5\.5 is not a whole number of years/],
    ['horizon=abc', 'horizon', /is not a number/],
    ['scenario=middle', 'scenario', /"middle" is not a number/],
    ['scenario=', 'scenario', /is not a number/],
    ['scenario=101', 'scenario', /outside 0–100%/],
    ['scenario=constructor', 'scenario', /is not a number/],
    ['themes=hsc,xyz', 'themes', /"xyz" is not a theme/],
    ['themes=__proto__', 'themes', /"__proto__" is not a theme/],
    ['lens=none', 'lens', /"none" is not all, lead:<partner> or exclude:<partner>/],
    ['lens=', 'lens', /is not all, lead/],
    ['lens=lead', 'lens', /is not all, lead/],
    ['lens=lead:', 'lens', /is not all, lead/],
    ['lens=lead:XX', 'lens', /is not all, lead/],
    ['lens=lead:DH:LG', 'lens', /is not all, lead/],
    ['lens=include:DH', 'lens', /is not all, lead/],
    ['lens=lead:__proto__', 'lens', /is not all, lead/],
    ['lens=lead:constructor', 'lens', /is not all, lead/],
    ['leakage.xyz=30', 'leakage.xyz', /"xyz" is not a theme/],
    ['leakage.__proto__=30', 'leakage.__proto__', /"__proto__" is not a theme/],
    ['delay.constructor=1', 'delay.constructor', /"constructor" is not a theme/],
    ['leakage.hsc=120', 'leakage.hsc', /outside 0–100%/],
    ['leakage.hsc=abc', 'leakage.hsc', /is not a number/],
    ['delay.ws=6', 'delay.ws', /outside 0–5 years/],
    ['delay.ws=', 'delay.ws', /is not a number/],
    ['v=2', 'v', /link version "2" is not known; read as version 1/],
    ['v=', 'v', /link version "" is not known/],
    ['v=abc', 'v', /link version "abc" is not known/],
  ];

  it.each(cases)('%s', (query, param, reason) => {
    const { settings, ignored } = parse(query);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]?.param).toBe(param);
    expect(ignored[0]?.reason).toMatch(reason);
    // Everything is left at its default (a bad link never breaks the page).
    if (!query.startsWith('themes=')) expect(settings).toEqual(DEFAULTS);
    expectValidSettings(settings);
  });

  it('keeps the good theme names when some are bad, reporting each bad one', () => {
    const { settings, ignored } = parse('themes=hsc,xyz,ws,,abc');
    expect(settings.themes).toEqual(['hsc', 'ws']);
    expect(ignored).toEqual([
      { param: 'themes', reason: expect.stringContaining('"xyz"') },
      { param: 'themes', reason: expect.stringContaining('"abc"') },
    ]);
  });

  it('keeps the first value of a parameter given twice and says so', () => {
    const { settings, ignored } = parse('leakage=10&leakage=20&scale=50&scale=60&scale=70');
    expect(settings.leakage).toBe(0.1);
    expect(settings.scale).toBe(0.5);
    expect(ignored).toEqual([
      { param: 'leakage', reason: 'given more than once; the first value was used' },
      { param: 'scale', reason: 'given more than once; the first value was used' },
      { param: 'scale', reason: 'given more than once; the first value was used' },
    ]);
  });

  it('counts a repeat as a repeat even when the first value was invalid', () => {
    const { settings, ignored } = parse('leakage=abc&leakage=20');
    expect(settings.leakage).toBe(0);
    expect(ignored.map((i) => i.param)).toEqual(['leakage', 'leakage']);
    expect(ignored[1]?.reason).toMatch(/more than once/);
  });

  it('treats keys differing only by surrounding spaces as the same parameter', () => {
    const { settings, ignored } = parse('leakage=10&%20leakage=20');
    expect(settings.leakage).toBe(0.1);
    expect(ignored).toHaveLength(1);
  });

  it('reads the other parameters when the link version is unknown', () => {
    const { settings, ignored } = parse('v=99&leakage=20');
    expect(settings.leakage).toBe(0.2);
    expect(ignored.map((i) => i.param)).toEqual(['v']);
  });

  it('reports every problem in a link, in order, and applies the good parts', () => {
    const { settings, ignored } = parse('scale=50&foo=1&leakage=200&delay=1&lens=lead:XX&horizon=7.5&rate=2');
    expect(settings).toEqual({ ...DEFAULTS, scale: 0.5, delay: 1, rate: 0.02 });
    expect(ignored.map((i) => i.param)).toEqual(['foo', 'leakage', 'lens', 'horizon']);
  });

  it('does not pollute any prototype', () => {
    const { settings } = parse('__proto__=1&constructor=1&leakage.__proto__=10&delay.__proto__=1&themes=__proto__,constructor');
    expect(settings).toEqual(DEFAULTS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.keys(settings.leakageByTheme)).toEqual([]);
    expect(Object.keys(settings.delayByTheme)).toEqual([]);
  });

  it('shortens very long keys and values in what it reports', () => {
    const longKey = 'k'.repeat(10_000);
    const longValue = '9'.repeat(10_000);
    const { settings, ignored } = parse(`${longKey}=1&leakage=${longValue}&themes=${'x'.repeat(5000)}&lens=${'y'.repeat(5000)}`);
    expect(settings).toEqual(DEFAULTS);
    expect(ignored).toHaveLength(4);
    expect(ignored[0]?.param).toBe(`${'k'.repeat(40)}…`);
    for (const i of ignored) {
      expect(i.param.length).toBeLessThanOrEqual(41);
      expect(i.reason.length).toBeLessThan(200);
    }
  });

  it('never throws and always yields usable settings for random junk (seeded)', () => {
    const rng = seededRandom(20130601);
    const alphabet = ['=', '&', ',', ':', '.', '%', '+', '-', ' ', '?', '#', 'e', '1', '0', '5', '9', 'a', 'é', '🙂', '\u0000',
      'leakage', 'delay', 'scale', 'rate', 'horizon', 'scenario', 'themes', 'lens', 'hsc', 'ws', 'lead:', 'exclude:', 'DH', 'v'];
    for (let i = 0; i < 500; i++) {
      let q = '';
      const len = Math.floor(rng() * 30);
      for (let j = 0; j < len; j++) q += alphabet[Math.floor(rng() * alphabet.length)];
      let result: ReturnType<typeof parseSettings> | undefined;
      expect(() => {
        result = parseSettings(q);
      }).not.toThrow();
      if (!result) throw new Error('no result');
      expectValidSettings(result.settings);
      for (const ig of result.ignored) {
        expect(typeof ig.param).toBe('string');
        expect(ig.reason.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('serialiseSettings', () => {
  it('writes nothing for the defaults', () => {
    expect(serialiseSettings(defaultSettings())).toBe('');
  });

  it.each<[Partial<Settings>, string]>([
    [{ scenario: 0 }, 'scenario=prudent&v=1'],
    [{ scenario: 0.5 }, 'scenario=50&v=1'],
    [{ scenario: 0.125 }, 'scenario=12.5&v=1'],
    [{ scale: 0.29 }, 'scale=29&v=1'],
    [{ scale: 0 }, 'scale=0&v=1'],
    [{ leakage: 0.2 }, 'leakage=20&v=1'],
    [{ leakage: 1 }, 'leakage=100&v=1'],
    [{ delay: 1.5 }, 'delay=1.5&v=1'],
    [{ rate: 0 }, 'rate=0&v=1'],
    [{ rate: 0.015 }, 'rate=1.5&v=1'],
    [{ horizon: 10 }, 'horizon=10&v=1'],
    [{ themes: ['hsc'] }, 'themes=hsc&v=1'],
    [{ themes: [] }, 'themes=&v=1'],
    [{ themes: ['ro', 'hsc', 'da'] }, 'themes=hsc,da,ro&v=1'],
    [{ themes: ['ws', 'fcn', 'hsc'] }, ''],
    [{ lens: { kind: 'lead', partner: 'MoJ' } }, 'lens=lead:MoJ&v=1'],
    [{ lens: { kind: 'exclude', partner: 'DH' } }, 'lens=exclude:DH&v=1'],
    [{ leakageByTheme: { hsc: 0.3 } }, 'leakage.hsc=30&v=1'],
    [{ leakageByTheme: { hsc: 0 } }, 'leakage.hsc=0&v=1'],
    [{ delayByTheme: { ws: 1 } }, 'delay.ws=1&v=1'],
    [{ leakageByTheme: { ro: 0.1, hsc: 0.2 }, delayByTheme: { ws: 2, fcn: 0.5 } }, 'leakage.hsc=20&leakage.ro=10&delay.fcn=0.5&delay.ws=2&v=1'],
    [
      { horizon: 7, scenario: 0, leakage: 0.1, lens: { kind: 'lead', partner: 'LG' }, themes: ['hsc', 'da'], rate: 0.02 },
      'scenario=prudent&leakage=10&rate=2&horizon=7&themes=hsc,da&lens=lead:LG&v=1',
    ],
  ])('%j → %s', (overrides, expected) => {
    expect(serialiseSettings({ ...defaultSettings(), ...overrides })).toBe(expected);
  });

  it('keeps floating-point noise out of links', () => {
    const q = serialiseSettings({ ...defaultSettings(), leakage: 0.1 + 0.2, rate: 0.07 * 0.5, scale: 0.57 });
    expect(q).toBe('scale=57&leakage=30&v=1');
    expect(q).not.toMatch(/000000|99999|e-/);
  });

  it('rounds to six decimals in display units', () => {
    expect(serialiseSettings({ ...defaultSettings(), leakage: 1 / 3 })).toBe('leakage=33.333333&v=1');
    expect(serialiseSettings({ ...defaultSettings(), delay: 2 / 3 })).toBe('delay=0.666667&v=1');
  });

  it('writes characters that need it percent-encoded and leaves commas and colons readable', () => {
    const q = serialiseSettings({ ...defaultSettings(), themes: ['hsc', 'ws'], lens: { kind: 'exclude', partner: 'DfE' } });
    expect(q).toBe('themes=hsc,ws&lens=exclude:DfE&v=1');
  });

  it('does not change the settings it is given', () => {
    const s = settingsWith({ themes: ['ws', 'hsc'], leakageByTheme: { hsc: 0.1 } });
    const copy = structuredClone(s);
    serialiseSettings(s);
    expect(s).toEqual(copy);
  });
});

describe('round trip parse(serialise(s))', () => {
  const oneParam: [string, Partial<Settings>][] = [
    ['scenario prudent', { scenario: 0 }],
    ['scenario blend', { scenario: 0.35 }],
    ['scenario fine blend', { scenario: 0.123456 }],
    ['scale', { scale: 0.42 }],
    ['scale zero', { scale: 0 }],
    ['leakage', { leakage: 0.73 }],
    ['leakage all', { leakage: 1 }],
    ['delay quarter', { delay: 0.25 }],
    ['delay max', { delay: 5 }],
    ['delay odd', { delay: 3.369368 }],
    ['rate zero', { rate: 0 }],
    ['rate', { rate: 0.06 }],
    ['rate max', { rate: 0.1 }],
    ['horizon 6', { horizon: 6 }],
    ['horizon 10', { horizon: 10 }],
    ['themes all', { themes: ['hsc', 'fcn', 'ws', 'da', 'ro'] }],
    ['themes none', { themes: [] }],
    ['themes one', { themes: ['ro'] }],
    ...PARTNER_IDS.flatMap((p): [string, Partial<Settings>][] => [
      [`lens lead:${p}`, { lens: { kind: 'lead', partner: p } }],
      [`lens exclude:${p}`, { lens: { kind: 'exclude', partner: p } }],
    ]),
    ...THEME_IDS.flatMap((t): [string, Partial<Settings>][] => [
      [`leakage.${t}`, { leakageByTheme: { [t]: 0.3 } }],
      [`delay.${t}`, { delayByTheme: { [t]: 1.75 } }],
    ]),
  ];

  it.each(oneParam)('%s', (_name, overrides) => {
    const s = { ...defaultSettings(), ...overrides };
    const q = serialiseSettings(s);
    expect(q).not.toBe('');
    expect(q.endsWith('&v=1')).toBe(true);
    const back = parseSettings(q);
    expect(back.ignored).toEqual([]);
    expect(back.settings).toEqual(s);
    expect(settingsEqual(back.settings, s)).toBe(true);
  });

  it('round-trips 500 random settings exactly (seeded)', () => {
    const rng = seededRandom(42);
    for (let i = 0; i < 500; i++) {
      const s = randomSettings(rng);
      const q = serialiseSettings(s);
      const back = parseSettings(q);
      expect(back.ignored, q).toEqual([]);
      expect(back.settings, q).toEqual(s);
      expect(serialiseSettings(back.settings)).toBe(q);
    }
  });

  it('is stable for arbitrary floating-point values: a second round trip changes nothing (seeded)', () => {
    const rng = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const s: Settings = {
        ...randomSettings(rng),
        scenario: rng(),
        scale: rng(),
        leakage: rng(),
        delay: rng() * 5,
        rate: rng() * 0.1,
      };
      const q = serialiseSettings(s);
      const once = parseSettings(q);
      expect(once.ignored, q).toEqual([]);
      for (const n of NUMERIC_SPECS) {
        // Links carry six decimals in display units: at most half a millionth of a unit off.
        expect(Math.abs(once.settings[n.key] - s[n.key]), `${n.key} in ${q}`).toBeLessThanOrEqual(5.000001e-7 / n.divisor);
      }
      const q2 = serialiseSettings(once.settings);
      expect(q2).toBe(q);
      expect(parseSettings(q2).settings).toEqual(once.settings);
    }
  });

  it('parses then re-serialises a hand-written link to its canonical form', () => {
    const { settings } = parseSettings('?themes=WS,hsc&lens=LEAD:dh&scenario=Prudent&leakage.HSC=30&delay.ws=1&v=1');
    expect(serialiseSettings(settings)).toBe('scenario=prudent&themes=hsc,ws&lens=lead:DH&leakage.hsc=30&delay.ws=1&v=1');
  });
});

describe('settingsEqual', () => {
  it.each<[string, Partial<Settings>, Partial<Settings>, boolean]>([
    ['defaults', {}, {}, true],
    ['theme order does not matter', { themes: ['ws', 'hsc'] }, { themes: ['hsc', 'ws'] }, true],
    ['noise below a millionth of a percent', { leakage: 0.3 }, { leakage: 0.1 + 0.2 }, true],
    ['different leakage', { leakage: 0.3 }, { leakage: 0.31 }, false],
    ['different lens partner', { lens: { kind: 'lead', partner: 'DH' } }, { lens: { kind: 'lead', partner: 'LG' } }, false],
    ['lead vs exclude', { lens: { kind: 'lead', partner: 'DH' } }, { lens: { kind: 'exclude', partner: 'DH' } }, false],
    ['per-theme override of zero vs none', { leakageByTheme: { hsc: 0 } }, {}, false],
    ['different horizon', { horizon: 6 }, {}, false],
    ['different themes', { themes: ['hsc'] }, { themes: ['hsc', 'ws'] }, false],
  ])('%s', (_name, a, b, equal) => {
    expect(settingsEqual({ ...defaultSettings(), ...a }, { ...defaultSettings(), ...b })).toBe(equal);
  });
});

// ---------------------------------------------------------------------------------------------
// Monte Carlo and local-area parameters (issue 7).

import { defaultLocal, defaultUncertainty, modelSettingsEqual, uncertaintyOf } from '../../src/model/settings';

describe('Monte Carlo and local-area parameters', () => {
  it('leaves existing settings and links unchanged when unused', () => {
    expect('uncertainty' in parse('').settings).toBe(false);
    expect('local' in parse('leakage=20').settings).toBe(false);
    expect(uncertaintyOf(DEFAULTS)).toEqual({ seed: 2013, draws: 10000, distribution: 'triangular', ranges: {} });
    expect(serialiseSettings({ ...DEFAULTS, uncertainty: defaultUncertainty() })).toBe('');
  });

  it.each([
    ['seed=7', { uncertainty: { ...defaultUncertainty(), seed: 7 } }],
    ['seed=4294967295', { uncertainty: { ...defaultUncertainty(), seed: 4294967295 } }],
    ['draws=2000', { uncertainty: { ...defaultUncertainty(), draws: 2000 } }],
    ['dist=uniform', { uncertainty: { ...defaultUncertainty(), distribution: 'uniform' } }],
    ['range.leakage=10-40', { uncertainty: { ...defaultUncertainty(), ranges: { leakage: [0.1, 0.4] } } }],
    ['range.delay=0-2', { uncertainty: { ...defaultUncertainty(), ranges: { delay: [0, 2] } } }],
    ['range.scale=50-100', { uncertainty: { ...defaultUncertainty(), ranges: { scale: [0.5, 1] } } }],
    ['range.delay=1.5-1.5', { uncertainty: { ...defaultUncertainty(), ranges: { delay: [1.5, 1.5] } } }],
    ['area=manchester', { local: defaultLocal('manchester') }],
    ['area=custom&cohort=1200', { local: { ...defaultLocal('custom'), cohort: 1200 } }],
    ['area=custom&pop=2', { local: { ...defaultLocal('custom'), population: 0.02 } }],
    ['area=custom&spend.hsc=1', { local: { ...defaultLocal('custom'), spend: { hsc: 0.01 } } }],
    ['area=essex&costs=share', { local: { ...defaultLocal('essex'), costRule: 'share' } }],
  ] as const)('reads %s and writes it back the same', (query, expected) => {
    const { settings, ignored } = parse(query);
    expect(ignored).toEqual([]);
    expect(settings).toEqual({ ...DEFAULTS, ...expected });
    expect(serialiseSettings(settings)).toBe(`${query}&v=1`);
  });

  it('writes the new parameters after the existing ones, in a fixed order, and reads them case-blind where documented', () => {
    const q = 'dist=Uniform&area=CUSTOM&spend.WS=3&Range.Leakage=5-10&cohort=50&pop=1.5&seed=3&draws=500&leakage=20&costs=SHARE';
    const { settings, ignored } = parse(q);
    expect(ignored).toEqual([]);
    expect(serialiseSettings(settings)).toBe('leakage=20&seed=3&draws=500&dist=uniform&range.leakage=5-10&area=custom&cohort=50&pop=1.5&spend.ws=3&costs=share&v=1');
  });

  it.each([
    ['seed=-1', 'seed', '-1 is outside 0–4294967295'],
    ['seed=1.5', 'seed', '"1.5" is not a whole number'],
    ['seed=4294967296', 'seed', '4294967296 is outside 0–4294967295'],
    ['draws=99', 'draws', '99 is outside 100–100000 draws'],
    ['draws=lots', 'draws', '"lots" is not a whole number'],
    ['dist=normal', 'dist', '"normal" is not a distribution (use triangular or uniform)'],
    ['range.leakage=40-10', 'range.leakage', '40 is more than 10: give the lower end first'],
    ['range.leakage=10', 'range.leakage', '"10" is not a range such as 10-40'],
    ['range.leakage=10-140', 'range.leakage', '140 is outside 0–100%'],
    ['range.delay=0-6', 'range.delay', '6 is outside 0–5 years'],
    ['range.rate=1-2', 'range.rate', '"rate" cannot have a range (use leakage, delay, scale, deadweight, displacement, attribution, ob.benefit, ob.cost)'],
    ['range.scale=a-b', 'range.scale', '"a" is not a number'],
    ['area=Greater Manchester', 'area', '"Greater Manchester" is not an area name (letters, digits and hyphens)'],
    ['area=custom&cohort=0', 'cohort', '0 is outside 1–999999 families'],
    ['area=custom&cohort=12.5', 'cohort', '"12.5" is not a whole number'],
    ['area=custom&pop=0', 'pop', 'a share must be more than 0%'],
    ['area=custom&pop=101', 'pop', '101 is outside 0–100%'],
    ['area=custom&spend.xyz=1', 'spend.xyz', '"xyz" is not a theme'],
    ['area=custom&spend.hsc=-1', 'spend.hsc', '-1 is outside 0–100%'],
    ['area=essex&costs=none', 'costs', '"none" is not a cost rule (use all or share)'],
    ['cohort=1200', 'cohort', 'applies only with area=… (a pilot or custom)'],
    ['pop=2', 'pop', 'applies only with area=… (a pilot or custom)'],
    ['spend.hsc=2', 'spend.hsc', 'applies only with area=… (a pilot or custom)'],
    ['costs=share', 'costs', 'applies only with area=… (a pilot or custom)'],
    ['seed=1&seed=2', 'seed', 'given more than once; the first value was used'],
    ['range.delay=0-1&range.DELAY=0-2', 'range.DELAY', 'given more than once; the first value was used'],
  ])('ignores %s with a reason and never throws', (query, param, reason) => {
    const { settings, ignored } = parse(query);
    expect(ignored).toContainEqual({ param, reason });
    expect(ignored).toHaveLength(1);
    expectValidSettings(settings);
  });

  it('keeps the good parameters beside a bad one', () => {
    const { settings, ignored } = parse('seed=5&draws=7&range.delay=0-9&area=custom&pop=3');
    expect(ignored.map((i) => i.param)).toEqual(['draws', 'range.delay']);
    expect(settings.uncertainty).toEqual({ ...defaultUncertainty(), seed: 5 });
    expect(settings.local).toEqual({ ...defaultLocal('custom'), population: 0.03 });
  });

  it('round-trips random Monte Carlo and local settings exactly (seeded)', () => {
    const rng = seededRandom(77);
    const pct = (digits: number) => Math.round(rng() * 100 * 10 ** digits) / 10 ** digits;
    for (let i = 0; i < 300; i++) {
      const lo = pct(1);
      const hi = Math.max(lo, pct(0));
      const s: Settings = {
        ...randomSettings(rng),
        uncertainty: {
          seed: Math.floor(rng() * 4294967296),
          draws: 100 + Math.floor(rng() * 99901),
          distribution: rng() < 0.5 ? 'uniform' : 'triangular',
          ranges: { ...(rng() < 0.5 ? { leakage: [lo / 100, hi / 100] as [number, number] } : {}), delay: [0, Math.round(rng() * 20) / 4] },
        },
        local: {
          area: rng() < 0.5 ? 'custom' : 'westcheshire',
          ...(rng() < 0.5 ? { cohort: 1 + Math.floor(rng() * 5000) } : {}),
          ...(rng() < 0.5 ? { population: Math.max(0.01, pct(2)) / 100 } : {}),
          spend: rng() < 0.5 ? { fcn: Math.max(0.5, pct(1)) / 100 } : {},
          costRule: rng() < 0.5 ? 'all' : 'share',
        },
      };
      const q = serialiseSettings(s);
      const back = parseSettings(q);
      expect(back.ignored, q).toEqual([]);
      expect(back.settings, q).toEqual(s);
      expect(serialiseSettings(back.settings)).toBe(q);
    }
  });

  it('tells model changes from Monte Carlo and local ones', () => {
    const a = { ...DEFAULTS, uncertainty: { ...defaultUncertainty(), seed: 9 }, local: defaultLocal('essex') };
    expect(settingsEqual(a, DEFAULTS)).toBe(false);
    expect(modelSettingsEqual(a, DEFAULTS)).toBe(true);
    expect(modelSettingsEqual({ ...a, leakage: 0.1 }, DEFAULTS)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad links (issue 19): no list switched off by junk, every bad value reported, long decimals read.

import { LINK_DECIMALS } from '../../src/model/settings';

describe('bad links: a list with no good entry keeps its default', () => {
  it.each(['themes=zzz', 'themes=zzz,yyy', 'themes=__proto__', 'themes=%20ZZZ%20,', 'themes=1,2,3', 'themes=zzz&themes=hsc'])('%s', (query) => {
    const { settings, ignored } = parse(query);
    expect(settings.themes).toEqual(AGGREGATED_THEMES);
    expect(ignored[0]).toEqual({ param: 'themes', reason: expect.stringMatching(/(is not a theme|are not themes) \(use hsc, fcn, ws, da, ro\), so the default themes are kept$/) });
    // The link the app writes next carries no themes at all: the defaults.
    expect(serialiseSettings(settings)).toBe('');
  });

  it('names the first three bad entries and counts the rest', () => {
    expect(parse('themes=a,b,c,d,e,a').ignored).toEqual([
      { param: 'themes', reason: '"a", "b", "c" and 2 more are not themes (use hsc, fcn, ws, da, ro), so the default themes are kept' },
    ]);
  });

  it('still switches every theme off for an empty list, as the app writes it', () => {
    expect(parse('themes=').settings.themes).toEqual([]);
    expect(serialiseSettings({ ...DEFAULTS, themes: [] })).toBe('themes=&v=1');
  });

  it('says truly what happened to a repeat when the first value could not be used', () => {
    expect(parse('themes=zzz&themes=hsc').ignored[1]).toEqual({ param: 'themes', reason: 'given more than once; only the first value was read' });
    expect(parse('leakage=abc&leakage=20').ignored[1]).toEqual({ param: 'leakage', reason: 'given more than once; only the first value was read' });
  });
});

describe('bad links: numbers with more decimals than a link carries', () => {
  it.each<[string, Partial<Settings>]>([
    ['leakage=73.4043760343358', { leakage: 73.404376 / 100 }],
    ['rate=0.0000001', { rate: 0 }],
    ['rate=1e-7', { rate: 0 }],
    ['rate=3.50000049', { rate: 0.035 }],
    ['rate=3.5000005', { rate: 3.500001 / 100 }],
    ['scale=100.0000004', { scale: 1 }],
    ['scale=-0.0000001', { scale: 0 }],
    ['scenario=12.3456789', { scenario: 12.345679 / 100 }],
    ['delay=0.2500000000001', { delay: 0.25 }],
    ['horizon=7.0000000001', { horizon: 7 }],
    ['leakage.hsc=10.12345678', { leakageByTheme: { hsc: 10.123457 / 100 } }],
    ['delay.ws=1.00000001', { delayByTheme: { ws: 1 } }],
  ])('reads %s rounded to six decimal places of its unit, without a notice', (query, expected) => {
    expect(LINK_DECIMALS).toBe(6);
    const { settings, ignored } = parse(query);
    expect(ignored).toEqual([]);
    expect(settings).toEqual({ ...DEFAULTS, ...expected });
    // What it was read as is what the app writes back.
    expect(parse(serialiseSettings(settings)).settings).toEqual(settings);
  });

  it('reads long decimals in Monte Carlo ranges and local shares too', () => {
    const { settings, ignored } = parse('range.leakage=10.00000001-40.1234567&area=custom&pop=1.23456789&spend.hsc=0.0000014');
    expect(ignored).toEqual([]);
    expect(settings.uncertainty?.ranges.leakage).toEqual([0.1, 40.123457 / 100]);
    expect(settings.local).toEqual({ ...defaultLocal('custom'), population: 1.234568 / 100, spend: { hsc: 0.000001 / 100 } });
  });

  it('gives the true reason when a long decimal cannot be used', () => {
    expect(parse('scale=100.0000006').ignored).toEqual([{ param: 'scale', reason: '100.0000006 is outside 0–100%' }]);
    expect(parse('horizon=7.4999999999').ignored).toEqual([{ param: 'horizon', reason: '7.5 is not a whole number of years' }]);
    expect(parse('area=custom&pop=0.0000001').ignored).toEqual([{ param: 'pop', reason: 'a share must be more than 0% (0.0000001 rounds to 0 at 6 decimal places)' }]);
    expect(parse('seed=12345678901').ignored).toEqual([{ param: 'seed', reason: '12345678901 is outside 0–4294967295' }]);
    expect(parse('draws=2000.5').ignored).toEqual([{ param: 'draws', reason: '"2000.5" is not a whole number' }]);
    expect(parse(`leakage=0.${'1'.repeat(500)}`).settings.leakage).toBe(0.111111 / 100);
  });

  it('never calls a number written by a program "not a number" (seeded)', () => {
    const rng = seededRandom(19);
    for (let i = 0; i < 500; i++) {
      const n = NUMERIC_SPECS[Math.floor(rng() * NUMERIC_SPECS.length)]!;
      const value = n.min + rng() * (n.max - n.min) * (rng() < 0.1 ? 1e-9 : 1);
      const digits = Math.floor(rng() * 20);
      const texts = [String(value), value.toFixed(digits), value.toPrecision(1 + digits)];
      // Written into a link as they are, or escaped ("1e+2" unescaped arrives as "1e 2").
      for (const text of [...texts, ...texts.map(encodeURIComponent)]) {
        const { ignored } = parse(`${n.key}=${text}`);
        for (const ig of ignored) expect(ig.reason, `${n.key}=${text}`).not.toMatch(/not a number/);
        if (n.key !== 'horizon') expect(ignored, `${n.key}=${text}`).toEqual([]);
      }
    }
  });
});

describe('bad links: nothing is dropped without a word', () => {
  it('reports a good local parameter given twice without an area, not only its repeat', () => {
    expect(parse('cohort=1200&cohort=1300').ignored).toEqual([
      { param: 'cohort', reason: 'given more than once; the first value was used' },
      { param: 'cohort', reason: 'applies only with area=… (a pilot or custom)' },
    ]);
  });

  it('reports each exact copy of a bad parameter as the first was, so they can be counted', () => {
    const { settings, ignored } = parse(Array.from({ length: 2000 }, () => 'themes=zzz').join('&'));
    expect(settings).toEqual(DEFAULTS);
    expect(ignored).toHaveLength(2000);
    expect(new Set(ignored.map((i) => `${i.param}|${i.reason}`)).size).toBe(1);
  });

  it('reports a bad spend theme before its value', () => {
    expect(parse('area=custom&spend.xyz=abc').ignored).toEqual([{ param: 'spend.xyz', reason: '"xyz" is not a theme' }]);
  });
});
