/** The Method and Check pages' tables and the explanations' table as TableSpecs for DataTable. Pure. */
import { columnsOf, textCell, type TableSpec } from '../../ui/tableSpec';
import type { CheckRow } from './checkRows';
import type { ExplanationTable } from './explain';
import { SOURCE_KIND_LABEL, type InputRow } from './inputRows';
import type { SettingRow } from './methodRows';

const TEXT = 'text-cell';

/** "Settings and their defaults": one block of rows for each part of the page. */
export function settingsTableSpec(rows: readonly SettingRow[]): TableSpec {
  return {
    caption: 'Each setting, the values it can take, and where its default comes from',
    className: 'settings-table',
    mark: 'data-settings-table',
    columns: columnsOf('Setting', 'Range', 'Default', 'Source'),
    rows: rows.map((r) => ({
      key: r.label,
      group: r.group,
      header: textCell(r.label),
      cells: [textCell(r.range), textCell(r.defaultText), textCell(r.source, TEXT)],
    })),
  };
}

/** "Every input number and its source": each value with its source on hover and in the last column. */
export function inputsTableSpec(rows: readonly InputRow[]): TableSpec {
  const count = (kind: InputRow['kind']) => rows.filter((r) => r.kind === kind).length;
  return {
    caption: `${rows.length} input figures: ${count('published')} printed in the report, ${count('fitted')} fitted to it`,
    className: 'inputs-table',
    mark: 'data-inputs-table',
    columns: columnsOf('For', 'Figure', 'Value', 'Kind', 'Source'),
    rows: rows.map((r) => ({
      key: r.key,
      lead: [textCell(r.group, TEXT)],
      header: textCell(r.label),
      cells: [{ ...textCell(r.value), source: r.source }, textCell(SOURCE_KIND_LABEL[r.kind], TEXT), textCell(r.source, TEXT)],
    })),
  };
}

/** "Check against the report": each published figure beside the explorer's, misses marked. */
export function checkTableSpec(rows: readonly CheckRow[]): TableSpec {
  return {
    caption: 'Published figures beside the explorer’s, with the difference and whether they match',
    captionHidden: true,
    className: 'check-table',
    mark: 'data-check-table',
    columns: columnsOf('Section', 'Figure', 'Report', 'Explorer', 'Difference', 'Allowed', 'Matches?', 'Kind', 'Why not'),
    rows: rows.map((r) => ({
      key: r.id,
      id: r.id,
      className: r.match ? undefined : 'is-miss',
      lead: [textCell(r.section)],
      header: { ...textCell(r.figure), kicker: r.themeLabel },
      cells: [
        textCell(r.published),
        textCell(r.model),
        textCell(r.difference),
        textCell(r.allowed),
        { ...textCell(r.match ? 'Yes' : 'No', r.match ? 'match-yes' : 'match-no'), mark: r.match ? '✓' : '✗' },
        textCell(r.kind, TEXT),
        textCell(r.reason, `${TEXT} reason`),
      ],
    })),
  };
}

/** "2012-13": kept whole on a phone (th.year). */
const FINANCIAL_YEAR = /^\d{4}-\d{2}$/;

/** A "How is this worked out?" table: the figure's steps or years, the one that gives the figure highlighted. */
export function explanationTableSpec(table: ExplanationTable): TableSpec {
  return {
    caption: table.caption,
    className: 'explanation-table',
    mark: 'data-explanation-table',
    columns: columnsOf(...table.head),
    rows: table.rows.map(({ cells: [first = '', ...rest], highlight, source }, i) => ({
      key: `${first}-${i}`,
      className: highlight ? 'is-highlight' : undefined,
      header: textCell(first, FINANCIAL_YEAR.test(first) ? 'year' : undefined),
      cells: rest.map((text, j) => ({ ...textCell(text, j === 2 ? TEXT : undefined), ...(j === 0 && source ? { source } : {}) })),
    })),
  };
}
