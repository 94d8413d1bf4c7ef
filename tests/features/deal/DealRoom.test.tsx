import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DealRoom } from '../../../src/features/deal/DealRoom';
import { useDealStore, useSavedStore, useSettingsStore } from '../../../src/state';
import { renderWithData } from '../../helpers';
import { freshWorkshopEachTest } from '../workshop/freshWorkshop';

vi.setConfig({ testTimeout: 30_000 });
freshWorkshopEachTest();

const ledgerRow = (partner: string) => document.querySelector(`table[data-table="deal-ledger"] tr[data-partner="${partner}"]`) as HTMLElement;
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the deal room', () => {
  it('shows each partner’s ledger under the report’s rule, and moves it when one partner pays everything', async () => {
    const user = userEvent.setup();
    renderWithData(<DealRoom />);
    // Share rule: local government pays its share (here 25% of the costs).
    expect(cellsOf(ledgerRow('LG'))[0]).toBe('Local');
    const before = cellsOf(ledgerRow('LG'))[3];
    await user.click(screen.getByRole('radio', { name: 'One partner pays every cost' }));
    expect(useSettingsStore.getState().settings.pay).toEqual({ kind: 'lead', partner: 'LG' });
    expect(cellsOf(ledgerRow('LG'))[3]).toBe('100%');
    expect(cellsOf(ledgerRow('LG'))[3]).not.toBe(before);
    expect(cellsOf(ledgerRow('DH'))[2]).toBe('£0m');
    await user.selectOptions(screen.getByLabelText('Partner that pays'), 'DH');
    expect(useSettingsStore.getState().settings.pay).toEqual({ kind: 'lead', partner: 'DH' });
  });

  it('takes agreed shares as typed, says what is left without a payer, and refuses an unusable share', async () => {
    const user = userEvent.setup();
    renderWithData(<DealRoom />);
    await user.click(screen.getByRole('radio', { name: 'Shares the room agrees' }));
    await user.type(screen.getByRole('textbox', { name: 'Department of Health' }), '60');
    await user.type(screen.getByRole('textbox', { name: 'Local government' }), '30');
    expect(useSettingsStore.getState().settings.payShares).toEqual({ DH: 0.6, LG: 0.3 });
    expect(screen.getByText(/The shares add to 90%: 10% of the costs has no payer yet/)).toBeInTheDocument();
    const dwp = screen.getByRole('textbox', { name: 'Department for Work and Pensions' });
    await user.type(dwp, '150');
    await user.tab();
    // Back to the share before the typing, not to "15", the usable part of it.
    expect(useSettingsStore.getState().settings.payShares.DWP).toBeUndefined();
    expect(screen.getByRole('alert')).toHaveTextContent('“150” is not a share from 0 to 100; 0% is kept.');
  });

  it('hides the results while the room predicts, then shows the guesses beside the model', async () => {
    const user = userEvent.setup();
    renderWithData(<DealRoom />);
    await user.click(screen.getByRole('button', { name: 'Hide results for predictions' }));
    expect(document.querySelector('table[data-table="deal-ledger"]')).toBeNull();
    expect(screen.queryByText(/invest-to-save gap/)).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Local government' }), '-1');
    await user.click(screen.getByRole('button', { name: 'Reveal the results' }));
    const predictions = document.querySelector('table[data-table="deal-predictions"]') as HTMLElement;
    expect(within(predictions).getAllByRole('row')).toHaveLength(2);
    expect(within(predictions).getByRole('rowheader')).toHaveTextContent('Local government');
    expect(ledgerRow('LG')).toBeTruthy();
  });

  it('saves proposals as rounds and compares them side by side, four at most', async () => {
    const user = userEvent.setup();
    renderWithData(<DealRoom />);
    await act(async () => useSavedStore.getState().hydrate(window.localStorage));
    for (const kind of ['share', 'benefit', 'breakeven', 'share', 'benefit'] as const) {
      act(() => useSettingsStore.getState().setSettings((s) => ({ ...s, pay: { kind } })));
      await user.click(screen.getByRole('button', { name: 'Save as a round' }));
    }
    expect(useSavedStore.getState().scenarios.map((s) => s.name)).toEqual(['Round 1', 'Round 2', 'Round 3', 'Round 4', 'Round 5']);
    expect(useDealStore.getState().compared).toHaveLength(4);
    const table = document.querySelector('table[data-table="deal-rounds"]') as HTMLElement;
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Partner', 'Round 1', 'Round 2', 'Round 3', 'Round 4']);
    await user.click(screen.getByRole('checkbox', { name: 'Round 5' }));
    expect(screen.getByText('At most 4 rounds side by side: untick one first.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Round 1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Round 5' }));
    expect(useDealStore.getState().compared).toHaveLength(4);
  });
});
