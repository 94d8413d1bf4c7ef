import type Decimal from 'decimal.js';
import { evaluate } from './evaluate';
import { ZERO, sum } from './money';
import { PUBLISHED_YEARS } from './profile';
import type { ModelData, Result, Settings, ThemeId } from './types';

export interface WaterfallStep {
  id: 'gross' | 'scale' | 'delay' | 'lens' | 'leakage' | 'investment' | 'ongoing' | 'discounting' | 'npv';
  label: string;
  /** Change this step makes (£bn); for the first and last bars, the level itself. */
  value: Decimal;
  /** Running level after this step. */
  level: Decimal;
  /** What lies behind the step: a setting or a source. */
  basis: string;
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/**
 * How the net benefit over the horizon is built up, step by step, from the gross benefit the
 * profiles imply: take-up, delay, partner lens and leakage change the benefit; then the costs come
 * off; finally discounting turns the undiscounted sum into the present value shown. Each step is
 * the difference made by switching that one setting on, in this order.
 */
export function waterfall(data: ModelData, s: Settings, themeId?: ThemeId): WaterfallStep[] {
  const pick = (settings: Settings): Result | undefined => {
    const r = evaluate(data, settings);
    return themeId ? r.themes[themeId] : r.total;
  };
  const benefitSum = (r: Result | undefined) => sum((r?.yearly ?? []).map((y) => y.benefit));
  const plain: Settings = { ...s, scale: 1, delay: 0, delayByTheme: {}, lens: { kind: 'all' }, leakage: 0, leakageByTheme: {} };
  const stages: Settings[] = [
    plain,
    { ...plain, scale: s.scale },
    { ...plain, scale: s.scale, delay: s.delay, delayByTheme: s.delayByTheme },
    { ...s, leakage: 0, leakageByTheme: {} },
    s,
  ];
  const sums = stages.map((st) => benefitSum(pick(st)));
  const final = pick(s);
  const costs = final?.yearly.map((y) => y.cost) ?? [];
  const investment = sum(costs.slice(0, PUBLISHED_YEARS));
  const ongoing = sum(costs.slice(PUBLISHED_YEARS));
  const undiscountedNet = sums[4]!.minus(investment).minus(ongoing);
  const npv = final?.npv ?? ZERO;
  const partnerName = (id: string) => data.partners.find((p) => p.id === id)?.name ?? id;
  const lens = s.lens.kind === 'all' ? 'all partners together' : `${s.lens.kind === 'lead' ? 'only' : 'all but'} ${partnerName(s.lens.partner)}`;
  const leak = Object.keys(s.leakageByTheme).length ? `${pct(s.leakage)}, with per-theme overrides` : pct(s.leakage);

  const raw: Omit<WaterfallStep, 'level'>[] = [
    { id: 'gross', label: 'Gross benefit as profiled', value: sums[0]!, basis: 'Realisation profiles and full benefit per theme (EY 2013, 6.2–6.4; fitted)' },
    { id: 'scale', label: 'Take-up across England', value: sums[1]!.minus(sums[0]!), basis: `Take-up ${pct(s.scale)}` },
    { id: 'delay', label: 'Delay', value: sums[2]!.minus(sums[1]!), basis: `Benefits ${s.delay} ${s.delay === 1 ? 'year' : 'years'} later` },
    { id: 'lens', label: 'Partner lens', value: sums[3]!.minus(sums[2]!), basis: `Benefits to ${lens}` },
    { id: 'leakage', label: 'Leakage', value: sums[4]!.minus(sums[3]!), basis: `Leakage ${leak}` },
    { id: 'investment', label: 'Investment costs, years 1–5', value: investment.neg(), basis: 'Yearly costs fitted to the report’s figures (the report does not print them)' },
    { id: 'ongoing', label: 'Ongoing costs after year 5', value: ongoing.neg(), basis: 'Fitted ongoing cost; model rule for years after the fifth' },
    { id: 'discounting', label: 'Discounting', value: npv.minus(undiscountedNet), basis: `${pct(s.rate)} a year; year 1 (2012-13) not discounted` },
  ];
  let level = ZERO;
  const steps: WaterfallStep[] = raw.map((step) => {
    level = level.plus(step.value);
    return { ...step, level };
  });
  steps.push({ id: 'npv', label: `Net benefit over ${s.horizon} years`, value: npv, level: npv, basis: 'Sum of the steps above' });
  return steps;
}
