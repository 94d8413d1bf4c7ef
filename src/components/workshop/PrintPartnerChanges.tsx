import { useEffect, useState } from 'react';
import type { Settings } from '../../model';
import { selectResults, useAppData, useBaseline } from '../../state';
import { formatChange, formatMoneyColumn } from '../format';
import { buildPartnerChangeRows, PARTNER_FIGURE_WORDS } from './partnerChange';
import { dateInWords } from './provenance';

/** Each partner's figure on the printed page, beside the report base's and the change (issue 21). */
export function PrintPartnerChanges({ settings }: { settings: Settings }) {
  const { data } = useAppData();
  const baseline = useBaseline();
  const rows = buildPartnerChangeRows(selectResults(data, settings), baseline, data, settings);
  // Both columns in one format, so a figure and its base read alike.
  const money = formatMoneyColumn(rows.flatMap((r) => [r.value, r.base]));
  const values = rows.map((_, i) => money[2 * i]);
  const bases = rows.map((_, i) => money[2 * i + 1]);
  return (
    <table className="print-partners">
      <caption>Who gets the savings: {PARTNER_FIGURE_WORDS}, £, against the report’s base</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">These settings</th>
          <th scope="col">Report base</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const change = formatChange(r.change);
          return (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{values[i]}</td>
              <td>{bases[i]}</td>
              <td>
                <span aria-hidden="true">{change.arrow ? `${change.arrow} ` : ''}{change.text}</span>
                <span className="visually-hidden">{change.words}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The day the page is printed, read again as printing starts (a page left open overnight). */
export function PrintDate() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const update = () => setNow(new Date());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return <p className="print-date">Printed on {dateInWords(now)}.</p>;
}
