// Property-based checks of the model over random valid settings (fast-check).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AFTER5_RULES,
  DATA_FILES,
  PARTNER_IDS,
  THEME_IDS,
  defaultSettings,
  evaluate,
  parseModelData,
  waterfall,
  type PartnerAllocation,
  type Result,
  type Settings,
} from '../../src/model/index';
import type Decimal from 'decimal.js';

const read = (name: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'public/data', name), 'utf8')) as unknown;
const parsed = parseModelData({ case: read(DATA_FILES.case), areas: read(DATA_FILES.areas) });
if (!parsed.ok) throw new Error(parsed.error);
const data = parsed.value;

const RUNS = 200;
let checked = 0;
afterAll(() => console.log(`property tests: ${checked} random settings checked`));

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const lens = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.record({ kind: fc.constantFrom('lead' as const, 'exclude' as const), partner: fc.constantFrom(...PARTNER_IDS) }),
);
const settingsArb: fc.Arbitrary<Settings> = fc.record({
  scenario: fraction,
  scale: fraction,
  leakage: fraction,
  delay: fc.double({ min: 0, max: 5, noNaN: true }),
  rate: fc.double({ min: 0, max: 0.1, noNaN: true }),
  horizon: fc.integer({ min: 5, max: 10 }),
  themes: fc.subarray([...THEME_IDS], { minLength: 1 }),
  lens,
  leakageByTheme: fc.constant({}),
  delayByTheme: fc.constant({}),
  deadweight: fraction,
  displacement: fraction,
  attribution: fraction,
  deadweightByTheme: fc.constant({}),
  displacementByTheme: fc.constant({}),
  attributionByTheme: fc.constant({}),
  obCost: fc.double({ min: 0, max: 2, noNaN: true }),
  obBenefit: fraction,
  after5: fc.constantFrom(...AFTER5_RULES),
  dropoff: fraction,
  uprate: fc.double({ min: 0.01, max: 10, noNaN: true }),
  pricebase: fc.constant(''),
  pay: fc.oneof(fc.constantFrom(...(['share', 'benefit', 'custom', 'breakeven'] as const).map((kind) => ({ kind }))), fc.record({ kind: fc.constant('lead' as const), partner: fc.constantFrom(...PARTNER_IDS) })),
  payShares: fc.dictionary(fc.constantFrom(...PARTNER_IDS), fraction),
  breakeven: fc.option(fc.integer({ min: 1, max: 10 })),
});

const numbersIn = (r: Result): number[] => [
  r.npv.toNumber(),
  r.annualNet.toNumber(),
  r.pvBenefit.toNumber(),
  r.pvCost.toNumber(),
  ...r.yearly.flatMap((y) => [y.benefit, y.cost, y.net, y.netDiscounted, y.cumulativeDiscounted].map((v) => v.toNumber())),
  ...Object.values(r.partners).flatMap((p) => (p ? [p.annual.toNumber(), p.npv.toNumber(), ...p.yearly.map((v) => v.toNumber())] : [])),
  ...[r.pctOfSpend, r.switching.leakage, r.switching.delay].filter((v): v is number => v !== null),
];

const property = (name: string, predicate: (s: Settings) => void) =>
  it(name, () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        checked++;
        predicate(s);
      }),
      { numRuns: RUNS, seed: 20130101 },
    );
  }, 120_000);

describe('model invariants over random settings', () => {
  property('no NaN or Infinity anywhere', (s) => {
    const r = evaluate(data, s);
    for (const result of [r.total, ...Object.values(r.themes)]) {
      if (result) expect(numbersIn(result).every(Number.isFinite)).toBe(true);
    }
  });

  property('net benefit falls (or stays) as leakage rises', (s) => {
    const lower = evaluate(data, { ...s, leakage: s.leakage * 0.5 }).total.npv;
    expect(evaluate(data, s).total.npv.lte(lower.plus(1e-12))).toBe(true);
  });

  property('net benefit falls (or stays) as delay rises', (s) => {
    const earlier = evaluate(data, { ...s, delay: s.delay * 0.5 }).total.npv;
    expect(evaluate(data, s).total.npv.lte(earlier.plus(1e-12))).toBe(true);
  });

  property('partner amounts add up to the total (less any costs nobody has agreed to pay)', (s) => {
    const { total: r, deal } = evaluate(data, s);
    const add = (pick: (p: PartnerAllocation) => Decimal) => Object.values(r.partners).reduce((a, p) => a + (p ? pick(p).toNumber() : 0), 0);
    const unpaid = deal.gap * r.pvCost.toNumber();
    expect(add((p) => p.pvBenefit)).toBeCloseTo(r.pvBenefit.toNumber(), 9);
    expect(add((p) => p.pvCost)).toBeCloseTo(r.pvCost.toNumber() - unpaid, 9);
    expect(add((p) => p.npv)).toBeCloseTo(r.npv.toNumber() + unpaid, 9);
    if (deal.gap === 0) expect(add((p) => p.annual)).toBeCloseTo(r.annualNet.toNumber(), 9);
  });

  property('take-up scales every figure in proportion', (s) => {
    const full = evaluate(data, { ...s, scale: 1 }).total;
    const part = evaluate(data, s).total;
    expect(part.npv.toNumber()).toBeCloseTo(full.npv.toNumber() * s.scale, 9);
    expect(part.annualNet.toNumber()).toBeCloseTo(full.annualNet.toNumber() * s.scale, 9);
  });

  property('at the leakage switching value the net benefit is zero', (s) => {
    const leak = evaluate(data, s).total.switching.leakage;
    if (leak === null) return;
    expect(Math.abs(evaluate(data, { ...s, leakage: leak }).total.npv.toNumber())).toBeLessThan(1e-9);
  });

  property('at the delay switching value the net benefit is zero', (s) => {
    const delay = evaluate(data, s).total.switching.delay;
    if (delay === null) return;
    expect(Math.abs(evaluate(data, { ...s, delay }).total.npv.toNumber())).toBeLessThan(1e-9);
  });

  property('the waterfall steps add up to the net benefit shown', (s) => {
    const steps = waterfall(data, s);
    const total = steps.slice(0, -1).reduce((a, st) => a + st.value.toNumber(), 0);
    expect(total).toBeCloseTo(evaluate(data, s).total.npv.toNumber(), 9);
  });
});

describe('edges of the ranges', () => {
  const corners: Partial<Settings>[] = [
    { leakage: 0 }, { leakage: 1 }, { scale: 0 }, { scale: 1 }, { rate: 0 }, { rate: 0.1 },
    { delay: 5 }, { horizon: 10 }, { themes: [] }, { scenario: 0 }, { leakage: 1, delay: 5, scale: 0, rate: 0 },
  ];
  it.each(corners.map((c) => [JSON.stringify(c), c] as const))('%s gives finite results', (_label, patch) => {
    const r = evaluate(data, { ...defaultSettings(), ...patch });
    expect(numbersIn(r.total).every(Number.isFinite)).toBe(true);
  });

  it('at a 0% rate the net benefit is the plain sum of the yearly nets', () => {
    const r = evaluate(data, { ...defaultSettings(), rate: 0 }).total;
    const plain = r.yearly.reduce((a, y) => a + y.net.toNumber(), 0);
    expect(r.npv.toNumber()).toBeCloseTo(plain, 12);
  });
});
