import { test, expect, type Page } from '@playwright/test';
import { Explorer } from './app';
import { load } from './data';

// Split points (scripts/split.sh): every page but home, the data error panel and the reader of
// the record files are wasm chunks of their own, fetched the first time they are needed and
// never with another page's first load. The home page is drawn from the pack's glance in
// index.html; the reader comes after it (app/src/web/data.rs).

/** The lazy chunks the page has requested so far. */
function chunkRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (/^(split|chunk)_.*\.wasm$/.test(name)) seen.push(name);
  });
  return seen;
}

/** The split points whose own chunk (`split_<name>…`) was requested. */
const splits = (chunks: string[]) =>
  [...new Set(chunks.filter((c) => c.startsWith('split_')).map((c) => c.replace(/^split_(.+?_page|error_panel|read_records).*$/, '$1')))].sort();

const scenario = load('scenarios')[0];
const zone = load('zones')[0];

// Every lazy page, opened by a deep link: its heading shows, and only its own chunk and the
// reader of the record files came.
const pages: [string, string, string][] = [
  ['/scenarios', '场景开放', 'explorer_page'],
  ['/projects', '内河+低空项目', 'explorer_page'],
  ['/parcels', '园区用地', 'explorer_page'],
  ['/incentives', '优惠政策', 'explorer_page'],
  ['/zones', '高新区', 'explorer_page'],
  [`/scenarios/${scenario.id}`, scenario.title.zh, 'detail_page'],
  [`/zones/${zone.id}`, zone.name.zh, 'detail_page'],
  ['/river-air', '内河+低空', 'river_air_page'],
  ['/alliance', '淮河生态经济带高新区产业科技创新战略联盟', 'alliance_page'],
];
for (const [path, heading, split] of pages) {
  test(`the lazy page ${path} opens from a deep link with its own chunk only`, async ({ page }) => {
    const chunks = chunkRequests(page);
    const app = new Explorer(page);
    await app.open(path);
    await expect(app.heading()).toContainText(heading);
    expect(splits(chunks)).toEqual([split, 'read_records'].sort());
  });
}

test('the home page is drawn before any chunk is asked for; each lazy page fetches its chunk once', async ({ page }) => {
  const chunks = chunkRequests(page);
  // The reader is held: the app's own home page (the prerender gone) is drawn without it.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/split_read_records_*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const app = new Explorer(page);
  await app.open('/');
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('.figures li').first()).toBeVisible();
  expect(splits(chunks).filter((c) => c !== 'read_records')).toEqual([]);
  release();
  // Through the app's own links: the explorer chunk serves every explorer.
  await app.navLink('场景开放').click();
  await expect(page.locator('.cards li').first()).toBeVisible();
  await app.navLink('园区用地').click();
  await expect(app.heading()).toHaveText('园区用地');
  await page.locator('.cards li h3 a').first().click();
  await expect(page.locator('article.detail')).toBeVisible();
  await page.goBack();
  await expect(app.heading()).toHaveText('园区用地');
  // In the other language too: nothing is fetched again.
  await app.languageSwitch().click();
  await expect(app.heading()).toHaveText('Land parcels');
  expect(splits(chunks)).toEqual(['detail_page', 'explorer_page', 'read_records']);
  expect(chunks.length).toBe(new Set(chunks).size);
});

test('a chunk that cannot be fetched offers "Try again" in place, in the page language', async ({ page }) => {
  await page.route('**/split_explorer_page_*.wasm', (r) => r.abort());
  const app = new Explorer(page);
  await app.open('/?lang=en');
  await app.navLink('Land parcels').click();
  const retry = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(retry).toBeVisible();
  await expect(retry.getByRole('button', { name: 'Try again' })).toBeFocused();
  // The shell is alive meanwhile: the header and its links still work.
  await expect(app.navLink('Land parcels')).toBeVisible();
  // A second failure says so again; once the network is back the page appears where it was asked.
  await retry.getByRole('button', { name: 'Try again' }).click();
  await expect(retry).toBeVisible();
  await page.unroute('**/split_explorer_page_*.wasm');
  await retry.getByRole('button', { name: 'Try again' }).click();
  await expect(retry).toBeHidden();
  await expect(app.heading()).toHaveText('Land parcels');
  await expect(page).toHaveURL(/#\/parcels\?lang=en$/);
  await expect(page.getByRole('alertdialog')).toBeHidden();
});

test('in Chinese, the retry says so in Chinese', async ({ page }) => {
  await page.route('**/split_*.wasm', (r) => r.abort());
  const app = new Explorer(page);
  await app.open('/alliance');
  const retry = page.getByRole('alert').filter({ hasText: '未能加载' });
  await expect(retry.getByRole('button', { name: '重试' })).toBeVisible();
});

test('a deep link fetches its page module while the data is still loading', async ({ page }) => {
  // The scenarios file is held until the explorer's chunk has been asked for: were the chunk
  // fetched only once the data is ready, the page would never appear.
  let asked: () => void = () => {};
  const chunkAsked = new Promise<void>((r) => (asked = r));
  page.on('request', (r) => {
    if (/split_explorer_page_[^/]*\.wasm$/.test(r.url())) asked();
  });
  await page.route('**/data/scenarios.json', async (route) => {
    await chunkAsked;
    await route.continue();
  });
  const app = new Explorer(page);
  await app.open('/scenarios');
  await expect(page.locator('.cards li').first()).toBeVisible();
});
