import { selectBaseline, selectResults, useAppData, useSettledSettings } from '../../state';
import { printPartnersSpec } from '../charts/chartTables';
import { buildPartnerRows } from '../charts/partnerRows';
import { DataTable } from '../../ui/DataTable';

/**
 * Who gets the savings, for the printed page: each partner's net benefit over the horizon and a
 * year once running, each with its change from the report base, by the same rules as the screen.
 */
export function PrintPartners() {
  const { data } = useAppData();
  const settings = useSettledSettings();
  const rows = buildPartnerRows(selectResults(data, settings), data, settings, selectBaseline(data));
  return <DataTable spec={printPartnersSpec(rows, settings.horizon)} />;
}
