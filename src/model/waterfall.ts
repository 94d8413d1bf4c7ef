import type Decimal from 'decimal.js';
import { discountFactors } from './discount';
import { evaluate } from './evaluate';
import { ONE, ZERO, sum } from './money';
import { caseYears } from './schema';
import type { ModelData, Result, Settings, ThemeId } from './types';

export interface WaterfallStep {
  id: 'gross' | 'uprate' | 'scale' | 'lens' | 'leakage' | 'deadweight' | 'displacement' | 'attribution' | 'obBenefit' | 'delay' | 'investment' | 'ongoing' | 'obCost' | 'npv';
  label: string;
  /** Change this step makes (£bn at today's value); for the first and last bars, the level itself. */
  value: Decimal;
  level: Decimal;
  /** A setting or a source. */
  basis: string;
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** The Green Book steps after leakage, in the formula's order, with their settings. */
const ADJUSTMENT_STEPS = [
  { id: 'deadweight', label: 'Deadweight', field: 'deadweightByTheme' },
  { id: 'displacement', label: 'Displacement', field: 'displacementByTheme' },
  { id: 'attribution', label: 'Attribution to others', field: 'attributionByTheme' },
  { id: 'obBenefit', label: 'Optimism bias on benefits', field: null },
] as const;

// The net benefit built up at today's value: the price base, take-up, lens, leakage, the Green Book
// adjustments and delay switched on in turn, then the costs. Delay comes last among the benefits so
// its step is the robustness chart's "cost of a delay" (docs/model.md). A step for a setting at its
// default (price base, adjustments, optimism bias) is left out, so the report's own run reads as before.
export function waterfall(data: ModelData, s: Settings, themeId?: ThemeId): WaterfallStep[] {
  const pick = (settings: Settings): Result | undefined => {
    const r = evaluate(data, settings);
    return themeId ? r.themes[themeId] : r.total;
  };
  const noDelay: Settings = { ...s, delay: 0, delayByTheme: {} };
  const bare: Settings = {
    ...noDelay, uprate: 1, scale: 1, lens: { kind: 'all' }, leakage: 0, leakageByTheme: {},
    deadweight: 0, deadweightByTheme: {}, displacement: 0, displacementByTheme: {}, attribution: 0, attributionByTheme: {}, obBenefit: 0,
  };
  const adjustments = ADJUSTMENT_STEPS.filter((a) => s[a.id] !== 0 || (a.field !== null && Object.keys(s[a.field]).length > 0));
  const stages: { id: WaterfallStep['id']; settings: Settings }[] = [{ id: 'gross', settings: bare }];
  const add = (id: WaterfallStep['id'], patch: Partial<Settings>) => stages.push({ id, settings: { ...stages.at(-1)!.settings, ...patch } });
  if (s.uprate !== 1) add('uprate', { uprate: s.uprate });
  add('scale', { scale: s.scale });
  add('lens', { lens: s.lens });
  add('leakage', { leakage: s.leakage, leakageByTheme: s.leakageByTheme });
  for (const a of adjustments) add(a.id, a.field === null ? { [a.id]: s[a.id] } : { [a.id]: s[a.id], [a.field]: s[a.field] });
  add('delay', { delay: s.delay, delayByTheme: s.delayByTheme });
  const pv = stages.map((st) => pick(st.settings)?.pvBenefit ?? ZERO);
  const final = pick(s);
  const factors = discountFactors(s.rate, s.horizon);
  // The costs before optimism bias; the bias is a step of its own.
  const unbiased = ONE.plus(s.obCost);
  const pvCosts = (final?.yearly ?? []).map((y, i) => y.cost.times(factors[i] ?? ZERO).div(unbiased));
  // The years the case gives costs for, then its ongoing cost.
  const investment = sum(pvCosts.slice(0, caseYears(data)));
  const ongoing = sum(pvCosts.slice(caseYears(data)));
  const npv = final?.npv ?? ZERO;
  const partnerName = (id: string) => data.partners.find((p) => p.id === id)?.name ?? id;
  const lens = s.lens.kind === 'all' ? 'all partners together' : `${s.lens.kind === 'lead' ? 'only' : 'all but'} ${partnerName(s.lens.partner)}`;
  const shareWords = (value: number, byTheme: Record<string, number>) => (Object.keys(byTheme).length ? `${pct(value)}, with per-theme overrides` : pct(value));
  const delay = `${Object.keys(s.delayByTheme).length ? 'per-theme delays; ' : ''}benefits ${s.delay} ${s.delay === 1 ? 'year' : 'years'} later`;
  const priceBase = s.pricebase ? ` (${s.pricebase} prices)` : '';
  const about: Record<Exclude<WaterfallStep['id'], 'investment' | 'ongoing' | 'obCost' | 'npv'>, [label: string, basis: string]> = {
    gross: ['Gross benefit as profiled', 'Realisation profiles and full benefit per theme (EY 2013, 6.2–6.4; fitted)'],
    uprate: ['Price base', `Every money figure × ${pct(s.uprate)}${priceBase}`],
    scale: ['Take-up across England', `Take-up ${pct(s.scale)}`],
    lens: ['Partner lens', `Benefits to ${lens}`],
    leakage: ['Leakage', `Leakage ${shareWords(s.leakage, s.leakageByTheme)}`],
    deadweight: ['Deadweight', `Deadweight ${shareWords(s.deadweight, s.deadweightByTheme)}`],
    displacement: ['Displacement', `Displacement ${shareWords(s.displacement, s.displacementByTheme)}`],
    attribution: ['Attribution to others', `Attribution ${shareWords(s.attribution, s.attributionByTheme)}`],
    obBenefit: ['Optimism bias on benefits', `Every benefit cut by ${pct(s.obBenefit)}`],
    delay: ['Delay', `${delay[0]!.toUpperCase()}${delay.slice(1)}, after every adjustment above`],
  };
  const raw: Omit<WaterfallStep, 'level'>[] = stages.map((st, i) => {
    const [label, basis] = about[st.id as keyof typeof about];
    return { id: st.id, label, value: i === 0 ? pv[0]! : pv[i]!.minus(pv[i - 1]!), basis };
  });
  raw.push(
    { id: 'investment', label: 'Investment costs, years 1–5', value: investment.neg(), basis: 'Yearly costs fitted to the report’s figures (the report does not print them)' },
    { id: 'ongoing', label: 'Ongoing costs after year 5', value: ongoing.neg(), basis: 'Fitted ongoing cost; model rule for years after the fifth' },
  );
  if (s.obCost !== 0) raw.push({ id: 'obCost', label: 'Optimism bias on costs', value: investment.plus(ongoing).times(s.obCost).neg(), basis: `Every cost raised by ${pct(s.obCost)}` });
  let level = ZERO;
  const steps: WaterfallStep[] = raw.map((step) => {
    level = level.plus(step.value);
    return { ...step, level };
  });
  steps.push({ id: 'npv', label: `Net benefit over ${s.horizon} years`, value: npv, level: npv, basis: `Sum of the steps above; every step at today’s value (${pct(s.rate)} a year; year 1, ${data.firstYear}, not discounted)` });
  return steps;
}
