import type Decimal from 'decimal.js';
import { discountFactors } from './discount';
import { includedThemes } from './evaluate';
import { yearlyResults } from './results';
import { ONE, ZERO, money, sum } from './money';
import { allocationWeights, type AllocationKey } from './partners';
import { localParamNames, type ParsedSettings } from './settings';
import type { Area, CostRule, LocalSettings, ModelData, Results, Settings, Theme, ThemeId, YearResult } from './types';

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

// The national model scaled to one area (docs/local-areas.md): every figure is linear in take-up,
// so an area's are the national ones times its share of each theme (`themeDriver`).

export type LocalDriver = 'spend' | 'cohort' | 'population';

export interface ResolvedArea {
  id: string;
  name: string;
  custom: boolean;
  cohort: number | null;
  cohortSource: string | null;
  /** Cohort ÷ national cohort, at most 1. */
  cohortShare: number | null;
  population: number | null;
  spend: LocalSettings['spend'];
}

export interface LocalTheme {
  theme: ThemeId;
  /** Null when the area has none (share 0). */
  driver: LocalDriver | null;
  share: number;
  npv: Decimal;
  pvBenefit: Decimal;
  pvCost: Decimal;
  annualNet: Decimal;
}

export interface LocalResult {
  area: ResolvedArea;
  problems: string[];
  themes: LocalTheme[];
  npv: Decimal;
  pvBenefit: Decimal;
  pvCost: Decimal;
  annualNet: Decimal;
  /** Present value over the horizon, £bn. */
  benefitByPartner: Record<AllocationKey, Decimal>;
  /** The local partners' share of that benefit. */
  localShare: number | null;
  costRule: CostRule;
  /** The local partners' share of the benefit, less all local costs ('all': they deliver the change) or a share. */
  position: YearResult[];
  paybackYear: string | null;
}

const areaChoices = (areas: readonly Pick<Area, 'id'>[]) => `${areas.map((a) => a.id).join(', ')} or custom`;
/** Page text quotes as people write (“ ”), a link's report as links do (" "). */
const notAnArea = (id: string, areas: readonly Pick<Area, 'id'>[], [open, close] = ['"', '"']) =>
  areas.length ? `${open}${id}${close} is not one of the areas (${areaChoices(areas)}), so England as a whole is shown` : `${open}${id}${close} is not an area of this case, which has none: the case is shown as it is`;
const knowsArea = (areas: readonly Pick<Area, 'id'>[], id: string) => id === 'custom' || areas.some((a) => a.id === id);

/** Null, with a reason, when the area is not known. */
export function resolveArea(data: ModelData, local: LocalSettings): { area: ResolvedArea | null; problems: string[] } {
  const problems: string[] = [];
  const national = data.nationalCohort.value;
  const pilot: Area | undefined = data.areas.find((a) => a.id === local.area);
  if (!knowsArea(data.areas, local.area)) {
    return { area: null, problems: [`${notAnArea(local.area, data.areas, ['“', '”'])}.`] };
  }
  const cohort = local.cohort ?? pilot?.cohort.value ?? null;
  let cohortShare = cohort === null || !(national > 0) ? null : cohort / national;
  if (cohortShare !== null && cohortShare > 1) {
    problems.push(`A cohort of ${WHOLE.format(cohort ?? 0)} families is more than the national cohort of ${WHOLE.format(national)}; the area is counted as all of England.`);
    cohortShare = 1;
  }
  return {
    area: {
      id: local.area,
      name: pilot?.name ?? 'Your area',
      custom: !pilot,
      cohort,
      cohortSource: local.cohort !== undefined ? 'entered by you' : (pilot?.cohort.source ?? null),
      cohortShare,
      population: local.population ?? null,
      spend: local.spend,
    },
    problems,
  };
}

/** An area the data does not know (the parser cannot) is dropped, so later links never carry it, and reported. */
export function withKnownArea(parsed: ParsedSettings, areas: readonly Pick<Area, 'id'>[]): ParsedSettings {
  const local = parsed.settings.local;
  if (!local || knowsArea(areas, local.area)) return parsed;
  const settings = { ...parsed.settings };
  delete settings.local;
  const ignored = [
    ...parsed.ignored,
    { param: 'area', reason: notAnArea(local.area, areas) },
    ...localParamNames(local).map((param) => ({ param, reason: 'applies only with a known area' })),
  ];
  return { settings, ignored };
}

