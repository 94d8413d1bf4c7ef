import { NATIONAL_VOCABULARY, type LinkVocabulary, type ModelData, type Results, type Settings } from '../../model';
import { PRESETS, memoByIdentity, presetApplies, settingsOf, type CompareRef, type SavedScenario } from '../../state';
import { buildPartnerRows, SHORT_PARTNER_NAMES } from '../charts/partnerRows';
import { headroomOf } from '../../lib/headlineFigures';
import { formatMoney } from '../../lib/format';

export interface CompareSide {
  ref: CompareRef;
  label: string;
  settings: Settings;
}

// Made once a case: a side keeps the same settings object, on which its results are memoised.
const presetSides = memoByIdentity(
  (v: LinkVocabulary) => new Map(PRESETS.filter((p) => presetApplies(p, v)).map((p) => [`preset:${p.id}`, { label: `Preset: ${p.label}`, settings: p.settings(v) }])),
  4,
);

/** The label and settings for one side; an unknown saved id falls back to the current settings. */
export function resolveSide(ref: CompareRef, current: Settings, saved: readonly SavedScenario[], v: LinkVocabulary = NATIONAL_VOCABULARY): CompareSide {
  const preset = presetSides(v).get(ref);
  if (preset) return { ref, ...preset };
  const s = saved.find((x) => `saved:${x.id}` === ref);
  if (s) return { ref, label: `Saved: ${s.name}`, settings: settingsOf(s.query, v) };
  return { ref: 'current', label: 'Current settings', settings: current };
}

/** The current settings minus the other side, as the headline reads "vs report base"; else A minus B. */
export type DifferenceOrder = 'a-b' | 'b-a';
export const differenceOrder = (a: CompareSide, b: CompareSide): DifferenceOrder => (b.ref === 'current' && a.ref !== 'current' ? 'b-a' : 'a-b');

export function compareOptions(saved: readonly SavedScenario[], v: LinkVocabulary = NATIONAL_VOCABULARY): { group: string; options: { value: CompareRef; label: string }[] }[] {
  return [
    { group: 'Now', options: [{ value: 'current', label: 'Current settings' }] },
    { group: 'Presets', options: PRESETS.filter((p) => presetApplies(p, v)).map((p) => ({ value: `preset:${p.id}` as CompareRef, label: p.label })) },
    ...(saved.length ? [{ group: 'Saved scenarios', options: saved.map((s) => ({ value: `saved:${s.id}` as CompareRef, label: s.name })) }] : []),
  ];
}

type FigureKind = 'money' | 'percent' | 'year' | 'years';

export interface CompareFigureRow {
  id: string;
  label: string;
  kind: FigureKind;
  a: number | string | null;
  b: number | string | null;
  /** Words for A and B where there is no number (a break-even of "none"). */
  words?: [string, string];
}

const num = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : null);

/** The headline figures of two runs side by side (differences: compareTables). */
export function buildCompareFigures(a: Results, b: Results, sa: Settings, sb: Settings): CompareFigureRow[] {
  const ta = a.total;
  const tb = b.total;
  const npvLabel = sa.horizon === sb.horizon ? `${sa.horizon}-year net benefit` : 'Net benefit over each horizon';
  const headroomRow = (which: 'leakage' | 'delay', label: string, kind: FigureKind): CompareFigureRow => {
    const ha = headroomOf(a, sa, which);
    const hb = headroomOf(b, sb, which);
    return { id: which, label, kind, a: ha.value, b: hb.value, words: [ha.text, hb.text] };
  };
  return [
    { id: 'npv', label: npvLabel, kind: 'money', a: ta.npv.toNumber(), b: tb.npv.toNumber() },
    { id: 'annual', label: 'Annual net benefit', kind: 'money', a: ta.annualNet.toNumber(), b: tb.annualNet.toNumber() },
    { id: 'pvBenefit', label: 'Benefits at today’s value', kind: 'money', a: ta.pvBenefit.toNumber(), b: tb.pvBenefit.toNumber() },
    { id: 'pvCost', label: 'Costs at today’s value', kind: 'money', a: ta.pvCost.toNumber(), b: tb.pvCost.toNumber() },
    { id: 'pctOfSpend', label: 'Share of spend saved', kind: 'percent', a: num(ta.pctOfSpend), b: num(tb.pctOfSpend) },
    { id: 'payback', label: 'Pays back in', kind: 'year', a: ta.paybackYear, b: tb.paybackYear },
    headroomRow('leakage', 'Break-even leakage', 'percent'),
    headroomRow('delay', 'Break-even delay', 'years'),
  ];
}

