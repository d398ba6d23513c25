import { test, expect, type Page, type FrameLocator } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { Explorer } from './app';
import { load } from './data';
import { ROOT_URL, SITE_URL } from '../../playwright.config';

// Embedding on a zone's website (README "Embedding"): a host page on another origin, under a
// strict Content-Security-Policy, with two script embeds (public/embed.js) and a hostile frame
// of a third origin (tests/prepare-site.mjs).

const HOST = SITE_URL.replace('127.0.0.1', 'localhost');
const explorerOrigin = new URL(ROOT_URL).origin;

/** Host-page height of the nth embed's iframe, and the height of the content inside it. */
async function sizes(page: Page, n: number) {
  const frame = page.locator('iframe[src^="http://127.0.0.1:8091/"]').nth(n);
  // In view, as for a reader: Chromium renders a frame of another origin that is out of view
  // only now and then, and a frame not rendered reports no new size until it is scrolled to.
  await frame.scrollIntoViewIfNeeded();
  const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.contentFrame().locator('html').evaluate((h) => ({
    content: Math.ceil(h.getBoundingClientRect().height),
    scrolls: h.scrollHeight > h.clientHeight + 1,
  }));
  return { outer, ...inner };
}

async function expectFitted(page: Page, n: number) {
  await expect.poll(async () => {
    const s = await sizes(page, n);
    return Math.abs(s.outer - s.content) <= 1 && !s.scrolls;
  }, { message: `embed ${n} sized to its content: ${JSON.stringify(await sizes(page, n))}` }).toBe(true);
}

