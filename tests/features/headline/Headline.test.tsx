import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/lib/format';
import { Headline } from '../../../src/features/headline/Headline';
import { defaultSettings, evaluate } from '../../../src/model';
import { resetStore, useSettingsStore } from '../../../src/state';
import { loadData, renderWithData } from '../../helpers';

const data = loadData();

beforeEach(() => resetStore());

const card = (label: string) => screen.getByText(label, { selector: 'dt' }).closest('.figure-card') as HTMLElement;
const openExplanation = async (label: string) => {
  await userEvent.click(within(card(label)).getByRole('button', { name: /^How is this worked out\?/ }));
  return within(card(label)).getByRole('dialog', { hidden: true });
};

describe('How is this worked out?', () => {
  it('has a button on every headline figure', () => {
    renderWithData(<Headline />);
    expect(screen.getAllByRole('button', { name: /^How is this worked out\?/ })).toHaveLength(6);
  });

  it('opens a waterfall that ends on the headline figure, with a table of the same numbers', async () => {
    renderWithData(<Headline />);
    const dialog = await openExplanation('5-year net benefit');
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('heading', { name: 'How the 5-year net benefit is worked out' })).toBeInTheDocument();
    const value = within(card('5-year net benefit')).getAllByRole('definition')[0]!.textContent;
    expect(value).toBe('£20.6bn');
    const steps = dialog.querySelectorAll('.waterfall-step');
    expect(steps).toHaveLength(8);
    expect(steps[steps.length - 1]!.querySelector('.waterfall-value')!.textContent).toBe(value);
    const table = within(dialog).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows.at(-1)!.textContent).toContain(value);
    expect(within(dialog).getByText(/Shown in the headline/).textContent).toContain(value);
  });

  it('follows the settings', async () => {
    renderWithData(<Headline />);
    act(() => useSettingsStore.getState().setSettings({ ...defaultSettings(), leakage: 0.3 }));
    const dialog = await openExplanation('5-year net benefit');
    const expected = formatMoney(evaluate(data, { ...defaultSettings(), leakage: 0.3 }).total.npv.toNumber());
    const steps = dialog.querySelectorAll('.waterfall-step');
    expect(steps[steps.length - 1]!.querySelector('.waterfall-value')!.textContent).toBe(expected);
    expect(within(dialog).getAllByText('Leakage 30%').length).toBeGreaterThan(0);
  });

  it('shows worked explanations for the other figures', async () => {
    renderWithData(<Headline />);
    const annual = await openExplanation('Annual net benefit');
    expect(within(annual).getByRole('heading', { name: 'How the annual net benefit is worked out' })).toBeInTheDocument();
    expect(annual.querySelectorAll('.waterfall-step')).toHaveLength(6);
    await userEvent.click(within(annual).getByRole('button', { name: /Close/ }));
    const leak = await openExplanation('Break-even leakage');
    expect(within(leak).getByText(/of the benefits can be lost before the net benefit falls to zero/)).toBeInTheDocument();
    await userEvent.click(within(leak).getByRole('button', { name: /Close/ }));
    const delay = await openExplanation('Break-even delay');
    expect(within(delay).getByText(/of the way through that year/)).toBeInTheDocument();
  });

  it('closes with the Close button and gives focus back to the button that opened it', async () => {
    renderWithData(<Headline />);
    const dialog = await openExplanation('Pays back in');
    await userEvent.click(within(dialog).getByRole('button', { name: /Close/ }));
    expect(dialog).not.toHaveAttribute('open');
    expect(within(dialog).queryByRole('table', { hidden: true })).toBeNull();
    expect(document.activeElement).toBe(within(card('Pays back in')).getByRole('button', { name: /How is this worked out/ }));
  });

  it('shows the source of each input on keyboard focus, and Escape hides it', async () => {
    renderWithData(<Headline />);
    const dialog = await openExplanation('Share of spend saved');
    const value = within(dialog).getAllByText('£56.7bn').find((el) => el.classList.contains('sourced-value'))!;
    const tip = document.getElementById(value.getAttribute('aria-describedby')!)!;
    expect(tip).not.toBeVisible();
    act(() => value.focus());
    expect(tip).toBeVisible();
    expect(tip.textContent).toMatch(/^Source: EY 2013, 6\.1/);
    expect(value).toHaveAccessibleDescription(/EY 2013, 6\.1/);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(tip).not.toBeVisible();
  });
});
