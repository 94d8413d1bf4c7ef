import { useId, useMemo } from 'react';
import { Bar, CartesianGrid, Cell, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { LINK_SPECS, localProblems, type LocalResult, type ModelData, type Settings } from '../../model';
import { CHART_SLOTS, useAppData, useChartResults, useSettingsStore, useTables } from '../../state';
import { selectLocal, setArea, setLocalPatch } from '../../state/local';
import { formatCount, formatNumber, formatPercent, millionsAxisFormat } from '../../lib/format';
import { useValueAxis } from '../../ui/chart/axisWidth';
import { BarRows } from '../../ui/chart/BarRows';
import { Drawing } from '../../ui/chart/Drawing';
import { MANY_YEARS, margin, tickInterval, tickStyle } from '../../ui/chart/stableProps';
import { useNarrow } from '../../lib/useNarrow';
import { CUMULATIVE, GRID, INK, partnerColours, partnerOrder, ZERO_LINE } from '../../ui/palette';
import { Figure, HowWorkedOut } from '../../ui/chart/ChartFrame';
import { FigureList } from '../../ui/FigureList';
import { useTypedEntry } from '../../lib/useTypedEntry';
import {
  buildLocalPartnerRows,
  buildLocalThemeRows,
  buildPositionRows,
  customAreaEmpty,
  localAxis,
  localCentralSplit,
  localPartnersSummary,
  millions,
  positionSummary,
  splitSentence,
  type LocalPartnerRow,
  type PositionRow,
} from './localRows';
import '../uncertainty/uncertainty.css';
import { localPartnersSpec, localPositionSpec, localThemesSpec } from './localTables';
import { DataTable, ScrollingTable } from '../../ui/DataTable';
import './local.css';

export function LocalAreaSection() {
  const { data } = useAppData();
  const { settings } = useChartResults(CHART_SLOTS.sections);
  const headingId = useId();
  const result = useMemo(() => selectLocal(data, settings), [data, settings]);
  const problems = [...localProblems(data, settings).filter((p) => !result?.problems.includes(p)), ...(result?.problems ?? [])];
  return (
    <section className="local-section" aria-labelledby={headingId} id="local-area">
      <h2 id={headingId}>Your area</h2>
      <p className="section-lead">
        See the national figures scaled to one place: one of the four pilot areas, or your own. The figures are a rough local share of the national model, not a local business case.
      </p>
      <AreaChooser data={data} />
      {problems.length > 0 && (
        <div className="notice notice-warning" role="status">
          {problems.map((p) => (
            <p key={p} className="notice-body">
              {p}
            </p>
          ))}
        </div>
      )}
      {result && <LocalResults data={data} settings={settings} result={result} />}
      <HowWorkedOut>
        <LocalMethod data={data} />
      </HowWorkedOut>
    </section>
  );
}

function AreaChooser({ data }: { data: ModelData }) {
  // Only the parts it shows, so a main slider step does not re-render it.
  const local = useSettingsStore((s) => s.settings.local);
  const themes = useSettingsStore((s) => s.settings.themes);
  const commit = useSettingsStore((s) => s.commit);
  const id = useId();
  const pilot = data.areas.find((a) => a.id === local?.area);
  const included = data.themes.filter((t) => themes.includes(t.id));
  return (
    <div className="mc-settings local-settings" role="group" aria-label="Area settings">
      <div className="mc-field">
        <label htmlFor={`${id}-area`}>Area</label>
        <select id={`${id}-area`} className="mc-select" value={local?.area ?? ''} onChange={(e) => setArea(e.currentTarget.value)}>
          <option value="">England as a whole (no area)</option>
          {data.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
          <option value="custom">Your own area</option>
          {local && !pilot && local.area !== 'custom' && <option value={local.area}>{local.area} (not known)</option>}
        </select>
        {pilot && (
          <span className="help">
            Troubled-families cohort {formatCount(pilot.cohort.value)} families ({pilot.cohort.source}).
          </span>
        )}
      </div>
      {local && (
        <>
          {local.area === 'custom' && (
            <NumberField
              label="Troubled-families cohort (families)"
              help={`Your area’s cohort; England’s is ${formatCount(data.nationalCohort.value)}.`}
              value={local.cohort}
              min={LINK_SPECS.cohort.min}
              max={LINK_SPECS.cohort.max}
              whole
              onValue={(v, kind) => setLocalPatch({ cohort: v }, kind)}
              onCommit={commit}
            />
          )}
          <NumberField
            label="Share of England’s population (%)"
            help={pilot ? 'Optional: scales every theme except families with complex needs.' : 'Scales every theme except families with complex needs.'}
            value={local.population === undefined ? undefined : Math.round(local.population * 100 * 1e6) / 1e6}
            min={0}
            max={100}
            exclusiveMin
            onValue={(v, kind) => setLocalPatch({ population: v === undefined ? undefined : v / 100 }, kind)}
            onCommit={commit}
          />
          <fieldset className="mc-field">
            <legend>Share of each theme’s spend (%), optional</legend>
            {included.map((t) => (
              <NumberField
                key={t.id}
                label={t.name}
                compact
                value={local.spend[t.id] === undefined ? undefined : Math.round(local.spend[t.id]! * 100 * 1e6) / 1e6}
                min={0}
                max={100}
                exclusiveMin
                onValue={(v, kind) => {
                  const spend = { ...local.spend };
                  if (v === undefined) delete spend[t.id];
                  else spend[t.id] = v / 100;
                  setLocalPatch({ spend }, kind);
                }}
                onCommit={commit}
              />
            ))}
          </fieldset>
          <fieldset className="mc-field">
            <legend>Who pays the local costs?</legend>
            {(['all', 'share'] as const).map((rule) => (
              <label key={rule} className="radio-line">
                <input type="radio" name={`${id}-costs`} value={rule} checked={local.costRule === rule} onChange={() => setLocalPatch({ costRule: rule })} />
                {rule === 'all' ? 'Local government pays all of them' : 'Local government pays in proportion to its share of the benefit'}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  help?: string;
  value: number | undefined;
  min: number;
  max: number;
  exclusiveMin?: boolean;
  whole?: boolean;
  compact?: boolean;
  onValue: (value: number | undefined, kind: 'live' | 'commit') => void;
  onCommit: () => void;
}

/** A number box: empty removes the value; anything invalid is explained and not used. */
function NumberField(props: NumberFieldProps) {
  const id = useId();
  const entry = useTypedEntry(props.value);
  const shown = entry.draft ?? (props.value === undefined ? '' : String(props.value));
  const usable = (t: string) => {
    const v = Number(t);
    return /^\d+(\.\d+)?$/.test(t) && (props.exclusiveMin ? v > props.min : v >= props.min) && v <= props.max && (!props.whole || Number.isInteger(v));
  };
  const trimmed = shown.trim();
  const valid = trimmed === '' || usable(trimmed);
  const wanted = `${props.whole ? 'a whole number' : 'a number'} ${props.exclusiveMin ? 'above' : 'from'} ${props.min} ${props.exclusiveMin ? 'and up to' : 'to'} ${formatCount(props.max)}`;
  const inUse = props.value === undefined ? 'stays empty' : `stays at ${formatNumber(props.value)}`;
  const error = !valid ? `Enter ${wanted}, or leave it empty.` : entry.note !== null ? `“${entry.note}” is not ${wanted}, so it ${inUse}.` : null;
  return (
    <div className={props.compact ? 'mc-inline number-field compact' : 'mc-field number-field'}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="mc-input"
        inputMode="decimal"
        value={shown}
        aria-invalid={!valid}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const next = e.currentTarget.value;
          entry.type(next);
          const t = next.trim();
          if (t === '') props.onValue(undefined, 'live');
          else if (usable(t)) props.onValue(Number(t), 'live');
        }}
        onBlur={() => {
          if (!valid) props.onValue(entry.before(), 'live');
          entry.finish(valid ? null : shown);
          props.onCommit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onCommit();
        }}
      />
      <span id={`${id}-help`} className={error ? 'field-error' : 'help'}>
        {error ?? props.help ?? ''}
      </span>
    </div>
  );
}

function LocalResults({ data, settings, result }: { data: ModelData; settings: Settings; result: LocalResult }) {
  const tableToggle = useTables('local');
  const themeRows = useMemo(() => buildLocalThemeRows(result, data), [result, data]);
  const partnerRows = useMemo(() => buildLocalPartnerRows(result, data), [result, data]);
  const positionRows = useMemo(() => buildPositionRows(result), [result]);
  const split = localCentralSplit(partnerRows);
  const horizonLabel = `${settings.horizon}-year net benefit`;
  const areaName = result.area.name;
  const ruleWords = result.costRule === 'all' ? 'local government pays all the local costs' : 'local government pays costs in proportion to its share of the benefit';
  const npv = result.npv.toNumber();
  return (
    <>
      <FigureList
        data-area={result.area.id}
        items={[
          { id: 'local-npv', term: <>{areaName}: {horizonLabel}</>, value: millions(npv), exact: npv },
          { id: 'local-annual', term: 'A year once running steadily', value: millions(result.annualNet.toNumber()) },
          {
            id: 'local-share',
            term: 'Share of the benefit in the local government budget',
            value: formatPercent(split.localShare, 0),
            exact: split.localShare ?? '',
          },
          {
            id: 'local-payback',
            term: 'Year local government’s own position turns positive',
            ...(customAreaEmpty(settings.local)
              ? { value: '–', note: 'Nothing to work out until the area’s figures are entered above.' }
              : { value: result.paybackYear ?? `Not within ${settings.horizon} years`, note: <>Assuming {ruleWords}.</> }),
          },
        ]}
      />
      <ScrollingTable className="chart-table local-themes" spec={localThemesSpec(themeRows, areaName, horizonLabel)} />
      <Figure
        title="Who gets the benefit"
        description={
          <p>
            {splitSentence(split)} The report found the same imbalance: under a fifth of the savings would fall to local government (EY 2013, 6.1), and its companion report on inclusion puts it at
            about 20% local and 80% central. The places that invest do not get most of the return.
          </p>
        }
        summary={localPartnersSummary(partnerRows, areaName, settings.horizon)}
        {...tableToggle('partners')}
        table={<DataTable spec={() => localPartnersSpec(partnerRows, settings.horizon)} />}
      >
        <PartnerBars rows={partnerRows} data={data} />
      </Figure>
      <Figure
        title="Local government’s own position"
        description={
          <p>
            Local government’s share of the benefit less the local costs, added up year by year in today’s money, assuming {ruleWords}. Above zero, it has got back what it put in.
          </p>
        }
        summary={positionSummary(positionRows, areaName, result.paybackYear, settings.horizon)}
        {...tableToggle('position')}
        table={<DataTable spec={() => localPositionSpec(positionRows)} />}
      >
        <PositionChart rows={positionRows} />
      </Figure>
    </>
  );
}

/** The right margin holds half of the last year's label ("2016-17"), centred on the plot's edge. */
const POSITION_MARGIN = margin(12, 40, 8, 4);
const POSITION_DOT = { r: 3 };

function PositionChart({ rows }: { rows: PositionRow[] }) {
  const narrow = useNarrow();
  const bare = useMemo(() => localAxis(rows.map((r) => r.cumulative)), [rows]);
  const tick = useMemo(() => millionsAxisFormat(bare.ticks), [bare]);
  const axis = useValueAxis(bare, 15, 64, tick);
  return (
    <Drawing height={240} initialWidth={600}>
      {() => (
        <LineChart data={rows} margin={POSITION_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} />
          <XAxis dataKey="year" tick={tickStyle(15)} interval={tickInterval(narrow || rows.length > MANY_YEARS)} />
          <YAxis tick={tickStyle(15)} {...axis} interval={0} />
          <ReferenceLine y={0} stroke={ZERO_LINE} />
          <Line
            dataKey="cumulative"
            name="Running position"
            stroke={CUMULATIVE}
            strokeWidth={2.5}
            dot={POSITION_DOT}
            isAnimationActive={false}
          />
          <Tooltip formatter={(v) => [millions(Number(v)), 'Running position']} isAnimationActive={false} />
        </LineChart>
      )}
    </Drawing>
  );
}

function PartnerBars({ rows, data }: { rows: LocalPartnerRow[]; data: ModelData }) {
  const axis = useMemo(() => localAxis(rows.map((r) => r.benefit)), [rows]);
  // By the case's own order of partners, so a place's own partners are not drawn black.
  const colours = partnerColours(partnerOrder(data));
  const tick = useMemo(() => millionsAxisFormat(axis.ticks), [axis]);
  return (
    <BarRows rows={rows} labelKey="name" axis={axis} tickFormatter={tick} frame={50}>
      <Bar dataKey="benefit" name="Benefit" isAnimationActive={false} stroke={INK}>
        {rows.map((r) => (
          <Cell key={r.partner} fill={colours[r.partner] ?? INK} />
        ))}
      </Bar>
      <Tooltip formatter={(v) => [millions(Number(v)), 'Benefit']} isAnimationActive={false} />
    </BarRows>
  );
}

function LocalMethod({ data }: { data: ModelData }) {
  const national = formatCount(data.nationalCohort.value);
  return (
    <>
      <h4>Scaling the national figures</h4>
      <p>
        Every figure in the model grows in proportion to take-up, so an area’s figures are the national ones multiplied by the area’s share of each theme. Which share is used:
      </p>
      <ul>
        <li>
          <strong>Families with complex needs:</strong> the area’s troubled-families cohort divided by England’s ({national} families), the driver the report itself used to scale this theme
          (EY 2013, 6.3.1). If no cohort is known, the population share.
        </li>
        <li>
          <strong>Health and social care, work and skills, and the annex cases:</strong> the area’s share of England’s population, if you give one. <strong>If you give nothing else, the cohort share
          is used</strong>, which assumes these services grow with the number of families with complex needs; that is only a rough guide.
        </li>
        <li>
          <strong>A share of a theme’s spend</strong>, if you give one, is used for that theme before anything else.
        </li>
      </ul>
      <h4>Local and central budgets</h4>
      <p>
        The benefit is divided between partners by the report’s shares (with the partner lens you have chosen). Local government is the local budget; the Department of Health (including the NHS), the
        Department for Work and Pensions, the Home Office, the Ministry of Justice and the Department for Education are central departments.
      </p>
      <h4>Local government’s own position</h4>
      <p>
        By default local government is assumed to pay <strong>all the local investment and running costs</strong>, because local places deliver the change; you can instead have it pay costs in
        proportion to its share of the benefit, as if the costs were pooled like the savings. Its position is its share of the benefit less those costs, added up year by year in today’s money.
      </p>
      <h4>Limits</h4>
      <p>
        This is the national model scaled down, not a local business case: local costs, demand and the mix of services differ from place to place. The four pilots’ own business cases were never
        audited. Uncertainty ranges are shown for England as a whole, above.
      </p>
    </>
  );
}
