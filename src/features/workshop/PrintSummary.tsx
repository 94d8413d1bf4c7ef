import { shareLink, useAppData, useSettledSettings } from '../../state';
import { describeAssumptions } from '../../lib/describe';
import { PrintDate } from './PrintDate';
import { PrintPartners } from './PrintPartners';

/** The assumptions in words, shown only on the printed page (the controls are hidden there). */
export function PrintSummary() {
  const { data } = useAppData();
  const settings = useSettledSettings();
  const lines = describeAssumptions(settings, data);
  return (
    <section className="print-only print-summary" aria-label="Assumptions for printing">
      <h2>Assumptions</h2>
      <dl className="print-assumptions">
        {lines.map((l) => (
          <div key={l.label}>
            <dt>{l.label}</dt>
            <dd>{l.value}</dd>
          </div>
        ))}
      </dl>
      <p className="print-link">Link to these settings: {shareLink(settings)}</p>
      <PrintDate />
      <PrintPartners />
    </section>
  );
}
