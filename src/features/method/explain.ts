/** "How is this worked out?" for each headline figure. Every number comes from the model; this only arranges and formats. */
import type Decimal from 'decimal.js';
import { LINK_SPECS, evaluate, waterfall, type ModelData, type NumericSpec, type Result, type Results, type Settings } from '../../model';
import { formatMoney, formatMoneyColumn, formatNumber, formatPercent, formatPercentColumn, formatYears } from '../../lib/format';
import { lensPhrase } from '../../lib/lensWords';
import type { FigureId } from '../../lib/headlineFigures';
import { inputsBehind, scenarioWords, themeInputRows, themesOn, type InputRow } from './inputRows';
import { layoutWaterfall, type StepInput, type WaterfallLayout } from './waterfallBars';

export interface ExplanationTable {
  caption: string;
  head: string[];
  /** `source`: where the row's figure comes from, shown on hover and focus of its second cell. */
  rows: { cells: string[]; highlight?: boolean; source?: string }[];
}

export interface Explanation {
  title: string;
  intro: string;
  working: string[];
  waterfall?: WaterfallLayout & { label: string };
  table: ExplanationTable;
  inputs: InputRow[];
  notes: string[];
}

const n = (d: Decimal) => d.toNumber();

/** Table rows from columns of text, each column formatted as a whole (one unit, one precision). */
function columnsToRows(...columns: readonly (readonly string[])[]): string[][] {
  return columns[0]!.map((_, i) => columns.map((c) => c[i]!));
}
const settingSource = (key: NumericSpec['key']) => LINK_SPECS[key].source;
/** The price base money is in: the one the user set, else the case's first year (with a factor but no label, "adjusted"). */
const pricesOf = (data: ModelData, s: Settings) => s.pricebase || (s.uprate === 1 ? data.firstYear : `${data.firstYear} × ${formatPercent(s.uprate)}`);

const leakageWords = (s: Settings) =>
  `Leakage ${formatPercent(s.leakage)}${Object.keys(s.leakageByTheme).length ? ', with different values for some themes' : ''}`;

/** Where to read how the values the report never printed were fitted (a heading on the Method page). */
const FITTED_SEE = 'see “Costs and full benefits are fitted” in Method and sources';
const FITTED = `Not printed in the report: chosen so the model reproduces the report’s published figures (${FITTED_SEE})`;

const WATERFALL_SOURCES: Partial<Record<string, string>> = {
  gross: `Realisation profiles: EY 2013, 6.2.1, 6.3.1, 6.4.1 (annex 8.1 for the indicative themes). Full benefit a year: not printed in the report; chosen so the model reproduces its published figures (${FITTED_SEE}).`,
  scale: `Take-up setting: ${settingSource('scale')}`,
  delay: `Delay setting: ${settingSource('delay')}. Applied after take-up, the partner lens and leakage, so this is the cost of the delay the robustness chart shows`,
  lens: 'Partner shares: EY 2013, 6.2.1, 6.3.1, 6.4.1; divided by their sum so the whole benefit is allocated',
  leakage: `Leakage setting: ${settingSource('leakage')}`,
  uprate: `Price-base factor setting: ${settingSource('uprate')}`,
  deadweight: `Deadweight setting: ${settingSource('deadweight')}`,
  displacement: `Displacement setting: ${settingSource('displacement')}`,
  attribution: `Attribution setting: ${settingSource('attribution')}`,
  obBenefit: `Optimism bias setting: ${settingSource('obBenefit')}`,
  obCost: `Optimism bias setting: ${settingSource('obCost')}`,
  investment: FITTED,
  ongoing: `${FITTED}. The report stops at year 5, so years after it follow the model’s rule (see “Years after the fifth follow a stated rule” in Method and sources)`,
  npv: `Discount rate setting: ${settingSource('rate')}; year 1 is the price base`,
};

/** A figure's steps as a waterfall, and as a table of the same numbers ending on the figure. */
function stepsShown(steps: readonly StepInput[], label: (from: string, to: string) => string, units: string) {
  const layout = layoutWaterfall(steps);
  const last = layout.bars.at(-1);
  const rows = layout.bars.map((b) => ({ cells: [b.label, b.valueText, b.levelText, b.basis], highlight: b === last, source: b.source }));
  return {
    waterfall: { ...layout, label: label(layout.bars[0]?.levelText ?? '', last?.levelText ?? '') },
    table: { caption: `The same steps as numbers (${units})`, head: ['Step', 'Amount', 'Running total', 'Based on'], rows },
  };
}

