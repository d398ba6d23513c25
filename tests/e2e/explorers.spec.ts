import { test, expect, type Page } from '@playwright/test';
import { Explorer, ListPage } from './app';
import { load } from './data';

const zones = load('zones');
const scenarios = load('scenarios');
const parcels = load('parcels');
const incentives = load('incentives');
const projects = load('projects');
const provinceOf = (zoneId: string) => zones.find((z) => z.id === zoneId)?.province;

const langs = {
  zh: {
    nav: '场景开放', track: '赛道', air: '低空', status: '状态', open: '征集中', province: '省份',
    anhui: '安徽', budget: '预算（万元）', min: '最低', max: '最高', contact: '联系方式',
    parcels: '园区用地', area: '面积（亩）', use: '用地性质', industrial: '工业用地',
    applying: '适用的优惠政策', parcelsApplying: '适用的地块', next: '下一页', prev: '上一页',
    query: '',
  },
  en: {
    nav: 'Application scenarios', track: 'Track', air: 'Low altitude', status: 'Status', open: 'Open',
    province: 'Province', anhui: 'Anhui', budget: 'Budget (million yuan)', min: 'Min', max: 'Max',
    contact: 'Contact', parcels: 'Land parcels', area: 'Area (mu)', use: 'Permitted use',
    industrial: 'Industrial', applying: 'Incentives that apply',
    parcelsApplying: 'Parcels where it applies', next: 'Next', prev: 'Previous', query: 'lang=en',
  },
};

const titleOf = (r: any, lang: 'zh' | 'en') => (lang === 'zh' ? r.title?.zh ?? r.name.zh : r.title?.en ?? r.name.en);

for (const lang of ['zh', 'en'] as const) {
  const t = langs[lang];

  test(`${lang}: open low-altitude scenarios in Anhui over 500 万元, opened, called and shared`, async ({ page, browser }) => {
    const expected = scenarios.filter(
      (s) => s.track === 'low_altitude' && s.status === 'open' && provinceOf(s.zone) === 'anhui' && s.budget.max >= 500,
    );
    expect(expected.length).toBeGreaterThan(0);
    const app = new Explorer(page);
    const list = new ListPage(page);
    await app.open(lang === 'en' ? '/?lang=en' : '/');
    await app.navLink(t.nav).first().click();
    await list.expectCount(scenarios.length);
    await list.openFilters();
    await list.facet(t.track, t.air).check();
    await list.facet(t.status, t.open).check();
    await list.facet(t.province, t.anhui).check();
    // 500 万元 is 5 million yuan: each language types it in the unit its lists show.
    await list.setRange(t.budget, t.min, lang === 'zh' ? '500' : '5');
    await expect(page).toHaveURL(/budget=500-/);
    await list.expectCount(expected.length);
    // Exactly these records, in the order of the chosen sort.
    const shown = await list.titles().allTextContents();
    expect([...shown].sort()).toEqual(expected.map((s) => titleOf(s, lang)).sort());
    await expect(list.chips()).toHaveCount(4);
    const listUrl = page.url();
    expect(listUrl).toContain('track=low_altitude');

    // Open one: the contact comes first and dials.
    const pick = expected[0];
    await page.getByRole('link', { name: titleOf(pick, lang), exact: true }).click();
    await expect(app.heading()).toHaveText(titleOf(pick, lang));
    const contact = page.getByRole('region', { name: t.contact });
    // It dials from abroad (+86, without the trunk 0), and reads so in English.
    const phone: string = pick.contact.phone;
    const dialed = lang === 'en' && phone.startsWith('0') ? `+86 ${phone.slice(1)}` : phone;
    await expect(contact.getByRole('link', { name: dialed })).toHaveAttribute('href', /^tel:\+86\d+$/);

    // Back returns to the same filtered list; forward to the record again.
    await page.goBack();
    await list.expectCount(expected.length);
    await expect(list.chips()).toHaveCount(4);
    await page.goForward();
    await expect(app.heading()).toHaveText(titleOf(pick, lang));

    // Someone else opens the shared links and sees the same.
    const other = await browser.newPage();
    await other.goto(listUrl);
    await new ListPage(other).expectCount(expected.length);
    await expect(new ListPage(other).chips()).toHaveCount(4);
    await other.goto(page.url());
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(titleOf(pick, lang));
    await other.close();
  });

  test(`${lang}: a 50-亩 industrial parcel and the incentives that apply to it`, async ({ page }) => {
    const expected = parcels.filter((p) => p.land_use === 'industrial' && p.area_mu >= 40 && p.area_mu <= 60);
    expect(expected.length).toBeGreaterThan(0);
    const app = new Explorer(page);
    const list = new ListPage(page);
    await app.open(`/parcels${lang === 'en' ? '?lang=en' : ''}`);
    await list.openFilters();
    await list.setRange(t.area, t.min, '40');
    await list.setRange(t.area, t.max, '60');
    await list.facet(t.use, t.industrial).check();
    // Every filter has reached the URL (the count alone could match an earlier state).
    await expect(page).toHaveURL(/area=40-60.*use=industrial|use=industrial.*area=40-60/);
    await list.expectCount(expected.length);
    const shown = await list.titles().allTextContents();
    const parcel = expected.find((p) => titleOf(p, lang) === shown[0]);
    expect(parcel).toBeTruthy();
    await list.titles().first().getByRole('link').click();
    await expect(app.heading()).toHaveText(titleOf(parcel, lang));
    const applying = page.getByRole('region', { name: t.applying });
    const links = applying.getByRole('link');
    await expect(links.first()).toBeVisible();
    // Each listed incentive lists this parcel in turn: the links make one model.
    const first = await links.first().innerText();
    await links.first().click();
    await expect(app.heading()).toHaveText(first);
    await expect(
      page.getByRole('region', { name: t.parcelsApplying }).getByRole('link', { name: titleOf(parcel, lang), exact: true }),
    ).toBeVisible();
  });
}

