import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BenefitProfileChart } from '../../../src/features/charts/BenefitProfileChart';
import { PartnerChart } from '../../../src/features/charts/PartnerChart';
import { SensitivityChart } from '../../../src/features/charts/SensitivityChart';
import { formatMoney, formatPercent, lowerFirst, moneyDifference } from '../../../src/lib/format';
import { defaultSettings, evaluate, type Settings } from '../../../src/model';
import { AppDataContext, resetStore } from '../../../src/state';
import { LEAVE_ONE_OUT } from '../../../src/lib/lensWords';
import { buildExplanation } from '../../../src/features/method/explain';
import { appData, renderWithData } from '../../helpers';

const app = appData();
const run = (patch: Partial<Settings> = {}) => {
  const settings = { ...defaultSettings(), ...patch };
  return { settings, results: evaluate(app.data, settings) };
};

beforeEach(() => resetStore());

describe('BenefitProfileChart', () => {
  it('has an accessible name and summary and draws an SVG', () => {
    const { settings, results } = run();
    const { container } = renderWithData(<BenefitProfileChart data={app.data} golden={app.golden} results={results} settings={settings} animate={false} />, app);
    expect(screen.getByRole('figure', { name: 'Benefit profile' })).toBeInTheDocument();
    const img = screen.getByRole('img', { name: /Bar chart of net benefit each year from 2012-13 to 2016-17/ });
    expect(img).toHaveAccessibleName(new RegExp(`running total reaches ${formatMoney(results.total.npv.toNumber())}`));
    expect(img).toHaveAccessibleName(/published yearly totals/);
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
  });

  it('shows a table with the same numbers, and the published column at the report base', async () => {
    const user = userEvent.setup();
    const { settings, results } = run();
    renderWithData(<BenefitProfileChart data={app.data} golden={app.golden} results={results} settings={settings} animate={false} />, app);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: /Net benefit each year by theme/ });
    expect(within(table).getByRole('columnheader', { name: 'Published (EY 2013)' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    const first = within(rows[0]!);
    expect(first.getByRole('rowheader')).toHaveTextContent('2012-13');
    const cells = first.getAllByRole('cell').map((c) => c.textContent);
    const hsc = results.themes.hsc!.yearly[0]!.netDiscounted.toNumber();
    expect(cells).toEqual([
      formatMoney(hsc, { unit: 'bn', digits: 2 }),
      formatMoney(results.themes.fcn!.yearly[0]!.netDiscounted.toNumber(), { unit: 'bn', digits: 2 }),
      formatMoney(results.themes.ws!.yearly[0]!.netDiscounted.toNumber(), { unit: 'bn', digits: 2 }),
      formatMoney(results.total.yearly[0]!.netDiscounted.toNumber(), { unit: 'bn', digits: 2 }),
      formatMoney(results.total.yearly[0]!.cumulativeDiscounted.toNumber(), { unit: 'bn', digits: 2 }),
      '£2.4bn',
    ]);
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('drops the published overlay once the settings move away from the report', async () => {
    const user = userEvent.setup();
    const { settings, results } = run({ leakage: 0.1 });
    renderWithData(<BenefitProfileChart data={app.data} golden={app.golden} results={results} settings={settings} animate={false} />, app);
    expect(screen.getByRole('img')).not.toHaveAccessibleName(/published/);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    expect(screen.queryByRole('columnheader', { name: 'Published (EY 2013)' })).toBeNull();
  });

  it('shows the prudent published figures at the report prudent settings', () => {
    const { settings, results } = run({ scenario: 0 });
    renderWithData(<BenefitProfileChart data={app.data} golden={app.golden} results={results} settings={settings} animate={false} />, app);
    expect(screen.getByText(/report’s own yearly total for its prudent scenario/)).toBeInTheDocument();
  });
});

describe('PartnerChart', () => {
  it('names every partner: over the horizon by default, then a year and % of budget', async () => {
    const user = userEvent.setup();
    const { settings, results } = run();
    renderWithData(<PartnerChart data={app.data} results={results} settings={settings} animate={false} />, app);
    const dh = results.total.partners.DH!;
    expect(screen.getByRole('img', { name: /each partner’s 5-year net benefit, with the report base beside it/ })).toHaveAccessibleName(
      new RegExp(`Department of Health ${formatMoney(dh.npv.toNumber())}`),
    );
    await user.click(screen.getByRole('radio', { name: '£bn a year' }));
    expect(screen.getByRole('img', { name: /each partner’s annual net benefit/ })).toHaveAccessibleName(new RegExp(`Department of Health ${formatMoney(dh.annual.toNumber())}`));
    await user.click(screen.getByRole('radio', { name: '% of budget' }));
    expect(screen.getByRole('img', { name: /share of each department’s budget/ })).toHaveAccessibleName(new RegExp(`Department of Health ${formatPercent(dh.pctOfBudget)}`));
  });

  it('changes with the delay: ?leakage=20 against ?leakage=20&delay=1, figures and change from the report base', async () => {
    const user = userEvent.setup();
    const names: string[] = [];
    const tables: string[] = [];
    for (const patch of [{ leakage: 0.2 }, { leakage: 0.2, delay: 1 }]) {
      const { settings, results } = run(patch);
      const { unmount } = renderWithData(<PartnerChart data={app.data} results={results} settings={settings} animate={false} />, app);
      const img = screen.getByRole('img', { name: /Bar chart/ });
      names.push(img.getAttribute('aria-label')!);
      // The change from the report base is in the chart's words and its category labels.
      const base = evaluate(app.data, defaultSettings()).total.partners.DH!.npv.toNumber();
      const change = moneyDifference(results.total.partners.DH!.npv.toNumber(), base);
      expect(img).toHaveAccessibleName(new RegExp(`Department of Health ${formatMoney(results.total.partners.DH!.npv.toNumber())} \\(${change.words} on the report base\\)`));
      expect(img.textContent).toContain(`${formatMoney(results.total.partners.DH!.npv.toNumber())} ${change.text}`);
      await user.click(screen.getByRole('button', { name: 'Show table' }));
      const table = screen.getByRole('table', { name: /Net benefit by partner over 5 years/ });
      const row = within(table).getByRole('rowheader', { name: 'Department of Health' }).closest('tr') as HTMLElement;
      expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(change.words);
      tables.push(row.textContent!);
      unmount();
      resetStore();
    }
    expect(names[1]).not.toBe(names[0]);
    expect(tables[1]).not.toBe(tables[0]);
  });

  it('has a table with both figures, their change from the report base, ranges and budgets', async () => {
    const user = userEvent.setup();
    const { settings, results } = run();
    renderWithData(<PartnerChart data={app.data} results={results} settings={settings} animate={false} />, app);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: /Net benefit by partner over 5 years and a year once fully running/ });
    const dh = within(table).getByRole('rowheader', { name: 'Department of Health' }).closest('tr') as HTMLElement;
    const cells = within(dh).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(formatMoney(results.total.partners.DH!.npv.toNumber()));
    expect(cells[1]).toHaveTextContent('no change');
    expect(cells[2]).toHaveTextContent(formatMoney(results.total.partners.DH!.annual.toNumber()));
    expect(dh).toHaveTextContent('(DEL)');
    expect(dh).toHaveTextContent(/to/);
  });

  it('ends the table with the total, and says so when the rounded shares miss 100%', async () => {
    const user = userEvent.setup();
    const cases: Partial<Settings>[] = [{}, { leakage: 0.3 }, { scenario: 0 }, { scenario: 0.37 }, { lens: { kind: 'lead', partner: 'DH' } }, { lens: { kind: 'exclude', partner: 'DWP' } }];
    let notes = 0;
    for (const patch of cases) {
      const { settings, results } = run(patch);
      const { unmount } = renderWithData(<PartnerChart data={app.data} results={results} settings={settings} animate={false} />, app);
      await user.click(screen.getByRole('button', { name: 'Show table' }));
      const table = screen.getByRole('table', { name: /Net benefit by partner/ });
      const total = within(table).getByRole('rowheader', { name: 'Total' }).closest('tr') as HTMLElement;
      const cells = within(total).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(formatMoney(results.total.npv.toNumber()));
      expect(cells[2]).toHaveTextContent(formatMoney(results.total.annualNet.toNumber()));
      expect(cells[4]).toHaveTextContent('100%');
      const shown = within(table)
        .getAllByRole('row')
        .filter((row) => row.parentElement?.tagName === 'TBODY')
        .map((row) => Number(within(row).getAllByRole('cell')[4]!.textContent!.replace('%', '').replace('−', '-')));
      const adds = Math.round(shown.reduce((a, b) => a + b, 0) * 10) === 1000;
      expect(table.textContent!.includes('do not add to exactly 100%')).toBe(!adds);
      // The table keeps its name while the figures move.
      expect(table).toHaveAccessibleName(/^Net benefit by partner over 5 years and a year once fully running, with the change from the report base$/);
      if (!adds) notes++;
      unmount();
      resetStore();
    }
    // At least one of these cases shows the rounding note, so both branches are checked.
    expect(notes).toBeGreaterThan(0);
  });

  it('draws the whiskers without a transition, whether or not the bars animate', () => {
    const first = run();
    const { container, rerender } = renderWithData(<PartnerChart data={app.data} results={first.results} settings={first.settings} animate={false} />, app);
    const next = run({ leakage: 0.2 });
    // A finished change after slider steps: the bars animate, the whiskers stay drawn.
    rerender(
      <AppDataContext.Provider value={app}>
        <PartnerChart data={app.data} results={next.results} settings={next.settings} animate />
      </AppDataContext.Provider>,
    );
    const whiskers = [...container.querySelectorAll<SVGElement>('.recharts-errorBar line')];
    expect(whiskers.length).toBeGreaterThan(0);
    // Drawn at full length at once: a moving slider redraws the chart at every step, and a
    // transition restarted there would run in every frame.
    for (const line of whiskers) expect(line.getAttribute('style') ?? '').not.toMatch(/scaleX\(0\)|transition/);
  });

  it('explains the lens instead of whiskers when one partner acts alone', () => {
    const { settings, results } = run({ lens: { kind: 'lead', partner: 'DH' } });
    renderWithData(<PartnerChart data={app.data} results={results} settings={settings} animate={false} />, app);
    expect(screen.getByText(/Department of Health acts alone/)).toBeInTheDocument();
  });

  it('describes leaving one partner out in the one wording', () => {
    const { settings, results } = run({ lens: { kind: 'exclude', partner: 'DWP' } });
    renderWithData(<PartnerChart data={app.data} results={results} settings={settings} animate={false} />, app);
    expect(screen.getByText(new RegExp(`Department for Work and Pensions is left out: ${lowerFirst(LEAVE_ONE_OUT).replace(/[.()]/g, '\\$&')}`))).toBeInTheDocument();
  });
});

describe('SensitivityChart', () => {
  it('names the zero crossings and the current setting', async () => {
    const user = userEvent.setup();
    const { settings, results } = run({ leakage: 0.2 });
    renderWithData(<SensitivityChart data={app.data} results={results} settings={settings} animate={false} />, app);
    const img = screen.getByRole('img');
    expect(img).toHaveAccessibleName(new RegExp(`reaches zero at ${formatPercent(results.total.switching.leakage, 0)}`));
    expect(img).toHaveAccessibleName(/The current setting is 20%/);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    expect(screen.getByRole('table', { name: /by leakage/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /by delay/ })).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader', { name: '100%' })).toHaveLength(1);
  });

  it('gives the same cost of a delay as “How is this worked out?”', () => {
    const { settings, results } = run({ leakage: 0.2, delay: 1 });
    renderWithData(<SensitivityChart data={app.data} results={results} settings={settings} animate={false} />, app);
    const step = buildExplanation('npv', app.data, settings, results).waterfall!.bars.find((b) => b.id === 'delay')!;
    expect(step.valueText).toMatch(/^−£/);
    const said = screen.getByText(/^Your delay of 1 year costs/);
    expect(said.textContent).toContain(`costs ${step.valueText.slice(1)} of the 5-year net benefit`);
  });

  it('says when the net benefit never reaches zero', () => {
    const { settings, results } = run({ scenario: 0, leakage: 0.9 });
    renderWithData(<SensitivityChart data={app.data} results={results} settings={settings} animate={false} />, app);
    expect(screen.getByRole('img')).toHaveAccessibleName(/does not reach zero/);
  });
});