function explainNpv(data: ModelData, s: Settings): Explanation {
  const steps = waterfall(data, s).map((st) => ({
    ...st,
    value: n(st.value),
    level: n(st.level),
    total: st.id === 'gross' || st.id === 'npv',
    source: WATERFALL_SOURCES[st.id],
  }));
  const fields = s.horizon > 5 ? (['profile', 'grossBenefit', 'costs', 'ongoingCost'] as const) : (['profile', 'grossBenefit', 'costs'] as const);
  return {
    title: `How the ${s.horizon}-year net benefit is worked out`,
    intro: `Start with the benefits the realisation profiles give over ${s.horizon} years under ${scenarioWords(s)}, at today’s value. Apply take-up, the partner lens, leakage, any Green Book adjustments you have set and then the delay, in that order, and take off the costs. Every step is at today’s value.`,
    working: [],
    ...stepsShown(steps, (from, to) => `Waterfall from the gross benefit of ${from} to the net benefit of ${to}`, `£, ${pricesOf(data, s)} prices`),
    inputs: inputsBehind(data, s, fields),
    notes: [
      `Every step is at today’s value: each year is discounted at ${formatPercent(s.rate)} a year, and ${data.firstYear} is not discounted.`,
      'The delay comes last among the benefits, so its step is the cost of the delay: the net benefit with no delay minus the net benefit with yours, everything else as set. The robustness chart gives the same figure.',
      'Each step is rounded on its own, so the rounded steps may not add up exactly to the total.',
    ],
  };
}

const NO_ADJUSTMENTS = { deadweight: 0, deadweightByTheme: {}, displacement: 0, displacementByTheme: {}, attribution: 0, attributionByTheme: {}, obBenefit: 0 };
const adjusted = (s: Settings) => JSON.stringify({ ...s, ...NO_ADJUSTMENTS }) !== JSON.stringify(s);

/** Steady-state pieces of the annual net benefit, each read off the model by switching one setting on. */
export function annualSteps(data: ModelData, s: Settings): StepInput[] {
  const annual = (st: Settings) => evaluate(data, st).total.annualNet;
  // With every benefit leaked, the annual net benefit is minus the ongoing cost.
  const cost = (st: Settings) => annual({ ...st, leakage: 1, leakageByTheme: {} }).neg();
  const benefit = (st: Settings) => annual(st).plus(cost(st));
  // Leakage and the Green Book adjustments form one step here: each is a share of the same benefit.
  const plain: Settings = { ...s, scale: 1, lens: { kind: 'all' }, leakage: 0, leakageByTheme: {}, ...NO_ADJUSTMENTS };
  const stages = [plain, { ...plain, scale: s.scale }, { ...plain, scale: s.scale, lens: s.lens }, s].map(benefit);
  const ongoing = cost(s);
  const result = annual(s);
  const raw: Omit<StepInput, 'level'>[] = [
    { id: 'gross', label: 'Gross benefit a year, fully realised', value: n(stages[0]!), basis: `Full benefit a year per theme, ${scenarioWords(s)}`, total: true, source: `Not printed in the report: chosen so the model reproduces the figures in EY 2013, 6.1–6.4 (${FITTED_SEE})` },
    { id: 'scale', label: 'Take-up across England', value: n(stages[1]!.minus(stages[0]!)), basis: `Take-up ${formatPercent(s.scale)}`, total: false, source: WATERFALL_SOURCES.scale },
    { id: 'lens', label: 'Partner lens', value: n(stages[2]!.minus(stages[1]!)), basis: `Benefits to ${lensPhrase(s.lens, data)}`, total: false, source: WATERFALL_SOURCES.lens },
    { id: 'leakage', label: adjusted(s) ? 'Leakage and adjustments' : 'Leakage', value: n(stages[3]!.minus(stages[2]!)), basis: adjusted(s) ? `${leakageWords(s)}; Green Book adjustments` : leakageWords(s), total: false, source: WATERFALL_SOURCES.leakage },
    { id: 'ongoing', label: 'Ongoing costs a year', value: n(ongoing.neg()), basis: 'Running costs once the changes are in place', total: false, source: FITTED },
    { id: 'annual', label: 'Annual net benefit', value: n(result), basis: 'Delay, discount rate and horizon do not change this figure', total: true },
  ];
  let level = 0;
  return raw.map((step) => {
    level = step.total ? step.value : level + step.value;
    return { ...step, level };
  });
}