for (const lang of ['zh', 'en'] as const) {
  const t = langs[lang];
  test(`${lang}: the ~50-亩 industrial parcel in Jiangsu nearest a port, found by sorting, with its distances on the card`, async ({ page }) => {
    const inJiangsu = parcels.filter(
      (p) => p.land_use === 'industrial' && p.area_mu >= 40 && p.area_mu <= 60 && provinceOf(p.zone) === 'jiangsu',
    );
    const withPort = inJiangsu.filter((p) => p.distances.port_km != null);
    expect(withPort.length).toBeGreaterThan(1);
    const nearest = withPort.reduce((a, b) => (b.distances.port_km < a.distances.port_km ? b : a));
    const app = new Explorer(page);
    const list = new ListPage(page);
    await app.open(`/parcels${lang === 'en' ? '?lang=en' : ''}`);
    await list.openFilters();
    await list.setRange(t.area, t.min, '40');
    await list.setRange(t.area, t.max, '60');
    await list.facet(t.use, t.industrial).check();
    await list.facet(lang === 'zh' ? '省份' : 'Province', lang === 'zh' ? '江苏' : 'Jiangsu').check();
    await list.expectCount(inJiangsu.length);
    await list.sort().selectOption({ label: lang === 'zh' ? '离港口最近' : 'Closest to a port' });
    await expect(page).toHaveURL(/sort=port-asc/);
    await expect(list.titles().first()).toHaveText(titleOf(nearest, lang));
    // The card says how far, as the detail page does.
    const card = page.locator('.card').first();
    const km = nearest.distances.port_km.toLocaleString('en-US', { maximumFractionDigits: 1 });
    await expect(card).toContainText(lang === 'zh' ? `港口 ${km} 公里` : `port ${km} km`);
    // And a distance is a range filter too: within 30 km of a port.
    await list.setRange(lang === 'zh' ? '距港口（公里）' : 'To a port (km)', t.max, '30');
    await list.expectCount(withPort.filter((p) => p.distances.port_km <= 30).length);
  });
}

