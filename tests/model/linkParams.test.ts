// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_SPECS, NATIONAL_VOCABULARY, LINK_VERSION, NUMERIC_SPECS, type LinkParams, type NumericSpec, type ParamGroup } from '../../src/model/linkParams';
import { defaultLocal, defaultSettings, defaultUncertainty, parseSettings, serialiseSettings } from '../../src/model/settings';
import { AFTER5_RULES, COST_RULES, DISTRIBUTIONS, PARTNER_IDS, RANGE_KEYS, THEME_IDS, type Settings } from '../../src/model/types';

type Name = keyof LinkParams;
const NAMES = Object.keys(LINK_SPECS) as Name[];
const groupOf = (name: Name): ParamGroup => LINK_SPECS[name].group;

/** A display value as a link writes it (at most six decimals), between min and max. */
const displayed = (min: number, max: number) => fc.integer({ min: Math.round(min * 1e6), max: Math.round(max * 1e6) }).map((n) => n / 1e6);
const n = (key: NumericSpec['key']): NumericSpec => LINK_SPECS[key];
const slider = (key: NumericSpec['key']) => {
  const s = n(key);
  return (s.whole ? fc.integer({ min: s.min, max: s.max }) : displayed(s.min, s.max)).map((v) => v / s.divisor);
};
const perTheme = (value: fc.Arbitrary<number>) => fc.dictionary(fc.constantFrom(...THEME_IDS), value);
const share = displayed(0.000001, 100).map((v) => v / 100);
const range = (key: (typeof RANGE_KEYS)[number]) =>
  fc.tuple(displayed(n(key).min, n(key).max), displayed(n(key).min, n(key).max)).map(([a, b]): [number, number] => [Math.min(a, b) / n(key).divisor, Math.max(a, b) / n(key).divisor]);

