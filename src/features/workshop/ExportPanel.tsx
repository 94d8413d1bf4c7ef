import { useState } from 'react';
import { selectResults, shareLink, useAppData, useSettingsStore } from '../../state';
import { downloadBlob, downloadText, fileDate } from '../../lib/download';
import { headerLines, ledgerTable, partnerTable, toCsv, workbookSheets, yearlyTable, type SheetSpec } from './exports';

/** Writes the workbook with write-excel-file, loaded only now (it is not in the first download). */
async function workbookBlob(specs: SheetSpec[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheets = specs.map((s) => ({
    sheet: s.name,
    columns: s.widths.map((width) => ({ width })),
    data: s.rows.map((row) =>
      row.map((c) =>
        c.value === null
          ? null
          : typeof c.value === 'number'
            ? { value: c.value, type: Number, format: c.format, fontWeight: c.bold ? ('bold' as const) : undefined }
            : { value: c.value, type: String, fontWeight: c.bold ? ('bold' as const) : undefined, wrap: false },
      ),
    ),
  }));
  return writeXlsxFile(sheets, { fontFamily: 'Arial', fontSize: 11 }).toBlob();
}

export function ExportPanel({ id }: { id: string }) {
  const { data } = useAppData();
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const date = fileDate();

  // Read when a download starts, not on every slider step: downloads use the settings on screen now.
  const now = () => {
    const settings = useSettingsStore.getState().settings;
    return { settings, results: selectResults(data, settings) };
  };

  const csv = (which: 'yearly' | 'partners' | 'ledger') => {
    const { settings, results } = now();
    const table = which === 'yearly' ? yearlyTable(results, data) : which === 'partners' ? partnerTable(results, data, settings) : ledgerTable(results, data, settings);
    const text = toCsv(table, headerLines(table.caption, settings, data, shareLink(settings), new Date()));
    const name = `community-budgets-${{ yearly: 'yearly-by-theme', partners: 'partners', ledger: 'partner-ledger' }[which]}-${date}.csv`;
    downloadText(text, name, 'text/csv;charset=utf-8');
    setStatus({ text: `Downloaded ${name}.` });
  };

  const xlsx = async () => {
    setStatus({ text: 'Preparing the workbook…' });
    try {
      const { settings, results } = now();
      const blob = await workbookBlob(workbookSheets(results, data, settings, shareLink(settings), new Date()));
      const name = `community-budgets-${date}.xlsx`;
      downloadBlob(blob, name);
      setStatus({ text: `Downloaded ${name}.` });
    } catch (e) {
      setStatus({ text: `The workbook could not be made: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  };

  return (
    <section className="workshop-panel export-panel" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export and print</h2>
      <p className="help">Downloads use the settings on screen now. Each file starts with the settings, the source and a link back to them.</p>
      <div className="export-buttons">
        <button type="button" className="secondary-button" onClick={() => csv('yearly')}>
          Yearly figures by theme (CSV)
        </button>
        <button type="button" className="secondary-button" onClick={() => csv('partners')}>
          Partner allocation (CSV)
        </button>
        <button type="button" className="secondary-button" onClick={() => csv('ledger')}>
          Each partner’s ledger (CSV)
        </button>
        <button type="button" className="secondary-button" onClick={() => void xlsx()}>
          Excel workbook (.xlsx)
        </button>
        <button type="button" className="secondary-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <p className="help">Each chart of the main view (benefit profile, partners, robustness) and of the comparison also has PNG and SVG download buttons beside its title.</p>
      <p role="status" className={status?.error ? 'control-error' : 'saved-status'}>
        {status?.text}
      </p>
    </section>
  );
}
