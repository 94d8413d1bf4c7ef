// @vitest-environment node
// Node's own Buffer and Blob: write-excel-file and read-excel-file's Node entries work on real bytes.
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import { caseFromWorkbook, caseWorkbookSheets, readCaseWorkbook, SHEETS, writeCaseWorkbook, type CaseSheet } from '../../../src/features/case/caseWorkbook';
import { checkCase, type CaseCheck, type CaseDoc } from '../../../src/model/caseFile';

const src = (value: number, source: string) => ({ value, source });

/** Two themes, three partners, £m, prudent and base, seven years; sources on some figures only. */
const twoThemes: CaseDoc = {
  format: 'community-budgets-case',
  version: 1,
  id: 'northshire',
  name: 'Northshire Community Budget',
  description: 'A made-up case for tests.\nIts second line.',
  money: '£m',
  firstYear: '2025-26',
  partners: [
    { id: 'council', name: 'Northshire County Council', local: true, budget: src(850.5, 'Budget book 2025-26') },
    { id: 'nhs', name: 'NHS Northshire ICB', local: true, budget: 1200 },
    { id: 'DWP', name: 'Department for Work and Pensions', local: false, budget: { value: 5000, source: 'Spending Review', kind: 'AME' } },
  ],
  themes: [
    {
      id: 'families',
      name: 'Families with complex needs',
      shortName: 'Families',
      status: 'indicative',
      addressableSpend: src(42.5, 'Local audit 2024'),
      shares: { council: src(0.4, 'Pilot data'), nhs: src(0.25, 'Pilot data'), DWP: { value: 0.2, source: 'Pilot data', range: [0.1, 0.3] } },
      scenarios: {
        base: {
          profile: [0.1, 0.3, 0.6, 0.9, 1, 1, 1].map((v) => src(v, 'Pilot evaluation')),
          grossBenefit: src(12.3, 'Business case, section 4'),
          costs: [5, 4, 3, 2.25, 2, 2, 2],
          ongoingCost: 2,
        },
        prudent: {
          profile: [0.05, 0.2, 0.4, 0.6, 0.8, 0.8, 0.8],
          grossBenefit: 9.1,
          costs: [6, 5, 4, 3, 3, 3, 3].map((v) => src(v, 'Finance team; prudent')),
          ongoingCost: src(2.5, 'Finance team'),
        },
      },
      note: 'Covers 420 families.',
    },
    {
      id: 'work-skills',
      name: 'Work and skills',
      addressableSpend: 30,
      shares: { council: 0.3, DWP: 0.5 },
      scenarios: {
        base: { profile: [0, 0.2, 0.5, 0.8, 1, 1.1, 1.2], grossBenefit: 4.2, costs: [1, 1, 0.5, 0.5, 0.5, 0.5, 0.5] },
        prudent: { profile: [0, 0.1, 0.3, 0.5, 0.7, 0.7, 0.7], grossBenefit: 3, costs: [1.5, 1, 1, 1, 1, 1, 1] },
      },
    },
  ],
};

/** One scenario, £bn, five years, no id, description or budget. */
const oneScenario: CaseDoc = {
  format: 'community-budgets-case',
  version: 1,
  name: 'Southvale',
  money: '£bn',
  firstYear: '2030-31',
  partners: [{ id: 'council', name: 'Southvale Council', local: true }],
  themes: [
    {
      id: 'health',
      name: 'Health and care',
      shares: { council: 0.9 },
      scenarios: { base: { profile: [0.2, 0.4, 0.6, 0.8, 1], grossBenefit: 0.35, costs: [0.1, 0.05, 0.05, 0.02, 0.02], ongoingCost: 0.02 } },
    },
  ],
};

