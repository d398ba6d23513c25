import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { Explorer, ListPage } from './app';
import { SITE_URL } from '../../playwright.config';
import { load } from './data';

const zones = load('zones');
const scenarios = load('scenarios');
const parcels = load('parcels');

const map = (page) => page.getByRole('region', { name: /淮河生态经济带示意图|Schematic map of the Huaihe belt/ });
const markers = (page) => map(page).locator('a.mark:not(.site)');
const clusters = (page) => map(page).locator('button.mark:not(.site)');
/** Every mark in view, of zones and of parcels. */
const seen = (page) => map(page).locator('.mark:visible');
/** The zones the map shows: one per link mark, plus the number on each mark of several. */
const zonesOnMap = (page) =>
  map(page)
    .locator('.mark:not(.site)')
    .evaluateAll((els) => els.reduce((n, e) => n + (e.classList.contains('cluster') ? Number(e.textContent) : 1), 0));
/** The part of the map in view, from the drawing's viewBox: [x, y, width, height] in map units. */
const viewBox = (page) =>
  map(page)
    .locator('.map-frame svg')
    .evaluate((s) => s.getAttribute('viewBox')!.split(' ').map(Number));

/** Zooms in on the mark of several zones that holds `name` until `name` has a mark of its own. */
async function zoomTo(page, name: string) {
  await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
  const own = () => markers(page).and(page.locator(`[aria-label^="${name}:"]`)).count();
  for (let i = 0; i < 3 && (await own()) === 0; i++) {
    await clusters(page).and(page.locator(`[aria-label*="${name}"]`)).first().click();
  }
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the belt is on the first screen; a zone opens by keyboard`, async ({ page }, info) => {
    const app = new Explorer(page);
    await app.open(lang === 'en' ? '/?lang=en' : '/');
    await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
    const box = await map(page).getByRole('group', { name: /示意图|Schematic map/ }).boundingBox();
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    // Looked at: the test run leaves a picture of the map for each language and width.
    mkdirSync('test-results/screens', { recursive: true });
    await map(page).screenshot({ path: `test-results/screens/map-${lang}-${info.project.name}.png` });

    const z = zones.find((z) => z.id === 'yancheng');
    const name = lang === 'zh' ? z.short_name.zh : z.short_name.en;
    await zoomTo(page, name);
    const marker = markers(page).and(page.locator(`[aria-label^="${name}:"]`));
    await marker.focus();
    await expect(map(page).locator('.map-summary')).toContainText(name);
    await page.keyboard.press('Enter');
    await expect(app.heading()).toHaveText(lang === 'zh' ? z.name.zh : z.name.en);
    await expect(page).toHaveURL(new RegExp(`#/zones/yancheng`));
  });
}

test('layers change what the markers count, and live in the link', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/');
  const z = zones.find((z) => z.id === 'yancheng');
  const open = scenarios.filter((s) => s.zone === z.id && s.status === 'open').length;
  await zoomTo(page, z.short_name.zh);
  const marker = markers(page).and(page.locator(`[aria-label^="${z.short_name.zh}:"]`));
  await expect(marker).toHaveAttribute('aria-label', new RegExp(`场景开放 ${open}`));
  await map(page).getByRole('checkbox', { name: '场景开放' }).uncheck();
  await expect(page).toHaveURL(/layers=river%2Cair%2Cparcels|layers=river,air,parcels/);
  await expect(marker).not.toHaveAttribute('aria-label', /场景开放/);
  await page.reload();
  await expect(map(page).getByRole('checkbox', { name: '场景开放' })).not.toBeChecked();
  await page.goBack();
  // (The reload drew the map afresh, unzoomed.)
  await zoomTo(page, z.short_name.zh);
  await expect(marker).toHaveAttribute('aria-label', new RegExp(`场景开放 ${open}`));
});

test('the map has a table with the same facts', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/?lang=en');
  await map(page).getByText('Show as a table').click();
  const table = map(page).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(zones.length + 1);
  const z = zones[0];
  const row = table.getByRole('row', { name: new RegExp(z.short_name.en) });
  const open = scenarios.filter((s) => s.zone === z.id && s.status === 'open').length;
  await expect(row.getByRole('cell').first()).toHaveText(String(open));
});