/** A random valid value of every parameter, in model units; a parameter missing here does not compile. */
const VALID: { [K in Name]-?: fc.Arbitrary<LinkParams[K]> } = {
  scenario: slider('scenario'),
  scale: slider('scale'),
  leakage: slider('leakage'),
  delay: slider('delay'),
  rate: slider('rate'),
  horizon: slider('horizon'),
  themes: fc.subarray([...THEME_IDS]),
  lens: fc.oneof(fc.constant({ kind: 'all' as const }), fc.record({ kind: fc.constantFrom('lead' as const, 'exclude' as const), partner: fc.constantFrom(...PARTNER_IDS) })),
  leakageByTheme: perTheme(slider('leakage')),
  delayByTheme: perTheme(slider('delay')),
  deadweight: slider('deadweight'),
  displacement: slider('displacement'),
  attribution: slider('attribution'),
  obCost: slider('obCost'),
  obBenefit: slider('obBenefit'),
  deadweightByTheme: perTheme(slider('deadweight')),
  displacementByTheme: perTheme(slider('displacement')),
  attributionByTheme: perTheme(slider('attribution')),
  after5: fc.constantFrom(...AFTER5_RULES),
  dropoff: slider('dropoff'),
  uprate: slider('uprate'),
  pay: fc.oneof(fc.constantFrom(...(['share', 'benefit', 'custom', 'breakeven'] as const).map((kind) => ({ kind }))), fc.record({ kind: fc.constant('lead' as const), partner: fc.constantFrom(...PARTNER_IDS) })),
  payShares: fc.dictionary(fc.constantFrom(...PARTNER_IDS), displayed(0, 100).map((v) => v / 100)),
  breakeven: fc.integer({ min: 1, max: 10 }),
  pricebase: fc.integer({ min: 1990, max: 2098 }).map((y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`),
  seed: fc.integer({ min: 0, max: LINK_SPECS.seed.max }),
  draws: fc.integer({ min: LINK_SPECS.draws.min, max: LINK_SPECS.draws.max }),
  distribution: fc.constantFrom(...DISTRIBUTIONS),
  ranges: fc.record(Object.fromEntries(RANGE_KEYS.map((k) => [k, range(k)])) as { [K in (typeof RANGE_KEYS)[number]]: fc.Arbitrary<[number, number]> }, { requiredKeys: [] }),
  area: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  cohort: fc.integer({ min: LINK_SPECS.cohort.min, max: LINK_SPECS.cohort.max }),
  population: share,
  spend: perTheme(share),
  costRule: fc.constantFrom(...COST_RULES),
  version: fc.constant(LINK_VERSION),
};

/** Settings holding `values` (and defaults for the rest), each group where the app keeps it. */
function settingsWith(values: Partial<LinkParams>): Settings {
  const settings: Settings = { ...defaultSettings(), uncertainty: defaultUncertainty(), local: defaultLocal('custom') };
  for (const [name, value] of Object.entries(values) as [Name, unknown][]) {
    const group = groupOf(name);
    const target = (group === 'main' ? settings : group === 'uncertainty' ? settings.uncertainty : group === 'link' ? {} : settings.local) as Record<string, unknown>;
    target[name] = value;
  }
  return settings;
}

/** A parameter's value in some settings (its initial value where its group is absent). */
function valueIn(settings: Settings, name: Name): unknown {
  const group = groupOf(name);
  const source = (group === 'main' ? settings : group === 'uncertainty' ? settings.uncertainty : group === 'link' ? undefined : settings.local) as Record<string, unknown> | undefined;
  return source?.[name] ?? LINK_SPECS[name].initial(NATIONAL_VOCABULARY);
}

describe('LINK_SPECS', () => {
  it('names thirty-five parameters, each once, with a line of documentation', () => {
    const names = NAMES.map((name) => LINK_SPECS[name].name);
    expect(names).toHaveLength(35);
    expect(new Set(names).size).toBe(names.length);
    for (const name of NAMES) expect(LINK_SPECS[name].doc.length).toBeGreaterThan(10);
  });

  it('round-trips a random valid value of every parameter through a link, one at a time', () => {
    for (const name of NAMES) {
      fc.assert(
        fc.property(VALID[name] as fc.Arbitrary<unknown>, (value) => {
          const settings = settingsWith({ [name]: value });
          const parsed = parseSettings(serialiseSettings(settings));
          expect(parsed.ignored).toEqual([]);
          expect(valueIn(parsed.settings, name)).toEqual(value);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('round-trips random values of all parameters together', () => {
    fc.assert(
      // Agreed shares go with the custom rule (beside another they are reported, as tested below).
      fc.property(fc.record(VALID).map((v) => (Object.keys(v.payShares).length > 0 ? { ...v, pay: { kind: 'custom' as const } } : v)), (values) => {
        const settings = settingsWith(values);
        const link = serialiseSettings(settings);
        const parsed = parseSettings(link);
        expect(parsed.ignored).toEqual([]);
        for (const name of NAMES) expect(valueIn(parsed.settings, name), name).toEqual(values[name]);
        expect(serialiseSettings(parsed.settings)).toBe(link);
      }),
      { numRuns: 200 },
    );
  });
});

/** A bad value of every parameter, with the words its report must hold; a parameter missing here does not compile. */
const BAD: { [K in Name]-?: [param: string, raw: string, reason: RegExp] } = {
  scenario: ['scenario', 'middling', /"middling" is not a number/],
  scale: ['scale', '101', /101 is outside 0–100%/],
  leakage: ['leakage', '-1', /-1 is outside 0–100%/],
  delay: ['delay', 'soon', /"soon" is not a number/],
  rate: ['rate', '10.5', /10.5 is outside 0–10%/],
  horizon: ['horizon', '6.5', /6.5 is not a whole number of years/],
  themes: ['themes', 'parks', /"parks" is not a theme .*so the default themes are kept/],
  lens: ['lens', 'lead:NHS', /"lead:NHS" is not all, lead:<partner> or exclude:<partner>/],
  leakageByTheme: ['leakage.parks', '20', /"parks" is not a theme/],
  delayByTheme: ['delay.hsc', '6', /6 is outside 0–5 years/],
  deadweight: ['deadweight', '101', /101 is outside 0–100%/],
  displacement: ['displacement', 'some', /"some" is not a number/],
  attribution: ['attribution', '-5', /-5 is outside 0–100%/],
  obCost: ['ob.cost', '250', /250 is outside 0–200%/],
  obBenefit: ['ob.benefit', '120', /120 is outside 0–100%/],
  deadweightByTheme: ['deadweight.parks', '20', /"parks" is not a theme/],
  displacementByTheme: ['displacement.hsc', '150', /150 is outside 0–100%/],
  attributionByTheme: ['attribution.ws', 'x', /"x" is not a number/],
  after5: ['after5', 'grow', /"grow" is not a rule for the years after the fifth \(use ramp or hold or decay\)/],
  dropoff: ['dropoff', '101', /101 is outside 0–100%/],
  uprate: ['uprate', '0', /0 is outside 1–1000%/],
  pay: ['pay', 'lead:NHS', /"lead:NHS" is not a payment rule/],
  payShares: ['pay.NHS', '40', /"NHS" is not a partner/],
  breakeven: ['breakeven', '11', /11 is outside 1–10 \(a year of the appraisal\)/],
  pricebase: ['pricebase', '2025-27', /"2025-27" is not a financial year such as 2025-26/],
  seed: ['seed', '1.5', /"1.5" is not a whole number/],
  draws: ['draws', '99', /99 is outside 100–100000 draws/],
  distribution: ['dist', 'normal', /"normal" is not a distribution \(use triangular or uniform\)/],
  ranges: ['range.leakage', '40-10', /40 is more than 10: give the lower end first/],
  area: ['area', 'Nowhere Town', /"Nowhere Town" is not an area name/],
  cohort: ['cohort', '0', /0 is outside 1–999999 families/],
  population: ['pop', '0', /a share must be more than 0%/],
  spend: ['spend.hsc', 'lots', /"lots" is not a number/],
  costRule: ['costs', 'nobody', /"nobody" is not a cost rule/],
  version: ['v', '9', /link version "9" is not known; read as version 1/],
};

describe('a bad value of each parameter', () => {
  it.each(NAMES)('%s: ignored with a message, the default kept', (name) => {
    const [param, raw, reason] = BAD[name];
    // Local parameters are read only with an area; the area itself is the one under test for `area`.
    const withArea = groupOf(name) === 'local' ? 'area=custom&' : '';
    const { settings, ignored } = parseSettings(`${withArea}${param}=${encodeURIComponent(raw)}`);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.param).toBe(param);
    expect(ignored[0]!.reason).toMatch(reason);
    const expected = groupOf(name) === 'local' ? settingsWith({ area: 'custom' }) : defaultSettings();
    expect(valueIn(settings, name)).toEqual(valueIn(expected, name));
    if (groupOf(name) === 'uncertainty') expect(settings.uncertainty).toBeUndefined();
    if (groupOf(name) === 'area') expect(settings.local).toBeUndefined();
  });
});

describe('README settings table', () => {
  it('is the table of LINK_SPECS, row for row', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = ['| parameter | values |', '|---|---|', ...NAMES.map((name) => `| \`${LINK_SPECS[name].name}\` | ${LINK_SPECS[name].doc} |`)].join('\n');
    expect(readme).toContain(`\n${table}\n\n`);
  });

  it('gives each slider its own range and default', () => {
    for (const s of NUMERIC_SPECS) {
      const doc = LINK_SPECS[s.key].doc;
      expect(doc).toContain(`${s.min}–${s.max}`);
      expect(doc).toContain(`[${s.names?.find(([, v]) => v === s.default)?.[0] ?? s.default}]`);
    }
  });
});
