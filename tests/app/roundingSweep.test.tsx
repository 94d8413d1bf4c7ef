import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PartnerChart } from '../../src/features/charts/PartnerChart';
import { Headline } from '../../src/features/headline/Headline';
import { formatMoney, formatPercent, formatYears } from '../../src/lib/format';
import { partnerText, rowText } from '../../src/features/workshop/compareTables';
import { buildCompareFigures, buildComparePartners } from '../../src/features/workshop/compareRows';
import { partnerTable, workbookSheets } from '../../src/features/workshop/exports';
import { tableHead, tableValues } from '../../src/ui/tableSpec';
import { PrintSummary } from '../../src/features/workshop/PrintSummary';
import { defaultSettings, evaluate, type Settings } from '../../src/model';
import { resetStore, useSettingsStore } from '../../src/state';
import { appData, renderWithData } from '../helpers';

/**
 * One rounding rule per kind of figure: for one set of settings away from the report's, every
 * place a figure appears (headline, partner chart table, comparison, CSV and Excel export rows,
 * print summary) gives it as the one rule does (formatMoney, formatPercent, formatYears).
 */
const app = appData();
const settings: Settings = { ...defaultSettings(), leakage: 0.2, delay: 1, scale: 0.8, scenario: 0.6 };
const base = defaultSettings();
const results = evaluate(app.data, settings);
const baseline = evaluate(app.data, base);
const t = results.total;
/** The text a cell shows (not what a screen reader hears besides). */
const shown = (cell: Element) => ((cell.querySelector('[aria-hidden]') ?? cell).textContent ?? '').trim();
const rowCells = (table: HTMLElement, name: string) => within(within(table).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell').map(shown);

beforeEach(() => {
  act(() => resetStore());
  act(() => useSettingsStore.getState().setSettings(settings));
});

describe('one rounding rule: every place a figure appears', () => {
  it('gives the net benefit, annual figure, break-evens and partner figures alike everywhere', async () => {
    const expected = {
      npv: formatMoney(t.npv.toNumber()),
      annual: formatMoney(t.annualNet.toNumber()),
      leakage: formatPercent(t.switching.leakage),
      delay: formatYears(t.switching.delay),
      dhNpv: formatMoney(t.partners.DH!.npv.toNumber()),
      dhAnnual: formatMoney(t.partners.DH!.annual.toNumber()),
    };

    // Headline.
    renderWithData(<Headline />, app);
    const card = (id: string) => document.querySelector(`[data-figure="${id}"] .figure-value`)!.textContent;
    expect([card('npv'), card('annual'), card('leakageHeadroom'), card('delayHeadroom')]).toEqual([expected.npv, expected.annual, expected.leakage, expected.delay]);

    // The partner chart's table.
    const user = userEvent.setup();
    renderWithData(<PartnerChart data={app.data} results={results} settings={settings} animate={false} />, app);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const partners = screen.getByRole('table', { name: /Net benefit by partner over/ });
    expect(rowCells(partners, 'Department of Health').slice(0, 3)).toEqual([expected.dhNpv, expect.any(String), expected.dhAnnual]);
    expect([rowCells(partners, 'Total')[0], rowCells(partners, 'Total')[2]]).toEqual([expected.npv, expected.annual]);

    // The print summary.
    renderWithData(<PrintSummary />, app);
    const print = screen.getByRole('table', { name: /Who gets the savings, with the change/ });
    expect([rowCells(print, 'Department of Health')[0], rowCells(print, 'Department of Health')[2]]).toEqual([expected.dhNpv, expected.dhAnnual]);

    // The comparison, current against the report base.
    const figures = Object.fromEntries(buildCompareFigures(results, baseline, settings, base).map((r) => [r.id, rowText(r, 'a-b').a]));
    expect([figures.npv, figures.annual, figures.leakage, figures.delay]).toEqual([expected.npv, expected.annual, expected.leakage, expected.delay]);
    const dh = buildComparePartners(results, baseline, settings, base, app.data).find((p) => p.key === 'DH')!;
    expect([partnerText(dh).npv.a, partnerText(dh).annual.a]).toEqual([expected.dhNpv, expected.dhAnnual]);

    // The exports hold unrounded numbers for spreadsheets; under the one rule they read the same.
    const csv = partnerTable(results, app.data, settings);
    const dhRow = tableValues(csv).find((r) => r[0] === 'Department of Health')!;
    const col = (head: RegExp) => tableHead(csv).findIndex((h) => head.test(h));
    expect(formatMoney(dhRow[col(/^Net benefit over 5 years/)] as number)).toBe(expected.dhNpv);
    expect(formatMoney(dhRow[col(/^Annual net benefit/)] as number)).toBe(expected.dhAnnual);
    const sheet = workbookSheets(results, app.data, settings, 'link', new Date(0)).find((s) => s.name === 'Partners')!;
    const dhSheet = sheet.rows.find((r) => r[0]?.value === 'Department of Health')!;
    expect(formatMoney(dhSheet[col(/^Net benefit over 5 years/)]!.value as number)).toBe(expected.dhNpv);
  });
});
