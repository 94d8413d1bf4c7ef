import { useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Sankey, Tooltip, XAxis, YAxis, type SankeyNodeProps } from 'recharts';
import { formatMoney } from '../../lib/format';
import { useNarrow } from '../../lib/useNarrow';
import { useTables } from '../../state';
import { useValueAxis } from '../../ui/chart/axisWidth';
import { Figure } from '../../ui/chart/ChartFrame';
import { Drawing } from '../../ui/chart/Drawing';
import { moneyAxis } from '../../ui/chart/niceAxis';
import { MANY_YEARS, margin, tickInterval, tickStyle } from '../../ui/chart/stableProps';
import { DataTable } from '../../ui/DataTable';
import { GRID, INK, partnerColours, ZERO_LINE } from '../../ui/palette';
import { buildFlowLinks, buildPositionRows, CREATED, LOST, NO_PAYER, PROGRAMME, type LedgerRow } from './dealRows';
import { flowSpec, positionSpec } from './dealTables';

const POSITION_MARGIN = margin(12, 36, 8, 4);
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2', '10 4'];

/** Partners whose position is not zero throughout (a partner with nothing in or out is only noise). */
const moving = (rows: readonly LedgerRow[]) => rows.filter((r) => r.years.some((y) => y.cumulative !== 0));

function positionSummary(rows: readonly LedgerRow[], horizon: number): string {
  const ends = moving(rows).map((r) => `${r.name} ${formatMoney(r.years.at(-1)?.cumulative ?? 0)}${r.paybackYear ? `, even by ${r.paybackYear}` : r.pvCost > 0 ? ', not even' : ''}`);
  return `Each partner’s running total over ${horizon} years, in today’s money. At the end: ${ends.join('; ') || 'nobody has money in or out'}.`;
}

/** Each partner's running total year by year: below zero it is still paying back. */
export function PositionChart({ rows, horizon }: { rows: readonly LedgerRow[]; horizon: number }) {
  const toggle = useTables('deal');
  const narrow = useNarrow();
  const shown = useMemo(() => moving(rows), [rows]);
  const data = useMemo(() => buildPositionRows(shown), [shown]);
  const bare = useMemo(() => moneyAxis(shown.flatMap((r) => r.years.map((y) => y.cumulative)), 5), [shown]);
  // Labels in £m or £bn as the ticks need (useValueAxis).
  const axis = useValueAxis(bare, 15, 64);
  // By every partner's place in the case (not only those shown), so a colour stays with its partner.
  const colours = partnerColours(rows.map((r) => r.key));
  return (
    <Figure
      title="Each partner’s running total"
      description="Money each partner gets back less what it puts in, added up year by year in today’s money. Below the line it is still paying back; crossing it is breaking even."
      summary={positionSummary(rows, horizon)}
      {...toggle('position')}
      table={<DataTable spec={positionSpec(rows)} />}
    >
      <Drawing height={280} initialWidth={640}>
        {() => (
          <LineChart data={data} margin={POSITION_MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} />
            <XAxis dataKey="year" tick={tickStyle(15)} interval={tickInterval(narrow || data.length > MANY_YEARS)} />
            <YAxis tick={tickStyle(15)} {...axis} interval={0} />
            <ReferenceLine y={0} stroke={ZERO_LINE} strokeWidth={1.5} />
            {shown.map((r, i) => (
              <Line key={r.key} dataKey={r.key} name={r.name} stroke={colours[r.key] ?? INK} strokeWidth={3} strokeDasharray={DASHES[i % DASHES.length]} dot={{ r: 3 }} isAnimationActive={false} />
            ))}
            <Legend wrapperStyle={{ fontSize: 15 }} />
            <Tooltip formatter={(v, name) => [formatMoney(Number(v)), String(name)]} isAnimationActive={false} />
          </LineChart>
        )}
      </Drawing>
    </Figure>
  );
}