/** Share of spend if given; else `localDriver` first (cohort: complex-needs families, EY 2013 6.3.1), then the other. */
export function themeDriver(area: ResolvedArea, theme: Pick<Theme, 'id' | 'localDriver'>): { driver: LocalDriver | null; share: number } {
  const spend = area.spend[theme.id];
  if (spend !== undefined) return { driver: 'spend', share: spend };
  const order: LocalDriver[] = theme.localDriver === 'cohort' ? ['cohort', 'population'] : ['population', 'cohort'];
  for (const driver of order) {
    const share = driver === 'cohort' ? area.cohortShare : area.population;
    if (share !== null) return { driver, share };
  }
  return { driver: null, share: 0 };
}

/** Null when no area is chosen or it is unknown. */
export function localArea(data: ModelData, s: Settings, results: Results): LocalResult | null {
  if (!s.local) return null;
  const { area, problems } = resolveArea(data, s.local);
  if (!area) return null;
  const factors = discountFactors(s.rate, s.horizon);
  const zeros = () => Array.from({ length: s.horizon }, () => ZERO);
  const themes: LocalTheme[] = [];
  const benefitByPartner: Record<AllocationKey, Decimal> = {};
  const lgBenefit = zeros();
  const lgCost = zeros();
  const local = new Set(data.partners.filter((p) => p.kind === 'local').map((p) => p.id));
  const localWeight = (weights: Record<AllocationKey, Decimal>) =>
    sum((Object.entries(weights) as [AllocationKey, Decimal][]).flatMap(([key, w]) => (local.has(key) ? [w] : [])));
  for (const theme of includedThemes(data, s)) {
    const r = results.themes[theme.id];
    if (!r) continue;
    const { driver, share } = themeDriver(area, theme);
    const k = money(share);
    themes.push({ theme: theme.id, driver, share, npv: r.npv.times(k), pvBenefit: r.pvBenefit.times(k), pvCost: r.pvCost.times(k), annualNet: r.annualNet.times(k) });
    const weights = allocationWeights(theme, s.lens);
    for (const [key, w] of Object.entries(weights) as [AllocationKey, Decimal][]) {
      benefitByPartner[key] = (benefitByPartner[key] ?? ZERO).plus(r.pvBenefit.times(k).times(w));
    }
    const lg = localWeight(weights);
    const costShare = s.local.costRule === 'all' ? ONE : lg;
    r.yearly.forEach((y, i) => {
      lgBenefit[i] = lgBenefit[i]!.plus(y.benefit.times(k).times(lg));
      lgCost[i] = lgCost[i]!.plus(y.cost.times(k).times(costShare));
    });
  }
  if (area.custom && themes.every((t) => t.driver === null)) {
    problems.push('Enter your area’s troubled-families cohort, its share of England’s population or its share of a theme’s spend to see local figures.');
  }
  const position = yearlyResults({ benefit: lgBenefit, cost: lgCost }, factors, data.firstYear);
  const totalBenefit = sum(Object.values(benefitByPartner) as Decimal[]);
  const lgTotal = localWeight(benefitByPartner);
  return {
    area,
    problems,
    themes,
    npv: sum(themes.map((t) => t.npv)),
    pvBenefit: sum(themes.map((t) => t.pvBenefit)),
    pvCost: sum(themes.map((t) => t.pvCost)),
    annualNet: sum(themes.map((t) => t.annualNet)),
    benefitByPartner,
    localShare: totalBenefit.isZero() ? null : lgTotal.div(totalBenefit).toNumber(),
    costRule: s.local.costRule,
    position,
    paybackYear: position.find((p) => p.cumulativeDiscounted.gt(0))?.year ?? null,
  };
}

/** Problems with the local settings even when the area cannot be shown at all. */
export const localProblems = (data: ModelData, s: Settings): string[] => (s.local ? resolveArea(data, s.local).problems : []);
