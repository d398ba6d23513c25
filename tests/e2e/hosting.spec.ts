import { test, expect } from '@playwright/test';
import { Explorer } from './app';
import { SITE_URL } from '../../playwright.config';
import { load } from './data';

test('deep links open and survive reload under a sub-path on a plain static server', async ({ page }) => {
  const s = load('scenarios')[3];
  const app = new Explorer(page, `${SITE_URL}explorer/`);
  await app.open(`/scenarios/${s.id}`);
  await expect(app.heading()).toHaveText(s.title.zh);
  await page.reload();
  await expect(app.heading()).toHaveText(s.title.zh);
  await app.navLink('高新区').click();
  await expect(page).toHaveURL(`${SITE_URL}explorer/#/zones?lang=zh`);
  await page.goBack();
  await expect(app.heading()).toHaveText(s.title.zh);
});

test('the app works inside an iframe on another origin', async ({ page }) => {
  const zone = load('zones').find((z) => z.id === 'xuzhou');
  // localhost and 127.0.0.1 are different origins.
  await page.goto(SITE_URL.replace('127.0.0.1', 'localhost') + 'host.html');
  const frame = page.frameLocator('#explorer');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(zone.name.en);
  await frame.getByRole('navigation').getByRole('link', { name: 'Application scenarios' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Application scenarios');
  await expect(page.getByRole('heading', { level: 1, name: "A zone's own website" })).toBeVisible();
});

test('the make serve server sends the wasm brotli-compressed as application/wasm, and data gzipped', async ({ page }) => {
  const seen = new Map<string, { type: string; encoding: string }>();
  page.on('response', async (r) => {
    const h = await r.allHeaders();
    seen.set(new URL(r.url()).pathname.split('/').pop()!, { type: h['content-type'], encoding: h['content-encoding'] });
  });
  // The home page is drawn from its glance; the record files follow it.
  const scenarios = page.waitForResponse('**/data/scenarios.json');
  await new Explorer(page).open('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const data = await (await scenarios).allHeaders();
  const wasm = [...seen].find(([name]) => name.endsWith('.wasm'));
  expect(wasm?.[1]).toEqual({ type: 'application/wasm', encoding: 'br' });
  expect(data['content-encoding']).toBe('gzip');
});

test('each file of the data pack is fetched once, on the home page and on a deep link', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/data/')) asked.push(new URL(r.url()).pathname.split('/').pop()!); });
  for (let i = 0; i < 3; i++) {
    await page.goto('about:blank');  // a real load each time, not a change of the fragment
    asked.length = 0;
    await new Explorer(page).open(i === 1 ? '/scenarios' : '/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const files = ['manifest.json', 'zones.json', 'scenarios.json', 'projects.json', 'parcels.json', 'incentives.json', 'basemap.json'];
    // On the home page the record files come after it is drawn (from the glance).
    await expect.poll(() => asked.length).toBeGreaterThanOrEqual(files.length);
    await page.waitForLoadState('networkidle');
    expect([...asked].sort()).toEqual([...files].sort());
  }
});
