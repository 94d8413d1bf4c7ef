import type Decimal from 'decimal.js';
import { ONE, ZERO, money, sum } from './money';
import { costSeries, grossAtWholeYears, lensMultiplier, shiftByDelay, steadyState, themeSitsOut } from './streams';
import type { Settings, Theme } from './types';

/** A theme's (or a set of themes') yearly money after every setting has been applied. */
export interface Flows {
  /** Benefit counted each year: gross × lens share × (1 − leakage). */
  benefit: Decimal[];
  /** The same before leakage, kept for the leakage switching value. */
  benefitBeforeLeakage: Decimal[];
  cost: Decimal[];
  steadyBenefit: Decimal;
  steadyCost: Decimal;
}

/** Everything about one theme that does not depend on its delay, computed once per evaluation. */
export interface ThemeBasis {
  theme: Theme;
  /** Gross benefit at whole years 0..horizon, lens share applied, before leakage. */
  counted: Decimal[];
  kept: Decimal;
  cost: Decimal[];
  steadyBenefit: Decimal;
  steadyCost: Decimal;
}

export function themeBasis(theme: Theme, s: Settings): ThemeBasis {
  const counted = lensMultiplier(theme, s.lens);
  const kept = ONE.minus(money(s.leakageByTheme[theme.id] ?? s.leakage));
  const steady = steadyState(theme, s);
  // A lead partner with no share here does not run the theme: no costs either (its benefit is already zero).
  const runs = !themeSitsOut(theme, s.lens);
  return {
    theme,
    counted: grossAtWholeYears(theme, s, counted),
    kept,
    cost: runs ? costSeries(theme, s) : costSeries(theme, s).map(() => ZERO),
    steadyBenefit: steady.gross.times(counted).times(kept),
    steadyCost: runs ? steady.cost : ZERO,
  };
}

export function flowsFromBasis(b: ThemeBasis, s: Settings): Flows {
  const benefitBeforeLeakage = shiftByDelay(b.counted, s.delayByTheme[b.theme.id] ?? s.delay, s.horizon);
  return {
    benefitBeforeLeakage,
    benefit: benefitBeforeLeakage.map((v) => v.times(b.kept)),
    cost: b.cost,
    steadyBenefit: b.steadyBenefit,
    steadyCost: b.steadyCost,
  };
}

const addSeries = (a: Decimal[], b: Decimal[]) => a.map((v, i) => v.plus(b[i] ?? ZERO));

export function combineFlows(all: Flows[], horizon: number): Flows {
  const zeros = Array.from({ length: horizon }, () => ZERO);
  return all.reduce<Flows>(
    (acc, f) => ({
      benefit: addSeries(acc.benefit, f.benefit),
      benefitBeforeLeakage: addSeries(acc.benefitBeforeLeakage, f.benefitBeforeLeakage),
      cost: addSeries(acc.cost, f.cost),
      steadyBenefit: acc.steadyBenefit.plus(f.steadyBenefit),
      steadyCost: acc.steadyCost.plus(f.steadyCost),
    }),
    { benefit: zeros, benefitBeforeLeakage: zeros, cost: zeros, steadyBenefit: ZERO, steadyCost: ZERO },
  );
}

export const presentValue = (series: Decimal[], factors: Decimal[]): Decimal =>
  sum(series.map((v, i) => v.times(factors[i] ?? ZERO)));
