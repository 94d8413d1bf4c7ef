import { useHoverTip } from '../lib/useHoverTip';
import './SourcedValue.css';

/**
 * A figure straight from the data files: hover or focus shows its source, Escape hides it (WCAG
 * 1.4.13); the source is also its accessible description, announced on focus.
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
