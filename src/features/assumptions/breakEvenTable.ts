import type { Settings, SwitchingValues } from '../../model';
import { LINK_SPECS } from '../../model';
import { formatPercent } from '../../lib/format';
import { columnsOf, figureCell, tableRow, textCell, type TableSpec } from '../../ui/tableSpec';

const ROWS = ['deadweight', 'displacement', 'attribution', 'obBenefit', 'obCost'] as const;

/** How much of each Green Book adjustment the case could take before its net benefit falls to zero, the rest as set. */
export const breakEvenSpec = (switching: SwitchingValues, s: Settings): TableSpec => ({
  caption: `Where the ${s.horizon}-year net benefit falls to zero`,
  name: 'break-even-adjustments',
  idAttribute: 'data-adjustment',
  markValues: true,
  columns: columnsOf('Adjustment', 'Zero at', 'Yours'),
  rows: ROWS.map((key) => {
    const at = switching[key];
    return tableRow(key, textCell(LINK_SPECS[key].label), [figureCell(at, at === null ? 'none' : formatPercent(at, 0)), figureCell(s[key], formatPercent(s[key], 0))], key);
  }),
  note: 'Each on its own, the same for every theme, the other settings as they are. “None”: the costs outweigh the benefits even without it.',
});