test('search matches Chinese by substring, highlights it, and survives a reload', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/scenarios');
  await list.search().fill('低空物流');
  await expect(page).toHaveURL(/q=%E4%BD%8E%E7%A9%BA%E7%89%A9%E6%B5%81/);
  const marks = page.getByRole('heading', { level: 3 }).locator('mark');
  await expect(marks.first()).toHaveText('低空物流');
  const n = await list.titles().count();
  expect(n).toBeGreaterThan(0);
  await page.reload();
  await expect(list.search()).toHaveValue('低空物流');
  await expect(list.titles()).toHaveCount(n);
  // Relevance is offered (and chosen) while searching.
  await expect(list.sort()).toHaveValue('relevance');
});

test('English search is case-insensitive by word prefix, and typing a space keeps it', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/projects?lang=en');
  await list.search().pressSequentially('DRONE log');
  await expect(list.search()).toHaveValue('DRONE log');
  const titles = await list.titles().allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 3 }).locator('mark').first()).toHaveText(/^drone/i);
});

test('an empty result offers to clear the filters', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/incentives');
  await list.search().fill('qqqzzzxxx');
  await list.expectCount(0);
  await page.getByRole('link', { name: '清除全部筛选' }).last().click();
  await list.expectCount(incentives.length);
  await expect(list.search()).toHaveValue('');
});

test('sorting by area puts the largest parcel first', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/parcels?lang=en');
  await expect(list.sort().locator('option:checked')).toHaveText('Newest');
  // By keyboard: the next order after "Newest" is area, high to low.
  await list.sort().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/sort=area-desc/);
  await expect(list.sort().locator('option:checked')).toHaveText('Area: high to low');
  const largest = [...parcels].sort((a, b) => b.area_mu - a.area_mu)[0];
  await expect(list.titles().first()).toHaveText(largest.name.en);
  // The menu keeps the keyboard focus after the list is redrawn.
  await expect(list.sort()).toBeFocused();
  await list.sort().selectOption({ label: 'Area: low to high' });
  const smallest = [...parcels].sort((a, b) => a.area_mu - b.area_mu)[0];
  await expect(list.titles().first()).toHaveText(smallest.name.en);
});

test('pages are links: next, the page number, and back', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/scenarios');
  await expect(list.titles()).toHaveCount(24);
  // Far pages give way to a gap: the first, the last and the current page's neighbours stay.
  const numbers = (await list.pages().getByRole('link').allTextContents()).filter((n) => /^\d+$/.test(n.trim()));
  expect(numbers).toEqual(['1', '2', '3', String(Math.ceil(scenarios.length / 24))]);
  const links = () => list.titles().getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const firstPage = await links();
  await list.pages().getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(list.pages().getByRole('link', { name: '2', exact: true })).toHaveAttribute('aria-current', 'page');
  const second = await links();
  expect(second.some((h) => firstPage.includes(h))).toBe(false);
  const pages = Math.ceil(scenarios.length / 24);
  await list.pages().getByRole('link', { name: String(pages), exact: true }).click();
  await expect(list.titles()).toHaveCount(scenarios.length - 24 * (pages - 1));
  await page.goBack();
  await expect(page).toHaveURL(/page=2/);
  await expect.poll(links).toEqual(second);
});

test('a facet count is the number of results that picking it gives', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/projects?province=anhui');
  await list.openFilters();
  const box = page.getByRole('group', { name: '赛道', exact: true }).getByRole('checkbox').first();
  const name = (await box.evaluate((b) => b.parentElement!.textContent)) ?? '';
  const promised = Number(name.trim().split(/\s+/).pop()!.replace(/,/g, ''));
  await box.check();
  await list.expectCount(promised);
  // Toggled by keyboard, the box keeps the focus after the panel is redrawn.
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expect(box).toBeFocused();
  await list.expectCount(projects.filter((p) => provinceOf(p.zone) === 'anhui').length);
});

test('a malformed link is cleaned and the user is told what was ignored', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/projects?sort=sideways&page=abc&colour=red&status=nope');
  await expect(app.heading()).toHaveText('内河+低空项目');
  await list.expectCount(projects.length);
  const notice = page.getByRole('status').filter({ hasText: '链接中有无法识别的条件' });
  await expect(notice).toContainText('colour=red');
  await expect(notice).toContainText('sort=sideways');
  await expect(notice).toContainText('status=nope');
});

