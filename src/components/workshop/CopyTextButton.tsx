import { copyText, selectBaseline, selectResults, shareLink, useAppData, useSettingsStore } from '../../state';
import { useCopyStatus } from '../useCopyStatus';
import { buildCommitteeText } from './committeeText';

/** Copies a short paragraph on the current results for a committee report. */
export function CopyTextButton() {
  const { data } = useAppData();
  const [status, setStatus] = useCopyStatus();

  const onCopy = async () => {
    // Read when clicked: subscribing would re-render the button at every slider step.
    const settings = useSettingsStore.getState().settings;
    const text = buildCommitteeText(selectResults(data, settings), selectBaseline(data), settings, data, shareLink(settings));
    const ok = await copyText(text);
    setStatus(ok ? { kind: 'copied' } : { kind: 'failed', text });
  };

  return (
    <div className="copy-link copy-text">
      <button type="button" className="secondary-button" onClick={() => void onCopy()}>
        Copy as text
      </button>
      <p role="status" className="copy-status">
        {status.kind === 'copied' && '✓ Paragraph copied'}
        {status.kind === 'failed' && 'Could not copy automatically: select the paragraph and copy it.'}
      </p>
      {status.kind === 'failed' && (
        <textarea className="copy-fallback" readOnly value={status.text} aria-label="Paragraph on these results" rows={6} onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
