import { useEffect, useId, useState } from 'react';

/**
 * A tip shown while its owner is hovered or focused, which Escape hides (WCAG 1.4.13: content on
 * hover or focus must be dismissable). Spread `hoverProps` on the hovered area and `focusProps`
 * on the focusable element; `tipId` names the tip for aria-describedby. Escape is caught in the
 * capture phase and stopped, so inside a dialog it hides the tip without closing the dialog.
 *
 * `toggle` (a click or tap on the owner) pins the tip open, and a second one hides it. A tap on a
 * touch screen hovers and focuses before it clicks, so a plain on/off switch would open the tip
 * and shut it again at once; and a mouse user who clicks a tip already showing on hover expects
 * it to stay. Moving focus away, or pressing anywhere else, unpins it.
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
