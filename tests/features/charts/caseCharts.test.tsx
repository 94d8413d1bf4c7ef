import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BenefitProfileChart } from '../../../src/features/charts/BenefitProfileChart';
import { PartnerChart } from '../../../src/features/charts/PartnerChart';
import { SensitivityChart } from '../../../src/features/charts/SensitivityChart';
import { PositionChart } from '../../../src/features/deal/DealCharts';
import { buildLedgerRows } from '../../../src/features/deal/dealRows';
import { FanChart, HistogramChart } from '../../../src/features/uncertainty/McCharts';
import { caseModel, readCaseText } from '../../../src/model/caseFile';
import { defaultSettings, evaluate, vocabularyOf, type ModelData } from '../../../src/model';
import { resetStore } from '../../../src/state';
import { OKABE_ITO, PARTNER_COLOURS, REST_GREY, THEME_COLOURS } from '../../../src/ui/palette';
import { appData, readDataFile, renderWithData } from '../../helpers';
import { largeCase } from '../../model/largeCase';

// A place's own case (money in £m) drawn as the national one is: no black bars, no "£0.02bn" twice.

function anytown(): ModelData {
  const doc = readCaseText(readDataFile('cases/example-anytown.json'));
  if (!doc.ok) throw new Error(doc.error);
  const model = caseModel(doc.value);
  if (!model.ok) throw new Error(model.error);
  return model.value;
}
const data = anytown();
const app = { data, golden: [], warnings: [] };
const settings = { ...defaultSettings(), themes: data.themes.map((t) => t.id) };
const results = evaluate(data, settings);
const national = appData();

/** Each money axis's labels, axis by axis (not the years, leakage, delay or the partners' names). */
const moneyAxes = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-cartesian-axis-tick-labels')]
    .map((axis) => [...axis.querySelectorAll('.recharts-cartesian-axis-tick-label')].map((t) => t.textContent ?? ''))
    .filter((labels) => labels.length > 0 && labels.every((l) => /^−?£/.test(l)));
const barFills = (container: HTMLElement, selector = '.recharts-bar-rectangle path, .recharts-bar-rectangle .recharts-rectangle') =>
  [...new Set([...container.querySelectorAll(selector)].map((r) => r.getAttribute('fill')))];

function expectMillionsAxes(container: HTMLElement, least = 1) {
  const axes = moneyAxes(container);
  expect(axes.length).toBeGreaterThanOrEqual(least);
  for (const labels of axes) {
    for (const label of labels) expect(label).toMatch(/^−?£\d[\d,]*(\.\d)?m$/);
    expect(new Set(labels).size).toBe(labels.length);
  }
  return axes;
}
function expectOkabeIto(fills: (string | null)[], count: number) {
  expect(fills).toHaveLength(count);
  for (const fill of fills) expect(OKABE_ITO as readonly (string | null)[]).toContain(fill);
}

beforeEach(() => resetStore());

