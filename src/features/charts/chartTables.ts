import type { ModelData, ThemeId } from '../../model';
import { formatMoney, formatNumber, formatPercent, formatYears, moneyDifference, moneyScale, percentPlaces, roundAway } from '../../lib/format';
import { columnsOf, figureCell, tableRow, textCell, type TableCell, type TableRow, type TableSpec } from '../../ui/tableSpec';
import type { PartnerRow } from './partnerRows';
import { OTHER_THEMES, type ProfileRow } from './profileRows';
import type { SensitivityRow } from './sensitivityRows';

const DASH = textCell('–');
const money = (v: number | null) => figureCell(v, formatMoney(v));

/** A change from the report base, with words for a screen reader. */
function changeCell(current: number, base: number | null | undefined): TableCell {
  const change = moneyDifference(current, base);
  return { value: base === null || base === undefined ? null : current - base, text: change.text, words: change.words };
}

/** A partner's four figures as every table gives them: over the horizon and a year, each with its change. */
const partnerFigures = (r: Pick<PartnerRow, 'npv' | 'annual' | 'base'>): TableCell[] => [
  money(r.npv),
  changeCell(r.npv, r.base?.npv),
  money(r.annual),
  changeCell(r.annual, r.base?.annual),
];

/** Whether the shares, each rounded as the table shows them, miss 100%. */
const roundedSharesMiss = (rows: readonly PartnerRow[]) =>
  rows.every((r) => r.share !== null) && Math.abs(rows.reduce((sum, r) => sum + roundAway((r.share ?? 0) * 100, percentPlaces(r.share ?? 0)), 0) - 100) > 1e-6;

/** `base`: what the change is from ("the report base", or "the case as given" for a place's own case). */
export function partnerTableSpec(rows: readonly PartnerRow[], horizon: number, base = 'the report base'): TableSpec {
  // The rows add up to the totals (buildPartnerRows).
  const add = (pick: (r: PartnerRow) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
  const total = {
    npv: add((r) => r.npv),
    annual: add((r) => r.annual),
    base: rows.every((r) => r.base) ? { npv: add((r) => r.base!.npv), annual: add((r) => r.base!.annual) } : null,
  };
  const allShares = rows.every((r) => r.share !== null);
  return {
    caption: `Net benefit by partner over ${horizon} years and a year once fully running, with the change from ${base}`,
    columns: columnsOf(
      'Partner',
      `${horizon}-year net benefit`,
      'Change from report base',
      'A year once running',
      'Change from report base',
      'Share of total',
      'Range across pilots, a year',
      'Department budget',
      '% of budget',
    ),
    rows: rows.map((r) =>
      tableRow(r.key, textCell(r.name), [
        ...partnerFigures(r),
        figureCell(r.share, formatPercent(r.share)),
        r.range ? { value: `${r.range[0]} to ${r.range[1]}`, text: `${formatMoney(r.range[0])} to ${formatMoney(r.range[1])}` } : DASH,
        r.budget ? { value: r.budget.value, text: `${formatMoney(r.budget.value)} (${r.budget.kind})` } : DASH,
        figureCell(r.pctOfBudget, formatPercent(r.pctOfBudget)),
      ]),
    ),
    footer: [tableRow('total', textCell('Total'), [...partnerFigures(total), allShares ? figureCell(1, formatPercent(1)) : DASH, DASH, DASH, DASH])],
    // Under the total rather than in the caption, so the table's name stays the same as sliders move.
    note: roundedSharesMiss(rows) ? 'Shares are rounded one by one, so they do not add to exactly 100%.' : undefined,
  };
}

/** Who gets the savings on the printed page, by the same rules. */
export function printPartnersSpec(rows: readonly PartnerRow[], horizon: number, base = 'the report base'): TableSpec {
  return {
    caption: `Who gets the savings, with the change from ${base}`,
    className: 'print-partners',
    columns: columnsOf('Partner', `${horizon}-year net benefit`, 'Change', 'A year once running', 'Change'),
    rows: rows.map((r) => tableRow(r.key, textCell(r.name), partnerFigures(r))),
  };
}

export const PUBLISHED_LABEL = 'Published (EY 2013)';

/** The benefit profile's figures in one unit: £bn to two places nationally, £m for a place's own case. */
export const profileMoney = (rows: readonly ProfileRow[]) => moneyScale(rows.flatMap((r) => [...Object.values(r.themes), r.total, r.cumulative, r.published]));

/** `others`: how many themes the band `OTHER_THEMES` adds together, when there is one. */
export function profileTableSpec(rows: readonly ProfileRow[], data: ModelData, ids: readonly ThemeId[], hasPublished: boolean, others = 0): TableSpec {
  const nameOf = (id: ThemeId) => (id === OTHER_THEMES ? `Other themes (${others})` : (data.themes.find((t) => t.id === id)?.name ?? id));
  const themes = ids.map((id) => ({ id, name: nameOf(id) }));
  const scale = profileMoney(rows);
  const figure = (v: number) => figureCell(v, scale.format(v));
  return {
    caption: `Net benefit each year by theme, ${scale.unit}, discounted to ${data.firstYear} value`,
    columns: columnsOf('Year', ...themes.map((t) => t.name), 'Total', 'Running total', ...(hasPublished ? [PUBLISHED_LABEL] : [])),
    rows: rows.map((r) =>
      tableRow(r.year, textCell(r.year, 'year'), [
        ...themes.map((t) => figure(r.themes[t.id] ?? 0)),
        figure(r.total),
        figure(r.cumulative),
        ...(hasPublished ? [figureCell(r.published, formatMoney(r.published, { unit: 'bn' }))] : []),
      ]),
    ),
  };
}

export type SensitivityWhich = 'leakage' | 'delay';

export const sensitivityXText = (x: number, which: SensitivityWhich) => (which === 'leakage' ? formatPercent(x / 100) : formatYears(x));
/** The table's steps exactly: delay moves in quarter years ("3.25 years", not "3.3 years"). */
export const sensitivityStepText = (x: number, which: SensitivityWhich) =>
  which === 'leakage' ? sensitivityXText(x, which) : `${formatNumber(x, 2)} ${x === 1 ? 'year' : 'years'}`;

export function sensitivityTableSpec(rows: readonly SensitivityRow[], which: SensitivityWhich, horizonLabel: string): TableSpec {
  const name = which === 'leakage' ? 'Leakage' : 'Delay';
  return {
    caption: `${horizonLabel} by ${name.toLowerCase()}`,
    columns: columnsOf(name, horizonLabel),
    rows: rows.map((r): TableRow => tableRow(String(r.x), figureCell(r.x, sensitivityStepText(r.x, which)), [money(r.npv)])),
  };
}
