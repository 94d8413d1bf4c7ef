import { useId, useMemo } from 'react';
import { ADJUSTMENT_RANGE_KEYS, LINK_SPECS, RANGE_KEYS, defaultUncertainty, uncertaintyOf, type McSummary, type ModelData, type RangeKey, type Settings } from '../../model';
import { CHART_SLOTS, selectResults, useAppData, useChartResults, useSettledSettings, useSettingsStore, useTables } from '../../state';
import { runKeyFor, setUncertainty, useMonteCarloRun, useUncertaintyStore } from '../../state/uncertainty';
import { formatCount, formatMoney, formatPercent } from '../../lib/format';
import { lensPhrase } from '../../lib/lensWords';
import { useTypedEntry } from '../../lib/useTypedEntry';
import { Figure, HowWorkedOut } from '../../ui/chart/ChartFrame';
import { FanChart, HistogramChart, TornadoChart } from './McCharts';
import { RangePair } from './RangePair';
import { chanceTableSpec, fanTableSpec, percentileTableSpec, tornadoTableSpec } from './uncertaintyTables';
import { DataTable } from '../../ui/DataTable';
import { FigureList } from '../../ui/FigureList';
import {
  asSetNote,
  buildFanRows,
  buildHistogramRows,
  buildPartnerChanceRows,
  buildPercentileRows,
  buildTornadoRows,
  fanSummaryText,
  histogramSummaryText,
  rangeWords,
  tornadoLeftOutText,
  tornadoSummaryText,
  visibleTornadoRows,
} from './uncertaintyRows';
import './uncertainty.css';

const DRAW_CHOICES = [1000, 10_000, 50_000];
const isAdjustment = (key: RangeKey) => (ADJUSTMENT_RANGE_KEYS as readonly RangeKey[]).includes(key);

export function UncertaintySection() {
  const { data } = useAppData();
  const { settings } = useChartResults(CHART_SLOTS.sections);
  useMonteCarloRun(data, settings);
  const headingId = useId();
  return (
    <section className="uncertainty-section" aria-labelledby={headingId} id="uncertainty">
      <h2 id={headingId}>How sure can we be?</h2>
      <p className="section-lead">
        The report gives a prudent and a base case and a range for each partner’s share. Here the model is run thousands of times with those inputs drawn at random within their ranges (and
        within any ranges you set below), to show how wide the outcome could be and which assumptions matter most.
      </p>
      <McSettings />
      <McResults data={data} settings={settings} />
      <HowWorkedOut>
        <MethodText settings={settings} />
      </HowWorkedOut>
    </section>
  );
}

