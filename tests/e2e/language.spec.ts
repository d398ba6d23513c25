import { test, expect } from '@playwright/test';
import { Explorer } from './app';
import { load } from './data';

test('Chinese by default; the switch turns to English and is remembered', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/zones');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(app.heading()).toHaveText('高新区');
  await app.languageSwitch().click();
  await expect(app.heading()).toHaveText('Zones');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/#\/zones\?lang=en$/);
  await expect(app.sampleNotice()).toContainText('Sample data');
  // A new visit without ?lang keeps the choice.
  await app.open('/alliance');
  await expect(app.heading()).toHaveText(/Alliance/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // ?lang in the link overrides the stored choice.
  await app.open('/alliance?lang=zh');
  await expect(app.heading()).toHaveText('淮河生态经济带高新区产业科技创新战略联盟');
});

test('links keep the language while navigating', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/?lang=en');
  await app.navLink('Land parcels').click();
  await expect(page).toHaveURL(/#\/parcels\?lang=en$/);
  await expect(app.heading()).toHaveText('Land parcels');
  const first = load('parcels')[0];
  await page.getByRole('searchbox').fill(first.id);
  await page.getByRole('link', { name: first.name.en }).click();
  await expect(app.heading()).toHaveText(first.name.en);
});

test('the page query ?lang=en (as an embed snippet sets it) shows English', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/incentives', '?lang=en');
  await expect(app.heading()).toHaveText('Incentives');
});
