import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../../../src/state';
import { KEYS_TABLE, isTypingTarget, shortcutFor, toggleFullscreen, type KeyLike } from '../../../src/features/workshop/shortcuts';

const el = (html: string) => {
  const wrap = document.createElement('div');
  wrap.innerHTML = html;
  document.body.appendChild(wrap);
  return wrap.firstElementChild as HTMLElement;
};
const key = (k: string, target: EventTarget | null = document.body, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, target, ...extra });
const on = { presenter: true, enabled: true };
const off = { presenter: false, enabled: true };

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-presenter');
});

describe('which elements take typing', () => {
  it('counts text boxes, selects, text areas and editable content, not sliders or buttons', () => {
    for (const html of ['<input>', '<input type="number">', '<input type="search">', '<select></select>', '<textarea></textarea>', '<div contenteditable="true"></div>']) {
      expect(isTypingTarget(el(html)), html).toBe(true);
    }
    for (const html of ['<input type="range">', '<input type="checkbox">', '<input type="radio">', '<button>x</button>', '<div></div>']) {
      expect(isTypingTarget(el(html)), html).toBe(false);
    }
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('shortcuts', () => {
  it('maps 1–7 to the seven presets in order, and R, C, F, Esc in presenter mode', () => {
    expect(PRESETS).toHaveLength(7);
    PRESETS.forEach((p, i) => expect(shortcutFor(key(String(i + 1)), on)).toEqual({ kind: 'preset', id: p.id }));
    expect(shortcutFor(key('8'), on)).toBeNull();
    expect(shortcutFor(key('R'), on)).toEqual({ kind: 'reset' });
    expect(shortcutFor(key('c'), on)).toEqual({ kind: 'compare' });
    expect(shortcutFor(key('d'), on)).toEqual({ kind: 'deal' });
    expect(shortcutFor(key('f'), on)).toEqual({ kind: 'fullscreen' });
    expect(shortcutFor(key('Escape'), on)).toEqual({ kind: 'leave' });
    expect(shortcutFor(key('p'), on)).toEqual({ kind: 'presenter' });
  });

  it('outside presenter mode only P works', () => {
    expect(shortcutFor(key('p'), off)).toEqual({ kind: 'presenter' });
    for (const k of ['1', 'r', 'c', 'd', 'f', 'Escape']) expect(shortcutFor(key(k), off)).toBeNull();
  });

  it('never fires while typing, with modifiers, on repeat, in a dialog, or when turned off', () => {
    expect(shortcutFor(key('1', el('<input>')), on)).toBeNull();
    expect(shortcutFor(key('p', el('<select></select>')), on)).toBeNull();
    expect(shortcutFor(key('r', el('<textarea></textarea>')), on)).toBeNull();
    expect(shortcutFor(key('1', el('<input type="range">')), on)).toEqual({ kind: 'preset', id: 'base' });
    expect(shortcutFor(key('r', document.body, { ctrlKey: true }), on)).toBeNull();
    expect(shortcutFor(key('r', document.body, { metaKey: true }), on)).toBeNull();
    expect(shortcutFor(key('r', document.body, { repeat: true }), on)).toBeNull();
    expect(shortcutFor(key('Escape', document.body, { defaultPrevented: true }), on)).toBeNull();
    const inDialog = el('<div role="dialog"><button>ok</button></div>').querySelector('button');
    expect(shortcutFor(key('r', inDialog), on)).toBeNull();
    expect(shortcutFor(key('p'), { presenter: false, enabled: false })).toBeNull();
    // Escape is not a single-character shortcut: it still leaves presenter mode.
    expect(shortcutFor(key('Escape'), { presenter: true, enabled: false })).toEqual({ kind: 'leave' });
    expect(shortcutFor(key('r'), { presenter: true, enabled: false })).toBeNull();
  });
});

describe('full screen', () => {
  it('is guarded where the browser does not offer it', async () => {
    const doc = { fullscreenElement: null, fullscreenEnabled: false, exitFullscreen: vi.fn(), documentElement: { requestFullscreen: vi.fn() } };
    expect(await toggleFullscreen(doc as never)).toBe('unavailable');
    expect(doc.documentElement.requestFullscreen).not.toHaveBeenCalled();
  });

  it('asks for full screen, leaves it, and reports a refusal', async () => {
    const request = vi.fn(async () => undefined);
    expect(await toggleFullscreen({ fullscreenElement: null, fullscreenEnabled: true, exitFullscreen: vi.fn(), documentElement: { requestFullscreen: request } } as never)).toBe('on');
    expect(request).toHaveBeenCalledOnce();
    const exit = vi.fn(async () => undefined);
    expect(await toggleFullscreen({ fullscreenElement: document.body, exitFullscreen: exit, documentElement: {} } as never)).toBe('off');
    const refuse = vi.fn(async () => Promise.reject(new Error('denied')));
    expect(await toggleFullscreen({ fullscreenElement: null, fullscreenEnabled: true, exitFullscreen: vi.fn(), documentElement: { requestFullscreen: refuse } } as never)).toBe('unavailable');
  });
});

describe('the keys panel table', () => {
  it('lists each key as a keycap row header, with what it does', () => {
    expect(KEYS_TABLE.rows.map((r) => [r.header.text, r.header.kbd, r.cells[0]!.text.length > 0])).toEqual(
      ['P', 'Esc', '1 to 7', 'R', 'C', 'D', 'F'].map((k) => [k, true, true]),
    );
    expect(KEYS_TABLE.columns.map((c) => c.header)).toEqual(['Key', 'What it does']);
  });
});