describe('a place’s own case in the charts', () => {
  it('benefit profile: each theme its own colour, both axes and the table in £m', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<BenefitProfileChart data={data} golden={[]} results={results} settings={settings} animate={false} />, app);
    expectOkabeIto(barFills(container), 3);
    const [left, right] = expectMillionsAxes(container, 2);
    expect(left).toContain('£0m');
    expect(right).toContain('£0m');
    expect(screen.getByRole('img')).toHaveAccessibleName(/running total reaches £13\.6m/);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: /Net benefit each year by theme, £m/ });
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent ?? '');
    for (const cell of cells) expect(cell).toMatch(/^(−?£\d[\d,]*\.\dm|£0m)$/);
  });

  it('partners: each its own colour, DWP its national one, the axis in £m', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<PartnerChart data={data} results={results} settings={settings} animate={false} />, app);
    const fills = [...container.querySelectorAll('.recharts-bar-rectangle')].map((r) => r.querySelector('path')?.getAttribute('fill')).filter((f) => f !== '#e6e6e6');
    expect(fills).toHaveLength(4);
    expect(new Set(fills).size).toBe(4);
    expect(fills.at(-1)).toBe(PARTNER_COLOURS.DWP);
    for (const fill of fills) expect(OKABE_ITO as readonly (string | undefined)[]).toContain(fill);
    expectMillionsAxes(container);
    await user.click(screen.getByRole('radio', { name: '£ a year' }));
    expectMillionsAxes(container);
  });

  it('a large case: the profile stacks seven themes and a grey band for the rest; the whiskers say whose ranges they are', () => {
    const big = largeCase({ themes: 12, years: 6, partners: 4 }, 5);
    const s = { ...defaultSettings(vocabularyOf(big)) };
    const r = evaluate(big, s);
    const bigApp = { data: big, golden: [], warnings: [] };
    const profile = renderWithData(<BenefitProfileChart data={big} golden={[]} results={r} settings={s} animate={false} />, bigApp);
    const fills = barFills(profile.container);
    expect(fills).toHaveLength(8);
    expect(fills).toContain(REST_GREY);
    expect(profile.container.textContent).toContain('Other themes (5)');
    profile.unmount();
    renderWithData(<PartnerChart data={big} results={r} settings={s} animate={false} />, bigApp);
    expect(screen.getByText(/Whiskers show the range the case gives for each partner’s shares/)).toBeInTheDocument();
  });

  it('sensitivity: both value axes in £m', () => {
    const { container } = renderWithData(<SensitivityChart data={data} results={results} settings={settings} animate={false} />, app);
    const axes = expectMillionsAxes(container, 2);
    for (const labels of axes) expect(labels).toContain('£0m');
  });

  it('deal room: each partner’s running total in its colour, on a £m axis', () => {
    const rows = buildLedgerRows(results, data);
    const { container } = renderWithData(<PositionChart rows={rows} horizon={settings.horizon} />, app);
    expectMillionsAxes(container);
    const strokes = [...container.querySelectorAll('.recharts-line-curve')].map((l) => l.getAttribute('stroke'));
    expect(strokes.length).toBeGreaterThan(1);
    expect(new Set(strokes).size).toBe(strokes.length);
    for (const stroke of strokes) expect(OKABE_ITO as readonly (string | null)[]).toContain(stroke);
  });

  it('uncertainty: the fan and the spread on £m axes', () => {
    const fan = ['2025-26', '2026-27', '2027-28'].map((year, i) => {
      const [p10, p25, p50, p75, p90] = [-0.004, -0.001, 0.002, 0.006, 0.012].map((v) => v + i * 0.004) as [number, number, number, number, number];
      return { year, outer: [p10, p90] as [number, number], inner: [p25, p75] as [number, number], p10, p25, p50, p75, p90 };
    });
    const first = renderWithData(<FanChart rows={fan} />, app);
    expectMillionsAxes(first.container);
    first.unmount();
    const bins = [0.005, 0.01, 0.015, 0.02, 0.025].map((from, i) => ({ mid: from + 0.0025, from, to: from + 0.005, count: 10 + i, share: 0.2, gain: true }));
    const { container } = renderWithData(<HistogramChart rows={bins} asSet={0.0136} horizonLabel="5-year net benefit" />, app);
    expectMillionsAxes(container);
  });
});

describe('the national case in the charts, as before', () => {
  it('keeps its colours and its £bn axes', () => {
    const s = defaultSettings();
    const r = evaluate(national.data, s);
    const profile = renderWithData(<BenefitProfileChart data={national.data} golden={national.golden} results={r} settings={s} animate={false} />, national);
    expect(barFills(profile.container)).toEqual(['hsc', 'fcn', 'ws'].map((id) => THEME_COLOURS[id]));
    const axes = moneyAxes(profile.container);
    expect(axes).toHaveLength(2);
    for (const labels of axes) for (const label of labels) expect(label).toMatch(/^−?£\d+bn$/);
    profile.unmount();
    const partners = renderWithData(<PartnerChart data={national.data} results={r} settings={s} animate={false} />, national);
    const fills = [...partners.container.querySelectorAll('.recharts-bar-rectangle')].map((b) => b.querySelector('path')?.getAttribute('fill')).filter((f) => f !== '#e6e6e6');
    expect(fills).toEqual(['DH', 'LG', 'DWP', 'HO', 'MoJ', 'DfE'].map((k) => PARTNER_COLOURS[k]));
  });
});