test('a scenario lists similar ones in other alliance zones', async ({ page }) => {
  const app = new Explorer(page);
  const s = scenarios[0];
  await app.open(`/scenarios/${s.id}`);
  const similar = page.getByRole('region', { name: '其他联盟园区的类似机会' }).getByRole('link');
  await expect(similar.first()).toBeVisible();
  const zoneName = zones.find((z) => z.id === s.zone).short_name.zh;
  for (const text of await page.getByRole('region', { name: '其他联盟园区的类似机会' }).getByRole('listitem').allTextContents()) {
    expect(text).not.toContain(zoneName);
  }
});

test('a zone links to its offers in each explorer, filtered', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  const z = zones.find((z) => scenarios.some((s) => s.zone === z.id));
  await app.open(`/zones/${z.id}`);
  // What is open now there, as the zone's card counts it.
  const n = scenarios.filter((s) => s.zone === z.id && s.status === 'open').length;
  await page.getByRole('link', { name: `场景开放（征集中 ${n}）` }).click();
  await expect(page).toHaveURL(new RegExp(`#/scenarios\\?lang=zh&zone=${z.id}&status=open$`));
  await list.expectCount(n);
});

// Every explorer, in both languages: find by id, a facet, a range, a sort, a deep link reloaded,
// and back.
const explorers = [
  // `en_unit`: 万元 in one unit of the English box (money in million yuan there).
  { slug: 'scenarios', file: 'scenarios', zh: '预算（万元）', en: 'Budget (million yuan)', en_unit: 100, value: (r: any) => r.budget.max },
  { slug: 'projects', file: 'projects', zh: '总投资（万元）', en: 'Total investment (million yuan)', en_unit: 100, value: (r: any) => r.investment },
  { slug: 'parcels', file: 'parcels', zh: '面积（亩）', en: 'Area (mu)', en_unit: 1, value: (r: any) => r.area_mu },
  { slug: 'incentives', file: 'incentives', zh: '金额或上限（万元）', en: 'Amount or cap (million yuan)', en_unit: 100, value: null },
];