test('zoom keeps the middle of the view where it is, and a mark of close zones zooms in on them', async ({ page }, info) => {
  const app = new Explorer(page);
  await app.open('/');
  await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
  const middle = async () => {
    const [x, y, w, h] = await viewBox(page);
    return [x + w / 2, y + h / 2, w];
  };
  const [x0, y0, w0] = await middle();
  await page.getByRole('button', { name: '放大地图', exact: true }).click();
  await expect.poll(async () => (await middle())[2]).toBeCloseTo(w0 / 2);
  const [x1, y1] = await middle();
  expect(Math.abs(x1 - x0)).toBeLessThan(1);
  expect(Math.abs(y1 - y0)).toBeLessThan(1);
  await expect(page.getByRole('button', { name: '缩小地图', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: '缩小地图', exact: true }).click();
  await expect.poll(async () => (await middle())[2]).toBeCloseTo(w0);
  if (info.project.name !== 'phone') return;
  // A mark of several zones says which, and stays under the finger as it zooms in on them.
  await expect(clusters(page).first()).toBeVisible();
  const cluster = clusters(page).first();
  const label = await cluster.getAttribute('aria-label');
  expect(label).toMatch(/个高新区：.*放大以分开查看/);
  const at = (await cluster.boundingBox())!;
  const members = label!.split('：')[1].split(' — ')[0].split('，');
  await cluster.click();
  // Its zones are now further apart: its place on screen holds them, or one of them.
  let closest = Infinity;
  for (const m of await map(page).locator('.mark:not(.site):visible').all()) {
    const b = (await m.boundingBox())!;
    const name = (await m.getAttribute('aria-label'))!;
    if (!members.some((n) => name.includes(n))) continue;
    closest = Math.min(closest, Math.hypot(b.x + b.width / 2 - (at.x + at.width / 2), b.y + b.height / 2 - (at.y + at.height / 2)));
  }
  expect(closest).toBeLessThan(44);
});

test('the zoomed map moves with a finger, a mouse or the arrow keys, and a drag over a zone does not open it', async ({ page }, info) => {
  const app = new Explorer(page);
  await app.open('/');
  await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
  await page.getByRole('button', { name: '放大地图', exact: true }).click();
  await page.getByRole('button', { name: '放大地图', exact: true }).click();
  const frame = map(page).locator('.map-frame');
  await frame.evaluate((f) => f.scrollIntoView({ block: 'center' }));
  // The zone's mark nearest the middle of the view, dragged towards the side with map left to show.
  const f = (await frame.boundingBox())!;
  let mark, b, best = Infinity;
  for (const m of await map(page).locator('a.mark:not(.site):visible').all()) {
    const box = (await m.boundingBox())!;
    const d = Math.hypot(box.x - f.x - f.width / 2, box.y - f.y - f.height / 2);
    if (d < best) [mark, b, best] = [m, box, d];
  }
  const name = await mark.getAttribute('aria-label');
  // Towards the middle, so that the mark stays in view.
  const dx = b.x > f.x + f.width / 2 ? -120 : 120;
  const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
  if (info.project.name === 'phone') {
    const touch = await page.context().newCDPSession(page);
    const point = (px: number) => ({ touchPoints: [{ x: px, y }] });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', ...point(x) });
    for (let i = 1; i <= 6; i++) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', ...point(x + (dx * i) / 6) });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y, { steps: 6 });
    await page.mouse.up();
  }
  // The mark went with the pointer, and the page did not open it.
  const same = map(page).locator(`a.mark[aria-label="${name}"]`);
  await expect.poll(async () => (await same.boundingBox())!.x - b.x).toBeCloseTo(dx, -1);
  await expect(app.heading()).toHaveText('淮河沿线高新区的投资机会，一处可查');
  // The arrow keys move it a quarter of the view.
  const [before] = await viewBox(page);
  await same.focus();
  await page.keyboard.press(dx > 0 ? 'ArrowLeft' : 'ArrowRight');
  const [after, , w] = await viewBox(page);
  expect(Math.abs(after - before)).toBeCloseTo(w / 4, 0);
  await expect(app.heading()).toHaveText('淮河沿线高新区的投资机会，一处可查');
  // After a drag, a mark still opens from the keyboard.
  const next = map(page).locator('a.mark:not(.site):visible').first();
  const href = (await next.getAttribute('href'))!;
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(href.replace(/[?]/g, '\\?') + '$'));
});

