import { useState } from 'react';
import { SAVED_KEY, useSavedStore, type SavedNotice } from '../../state';
import { SetAsideDownload } from './SavedPanel';

const TITLES: Partial<Record<SavedNotice['kind'], string>> = {
  migrated: 'Saved scenarios updated',
  stuck: 'Saved scenarios are not being stored',
  newer: 'Saved scenarios belong to a newer version',
};

/** "Clear stored data" asks once more before it removes anything. */
function ClearStored() {
  const clear = useSavedStore((s) => s.clearStoredData);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="secondary-button danger" onClick={() => setConfirming(true)}>
        Clear stored data…
      </button>
    );
  }
  return (
    <>
      <span>This removes the stored data from this browser. Download it first if you may need it.</span>
      <button type="button" className="secondary-button danger" onClick={() => clear()}>
        Yes, clear stored data
      </button>
      <button type="button" className="secondary-button" onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </>
  );
}

/** Problems with the saved scenarios store, shown above the explorer until dismissed. */
export function WorkshopNotices() {
  const notice = useSavedStore((s) => s.notice);
  const dismiss = useSavedStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice notice-warning workshop-notice" role="status" data-notice={notice.kind}>
      <div className="notice-body">
        <p className="notice-title">
          <strong>{TITLES[notice.kind] ?? 'Saved scenarios'}</strong>
        </p>
        <p>{notice.message}</p>
      </div>
      <div className="button-row">
        {notice.key && <SetAsideDownload storageKey={notice.key} label="Download the set-aside data" />}
        {notice.kind === 'stuck' && (
          <>
            <SetAsideDownload storageKey={SAVED_KEY} label="Download the stored data" />
            <ClearStored />
          </>
        )}
        {notice.kind === 'newer' && (
          <button type="button" className="primary-button" onClick={() => window.location.reload()}>
            Reload
          </button>
        )}
        {notice.kind !== 'stuck' && (
          <button type="button" className="secondary-button" onClick={dismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
