// The deal room's figures as plain rows (£bn, numbers): one builder per view, shared by the
// screen, the printouts and the tables behind the charts.
import type { ModelData, PartnerAllocation, Results } from '../../model';
import { partnerOrder, type PartnerKey } from '../../ui/palette';

export interface LedgerRow {
  key: PartnerKey;
  name: string;
  where: 'local' | 'central' | 'none';
  /** Present values over the horizon. */
  pvBenefit: number;
  pvCost: number;
  npv: number;
  /** Of the present value of all costs. */
  costShare: number | null;
  roi: number | null;
  paybackYear: string | null;
  /** Each year: benefit received, cost paid, net (undiscounted) and the running total, discounted. */
  years: { year: string; benefit: number; cost: number; net: number; cumulative: number }[];
}

const UNALLOCATED = 'Not allocated';

/** The case's partners in its order (each, even one with nothing), then any benefit nobody receives. */
export function buildLedgerRows(results: Results, data: Pick<ModelData, 'partners'>): LedgerRow[] {
  const total = results.total;
  const pvCost = total.pvCost.toNumber();
  return partnerOrder(data).flatMap((key): LedgerRow[] => {
    const a: PartnerAllocation | undefined = total.partners[key];
    if (key === 'unallocated' && (!a || (a.pvBenefit.isZero() && a.pvCost.isZero()))) return [];
    const partner = data.partners.find((p) => p.id === key);
    const num = (pick: (x: PartnerAllocation) => { toNumber(): number }) => (a ? pick(a).toNumber() : 0);
    return [
      {
        key,
        name: partner?.name ?? UNALLOCATED,
        where: partner?.kind ?? 'none',
        pvBenefit: num((x) => x.pvBenefit),
        pvCost: num((x) => x.pvCost),
        npv: num((x) => x.npv),
        costShare: pvCost === 0 ? null : num((x) => x.pvCost) / pvCost,
        roi: a?.roi ?? null,
        paybackYear: a?.paybackYear ?? null,
        years: total.yearly.map((y, i) => ({
          year: y.year,
          benefit: a?.benefit[i]?.toNumber() ?? 0,
          cost: a?.cost[i]?.toNumber() ?? 0,
          net: a?.yearly[i]?.toNumber() ?? 0,
          cumulative: a?.cumulativeDiscounted[i]?.toNumber() ?? 0,
        })),
      },
    ];
  });
}

/** The running totals, a row a year with a column a partner, as the position chart draws them. */
export function buildPositionRows(rows: readonly LedgerRow[]): Record<string, number | string>[] {
  return (rows[0]?.years ?? []).map((y, i) => ({ year: y.year, ...Object.fromEntries(rows.map((r) => [r.key, r.years[i]?.cumulative ?? 0])) }));
}

export interface FlowLink {
  from: string;
  to: string;
  value: number;
}

export const PROGRAMME = 'The programme';
export const CREATED = 'Net benefit created';
export const LOST = 'Net loss';
export const NO_PAYER = 'No payer yet';

/**
 * Who pays in and who gets out, present values over the horizon: each payer's costs and the net
 * benefit the change creates flow into the programme; its benefits flow out to each partner (a
 * net loss flows out to its own node; costs nobody has agreed to pay come from their own), so what
 * goes in equals what comes out.
 */
export function buildFlowLinks(rows: readonly LedgerRow[], npv: number, unpaid: number): FlowLink[] {
  const links: FlowLink[] = [];
  for (const r of rows) if (r.pvCost > 0) links.push({ from: `${r.name} pays`, to: PROGRAMME, value: r.pvCost });
  if (unpaid > 0) links.push({ from: NO_PAYER, to: PROGRAMME, value: unpaid });
  if (npv > 0) links.push({ from: CREATED, to: PROGRAMME, value: npv });
  for (const r of rows) if (r.pvBenefit > 0) links.push({ from: PROGRAMME, to: `${r.name} gains`, value: r.pvBenefit });
  if (npv < 0) links.push({ from: PROGRAMME, to: LOST, value: -npv });
  return links;
}
