import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { Explorer, ListPage } from './app';
import { SITE_URL } from '../../playwright.config';
import { load } from './data';

const zones = load('zones');
const scenarios = load('scenarios');

const map = (page) => page.getByRole('region', { name: /淮河生态经济带示意图|Schematic map of the Huaihe belt/ });
const markers = (page) => map(page).getByRole('link');

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the belt is on the first screen; a zone opens by keyboard`, async ({ page }, info) => {
    const app = new Explorer(page);
    await app.open(lang === 'en' ? '/?lang=en' : '/');
    await expect(markers(page)).toHaveCount(zones.length);
    const box = await map(page).getByRole('group', { name: /示意图|Schematic map/ }).boundingBox();
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    // Looked at: the test run leaves a picture of the map for each language and width.
    mkdirSync('test-results/screens', { recursive: true });
    await map(page).screenshot({ path: `test-results/screens/map-${lang}-${info.project.name}.png` });

    const z = zones.find((z) => z.id === 'yancheng');
    const name = lang === 'zh' ? z.short_name.zh : z.short_name.en;
    const marker = markers(page).filter({ hasText: name });
    await marker.focus();
    await expect(map(page).locator('.map-summary')).toContainText(name);
    await page.keyboard.press('Enter');
    await expect(app.heading()).toHaveText(lang === 'zh' ? z.name.zh : z.name.en);
    await expect(page).toHaveURL(new RegExp(`#/zones/yancheng`));
  });
}

test('layers change what the markers count, and live in the link', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/');
  const z = zones.find((z) => z.id === 'yancheng');
  const open = scenarios.filter((s) => s.zone === z.id && s.status === 'open').length;
  const marker = markers(page).filter({ hasText: z.short_name.zh });
  await expect(marker).toHaveAttribute('aria-label', new RegExp(`场景开放 ${open}`));
  await map(page).getByRole('checkbox', { name: '场景开放' }).uncheck();
  await expect(page).toHaveURL(/layers=river%2Cair%2Cparcels|layers=river,air,parcels/);
  await expect(marker).not.toHaveAttribute('aria-label', /场景开放/);
  await page.reload();
  await expect(map(page).getByRole('checkbox', { name: '场景开放' })).not.toBeChecked();
  await page.goBack();
  await expect(marker).toHaveAttribute('aria-label', new RegExp(`场景开放 ${open}`));
});

test('the map has a table with the same facts', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/?lang=en');
  await map(page).getByText('Show as a table').click();
  const table = map(page).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(zones.length + 1);
  const z = zones[0];
  const row = table.getByRole('row', { name: new RegExp(z.short_name.en) });
  const open = scenarios.filter((s) => s.zone === z.id && s.status === 'open').length;
  await expect(row.getByRole('cell').first()).toHaveText(String(open));
});

test('zoom buttons enlarge the map inside its scrolling frame', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/');
  const svg = map(page).getByRole('group', { name: /示意图|Schematic map/ });
  const before = (await svg.boundingBox())!.width;
  await page.getByRole('button', { name: '放大地图' }).click();
  await expect.poll(async () => (await svg.boundingBox())!.width).toBeGreaterThan(before * 1.9);
  await expect(page.getByRole('button', { name: '缩小地图' })).toBeEnabled();
});

test('with one zone the map shows one marker', async ({ page }) => {
  const app = new Explorer(page, `${SITE_URL}one-zone/`);
  await app.open('/');
  await expect(markers(page)).toHaveCount(1);
  await expect(markers(page)).toHaveAttribute('aria-label', /盐城高新区/);
});

test('without its base map the page says so and still lists the zones', async ({ page }) => {
  const app = new Explorer(page, `${SITE_URL}no-map/`);
  await app.open('/');
  await expect(map(page).getByRole('status')).toHaveText(/底图无法加载/);
  await map(page).getByText('以表格查看').click();
  await expect(map(page).getByRole('table').getByRole('row')).toHaveCount(zones.length + 1);
  // The data itself is unaffected.
  await expect(page.getByRole('link', { name: /项开放场景/ })).toBeVisible();
});

test('the keyboard reaches every marker in turn', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/');
  await markers(page).first().focus();
  const names = new Set<string>();
  for (let i = 0; i < zones.length; i++) {
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    names.add(label.split(':')[0]);
    await page.keyboard.press('Tab');
  }
  expect(names.size).toBe(zones.length);
});

test('the alliance page links each working direction to its data and shows guests as guests', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/alliance');
  const directions = page.getByRole('list').filter({ hasText: '产业联动' }).getByRole('listitem');
  await expect(directions).toHaveCount(5);
  await expect(page.getByRole('heading', { name: '特邀园区' })).toBeVisible();
  const guest = zones.find((z) => z.membership === 'guest');
  await expect(page.getByRole('link', { name: guest.short_name.zh })).toBeVisible();
  // The river and low-altitude projects open now, the list of just those.
  const open = load('projects').filter((p: any) => p.status === 'open').length;
  await directions.first().getByRole('link').click();
  await expect(app.heading()).toHaveText('内河+低空项目');
  await new ListPage(page).expectCount(open);
});
