import { test, expect } from '@playwright/test';
import { Explorer, ListPage } from './app';
import { load } from './data';

// Figures that agree (issue 12): a figure that links to a list counts exactly what that list
// shows (shared/tests/figures.rs checks the rule for every figure; this is what a visitor sees).

const number = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('every count on the home page opens a list of that many results', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/');
  const figures = await page.locator('.figures a').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href')!,
      value: a.querySelector('.figure-value')!.textContent!.trim(),
      label: a.querySelector('.figure-label')!.textContent!.trim(),
    })),
  );
  expect(figures.length).toBeGreaterThan(8);
  let checked = 0;
  for (const f of figures) {
    // Counts only: sums (万元, 亩) add a field up, and the provinces open the alliance page.
    if (!/^[\d,]+$/.test(f.value) || !/^#\/(scenarios|projects|parcels|incentives|zones)\?/.test(f.href)) continue;
    await page.goto('/' + f.href);
    await list.expectCount(number(f.value));
    checked += 1;
  }
  // Member zones, open scenarios, open river and low-altitude projects, parcels, incentives.
  expect(checked).toBe(6);
});

test("a zone page's offers are what is open now, as its card says, each opening just that", async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  const zone = load('zones')[0];
  await app.open(`/zones/${zone.id}`);
  const heading = page.getByRole('heading', { name: /本园区的机会|Opportunities in this zone/ });
  await expect(heading).toBeVisible();
  const offers = heading.locator('xpath=..').getByRole('link');
  const items = await offers.evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })));
  expect(items.length).toBe(4);
  let total = 0;
  for (const item of items) {
    const n = Number(/（\D*(\d+)）$/.exec(item.text.trim())![1]);
    total += n;
    await page.goto('/' + item.href);
    await list.expectCount(n);
  }
  // The zone's card in the directory says the same.
  await app.open(`/zones?q=${zone.id}`);
  const card = page.locator('.card').filter({ has: page.getByRole('link', { name: zone.name.zh }) });
  await expect(card).toContainText(String(total));
});

test('the river and low-altitude page says its totals count all statuses and its links list all of them', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/river-air');
  const columns = page.locator('section.track');
  await expect(columns).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    const column = columns.nth(i);
    const projects = number(
      (await column.locator('dt', { hasText: '项目数（含各状态）' }).locator('xpath=following-sibling::dd').textContent())!,
    );
    const href = await column.locator('.track-links a').first().getAttribute('href');
    await page.goto('/' + href);
    await list.expectCount(projects);
    await page.goBack();
    await expect(columns).toHaveCount(2);
  }
});
