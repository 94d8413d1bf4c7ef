// @vitest-environment node
// What the model works out in float64 against a straightforward decimal computation, to 1e-9
// relative (1e-9 absolute for figures under £1bn), over random settings on the national case and a
// generated large own case: the NPV at each whole delay (behind the delay curve), the delay curve,
// and the Monte Carlo draws. The delay switching value reads float64 only to find where to look:
// it must be the decimal one exactly, as must the NPV with no delay, worked out on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileFloatModel,
  createSampler,
  defaultSettings,
  delayCurve,
  evaluate,
  mulberry32,
  outcomePartners,
  vocabularyOf,
  type ModelData,
  type Settings,
} from '../../src/model/index';
import { money } from '../../src/model/money';
import { delaySwitch } from '../../src/model/switching';
import { evaluateDrawDecimal, loadRealData } from '../fixtures/model-data';
import { anySettings as settingsOf } from '../fixtures/anySettings';
import { largeCase } from './largeCase';

const national = loadRealData();
const large = largeCase();

const close = (float: number, decimal: number, what: string) =>
  expect(Math.abs(float - decimal), `${what}: float ${float}, decimal ${decimal}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(decimal)));

/** The decimal NPV with one delay of `d` whole years on every theme, evaluated outright. */
const npvAtDelay = (data: ModelData, s: Settings, d: number) => evaluate(data, { ...s, delay: d, delayByTheme: {} }).total.npv;

describe.each([
  ['the national case', national, 150],
  ['a generated own case of 100 themes × 25 years × 20 partners', large, 12],
] as const)('float64 against decimals on %s', (_name, data, runs) => {
  const property = (predicate: (s: Settings) => void) => fc.assert(fc.property(settingsOf(data), predicate), { numRuns: runs, seed: 20260401 });

  it('the NPV at each whole delay, and the delay curve drawn from it', () => {
    property((s) => {
      const r = evaluate(data, s);
      for (const result of [r.total, ...Object.values(r.themes).slice(0, 3)]) {
        const decimal = result.npvByWholeDelay;
        expect(result.npvByWholeDelayFloat).toHaveLength(decimal.length);
        result.npvByWholeDelayFloat.forEach((v, d) => close(v, decimal[d]!.toNumber(), `delay ${d}`));
        for (const p of delayCurve(result)) {
          const k = Math.floor(p.x);
          const lo = decimal[k] ?? decimal.at(-1) ?? money(0);
          const hi = decimal[k + 1] ?? lo;
          close(p.npv, lo.plus(hi.minus(lo).times(money(p.x - k))).toNumber(), `curve at ${p.x}`);
        }
      }
    });
  }, 120_000);

  it('the decimal NPV at each whole delay is the net benefit evaluated at that delay', () => {
    // Evaluating at every delay is slow on the large case: a few settings and delays there.
    fc.assert(
      fc.property(settingsOf(data), (s) => {
        const byDelay = evaluate(data, s).total.npvByWholeDelay;
        const delays = byDelay.length > 8 ? [0, 1, 3, byDelay.length - 2, byDelay.length - 1] : byDelay.map((_, d) => d);
        for (const d of delays) close(byDelay[d]!.toNumber(), npvAtDelay(data, s, d).toNumber(), `delay ${d}`);
      }),
      { numRuns: Math.min(runs, 20), seed: 20260402 },
    );
  }, 120_000);

  it('the delay switching value and the NPV with no delay are the decimal ones, exactly', () => {
    property((s) => {
      const r = evaluate(data, s);
      for (const result of [r.total, ...Object.values(r.themes).slice(0, 3)]) {
        expect(result.switching.delay).toBe(delaySwitch(result.npvByWholeDelay));
        expect(result.npvWithoutDelay.toString()).toBe(result.npvByWholeDelay[0]!.toString());
      }
    });
  }, 120_000);
});

describe('the delay switching value where float64 cannot be sure of a sign', () => {
  it('is still the decimal one when the NPV at a whole delay is zero or within rounding of it', () => {
    // Costs set to the benefit at delay 2 (or 0) put a zero, to the last digit, where the root is.
    for (const data of [national, large]) {
      const s: Settings = { ...defaultSettings(vocabularyOf(data)), leakage: 0.3, horizon: 8 };
      for (const d of [0, 2]) {
        const at = evaluate(data, { ...s, delay: d }).total;
        const shift = at.pvBenefit.div(at.pvCost).minus(1).toNumber();
        const tuned = { ...s, obCost: shift };
        const r = evaluate(data, tuned).total;
        expect(r.switching.delay).toBe(delaySwitch(r.npvByWholeDelay));
        expect(Math.abs(r.npvByWholeDelayFloat[d]!)).toBeLessThan(1e-9 * r.pvCost.toNumber());
      }
    }
  });
});

describe('Monte Carlo draws on a generated own case', () => {
  // The decimal reference evaluates each theme on its own: a smaller case keeps it quick.
  const data = largeCase({ themes: 12, years: 15, partners: 8 });
  const partners = outcomePartners(data);

  it('agree with the decimal model, draw by draw, over random settings and ranges', () => {
    fc.assert(
      fc.property(settingsOf(data), fc.integer({ min: 0, max: 1000 }), fc.constantFrom('uniform' as const, 'triangular' as const), (base, seed, distribution) => {
        const s: Settings = { ...base, pay: { kind: 'share' }, payShares: {}, uncertainty: { seed, draws: 3, distribution, ranges: { leakage: [0, 0.6], delay: [0, 3.5], scale: [0.3, 1], deadweight: [0, 0.4], obCost: [0, 1] } } };
        const model = compileFloatModel(data, s);
        const sample = createSampler(data, s);
        const random = mulberry32(seed);
        const out = model.newOutcome();
        for (let i = 0; i < 2; i++) {
          const draw = sample(random);
          model.run(draw, out);
          const ref = evaluateDrawDecimal(data, s, draw);
          close(out.npv, ref.npv.toNumber(), 'npv');
          ref.yearly.forEach((v, y) => close(out.yearly[y]!, v.toNumber(), `year ${y + 1}`));
          partners.forEach((p, k) => close(out.partners[k]!, ref.partners[p]?.toNumber() ?? 0, p));
        }
      }),
      { numRuns: 25, seed: 20260403 },
    );
  }, 120_000);
});
