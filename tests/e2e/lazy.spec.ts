import { test, expect, type Page } from '@playwright/test';
import { Explorer } from './app';
import { load } from './data';

// Split points (scripts/split.sh): the detail pages are a wasm chunk of their own, fetched the
// first time one opens, never with the first load of another page.

/** The lazy chunks the page has requested so far. */
function chunkRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (/^(split|chunk)_.*\.wasm$/.test(name)) seen.push(name);
  });
  return seen;
}

test('the home page and a list load no detail chunk; the first detail page fetches it once', async ({ page }) => {
  const chunks = chunkRequests(page);
  const app = new Explorer(page);
  await app.open('/');
  await expect(app.heading()).toBeVisible();
  await app.open('/scenarios');
  await expect(page.locator('.cards li').first()).toBeVisible();
  expect(chunks).toEqual([]);
  const [first, second] = load('scenarios');
  const title = (await page.locator('.cards li h3 a').first().textContent())?.trim();
  await page.locator('.cards li h3 a').first().click();
  await expect(page.locator('article.detail')).toBeVisible();
  await expect(app.heading()).toHaveText(title ?? '');
  expect(chunks.filter((c) => c.startsWith('split_detail_page'))).toHaveLength(1);
  // Another detail page, another kind: the chunk is already there.
  await app.open(`/scenarios/${second.id}`);
  await expect(app.heading()).toHaveText(second.title.zh);
  await app.open(`/scenarios/${first.id}?lang=en`);
  await expect(app.heading()).toHaveText(first.title.en);
  expect(chunks.filter((c) => c.startsWith('split_detail_page')).length).toBeLessThanOrEqual(1);
});

test('a deep link to a detail page opens it at once, in either language', async ({ page }) => {
  const chunks = chunkRequests(page);
  const [record] = load('parcels');
  const app = new Explorer(page);
  await app.open(`/parcels/${record.id}?lang=en`);
  await expect(app.heading()).toHaveText(record.name.en);
  expect(chunks.some((c) => c.startsWith('split_detail_page'))).toBe(true);
});

test('a chunk that cannot be fetched leaves a way to carry on, not a dead page', async ({ page }) => {
  await page.route('**/split_*.wasm', (r) => r.abort());
  const app = new Explorer(page);
  await app.open('/scenarios');
  await page.locator('.cards li h3 a').first().click();
  const crash = page.getByRole('alertdialog');
  await expect(crash).toBeVisible();
  await expect(crash.getByRole('button', { name: /Reload/ })).toBeVisible();
  // The network is back: reloading opens the page the link asked for.
  await page.unroute('**/split_*.wasm');
  const url = page.url();
  await crash.getByRole('button', { name: /Reload/ }).click();
  await expect(page).toHaveURL(url);
  await expect(page.locator('article.detail')).toBeVisible();
  await expect(page.getByRole('alertdialog')).toBeHidden();
});
