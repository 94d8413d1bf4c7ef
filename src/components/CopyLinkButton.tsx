import { copyText, shareLink, useSettingsStore } from '../state';
import { useCopyStatus } from './useCopyStatus';

/** Copies a link to the current settings, with a visible (and announced) confirmation. */
export function CopyLinkButton() {
  const [status, setStatus] = useCopyStatus();

  const onCopy = async () => {
    // Read when clicked: subscribing would re-render the button at every slider step.
    const link = shareLink(useSettingsStore.getState().settings);
    const ok = await copyText(link);
    setStatus(ok ? { kind: 'copied' } : { kind: 'failed', text: link });
  };

  return (
    <div className="copy-link">
      <button type="button" className="primary-button" onClick={() => void onCopy()}>
        Copy link to these settings
      </button>
      <p role="status" className="copy-status">
        {status.kind === 'copied' && '✓ Link copied'}
        {status.kind === 'failed' && 'Could not copy automatically: select the link and copy it.'}
      </p>
      {status.kind === 'failed' && (
        <input
          className="copy-fallback"
          readOnly
          value={status.text}
          aria-label="Link to these settings"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
