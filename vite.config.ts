/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy for the built site: only its own origin, no inline scripts, no
 * third-party requests. Added at build time only, because the dev server injects inline styles.
 * (Static hosts such as GitHub Pages cannot send headers, so it travels as a meta tag.)
 * docs/security.md gives the reason for every source.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: the PNG chart download draws the chart's SVG through a blob: URL onto a canvas.
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The Monte Carlo worker and the service worker are both files of the site itself.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
});

/**
 * The preview server answers the sub-path without its trailing slash as GitHub Pages does: a
 * permanent redirect that the browser may keep for ten minutes. The app's address (and so the
 * service worker's scope, links, bookmarks and the installed app) always ends in a slash.
 */
const redirectBareBase = (base: string): Plugin => ({
  name: 'redirect-bare-base',
  configurePreviewServer(server) {
    const bare = base.replace(/\/$/, '');
    if (!bare || !base.startsWith('/')) return;
    server.middlewares.use((req, res, next) => {
      const [path, query] = (req.url ?? '').split(/\?(.*)/s, 2);
      if (path !== bare) return next();
      res.statusCode = 301;
      res.setHeader('Location', `${base}${query ? `?${query}` : ''}`);
      res.setHeader('Cache-Control', 'max-age=600');
      res.end();
    });
  },
});

const base = process.env.BASE_PATH ?? './';

// BASE_PATH lets the same build be served from a sub-path such as GitHub Pages' /repo-name/.
export default defineConfig({
  base,
  plugins: [
    react(),
    contentSecurityPolicy(),
    redirectBareBase(base),
    // Works offline after the first visit: the service worker precaches the app and its data.
    // 'prompt' lets the page offer "update available" rather than swapping code mid-workshop.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Community Budgets Explorer',
        short_name: 'Community Budgets',
        description: 'What Whole Place Community Budgets could save England, and who would get the savings.',
        lang: 'en-GB',
        theme_color: '#1d4e89',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // md: the data changelog, linked from the Method page.
        globPatterns: ['**/*.{js,css,html,svg,json,csv,md,webmanifest}'],
        navigateFallback: 'index.html',
        // Opening a data file (a link on the Method page) is a navigation too: it must get the
        // file, not the app's page, which would load at /data/ and find none of its scripts.
        navigateFallbackDenylist: [/\/data\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { outDir: 'dist', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Whole-app renders in jsdom take seconds on a 2-core machine; fast-check suites set their own.
    testTimeout: 30_000,
  },
});
