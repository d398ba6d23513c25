import { test, expect, type Page } from '@playwright/test';
import { Explorer } from './app';
import { inLang, views } from './views';

// Guard rail for every view: the app runs under its own Content-Security-Policy (written into
// index.html by scripts/csp.py) without a violation, and requests nothing from another origin.

/** Collects CSP violations and requests to other origins from the page's first script on. */
async function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return {
    foreign,
    violations: () => page.evaluate(() => (window as any).__violations as string[]),
  };
}

test('the page carries a strict policy of its own, and the browser enforces it', async ({ page }) => {
  const seen = await watch(page, new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:8091/').origin);
  await new Explorer(page).open('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(await seen.violations()).toEqual([]);
  // A script the build did not put there is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.head.append(s);
    return (window as any).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(seen.violations).toContainEqual(expect.stringMatching(/^script-src/));
});

for (const lang of ['zh', 'en']) {
  test(`${lang}: every view runs without a policy violation or a request to another origin`, async ({ page, baseURL }) => {
    const seen = await watch(page, new URL(baseURL!).origin);
    const app = new Explorer(page);
    for (const [, path, query] of views) {
      await app.open(inLang(path, lang), query);
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      // What sets styles and opens panels: the map's zoom, the chart's table.
      const zoom = page.getByRole('button', { name: /^(放大地图|Zoom in)/ });
      if (await zoom.count()) await zoom.click();
      const table = page.locator('details.chart-table summary').first();
      if (await table.count()) await table.click();
      expect(await seen.violations(), path).toEqual([]);
    }
    expect(seen.foreign).toEqual([]);
  });
}

test('the data error panel and a chunk that cannot be fetched run under the policy too', async ({ page }) => {
  const { SITE_URL } = await import('../../playwright.config');
  const seen = await watch(page, new URL(SITE_URL).origin);
  const app = new Explorer(page, `${SITE_URL}invalid-record/`);
  await app.open('/scenarios?lang=en');
  await expect(app.alert().first()).toBeVisible();
  expect(await seen.violations()).toEqual([]);
  await page.route('**/split_alliance_page_*.wasm', (r) => r.abort());
  await page.goto(`${SITE_URL}explorer/#/alliance`);
  await expect(page.getByRole('alert').filter({ hasText: '未能加载' })).toBeVisible();
  expect(await seen.violations()).toEqual([]);
  expect(seen.foreign).toEqual([]);
});
