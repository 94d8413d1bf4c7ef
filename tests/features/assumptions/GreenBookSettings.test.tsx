import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AssumptionsPanel } from '../../../src/features/assumptions/AssumptionsPanel';
import { parseSettings, serialiseSettings } from '../../../src/model';
import { resetStore, selectResults, useSettingsStore } from '../../../src/state';
import { loadData, renderWithData } from '../../helpers';

const store = () => useSettingsStore.getState();
const data = loadData();

describe('the Green Book adjustments panel', () => {
  beforeEach(() => act(() => resetStore()));

  it('moves each adjustment through the settings and so into the link', () => {
    renderWithData(<AssumptionsPanel />);
    const box = screen.getByRole('spinbutton', { name: 'Deadweight, exact value in per cent' });
    fireEvent.change(box, { target: { value: '20' } });
    fireEvent.blur(box);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Optimism bias on costs, exact value in per cent' }), { target: { value: '50' } });
    expect(store().settings.deadweight).toBe(0.2);
    expect(store().settings.obCost).toBe(0.5);
    expect(serialiseSettings(store().settings)).toBe('deadweight=20&ob.cost=50&v=1');
  });

  it('says how many adjustments are set, and shows the drop-off only under decay', () => {
    act(() => store().loadFromQuery('deadweight=10&after5=hold'));
    renderWithData(<AssumptionsPanel />);
    const details = document.querySelector<HTMLElement>('[data-group="green-book"]')!;
    expect(within(details).getByText('Green Book adjustments (2 set)')).toBeTruthy();
    expect(within(details).queryByRole('spinbutton', { name: /Drop-off/ })).toBeNull();
    fireEvent.click(within(details).getByLabelText('Benefits fall back from their year-5 level each year'));
    expect(store().settings.after5).toBe('decay');
    expect(within(details).getByRole('spinbutton', { name: 'Drop-off after year 5, exact value in per cent' })).toBeTruthy();
  });

  it('lists where each adjustment takes the net benefit to zero, from the model', () => {
    act(() => store().loadFromQuery('leakage=20&ob.cost=10'));
    renderWithData(<AssumptionsPanel />);
    const table = document.querySelector<HTMLElement>('[data-table="break-even-adjustments"]')!;
    const switching = selectResults(data, parseSettings('leakage=20&ob.cost=10').settings).total.switching;
    const cell = (id: string) => table.querySelector(`[data-adjustment="${id}"] td`)!;
    expect(Number(cell('deadweight').getAttribute('data-value'))).toBe(switching.deadweight);
    expect(Number(cell('obCost').getAttribute('data-value'))).toBe(switching.obCost);
    expect(cell('obCost').textContent).toMatch(/^\d+%$/);
  });

  it('sets both optimism biases from the strength of the evidence, and names the band they match', () => {
    renderWithData(<AssumptionsPanel />);
    const band = screen.getByLabelText<HTMLSelectElement>('Set optimism bias from the strength of the evidence');
    expect(band.value).toBe('');
    fireEvent.change(band, { target: { value: 'weak' } });
    expect(store().settings.obCost).toBe(0.4);
    expect(store().settings.obBenefit).toBe(0.3);
    expect(band.value).toBe('weak');
    act(() => store().setNumeric('obCost', 45));
    expect(band.value).toBe('');
  });

  it('keeps a price-base label only when it is a financial year, and says so', () => {
    renderWithData(<AssumptionsPanel />);
    const label = screen.getByLabelText('Price base label (a financial year, such as 2025-26)');
    fireEvent.change(label, { target: { value: '2025-2' } });
    expect(store().settings.pricebase).toBe('');
    expect(screen.getByText('Write a financial year such as 2025-26.')).toBeTruthy();
    fireEvent.blur(label);
    expect(screen.getByText('“2025-2” is not a financial year, so the label stays empty.')).toBeTruthy();
    fireEvent.change(label, { target: { value: '2025-26' } });
    expect(store().settings.pricebase).toBe('2025-26');
  });
});
