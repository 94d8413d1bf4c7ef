import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, formatYears } from '../../../src/lib/format';
import { buildHeadlineFigures, type FigureId } from '../../../src/lib/headlineFigures';
import { annualSteps, buildExplanation } from '../../../src/features/method/explain';
import { defaultSettings, evaluate, type Settings } from '../../../src/model';
import { loadData } from '../../helpers';

const data = loadData();
const IDS: FigureId[] = ['npv', 'annual', 'pctOfSpend', 'payback', 'leakageHeadroom', 'delayHeadroom'];
const CASES: Partial<Settings>[] = [
  {},
  { scenario: 0 },
  { scenario: 0.4, leakage: 0.2, delay: 1.5, rate: 0.05, horizon: 8 },
  { lens: { kind: 'lead', partner: 'DH' } },
  { lens: { kind: 'exclude', partner: 'DWP' }, scale: 0.5, leakageByTheme: { hsc: 0.3 } },
  { themes: ['hsc', 'fcn', 'ws', 'da', 'ro'] },
  { scenario: 0, leakage: 0.9 },
  { themes: [] },
];
const run = (patch: Partial<Settings>) => {
  const s = { ...defaultSettings(), ...patch };
  return { s, r: evaluate(data, s) };
};

describe('buildExplanation', () => {
  it.each(CASES.map((c) => [JSON.stringify(c), c] as const))('ends the net benefit waterfall on the headline figure: %s', (_, patch) => {
    const { s, r } = run(patch);
    const e = buildExplanation('npv', data, s, r);
    const headline = buildHeadlineFigures(r, r, s, s).find((f) => f.id === 'npv')!.value;
    const bars = e.waterfall!.bars;
    expect(bars.at(-1)!.valueText).toBe(headline);
    expect(bars.at(-1)!.id).toBe('npv');
    expect(bars.map((b) => b.id)).toEqual(['gross', 'scale', 'lens', 'leakage', 'delay', 'investment', 'ongoing', 'npv']);
    for (const b of bars) {
      expect(b.left).toBeGreaterThanOrEqual(-1e-9);
      expect(b.left + b.width).toBeLessThanOrEqual(100 + 1e-9);
    }
    expect(e.table!.rows.map((row) => row.cells[1])).toEqual(bars.map((b) => b.valueText));
  });

  it.each(CASES.map((c) => [JSON.stringify(c), c] as const))('builds the annual net benefit from its parts: %s', (_, patch) => {
    const { s, r } = run(patch);
    const steps = annualSteps(data, s);
    const last = steps.at(-1)!;
    expect(last.value).toBeCloseTo(r.total.annualNet.toNumber(), 9);
    const changes = steps.slice(1, -1).reduce((a, st) => a + st.value, 0);
    expect(steps[0]!.value + changes).toBeCloseTo(last.value, 9);
    const e = buildExplanation('annual', data, s, r);
    expect(e.waterfall!.bars.at(-1)!.valueText).toBe(formatMoney(r.total.annualNet.toNumber()));
  });

  it('never names a program file in what users read (sources, working, notes)', () => {
    const { s, r } = run({});
    for (const id of ['npv', 'annual', 'pctOfSpend', 'payback', 'leakageHeadroom', 'delayHeadroom'] as FigureId[]) {
      const e = buildExplanation(id, data, s, r);
      const text = JSON.stringify([e.intro, e.working, e.notes, e.table, e.waterfall, e.inputs.map((i) => i.source)]);
      expect(text, id).not.toMatch(/scripts\/|\.(ts|js|mjs)\b/);
    }
  });

  it('shows the take-up, lens and leakage steps where they bite', () => {
    const { s } = run({ scale: 0.5, leakage: 0.2, lens: { kind: 'lead', partner: 'DH' } });
    const steps = Object.fromEntries(annualSteps(data, s).map((st) => [st.id, st]));
    expect(steps.scale!.value).toBeCloseTo(-steps.gross!.value / 2, 9);
    expect(steps.lens!.value).toBeLessThan(0);
    expect(steps.leakage!.value).toBeCloseTo(-0.2 * steps.lens!.level, 9);
    expect(steps.ongoing!.value).toBeLessThan(0);
  });

  it('works out the share of spend, the payback year and both headroom figures with the model’s numbers', () => {
    const { s, r } = run({});
    const t = r.total;
    expect(buildExplanation('pctOfSpend', data, s, r).working[0]).toBe(
      `${formatMoney(t.annualNet.toNumber())} ÷ ${formatMoney(t.addressableSpend.toNumber())} = ${formatPercent(t.pctOfSpend)}`,
    );
    const payback = buildExplanation('payback', data, s, r);
    expect(payback.table!.rows.filter((row) => row.highlight).map((row) => row.cells[0])).toEqual([t.paybackYear]);
    const leak = buildExplanation('leakageHeadroom', data, s, r);
    expect(leak.working.join(' ')).toContain(`= ${formatPercent(t.switching.leakage)} of the benefits can be lost`);
    expect(leak.table!.rows.at(-1)!.cells[1]).toBe(formatPercent(t.switching.leakage));
    const delay = buildExplanation('delayHeadroom', data, s, r);
    expect(delay.working.join(' ')).toContain(`so at ${formatYears(t.switching.delay)}`);
    expect(delay.table!.rows).toHaveLength(s.horizon + 1);
    expect(delay.table!.rows.filter((row) => row.highlight)).toHaveLength(2);
  });

  it('explains in words when there is no payback or headroom', () => {
    const { s, r } = run({ scenario: 0, leakage: 0.9 });
    expect(buildExplanation('leakageHeadroom', data, s, r).working.at(-1)).toMatch(/already at or below zero: past the break-even/);
    const costly = run({ scenario: 0, scale: 1, rate: 0.1, horizon: 5, themes: ['fcn'], lens: { kind: 'lead', partner: 'DfE' } });
    expect(buildExplanation('leakageHeadroom', data, costly.s, costly.r).working[0]).toMatch(/at least as large as the benefits/);
    expect(buildExplanation('delayHeadroom', data, s, r).working[0]).toMatch(/at or below zero with no delay/);
    expect(buildExplanation('payback', data, s, r).working[0]).toMatch(/does not pay back|do not pay back/);
    const none = run({ themes: [] });
    expect(buildExplanation('leakageHeadroom', data, none.s, none.r).working[0]).toBe('There are no benefits, so there is nothing to leak.');
    // A delay crossing that exists but lies below the delay set: the working says the setting is
    // past it, not end on the crossing as if there were a margin left.
    const late = run({ scenario: 0, leakage: 0.2, delay: 1, rate: 0.05, horizon: 7, themes: ['hsc', 'fcn', 'ws', 'da'], lens: { kind: 'lead', partner: 'DH' } });
    expect(late.r.total.npv.toNumber()).toBeLessThan(0);
    expect(late.r.total.switching.delay).not.toBeNull();
    expect(buildExplanation('delayHeadroom', data, late.s, late.r).working.at(-1)).toMatch(/already at or below zero: past the break-even/);
  });

  it('gives the cost share to as many places as a small leakage headroom, so the subtraction adds up', () => {
    const { s, r } = run({ scenario: 0, leakage: 0.2, delay: 1, rate: 0.05, horizon: 7, themes: ['hsc', 'fcn', 'ws', 'da'], lens: { kind: 'lead', partner: 'DH' } });
    expect(formatPercent(r.total.switching.leakage)).toBe('0.8%'); // 2.7% before the recalibration of issue 19
    const line = buildExplanation('leakageHeadroom', data, s, r).working[1]!;
    const [, share, headroom] = /100% − ([\d.]+)% = ([\d.]+)%/.exec(line)!;
    expect(Number(share) + Number(headroom)).toBeCloseTo(100, 6);
  });

  it('lists the data inputs behind a figure, with sources, for the themes switched on', () => {
    const { s, r } = run({ themes: ['hsc'] });
    const inputs = buildExplanation('npv', data, s, r).inputs;
    expect(inputs.map((i) => i.key)).toEqual(['hsc.scenarios.base.profile', 'hsc.scenarios.base.grossBenefit', 'hsc.scenarios.base.costs']);
    expect(inputs.every((i) => i.source.length > 0)).toBe(true);
    const lens = run({ lens: { kind: 'lead', partner: 'DWP' } });
    expect(buildExplanation('annual', data, lens.s, lens.r).inputs.filter((i) => i.key.endsWith('partnerShares.DWP')).map((i) => i.key)).toEqual([
      'fcn.partnerShares.DWP',
      'ws.partnerShares.DWP',
    ]);
  });

  it('never prints NaN, Infinity or undefined', () => {
    for (const patch of CASES) {
      const { s, r } = run(patch);
      for (const id of IDS) {
        const e = buildExplanation(id, data, s, r);
        expect(JSON.stringify(e, (_k, v: unknown) => (v === null ? undefined : v))).not.toMatch(/NaN|Infinity|undefined|null/);
      }
    }
  });
});