/** The relative luminance contrast of two `rgb(…)` colours (WCAG 2.x). */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+/g)!.slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function openHost(page: Page) {
  await page.addInitScript(() => {
    (window as any).__globals = Object.getOwnPropertyNames(window);
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(HOST + 'embed-host.html');
  const first = page.frameLocator('iframe[src*="id=huaihe-1"]');
  const second = page.frameLocator('iframe[src*="id=huaihe-2"]');
  return { first, second };
}

const cards = (f: FrameLocator) => f.locator('ul.cards > li');

test("a zone's embed shows exactly its open scenarios, in its colour, sized to fit", async ({ page }) => {
  const { first } = await openHost(page);
  const open = load('scenarios').filter((s) => s.zone === 'yancheng' && s.status === 'open');
  const zone = load('zones').find((z) => z.id === 'yancheng');
  const iframe = page.locator('iframe[src*="id=huaihe-1"]');
  await expect(iframe).toHaveAttribute('title', 'Huaihe investment explorer');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  // Right after its script tag.
  expect(await iframe.evaluate((f) => (f.previousElementSibling as HTMLScriptElement).src)).toBe(`${ROOT_URL}embed.js`);

  await expect(first.locator('.embed-title')).toHaveText(`${zone.name.en} · Application scenarios`);
  await expect(cards(first)).toHaveCount(open.length);
  for (const s of open) await expect(first.getByRole('link', { name: s.title.en })).toBeVisible();
  // No site header or footer; the zone facet (one value) is not drawn.
  await expect(first.getByRole('banner')).toHaveCount(0);
  await expect(first.locator('footer')).toHaveCount(0);
  await expect(first.getByRole('group', { name: 'Zone', exact: true })).toHaveCount(0);
  await expect(first.getByRole('note')).toContainText(/sample data/i);

  // #fc0 is too light on the page's background: darkened until it reads at 4.5:1, still yellow.
  const link = await first.locator('.embed-full').evaluate((a) => getComputedStyle(a).color);
  const bg = await first.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(contrast(link, bg)).toBeGreaterThanOrEqual(4.5);
  const [r, g, b] = link.match(/\d+/g)!.map(Number);
  expect(r).toBeGreaterThan(b);
  expect(g).toBeGreaterThan(b);

  await expectFitted(page, 0);
  // The height follows the content when the filters change.
  const before = (await sizes(page, 0)).outer;
  await first.getByRole('searchbox').fill('zzzz-nothing');
  await expect(first.getByText(/^0 results$/)).toBeVisible();
  await expect.poll(async () => (await sizes(page, 0)).outer).toBeLessThan(before);
  await expectFitted(page, 0);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
});

test('two embeds on one page resize independently; a hostile frame can neither resize nor navigate them', async ({ page }) => {
  const { first, second } = await openHost(page);
  const parcels = load('parcels').filter((p) => p.zone === 'bengbu');
  await page.locator('#second').scrollIntoViewIfNeeded();
  await expect(second.locator('.result-count')).toHaveText(`${parcels.length} 条`);
  await expect(cards(second)).toHaveCount(Math.min(3, parcels.length));
  await expectFitted(page, 0);
  await expectFitted(page, 1);
  const heights = [(await sizes(page, 0)).outer, (await sizes(page, 1)).outer];
  expect(heights[0]).not.toBe(heights[1]);

  // The hostile frame has sent its 5000 px messages and tried to navigate the first embed.
  await expect(page.frameLocator('#hostile').locator('#tried')).toHaveText(/^done /);
  await expectFitted(page, 0);
  await expectFitted(page, 1);
  await expect(first.locator('.embed-title')).toBeVisible();
  expect(page.frames().map((f) => f.url()).filter((u) => u.includes('#taken'))).toEqual([]);

  // Messages that are not the embed's own are ignored: the wrong origin, a non-number, a huge
  // or a negative height, another id. The same message from the right window and origin is
  // taken (the check can fail).
  const send = (data: unknown, origin: string) =>
    page.evaluate(([data, origin]) => {
      const f = document.querySelector('iframe[src*="id=huaihe-1"]') as HTMLIFrameElement;
      window.dispatchEvent(new MessageEvent('message', { data, origin: origin as string, source: f.contentWindow }));
      return f.getBoundingClientRect().height;
    }, [data, origin] as const);
  const sized = heights[0];
  const good = { type: 'huaihe:resize', height: 777, id: 'huaihe-1' };
  expect(await send(good, 'http://evil.example')).toBe(sized);
  expect(await send({ ...good, height: '777' }, explorerOrigin)).toBe(sized);
  expect(await send({ ...good, height: 1e9 }, explorerOrigin)).toBe(sized);
  expect(await send({ ...good, height: -5 }, explorerOrigin)).toBe(sized);
  expect(await send({ ...good, height: NaN }, explorerOrigin)).toBe(sized);
  expect(await send({ ...good, id: 'huaihe-2' }, explorerOrigin)).toBe(sized);
  expect(await send(good, explorerOrigin)).toBe(777);
  // The second embed kept its own height through all of it.
  expect((await sizes(page, 1)).outer).toBe(heights[1]);
});

test("the host page's DOM, globals and styles are untouched outside the embeds' iframes", async ({ page }) => {
  await openHost(page);
  await expect(page.locator('iframe[src^="http://127.0.0.1:8091/"]')).toHaveCount(2);
  const report = await page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    const shape = (root: Element) =>
      [...root.querySelectorAll('*')]
        .filter((e) => !e.closest('noscript') || e.tagName === 'NOSCRIPT')
        .filter((e) => !(e.tagName === 'IFRAME' && (e as HTMLIFrameElement).src.startsWith('http://127.0.0.1:8091/')))
        .map((e) => `${e.tagName} ${[...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`);
    const before = new Set((window as any).__globals as string[]);
    return {
      same: JSON.stringify(shape(document.documentElement)) === JSON.stringify(shape(parsed.documentElement)),
      // (Numbered names are the page's frames, window[0], window[1]…: not globals.)
      added: Object.getOwnPropertyNames(window).filter((g) => !before.has(g) && !g.startsWith('__') && !/^\d+$/.test(g)),
      sheets: document.styleSheets.length,
      styled: [...document.querySelectorAll('[style]')].map((e) => e.tagName),
    };
  });
  expect(report.same).toBe(true);
  expect(report.added, JSON.stringify(report.added)).toEqual(['HuaiheEmbed']);
  expect(report.sheets).toBe(0);
  expect(report.styled).toEqual(['IFRAME', 'IFRAME']);
});

test('inside an embed, its records open in the frame with a way back; other links open the full explorer in a new tab', async ({ page }) => {
  const { first } = await openHost(page);
  const s = load('scenarios').find((s) => s.zone === 'yancheng' && s.status === 'open');
  const full = first.getByRole('link', { name: /Full explorer/ });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', 'noopener');
  await expect(full).toHaveAttribute('href', `${ROOT_URL}#/scenarios?lang=en&status=open&zone=yancheng`);

  await first.getByRole('link', { name: s.title.en }).click();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(s.title.en);
  // The zone's page is another section: the full explorer, in a new tab.
  const zoneLink = first.locator(`a[href*="#/zones/yancheng"]`).first();
  await expect(zoneLink).toHaveAttribute('target', '_blank');
  await expect(zoneLink).toHaveAttribute('rel', 'noopener');
  expect(await zoneLink.getAttribute('href')).toMatch(new RegExp(`^${ROOT_URL}#/zones/yancheng`));
  const [tab] = await Promise.all([page.context().waitForEvent('page'), zoneLink.click()]);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(load('zones').find((z) => z.id === 'yancheng').name.en);
  await expect(tab.getByRole('banner')).toBeVisible();
  await tab.close();
  // The host page never moved.
  await expect(page).toHaveURL(HOST + 'embed-host.html');
  await first.getByRole('link', { name: /^← Back to the list/ }).click();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Application scenarios');
  await expectFitted(page, 0);
});

