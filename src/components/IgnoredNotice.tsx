import { useSettingsStore } from '../state';

/** Lists link parameters that were ignored (with reasons) until the user dismisses it. */
export function IgnoredNotice() {
  const ignored = useSettingsStore((s) => s.ui.ignored);
  const dismiss = useSettingsStore((s) => s.dismissIgnored);
  if (ignored.length === 0) return null;
  return (
    <section className="notice notice-warning" aria-labelledby="ignored-heading" role="region">
      <div className="notice-body">
        <h2 id="ignored-heading" className="notice-title">
          Part of this link was ignored
        </h2>
        <p>The rest of the link was used; these parts were left at their defaults:</p>
        <ul>
          {ignored.map((i, n) => (
            <li key={`${i.param}-${n}`}>
              <code>{i.param}</code>: {i.reason}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="secondary-button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
