import type { McSummary } from '../../model';
import { formatCount, formatMoney, formatPercent } from '../../lib/format';
import { columnsOf, figureCell, tableRow, textCell, type TableSpec } from '../../ui/tableSpec';
import type { FanRow, PartnerChanceRow, PercentileRow, TornadoBarRow } from './uncertaintyRows';

const bn2 = (v: number) => figureCell(v, formatMoney(v, { unit: 'bn', digits: 2 }));

export const fanTableSpec = (rows: readonly FanRow[]): TableSpec => ({
  caption: 'Net benefit each year, percentiles of the draws, £bn',
  columns: columnsOf('Year', '10th', '25th', 'Median', '75th', '90th'),
  rows: rows.map((r) => tableRow(r.year, textCell(r.year, 'year'), [r.p10, r.p25, r.p50, r.p75, r.p90].map(bn2))),
});

export const percentileTableSpec = (rows: readonly PercentileRow[], summary: McSummary, horizonLabel: string): TableSpec => ({
  caption: `${horizonLabel} over ${formatCount(summary.done)} draws (seed ${summary.seed}, ${summary.distribution}), £bn`,
  name: 'percentiles',
  markValues: true,
  columns: columnsOf('Statistic', horizonLabel),
  rows: [
    ...rows.map((r) => tableRow(r.id, textCell(r.label), [bn2(r.value)], r.id)),
    tableRow('prob', textCell('Share of draws above zero'), [figureCell(summary.npv.probPositive, formatPercent(summary.npv.probPositive, 1))], 'prob'),
  ],
});

export const chanceTableSpec = (rows: readonly PartnerChanceRow[], horizonLabel: string): TableSpec => ({
  caption: `Each partner’s ${horizonLabel}: chance of a gain and percentiles, £bn`,
  columns: columnsOf('Partner', 'Chance of a gain', '10th', 'Median', '90th'),
  rows: rows.map((r) => tableRow(r.partner, textCell(r.name), [figureCell(r.probGain, formatPercent(r.probGain, 0)), bn2(r.p10), bn2(r.p50), bn2(r.p90)])),
});

export const tornadoTableSpec = (rows: readonly TornadoBarRow[], horizonLabel: string): TableSpec => ({
  caption: `${horizonLabel} at each end of each assumption’s range, largest swing first`,
  columns: columnsOf('Assumption', 'Low end', horizonLabel, 'High end', horizonLabel, 'Swing'),
  rows: rows.map((r) =>
    tableRow(r.id, textCell(r.label), [textCell(r.lowText), figureCell(r.lowNpv, formatMoney(r.lowNpv)), textCell(r.highText), figureCell(r.highNpv, formatMoney(r.highNpv)), figureCell(r.swing, formatMoney(r.swing))]),
  ),
});
