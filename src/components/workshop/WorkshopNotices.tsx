import { useSavedStore } from '../../state';
import { SetAsideDownload } from './SavedPanel';

/** Problems with the saved scenarios store, shown above the explorer until dismissed. */
export function WorkshopNotices() {
  const notice = useSavedStore((s) => s.notice);
  const dismiss = useSavedStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice notice-warning workshop-notice" role="status" data-notice={notice.kind}>
      <div className="notice-body">
        <p className="notice-title">
          <strong>{notice.kind === 'migrated' ? 'Saved scenarios updated' : 'Saved scenarios'}</strong>
        </p>
        <p>{notice.message}</p>
      </div>
      <div className="button-row">
        {notice.key && <SetAsideDownload storageKey={notice.key} label="Download the set-aside data" />}
        <button type="button" className="secondary-button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
