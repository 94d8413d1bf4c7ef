import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import './UpdatePrompt.css';

/**
 * Tells the user when the app can work offline, and when a newer version is ready, letting them
 * choose the moment to reload (never in the middle of a workshop without asking).
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // "Ready to work offline" is good news, not a decision: it clears itself after a few seconds
  // so it never sits over a chart a room is looking at.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), 5000);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);

  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt notice" role="status">
      <p>{needRefresh ? 'A newer version of the explorer is available.' : 'The explorer is ready to work offline.'}</p>
      {needRefresh && (
        <button type="button" className="primary-button" onClick={() => void updateServiceWorker(true)}>
          Update now
        </button>
      )}
      <button
        type="button"
        className="secondary-button"
        onClick={() => {
          setNeedRefresh(false);
          setOfflineReady(false);
        }}
      >
        {needRefresh ? 'Later' : 'Close'}
      </button>
    </div>
  );
}