function explainAnnual(data: ModelData, s: Settings): Explanation {
  const partner = s.lens.kind === 'all' ? undefined : s.lens.partner;
  return {
    title: 'How the annual net benefit is worked out',
    intro:
      'This is a typical year once the changes are fully running: the full benefit a year, reduced by take-up, the partner lens and leakage, less the ongoing running costs. It is not discounted, and delay does not change it because it describes the year after everything has arrived.',
    working: [],
    ...stepsShown(
      annualSteps(data, s),
      (from, to) => `Waterfall from a gross benefit of ${from} a year to an annual net benefit of ${to}`,
      `£ a year, ${pricesOf(data, s)} prices`,
    ),
    inputs: inputsBehind(data, s, partner ? ['grossBenefit', 'ongoingCost', 'partnerShares'] : ['grossBenefit', 'ongoingCost'], partner),
    notes: ['Each step is rounded on its own, so the rounded steps may not add up exactly to the total.'],
  };
}

function explainPctOfSpend(data: ModelData, s: Settings, r: Results): Explanation {
  const t = r.total;
  const themes = themesOn(data, s);
  // The working quotes the table's total row, so both read the same.
  const net = formatMoneyColumn([...themes.map((theme) => r.themes[theme.id]?.annualNet.toNumber()), n(t.annualNet)]);
  const spend = formatMoneyColumn([...themes.map((theme) => theme.addressableSpend.value), n(t.addressableSpend)]);
  const share = formatPercentColumn([...themes.map((theme) => r.themes[theme.id]?.pctOfSpend), t.pctOfSpend]);
  return {
    title: 'How the share of spend saved is worked out',
    intro: 'The annual net benefit divided by what is spent each year on the services the changes touch (the addressable spend of the themes switched on).',
    working: [`${net.at(-1)} ÷ ${spend.at(-1)} = ${share.at(-1)}`],
    table: {
      caption: 'Annual net benefit and addressable spend by theme',
      head: ['Theme', 'Annual net benefit', 'Addressable spend a year', 'Share saved'],
      rows: columnsToRows(
        [...themes.map((theme) => theme.name), 'All themes switched on'],
        net,
        spend,
        share,
      ).map((cells, i) => ({ cells, highlight: i === themes.length })),
    },
    inputs: themes.flatMap((theme) => themeInputRows(theme, data, ['addressableSpend'])),
    notes: ['Spend is the 2011-12 figure the report used; take-up does not change it.'],
  };
}

function explainPayback(data: ModelData, s: Settings, r: Results): Explanation {
  const t = r.total;
  return {
    title: 'How the payback year is worked out',
    intro: 'Each year’s net benefit is brought to today’s value and added to a running total. The payback year is the first year in which that running total is above zero.',
    working: [
      t.paybackYear
        ? `The running total first rises above zero in ${t.paybackYear}.`
        : `The running total stays at or below zero in every one of the ${s.horizon} years, so the changes do not pay back within the horizon.`,
    ],
    table: {
      caption: `Year by year (£, ${pricesOf(data, s)} prices)`,
      head: ['Year', 'Benefit', 'Cost', 'Net benefit', 'At today’s value', 'Running total'],
      rows: columnsToRows(
        t.yearly.map((y) => y.year),
        ...(['benefit', 'cost', 'net', 'netDiscounted', 'cumulativeDiscounted'] as const).map((key) => formatMoneyColumn(t.yearly.map((y) => n(y[key])))),
      ).map((cells, i) => ({ cells, highlight: t.yearly[i]!.year === t.paybackYear })),
    },
    inputs: inputsBehind(data, s, ['profile', 'costs']),
    notes: [`Discount rate ${formatPercent(s.rate)} a year; ${data.firstYear} is not discounted.`],
  };
}

