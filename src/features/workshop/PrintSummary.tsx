import { useEffect, useState } from 'react';
import { selectBaseline, selectResults, shareLink, useAppData, useSettledSettings } from '../../state';
import { describeAssumptions } from '../../lib/describe';
import { dateInWords } from '../../lib/provenance';
import { printPartnersSpec } from '../charts/chartTables';
import { buildPartnerRows } from '../charts/partnerRows';
import { DataTable } from '../../ui/DataTable';

/** The day the page is printed, read again as printing starts (a page left open overnight). */
function PrintDate() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const update = () => setNow(new Date());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return <p className="print-date">Printed on {dateInWords(now)}.</p>;
}

/** The assumptions in words, the link and who gets the savings: printed instead of the controls. */
export function PrintSummary() {
  const { data } = useAppData();
  const settings = useSettledSettings();
  const partners = buildPartnerRows(selectResults(data, settings), data, settings, selectBaseline(data));
  return (
    <section className="print-only print-summary" aria-label="Assumptions for printing">
      <h2>Assumptions</h2>
      <dl className="print-assumptions">
        {describeAssumptions(settings, data).map((l) => (
          <div key={l.label}>
            <dt>{l.label}</dt>
            <dd>{l.value}</dd>
          </div>
        ))}
      </dl>
      <p className="print-link">Link to these settings: {shareLink(settings)}</p>
      <PrintDate />
      <DataTable spec={printPartnersSpec(partners, settings.horizon, data.published ? undefined : 'the case as given')} />
    </section>
  );
}