test('two fingers pinch the map in and out at the point between them, not the page', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'a touch screen');
  const app = new Explorer(page);
  await app.open('/');
  await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
  const frame = map(page).locator('.map-frame');
  await frame.evaluate((f) => f.scrollIntoView({ block: 'center' }));
  const f = (await frame.boundingBox())!;
  // A point left of the middle, so that keeping it in place moves the view.
  const [cx, cy] = [f.x + f.width * 0.3, f.y + f.height / 2];
  const touch = await page.context().newCDPSession(page);
  const pinch = async (from: number, to: number) => {
    const at = (d: number) => ({ touchPoints: [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }] });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', ...at(from) });
    for (let i = 1; i <= 8; i++) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', ...at(from + ((to - from) * i) / 8) });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const [x0, , w0, h0] = await viewBox(page);
  // The map's point under the fingers, in map units.
  const under = (v: number[]) => v[0] + ((cx - f.x) / f.width) * v[2];
  const before = under([x0, 0, w0, h0]);
  // Fingers 20 px apart spread to 60: more than one step of 1.5 times, less than three.
  await pinch(10, 30);
  await expect.poll(async () => (await viewBox(page))[2]).toBeLessThan(w0 / 1.5);
  const zoomed = await viewBox(page);
  expect(zoomed[2]).toBeGreaterThanOrEqual(w0 / 4);
  expect(Math.abs(under(zoomed) - before)).toBeLessThan(w0 / 50);
  // The page itself was not zoomed, and nothing was opened.
  expect(await page.evaluate(() => window.visualViewport!.scale)).toBe(1);
  await expect(app.heading()).toHaveText('淮河沿线高新区的投资机会，一处可查');
  // Pinching the fingers together zooms back out.
  await pinch(30, 10);
  await expect.poll(async () => (await viewBox(page))[2]).toBeCloseTo(w0);
});

