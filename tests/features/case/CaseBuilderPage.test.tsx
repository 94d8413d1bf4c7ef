import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CaseBuilderPage } from '../../../src/features/case/CaseBuilderPage';
import { blankTemplate, currentFinancialYear } from '../../../src/features/case/templates';
import { OWN_CASE_KEY, resetCaseStore, resetStore, useCaseStore } from '../../../src/state';
import { getIn, yearAfter } from '../../../src/features/case/draftRead';
import { loadData } from '../../helpers';

vi.setConfig({ testTimeout: 30_000 });

const national = loadData();
const renderPage = () => render(<CaseBuilderPage national={national} />);
const box = (name: string) => screen.getByRole('textbox', { name });
const stored = () => JSON.parse(window.localStorage.getItem(OWN_CASE_KEY) ?? 'null') as unknown;

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/#build');
  resetCaseStore();
  resetStore();
});

describe('the case builder', () => {
  it('starts a blank case from its template: one theme of zeros, two partners, ready to use', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Build your own case' })).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: /costs/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Blank case' }));
    // Nothing was being built, so nothing is asked.
    expect(screen.queryByText(/Replace it\?/)).not.toBeInTheDocument();
    // Five years from this financial year.
    const first = currentFinancialYear();
    expect(box(`Theme 1, costs ${yearAfter(first, 1)}`)).toHaveValue('0');
    expect(screen.getAllByRole('textbox', { name: /^Theme 1, costs / })).toHaveLength(5);
    expect(box(`Theme 1, realisation ${first} (%)`)).toHaveValue('0');
    expect(screen.getAllByRole('columnheader', { name: yearAfter(first, 4) })).toHaveLength(2);
    expect(box('Local authority, id')).toHaveValue('LA');
    expect(screen.getByRole('checkbox', { name: 'Local authority is a local partner' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'NHS is a local partner' })).not.toBeChecked();
    expect(screen.getAllByText('No problems: this case is ready to use.').length).toBeGreaterThan(0);
    expect(stored()).toEqual(JSON.parse(JSON.stringify(blankTemplate(new Date()))));
  });

  it('keeps a bad value as typed, shows its problem beside the box, and shows it again after a reload', async () => {
    const user = userEvent.setup();
    useCaseStore.getState().setDraft(blankTemplate(new Date(2025, 5, 1)));
    const { unmount } = renderPage();
    const cell = box('Theme 1, costs 2026-27');
    await user.clear(cell);
    await user.type(cell, '12x');
    expect(getIn(useCaseStore.getState().draft, ['themes', 0, 'scenarios', 'base', 'costs', 1])).toBe('12x');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleDescription('“12x” is not a number.');
    expect(screen.getAllByText(/This case has 1 problem to fix/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Use this case' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
    // Said in the live region while typing.
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Theme 1, costs 2026-27: “12x” is not a number.'))).toBe(true);
    // A good number clears it; a percentage is kept as a fraction.
    await user.tab();
    const realisation = box('Theme 1, realisation 2026-27 (%)');
    await user.clear(realisation);
    await user.type(realisation, '25');
    expect(getIn(useCaseStore.getState().draft, ['themes', 0, 'scenarios', 'base', 'profile', 1])).toBe(0.25);

    // A reload reads the same draft from this browser, with the same problem.
    unmount();
    act(() => resetCaseStore());
    renderPage();
    const again = box('Theme 1, costs 2026-27');
    expect(again).toHaveValue('12x');
    expect(again).toHaveAccessibleDescription('“12x” is not a number.');
    expect(box('Theme 1, realisation 2026-27 (%)')).toHaveValue('25');
    await user.click(screen.getAllByRole('button', { name: 'Go to the first problem' })[0]!);
    expect(again).toHaveFocus();
  });

  it('fills two themes from a 2×7 block pasted from a spreadsheet, in one change', async () => {
    const user = userEvent.setup();
    useCaseStore.getState().setDraft(blankTemplate(new Date(2025, 5, 1)));
    renderPage();
    const changes = vi.fn();
    const stop = useCaseStore.subscribe(changes);
    await user.click(box('Theme 1, id'));
    await user.paste('early-help\tEarly help\t40\t6\t1\t0\t25%\r\nyouth\t"Youth diversion"\t£1,200\t2\t0.5\t10\t50\r\n');
    stop();
    expect(changes).toHaveBeenCalledTimes(1);
    const draft = useCaseStore.getState().draft;
    expect(getIn(draft, ['themes'])).toHaveLength(2);
    expect(getIn(draft, ['themes', 0, 'name'])).toBe('Early help');
    expect(getIn(draft, ['themes', 1, 'addressableSpend'])).toBe(1200);
    expect(getIn(draft, ['themes', 0, 'scenarios', 'base', 'profile'])).toEqual([0, 0.25, 0, 0, 0]);
    expect(getIn(draft, ['themes', 1, 'scenarios', 'base', 'profile'])).toEqual([0.1, 0.5, 0, 0, 0]);
    expect(box('Early help, id')).toHaveValue('early-help');
    expect(box('Youth diversion, realisation 2026-27 (%)')).toHaveValue('50');
    expect(box('Youth diversion, full yearly benefit (£m)')).toHaveValue('2');
    // The new theme has a row in the shares table too.
    expect(screen.getByRole('rowheader', { name: 'Youth diversion' })).toBeInTheDocument();
  });

  it('moves up and down a column with the arrow keys and Enter', async () => {
    const user = userEvent.setup();
    useCaseStore.getState().setDraft(blankTemplate(new Date(2025, 5, 1)));
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Add a theme' }));
    await user.click(box('Theme 1, costs 2027-28'));
    await user.keyboard('{ArrowDown}');
    expect(box('Theme 2, costs 2027-28')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(box('Theme 1, costs 2027-28')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(box('Theme 2, costs 2027-28')).toHaveFocus();
  });

  it('shows the case with “Use this case” and goes to the explorer, keeping the case in the link', async () => {
    const user = userEvent.setup();
    const doc = blankTemplate(new Date(2025, 5, 1));
    doc.name = 'Anytown test';
    useCaseStore.getState().setDraft(doc);
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Use this case' }));
    expect(useCaseStore.getState().active?.name).toBe('Anytown test');
    expect(window.location.hash).toMatch(/^#case=1[A-Za-z0-9_-]+$/);
    // The case shown is now the draft: nothing to copy back.
    expect(screen.queryByRole('button', { name: /Edit the case shown/ })).not.toBeInTheDocument();
  });

  it('asks before replacing the case being built, and keeps it when told to', async () => {
    const user = userEvent.setup();
    useCaseStore.getState().setDraft(blankTemplate(new Date(2025, 5, 1)));
    renderPage();
    await user.clear(box('Name of the case'));
    await user.type(box('Name of the case'), 'Mine');
    await user.click(screen.getByRole('button', { name: 'The national aggregation' }));
    const ask = screen.getByRole('group', { name: /This replaces the case you are building.*Replace it\?/ });
    expect(within(ask).getByRole('button', { name: 'Keep mine' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep mine' }));
    expect(getIn(useCaseStore.getState().draft, ['name'])).toBe('Mine');
    await user.click(screen.getByRole('button', { name: 'The national aggregation' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(getIn(useCaseStore.getState().draft, ['money'])).toBe('£bn');
    expect(getIn(useCaseStore.getState().draft, ['themes', 0, 'id'])).toBe(national.themes[0]!.id);
  });

  it('keeps a draft it cannot read as a case, says so, and never throws', async () => {
    window.localStorage.setItem(OWN_CASE_KEY, '{"themes": 5, "partners": "x"}');
    act(() => resetCaseStore());
    renderPage();
    expect(screen.getByText(/The case kept in this browser could not be read as a case; start from a template/)).toBeInTheDocument();
    expect(window.localStorage.getItem(OWN_CASE_KEY)).toBe('{"themes": 5, "partners": "x"}');
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
  });

  it('says so when this browser keeps text that is not JSON, and keeps it', () => {
    window.localStorage.setItem(OWN_CASE_KEY, '{ not json');
    act(() => resetCaseStore());
    renderPage();
    expect(screen.getByText(/The case kept in this browser could not be read as a case; start from a template/)).toBeInTheDocument();
    expect(window.localStorage.getItem(OWN_CASE_KEY)).toBe('{ not json');
  });

  it('lays out a hostile draft with lists of themes and partners, its problems at their boxes', () => {
    window.localStorage.setItem(OWN_CASE_KEY, JSON.stringify({ themes: [null, { name: 7, scenarios: { base: { profile: ['a', {}], costs: 'x' } }, shares: [1] }], partners: [5, { id: {} }], money: '$', firstYear: 2025 }));
    act(() => resetCaseStore());
    renderPage();
    expect(screen.getAllByText(/problems? to fix/).length).toBeGreaterThan(0);
    expect(box('Theme 2, realisation Year 1 (%)')).toHaveValue('a');
  });
});
