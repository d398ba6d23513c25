import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { Explorer, ListPage } from './app';
import { load } from './data';

const zones = load('zones');
const incentives = load('incentives');
const projects = load('projects');

const figure = (page, name: RegExp) => page.getByRole('figure').filter({ has: page.getByRole('img', { name }) });

// Each row's bar parts, in pixels, and the track's width (the axis).
const barWidths = (fig) => fig.locator('.bars').evaluate((el: HTMLElement) =>
  [...el.querySelectorAll('.bar-track')].map((t) => ({
    track: t.getBoundingClientRect().width,
    parts: [...t.querySelectorAll('.bar:not(.tone-gap)')].map((b) => b.getBoundingClientRect().width),
  })));

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the home chart's bars are as long as its table says and it fits the screen`, async ({ page }, info) => {
    const app = new Explorer(page);
    await app.open(lang === 'en' ? '/?lang=en' : '/');
    const fig = figure(page, /各园区开放的内河与低空机会|Open inland-river and low-altitude opportunities by zone/);
    await expect(fig.getByRole('img')).toBeVisible();
    mkdirSync('test-results/screens', { recursive: true });
    await fig.screenshot({ path: `test-results/screens/chart-home-${lang}-${info.project.name}.png` });
    await fig.getByText(lang === 'zh' ? '以表格查看图表数据' : 'Show the chart as a table').click();
    const table = await fig.getByRole('table').locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent))));
    const bars = await barWidths(fig);
    expect(bars.length).toBe(table.length);
    // Widths in proportion to the figures: the longest total bar belongs to the largest total,
    // and every total bar is its total's share of the longest (within a pixel and a half).
    const totals = table.map((r) => r.reduce((a, b) => a + b, 0));
    const drawn = bars.map((b) => b.parts.reduce((a, b) => a + b, 0));
    const top = totals.indexOf(Math.max(...totals));
    for (let i = 0; i < totals.length; i++) {
      expect(Math.abs(drawn[i] - (drawn[top] * totals[i]) / totals[top])).toBeLessThanOrEqual(1.5 + (totals[i] === 0 ? 2 : 0));
    }
    // Nothing sticks out sideways, on a phone as on a desktop.
    expect(await fig.evaluate((f: HTMLElement) => f.scrollWidth <= f.clientWidth)).toBe(true);
  });
}

test('a chart keeps its proportions when the window narrows, without redrawing', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/river-air');
  const fig = figure(page, /内河与低空/);
  await expect(fig.getByRole('img')).toBeVisible();
  const ratio = async () => {
    const b = await barWidths(fig);
    return b.map((r) => r.parts.reduce((a, x) => a + x, 0) / r.track);
  };
  const before = await ratio();
  const wide = (await barWidths(fig))[0].track;
  await page.setViewportSize({ width: 320, height: 700 });
  await expect.poll(async () => (await barWidths(fig))[0].track).toBeLessThan(wide);
  const after = await ratio();
  after.forEach((r, i) => expect(Math.abs(r - before[i])).toBeLessThan(0.02));
  expect(await fig.evaluate((f: HTMLElement) => f.scrollWidth <= f.clientWidth)).toBe(true);
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
  // Each row names its kind: no legend, whose river swatch would claim the scenarios' bars.
  await expect(fig.locator('.legend li')).toHaveCount(0);
  await expect(fig.locator('.legend')).toBeHidden();
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

test('a chart never hides a row its table has: a zone of one price shows a mark', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/parcels');
  await expect(new ListPage(page).count()).toBeVisible(); // the explorer is drawn
  const fig = figure(page, /各园区用地价格区间/);
  // Opened until it stays open (1 run in 6 under load found it folded again after the click:
  // noted on issue 12); open, it must draw the chart.
  const details = page.locator('details.charts');
  await expect(async () => {
    if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
    await expect(fig.getByRole('img')).toBeVisible({ timeout: 3000 });
  }).toPass();
  const bars = await barWidths(fig);
  expect(bars.length).toBeGreaterThan(5);
  // Every row, Bengbu's single price among them, draws something of at least a pixel.
  for (const row of bars) expect(Math.max(0, ...row.parts)).toBeGreaterThanOrEqual(1);
  const parcels = load('parcels').filter((p: any) => p.status === 'available');
  const prices = new Map<string, Set<number>>();
  for (const p of parcels) prices.set(p.zone, (prices.get(p.zone) ?? new Set()).add(p.price_wan_per_mu));
  expect([...prices.values()].some((s) => s.size === 1)).toBe(true);
});
