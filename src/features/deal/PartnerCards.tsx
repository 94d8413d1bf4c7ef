import type { LedgerRow } from './dealRows';
import { formatMoney } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { cardYearsSpec, paybackText, roiText } from './dealTables';

/** One card a partner, for the table representing it: its ledger in large type. */
export function PartnerCards({ rows, horizon, caseName, rule }: { rows: readonly LedgerRow[]; horizon: number; caseName: string; rule: string }) {
  return (
    <ul className="partner-cards" aria-label="Partner cards">
      {rows.map((r) => (
        <li key={r.key} className="partner-card" data-partner={r.key}>
          <h3>{r.name}</h3>
          <p className="card-rule">
            {rule}. {caseName}, over {horizon} years in today’s money.
          </p>
          <dl className="card-figures">
            <div>
              <dt>Puts in</dt>
              <dd>{formatMoney(r.pvCost)}</dd>
            </div>
            <div>
              <dt>Gets back</dt>
              <dd>{formatMoney(r.pvBenefit)}</dd>
            </div>
            <div className={r.npv < 0 ? 'is-loss' : undefined}>
              <dt>Net</dt>
              <dd>{formatMoney(r.npv)}</dd>
            </div>
            <div>
              <dt>Breaks even</dt>
              <dd>{paybackText(r, horizon)}</dd>
            </div>
            <div>
              <dt>Net return</dt>
              <dd>{roiText(r.roi)}</dd>
            </div>
          </dl>
          <DataTable spec={cardYearsSpec(r)} />
        </li>
      ))}
    </ul>
  );
}
