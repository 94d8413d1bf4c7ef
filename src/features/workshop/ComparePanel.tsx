import { useEffect, useId, useMemo, useRef } from 'react';
import { figuresSource } from '../../lib/describe';
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { selectResults, useAppData, usePresenter, useCaseScenarios, useSettingsStore, useSettledSettings, useUiStore, type CompareRef } from '../../state';
import { alignedAxes } from '../charts/profileRows';
import { ChartFrame } from '../../ui/chart/ChartFrame';
import { moneyAxis } from '../../ui/chart/niceAxis';
import { axisWidth } from '../../ui/chart/axisWidth';
import { partnerLabelWidth } from '../charts/partnerRows';
import { MANY_YEARS, tickInterval } from '../../ui/chart/stableProps';
import { useNarrow } from '../../lib/useNarrow';
import { formatMoney, moneyAxisFormat, shortYear } from '../../lib/format';
import { GRID, INK, OUTLINE, PARTNER_COLOURS, ZERO_LINE } from '../../ui/palette';
import { prefersReducedMotion } from '../../lib/motion';
import { compareFiguresSpec, comparePartnersSpec, compareProfileSpec } from './compareTables';
import { DataTable, ScrollingTable } from '../../ui/DataTable';
import {
  buildCompareFigures,
  buildComparePartners,
  buildCompareProfile,
  compareExtents,
  compareOptions,
  differenceOrder,
  resolveSide,
  runningEnds,
  type ExtraSide,
} from './compareRows';
import type { ExtraColumn } from './compareTables';
import type { ModelData, Results, Settings } from '../../model';

/** Colours of the sides, from the one palette (blue, vermillion, bluish green, reddish purple: colour-blind safe). */
const SIDE_COLOURS = { a: PARTNER_COLOURS.DH, b: PARTNER_COLOURS.MoJ, c: PARTNER_COLOURS.DWP, d: PARTNER_COLOURS.HO } as const;
/** C and D's running totals told apart from A's and B's by their dashes too. */
const EXTRA_DASHES = { c: '2 4', d: '10 4 2 4' } as const;

/**
 * One side's choice: A and B always have one; C and D may be "None" (null). Every side chooses from
 * the current settings, the presets and the saved scenarios.
 */
