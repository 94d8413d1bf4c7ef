import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from '../../../src/lib/format';
import { LocalAreaSection } from '../../../src/features/local/LocalAreaSection';
import { evaluate, localArea, parseSettings, serialiseSettings } from '../../../src/model';
import { resetStore, useSettingsStore } from '../../../src/state';
import { resetUiStore } from '../../../src/state/ui';
import { appData, renderWithData } from '../../helpers';

const app = appData();

beforeEach(() => {
  resetStore();
  resetUiStore();
});

const expectedFor = (query: string) => {
  const s = parseSettings(query).settings;
  return localArea(app.data, s, evaluate(app.data, s))!;
};

describe('LocalAreaSection', () => {
  it('offers the four pilots and your own area, and shows nothing local for England', () => {
    renderWithData(<LocalAreaSection />, app);
    const select = screen.getByRole('combobox', { name: 'Area' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'England as a whole (no area)',
      'Tri-borough (Hammersmith & Fulham, Kensington & Chelsea, Westminster)',
      'Greater Manchester',
      'Essex',
      'West Cheshire',
      'Your own area',
    ]);
    expect(screen.queryByText(/5-year net benefit$/)).toBeNull();
  });

  it('shows Greater Manchester scaled by its cohort, the local/central split and the cost rule', async () => {
    const user = userEvent.setup();
    renderWithData(<LocalAreaSection />, app);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'manchester');
    expect(serialiseSettings(useSettingsStore.getState().settings)).toBe('area=manchester&v=1');
    const expected = expectedFor('area=manchester');
    expect(screen.getByText('Greater Manchester: 5-year net benefit').nextElementSibling).toHaveTextContent(formatMoney(expected.npv.toNumber(), { unit: 'm' }));
    expect(screen.getByText('Share of the benefit in the local government budget').nextElementSibling).toHaveTextContent(formatPercent(expected.localShare, 0));
    const table = screen.getByRole('table', { name: /Greater Manchester: how each theme is scaled/ });
    expect(within(table).getAllByText('troubled-families cohort share')).toHaveLength(3);
    expect(screen.getByText(/under a fifth of the savings would fall to local government \(EY 2013, 6.1\)/)).toBeInTheDocument();
    expect(screen.getByText(/Assuming local government pays all the local costs/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Local government pays in proportion to its share of the benefit' }));
    expect(useSettingsStore.getState().settings.local?.costRule).toBe('share');
    expect(screen.getByText(/Assuming local government pays costs in proportion/)).toBeInTheDocument();
  });

  it('takes your own area’s cohort, population and spend, and flags bad entries', async () => {
    const user = userEvent.setup();
    renderWithData(<LocalAreaSection />, app);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'custom');
    expect(screen.getByText(/Enter your area’s troubled-families cohort/)).toBeInTheDocument();
    // Nothing entered yet: no payback year to give, rather than "not within 5 years".
    expect(screen.getByText(/Nothing to work out until the area’s figures are entered above/)).toBeInTheDocument();
    expect(screen.queryByText('Not within 5 years')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Troubled-families cohort (families)' }), '1200');
    await user.type(screen.getByRole('textbox', { name: 'Share of England’s population (%)' }), '2');
    await user.type(screen.getByRole('textbox', { name: 'Health and social care' }), '1.5');
    await user.tab();
    expect(serialiseSettings(useSettingsStore.getState().settings)).toBe('area=custom&cohort=1200&pop=2&spend.hsc=1.5&v=1');
    const expected = expectedFor('area=custom&cohort=1200&pop=2&spend.hsc=1.5');
    expect(screen.getByText('Your area: 5-year net benefit').nextElementSibling).toHaveTextContent(formatMoney(expected.npv.toNumber(), { unit: 'm' }));
    const pop = screen.getByRole('textbox', { name: 'Share of England’s population (%)' });
    await user.clear(pop);
    await user.type(pop, '0');
    expect(pop).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a number above 0 and up to 100, or leave it empty.')).toBeInTheDocument();
    await user.tab();
    // Left in the box, the bad entry gives way to the value from before typing (not to the empty
    // box it passed through on the way), and the page says so.
    expect(pop).toHaveValue('2');
    expect(useSettingsStore.getState().settings.local?.population).toBeCloseTo(0.02, 12);
    expect(screen.getByText('“0” is not a number above 0 and up to 100, so it stays at 2.')).toBeInTheDocument();
    await user.clear(pop);
    await user.tab();
    expect(useSettingsStore.getState().settings.local?.population).toBeUndefined();
  });

  it('says when a link names an unknown area', () => {
    useSettingsStore.getState().loadFromQuery('area=atlantis');
    renderWithData(<LocalAreaSection />, app);
    expect(screen.getByText(/“atlantis” is not one of the areas/)).toBeInTheDocument();
  });

  it('explains the method, including the cohort default, in plain English', async () => {
    const user = userEvent.setup();
    renderWithData(<LocalAreaSection />, app);
    await user.click(screen.getByText('How this is worked out'));
    expect(screen.getByText(/If you give nothing else, the cohort share is used/)).toBeInTheDocument();
    expect(screen.getByText(/all the local investment and running costs/)).toBeInTheDocument();
  });
});
