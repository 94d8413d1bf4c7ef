import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, formatYears } from '../../src/components/format';
import { buildHeadlineFigures } from '../../src/components/headlineFigures';
import { defaultSettings, evaluate, type Settings } from '../../src/model';
import { loadData } from './helpers';

const data = loadData();
const base = defaultSettings();
const baseline = evaluate(data, base);
const figures = (patch: Partial<Settings>) => {
  const settings = { ...base, ...patch };
  const results = evaluate(data, settings);
  return { results, byId: Object.fromEntries(buildHeadlineFigures(results, baseline, settings, base).map((f) => [f.id, f])) };
};

describe('buildHeadlineFigures', () => {
  it('matches the report base at the defaults', () => {
    const { byId } = figures({});
    expect(byId.npv!.label).toBe('5-year net benefit');
    expect(byId.npv!.value).toBe('£20.6bn');
    expect(byId.npv!.comparison.text).toBe('Same as report base');
    expect(byId.leakageHeadroom!.explanation).toBe(
      `Benefits could fall by ${formatPercent(baseline.total.switching.leakage)} before the 5-year net benefit reaches zero.`,
    );
    expect(byId.delayHeadroom!.value).toBe(formatYears(baseline.total.switching.delay));
  });

  it('shows the change against the report base with an arrow', () => {
    const { byId, results } = figures({ leakage: 0.3 });
    const drop = baseline.total.npv.minus(results.total.npv).toNumber();
    expect(byId.npv!.comparison).toMatchObject({ arrow: '▼', text: `${formatMoney(drop)} vs report base` });
    expect(byId.npv!.comparison.spoken).toMatch(/^down /);
    const { byId: up } = figures({ rate: 0 });
    expect(up.npv!.comparison.arrow).toBe('▲');
  });

  it('uses words, not NaN, when there is no payback or headroom', () => {
    const { byId } = figures({ themes: [] });
    expect(byId.payback!.value).toBe('not yet');
    expect(byId.leakageHeadroom!.value).toBe('none');
    expect(byId.pctOfSpend!.value).toBe('–');
    for (const f of Object.values(byId)) expect(`${f.value} ${f.explanation} ${f.comparison.text}`).not.toMatch(/NaN|Infinity|null|undefined/);
  });

  it('explains a negative case', () => {
    const { byId } = figures({ scenario: 0, leakage: 0.9 });
    expect(byId.leakageHeadroom!.value).toBe('none');
    expect(byId.leakageHeadroom!.explanation).toMatch(/already at or below zero; leakage would need to be under \d+%/);
    expect(byId.delayHeadroom!.value).toBe('none');
  });

  it('says where the headroom ends when leakage or delay is already set', () => {
    const { byId, results } = figures({ leakage: 0.2, delay: 1 });
    expect(byId.leakageHeadroom!.explanation).toBe(
      `Leakage could rise to ${formatPercent(results.total.switching.leakage)} (now 20%) before the 5-year net benefit reaches zero.`,
    );
    expect(byId.delayHeadroom!.explanation).toMatch(/up to .* late \(now 1 year\)/);
  });
});
