import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, formatYears } from '../../src/lib/format';
import { buildHeadlineFigures } from '../../src/lib/headlineFigures';
import { defaultSettings, evaluate, type Settings } from '../../src/model';
import { loadData } from '../helpers';

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
    const pct = formatPercent(baseline.total.switching.leakage);
    expect(byId.leakageHeadroom!.label).toBe('Break-even leakage');
    expect(byId.leakageHeadroom!.detail).toBe(`${pct.replace('%', '')} points beyond your 0%`);
    expect(byId.delayHeadroom!.value).toBe(formatYears(baseline.total.switching.delay));
  });

  it('shows the change against the report base with an arrow', () => {
    const { byId, results } = figures({ leakage: 0.3 });
    // The gap between the figures as shown: £20.6bn against the value shown now.
    const drop = Number(formatMoney(baseline.total.npv.toNumber()).slice(1, -2)) - Number(formatMoney(results.total.npv.toNumber()).slice(1, -2));
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

  it('explains a case past the break-even: the break-even, and how far the setting is past it', () => {
    const { byId, results } = figures({ scenario: 0, leakage: 0.9 });
    const v = results.total.switching.leakage!;
    expect(byId.leakageHeadroom!.value).toBe(formatPercent(v));
    expect(byId.leakageHeadroom!.detail).toBe(`Your 90% is ${90 - Math.round(v * 100)} points past it`);
    expect(byId.delayHeadroom!.value).toBe('none');
  });

  it('shows the break-even value and the margin from the setting plainly, on the card', () => {
    const { byId, results } = figures({ leakage: 0.2, delay: 1 });
    const leak = results.total.switching.leakage!;
    const delay = results.total.switching.delay!;
    // "Break-even at 65% leakage: 45 percentage points above your 20%"
    expect(byId.leakageHeadroom!.value).toBe(formatPercent(leak));
    expect(byId.leakageHeadroom!.detail).toBe(`${Math.round(leak * 100) - 20} points beyond your 20%`);
    expect(byId.leakageHeadroom!.explanation).toBe(
      `Break-even at ${formatPercent(leak)} leakage: ${Math.round(leak * 100) - 20} percentage points beyond your 20%. At that leakage the 5-year net benefit is zero.`,
    );
    // The break-even delay and the years of margin.
    expect(byId.delayHeadroom!.value).toBe(formatYears(delay));
    expect(byId.delayHeadroom!.detail).toBe(`${formatYears(Math.round(delay * 10) / 10 - 1)} beyond your 1 year`);
    expect(byId.delayHeadroom!.explanation).toBe(
      `Break-even at ${formatYears(delay)} late: ${byId.delayHeadroom!.detail}. With benefits that late the 5-year net benefit is zero.`,
    );
  });

  it('says so when per-theme settings leave no one setting to measure from', () => {
    const { byId } = figures({ leakageByTheme: { hsc: 0.3 } });
    expect(byId.leakageHeadroom!.detail).toBe('With one leakage on every theme (yours differ by theme)');
  });
});
