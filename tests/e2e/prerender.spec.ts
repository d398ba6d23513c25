import { test, expect } from '@playwright/test';
import { Explorer } from './app';
import { load } from './data';

// The first view is in index.html, rendered at build time from the app's own components
// (app/prerender): content before the wasm, replaced by the app when it has its data.

const scenarios = load('scenarios');
const openScenarios = scenarios.filter((s) => s.status === 'open').length;

test('without any script the home page shows its figures, map and chart', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('淮河沿线高新区的投资机会，一处可查');
  await expect(page.getByRole('link', { name: `${openScenarios} 个开放场景` })).toBeVisible();
  await expect(page.locator('.mark')).toHaveCount(load('zones').length);
  await expect(page.getByRole('note')).toContainText('示例数据');
  await context.close();
});

test('before the wasm arrives the home page is already there, and the app then replaces it', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const figure = page.getByRole('link', { name: `${openScenarios} 个开放场景` });
  await expect(figure).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-started', '');
  release();
  const app = new Explorer(page);
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(figure).toBeVisible();
  await expect(app.heading()).toHaveCount(1);
});

test('the first view is painted before the app code and the data files are requested', async ({ page }) => {
  // On a slow link they would share the line with the stylesheet and hold up the first paint
  // (index.html, huaihePainted; scripts/split.sh defers Trunk's loader and drops its preloads).
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  const { paint, early } = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const started = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => /\.(wasm|js)$|\/data\/(?!manifest\.json)/.test(new URL(r.name).pathname))
      .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime }));
    return { paint: fcp.startTime, early: started.filter((r) => r.start < fcp.startTime) };
  });
  expect(paint).toBeGreaterThan(0);
  expect(early).toEqual([]);
  // and then they do come: the app runs with its data (a figure drawn by the app).
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('link', { name: `${openScenarios} 个开放场景` })).toBeVisible();
});

test('a deep link shows the skeleton of a page in its language, not the home page', async ({ page }) => {
  await page.route('**/*_bg.wasm', (r) => r.abort());
  await page.goto('/#/parcels?lang=en');
  await expect(page.getByRole('status')).toHaveText('Loading data…');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Land parcels' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', 'page');
});

test('the home page in English starts from the English skeleton', async ({ page }) => {
  await page.route('**/*_bg.wasm', (r) => r.abort());
  await page.goto('/#/?lang=en');
  await expect(page.getByRole('status')).toHaveText('Loading data…');
  await expect(page.getByRole('link', { name: /个开放场景/ })).toHaveCount(0);
});

test('a pack replaced on the server withdraws the prerendered figures', async ({ page }) => {
  await page.route('**/*_bg.wasm', (r) => r.abort());
  await page.route('**/data/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest = await response.json();
    manifest.pack_version = `${manifest.pack_version}-replaced`;
    await route.fulfill({ response, json: manifest });
  });
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('正在加载数据…');
  await expect(page.getByRole('link', { name: /个开放场景/ })).toHaveCount(0);
});

test('the same pack keeps the prerendered home page until the app has drawn it', async ({ page }) => {
  await page.route('**/*_bg.wasm', (r) => r.abort());
  // Once the manifest has been read the base map is fetched: then the figures must stay.
  const dataFetched = page.waitForResponse('**/data/basemap.json');
  await page.goto('/');
  await dataFetched;
  await expect(page.getByRole('link', { name: `${openScenarios} 个开放场景` })).toBeVisible();
});

// The home page is drawn from the pack's glance (#huaihe-glance, put into index.html by the
// build) when the manifest names its version: no record file is needed before it is drawn.
const recordFiles = '**/data/{zones,scenarios,projects,parcels,incentives}.json';

for (const [path, label] of [['/', `${openScenarios} 个开放场景`], ['/#/?lang=en', `${openScenarios} open scenarios`]]) {
  test(`the app draws the home page ${path} before any record file is requested, and reads them after`, async ({ page }) => {
    const asked: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(recordFiles, async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    const app = new Explorer(page);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    await expect(page.locator('#prerendered')).toHaveCount(0);
    await expect(page.getByRole('link', { name: label })).toBeVisible();
    // Every zone on the map: its own mark, or counted on a mark of close ones (phone).
    await expect
      .poll(() => page.locator('.mark').evaluateAll((els) => els.reduce((n, e) => n + (e.classList.contains('cluster') ? Number(e.textContent) : 1), 0)))
      .toBe(load('zones').length);
    // Asked for once the page is drawn, in the background: the next page needs them.
    await expect.poll(() => asked.length).toBe(5);
    release();
    await page.locator('.figures a').first().click();
    await expect(page.locator('.cards li').first()).toBeVisible();
    await expect(app.heading()).toHaveCount(1);
    // Each was started only once the glance was on its way to the screen.
    const { front, starts } = await page.evaluate(() => ({
      front: performance.getEntriesByName('huaihe:front-ready')[0]?.startTime ?? -1,
      starts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\/data\/(zones|scenarios|projects|parcels|incentives)\.json$/.test(r.name))
        .map((r) => r.startTime),
    }));
    expect(front).toBeGreaterThan(0);
    expect(starts).toHaveLength(5);
    expect(Math.min(...starts)).toBeGreaterThan(front);
  });
}

test('a pack changed under the same version is shown as it is once read, not as its glance', async ({ page }) => {
  await page.route('**/data/scenarios.json', async (route) => {
    const response = await route.fetch();
    const records = (await response.json()).map((s: { status: string }) => ({ ...s, status: 'closed' }));
    await route.fulfill({ response, json: records });
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: '0 个开放场景' })).toBeVisible();
  await expect(page.getByRole('link', { name: `${openScenarios} 个开放场景` })).toHaveCount(0);
});

// A pack with problems is still reported on the home page drawn from its glance: errors.spec.ts
// (the missing file, opened at /?lang=en).
