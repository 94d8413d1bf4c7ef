import { useHoverTip } from '../lib/useHoverTip';
import './SourcedValue.css';

// Hover or focus shows the figure's source, Escape hides it (WCAG 1.4.13); screen readers hear it as its description.
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
