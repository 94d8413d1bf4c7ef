import { useHoverTip } from '../lib/useHoverTip';
import './SourcedValue.css';

/**
 * A figure taken straight from the data files. Hovering it or moving keyboard focus to it shows
 * where it came from; Escape hides that again (WCAG 1.4.13). The source is also the figure's
 * accessible description, so a screen reader announces it on focus.
 */
export function SourcedValue({ value, source }: { value: string; source: string }) {
  const { open, tipId, hoverProps, focusProps } = useHoverTip();

  return (
    <span className="sourced" {...hoverProps}>
      <span
        className="sourced-value"
        tabIndex={0}
        aria-describedby={tipId}
        {...focusProps}
      >
        {value}
      </span>
      <span role="tooltip" id={tipId} className="sourced-tip" hidden={!open}>
        Source: {source}
      </span>
    </span>
  );
}
