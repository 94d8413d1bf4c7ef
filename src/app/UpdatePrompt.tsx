import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useRegisterSW } from 'virtual:pwa-register/react';
import './UpdatePrompt.css';

/** Says when the app works offline, and when a newer version is ready (reloaded only when the user asks). */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // "Ready to work offline" clears itself after a few seconds where it floats over the page.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), 5000);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);

  if (!needRefresh && !offlineReady) return null;
  // The offline note is good news, not a decision: it goes in the page's footer, in the flow of the
  // page, so it never covers a figure or a control. Only the offer of a new version floats.
  const footer = typeof document !== 'undefined' ? document.querySelector('footer.site-footer') : null;
  if (!needRefresh && footer) {
    return createPortal(
      <p className="offline-note" role="status">
        The explorer is ready to work offline.
      </p>,
      footer,
    );
  }
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
