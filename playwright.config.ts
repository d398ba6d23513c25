import { defineConfig } from '@playwright/test';

// End-to-end tests against the release build in dist/ (run `make build` first; `make test` does).
// Debian chromium only: Playwright never downloads a browser here.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ROOT_URL = 'http://127.0.0.1:8091/';
export const SITE_URL = 'http://127.0.0.1:8092/';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: ROOT_URL,
    // The explorer's first audience: a browser that prefers Chinese. A first visit follows the
    // browser's languages (language.spec.ts tries an English one).
    locale: 'zh-CN',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: [
    {
      // The server `make serve` uses: gzip, application/wasm.
      command: 'SERVE_QUIET=1 python3 scripts/serve.py dist --port 8091',
      url: ROOT_URL,
      reuseExistingServer: false,
    },
    {
      // A plain static server with no rewrite rules, serving a parent folder: the app lives at
      // /explorer/, broken copies of it beside, and an iframe host page (tests/prepare-site.mjs).
      command: 'node tests/prepare-site.mjs && python3 -m http.server 8092 --bind 127.0.0.1 --directory target/e2e-site',
      url: SITE_URL + 'explorer/',
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
