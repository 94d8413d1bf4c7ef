// The `test` every browser test imports: @playwright/test's, plus what these tests share.
//   baseUrl   the app's address with its sub-path and trailing slash (config `use.baseURL`)
//   basePath  that sub-path alone, e.g. /community-budgets-explorer/
//   root      the project folder (to run the model in Node for expected figures)
//   shot      a full-page screenshot into test-results/screenshots/<label>.png
// and, for every test, a check that the page threw no uncaught error.
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const screenshotPath = (label: string) => `${root}test-results/screenshots/${label}.png`;

type Fixtures = {
  baseUrl: string;
  basePath: string;
  root: string;
  shot: (label: string) => Promise<Buffer>;
  noPageErrors: void;
};

// (`provide` is what Playwright's docs call `use`: named so the React hooks lint leaves it alone.)
export const test = base.extend<Fixtures>({
  baseUrl: async ({ baseURL }, provide) => {
    if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
    await provide(baseURL);
  },
  basePath: async ({ baseUrl }, provide) => provide(new URL(baseUrl).pathname),
  // eslint-disable-next-line no-empty-pattern -- a fixture that needs no other
  root: async ({}, provide) => provide(root),
  shot: async ({ page }, provide) => provide((label) => page.screenshot({ path: screenshotPath(label), fullPage: true })),
  noPageErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await provide();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
