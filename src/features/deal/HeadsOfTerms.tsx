import type { ModelData, Results, Settings } from '../../model';
import { caveatFor, describeAssumptions, payWords, pricesWords } from '../../lib/describe';
import { dateInWords } from '../../lib/provenance';
import { shareLink } from '../../state';
import type { LedgerRow } from './dealRows';
import { DataTable } from '../../ui/DataTable';
import { contributionsSpec, ledgerSpec } from './dealTables';

/** A one-page heads of terms for a proposal: who puts in what and when, what each expects back, on what assumptions. */
export function HeadsOfTerms({ title, rows, results, settings, data }: { title: string; rows: readonly LedgerRow[]; results: Results; settings: Settings; data: ModelData }) {
  const gap = results.deal.gap;
  return (
    <article className="heads-of-terms" aria-label="Heads of terms">
      <h2>Heads of terms: {title}</h2>
      <p className="hot-case">
        {data.name}. {payWords(settings, data)}. Money in £, {pricesWords(settings, data)}; totals are present values at {Math.round(settings.rate * 1000) / 10}% a year.
      </p>
      <h3>1. Contributions</h3>
      <DataTable spec={contributionsSpec(rows)} />
      {gap !== 0 && <p className="hot-warning">{gap > 0 ? `${Math.round(gap * 1000) / 10}% of the costs has no payer yet.` : `The shares offered come to ${Math.round(-gap * 1000) / 10}% more than the costs.`}</p>}
      <h3>2. Expected savings and payback</h3>
      <DataTable spec={{ ...ledgerSpec(rows, settings.horizon), caption: `What each partner can expect back over ${settings.horizon} years`, name: undefined, className: 'hot-table' }} />
      <h3>3. Assumptions and their sources</h3>
      <ul className="hot-assumptions">
        {describeAssumptions(settings, data).map((l) => (
          <li key={l.label}>
            <strong>{l.label}:</strong> {l.value} <span className="hot-source">({l.source})</span>
          </li>
        ))}
      </ul>
      <h3>4. What these figures are not</h3>
      <p>
        They are estimates for discussion, not an agreement or a forecast. {caveatFor(data)} Each partner should test its own figures before it commits money.
      </p>
      <p className="hot-footer">
        Printed on {dateInWords(new Date())}. These settings: {shareLink(settings)}
      </p>
    </article>
  );
}
