// Injects axe-core into a page and returns WCAG 2.2 AA violations as readable lines.
// (axe's script is added to the page, so a test that uses it turns on `bypassCSP`.)
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };

export async function axeViolations(page: Page, options: { selector?: string } = {}): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(opts.selector ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, options);
}

/** Fails with the list of violations, if any. */
export async function expectNoAxeViolations(page: Page, what: string, options: { selector?: string } = {}) {
  expect(await axeViolations(page, options), `WCAG 2.2 AA violations: ${what}`).toEqual([]);
}
