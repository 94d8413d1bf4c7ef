import { useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ModelData } from '../../model';
import { MAX_ROUNDS_COMPARED, selectResults, settingsOf, useCaseScenarios, useDealStore, useSettingsStore, type SavedScenario } from '../../state';
import { formatMoney, formatPercent, moneyAxisFormat } from '../../lib/format';
import { payWords } from '../../lib/describe';
import { Drawing } from '../../ui/chart/Drawing';
import { niceAxis } from '../../ui/chart/niceAxis';
import { margin, tickStyle } from '../../ui/chart/stableProps';
import { DataTable } from '../../ui/DataTable';
import { figureCell, tableRow, textCell, type TableSpec } from '../../ui/tableSpec';
import { GRID, INK, ZERO_LINE } from '../../ui/palette';
import { buildLedgerRows, type LedgerRow } from './dealRows';

/** Four rounds, in the colour-blind-safe set, in the legend's order top to bottom within each partner. */
const ROUND_FILLS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];
const ROUNDS_MARGIN = margin(10, 16, 10, 4);

interface RoundFigures {
  round: SavedScenario;
  rule: string;
  rows: LedgerRow[];
  centralShare: number | null;
  breakevenYear: number;
  npv: number;
}

export const isRound = (s: SavedScenario) => /^Round \d+/.test(s.name);

function roundsSpec(rounds: readonly RoundFigures[], partners: readonly { key: string; name: string }[]): TableSpec {
  const cell = (r: RoundFigures, key: string) => {
    const row = r.rows.find((x) => x.key === key);
    return figureCell(row?.npv ?? 0, `${formatMoney(row?.npv ?? 0)} (puts in ${formatMoney(row?.pvCost ?? 0)})`);
  };
  return {
    caption: 'Each round side by side: every partner’s net position (and what it puts in), in today’s money',
    name: 'deal-rounds',
    columns: [{ header: 'Partner' }, ...rounds.map((r) => ({ header: r.round.name }))],
    rows: [
      tableRow('rule', textCell('Who pays'), rounds.map((r) => textCell(r.rule))),
      ...partners.map((p) => tableRow(p.key, textCell(p.name), rounds.map((r) => cell(r, p.key)), p.key)),
      tableRow('npv', textCell('Net benefit, all partners'), rounds.map((r) => figureCell(r.npv, formatMoney(r.npv)))),
      tableRow('gap', textCell('Central share of costs for local partners to break even'), rounds.map((r) => figureCell(r.centralShare, `${formatPercent(r.centralShare, 0)} by year ${r.breakevenYear}`))),
    ],
  };
}

/** The debrief: up to four saved rounds side by side. */
export function RoundsCompare({ data }: { data: ModelData }) {
  const id = useId();
  const saved = useCaseScenarios();
  const vocabulary = useSettingsStore((s) => s.vocabulary);
  const compared = useDealStore((s) => s.compared);
  const toggle = useDealStore((s) => s.toggleCompared);
  const [refused, setRefused] = useState('');
  const [showTable, setShowTable] = useState(true);
  // Rounds first (newest last, as saved), then any other saved scenario that could be compared.
  const choices = useMemo(() => [...saved.filter(isRound), ...saved.filter((s) => !isRound(s))], [saved]);
  const rounds = useMemo(
    () =>
      compared.flatMap((cid): RoundFigures[] => {
        const round = saved.find((s) => s.id === cid);
        if (!round) return [];
        const settings = settingsOf(round.query, vocabulary);
        const results = selectResults(data, settings);
        return [{ round, rule: payWords(settings, data), rows: buildLedgerRows(results, data), centralShare: results.deal.centralShare, breakevenYear: results.deal.breakevenYear, npv: results.total.npv.toNumber() }];
      }),
    [compared, saved, data],
  );
  const partners = useMemo(() => data.partners.map((p) => ({ key: p.id, name: p.name })), [data]);
  const chartRows = useMemo(() => partners.map((p) => ({ name: p.name, ...Object.fromEntries(rounds.map((r) => [r.round.id, r.rows.find((x) => x.key === p.key)?.npv ?? 0])) })), [partners, rounds]);
  const axis = useMemo(() => niceAxis(rounds.flatMap((r) => r.rows.map((x) => x.npv)), 5, 0.01, true), [rounds]);

  return (
    <section className="deal-rounds" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Compare rounds</h3>
      {choices.length === 0 ? (
        <p className="help">Save the room’s proposals as rounds (“Save as a round”) to compare up to {MAX_ROUNDS_COMPARED} of them here.</p>
      ) : (
        <fieldset className="round-picker">
          <legend>Rounds to compare (up to {MAX_ROUNDS_COMPARED})</legend>
          {choices.map((s) => (
            <div key={s.id} className="choice">
              <input
                type="checkbox"
                id={`${id}-${s.id}`}
                checked={compared.includes(s.id)}
                onChange={() => setRefused(toggle(s.id) ? '' : `At most ${MAX_ROUNDS_COMPARED} rounds side by side: untick one first.`)}
              />
              <label htmlFor={`${id}-${s.id}`}>{s.name}</label>
            </div>
          ))}
          <p role="status" className="field-error">
            {refused}
          </p>
        </fieldset>
      )}
      {rounds.length > 0 && (
        <figure className="chart sub-figure" aria-labelledby={`${id}-chart`}>
          <div className="chart-head">
            <h4 id={`${id}-chart`}>Each partner’s net position, round by round</h4>
            <button type="button" className="secondary-button" aria-expanded={showTable} onClick={() => setShowTable((v) => !v)}>
              {showTable ? 'Hide table' : 'Show table'}
            </button>
          </div>
          <div className="chart-plot" role="img" aria-label={rounds.map((r) => `${r.round.name}: ${r.rows.map((x) => `${x.name} ${formatMoney(x.npv)}`).join(', ')}`).join('. ')}>
            <Drawing height={60 + partners.length * (rounds.length * 14 + 18)} initialWidth={640}>
              {() => (
                <BarChart data={chartRows} layout="vertical" margin={ROUNDS_MARGIN} accessibilityLayer={false}>
                  <CartesianGrid stroke={GRID} horizontal={false} />
                  <YAxis type="category" dataKey="name" tick={tickStyle(14)} interval={0} width={200} />
                  <XAxis type="number" tickFormatter={moneyAxisFormat(axis.ticks)} tick={tickStyle(14)} domain={axis.domain} ticks={axis.ticks} />
                  <ReferenceLine x={0} stroke={ZERO_LINE} />
                  {rounds.map((r, i) => (
                    <Bar key={r.round.id} dataKey={r.round.id} name={r.round.name} fill={ROUND_FILLS[i]} stroke={INK} isAnimationActive={false} />
                  ))}
                  <Legend wrapperStyle={{ fontSize: 15 }} />
                  <Tooltip formatter={(v, name) => [formatMoney(Number(v)), String(name)]} isAnimationActive={false} />
                </BarChart>
              )}
            </Drawing>
          </div>
          {showTable && <DataTable spec={roundsSpec(rounds, partners)} />}
        </figure>
      )}
    </section>
  );
}
