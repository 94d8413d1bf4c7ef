// Trust and hosting (issue 8): the built site's CSP, no third-party requests, offline use, and
// serving from a sub-path (npm test builds with BASE_PATH and runs every browser test under it).
const headline = (page) => page.locator('section[aria-labelledby="headline-heading"]');

export default [
  [
    'a Content-Security-Policy allows only the site’s own origin, and no script is inline',
    async ({ page, baseUrl }) => {
      await page.goto(baseUrl);
      await headline(page).waitFor();
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      if (!csp) throw new Error('no CSP meta tag');
      for (const rule of ["default-src 'self'", "script-src 'self'", "object-src 'none'"]) {
        if (!csp.includes(rule)) throw new Error(`CSP lacks ${rule}: ${csp}`);
      }
      if (/unsafe-inline|unsafe-eval|\*/.test(csp)) throw new Error(`CSP is too loose: ${csp}`);
      const inline = await page.locator('script:not([src])').count();
      if (inline) throw new Error(`${inline} inline scripts`);
    },
  ],
  [
    'nothing on the page breaks its own policy (no eval, no inline style or script), sections included',
    async ({ page, baseUrl }) => {
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
      });
      await page.goto(`${baseUrl}?leakage=20&seed=7&draws=1000`);
      await headline(page).waitFor();
      // The sections below the charts load when scrolled to; their Monte Carlo runs in a worker.
      await page.locator('#local-area').waitFor({ state: 'attached' });
      await page.evaluate(() => document.getElementById('local-area')?.scrollIntoView());
      await page.locator('#uncertainty .mc-status[data-status="done"]').waitFor({ timeout: 30_000 });
      const violations = await page.evaluate(() => window.__violations);
      if (violations.length) throw new Error(`policy violations: ${violations.join('; ')}`);
    },
  ],
  [
    'every request the page makes goes to its own origin',
    async ({ page, baseUrl }) => {
      const origin = new URL(baseUrl).origin;
      const foreign = [];
      const failed = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${baseUrl}?leakage=20`);
      await headline(page).waitFor();
      await page.waitForLoadState('networkidle');
      if (foreign.length) throw new Error(`third-party requests: ${foreign.join(', ')}`);
      if (failed.length) throw new Error(`failed requests: ${failed.join(', ')}`);
    },
  ],
  [
    'works offline after the first visit',
    async ({ page, context, baseUrl }) => {
      await page.goto(`${baseUrl}?delay=1`);
      await headline(page).waitFor();
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.active?.state;
      });
      // The worker precaches on install; wait until it controls the page.
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
      const online = (await headline(page).innerText()).replace(/\s+/g, ' ');
      await context.setOffline(true);
      await page.reload();
      await headline(page).waitFor({ timeout: 15000 });
      const offline = (await headline(page).innerText()).replace(/\s+/g, ' ');
      if (offline !== online) throw new Error(`offline page differs:\n${offline}\nvs\n${online}`);
      // The data files the Method page links to open as themselves, offline too (not as the app's
      // page, which would load at /data/ and find none of its scripts).
      await page.goto(`${baseUrl}data/CHANGELOG.md`);
      const changelog = await page.locator('body').innerText();
      if (!changelog.includes('Version 1')) throw new Error(`the data changelog did not open offline: ${changelog.slice(0, 200)}`);
      await context.setOffline(false);
    },
  ],
  [
    'a deep link survives a reload under the sub-path',
    async ({ page, baseUrl, basePath }) => {
      await page.goto(`${baseUrl}?scenario=prudent&themes=hsc,fcn`);
      await headline(page).waitFor();
      await page.reload();
      await headline(page).waitFor();
      const url = new URL(page.url());
      if (!url.pathname.startsWith(basePath)) throw new Error(`left the sub-path: ${url.pathname}`);
      if (!url.search.includes('scenario=prudent')) throw new Error(`lost the settings: ${url.search}`);
    },
  ],
  [
    'a broken data file gives a clear message, not a blank page',
    async ({ page, baseUrl }) => {
      await page.route('**/data/themes.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 99, "themes": []}' }));
      await page.goto(baseUrl);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      if (!/themes\.json/.test(text) || !/version/.test(text)) throw new Error(`unclear message: ${text}`);
    },
  ],
];
