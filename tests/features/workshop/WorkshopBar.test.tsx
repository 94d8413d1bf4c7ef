import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Explorer } from '../../../src/app/Explorer';
import { WorkshopBar } from '../../../src/features/workshop/WorkshopBar';
import { useSettingsStore } from '../../../src/state';
import { SAVED_KEY } from '../../../src/state/saved';
import { renderWithData } from '../../helpers';
import { freshWorkshopEachTest } from './freshWorkshop';

const renderApp = () =>
  renderWithData(
    <>
      <WorkshopBar />
      <Explorer syncUrl={false} />
    </>,
  );

// The whole explorer renders in jsdom here, which is slow; give each journey time.
vi.setConfig({ testTimeout: 30_000 });

freshWorkshopEachTest();

describe('presenter mode', () => {
  it('toggles with the button and the P key, and Escape leaves', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Presenter mode' }));
    expect(document.documentElement).toHaveAttribute('data-presenter');
    expect(screen.getByRole('button', { name: 'Leave presenter mode' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    expect(document.documentElement).not.toHaveAttribute('data-presenter');
    await user.keyboard('p');
    expect(document.documentElement).toHaveAttribute('data-presenter');
  });

  it('applies presets with number keys, resets with R and opens the comparison with C', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('p2');
    expect(useSettingsStore.getState().settings.scenario).toBe(0);
    expect(screen.getByText('Preset: Report prudent.')).toBeInTheDocument();
    await user.keyboard('5');
    expect(useSettingsStore.getState().settings.leakage).toBe(0.5);
    await user.keyboard('r');
    expect(useSettingsStore.getState().settings.leakage).toBe(0);
    await user.keyboard('c');
    expect(await screen.findByRole('heading', { name: 'Compare scenarios' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('ignores the keys while typing in a box', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('p');
    await user.click(screen.getByRole('button', { name: 'Saved scenarios' }));
    const box = screen.getByLabelText('Name for the current settings');
    await user.type(box, '2 r c');
    expect(box).toHaveValue('2 r c');
    expect(useSettingsStore.getState().settings.scenario).toBe(1);
    expect(screen.queryByRole('heading', { name: 'Compare scenarios' })).not.toBeInTheDocument();
  });
});

describe('saved scenarios', () => {
  it('saves, lists, renames and deletes with undo, keeping them in localStorage', async () => {
    const user = userEvent.setup();
    useSettingsStore.getState().loadFromQuery('leakage=25');
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Saved scenarios' }));
    await user.click(screen.getByRole('button', { name: 'Save current settings' }));
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name for the current settings'), 'Quarter leak');
    await user.click(screen.getByRole('button', { name: 'Save current settings' }));
    expect(screen.getByText('Saved “Quarter leak”.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Your saved scenarios' });
    expect(within(list).getByRole('heading', { name: 'Quarter leak' })).toBeInTheDocument();
    expect(within(list).getByText(/Leakage 25%/)).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(SAVED_KEY) ?? '{}')).toMatchObject({ schema: 1, scenarios: [{ name: 'Quarter leak', query: 'leakage=25&v=1' }] });

    await user.click(screen.getByRole('button', { name: 'Rename “Quarter leak”' }));
    const rename = screen.getByLabelText('New name for “Quarter leak”');
    await user.clear(rename);
    await user.type(rename, 'Q{Enter}');
    expect(within(list).getByRole('heading', { name: 'Q' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete “Q”' }));
    expect(screen.queryByRole('list', { name: 'Your saved scenarios' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('heading', { name: 'Q' })).toBeInTheDocument();

    act(() => useSettingsStore.getState().resetAll());
    await user.click(screen.getByRole('button', { name: 'Load “Q”' }));
    expect(useSettingsStore.getState().settings.leakage).toBe(0.25);
  });

  it('shows a notice with a download button when stored data cannot be read', () => {
    window.localStorage.setItem(SAVED_KEY, 'not json');
    renderApp();
    expect(screen.getByText(/could not be read because the stored data is damaged/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the set-aside data' })).toBeInTheDocument();
    expect(Object.keys(window.localStorage).some((k) => k.startsWith('community-budgets-explorer:set-aside:'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });
});

describe('comparison', () => {
  it('shows two runs side by side with the difference', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await user.selectOptions(screen.getByLabelText('First scenario (A)'), 'preset:prudent');
    await user.selectOptions(screen.getByLabelText('Second scenario (B)'), 'preset:base');
    const table = screen.getByRole('table', { name: /Headline figures side by side/ });
    const row = within(table).getByRole('row', { name: /Annual net benefit/ });
    // Neither side is the current settings: A minus B, prudent below base.
    expect(within(table).getByRole('columnheader', { name: 'Difference (A − B)' })).toBeInTheDocument();
    expect(row).toHaveTextContent(/▼ £\d/);
    expect(screen.getByRole('table', { name: /Net benefit by partner, A and B/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Swap A and B' }));
    expect(within(screen.getByRole('table', { name: /Headline figures side by side/ })).getByRole('row', { name: /Annual net benefit/ })).toHaveTextContent(/▲ £\d/);
    // With the current settings as B, the difference reads current minus the other, as the headline does.
    await user.selectOptions(screen.getByLabelText('Second scenario (B)'), 'current');
    expect(within(screen.getByRole('table', { name: /Headline figures side by side/ })).getByRole('columnheader', { name: 'Difference (B − A)' })).toBeInTheDocument();
  });
});
