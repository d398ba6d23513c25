import { test, expect, type Page } from '@playwright/test';
import { Explorer, ListPage } from './app';
import { load } from './data';

// Navigation keeps the reader's place (issue 12): a new page starts at its top with the focus
// on its heading, another page of results at the results, back and forward put the reader
// where they were, and "back to the list" returns to the list they came from.

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
/** How far down the reader was when they left the page (the click itself may scroll a
 *  little first: Playwright brings the link into view). Set up in `beforeEach`. */
const leftAt = (page: Page) => page.evaluate(() => (window as any).__leftAt as number);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener('hashchange', () => { (window as any).__leftAt ??= Math.round(window.scrollY); });
  });
});

/** The page is scrolled to `y`, or to its end when it is now shorter than that. */
const restoredTo = (page: Page, y: number) =>
  page.evaluate((y) => {
    const end = document.documentElement.scrollHeight - window.innerHeight;
    return Math.abs(window.scrollY - Math.min(y, end)) <= 2;
  }, y);
const focusedTag = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName.toLowerCase()}${a.className ? '.' + a.className.split(' ')[0] : ''}` : '';
  });

test('a record opens at its top with the focus on its heading; back returns to the same place', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/parcels');
  await expect(list.titles().first()).toBeVisible();
  // Somewhere down the list, as a reader would be after scrolling.
  const card = list.titles().last();
  await card.scrollIntoViewIfNeeded();
  await expect.poll(() => scrollY(page)).toBeGreaterThan(150);
  const name = (await card.textContent())!.trim();
  await card.getByRole('link').click();
  const before = await leftAt(page);
  await expect(app.heading()).toHaveText(name);
  await expect.poll(() => scrollY(page)).toBe(0);
  await expect.poll(() => focusedTag(page)).toBe('h1');
  // The next Tab goes on into the page, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('#main'))).toBe(true);
  const onRecord = await scrollY(page);
  await page.goBack();
  await expect(list.titles().last()).toHaveText(name);
  // Where the reader was (or as far down as the list now goes: its cards may lay out a little
  // differently when drawn again).
  await expect.poll(() => restoredTo(page, before)).toBe(true);
  // And forward again: the record, where the reader left it (the Tab may have scrolled it).
  await page.goForward();
  await expect(app.heading()).toHaveText(name);
  await expect.poll(() => restoredTo(page, onRecord)).toBe(true);
});

test('"back to the list" returns to the filtered list the reader came from, where they were', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  const parcels = load('parcels');
  const zone = parcels[0].zone;
  await app.open(`/parcels?zone=${zone}&sort=area-desc`);
  const n = parcels.filter((p: any) => p.zone === zone).length;
  await list.expectCount(n);
  const listUrl = page.url();
  const last = list.titles().last();
  await last.scrollIntoViewIfNeeded();
  const name = (await last.textContent())!.trim();
  await last.getByRole('link').click();
  const before = await leftAt(page);
  await expect(app.heading()).toHaveText(name);
  await page.getByRole('link', { name: /返回列表|Back to the list/ }).click();
  await expect(page).toHaveURL(listUrl);
  await list.expectCount(n);
  await expect.poll(() => restoredTo(page, before)).toBe(true);
  await expect(list.titles().last()).toBeInViewport();
});

test('"back to the list" from a record opened by its link shows the whole list', async ({ page }) => {
  const app = new Explorer(page);
  const first = load('scenarios')[0];
  await app.open(`/scenarios/${first.id}`);
  await page.getByRole('link', { name: /返回列表|Back to the list/ }).click();
  await new ListPage(page).expectCount(load('scenarios').length);
  await expect(page).toHaveURL(/#\/scenarios\?lang=zh$/);
});

test('another page of results starts at the results, with the focus on their count', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/scenarios');
  const next = list.pages().getByRole('link', { name: /下一页|Next/ });
  await next.scrollIntoViewIfNeeded();
  await next.click();
  await expect(page).toHaveURL(/page=2/);
  await expect.poll(() => focusedTag(page)).toBe('p.result-count');
  const top = await page.locator('.results').evaluate((r) => r.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(-1);
  expect(top).toBeLessThan(200);
});

test('a keyboard user reaches the first result in three keys', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/');
  // A route change puts the focus on the new page's heading; the skip link comes next.
  await app.navLink('场景开放').click();
  await expect(app.heading()).toHaveText('场景开放');
  await expect.poll(() => focusedTag(page)).toBe('h1');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到结果列表' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = new ListPage(page).titles().first().getByRole('link');
  await expect(first).toBeFocused();
});

test('filters do not move the reader', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/parcels');
  await list.openFilters();
  const box = page.getByRole('checkbox').nth(3);
  await box.scrollIntoViewIfNeeded();
  const before = await scrollY(page);
  await box.check();
  await expect(page).toHaveURL(/&/);
  await page.waitForTimeout(100);
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThan(2);
  await expect(box).toBeFocused();
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('a first visit follows the browser, and the address names the language', async ({ page }) => {
    const app = new Explorer(page);
    await app.open('/zones');
    await expect(app.heading()).toHaveText('Zones');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/#\/zones\?lang=en$/);
    await expect(app.navLink('Land parcels')).toHaveAttribute('href', /lang=en/);
  });

  test('a stored choice wins over the browser', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('huaihe.lang', 'zh'));
    const app = new Explorer(page);
    await app.open('/zones');
    await expect(app.heading()).toHaveText('高新区');
  });
});

test('a link copied after switching language opens in that language for a colleague', async ({ page, browser }) => {
  const app = new Explorer(page);
  await app.open('/parcels');
  await app.languageSwitch().click();
  await expect(app.heading()).toHaveText('Land parcels');
  const first = load('parcels')[0];
  await page.getByRole('searchbox').fill(first.id);
  await page.getByRole('link', { name: first.name.en }).click();
  await expect(app.heading()).toHaveText(first.name.en);
  const copied = page.url();
  expect(copied).toContain('lang=en');
  // The colleague's browser prefers Chinese and has never been here.
  const other = await browser.newContext({ locale: 'zh-CN' });
  const theirs = await other.newPage();
  await theirs.goto(copied);
  await expect(theirs.getByRole('heading', { level: 1 })).toHaveText(first.name.en);
  await other.close();
});

test('a typed address without a language keeps the one on screen', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/zones?lang=en');
  await page.evaluate(() => { location.hash = '#/parcels'; });
  await expect(app.heading()).toHaveText('Land parcels');
  await expect(page).toHaveURL(/#\/parcels\?lang=en$/);
});

test('a printed list shows the content only', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/parcels');
  await expect(list.titles().first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(app.nav()).toBeHidden();
  await expect(list.search()).toBeHidden();
  await expect(page.getByRole('region', { name: /^(筛选|Filters)/ })).toBeHidden();
  await expect(list.filtersButton()).toBeHidden();
  await expect(list.pages()).toBeHidden();
  await expect(list.titles().first()).toBeVisible();
  await expect(app.heading()).toBeVisible();
});
