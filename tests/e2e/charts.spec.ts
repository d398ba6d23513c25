import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { Explorer, ListPage } from './app';
import { load } from './data';

const zones = load('zones');
const incentives = load('incentives');
const projects = load('projects');

const figure = (page, name: RegExp) => page.getByRole('figure').filter({ has: page.getByRole('img', { name }) });

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the home chart of river and low-altitude offers is drawn sharp and has its table`, async ({ page }, info) => {
    const app = new Explorer(page);
    await app.open(lang === 'en' ? '/?lang=en' : '/');
    const fig = figure(page, /各园区开放的内河与低空机会|Open river and low-altitude offers by zone/);
    const canvas = fig.getByRole('img');
    await expect(canvas).toBeVisible();
    // Drawn for the screen's pixel ratio (2 on the phone project): sharp on high-DPI screens.
    const [w, cw, dpr] = await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.clientWidth, devicePixelRatio]);
    expect(Math.abs(w - cw * dpr)).toBeLessThanOrEqual(dpr);
    mkdirSync('test-results/screens', { recursive: true });
    await fig.screenshot({ path: `test-results/screens/chart-home-${lang}-${info.project.name}.png` });
    await fig.getByText(lang === 'zh' ? '以表格查看图表数据' : 'Show the chart as a table').click();
    const rows = fig.getByRole('table').getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
  });
}

test('a chart redraws when the window is resized', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/river-air');
  const canvas = figure(page, /内河与低空/).getByRole('img');
  await expect(canvas).toBeVisible();
  const before = await canvas.evaluate((c: HTMLCanvasElement) => c.width);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: Math.round(size.width * 0.8), height: size.height });
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).not.toBe(before);
});

test('explorer charts follow the filters', async ({ page }, info) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/incentives?lang=en');
  await page.getByText('Charts', { exact: true }).click();
  const fig = figure(page, /Incentives by category/);
  await fig.getByText('Show the chart as a table').click();
  const body = fig.getByRole('table').locator('tbody').getByRole('row');
  const categories = new Set(incentives.map((i) => i.category));
  await expect(body).toHaveCount(categories.size);
  await fig.screenshot({ path: `test-results/screens/chart-incentives-en-${info.project.name}.png` });
  await list.search().fill('land');
  await expect.poll(() => body.count()).toBeLessThan(categories.size);
  const total = await body.evaluateAll((rows) => rows.reduce((n, r) => n + Number(r.querySelector('td')!.textContent), 0));
  await expect(list.count()).toHaveText(`${total} results`);
});

test('the river and low-altitude page shows both tracks side by side in one chart', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/river-air?lang=en');
  const fig = figure(page, /River and low-altitude: investment by project type/);
  await expect(fig.getByRole('listitem')).toHaveText(['Inland river', 'Low altitude']);
  await fig.getByText('Show the chart as a table').click();
  const kinds = new Set(projects.map((p) => p.kind));
  await expect(fig.getByRole('table').locator('tbody').getByRole('row')).toHaveCount(kinds.size);
});

test('a zone profile ends with a chart of what it offers now', async ({ page }) => {
  const app = new Explorer(page);
  const z = zones[0];
  await app.open(`/zones/${z.id}`);
  const fig = figure(page, /本园区当前开放的机会/);
  await expect(fig.getByRole('img')).toBeVisible();
  await fig.getByText('以表格查看图表数据').click();
  const active = incentives.filter((i) => i.zone === z.id && i.status === 'active').length;
  await expect(fig.getByRole('row', { name: /优惠政策/ })).toContainText(String(active));
});

test('with one zone the home chart has one row', async ({ page }) => {
  const { SITE_URL } = await import('../../playwright.config');
  const app = new Explorer(page, `${SITE_URL}one-zone/`);
  await app.open('/');
  const fig = figure(page, /各园区开放的内河与低空机会/);
  await fig.getByText('以表格查看图表数据').click();
  await expect(fig.getByRole('table').locator('tbody').getByRole('row')).toHaveCount(1);
});