test('bad embed options are dropped and said so, and the frame shows what it can', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('', '?embed=1&zone=atlantis&accent=red&section=nowhere!&limit=500&lang=en');
  const note = page.locator('.embed-note');
  for (const part of ['zone=atlantis', 'accent=red', 'section=nowhere!', 'limit=500']) await expect(note).toContainText(part);
  await expect(note).toContainText('not understood');
  await expect(app.heading()).toHaveText('Application scenarios');
  await expect(page.locator('.result-count')).toHaveText(`${load('scenarios').length} results`);
  await expect(page.locator('.embed-title')).toHaveText('Sci-Tech Huaihe · Investment Explorer · Application scenarios');
});

test("a zone's web editor makes an embed in the builder and pastes it into their own page", async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one editor flow; the builder on a phone is covered by the guard rails');
  const app = new Explorer(page);
  await app.open('/embed?lang=en');
  await expect(app.heading()).toHaveText('Embed on your website');
  const zone = load('zones').find((z) => z.id === 'yancheng');
  await page.getByRole('checkbox', { name: zone.name.en }).check();
  await expect(page.getByLabel('Section')).toHaveValue('scenarios');
  await page.getByRole('checkbox', { name: /^Only what is open now/ }).check();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByLabel('Accent colour').fill('#0a6e4f');
  const snippet = page.locator('#snippet-script');
  await expect(snippet).toHaveValue(/data-zone="yancheng" data-section="scenarios" data-lang="en" data-accent="#0a6e4f" data-filters="status=open"/);
  // The preview is a real frame of that embed, sized by its messages.
  const preview = page.frameLocator('iframe.builder-preview');
  const open = load('scenarios').filter((s) => s.zone === 'yancheng' && s.status === 'open');
  await expect(cards(preview)).toHaveCount(open.length);
  await page.getByRole('button', { name: 'Copy the code' }).first().click();
  await expect(page.getByText('Copied to the clipboard.').or(page.getByText('Could not copy automatically'))).toBeVisible();

  // Pasted into a plain page on another origin with a strict policy.
  const code = await snippet.inputValue();
  writeFileSync('target/e2e-site/editor.html', `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${explorerOrigin}; frame-src ${explorerOrigin}">
<title>Our zone</title></head><body><h1>Our zone</h1>
${code}
</body></html>`);
  const host = await page.context().newPage();
  await host.goto(HOST + 'editor.html');
  const embed = host.frameLocator('iframe');
  await expect(embed.locator('.embed-title')).toHaveText(`${zone.name.en} · Application scenarios`);
  await expect(cards(embed)).toHaveCount(open.length);
  const color = await embed.locator('.embed-full').evaluate((a) => getComputedStyle(a).color);
  expect(color).toBe('rgb(10, 110, 79)');
  await expectFitted(host, 0);
});

test("the builder starts from the explorer page it was opened from", async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/scenarios?track=low_altitude&lang=en');
  await page.getByRole('link', { name: 'Embed these results on your website' }).click();
  await expect(app.heading()).toHaveText('Embed on your website');
  await expect(page.getByLabel('Section')).toHaveValue('scenarios');
  await expect(page.locator('#embed-track')).toHaveValue('low_altitude');
  await expect(page.locator('.builder-presets')).toContainText('track=low_altitude');
  await expect(page.locator('#snippet-script')).toHaveValue(/data-section="scenarios" data-lang="en" data-filters="track=low_altitude"/);
  const air = load('scenarios').filter((s) => s.track === 'low_altitude');
  await expect(page.frameLocator('iframe.builder-preview').locator('.result-count')).toHaveText(`${air.length} results`);
  // An accent too light to read is darkened, and the editor is told.
  await page.getByLabel('Accent colour').fill('#ffee00');
  await expect(page.getByRole('status').filter({ hasText: 'hard to read' })).toBeVisible();
});

test('in Chinese too: the embed speaks the language it was given', async ({ page }) => {
  const { second } = await openHost(page);
  const zone = load('zones').find((z) => z.id === 'bengbu');
  await page.locator('#second').scrollIntoViewIfNeeded();
  await expect(second.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(second.locator('.embed-title')).toHaveText(`${zone.name.zh} · 园区用地`);
  await expect(second.getByRole('link', { name: /完整版/ })).toBeVisible();
  const iframe = page.locator('iframe[src*="id=huaihe-2"]');
  await expect(iframe).toHaveAttribute('title', '科创淮河投资机会');
});

