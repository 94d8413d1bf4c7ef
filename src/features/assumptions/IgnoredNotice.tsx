import { moreText, paramLabel, summariseIgnored, timesText } from '../../model';
import { useSettingsStore } from '../../state';

/** The link parameters that were ignored, with reasons; summariseIgnored keeps a hostile link's notice short. */
export function IgnoredNotice() {
  const ignored = useSettingsStore((s) => s.ui.ignored);
  const dismiss = useSettingsStore((s) => s.dismissIgnored);
  if (ignored.length === 0) return null;
  const { lines, more } = summariseIgnored(ignored);
  const rest = moreText(more);
  return (
    <section className="notice notice-warning" aria-labelledby="ignored-heading" role="region">
      <div className="notice-body">
        <h2 id="ignored-heading" className="notice-title">
          Part of this link was ignored
        </h2>
        <p>The rest of the link was used; these parts were left at their defaults:</p>
        <ul>
          {lines.map((i) => (
            <li key={`${i.param}\u0000${i.reason}`}>
              <code>{paramLabel(i.param)}</code>: {i.reason}
              {timesText(i.count)}
            </li>
          ))}
        </ul>
        {rest && <p>{rest}.</p>}
      </div>
      <button type="button" className="secondary-button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