for (const lang of ['zh', 'en'] as const) {
test(`${lang}: zoomed in, the available parcels are marks of their own that open the parcel`, async ({ page }, info) => {
  const app = new Explorer(page);
  await app.open(`/?lang=${lang}`);
  const tr = (t) => t[lang];
  await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
  const zone = zones.find((z) => z.id === 'yancheng');
  const open = parcels.filter((p) => p.zone === zone.id && p.status === 'available');
  // Zoomed out, a zone's mark counts its parcels; zooming in on it sets them apart.
  const zoneMark = () => markers(page).and(page.locator(`[aria-label^="${tr(zone.short_name)}:"]`));
  const parcelsRead = page.waitForResponse(/split_parcel_sites_.*\.wasm/);
  await zoomTo(page, tr(zone.short_name));
  await expect(zoneMark()).toHaveAttribute('aria-label', new RegExp(`${lang === 'zh' ? '园区用地' : 'Land parcels'} ${open.length}`));
  const own = map(page).locator('a.mark.site:visible');
  const width = async () => (await viewBox(page))[2];
  for (let i = 0; i < 10 && (await own.count()) === 0; i++) {
    // Zoom in: on a cluster of its parcels once one is in view, else by keyboard on the zone.
    const before = await width();
    const sites = map(page).locator('button.mark.site:visible');
    if (await sites.count()) await sites.first().click();
    else {
      await zoneMark().focus();
      await page.keyboard.press('+');
    }
    await expect.poll(width).toBeLessThan(before);
    if (i === 0) await parcelsRead;
    // (The parcels are placed in a task of their own once read.)
    await page.waitForTimeout(150);
  }
  await expect(own.first()).toBeVisible();
  // Every mark in view is a finger's target and a finger apart.
  const tap = info.project.name === 'phone' ? 44 : 28;
  const boxes = [];
  for (const m of await seen(page).all()) boxes.push((await m.boundingBox())!);
  for (const b of boxes) expect(b.width).toBeGreaterThanOrEqual(tap);
  for (let i = 0; i < boxes.length; i++)
    for (const o of boxes.slice(i + 1)) expect(Math.hypot(boxes[i].x - o.x, boxes[i].y - o.y)).toBeGreaterThanOrEqual(tap - 1);
  mkdirSync('test-results/screens', { recursive: true });
  await map(page).screenshot({ path: `test-results/screens/map-parcels-${lang}-${info.project.name}.png` });
  // Zoomed in, the map is as accessible as zoomed out (axe, WCAG 2.1 A and AA).
  const axe = await new AxeBuilder({ page }).include('.belt-map').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // Without the parcels layer, no parcel is on the map; with it, they are back.
  const layer = map(page).getByRole('checkbox', { name: lang === 'zh' ? '园区用地' : 'Land parcels' });
  await layer.uncheck();
  await expect(map(page).locator('.mark.site')).toHaveCount(0);
  await layer.check();
  await expect(own.first()).toBeVisible();
  // A parcel's mark names it and its area, and opens it.
  const label = (await own.first().getAttribute('aria-label'))!;
  const parcel = parcels.find((p) => label.startsWith(`${tr(p.name)}${lang === 'zh' ? '：' : ': '}`));
  expect(parcel, label).toBeTruthy();
  expect(parcel.status).toBe('available');
  expect(label).toContain(lang === 'zh' ? ' 亩' : ' mu');
  await own.first().click();
  await expect(app.heading()).toHaveText(tr(parcel.name));
  await expect(page).toHaveURL(new RegExp(`#/parcels/${parcel.id}`));
  // Zoomed out again, every parcel is counted on its zone's mark.
  await page.goBack();
  await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
  const [zoomIn, zoomOut] = lang === 'zh' ? ['放大地图', '缩小地图'] : ['Zoom in', 'Zoom out'];
  const anySite = () => map(page).locator('.mark.site').count();
  for (let i = 0; i < 7 && (await anySite()) === 0; i++) {
    const before = await width();
    await page.getByRole('button', { name: zoomIn, exact: true }).click();
    await expect.poll(width).toBeLessThan(before);
    await page.waitForTimeout(150);
  }
  expect(await anySite()).toBeGreaterThan(0);
  const out = page.getByRole('button', { name: zoomOut, exact: true });
  while (await out.isEnabled()) await out.click();
  await expect(map(page).locator('.mark.site')).toHaveCount(0);
});
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: every mark is a finger wide and no name covers another or a dot`, async ({ page }, info) => {
    const app = new Explorer(page);
    await app.open(`/?lang=${lang}`);
    await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
    // A finger's width on a touch screen, WCAG's target size and more for a mouse.
    const tap = info.project.name === 'phone' ? 44 : 28;
    for (let zoom = 0; zoom < 2; zoom++) {
      const boxes = [];
      for (const m of await seen(page).all()) {
        const b = (await m.boundingBox())!;
        expect(b.width).toBeGreaterThanOrEqual(tap);
        expect(b.height).toBeGreaterThanOrEqual(tap);
        boxes.push(b);
      }
      // Two marks never share a target's width.
      for (let i = 0; i < boxes.length; i++)
        for (const o of boxes.slice(i + 1))
          expect(Math.hypot(boxes[i].x - o.x, boxes[i].y - o.y)).toBeGreaterThanOrEqual(tap - 1);
      const names = [];
      for (const l of await map(page).locator('.mark:visible .mark-label').all()) names.push((await l.boundingBox())!);
      const meet = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      for (let i = 0; i < names.length; i++) {
        for (const o of names.slice(i + 1)) expect(meet(names[i], o)).toBe(false);
        for (const d of await map(page).locator('.mark:visible .dot').all()) expect(meet(names[i], (await d.boundingBox())!)).toBe(false);
      }
      expect(names.length).toBeGreaterThan(0);
      await page.getByRole('button', { name: lang === 'zh' ? '放大地图' : 'Zoom in', exact: true }).click();
    }
  });
}

test('with one zone the map shows one marker', async ({ page }) => {
  const app = new Explorer(page, `${SITE_URL}one-zone/`);
  await app.open('/');
  await expect(markers(page)).toHaveCount(1);
  await expect(markers(page)).toHaveAttribute('aria-label', /盐城高新区/);
});

test('without its base map the page says so and still lists the zones', async ({ page }) => {
  const app = new Explorer(page, `${SITE_URL}no-map/`);
  await app.open('/');
  await expect(map(page).getByRole('status')).toHaveText(/底图无法加载/);
  await map(page).getByText('以表格查看').click();
  await expect(map(page).getByRole('table').getByRole('row')).toHaveCount(zones.length + 1);
  // The data itself is unaffected.
  await expect(page.getByRole('link', { name: /个开放场景/ })).toBeVisible();
});

test('the keyboard reaches every marker in turn', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/');
  await expect.poll(() => zonesOnMap(page)).toBe(zones.length);
  // Every mark in turn; a mark of several zones names each of them.
  await map(page).locator('.mark').first().focus();
  const names = new Set<string>();
  const count = await map(page).locator('.mark:not(.site)').count();
  for (let i = 0; i < count; i++) {
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (/^\d+ 个高新区：/.test(label)) for (const n of label.split('：')[1].split(' — ')[0].split('，')) names.add(n);
    else names.add(label.split(':')[0]);
    await page.keyboard.press('Tab');
  }
  expect(names.size).toBe(zones.length);
});

test('the alliance page links each working direction to its data and shows guests as guests', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/alliance');
  const directions = page.getByRole('list').filter({ hasText: '产业联动' }).getByRole('listitem');
  await expect(directions).toHaveCount(5);
  await expect(page.getByRole('heading', { name: '特邀园区' })).toBeVisible();
  const guest = zones.find((z) => z.membership === 'guest');
  await expect(page.getByRole('link', { name: guest.short_name.zh })).toBeVisible();
  // The river and low-altitude projects open now, the list of just those.
  const open = load('projects').filter((p: any) => p.status === 'open').length;
  await directions.first().getByRole('link').click();
  await expect(app.heading()).toHaveText('内河+低空项目');
  await new ListPage(page).expectCount(open);
});
