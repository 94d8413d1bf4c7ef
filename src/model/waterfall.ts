import type Decimal from 'decimal.js';
import { discountFactors } from './discount';
import { evaluate } from './evaluate';
import { ZERO, sum } from './money';
import { PUBLISHED_YEARS } from './profile';
import type { ModelData, Result, Settings, ThemeId } from './types';

export interface WaterfallStep {
  id: 'gross' | 'scale' | 'lens' | 'leakage' | 'delay' | 'investment' | 'ongoing' | 'npv';
  label: string;
  /** Change this step makes (£bn at today's value); for the first and last bars, the level itself. */
  value: Decimal;
  level: Decimal;
  /** A setting or a source. */
  basis: string;
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

// The net benefit built up at today's value: take-up, lens, leakage and delay switched on in turn, then
// the costs. Delay comes last so its step is the robustness chart's "cost of a delay" (docs/model.md).
export function waterfall(data: ModelData, s: Settings, themeId?: ThemeId): WaterfallStep[] {
  const pick = (settings: Settings): Result | undefined => {
    const r = evaluate(data, settings);
    return themeId ? r.themes[themeId] : r.total;
  };
  const noDelay: Settings = { ...s, delay: 0, delayByTheme: {} };
  const plain: Settings = { ...noDelay, scale: 1, lens: { kind: 'all' }, leakage: 0, leakageByTheme: {} };
  const stages: Settings[] = [plain, { ...plain, scale: s.scale }, { ...plain, scale: s.scale, lens: s.lens }, noDelay, s];
  const pv = stages.map((st) => pick(st)?.pvBenefit ?? ZERO);
  const final = pick(s);
  const factors = discountFactors(s.rate, s.horizon);
  const pvCosts = (final?.yearly ?? []).map((y, i) => y.cost.times(factors[i] ?? ZERO));
  const investment = sum(pvCosts.slice(0, PUBLISHED_YEARS));
  const ongoing = sum(pvCosts.slice(PUBLISHED_YEARS));
  const npv = final?.npv ?? ZERO;
  const partnerName = (id: string) => data.partners.find((p) => p.id === id)?.name ?? id;
  const lens = s.lens.kind === 'all' ? 'all partners together' : `${s.lens.kind === 'lead' ? 'only' : 'all but'} ${partnerName(s.lens.partner)}`;
  const leak = Object.keys(s.leakageByTheme).length ? `${pct(s.leakage)}, with per-theme overrides` : pct(s.leakage);
  const delay = `${Object.keys(s.delayByTheme).length ? 'per-theme delays; ' : ''}benefits ${s.delay} ${s.delay === 1 ? 'year' : 'years'} later`;

  const raw: Omit<WaterfallStep, 'level'>[] = [
    { id: 'gross', label: 'Gross benefit as profiled', value: pv[0]!, basis: 'Realisation profiles and full benefit per theme (EY 2013, 6.2–6.4; fitted)' },
    { id: 'scale', label: 'Take-up across England', value: pv[1]!.minus(pv[0]!), basis: `Take-up ${pct(s.scale)}` },
    { id: 'lens', label: 'Partner lens', value: pv[2]!.minus(pv[1]!), basis: `Benefits to ${lens}` },
    { id: 'leakage', label: 'Leakage', value: pv[3]!.minus(pv[2]!), basis: `Leakage ${leak}` },
    { id: 'delay', label: 'Delay', value: pv[4]!.minus(pv[3]!), basis: `${delay[0]!.toUpperCase()}${delay.slice(1)}, after take-up, lens and leakage` },
    { id: 'investment', label: 'Investment costs, years 1–5', value: investment.neg(), basis: 'Yearly costs fitted to the report’s figures (the report does not print them)' },
    { id: 'ongoing', label: 'Ongoing costs after year 5', value: ongoing.neg(), basis: 'Fitted ongoing cost; model rule for years after the fifth' },
  ];
  let level = ZERO;
  const steps: WaterfallStep[] = raw.map((step) => {
    level = level.plus(step.value);
    return { ...step, level };
  });
  steps.push({ id: 'npv', label: `Net benefit over ${s.horizon} years`, value: npv, level: npv, basis: `Sum of the steps above; every step at today’s value (${pct(s.rate)} a year; year 1, ${data.firstYear}, not discounted)` });
  return steps;
}
