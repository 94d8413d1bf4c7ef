import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UncertaintySection } from '../../../src/features/uncertainty/UncertaintySection';
import { parseSettings, runMonteCarlo } from '../../../src/model';
import { resetStore, useSettingsStore } from '../../../src/state';
import { inThreadWorker, resetUncertaintyStore, setWorkerFactory, useUncertaintyStore } from '../../../src/state/uncertainty';
import { formatMoney } from '../../../src/lib/format';
import { appData, renderWithData } from '../../helpers';

const app = appData();
const QUERY = 'seed=7&draws=1000&range.leakage=0-20';

beforeEach(() => {
  resetStore();
  resetUncertaintyStore();
  setWorkerFactory(inThreadWorker);
  useSettingsStore.getState().loadFromQuery(QUERY);
});
afterEach(() => setWorkerFactory(inThreadWorker));

const finished = () => screen.findByText(/^Finished: 1,000 draws \(seed 7\)\.$/, {}, { timeout: 10_000 });

describe('UncertaintySection', () => {
  it('runs the simulation (here on the main thread) and shows the model’s percentiles', async () => {
    const user = userEvent.setup();
    renderWithData(<UncertaintySection />, app);
    expect(screen.getByRole('heading', { level: 2, name: 'How sure can we be?' })).toBeInTheDocument();
    await finished();
    const expected = runMonteCarlo(app.data, parseSettings(QUERY).settings);
    expect(screen.getByText('Median 5-year net benefit').nextElementSibling).toHaveTextContent(formatMoney(expected.npv.p50));
    await user.click(screen.getByRole('button', { name: /Show table for How the 5-year net benefit is spread/ }));
    const table = screen.getByRole('table', { name: /5-year net benefit over 1,000 draws \(seed 7, triangular\)/ });
    const median = within(table).getByRole('rowheader', { name: 'Median (50th percentile)' }).nextElementSibling!;
    expect(median).toHaveTextContent(formatMoney(expected.npv.p50, { unit: 'bn', digits: 2 }));
    expect(screen.getByRole('img', { name: /^Fan chart of the net benefit each year/ })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /^Horizontal bars of how far the 5-year net benefit moves/ })).toBeInTheDocument();
  });

  it('writes its settings into the store (and so the link), and reruns', async () => {
    const user = userEvent.setup();
    renderWithData(<UncertaintySection />, app);
    await finished();
    await user.click(screen.getByRole('radio', { name: 'Uniform' }));
    expect(useSettingsStore.getState().settings.uncertainty?.distribution).toBe('uniform');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Number of draws' }), '10000');
    expect(useSettingsStore.getState().settings.uncertainty?.draws).toBe(10_000);
    const seed = screen.getByRole('textbox', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, 'abc');
    expect(seed).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Enter a whole number from 0 to 4294967295/)).toBeInTheDocument();
    await user.tab();
    // Left in the box, the bad seed gives way to the one in use, and the page says so.
    expect(seed).toHaveValue('7');
    expect(screen.getByText('“abc” is not a whole number from 0 to 4294967295, so the seed stays at 7.')).toBeInTheDocument();
    await user.clear(seed);
    await user.type(seed, '8{Enter}');
    expect(useSettingsStore.getState().settings.uncertainty?.seed).toBe(8);
    await user.click(screen.getByRole('button', { name: 'Clear the leakage range' }));
    expect(useSettingsStore.getState().settings.uncertainty?.ranges).toEqual({});
    // The button goes disabled; focus moves to the range's first slider, not to the page.
    expect(screen.getByRole('slider', { name: 'Lowest leakage range' })).toHaveFocus();
    await screen.findByText(/^Finished: 10,000 draws \(seed 8\)\.$/, {}, { timeout: 25_000 });
  }, 30_000);

  it('labels figures from a run for earlier settings by that run, and marks them, until a new run reports', async () => {
    renderWithData(<UncertaintySection />, app);
    await finished();
    act(() => useSettingsStore.getState().setNumeric('horizon', 10, 'commit'));
    // The 5-year run is still on show: it must not be called the 10-year figure.
    expect(screen.getByText('Median 5-year net benefit')).toBeInTheDocument();
    expect(screen.queryByText('Median 10-year net benefit')).toBeNull();
    expect(screen.getByText(/the first three figures and the charts below are from the settings before/)).toBeInTheDocument();
    expect(screen.getByText('Median 5-year net benefit').closest('dl')).toHaveClass('is-stale');
    expect(await screen.findByText('Median 10-year net benefit', {}, { timeout: 10_000 })).toBeInTheDocument();
    await finished();
    expect(screen.queryByText(/from the settings before/)).toBeNull();
  });

  it('shows an error from the worker in plain words', async () => {
    renderWithData(<UncertaintySection />, app);
    await finished();
    act(() => {
      const { runId } = useUncertaintyStore.getState();
      useUncertaintyStore.getState().receive({ type: 'error', runId, message: 'out of memory' });
    });
    expect(screen.getByText('The simulation stopped: out of memory.')).toBeInTheDocument();
  });

  it('explains the method in plain English', async () => {
    const user = userEvent.setup();
    renderWithData(<UncertaintySection />, app);
    await user.click(screen.getByText('How this is worked out'));
    expect(screen.getByText(/Triangular: values near the current setting/)).toBeInTheDocument();
    expect(screen.getByText(/leakage 0% to 20%/)).toBeInTheDocument();
    expect(screen.getByText(/The ranges are the report’s, not measured probabilities/)).toBeInTheDocument();
    await finished();
  });
});
