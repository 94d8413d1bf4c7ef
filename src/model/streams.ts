import type Decimal from 'decimal.js';
import { ONE, money } from './money';
import { PUBLISHED_YEARS, realisation } from './profile';
import { normalisedShare } from './shares';
import type { PartnerLens, ScenarioInputs, Theme } from './types';

/** What shapes one theme's yearly streams before leakage and the partner lens are applied. */
export interface StreamSettings {
  scenario: number;
  scale: number;
  delay: number;
  horizon: number;
}

export interface ThemeStreams {
  /** Gross benefit each year after take-up and delay, before leakage. */
  gross: Decimal[];
  cost: Decimal[];
  /** Gross benefit and ongoing cost a year once fully realised (steady state). */
  steadyGross: Decimal;
  steadyCost: Decimal;
}

/** Weights of the prudent and base scenarios for a blend between 0 (prudent) and 1 (base). */
function blendWeights(scenario: number): [Decimal, Decimal] {
  const base = money(scenario);
  return [ONE.minus(base), base];
}

function scenarioCost(s: ScenarioInputs, year: number): number {
  return year <= PUBLISHED_YEARS ? (s.costs.values[year - 1] ?? 0) : s.ongoingCost.value;
}

/**
 * Yearly gross benefit and cost of one theme. Benefits follow the realisation profile shifted
 * later by the delay; costs stay where they are. Take-up scales both.
 */
export function themeStreams(theme: Theme, s: StreamSettings): ThemeStreams {
  const { prudent, base } = theme.scenarios;
  const [wP, wB] = blendWeights(s.scenario);
  const scale = money(s.scale);
  const gross: Decimal[] = [];
  const cost: Decimal[] = [];
  for (let year = 1; year <= s.horizon; year++) {
    const tau = year - s.delay;
    const g = wP
      .times(prudent.grossBenefit.value)
      .times(realisation(prudent.profile.values, tau))
      .plus(wB.times(base.grossBenefit.value).times(realisation(base.profile.values, tau)));
    const c = wP.times(scenarioCost(prudent, year)).plus(wB.times(scenarioCost(base, year)));
    gross.push(g.times(scale));
    cost.push(c.times(scale));
  }
  const steadyGross = wP.times(prudent.grossBenefit.value).plus(wB.times(base.grossBenefit.value)).times(scale);
  const steadyCost = wP.times(prudent.ongoingCost.value).plus(wB.times(base.ongoingCost.value)).times(scale);
  return { gross, cost, steadyGross, steadyCost };
}

/**
 * Share of a theme's benefit counted under a partner lens: everything when all partners act
 * together; only the lead partner's share when it acts alone; all but one partner's share when
 * that partner is left out. Costs are always borne in full.
 */
export function lensMultiplier(theme: Theme, lens: PartnerLens): Decimal {
  if (lens.kind === 'all') return ONE;
  const share = normalisedShare(theme, lens.partner);
  return lens.kind === 'lead' ? share : ONE.minus(share);
}
