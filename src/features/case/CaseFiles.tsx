import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { CASE_LIMITS, caseJson, readCaseText, type CaseCheck, type CaseDoc, type CaseProblem } from '../../model';
import { downloadBlob, downloadText, fileSlug } from '../../lib/download';
import { readCaseWorkbook, writeCaseWorkbook } from './caseWorkbook';

const MAX_SHOWN = 30;

/** A JSON file's text, refusing one far too large to be a case before reading it all. */
async function readJsonFile(file: File): Promise<CaseCheck> {
  if (file.size > CASE_LIMITS.maxFileChars * 4) {
    const message = `the file is ${(file.size / 1e6).toFixed(1)} MB, far more than a case`;
    return { ok: false, error: `${file.name}: ${message}`, problems: [{ path: [], message }] };
  }
  return readCaseText(await file.text(), file.name);
}

const where = (p: CaseProblem) => (p.path.length ? p.path.map(String).join('.') : '');

/** Import and export: the case as JSON, or as an Excel workbook to fill in and read back. */
export function CaseFiles({ doc, problemCount, onImport, confirm }: { doc: CaseDoc | null; problemCount: number; onImport: (what: string, doc: CaseDoc) => void; confirm: ReactNode }) {
  const id = useId();
  const [failed, setFailed] = useState<{ file: string; problems: CaseProblem[]; writing?: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const reason = problemCount > 0 ? `Exporting needs a case without problems: ${problemCount} to fix first.` : 'Exporting needs a case: start from a template or import one.';

  const importWith = (read: (file: File) => Promise<CaseCheck>, kind: string) => async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setFailed(null);
    setBusy(`Reading ${file.name}…`);
    let checked: CaseCheck;
    try {
      checked = await read(file);
    } catch (error) {
      const message = `could not be read (${error instanceof Error ? error.message : String(error)})`;
      checked = { ok: false, error: message, problems: [{ path: [], message }] };
    }
    setBusy(null);
    input.value = '';
    if (checked.ok) onImport(`the ${kind} file ${file.name}`, checked.value);
    else setFailed({ file: file.name, problems: checked.problems });
  };

  const workbook = async () => {
    if (!doc) return;
    setFailed(null);
    setBusy('Writing the workbook…');
    try {
      downloadBlob(await writeCaseWorkbook(doc), `${fileSlug(doc.name)}.xlsx`);
      setBusy(null);
    } catch (error) {
      setBusy(null);
      setFailed({ file: `${fileSlug(doc.name)}.xlsx`, problems: [{ path: [], message: `could not be written (${error instanceof Error ? error.message : String(error)})` }], writing: true });
    }
  };

  return (
    <section className="case-section case-files" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Files</h3>
      <div className="button-row">
        <button type="button" className="secondary-button" disabled={!doc} aria-describedby={doc ? undefined : `${id}-why`} onClick={() => doc && downloadText(caseJson(doc), `${fileSlug(doc.name)}.json`, 'application/json')}>
          Export JSON
        </button>
        <button type="button" className="secondary-button" disabled={!doc} aria-describedby={doc ? `${id}-xlsx` : `${id}-why ${id}-xlsx`} onClick={() => void workbook()}>
          Download XLSX template
        </button>
      </div>
      {!doc && (
        <p className="help" id={`${id}-why`}>
          {reason}
        </p>
      )}
      <p className="help" id={`${id}-xlsx`}>
        The workbook holds this case with a sheet for each part and guidance on filling it in; import it back when it is done.
      </p>
      <div className="case-imports">
        <div className="case-field">
          <label htmlFor={`${id}-json`}>Import a case from a JSON file</label>
          <input id={`${id}-json`} type="file" accept=".json,application/json" onChange={(e) => void importWith(readJsonFile, 'JSON')(e)} />
        </div>
        <div className="case-field">
          <label htmlFor={`${id}-book`}>Import a case from an XLSX workbook</label>
          <input id={`${id}-book`} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void importWith((f) => readCaseWorkbook(f, f.name), 'XLSX')(e)} />
        </div>
      </div>
      <p role="status" className="case-said">
        {busy ?? ''}
      </p>
      {failed && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{failed.file}</strong> could not be {failed.writing ? 'written' : 'imported; the case you are building is unchanged'}. {failed.problems.length === 1 ? 'The problem' : `The ${failed.problems.length} problems`}:
          </p>
          <ul>
            {failed.problems.slice(0, MAX_SHOWN).map((p, i) => (
              <li key={i}>
                {where(p) && <code>{where(p)}</code>}
                {where(p) && ': '}
                {p.message}
              </li>
            ))}
            {failed.problems.length > MAX_SHOWN && <li>…and {failed.problems.length - MAX_SHOWN} more.</li>}
          </ul>
        </div>
      )}
      {confirm}
    </section>
  );
}
