// Injects axe-core into a page and returns WCAG 2.2 AA violations as readable lines.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

export async function axeViolations(page, options = {}) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (opts) => {
    const result = await window.axe.run(opts.selector ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, options);
  return violations;
}