function SidePicker({ side, value, label }: { side: 'a' | 'b' | ExtraSide; value: CompareRef | null; label: string }) {
  const saved = useCaseScenarios();
  const vocabulary = useSettingsStore((s) => s.vocabulary);
  const setSide = useUiStore((s) => s.setCompareSide);
  const setExtra = useUiStore((s) => s.setExtraSide);
  const id = useId();
  const choose = (ref: string) => (side === 'a' || side === 'b' ? setSide(side, ref as CompareRef) : setExtra(side, ref === '' ? null : (ref as CompareRef)));
  return (
    <div className={`compare-picker compare-picker-${side}`}>
      <label htmlFor={id}>
        <span className={`side-key side-key-${side}`} aria-hidden="true" />
        {label}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => choose(e.target.value)}>
        {(side === 'c' || side === 'd') && <option value="">None</option>}
        {compareOptions(saved, vocabulary).map((g) => (
          <optgroup key={g.group} label={g.group}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

type Run = { results: Results; settings: Settings };

/** The third and fourth scenarios' runs, where chosen. */
function extraRuns(data: ModelData, settings: Partial<Record<ExtraSide, Settings>>): Partial<Record<ExtraSide, Run>> {
  const out: Partial<Record<ExtraSide, Run>> = {};
  for (const [side, s] of Object.entries(settings) as [ExtraSide, Settings | undefined][]) if (s) out[side] = { results: selectResults(data, s), settings: s };
  return out;
}

export function ComparePanel() {
  const { data } = useAppData();
  const current = useSettledSettings();
  const saved = useCaseScenarios();
  const vocabulary = useSettingsStore((s) => s.vocabulary);
  const refA = useUiStore((s) => s.compareA);
  const refB = useUiStore((s) => s.compareB);
  const refC = useUiStore((s) => s.compareC);
  const refD = useUiStore((s) => s.compareD);
  const setSide = useUiStore((s) => s.setCompareSide);
  const setCompare = useUiStore((s) => s.setCompare);
  const presenter = usePresenter();
  // On a projector the comparison opens below the sliders, out of the room's sight: bring it into
  // view (moving it above them instead would put its controls out of keyboard order).
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (presenter) sectionRef.current?.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    // On opening (and on entering presenter mode) only.
  }, [presenter]);
  const a = resolveSide(refA, current, saved, vocabulary);
  const b = resolveSide(refB, current, saved, vocabulary);
  const ra = useMemo(() => selectResults(data, a.settings), [data, a.settings]);
  const rb = useMemo(() => selectResults(data, b.settings), [data, b.settings]);
  const figures = buildCompareFigures(ra, rb, a.settings, b.settings);
  // C and D: any of the same choices, shown beside A and B (the differences stay A and B's).
  const c = refC === null ? null : resolveSide(refC, current, saved, vocabulary);
  const d = refD === null ? null : resolveSide(refD, current, saved, vocabulary);
  // Memoised by the React compiler; selectResults keeps its last results by identity.
  const extras = extraRuns(data, { c: c?.settings, d: d?.settings });
  const extraKeys = Object.keys(extras) as ExtraSide[];
  const extraNames = { c: c ? `C: ${c.label}` : '', d: d ? `D: ${d.label}` : '' };
  const extraColumns: ExtraColumn[] = extraKeys.map((k) => {
    const x = extras[k]!;
    return { letter: k === 'c' ? 'C' : 'D', side: (k === 'c' ? c : d)!, rows: buildCompareFigures(x.results, x.results, x.settings, x.settings) };
  });
  const rc = extras.c?.results;
  const rd = extras.d?.results;
  const profile = buildCompareProfile(ra, rb, { ...(rc ? { c: rc } : {}), ...(rd ? { d: rd } : {}) });
  const extents = compareExtents(profile);
  const axes = alignedAxes(extents.year, extents.running);
  const partners = buildComparePartners(ra, rb, a.settings, b.settings, data, extras);
  const partnerAxis = moneyAxis(partners.flatMap((p) => [p.a, p.b, p.c ?? 0, p.d ?? 0]));
  // Each money axis labelled from its own ticks: £m for a place's own case, £bn nationally.
  const labels = { left: moneyAxisFormat(axes.left.ticks), right: moneyAxisFormat(axes.right.ticks), partners: moneyAxisFormat(partnerAxis.ticks) };
  // C and D in the descriptions and notes, where chosen.
  const extraColours = extraKeys.map((k) => ` ${k.toUpperCase()} in ${k === 'c' ? 'bluish green' : 'reddish purple'}`).join(',');
  const extraNotes = extraKeys.map((k) => ` ${extraNames[k]}.`).join('');
  const order = differenceOrder(a, b);
  const npvWords = a.settings.horizon === b.settings.horizon ? `${a.settings.horizon}-year net benefit` : 'net benefit over each horizon';
  const narrow = useNarrow();
  const shortYears = narrow || profile.length > MANY_YEARS;
  const tick = presenter ? 20 : 15;
  // As wide as the longest label needs, as on the main chart ("−£20bn" lost its minus sign).
  const least = presenter ? 76 : 64;
  const axisWidths = { left: axisWidth(axes.left.ticks.map(labels.left), tick, least), right: axisWidth(axes.right.ticks.map(labels.right), tick, least) };
  const aName = `A: ${a.label}`;
  const bName = `B: ${b.label}`;
  const duration = presenter ? 300 : 600;
  const motion = !prefersReducedMotion();
  const partnerWords = partners
    .map((p) => `${p.name} ${formatMoney(p.a)} and ${formatMoney(p.b)}${p.c === undefined ? '' : `, C ${formatMoney(p.c)}`}${p.d === undefined ? '' : `, D ${formatMoney(p.d)}`}`)
    .join('; ');
  const sidesWords = extraKeys.length ? `A, B${extraKeys.map((k) => `, ${k.toUpperCase()}`).join('')}` : 'A and B';
  const swap = () => {
    setSide('a', b.ref);
    setSide('b', a.ref);
  };
  const same = a.settings === b.settings || JSON.stringify(a.settings) === JSON.stringify(b.settings);

  return (
    <section ref={sectionRef} className="compare" aria-labelledby="compare-heading" id="compare">
      <div className="section-head">
        <h2 id="compare-heading">Compare scenarios</h2>
        <button type="button" className="secondary-button" onClick={() => setCompare(false)}>
          Close comparison
        </button>
      </div>
      <div className="compare-pickers">
        <SidePicker side="a" value={a.ref} label="First scenario (A)" />
        <button type="button" className="secondary-button" onClick={swap}>
          Swap A and B
        </button>
        <SidePicker side="b" value={b.ref} label="Second scenario (B)" />
        <SidePicker side="c" value={refC} label="Third scenario (C, optional)" />
        <SidePicker side="d" value={refD} label="Fourth scenario (D, optional)" />
      </div>
      {same && (
        <p className="notice notice-warning" role="status">
          A and B have the same settings, so every difference is zero. Choose something else for one side.
        </p>
      )}
      <ScrollingTable className="compare-figures" spec={compareFiguresSpec(a, b, figures, order, extraColumns)} />
      <p className="help">
        {order === 'a-b' ? 'Each difference is A minus B' : 'Each difference is B (the current settings) minus A'}, as the headline reads “vs report base”: the gap
        between the two figures as shown.
      </p>

      <ChartFrame
        chart="compare-profile"
        title="Benefit profiles overlaid"
        summary={`Bars of net benefit each year at today’s value for A (${a.label}) and B (${b.label}), with their running totals as lines. ${runningEnds(profile)}`}
        description={
          <p>
            Net benefit each year at today’s value: A’s bars are solid blue, B’s are vermillion{extraColours ? `,${extraColours}` : ''}. The lines are running totals on the right-hand scale: A solid, B dashed
            {extraKeys.length > 0 && ', C and D dotted'}.
          </p>
        }
        table={<DataTable spec={() => compareProfileSpec(profile)} />}
        note={<>A: {a.label}. B: {b.label}.{extraNotes} Source: model run on figures from {figuresSource(data, 'EY 2013, sections 6.2–6.4')}.</>}
      >
        <ResponsiveContainer width="100%" height={presenter ? 380 : 320} initialDimension={{ width: 640, height: 320 }}>
          <ComposedChart data={profile} margin={{ top: 8, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="year" tick={{ fill: INK, fontSize: tick }} tickLine={false} interval={tickInterval(shortYears)} tickFormatter={shortYears ? shortYear : undefined} />
            <YAxis yAxisId="year" tickFormatter={labels.left} tick={{ fill: INK, fontSize: tick }} width={axisWidths.left} domain={axes.left.domain} ticks={axes.left.ticks} interval={0} />
            <YAxis yAxisId="running" orientation="right" tickFormatter={labels.right} tick={{ fill: INK, fontSize: tick }} width={axisWidths.right} domain={axes.right.domain} ticks={axes.right.ticks} interval={0} />
            <ReferenceLine yAxisId="year" y={0} stroke={ZERO_LINE} />
            <Tooltip formatter={(v, n) => [formatMoney(Number(v)), String(n)]} isAnimationActive={false} />
            <Legend wrapperStyle={{ fontSize: tick, color: INK }} />
            <Bar yAxisId="year" dataKey="a" name={`${aName} (year)`} fill={SIDE_COLOURS.a} stroke={OUTLINE} strokeWidth={0.5} animationDuration={duration} isAnimationActive={motion} />
            <Bar yAxisId="year" dataKey="b" name={`${bName} (year)`} fill={SIDE_COLOURS.b} stroke={OUTLINE} strokeWidth={0.5} animationDuration={duration} isAnimationActive={motion} />
            <Line yAxisId="running" dataKey="aRunning" name={`${aName} (running total)`} stroke={SIDE_COLOURS.a} strokeWidth={3} dot={{ r: 4 }} type="linear" animationDuration={duration} isAnimationActive={motion} connectNulls={false} />
            <Line yAxisId="running" dataKey="bRunning" name={`${bName} (running total)`} stroke={SIDE_COLOURS.b} strokeWidth={3} strokeDasharray="8 5" dot={{ r: 4 }} type="linear" animationDuration={duration} isAnimationActive={motion} connectNulls={false} />
            {extraKeys.map((k) => (
              <Bar key={k} yAxisId="year" dataKey={k} name={`${extraNames[k]} (year)`} fill={SIDE_COLOURS[k]} stroke={OUTLINE} strokeWidth={0.5} animationDuration={duration} isAnimationActive={motion} />
            ))}
            {extraKeys.map((k) => (
              <Line key={`${k}-running`} yAxisId="running" dataKey={`${k}Running`} name={`${extraNames[k]} (running total)`} stroke={SIDE_COLOURS[k]} strokeWidth={3} strokeDasharray={EXTRA_DASHES[k]} dot={{ r: 4 }} type="linear" animationDuration={duration} isAnimationActive={motion} connectNulls={false} />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartFrame>

      <ChartFrame
        chart="compare-partners"
        title={extraKeys.length ? 'Who gets the savings, side by side' : 'Who gets the savings: A and B'}
        summary={`Bar chart of the ${npvWords} by partner for ${sidesWords}: ${partnerWords}.`}
        description={<p>The {npvWords} landing with each partner: A in blue, B in vermillion{extraColours ? `,${extraColours}` : ''}. The table adds each partner’s annual figure once running, and the differences between A and B.</p>}
        table={<DataTable spec={() => comparePartnersSpec(partners, order, npvWords)} />}
        note={<>A: {a.label}. B: {b.label}.{extraNotes} Source: partner shares from {figuresSource(data, 'EY 2013, sections 6.2–6.4')}.</>}
      >
        <ResponsiveContainer width="100%" height={70 + partners.length * ((presenter ? 64 : 52) + extraKeys.length * 18)} initialDimension={{ width: 640, height: 400 }}>
          {/* The right margin holds half of the last value label ("£10bn") under wider text spacing. */}
          <BarChart data={partners} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} horizontal={false} />
            <XAxis type="number" tickFormatter={labels.partners} tick={{ fill: INK, fontSize: tick }} domain={partnerAxis.domain} ticks={partnerAxis.ticks} interval={tickInterval(narrow)} />
            <YAxis type="category" dataKey="label" width={partnerLabelWidth(presenter, narrow)} tick={{ fill: INK, fontSize: tick }} tickLine={false} />
            <ReferenceLine x={0} stroke={ZERO_LINE} />
            <Tooltip formatter={(v, n) => [formatMoney(Number(v)), String(n)]} isAnimationActive={false} />
            <Legend wrapperStyle={{ fontSize: tick, color: INK }} />
            <Bar dataKey="a" name={aName} fill={SIDE_COLOURS.a} stroke={OUTLINE} strokeWidth={0.5} animationDuration={duration} isAnimationActive={motion} />
            <Bar dataKey="b" name={bName} fill={SIDE_COLOURS.b} stroke={OUTLINE} strokeWidth={0.5} animationDuration={duration} isAnimationActive={motion} />
            {extraKeys.map((k) => (
              <Bar key={k} dataKey={k} name={extraNames[k]} fill={SIDE_COLOURS[k]} stroke={OUTLINE} strokeWidth={0.5} animationDuration={duration} isAnimationActive={motion} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </section>
  );
}