const checked = (doc: unknown): CaseDoc => {
  const result = checkCase(doc, 'doc');
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

/** The workbook as bytes and back, as read-excel-file gives it. */
async function throughXlsx(sheets: CaseSheet[]): Promise<Record<string, unknown[][]>> {
  const buffer = await writeXlsxFile(sheets).toBuffer();
  return Object.fromEntries((await readXlsxFile(buffer)).map((s) => [s.sheet, s.data]));
}

/** The rows as a reader would give them, without the bytes (for editing cells in tests). */
const plainRows = (sheets: CaseSheet[]): Record<string, unknown[][]> =>
  Object.fromEntries(sheets.map((s) => [s.sheet, s.data.map((row) => row.map((c) => (c !== null && typeof c === 'object' && 'value' in c ? c.value : (c ?? null))))]));

const errorOf = (result: CaseCheck) => (result.ok ? '(no error)' : result.error);

describe('case workbook: round trip through real .xlsx bytes', () => {
  it.each([
    ['two themes, prudent and base, £m', twoThemes],
    ['one scenario, £bn', oneScenario],
  ])('%s comes back as the same document', async (_, doc) => {
    const back = caseFromWorkbook(await throughXlsx(caseWorkbookSheets(doc)), 'case.xlsx');
    expect(errorOf(back)).toBe('(no error)');
    expect(back.ok && back.value).toEqual(checked(doc));
  });

  it('writes and reads through the browser entries, as the app does', async () => {
    const result = await readCaseWorkbook(await writeCaseWorkbook(twoThemes), 'case.xlsx');
    expect(result.ok && result.value).toEqual(checked(twoThemes));
  });

  it('gives a row with several sources all of them, and is then stable', () => {
    const mixed = structuredClone(oneScenario);
    mixed.themes[0]!.scenarios.base.costs = [src(0.1, 'Budget'), 0.05, src(0.05, 'Plan'), src(0.02, 'Budget'), 0.02];
    const once = caseFromWorkbook(plainRows(caseWorkbookSheets(mixed)), 'case.xlsx');
    expect(once.ok && once.value.themes[0]!.scenarios.base.costs).toEqual([0.1, 0.05, 0.05, 0.02, 0.02].map((v) => src(v, 'Budget; Plan')));
    const twice = once.ok && caseFromWorkbook(plainRows(caseWorkbookSheets(once.value)), 'case.xlsx');
    expect(twice && twice.ok && twice.value).toEqual(once.ok && once.value);
  });

  it('labels the sheets and the year columns', () => {
    const sheets = caseWorkbookSheets(twoThemes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Read me', 'Case', 'Partners', 'Themes', 'Shares', 'Share ranges', 'Base scenario', 'Prudent scenario']);
    const base = plainRows(sheets)[SHEETS.base]!;
    expect(base[0]).toEqual(['Theme id', 'Field', 'Value', 'Source', '2025-26', '2026-27', '2027-28', '2028-29', '2029-30', '2030-31', '2031-32']);
    expect(base[3]).toEqual(['families', 'Gross benefit', 12.3, 'Business case, section 4']);
    // Without ranges there is no ranges sheet (the blank prudent sheet of a one-scenario case is read as none).
    expect(caseWorkbookSheets(oneScenario).map((s) => s.sheet)).not.toContain(SHEETS.ranges);
  });

  it('reads percentages, figures typed as text and a row source for every figure in the row', () => {
    const rows = plainRows(caseWorkbookSheets(oneScenario));
    rows[SHEETS.shares]![1] = ['health', '90%', 'Pilot data'];
    rows[SHEETS.base]![1] = ['health', 'Realisation profile', null, 'Evaluation', '20%', '0.4', 0.6, '80 %', 1];
    const back = caseFromWorkbook(rows, 'case.xlsx');
    expect(errorOf(back)).toBe('(no error)');
    const theme = back.ok ? back.value.themes[0]! : undefined;
    expect(theme?.shares).toEqual({ council: { value: 0.9, source: 'Pilot data' } });
    expect(theme?.scenarios.base.profile).toEqual([0.2, 0.4, 0.6, 0.8, 1].map((v) => src(v, 'Evaluation')));
  });
});

describe('case workbook: what it cannot read is named by sheet, row and column', () => {
  const rows = () => plainRows(caseWorkbookSheets(twoThemes));

  it('text where a number belongs', () => {
    const sheets = rows();
    sheets[SHEETS.base]![2]![5] = 'abc'; // families' costs, 2026-27
    const result = caseFromWorkbook(sheets, 'case.xlsx');
    expect(result.ok).toBe(false);
    expect(errorOf(result)).toBe('case.xlsx: Base scenario, row 3, column 2026-27: "abc" is not a number');
  });

  it('a missing sheet', () => {
    const sheets = rows();
    delete sheets[SHEETS.shares];
    expect(errorOf(caseFromWorkbook(sheets, 'case.xlsx'))).toContain('Shares: the workbook has no "Shares" sheet');
  });

  it('a blank year', () => {
    const sheets = rows();
    sheets[SHEETS.prudent]![5]![6] = null; // work-skills' profile, 2027-28
    expect(errorOf(caseFromWorkbook(sheets, 'case.xlsx'))).toBe('case.xlsx: Prudent scenario, row 6, column 2027-28: a number is needed here');
  });

  it('a wrong heading, and a year heading out of step with the first year', () => {
    const sheets = rows();
    sheets[SHEETS.partners]![0]![2] = 'Locality';
    sheets[SHEETS.base]![0]![5] = '2027-28';
    const error = errorOf(caseFromWorkbook(sheets, 'case.xlsx'));
    expect(error).toContain('Partners, row 1, column C: the heading should be "Local (yes/no)", not "Locality"');
    expect(error).toContain('Base scenario, row 1, column F: the heading should be 2026-27');
  });

  it('a problem the case check finds is named by its cell too', () => {
    const sheets = rows();
    sheets[SHEETS.shares]![1]![1] = 40; // families' share for the council, as a percentage without the %
    const result = caseFromWorkbook(sheets, 'case.xlsx');
    expect(errorOf(result)).toBe('case.xlsx: Shares, row 2, column council: must be a share from 0 to 1');
    expect(!result.ok && result.problems[0]!.path).toEqual(['themes', 0, 'shares', 'council', 'value']);
  });

  it('a prudent scenario given for one theme only', () => {
    const sheets = rows();
    sheets[SHEETS.prudent] = sheets[SHEETS.prudent]!.slice(0, 5);
    expect(errorOf(caseFromWorkbook(sheets, 'case.xlsx'))).toContain('Prudent scenario: no rows for theme "work-skills"');
  });

  it('a file that is not an .xlsx', async () => {
    const result = await readCaseWorkbook(new TextEncoder().encode('{"format": "community-budgets-case"}').buffer as ArrayBuffer, 'case.json');
    expect(errorOf(result)).toBe('case.json: this is not an Excel workbook (.xlsx): import the template you downloaded, filled in and saved as .xlsx');
  });
});
