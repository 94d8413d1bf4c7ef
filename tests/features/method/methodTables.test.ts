import { describe, expect, it } from 'vitest';
import { buildCheckRows } from '../../../src/features/method/checkRows';
import { buildExplanation } from '../../../src/features/method/explain';
import { buildInputTable } from '../../../src/features/method/inputRows';
import { buildSettingRows } from '../../../src/features/method/methodRows';
import { checkTableSpec, explanationTableSpec, inputsTableSpec, settingsTableSpec } from '../../../src/features/method/methodTables';
import { defaultSettings, evaluate, fidelityTable } from '../../../src/model';
import { tableHead } from '../../../src/ui/tableSpec';
import { loadData, loadGolden } from '../../helpers';

const data = loadData();
const golden = loadGolden();

describe('the method pages’ tables', () => {
  it('check: the section before the figure, its theme above it, misses marked, the match as a word with its mark', () => {
    const rows = buildCheckRows(fidelityTable(golden, data), golden, data);
    const spec = checkTableSpec(rows);
    expect(tableHead(spec)).toEqual(['Section', 'Figure', 'Report', 'Explorer', 'Difference', 'Allowed', 'Matches?', 'Kind', 'Why not']);
    expect(spec.mark).toBe('data-check-table');
    const miss = spec.rows.find((r) => r.id === 'ws.partner.MoJ.base')!;
    expect(miss).toMatchObject({ className: 'is-miss', lead: [{ text: '6.4.1' }], header: { kicker: 'Work and skills' } });
    expect(miss.cells[4]).toMatchObject({ text: 'No', mark: '✗', className: 'match-no' });
    expect(miss.cells[6]!.className).toContain('reason');
    expect(spec.rows.filter((r) => r.className === 'is-miss')).toHaveLength(rows.filter((r) => !r.match).length);
  });

  it('inputs: each value carries its source, and the caption counts printed and fitted figures', () => {
    const rows = buildInputTable(data);
    const spec = inputsTableSpec(rows);
    expect(tableHead(spec)).toEqual(['For', 'Figure', 'Value', 'Kind', 'Source']);
    spec.rows.forEach((r, i) => expect(r.cells[0]).toMatchObject({ text: rows[i]!.value, source: rows[i]!.source }));
    const fitted = rows.filter((r) => r.kind === 'fitted').length;
    expect(spec.caption).toBe(`${rows.length} input figures: ${rows.length - fitted} printed in the report, ${fitted} fitted to it`);
  });

  it('settings: one block of rows for each part of the page', () => {
    const spec = settingsTableSpec(buildSettingRows(data));
    expect([...new Set(spec.rows.map((r) => r.group))]).toEqual(['Main settings', 'Themes and partners', 'Green Book adjustments', 'The deal room', 'How sure can we be?', 'Your area']);
  });

  it('explanation: the figure’s own row highlighted, financial years kept whole, each step’s source on its amount', () => {
    const s = defaultSettings();
    const r = evaluate(data, s);
    const payback = explanationTableSpec(buildExplanation('payback', data, s, r).table!);
    expect(payback.rows.filter((row) => row.className === 'is-highlight').map((row) => row.header.text)).toEqual([r.total.paybackYear]);
    expect(payback.rows.every((row) => row.header.className === 'year')).toBe(true);
    const npv = explanationTableSpec(buildExplanation('npv', data, s, r).table!);
    expect(npv.rows.at(-1)!.className).toBe('is-highlight');
    expect(npv.rows[0]!.cells[0]!.source).toMatch(/Realisation profiles/);
    expect(npv.rows[0]!.cells[2]!.className).toBe('text-cell');
  });
});
