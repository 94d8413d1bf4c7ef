import { useEffect, useId, useState } from 'react';
import './method.css';

/**
 * A figure taken straight from the data files. Hovering it or moving keyboard focus to it shows
 * where it came from; Escape hides that again (WCAG 1.4.13). The source is also the figure's
 * accessible description, so a screen reader announces it on focus.
 */
export function SourcedValue({ value, source }: { value: string; source: string }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const tipId = useId();
  const open = (hovered || focused) && !dismissed;

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // Only the tip closes: the surrounding dialog (if any) stays open.
        e.preventDefault();
        e.stopPropagation();
        setDismissed(true);
      }
    };
    // Capture, so Escape hides the tip before a surrounding dialog sees it and closes.
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open]);

  return (
    <span
      className="sourced"
      onMouseEnter={() => {
        setHovered(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHovered(false)}
    >
      <span
        className="sourced-value"
        tabIndex={0}
        aria-describedby={tipId}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => setFocused(false)}
      >
        {value}
      </span>
      <span role="tooltip" id={tipId} className="sourced-tip" hidden={!open}>
        Source: {source}
      </span>
    </span>
  );
}