// Room for the names beside the outer columns ("Department for Work and Pensions pays £418m"); on a
// narrow drawing the partners go by their ids ("DWP pays £418m").
const WIDE_FLOW = 860;
const flowMargin = (wide: boolean) => (wide ? margin(10, 290, 10, 290) : margin(10, 140, 10, 140));
const FIXED_NODES: Record<string, string> = { [PROGRAMME]: '#4d4d4d', [CREATED]: '#2f6b3a', [LOST]: '#8c2d04', [NO_PAYER]: '#8C8C8C' };

/** A node's bar with its name and amount beside it, on the outer side. */
function FlowNode({ x, y, width, height, payload, colours, labels, fontSize }: SankeyNodeProps & { colours: Record<string, string>; labels: Record<string, string> | null; fontSize: number }) {
  const name = String(payload.name);
  // The first column's names sit to its left, the others' to their right.
  const left = payload.depth === 0;
  const value = formatMoney(Number(payload.value));
  return (
    <g>
      <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={colours[name] ?? '#4d4d4d'} stroke={INK} strokeWidth={0.5} />
      <text x={left ? x - 6 : x + width + 6} y={y + height / 2} textAnchor={left ? 'end' : 'start'} dominantBaseline="middle" fontSize={fontSize} fill={INK}>
        {labels?.[name] ?? name} {value}
      </text>
    </g>
  );
}

/** Who pays in and who gets out: payers on the left, the programme in the middle, receivers on the right. */
export function MoneyFlow({ rows, npv, unpaid }: { rows: readonly LedgerRow[]; npv: number; unpaid: number }) {
  const toggle = useTables('deal');
  const links = useMemo(() => buildFlowLinks(rows, npv, unpaid), [rows, npv, unpaid]);
  const [width, setWidth] = useState(WIDE_FLOW);
  const sankey = useMemo(() => {
    const names = [...new Set(links.flatMap((l) => [l.from, l.to]))];
    return { nodes: names.map((name) => ({ name })), links: links.map((l) => ({ source: names.indexOf(l.from), target: names.indexOf(l.to), value: l.value })) };
  }, [links]);
  const colours = useMemo(() => {
    const out: Record<string, string> = { ...FIXED_NODES };
    const partner = partnerColours(rows.map((r) => r.key));
    for (const r of rows) {
      out[`${r.name} pays`] = partner[r.key] ?? INK;
      out[`${r.name} gains`] = partner[r.key] ?? INK;
    }
    return out;
  }, [rows]);
  const short = useMemo(() => {
    const out: Record<string, string> = { [PROGRAMME]: 'Programme', [CREATED]: 'Created', [NO_PAYER]: 'No payer', [LOST]: 'Loss' };
    for (const r of rows) {
      out[`${r.name} pays`] = `${r.key} pays`;
      out[`${r.name} gains`] = `${r.key} gains`;
    }
    return out;
  }, [rows]);
  const inflow = links.filter((l) => l.to === PROGRAMME);
  const summary = `Money in: ${inflow.map((l) => `${l.from} ${formatMoney(l.value)}`).join('; ')}. Money out: ${links
    .filter((l) => l.from === PROGRAMME)
    .map((l) => `${l.to} ${formatMoney(l.value)}`)
    .join('; ')}.`;
  return (
    <Figure
      title="Who pays in and who gets out"
      description="Present values over the horizon. On the left, what each partner puts in and the net benefit the change creates; on the right, what each partner gets back."
      summary={summary}
      {...toggle('flow')}
      table={<DataTable spec={flowSpec(links)} />}
    >
      {links.length === 0 ? (
        <p className="deal-empty">No money moves: no theme is switched on.</p>
      ) : (
        <Drawing height={340} initialWidth={900} onResize={setWidth}>
          {() => {
            const wide = width >= WIDE_FLOW;
            return (
            <Sankey
              data={sankey}
              nodePadding={18}
              nodeWidth={14}
              margin={flowMargin(wide)}
              link={{ stroke: '#9aa5b1', strokeOpacity: 0.45 }}
              node={(p: SankeyNodeProps) => <FlowNode {...p} colours={colours} labels={wide ? null : short} fontSize={wide ? 14 : 13} />}
            >
              <Tooltip formatter={(v) => formatMoney(Number(v))} isAnimationActive={false} />
            </Sankey>
            );
          }}
        </Drawing>
      )}
    </Figure>
  );
}
