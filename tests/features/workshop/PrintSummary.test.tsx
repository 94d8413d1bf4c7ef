import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PrintSummary } from '../../../src/features/workshop/PrintSummary';
import { formatMoney, moneyDifference } from '../../../src/lib/format';
import { defaultSettings, evaluate } from '../../../src/model';
import { resetStore, useSettingsStore } from '../../../src/state';
import { loadData, renderWithData } from '../../helpers';

const data = loadData();

describe('the print summary’s partner figures', () => {
  beforeEach(() => act(() => resetStore()));

  it('gives each partner’s net benefit over the horizon and a year, each with its change from the report base', () => {
    const settings = { ...defaultSettings(), leakage: 0.2, delay: 1 };
    act(() => useSettingsStore.getState().setSettings(settings));
    renderWithData(<PrintSummary />);
    const table = screen.getByRole('table', { name: 'Who gets the savings, with the change from the report base' });
    const r = evaluate(data, settings).total.partners.DH!;
    const base = evaluate(data, defaultSettings()).total.partners.DH!;
    const cells = within(within(table).getByRole('rowheader', { name: 'Department of Health' }).closest('tr')!).getAllByRole('cell').map((c) => (c.querySelector('[aria-hidden]') ?? c).textContent);
    expect(cells).toEqual([
      formatMoney(r.npv.toNumber()),
      moneyDifference(r.npv.toNumber(), base.npv.toNumber()).text,
      formatMoney(r.annual.toNumber()),
      moneyDifference(r.annual.toNumber(), base.annual.toNumber()).text,
    ]);
    expect(cells[1]).toMatch(/^▼ £/);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(6);
  });
});
