import { selectBaseline, selectResults, useAppData, useSettledSettings } from '../../state';
import { buildPartnerRows } from '../charts/partnerRows';
import { PartnerFigureCells } from '../charts/PartnerFigureCells';

/**
 * Who gets the savings, for the printed page: each partner's net benefit over the horizon and a
 * year once running, each with its change from the report base, by the same rules as the screen.
 */
export function PrintPartners() {
  const { data } = useAppData();
  const settings = useSettledSettings();
  const rows = buildPartnerRows(selectResults(data, settings), data, settings, selectBaseline(data));
  const horizon = `${settings.horizon}-year net benefit`;
  return (
    <table className="print-partners">
      <caption>Who gets the savings, with the change from the report base</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">{horizon}</th>
          <th scope="col">Change</th>
          <th scope="col">A year once running</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <PartnerFigureCells row={r} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
