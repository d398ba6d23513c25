import { expect, type Page, type Locator } from '@playwright/test';

/** The explorer as a visitor sees it: navigation, headings, language switch. */
export class Explorer {
  constructor(readonly page: Page, readonly base = '/') {}

  async open(fragment = '', query = '') {
    await this.page.goto(`${this.base}${query}${fragment ? '#' + fragment : ''}`);
    await expect(this.page.locator('html')).toHaveAttribute('data-started', '');
    // The app has taken over from the prerendered first view (index.html, app/src/web/boot.rs).
    await expect(this.page.locator('#prerendered')).toHaveCount(0);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  nav(): Locator {
    return this.page.getByRole('navigation');
  }

  navLink(name: string | RegExp): Locator {
    return this.nav().getByRole('link', { name });
  }

  languageSwitch(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: /^(English|中文)$/ });
  }

  sampleNotice(): Locator {
    return this.page.getByRole('note');
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }
}

/** An explorer page (scenarios, projects, parcels, incentives, zones). */
export class ListPage {
  constructor(readonly page: Page) {}

  /** The live result count, e.g. "5 条" or "5 results". */
  count(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^[\d,]+ (条|results)$/ });
  }

  async expectCount(n: number) {
    await expect(this.count()).toHaveText(new RegExp(`^${n.toLocaleString('en-US')} (条|results)$`));
  }

  search(): Locator {
    return this.page.getByRole('searchbox');
  }

  /** On a phone, the button that unfolds the filters (hidden where they sit beside the results). */
  filtersButton(): Locator {
    return this.page.getByRole('button', { name: /^(筛选|Filters)( \(\d+\))?$/ });
  }

  /** Filters are folded away on a phone; open them if they are. */
  async openFilters() {
    await expect(this.count()).toBeVisible(); // the explorer is drawn: the button is there or not
    const button = this.filtersButton();
    if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  facet(group: string, value: string): Locator {
    return this.page
      .getByRole('group', { name: group, exact: true })
      .getByRole('checkbox', { name: new RegExp(`^${value} [\\d,]+$`) });
  }

  async setRange(group: string, end: string, value: string) {
    const box = this.page.getByRole('group', { name: group }).getByLabel(end, { exact: true });
    await box.fill(value);
    await box.press('Tab');
  }

  sort(): Locator {
    return this.page.getByRole('combobox', { name: /排序|Sort by/ });
  }

  /** Titles of the cards on this page, in order. */
  titles(): Locator {
    return this.page.getByRole('heading', { level: 3 });
  }

  pages(): Locator {
    return this.page.getByRole('navigation', { name: /分页|Pages/ });
  }

  chips(): Locator {
    return this.page.getByRole('list', { name: /当前筛选|Active filters/ }).getByRole('link');
  }
}
