import { expect, type Page, type Locator } from '@playwright/test';

/** The explorer as a visitor sees it: navigation, headings, language switch. */
export class Explorer {
  constructor(readonly page: Page, readonly base = '/') {}

  async open(fragment = '', query = '') {
    await this.page.goto(`${this.base}${query}${fragment ? '#' + fragment : ''}`);
    await expect(this.page.locator('html')).toHaveAttribute('data-started', '');
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
