// The facilitator's keys and the full-screen switch (kept out of state/, which holds state only).
import { PRESETS, type PresetId } from '../../state';
import { columnsOf, textCell, type TableSpec } from '../../ui/tableSpec';

type ShortcutAction = { kind: 'presenter' | 'leave' | 'reset' | 'compare' | 'deal' | 'fullscreen' } | { kind: 'preset'; id: PresetId };

const SHORTCUT_HELP: readonly [keys: string, does: string][] = [
  ['P', 'Presenter mode on or off'],
  ['Esc', 'Close an open panel or the comparison, or leave presenter mode'],
  [`1 to ${PRESETS.length}`, 'Apply a preset (in presenter mode)'],
  ['R', 'Reset all settings (in presenter mode)'],
  ['C', 'Comparison on or off (in presenter mode)'],
  ['D', 'Deal room open or closed (in presenter mode)'],
  ['F', 'Full screen on or off (in presenter mode)'],
];

/** The keys panel's table. */
export const KEYS_TABLE: TableSpec = {
  caption: 'Keys and what they do',
  captionHidden: true,
  className: 'keys-table',
  columns: columnsOf('Key', 'What it does'),
  rows: SHORTCUT_HELP.map(([keys, does]) => ({ key: keys, header: { ...textCell(keys), kbd: true }, cells: [textCell(does)] })),
};

const NON_TYPING_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** True inside an open dialog, which handles its own keys (Escape closes it). */
export function isInDialog(target: EventTarget | null): boolean {
  return typeof (target as Element | null)?.closest === 'function' && (target as Element).closest('dialog[open], [role="dialog"], [role="alertdialog"]') !== null;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TYPING_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase());
  return el.isContentEditable === true || el.closest?.('[contenteditable="true"], [contenteditable=""]') != null;
}

export type KeyLike = Pick<KeyboardEvent, 'key' | 'target'> & Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'defaultPrevented'>>;

const PRESENTER_KEYS = new Map<string, ShortcutAction>([
  ['r', { kind: 'reset' }],
  ['c', { kind: 'compare' }],
  ['d', { kind: 'deal' }],
  ['f', { kind: 'fullscreen' }],
]);

/** What a key press should do: nothing while typing, with a modifier, on repeat or in a dialog. */
export function shortcutFor(e: KeyLike, ctx: { presenter: boolean; enabled: boolean }): ShortcutAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTypingTarget(e.target) || isInDialog(e.target)) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  // Escape is no single-character shortcut (WCAG 2.1.4), so turning those off leaves it working.
  if (key === 'Escape') return ctx.presenter ? { kind: 'leave' } : null;
  if (!ctx.enabled) return null;
  if (key === 'p') return { kind: 'presenter' };
  if (!ctx.presenter) return null;
  const preset = /^[1-9]$/.test(key) ? PRESETS[Number(key) - 1] : undefined;
  if (preset) return { kind: 'preset', id: preset.id };
  return PRESENTER_KEYS.get(key) ?? null;
}

type FullscreenDoc = Pick<Document, 'fullscreenElement' | 'exitFullscreen'> & { fullscreenEnabled?: boolean; documentElement: Pick<HTMLElement, 'requestFullscreen'> };

/** Full screen on or off where the browser allows it, saying what happened instead of throwing. */
export async function toggleFullscreen(doc: FullscreenDoc = document): Promise<'on' | 'off' | 'unavailable'> {
  try {
    if (doc.fullscreenElement) {
      await doc.exitFullscreen();
      return 'off';
    }
    if (!doc.fullscreenEnabled || typeof doc.documentElement.requestFullscreen !== 'function') return 'unavailable';
    await doc.documentElement.requestFullscreen();
    return 'on';
  } catch {
    return 'unavailable';
  }
}