function McSettings() {
  // Only the simulation's own settings: a main slider step leaves this object as it was.
  const uncertainty = useSettingsStore((s) => s.settings.uncertainty);
  // The main settings the ranges start from, as of the last release (the section follows then).
  const settings = useSettledSettings();
  const commit = useSettingsStore((s) => s.commit);
  const u = uncertainty ?? defaultUncertainty();
  const id = useId();
  // An unusable seed left in the box gives way to the one in use, and the help line says so.
  const seedEntry = useTypedEntry(u.seed);
  const seedValue = seedEntry.draft ?? String(u.seed);
  const seedOk = /^\d{1,10}$/.test(seedValue.trim()) && Number(seedValue) <= LINK_SPECS.seed.max;
  const draws = DRAW_CHOICES.includes(u.draws) ? DRAW_CHOICES : [...DRAW_CHOICES, u.draws].sort((a, b) => a - b);
  const commitSeed = () => {
    if (seedOk) setUncertainty({ seed: Number(seedValue) });
    seedEntry.finish(!seedOk && seedValue.trim() !== '' ? seedValue : null);
  };
  const seedNote = seedEntry.note;
  const seedHelp = !seedOk
    ? `Enter a whole number from 0 to ${LINK_SPECS.seed.max}.`
    : seedNote !== null
      ? `“${seedNote}” is not a whole number from 0 to ${LINK_SPECS.seed.max}, so the seed stays at ${u.seed}.`
      : 'The same seed always gives the same draws, so a shared link shows the same results.';
  return (
    <div className="mc-settings" role="group" aria-label="Simulation settings">
      <fieldset className="mc-field">
        <legend>Draw each range</legend>
        <div className="segmented">
          {(['triangular', 'uniform'] as const).map((d) => (
            <label key={d} className={u.distribution === d ? 'is-selected' : undefined}>
              <input type="radio" name={`${id}-dist`} value={d} checked={u.distribution === d} onChange={() => setUncertainty({ distribution: d })} />
              {d === 'triangular' ? 'Triangular' : 'Uniform'}
            </label>
          ))}
        </div>
        <span className="help">{u.distribution === 'triangular' ? 'Most likely at the current setting, tapering to the ends.' : 'Every value in the range equally likely.'}</span>
      </fieldset>
      <div className="mc-field">
        <label htmlFor={`${id}-draws`}>Number of draws</label>
        <select id={`${id}-draws`} className="mc-select" value={u.draws} onChange={(e) => setUncertainty({ draws: Number(e.currentTarget.value) })}>
          {draws.map((n) => (
            <option key={n} value={n}>
              {formatCount(n)}
            </option>
          ))}
        </select>
        <span className="help">More draws give steadier percentiles and take a little longer.</span>
      </div>
      <div className="mc-field">
        <label htmlFor={`${id}-seed`}>Seed</label>
        <div className="mc-inline">
          <input
            id={`${id}-seed`}
            className="mc-input"
            inputMode="numeric"
            value={seedValue}
            aria-invalid={!seedOk}
            aria-describedby={`${id}-seed-help`}
            onChange={(e) => seedEntry.type(e.currentTarget.value)}
            onBlur={commitSeed}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitSeed();
            }}
          />
          <button type="button" className="secondary-button" onClick={() => setUncertainty({ seed: Math.floor(Math.random() * LINK_SPECS.seed.max) })}>
            New seed
          </button>
        </div>
        <span id={`${id}-seed-help`} className={seedOk && seedNote === null ? 'help' : 'field-error'}>
          {seedHelp}
        </span>
      </div>
      {RANGE_KEYS.filter((key) => !isAdjustment(key)).map((key) => (
        <RangePair key={key} which={key} current={settings[key]} range={u.ranges[key]} onCommit={commit} />
      ))}
      <details className="advanced mc-adjustments" open={ADJUSTMENT_RANGE_KEYS.some((key) => u.ranges[key]) || undefined}>
        <summary>Ranges for the Green Book adjustments</summary>
        <div className="mc-adjustment-ranges">
          {ADJUSTMENT_RANGE_KEYS.map((key) => (
            <RangePair key={key} which={key} current={settings[key]} range={u.ranges[key]} onCommit={commit} />
          ))}
        </div>
      </details>
    </div>
  );
}

function RunStatus({ summary, current }: { summary: McSummary | null; current: boolean }) {
  const status = useUncertaintyStore((s) => s.status);
  const error = useUncertaintyStore((s) => s.error);
  const done = current && summary ? summary.done : 0;
  const total = current && summary ? summary.total : null;
  let text: string;
  if (status === 'error') text = `The simulation stopped: ${error ?? 'unknown error'}.`;
  else if (status === 'done' && current && summary) text = `Finished: ${formatCount(summary.done)} draws (seed ${summary.seed}).`;
  else if (status === 'running') text = total ? `Running: ${formatCount(done)} of ${formatCount(total)} draws…` : 'Starting the simulation…';
  else text = 'Waiting for the settings to settle…';
  const finished = status === 'done' && current;
  return (
    <div className="mc-status" data-status={finished ? 'done' : status}>
      <p role="status" aria-live="polite" aria-atomic="true">
        {text}
      </p>
      {!finished && status !== 'error' && (
        <progress max={total ?? 1} value={total ? done : undefined} aria-label="Simulation progress">
          {total ? formatPercent(done / total, 0) : ''}
        </progress>
      )}
    </div>
  );
}

