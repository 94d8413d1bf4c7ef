import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CaseBuilderPage } from '../../../src/features/case/CaseBuilderPage';
import { blankTemplate } from '../../../src/features/case/templates';
import { getIn } from '../../../src/features/case/draftRead';
import { caseJson } from '../../../src/model';
import { resetCaseStore, resetStore, useCaseStore } from '../../../src/state';
import { loadData } from '../../helpers';

vi.setConfig({ testTimeout: 30_000 });

const national = loadData();
const box = (name: string) => screen.getByRole('textbox', { name });
const draft = () => useCaseStore.getState().draft;
const startWith = (doc: unknown) => {
  useCaseStore.getState().setDraft(doc);
  return render(<CaseBuilderPage national={national} />);
};
const blank = () => blankTemplate(new Date(2025, 5, 1));

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/#build');
  resetCaseStore();
  resetStore();
});

describe('the case details', () => {
  it('changes the number of years only to a whole number from 5 to 30, padding with the last value', async () => {
    const user = userEvent.setup();
    const doc = blank();
    doc.themes[0]!.scenarios.base.costs = [1, 2, 3, 4, 5];
    startWith(doc);
    const years = box('Number of years');
    await user.clear(years);
    await user.type(years, '7');
    expect(getIn(draft(), ['themes', 0, 'scenarios', 'base', 'costs'])).toEqual([1, 2, 3, 4, 5, 5, 5]);
    expect(box('Theme 1, costs 2031-32')).toHaveValue('5');
    await user.clear(years);
    await user.type(years, '3');
    await user.tab();
    expect(getIn(draft(), ['themes', 0, 'scenarios', 'base', 'costs'])).toHaveLength(7);
    expect(screen.getByRole('alert')).toHaveTextContent('“3” is not a number of years from 5 to 30; the case keeps 7.');
  });

  it('adds a prudent scenario as a copy of base, and asks before deleting it', async () => {
    const user = userEvent.setup();
    startWith(blank());
    await user.click(screen.getByRole('checkbox', { name: 'This case has a prudent scenario' }));
    expect(getIn(draft(), ['themes', 0, 'scenarios', 'prudent'])).toEqual(getIn(draft(), ['themes', 0, 'scenarios', 'base']));
    expect(box('Theme 1, prudent, costs 2025-26')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'This case has a prudent scenario' }));
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(getIn(draft(), ['themes', 0, 'scenarios', 'prudent'])).toBeDefined();
    await user.click(screen.getByRole('checkbox', { name: 'This case has a prudent scenario' }));
    await user.click(screen.getByRole('button', { name: 'Delete the prudent scenario' }));
    expect(getIn(draft(), ['themes', 0, 'scenarios', 'prudent'])).toBeUndefined();
    expect(screen.queryByRole('textbox', { name: 'Theme 1, prudent, costs 2025-26' })).not.toBeInTheDocument();
  });

  it('shows a first year that is not a financial year as a problem beside its box', async () => {
    const user = userEvent.setup();
    startWith(blank());
    const first = box('First financial year');
    await user.clear(first);
    await user.type(first, '2025');
    expect(first).toHaveAccessibleDescription(expect.stringContaining('Must be a financial year such as 2025-26.'));
    // The grid's years fall back to numbers meanwhile.
    expect(box('Theme 1, costs Year 2')).toBeInTheDocument();
  });
});