function explainLeakage(s: Settings, total: Result): Explanation {
  const pvB = total.pvBenefitBeforeLeakage;
  const pvC = total.pvCost;
  const v = total.switching.leakage;
  const costShare = pvB.gt(0) ? n(pvC.div(pvB)) : null;
  // The cost share to as many places as the headroom, so "100% − 97.3% = 2.7%" adds up.
  const [costShareText = '', headroomText = ''] = formatPercentColumn([costShare, v]);
  const working =
    v === null
      ? [
          pvB.lte(0)
            ? 'There are no benefits, so there is nothing to leak.'
            : `Costs (${formatMoney(n(pvC))}) are at least as large as the benefits before leakage (${formatMoney(n(pvB))}), so no level of leakage leaves the net benefit above zero.`,
        ]
      : [
          `Costs take ${formatMoney(n(pvC))} ÷ ${formatMoney(n(pvB))} = ${costShareText} of the benefits before leakage.`,
          `So up to 100% − ${costShareText} = ${headroomText} of the benefits can be lost before the net benefit falls to zero.`,
          ...(total.npv.gt(0) ? [] : [`The leakage you have set is above that, so the net benefit is already at or below zero: past the break-even.`]),
        ];
  return {
    title: 'How the break-even leakage is worked out',
    intro: `Leakage takes the same share off every year’s benefit and leaves costs alone, so the ${s.horizon}-year net benefit falls in a straight line as leakage rises. It reaches zero when the benefit left over just pays for the costs. Every other setting stays as it is; the same leakage is applied to every theme.`,
    working,
    table: {
      caption: `Over ${s.horizon} years, at today’s value`,
      head: ['Quantity', 'Amount'],
      rows: [
        { cells: ['Benefits before any leakage', formatMoney(n(pvB))] },
        { cells: ['Costs', formatMoney(n(pvC))] },
        { cells: ['Costs as a share of benefits', costShareText] },
        { cells: ['Leakage at which the net benefit is zero', headroomText], highlight: true },
      ],
    },
    inputs: [],
    notes: [`This is the report’s “scenario 1” test (${settingSource('leakage')}).`],
  };
}

function explainDelay(s: Settings, total: Result): Explanation {
  const npvs = total.npvByWholeDelay.map(n);
  const v = total.switching.delay;
  const bracket = v === null ? -1 : Math.floor(v);
  const before = npvs[bracket];
  const after = npvs[bracket + 1];
  // One money format for the table and the working, so "£2.82bn" in one is not "£2.8bn" in the other.
  const money = formatMoneyColumn([...npvs, Math.abs(after ?? 0)]);
  const npvText = money.slice(0, npvs.length);
  let working: string[];
  if (v === null) {
    working = [
      (npvs[0] ?? 0) > 0
        ? `Even with every benefit ${formatYears(s.horizon)} late the net benefit stays above zero, so there is no switching delay within the horizon.`
        : 'The net benefit is at or below zero with no delay at all, so there is no break-even delay.',
    ];
  } else if (before !== undefined && after !== undefined) {
    const fraction = v - bracket;
    working = [
      `Between ${formatYears(bracket)} and ${formatYears(bracket + 1)} late, the net benefit falls from ${npvText[bracket]} to ${npvText[bracket + 1]}.`,
      `It crosses zero ${npvText[bracket]} ÷ (${npvText[bracket]} + ${money[npvs.length]}) = ${formatNumber(fraction, 2)} of the way through that year, so at ${formatYears(v)}.`,
      ...(total.npv.gt(0) ? [] : ['With your other settings, the delay you have set is longer than that, so the net benefit is already at or below zero: past the break-even.']),
    ];
  } else working = [];
  return {
    title: 'How the break-even delay is worked out',
    intro: `The model works out the ${s.horizon}-year net benefit with every theme’s benefits arriving 0, 1, 2 … whole years late (costs stay where they are), then finds where it crosses zero. Between whole years the benefits change in a straight line, so the crossing point can be found exactly.`,
    working,
    table: {
      caption: `${s.horizon}-year net benefit by delay (at today’s value)`,
      head: ['Benefits late by', 'Net benefit'],
      rows: columnsToRows(npvs.map((_, d) => formatYears(d)), npvText).map((cells, d) => ({ cells, highlight: d === bracket || d === bracket + 1 })),
    },
    inputs: [],
    notes: [`This is the report’s “scenario 3” test (${settingSource('delay')}). The same delay replaces any delay already set, on every theme.`],
  };
}

const EXPLAINERS: Record<FigureId, (data: ModelData, settings: Settings, results: Results) => Explanation> = {
  npv: explainNpv,
  annual: explainAnnual,
  pctOfSpend: explainPctOfSpend,
  payback: explainPayback,
  leakageHeadroom: (_, settings, results) => explainLeakage(settings, results.total),
  delayHeadroom: (_, settings, results) => explainDelay(settings, results.total),
};

export const buildExplanation = (id: FigureId, data: ModelData, settings: Settings, results: Results): Explanation =>
  EXPLAINERS[id](data, settings, results);
