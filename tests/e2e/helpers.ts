// Small waits and readings shared by the browser tests.
import type { Locator, Page } from '@playwright/test';

/**
 * Waits until the boxes of everything `selector` matches stay the same for ten frames running:
 * charts follow the room left (ResizeObserver), so a layout is judged once it has settled
 * rather than after a fixed pause.
 */
export async function layoutSettled(page: Page, selector = '[data-chart], .figure-card, [data-control], section') {
  await page.waitForFunction(
    (sel) => {
      const w = window as unknown as { __layout?: { key: string; frames: number } };
      const key = [...document.querySelectorAll(sel)]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${r.left},${r.top},${r.width},${r.height}`;
        })
        .join(';');
      w.__layout = w.__layout?.key === key ? { key, frames: w.__layout.frames + 1 } : { key, frames: 0 };
      if (w.__layout.frames < 10) return false;
      delete w.__layout;
      return true;
    },
    selector,
    { polling: 'raf' },
  );
}

/** The text of an element with its white space squashed to single spaces. */
export const squashed = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** Pages in a PDF that Chromium printed. */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
