import type { LocalDriver, LocalResult, LocalSettings, ModelData } from '../../model';
import { formatMoney, formatPercent } from '../../lib/format';
import { niceAxis, type NiceAxis } from '../../ui/chart/niceAxis';
import { partnerOrder, type PartnerKey } from '../../ui/palette';

const DRIVER_WORDS: Record<LocalDriver, string> = {
  cohort: 'troubled-families cohort share',
  population: 'population share',
  spend: 'share of the theme’s spend',
};

/** Money in £bn here, shown in £m (`millions`). */
export interface LocalThemeRow {
  theme: string;
  name: string;
  driver: string;
  share: number;
  npv: number;
  annualNet: number;
}

export function buildLocalThemeRows(r: LocalResult, data: ModelData): LocalThemeRow[] {
  return r.themes.map((t) => ({
    theme: t.theme,
    name: data.themes.find((x) => x.id === t.theme)?.name ?? t.theme,
    driver: t.driver ? DRIVER_WORDS[t.driver] : 'none given',
    share: t.share,
    npv: t.npv.toNumber(),
    annualNet: t.annualNet.toNumber(),
  }));
}

export interface LocalPartnerRow {
  partner: PartnerKey;
  name: string;
  where: 'local' | 'central' | 'none';
  benefit: number;
  share: number;
}

export function buildLocalPartnerRows(r: LocalResult, data: ModelData): LocalPartnerRow[] {
  const total = Object.values(r.benefitByPartner).reduce((a, v) => a + (v?.toNumber() ?? 0), 0);
  return partnerOrder(data).flatMap((id) => {
    const v = r.benefitByPartner[id];
    if (!v) return [];
    const benefit = v.toNumber();
    const partner = data.partners.find((p) => p.id === id);
    const name = id === 'unallocated' ? 'Nobody (unallocated)' : (partner?.name ?? id);
    return [{ partner: id, name, where: partner?.kind ?? 'none', benefit, share: total ? benefit / total : 0 }];
  });
}

export interface PositionRow {
  year: string;
  benefit: number;
  cost: number;
  net: number;
  cumulative: number;
}

export const buildPositionRows = (r: LocalResult): PositionRow[] =>
  r.position.map((p) => ({ year: p.year, benefit: p.benefit.toNumber(), cost: p.cost.toNumber(), net: p.net.toNumber(), cumulative: p.cumulativeDiscounted.toNumber() }));

export function localCentralSplit(rows: LocalPartnerRow[]): { local: number; central: number; localShare: number | null } {
  const local = rows.filter((r) => r.where === 'local').reduce((a, r) => a + r.benefit, 0);
  const central = rows.filter((r) => r.where === 'central').reduce((a, r) => a + r.benefit, 0);
  const total = rows.reduce((a, r) => a + r.benefit, 0);
  return { local, central, localShare: total ? local / total : null };
}

export function splitSentence(split: ReturnType<typeof localCentralSplit>): string {
  if (split.localShare === null) return 'No benefit lands with any partner under these settings.';
  return `${formatPercent(split.localShare, 0)} of the benefit lands in the local government budget and ${formatPercent(1 - split.localShare, 0)} with central departments and others.`;
}

/** Your own area before any of its figures are entered: there is nothing to work out yet. */
export const customAreaEmpty = (local: LocalSettings | undefined): boolean =>
  local?.area === 'custom' && local.cohort === undefined && local.population === undefined && Object.values(local.spend).every((v) => v === undefined);

/** An axis for the area's charts (in £m): round ticks over these values and zero, in steps of £0.1m or more. */
export const localAxis = (values: readonly number[]): NiceAxis => niceAxis(values, 4, 0.0001);

/** An area's money, always read in £m (EY 2013 7.3: what it would mean for our area). */
export const millions = (bn: number | null | undefined) => formatMoney(bn, { unit: 'm' });

export function localPartnersSummary(rows: readonly LocalPartnerRow[], areaName: string, horizon: number): string {
  const each = rows.map((r) => `${r.name} ${millions(r.benefit)} (${formatPercent(r.share, 0)})`);
  return `Bar chart of the benefit over ${horizon} years landing with each partner in ${areaName}: ${each.join('; ')}.`;
}

export function positionSummary(rows: readonly PositionRow[], areaName: string, paybackYear: string | null, horizon: number): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const turns = paybackYear ? `it turns positive in ${paybackYear}` : `it does not turn positive within ${horizon} years`;
  const from = `from ${millions(first?.cumulative)} in ${first?.year ?? ''} to ${millions(last?.cumulative)} in ${last?.year ?? ''}`;
  return `Line chart of local government’s running position in ${areaName}, ${from}; ${turns}.`;
}