function McResults({ data, settings }: { data: ModelData; settings: Settings }) {
  const summary = useUncertaintyStore((s) => s.summary);
  const summaryKey = useUncertaintyStore((s) => s.summaryKey);
  const tornado = useUncertaintyStore((s) => s.tornado);
  const tornadoKey = useUncertaintyStore((s) => s.tornadoKey);
  const tableToggle = useTables('uncertainty');
  // Deferred like the charts above: a slider step must not redraw these in the urgent render of the headline.
  const asSet = selectResults(data, settings).total.npv.toNumber();
  const key = runKeyFor(settings);
  const current = summaryKey === key;
  const horizonLabel = `${settings.horizon}-year net benefit`;
  // What the run on show measured: until a new run reports, that may be another horizon.
  const runLabel = `${summary?.horizon ?? settings.horizon}-year net benefit`;

  const fanRows = useMemo(() => (summary ? buildFanRows(summary) : []), [summary]);
  const histRows = useMemo(() => (summary ? buildHistogramRows(summary) : []), [summary]);
  const chanceRows = useMemo(() => (summary ? buildPartnerChanceRows(summary, data) : []), [summary, data]);
  const tornadoRows = useMemo(() => (tornado ? buildTornadoRows(tornado, data) : []), [tornado, data]);
  const tornadoBars = useMemo(() => visibleTornadoRows(tornadoRows), [tornadoRows]);
  const busy = !current || summary?.done !== summary?.total;
  const lensWords = lensPhrase(settings.lens, data);

  return (
    <>
      <RunStatus summary={summary} current={current} />
      {summary && !current && (
        <p className="mc-stale-note">Until the new run reports, the first three figures and the charts below are from the settings before.</p>
      )}
      {summary && (
        <>
          <FigureList
            className={current ? 'mc-figures' : 'mc-figures is-stale'}
            aria-busy={busy || undefined}
            items={[
              {
                id: 'prob-positive',
                term: <>Chance the {runLabel} is above zero</>,
                value: formatPercent(summary.npv.probPositive, 0),
                exact: summary.npv.probPositive,
              },
              { id: 'median', term: <>Median {runLabel}</>, value: formatMoney(summary.npv.p50), exact: summary.npv.p50 },
              { id: 'p10-p90', term: 'Middle 80% of draws', value: <>{formatMoney(summary.npv.p10)} to {formatMoney(summary.npv.p90)}</> },
              {
                id: 'as-set',
                term: 'As set, with no uncertainty',
                value: formatMoney(asSet),
                note: <>The figure in the headline above. {asSetNote(settings, asSet, summary.npv.p90)}</>,
              },
            ]}
          />
          <Figure
            title="Net benefit each year: the range of outcomes"
            description={<p>Net benefit each year in today’s money. The dark band, with solid edges, holds the middle half of the draws; the light band, with dashed edges, the middle 80%. The line is the median.</p>}
            summary={fanSummaryText(fanRows)}
            {...tableToggle('fan')}
            busy={busy}
            table={<DataTable spec={() => fanTableSpec(fanRows)} />}
          >
            <FanChart rows={fanRows} />
          </Figure>
          <Figure
            title={`How the ${runLabel} is spread`}
            description={<p>How many draws gave each {runLabel}. Bars in orange are below zero. The dashed line is the figure as set.</p>}
            summary={histogramSummaryText(summary, runLabel)}
            {...tableToggle('histogram')}
            busy={busy}
            table={<DataTable spec={() => percentileTableSpec(buildPercentileRows(summary), summary, runLabel)} />}
          >
            <HistogramChart rows={histRows} asSet={current ? asSet : null} horizonLabel={runLabel} />
          </Figure>
          <Figure
            title="Each partner’s chance of a net gain"
            description={
              <p>
                Share of draws in which each partner’s own {runLabel} is above zero, with {lensWords}.
                {settings.pay.kind !== 'share' && ' Each partner pays its share of each theme’s costs here: the payment rule chosen in the deal room is not drawn.'}
              </p>
            }
            summary={`Chance of a net gain with ${lensWords}: ${chanceRows.map((r) => `${r.name} ${formatPercent(r.probGain, 0)}`).join('; ')}.`}
            {...tableToggle('partners')}
            busy={busy}
            table={<DataTable spec={() => chanceTableSpec(chanceRows, runLabel)} />}
          >
            <ul className="chance-list">
              {chanceRows.map((r) => (
                <li key={r.partner} className="chance-item">
                  <span>{r.name}</span>
                  <span className="chance-track" aria-hidden="true">
                    <span className="chance-fill" style={{ display: 'block', width: `${Math.round(r.probGain * 1000) / 10}%` }} />
                  </span>
                  <span className="chance-value">{formatPercent(r.probGain, 0)}</span>
                </li>
              ))}
            </ul>
          </Figure>
        </>
      )}
      {tornado && (
        <Figure
          title="Which assumptions matter most"
          description={
            <p>
              The {horizonLabel} when one assumption at a time moves to each end of its range, everything else as set. Bars start at the figure as set ({formatMoney(tornado.base)}); the largest swing is at the
              top.
              {settings.lens.kind === 'all' && ' Partner shares are left out of the drawing (the table lists every partner): with all partners together they change who gains, not the total.'}{' '}
              {tornadoLeftOutText(tornado.leftOut)}
            </p>
          }
          summary={tornadoSummaryText(tornadoRows, horizonLabel)}
          {...tableToggle('tornado')}
          busy={tornadoKey !== key}
          table={<DataTable spec={() => tornadoTableSpec(tornadoRows, horizonLabel)} />}
        >
          <TornadoChart rows={tornadoBars} base={tornado.base} />
        </Figure>
      )}
    </>
  );
}