/** The two sides a comparison can add beside A and B. */
export const EXTRA_SIDES = ['c', 'd'] as const;
export type ExtraSide = (typeof EXTRA_SIDES)[number];

export interface CompareProfileRow {
  year: string;
  a: number | null;
  b: number | null;
  aRunning: number | null;
  bRunning: number | null;
  /** The same for C and D where they are chosen. */
  c?: number | null;
  d?: number | null;
  cRunning?: number | null;
  dRunning?: number | null;
}

/** Yearly net benefit (discounted) and running totals of each run by year; horizons may differ. */
export function buildCompareProfile(a: Results, b: Results, extra: Partial<Record<ExtraSide, Results>> = {}): CompareProfileRow[] {
  const runs = { a, b, ...extra };
  const years = [...new Set(Object.values(runs).flatMap((r) => r.total.yearly.map((y) => y.year)))].sort();
  return years.map((year) => {
    const row: CompareProfileRow = { year, a: null, b: null, aRunning: null, bRunning: null };
    for (const [side, r] of Object.entries(runs) as [keyof typeof runs, Results][]) {
      const y = r.total.yearly.find((x) => x.year === year);
      row[side] = y?.netDiscounted.toNumber() ?? null;
      row[`${side}Running`] = y?.cumulativeDiscounted.toNumber() ?? null;
    }
    return row;
  });
}

export interface ComparePartnerRow {
  key: string;
  name: string;
  label: string;
  a: number;
  b: number;
  annualA: number;
  annualB: number;
  shareA: number | null;
  shareB: number | null;
  /** Over each horizon, for C and D where they are chosen. */
  c?: number;
  d?: number;
}

/**
 * The partner chart's figures of both runs, £bn: `a` and `b` over each side's horizon (the bars),
 * `annualA` and `annualB` once running. A partner appears if either run has it.
 */
export function buildComparePartners(a: Results, b: Results, sa: Settings, sb: Settings, data: ModelData, extra: Partial<Record<ExtraSide, { results: Results; settings: Settings }>> = {}): ComparePartnerRow[] {
  const ra = buildPartnerRows(a, data, sa);
  const rb = buildPartnerRows(b, data, sb);
  const more = Object.fromEntries(Object.entries(extra).map(([side, run]) => [side, buildPartnerRows(run.results, data, run.settings)]));
  const keys = [...new Set([...ra, ...rb, ...Object.values(more).flat()].map((r) => r.key))];
  return keys.map((key) => {
    const x = ra.find((r) => r.key === key);
    const y = rb.find((r) => r.key === key);
    const name = x?.name ?? y?.name ?? key;
    const npvOf = (side: ExtraSide) => (more[side] ? (more[side].find((r) => r.key === key)?.npv ?? 0) : undefined);
    const c = npvOf('c');
    const d = npvOf('d');
    return {
      ...(c === undefined ? {} : { c }),
      ...(d === undefined ? {} : { d }),
      key,
      name,
      label: SHORT_PARTNER_NAMES[key] ?? name,
      a: x?.npv ?? 0,
      b: y?.npv ?? 0,
      annualA: x?.annual ?? 0,
      annualB: y?.annual ?? 0,
      shareA: x?.share ?? null,
      shareB: y?.share ?? null,
    };
  });
}

/** The two value scales of the overlaid profile chart, zero lines aligned. */
export function compareExtents(rows: readonly CompareProfileRow[]): { year: { lo: number; hi: number }; running: { lo: number; hi: number } } {
  const span = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return { lo: Math.min(0, ...known), hi: Math.max(0, ...known) };
  };
  return {
    year: span(rows.flatMap((r) => [r.a, r.b, r.c ?? null, r.d ?? null])),
    running: span(rows.flatMap((r) => [r.aRunning, r.bRunning, r.cRunning ?? null, r.dRunning ?? null])),
  };
}

/** Where each running total ends, in its own year: "By 2016-17 A reaches £20.6bn and B £9.4bn." */
export function runningEnds(rows: readonly CompareProfileRow[]): string {
  const last = (key: 'aRunning' | 'bRunning') => [...rows].reverse().find((r) => r[key] !== null);
  const a = last('aRunning');
  const b = last('bRunning');
  if (!a || !b) return '';
  if (a.year === b.year) return `By ${a.year} A reaches ${formatMoney(a.aRunning)} and B ${formatMoney(b.bRunning)}.`;
  return `A reaches ${formatMoney(a.aRunning)} by ${a.year}, and B ${formatMoney(b.bRunning)} by ${b.year}.`;
}