for (const e of explorers) {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: the ${e.slug} explorer searches, filters, sorts and keeps it all in the link`, async ({ page }) => {
      const records = load(e.file);
      const app = new Explorer(page);
      const list = new ListPage(page);
      await app.open(`/${e.slug}${lang === 'en' ? '?lang=en' : ''}`);
      await list.expectCount(records.length);

      // An id finds exactly its record.
      const r = records[Math.floor(records.length / 2)];
      await list.search().fill(r.id);
      await list.expectCount(1);
      await expect(list.titles()).toHaveText([titleOf(r, lang)]);
      await list.search().fill('');
      await list.expectCount(records.length);

      // The first facet's first value: its count is what picking it gives.
      await list.openFilters();
      const box = page.getByRole('group').filter({ has: page.getByRole('checkbox') }).first().getByRole('checkbox').first();
      const label = (await box.evaluate((b) => b.parentElement!.textContent)) ?? '';
      const promised = Number(label.trim().split(/\s+/).pop()!.replace(/,/g, ''));
      await box.check();
      await list.expectCount(promised);
      await expect(list.chips()).toHaveCount(1);
      await box.uncheck();
      await list.expectCount(records.length);

      // A range: at least the median.
      const min = e.value ? [...records.map(e.value)].sort((a, b) => a - b)[Math.floor(records.length / 2)] : 100;
      await list.setRange(lang === 'zh' ? e.zh : e.en, lang === 'zh' ? '最低' : 'Min', String(lang === 'zh' ? min : min / e.en_unit));
      if (e.value) await list.expectCount(records.filter((x) => e.value!(x) >= min).length);
      await expect(list.chips()).toHaveCount(1);
      const filtered = await list.count().innerText();

      // The last sort order; the link reopens exactly this view.
      const options = await list.sort().locator('option').allInnerTexts();
      await list.sort().selectOption({ label: options[options.length - 1] });
      await expect(page).toHaveURL(/sort=/);
      const first = await list.titles().first().textContent();
      await page.reload();
      await expect(list.count()).toHaveText(filtered);
      await expect(list.sort().locator('option:checked')).toHaveText(options[options.length - 1]);
      await expect(list.titles().first()).toHaveText(first);

      // Back undoes the sort.
      await page.goBack();
      await expect(page).not.toHaveURL(/sort=/);
      await expect(list.count()).toHaveText(filtered);
    });
  }
}

test('on a phone the filters unfold from a button and fold back to the results they show', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'the filters sit beside the results on a desktop');
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/scenarios');
  const button = list.filtersButton();
  const panel = page.getByRole('region', { name: /^筛选/ });
  // Folded: the button says it unfolds, and the results follow right under the search.
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
  await expect(list.titles().first()).toBeInViewport();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toHaveAttribute('aria-controls', await panel.getAttribute('id'));
  await list.facet('状态', '征集中').check();
  const open = scenarios.filter((s) => s.status === 'open').length;
  // The way back names what it shows and stays in sight while the filters scroll.
  const done = panel.getByRole('button', { name: `查看 ${open} 条结果` });
  await expect(done).toBeInViewport();
  await page.mouse.wheel(0, 400);
  await expect(done).toBeInViewport();
  await done.click();
  await expect(panel).toBeHidden();
  await expect(button).toHaveText('筛选 (1)');
  await expect(list.count()).toBeFocused();
  await expect(list.count()).toBeInViewport();
  await expect(list.chips()).toHaveText(['状态: 征集中 ×']);
});

test('on a phone every section of the main navigation is in sight', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'a desktop has room for one row');
  const app = new Explorer(page);
  for (const lang of ['zh', 'en']) {
    await app.open(`/?lang=${lang}`);
    const links = page.getByRole('navigation', { name: /主导航|Main navigation/ }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(6);
    for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
  }
});

test('en: a zone profile says what it is good at, what it offers and whom to call', async ({ page }) => {
  const app = new Explorer(page);
  const z = zones.find((z) => z.confidence.name_en === 'low' && !z.contact && projects.some((p) => p.zone === z.id));
  await app.open(`/zones/${z.id}?lang=en`);
  await expect(app.heading()).toHaveText(z.name.en);
  // Our English name is a translation: the zone's own name is shown, and why.
  await expect(page.getByRole('definition').filter({ hasText: z.name.zh })).toContainText('translation');
  // No contact is published: the page says so instead of inventing one.
  await expect(page.getByRole('definition').filter({ hasText: 'no published contact' })).toBeVisible();
  for (const t of z.industries) await expect(page.getByRole('listitem').filter({ hasText: t.en }).first()).toBeVisible();
  const river = projects.filter((p) => p.zone === z.id && ['port_terminal', 'shipping', 'waterway_logistics', 'shipbuilding', 'water_services'].includes(p.kind));
  const region = page.getByRole('region', { name: 'Inland-river projects in this zone' });
  if (river.length) await expect(region.getByRole('link')).toHaveText(river.map((p) => p.title.en));
  if (z.river_notes) await expect(page.getByText(z.river_notes.en)).toBeVisible();
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(z.sources.length);
  await expect(sources).toContainText('supports: Leading industries');
  // Titles stay as published, in Chinese, and the page says so in words.
  await expect(sources).toContainText('Titles are given as published, mostly in Chinese.');
  const chinese = z.sources.filter((c) => /[\u4e00-\u9fff]/.test(c.title));
  await expect(sources.locator('[lang="zh-CN"]:not(.fallback)')).toHaveCount(chinese.length);
});

test('zh: an officer reads the zone page in Chinese, sources cited publisher first, and the zone website', async ({ page }) => {
  const app = new Explorer(page);
  const z = zones.find((z) => z.website && z.river_notes && z.sources.some((c) => c.kind === 'copy'));
  await app.open(`/zones/${z.id}`);
  await expect(app.heading()).toHaveText(z.name.zh);
  const article = page.locator('article');
  await expect(article.getByText(z.river_notes.zh)).toBeVisible();
  // Nothing in the other language: no text marked as untranslated, and no English words
  // (addresses aside; eVTOL is the industry's own word).
  await expect(article.locator('.fallback')).toHaveCount(0);
  const words = (await article.innerText()).replace(/https?:\/\/\S+/g, '').match(/[A-Za-z]{3,}/g) ?? [];
  expect(words.filter((w) => w !== 'eVTOL')).toEqual([]);
  // The zone's own website, opened beside the explorer.
  const site = article.getByRole('link', { name: z.website });
  await expect(site).toHaveAttribute('href', z.website);
  await expect(site).toHaveAttribute('target', '_blank');
  // Each source: publisher (or 未署名) first; a copy is linked only as 转载副本; no address for the rest.
  const items = page.getByRole('region', { name: '来源' }).getByRole('listitem');
  await expect(items).toHaveCount(z.sources.length);
  for (const [i, c] of z.sources.entries()) {
    const item = items.nth(i);
    const by = [c.publisher?.zh ?? '未署名', c.number, c.published].filter(Boolean).join('，');
    await expect(item).toContainText(by);
    if (c.kind === 'copy') {
      await expect(item.getByRole('link')).toHaveText('转载副本');
      await expect(item.getByRole('link')).toHaveAttribute('href', c.url);
    } else if (c.url) {
      await expect(item.getByRole('link')).toHaveAttribute('href', c.url);
    } else {
      await expect(item.getByRole('link')).toHaveCount(0);
    }
  }
});

test('the zones directory sorts by open offers and filters by province', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/zones');
  await list.sort().selectOption({ label: '开放机会从多到少' });
  const open = (id: string) =>
    scenarios.filter((r) => r.zone === id && r.status === 'open').length +
    projects.filter((r) => r.zone === id && r.status === 'open').length +
    parcels.filter((r) => r.zone === id && r.status === 'available').length +
    incentives.filter((r) => r.zone === id && r.status === 'active').length;
  const most = Math.max(...zones.map((z) => open(z.id)));
  const firstTitle = await list.titles().first().textContent();
  expect(open(zones.find((z) => z.name.zh === firstTitle).id)).toBe(most);
  await list.openFilters();
  await list.facet('省份', '安徽').check();
  await list.expectCount(zones.filter((z) => z.province === 'anhui').length);
});

test('a range filter applies while typing, says what it compares, and hints at a wrong unit', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/scenarios');
  await list.openFilters();
  const group = page.getByRole('group', { name: '预算（万元）' });
  await expect(group).toContainText('预算区间与所填范围有交集即列出');
  const min = group.getByLabel('最低', { exact: true });
  // Typed, not confirmed: the list follows once the typing pauses.
  await min.pressSequentially('500');
  await expect(page).toHaveURL(/budget=500-/);
  await list.expectCount(scenarios.filter((s) => s.budget.max >= 500).length);
  await expect(min).toBeFocused();
  // Yuan typed into a 万元 field.
  await min.fill('5000000');
  await expect(group.getByRole('status')).toContainText('本栏单位是万元');
  await expect(group.getByRole('status')).toContainText('请填 500');
  await min.fill('500');
  await expect(group.locator('.range-hint')).toBeEmpty();
});

test('en: money reads in one unit in the lists, the filters, the chips and the charts', async ({ page }) => {
  const app = new Explorer(page);
  const list = new ListPage(page);
  await app.open('/parcels?lang=en&price=15-');
  await list.openFilters();
  // The link holds 万元 (the same in both languages); the box and the chip say it as the list does.
  const price = page.getByRole('group', { name: 'Land price (thousand yuan/mu)' });
  await expect(price.getByLabel('Min', { exact: true })).toHaveValue('150');
  await expect(list.chips()).toHaveText(['Land price (thousand yuan/mu) 150– ×']);
  await list.expectCount(parcels.filter((x) => x.price_wan_per_mu >= 15).length);
  await expect(page.getByRole('definition').filter({ hasText: /thousand yuan\/mu$/ }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('10k yuan');
  // The charts' units too.
  await page.getByText('Charts', { exact: true }).click();
  await expect(page.locator('.charts')).toContainText('thousand yuan/mu');
  await app.open('/scenarios?lang=en');
  await page.getByText('Charts', { exact: true }).click();
  await expect(page.locator('.charts')).toContainText('million yuan');
  await expect(page.locator('main')).not.toContainText(/10k yuan|thousand yuan(?!\/mu)/);
});
