import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatMoney, formatPercent, formatYears } from '../../src/lib/format';
import { Explorer } from '../../src/app/Explorer';
import { defaultSettings, evaluate, type Settings } from '../../src/model';
import { resetStore, useSettingsStore } from '../../src/state';
import { LIVE_PAUSE_MS } from '../../src/state/url';
import { loadData, renderWithData } from '../helpers';

const data = loadData();
const expected = (patch: Partial<Settings>) => evaluate(data, { ...defaultSettings(), ...patch }).total;

/** The value shown in the headline card with this label. */
function figure(label: string | RegExp): string {
  const term = screen.getByText(label, { selector: 'dt' });
  const card = term.closest('.figure-card') as HTMLElement;
  return within(card).getAllByRole('definition')[0]!.textContent ?? '';
}
const comparison = (label: string | RegExp) => {
  const card = screen.getByText(label, { selector: 'dt' }).closest('.figure-card') as HTMLElement;
  return within(card).getAllByRole('definition')[1]!.textContent ?? '';
};

const renderExplorer = () => renderWithData(<Explorer syncUrl={false} />);

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});

describe('headline at the report base', () => {
  it('shows the report’s base figures', () => {
    renderExplorer();
    const t = expected({});
    expect(figure('5-year net benefit')).toBe('£20.6bn');
    expect(figure('5-year net benefit')).toBe(formatMoney(t.npv.toNumber()));
    expect(figure('Annual net benefit')).toBe(formatMoney(t.annualNet.toNumber()));
    expect(figure('Share of spend saved')).toBe(formatPercent(t.pctOfSpend));
    expect(figure('Pays back in')).toBe(t.paybackYear);
    expect(figure('Break-even leakage')).toBe(formatPercent(t.switching.leakage));
    expect(figure('Break-even delay')).toBe(formatYears(t.switching.delay));
    expect(comparison('5-year net benefit')).toContain('Same as report base');
    expect(screen.getByRole('button', { name: /Report base/ })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('driving the controls', () => {
  it('moves the headline with the leakage slider', () => {
    renderExplorer();
    const slider = screen.getByRole('slider', { name: 'Leakage' });
    fireEvent.change(slider, { target: { value: '20' } });
    const t = expected({ leakage: 0.2 });
    expect(figure('5-year net benefit')).toBe(formatMoney(t.npv.toNumber()));
    expect(figure('Annual net benefit')).toBe(formatMoney(t.annualNet.toNumber()));
    const drop = expected({}).npv.minus(t.npv).toNumber();
    expect(comparison('5-year net benefit')).toContain(`▼ ${formatMoney(drop)} vs report base`);
    expect(screen.getByRole('spinbutton', { name: /Leakage, exact value/ })).toHaveValue(20);
    expect(screen.getByRole('button', { name: /Report base/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('takes an exact value typed in the number box', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const box = screen.getByRole('spinbutton', { name: /Delay, exact value in years/ });
    await user.clear(box);
    await user.type(box, '2');
    await user.tab();
    const t = expected({ delay: 2 });
    expect(figure('5-year net benefit')).toBe(formatMoney(t.npv.toNumber()));
    expect(screen.getByRole('slider', { name: 'Delay' })).toHaveValue('2');
    expect(screen.getByRole('button', { name: /Two years late/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('flags an out-of-range number and, on leaving the box, keeps the rate from before typing', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const box = screen.getByRole('spinbutton', { name: /Discount rate/ });
    await user.clear(box);
    await user.type(box, '40');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Enter a number from 0 to 10/)).toBeInTheDocument();
    await user.tab();
    // Not clamped to 10%, nor left at the 4% typed on the way to 40.
    expect(useSettingsStore.getState().settings.rate).toBeCloseTo(0.035, 12);
    expect(screen.getByText('“40” is not a number from 0 to 10, so Discount rate stays at 3.5%.')).toBeInTheDocument();
    expect(figure('5-year net benefit')).toBe(formatMoney(expected({ rate: 0.035 }).npv.toNumber()));
  });

  it('changes the horizon label with the horizon', () => {
    renderExplorer();
    fireEvent.change(screen.getByRole('slider', { name: 'Appraisal horizon' }), { target: { value: '8' } });
    expect(figure('8-year net benefit')).toBe(formatMoney(expected({ horizon: 8 }).npv.toNumber()));
  });

  it('applies presets with one click and marks the active one', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const cases: [RegExp, Partial<Settings>][] = [
      [/Health-led/, { lens: { kind: 'lead', partner: 'DH' } }],
      [/DWP excluded/, { lens: { kind: 'exclude', partner: 'DWP' } }],
      [/Half the benefits leak/, { leakage: 0.5 }],
      [/Two years late/, { delay: 2 }],
      [/Report prudent/, { scenario: 0 }],
      [/Report base/, {}],
    ];
    for (const [name, patch] of cases) {
      await user.click(screen.getByRole('button', { name }));
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
      expect(figure('5-year net benefit')).toBe(formatMoney(expected(patch).npv.toNumber()));
    }
  });

  it('switches themes with the checkboxes and labels the indicative ones', async () => {
    const user = userEvent.setup();
    renderExplorer();
    expect(screen.getByRole('checkbox', { name: /Domestic abuse.*indicative, not aggregated by the common method/ })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Work and skills/ }));
    expect(figure('5-year net benefit')).toBe(formatMoney(expected({ themes: ['hsc', 'fcn'] }).npv.toNumber()));
    await user.click(screen.getByRole('checkbox', { name: /Re-offending/ }));
    expect(figure('Annual net benefit')).toBe(formatMoney(expected({ themes: ['hsc', 'fcn', 'ro'] }).annualNet.toNumber()));
  });

  it('warns when no theme is switched on, and never prints NaN', async () => {
    const user = userEvent.setup();
    renderExplorer();
    for (const name of [/Health and social care/, /Families with complex needs/, /Work and skills/]) await user.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByText(/No themes are switched on, so every figure is zero/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('sets the partner lens with the radio group and the partner select', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const select = screen.getByRole('combobox', { name: 'Partner' });
    expect(select).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Leave one partner out' }));
    expect(select).toBeEnabled();
    await user.selectOptions(select, 'Department for Work and Pensions');
    expect(useSettingsStore.getState().settings.lens).toEqual({ kind: 'exclude', partner: 'DWP' });
    expect(figure('5-year net benefit')).toBe(formatMoney(expected({ lens: { kind: 'exclude', partner: 'DWP' } }).npv.toNumber()));
    await user.click(screen.getByRole('radio', { name: 'One partner acts alone' }));
    expect(figure('Annual net benefit')).toBe(formatMoney(expected({ lens: { kind: 'lead', partner: 'DWP' } }).annualNet.toNumber()));
    await user.click(screen.getByRole('radio', { name: 'All partners together' }));
    expect(figure('5-year net benefit')).toBe('£20.6bn');
  });

  it('resets one control, then everything', async () => {
    const user = userEvent.setup();
    renderExplorer();
    fireEvent.change(screen.getByRole('slider', { name: 'Leakage' }), { target: { value: '30' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Delay' }), { target: { value: '1' } });
    await user.click(screen.getByRole('button', { name: 'Reset Leakage to 0%' }));
    expect(screen.getByRole('slider', { name: 'Leakage' })).toHaveValue('0');
    expect(figure('5-year net benefit')).toBe(formatMoney(expected({ delay: 1 }).npv.toNumber()));
    await user.click(screen.getByRole('button', { name: 'Reset all' }));
    expect(figure('5-year net benefit')).toBe('£20.6bn');
    expect(screen.getByRole('button', { name: 'Reset all' })).toBeDisabled();
  });

  it('gives each theme its own leakage and delay in the advanced section', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByText(/Advanced: leakage and delay for each theme/));
    const slider = screen.getByRole('slider', { name: /Leakage: Health & care/ });
    fireEvent.change(slider, { target: { value: '30' } });
    expect(useSettingsStore.getState().settings.leakageByTheme).toEqual({ hsc: 0.3 });
    expect(figure('5-year net benefit')).toBe(formatMoney(expected({ leakageByTheme: { hsc: 0.3 } }).npv.toNumber()));
    await user.click(screen.getByRole('button', { name: /Reset Leakage: Health & care to the overall leakage/ }));
    expect(useSettingsStore.getState().settings.leakageByTheme).toEqual({});
  });

  it('describes every control with its help text', () => {
    renderExplorer();
    expect(screen.getByRole('slider', { name: 'Discount rate' })).toHaveAccessibleDescription(/HM Treasury Green Book/);
    expect(screen.getByRole('slider', { name: 'Scenario (prudent to base)' })).toHaveAttribute('aria-valuetext', '100% (base)');
    expect(screen.getByText('Prudent')).toBeInTheDocument();
  });
});

describe('headline explanations', () => {
  it('appear on keyboard focus and on hover, and Escape hides them', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const button = screen.getByRole('button', { name: /What does “Break-even leakage” mean/ });
    const pct = formatPercent(expected({}).switching.leakage);
    const words = `Break-even at ${pct} leakage: ${pct.replace('%', '')} percentage points beyond your 0%. At that leakage the 5-year net benefit is zero.`;
    expect(button).toHaveAccessibleDescription(words);
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => button.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent(words);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => button.blur());

    const card = screen.getByText('Break-even delay', { selector: 'dt' }).closest('.figure-card') as HTMLElement;
    fireEvent.mouseEnter(card);
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^Break-even at .* late: .* beyond your 0 years\. With benefits that late the 5-year net benefit is zero\.$/);
    fireEvent.mouseLeave(card);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('ignored link parameters', () => {
  it('are listed with reasons and can be dismissed', async () => {
    const user = userEvent.setup();
    useSettingsStore.getState().loadFromQuery('?leakage=20&colour=blue&scale=150');
    renderExplorer();
    const notice = screen.getByRole('region', { name: 'Part of this link was ignored' });
    expect(within(notice).getByText('colour')).toBeInTheDocument();
    expect(notice).toHaveTextContent('not a setting this app knows');
    expect(notice).toHaveTextContent('150 is outside 0–100%');
    expect(figure('5-year net benefit')).toBe(formatMoney(expected({ leakage: 0.2 }).npv.toNumber()));
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Part of this link was ignored' })).toBeNull();
  });
  it('include an area the data does not know, and England as a whole is shown', () => {
    useSettingsStore.getState().loadFromQuery('?leakage=20&area=narnia');
    renderExplorer();
    const notice = screen.getByRole('region', { name: 'Part of this link was ignored' });
    expect(within(notice).getByText('area')).toBeInTheDocument();
    expect(notice).toHaveTextContent('"narnia" is not one of the areas (triborough, manchester, essex, westcheshire or custom), so England as a whole is shown');
    expect(useSettingsStore.getState().settings).toEqual({ ...defaultSettings(), leakage: 0.2 });
  });
});

describe('address bar', () => {
  it('follows the controls when sync is on', async () => {
    const user = userEvent.setup();
    renderWithData(<Explorer />);
    await user.click(screen.getByRole('button', { name: /Half the benefits leak/ }));
    expect(window.location.search).toBe('?leakage=50&v=1');
    const slider = screen.getByRole('slider', { name: 'Delay' });
    const length = window.history.length;
    fireEvent.input(slider, { target: { value: '1' } });
    fireEvent.input(slider, { target: { value: '2' } });
    // Nothing is written while the steps keep coming; the address catches up at a pause.
    expect(window.location.search).toBe('?leakage=50&v=1');
    await new Promise((r) => setTimeout(r, LIVE_PAUSE_MS + 50));
    expect(window.location.search).toBe('?leakage=50&delay=2&v=1');
    fireEvent.change(slider, { target: { value: '2.5' } });
    // A change without a pointer is a keyboard step: it becomes one history entry after a pause.
    await new Promise((r) => setTimeout(r, 700));
    // The burst is finished (committed), not merely written at its pause.
    expect(useSettingsStore.getState().change.kind).toBe('commit');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toBe('?leakage=50&delay=2.5&v=1');
    vi.restoreAllMocks();
  });
});
