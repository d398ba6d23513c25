import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Explorer } from './app';
import { inLang, views } from './views';

// Guard rail for every view: axe-core (WCAG 2.1 A and AA rules) finds no serious or critical
// violation, in either language, at 390 px (project "phone") and 1280 px ("desktop").

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

for (const lang of ['zh', 'en']) {
  for (const [name, path, query] of views) {
    test(`${lang}: ${name} has no serious accessibility violation`, async ({ page }) => {
      const app = new Explorer(page);
      await app.open(inLang(path, lang), query);
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      expect(await violations(page)).toEqual([]);
    });
  }
  test(`${lang}: the data error panel has no serious accessibility violation`, async ({ page }) => {
    const { SITE_URL } = await import('../../playwright.config');
    const app = new Explorer(page, `${SITE_URL}invalid-record/`);
    await app.open(`/scenarios?lang=${lang}`);
    await expect(app.alert().first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
