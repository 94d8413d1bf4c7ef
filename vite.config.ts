/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy for the built site: only its own origin, no inline scripts, no
 * third-party requests. Added at build time only, because the dev server injects inline styles.
 * (Static hosts such as GitHub Pages cannot send headers, so it travels as a meta tag.)
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
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

// BASE_PATH lets the same build be served from a sub-path such as GitHub Pages' /repo-name/.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    contentSecurityPolicy(),
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
