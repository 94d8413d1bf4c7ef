import { useHoverTip } from '../lib/useHoverTip';
import './SourcedValue.css';

// Hover or focus shows a data figure's source, Escape hides it (WCAG 1.4.13); a screen reader hears
// it as the figure's description.
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
