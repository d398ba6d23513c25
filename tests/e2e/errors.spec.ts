import { test, expect } from '@playwright/test';
import { Explorer } from './app';
import { SITE_URL } from '../../playwright.config';
import { load } from './data';

test('a data file with a syntax error gets a clear panel with retry', async ({ page }) => {
  const app = new Explorer(page, `${SITE_URL}broken-json/`);
  await app.open('/scenarios');
  const alert = app.alert();
  await expect(alert.getByRole('heading')).toHaveText('数据未能加载');
  await expect(alert).toContainText('scenarios.json');
  // A Chinese panel is all Chinese: the problem's headline and what was expected too.
  await expect(alert).toContainText('不是有效的 JSON');
  await expect(alert).toContainText('有效的 JSON（');
  await expect(alert).not.toContainText('valid JSON');
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(app.nav()).toBeVisible();
});

test('a missing data file is named in the panel', async ({ page }) => {
  const app = new Explorer(page, `${SITE_URL}missing-file/`);
  await app.open('/?lang=en');
  const alert = app.alert();
  await expect(alert.getByRole('heading')).toHaveText('The data could not be loaded');
  await expect(alert).toContainText('projects.json');
  await expect(alert).toContainText('file could not be read');
  await expect(alert).toContainText('404');
});

test('invalid records are listed one by one and the valid ones can still be browsed', async ({ page }) => {
  const app = new Explorer(page, `${SITE_URL}invalid-record/`);
  await app.open('/scenarios?lang=en');
  const alert = app.alert();
  await expect(alert.getByRole('row', { name: /\$\[0\]\.status/ })).toContainText('one of: open, matching, awarded, closed');
  await expect(alert.getByRole('row', { name: /\$\[0\]\.deadline/ })).toContainText('missing field');
  await expect(alert.getByRole('row', { name: /\$\[0\]\.budget/ })).toContainText('must not be larger than max');
  await alert.getByRole('button', { name: 'Show the valid records anyway' }).click();
  await expect(app.heading()).toHaveText('Application scenarios');
  await expect(page.getByRole('status')).toHaveText(`${load('scenarios').length - 1} results`);
});
