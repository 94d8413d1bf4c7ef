/** The local area's tables, as TableSpecs (tableSpec.ts); its money always in £m (EY 2013 7.3). */
import { formatPercent } from '../../lib/format';
import { columnsOf, figureCell, tableRow, textCell, type TableSpec } from '../../ui/tableSpec';
import { millions as millionsText, type LocalPartnerRow, type LocalThemeRow, type PositionRow } from './localRows';

const millions = (v: number) => figureCell(v, millionsText(v));
const WHERE = { local: 'Local', central: 'Central', none: '–' } as const;

export const localThemesSpec = (rows: readonly LocalThemeRow[], areaName: string, horizonLabel: string): TableSpec => ({
  caption: `${areaName}: how each theme is scaled, and its ${horizonLabel}`,
  name: 'local-themes',
  idAttribute: 'data-theme',
  markValues: true,
  columns: columnsOf('Theme', 'Scaled by', 'Local share', horizonLabel, 'A year once running'),
  rows: rows.map((r) => tableRow(r.theme, textCell(r.name), [textCell(r.driver), figureCell(r.share, formatPercent(r.share, 2)), millions(r.npv), millions(r.annualNet)], r.theme)),
});

export const localPartnersSpec = (rows: readonly LocalPartnerRow[], horizon: number): TableSpec => ({
  caption: `Benefit over ${horizon} years by partner, in today’s money`,
  columns: columnsOf('Partner', 'Budget', 'Benefit', 'Share'),
  rows: rows.map((r) => tableRow(r.partner, textCell(r.name), [textCell(WHERE[r.where]), millions(r.benefit), figureCell(r.share, formatPercent(r.share, 0))])),
});

export const localPositionSpec = (rows: readonly PositionRow[]): TableSpec => ({
  caption: 'Local government’s own position each year',
  columns: columnsOf('Year', 'Benefit', 'Costs', 'Net', 'Running total (today’s money)'),
  rows: rows.map((r) => tableRow(r.year, textCell(r.year, 'year'), [millions(r.benefit), millions(r.cost), millions(r.net), millions(r.cumulative)])),
});