function MethodText({ settings }: { settings: Settings }) {
  const u = uncertaintyOf(settings);
  const ranges = rangeWords(settings);
  return (
    <>
      <h4>What is drawn</h4>
      <ul>
        <li>
          <strong>Each theme’s benefit</strong> somewhere between the report’s prudent and base cases, each theme on its own. Where the two cases differ in cost (families with complex needs), the
          cost moves with it.
        </li>
        <li>
          <strong>Each partner’s share</strong> of each theme within the report’s “range across cases” from the pilots’ business cases; the shares are then scaled so they add up to 100%.
        </li>
        <li>
          <strong>Take-up, leakage, delay and the Green Book adjustments</strong> only within the ranges you set: {ranges.length ? `${ranges.join('; ')}.` : 'none are set, so they stay as they are.'} A drawn value replaces the
          overall setting; themes with their own setting keep it.
        </li>
      </ul>
      <h4>How it is drawn</h4>
      <p>
        {u.distribution === 'triangular'
          ? 'Triangular: values near the current setting (for shares, the published share) are most likely, falling away in a straight line to the ends of each range.'
          : 'Uniform: every value between the ends of each range is equally likely.'}{' '}
        Every draw is independent of the others. The random numbers come from a seeded generator (mulberry32), so seed {u.seed} with {formatCount(u.draws)} draws always gives the same results, on any
        computer. The simulation runs in the background and starts again when you change a setting.
      </p>
      <h4>What is shown</h4>
      <p>
        Percentiles: the 10th percentile is the value that 10% of draws fall below. The chance of a net gain is the share of draws above zero. The tornado moves one assumption at a time to each end of
        its range with everything else as set: the scenario and each theme from prudent to base, each partner’s share across the report’s range across cases (every partner is listed, with no
        swing where it has no range), and take-up, leakage and delay only across a range you set; without one they are left out, as is the discount rate, for which the report gives no range.
      </p>
      <h4>Limits</h4>
      <p>
        The ranges are the report’s, not measured probabilities: the pilots’ figures were never audited, and nothing says where within a range the truth is likely to be. Inputs are drawn independently,
        although in reality a poor year for one theme may go with a poor year for another, so the true spread could be wider. The draws use the model’s arithmetic in ordinary floating point, checked
        against the exact model to nine significant figures; the figure “as set” uses the exact model.
      </p>
    </>
  );
}