describe('partners and shares', () => {
  it('renames a partner with its shares, and removes one with its shares', async () => {
    const user = userEvent.setup();
    const doc = blank();
    doc.themes[0]!.shares = { LA: 0.4, NHS: 0.6 };
    startWith(doc);
    expect(box('Theme 1, share to NHS (%)')).toHaveValue('60');
    const id = box('Local authority, id');
    await user.clear(id);
    await user.type(id, 'council');
    expect(getIn(draft(), ['themes', 0, 'shares'])).toEqual({ council: 0.4, NHS: 0.6 });
    await user.click(screen.getByRole('button', { name: 'Remove NHS' }));
    expect(getIn(draft(), ['partners'])).toHaveLength(1);
    expect(getIn(draft(), ['themes', 0, 'shares'])).toEqual({ council: 0.4 });
    expect(screen.getByRole('button', { name: 'Add a partner' })).toHaveFocus();
  });

  it('shows shares adding to more than 100% beside the theme’s total', async () => {
    const user = userEvent.setup();
    startWith(blank());
    await user.type(box('Theme 1, share to Local authority (%)'), '70');
    await user.type(box('Theme 1, share to NHS (%)'), '50');
    const total = screen.getByRole('cell', { name: /120%/ });
    expect(within(total).getByText(/The shares add to 120.0%, more than 100%/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Go to the first problem' })[0]!);
    expect(total).toHaveFocus();
  });
});

describe('the cohort helper', () => {
  it('says what is missing, then adds a theme written from a cohort', async () => {
    const user = userEvent.setup();
    startWith(blank());
    await user.click(screen.getByText('Write a theme from a cohort'));
    await user.click(screen.getByRole('button', { name: 'Add this theme' }));
    expect(getIn(draft(), ['themes'])).toHaveLength(1);
    expect(box('Theme id')).toHaveFocus();
    expect(box('Cohort size')).toHaveAccessibleDescription(expect.stringContaining('The cohort size must be a number.'));
    await user.type(box('Theme id'), 'key-work');
    await user.type(box('Theme name'), 'Key workers');
    await user.type(box('Cohort size'), '1,000');
    await user.type(box('Source of cohort size'), 'council register');
    await user.type(box('Cost per participant'), '0.005');
    await user.type(box('Success rate'), '40');
    await user.type(box('How long a success keeps saving'), '3');
    await user.type(box('Local authority'), '0.002');
    await user.type(box('Share of the cohort joining in 2025-26'), '50');
    await user.type(box('Share of the cohort joining in 2026-27'), '50');
    await user.click(screen.getByRole('button', { name: 'Add this theme' }));
    expect(getIn(draft(), ['themes'])).toHaveLength(2);
    expect(getIn(draft(), ['themes', 1, 'id'])).toBe('key-work');
    expect(getIn(draft(), ['themes', 1, 'shares', 'LA', 'value'])).toBe(1);
    expect(box('Key workers, costs 2025-26')).toHaveValue('2.5');
    expect(screen.getAllByText('No problems: this case is ready to use.').length).toBeGreaterThan(0);
  });
});

describe('files', () => {
  it('lists a broken JSON file’s problems and keeps the case being built', async () => {
    const user = userEvent.setup();
    startWith(blank());
    const before = draft();
    const broken = { ...blank(), name: 'Broken', themes: [{ ...blank().themes[0], shares: { LA: 2 } }] };
    await user.upload(screen.getByLabelText('Import a case from a JSON file'), new File([JSON.stringify(broken)], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json could not be imported; the case you are building is unchanged.');
    expect(alert).toHaveTextContent('themes.0.shares.LA: must be a share from 0 to 1');
    expect(draft()).toBe(before);
    await user.upload(screen.getByLabelText('Import a case from a JSON file'), new File(['{ not json'], 'bad.json'));
    expect(await screen.findByText(/not valid JSON/)).toBeInTheDocument();
    expect(draft()).toBe(before);
  });

  it('imports a good JSON file after asking, and exports the case as JSON', async () => {
    const user = userEvent.setup();
    startWith(blank());
    const good = { ...blank(), name: 'Imported case' };
    await user.upload(screen.getByLabelText('Import a case from a JSON file'), new File([caseJson(good)], 'good.json'));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    expect(getIn(draft(), ['name'])).toBe('Imported case');
    const created: Blob[] = [];
    const url = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:case'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(url).toHaveBeenCalledTimes(1);
    // JSON → app → JSON: the file exported is the file imported.
    expect(await created[0]!.text()).toBe(caseJson(good));
    vi.restoreAllMocks();
  });
});

describe('the XLSX workbook', () => {
  it('downloads the case as a workbook and imports it back', async () => {
    const user = userEvent.setup();
    const doc = blank();
    doc.name = 'Workbook case';
    doc.themes[0]!.scenarios.base.costs = [1, 2, 3, 4, 5];
    startWith(doc);
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:book'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Download XLSX template' }));
    await vi.waitFor(() => expect(created).toHaveLength(1), { timeout: 10_000 });
    vi.restoreAllMocks();
    const book = new File([await created[0]!.arrayBuffer()], 'workbook-case.xlsx');
    act(() => useCaseStore.getState().setDraft(blank()));
    await user.upload(screen.getByLabelText('Import a case from an XLSX workbook'), book);
    await user.click(await screen.findByRole('button', { name: 'Replace' }, { timeout: 10_000 }));
    expect(getIn(draft(), ['name'])).toBe('Workbook case');
    expect(getIn(draft(), ['themes', 0, 'scenarios', 'base', 'costs'])).toEqual([1, 2, 3, 4, 5]);
    // XLSX → app → JSON: exported as JSON, the case read from the workbook is the one written to it.
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (files.push(blob as Blob), 'blob:case'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await files[0]!.text()).toBe(caseJson(doc));
    vi.restoreAllMocks();
  });
});

describe('the case shown', () => {
  it('offers to copy the case shown into the builder when it differs from the draft', async () => {
    const user = userEvent.setup();
    const shown = { ...blank(), name: 'Shown case' };
    act(() => void useCaseStore.getState().showCase(shown));
    startWith(blank());
    await user.click(screen.getByRole('button', { name: 'Edit the case shown (Shown case)' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(getIn(draft(), ['name'])).toBe('Shown case');
    expect(screen.queryByRole('button', { name: /Edit the case shown/ })).not.toBeInTheDocument();
  });
});
