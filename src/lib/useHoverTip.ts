import { useEffect, useId, useState } from 'react';

/**
 * A tip shown while its owner is hovered or focused, which Escape hides (WCAG 1.4.13). Escape is
 * caught in the capture phase and stopped, so inside a dialog it hides the tip, not the dialog.
 * `toggle` (a click or tap) pins the tip rather than flipping it: a tap hovers and focuses before
 * it clicks, so a plain switch would open and shut it at once. Blur or a press elsewhere unpins it.
 */
export function useHoverTip() {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [pinned, setPinned] = useState(false);
  const tipId = useId();
  const open = pinned || ((hovered || focused) && !dismissed);

  // Safari does not focus a button that is clicked or tapped, so a pinned tip would never see the
  // blur that unpins it: a press anywhere else unpins it too.
  useEffect(() => {
    if (!pinned) return;
    const onPress = (e: PointerEvent) => {
      if (!(e.target instanceof Element && e.target.closest(`[aria-describedby~="${CSS.escape(tipId)}"]`))) setPinned(false);
    };
    document.addEventListener('pointerdown', onPress, true);
    return () => document.removeEventListener('pointerdown', onPress, true);
  }, [pinned, tipId]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      setPinned(false);
      setDismissed(true);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [open]);

  return {
    open,
    tipId,
    toggle: () => {
      setDismissed(pinned);
      setPinned(!pinned);
    },
    hoverProps: {
      onMouseEnter: () => {
        setHovered(true);
        setDismissed(false);
      },
      onMouseLeave: () => setHovered(false),
    },
    focusProps: {
      onFocus: () => {
        setFocused(true);
        setDismissed(false);
      },
      onBlur: () => {
        setFocused(false);
        setPinned(false);
      },
    },
  };
}
