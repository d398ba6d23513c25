import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { Explorer } from './app';
import { load } from './data';

const zones = load('zones');
const scenarios = load('scenarios');

test('home shows headline figures computed from the data', async ({ page }) => {
  const app = new Explorer(page);
  await app.open();
  await expect(app.heading()).toContainText('投资机会');
  const members = zones.filter((z) => z.membership === 'member').length;
  const open = scenarios.filter((s) => s.status === 'open').length;
  await expect(page.getByRole('link', { name: `${members} 家成员高新区` })).toBeVisible();
  await expect(page.getByRole('link', { name: `${open} 个开放场景` })).toBeVisible();
  await expect(app.sampleNotice()).toContainText('示例数据');
});

const sections: [string, string, string][] = [
  ['场景开放', 'scenarios', 'scenarios'],
  ['内河+低空项目', 'projects', 'projects'],
  ['园区用地', 'parcels', 'parcels'],
  ['优惠政策', 'incentives', 'incentives'],
  ['高新区', 'zones', 'zones'],
];

for (const [label, slug, file] of sections) {
  test(`navigation opens the ${slug} list with every record`, async ({ page }) => {
    const app = new Explorer(page);
    await app.open();
    await app.navLink(label).first().click();
    // The address names the language shown, so a copied link opens in it.
    await expect(page).toHaveURL(new RegExp(`#/${slug}\\?lang=zh$`));
    await expect(app.heading()).toHaveText(label);
    await expect(page.getByRole('status')).toHaveText(`${load(file).length} 条`);
    await expect(app.navLink(label).first()).toHaveAttribute('aria-current', 'page');
  });
}

test('a scenario page puts the contact first and reloads from its link', async ({ page }) => {
  const s = scenarios[0];
  const app = new Explorer(page);
  await app.open(`/scenarios/${s.id}`);
  await expect(app.heading()).toHaveText(s.title.zh);
  const contact = page.getByRole('region', { name: '联系方式' });
  await expect(contact.getByRole('link', { name: s.contact.phone })).toHaveAttribute('href', /^tel:/);
  await page.reload();
  await expect(app.heading()).toHaveText(s.title.zh);
});

test('each kind of record has a detail page', async ({ page }) => {
  const app = new Explorer(page);
  for (const [kind, field] of [['projects', 'title'], ['parcels', 'name'], ['incentives', 'title']]) {
    const r = load(kind)[0];
    await app.open(`/${kind}/${r.id}`);
    await expect(app.heading()).toHaveText(r[field].zh);
  }
  const z = zones[0];
  await app.open(`/zones/${z.id}`);
  await expect(app.heading()).toHaveText(z.name.zh);
  // An official or news source is linked from its headline.
  const cited = z.sources.find((c) => c.url && c.kind !== 'copy');
  await expect(page.getByRole('link', { name: cited.title })).toBeVisible();
});

test('river + low-altitude and alliance pages render from the data', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/river-air');
  await expect(app.heading()).toHaveText('内河+低空');
  await expect(page.getByRole('heading', { level: 2, name: '内河' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '低空' })).toBeVisible();
  await app.open('/alliance');
  await expect(app.heading()).toHaveText('淮河生态经济带高新区产业科技创新战略联盟');
  await expect(page.getByRole('definition').filter({ hasText: '2024-09-08' })).toBeVisible();
  // The secretariat is the alliance's contact point, and the alliance cites its sources.
  const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8'));
  const secretariat = zones.find((z) => z.id === manifest.alliance.secretariat);
  const contact = page.getByRole('definition').filter({ hasText: '联盟秘书处' });
  await contact.getByRole('link', { name: secretariat.name.zh }).click();
  await expect(app.heading()).toHaveText(secretariat.name.zh);
  await page.goBack();
  const sources = page.getByRole('region', { name: '来源' });
  await expect(sources.getByRole('listitem')).toHaveCount(manifest.alliance.sources.length);
  for (const c of manifest.alliance.sources) await expect(sources).toContainText(`${c.publisher.zh}：《${c.title}》`);
});

test('an unknown page and an unknown record say so and offer a way back', async ({ page }) => {
  const app = new Explorer(page);
  await app.open('/no-such-page');
  await expect(app.heading()).toHaveText('页面不存在');
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(app.heading()).toContainText('投资机会');
  await app.open('/scenarios/sc-does-not-exist');
  await expect(page.getByText('没有找到这条记录')).toBeVisible();
});

test('back and forward walk through visited pages', async ({ page }) => {
  const app = new Explorer(page);
  await app.open();
  await app.navLink('园区用地').click();
  await expect(app.heading()).toHaveText('园区用地');
  await app.navLink('联盟').click();
  await expect(app.heading()).toHaveText('淮河生态经济带高新区产业科技创新战略联盟');
  await page.goBack();
  await expect(app.heading()).toHaveText('园区用地');
  await page.goForward();
  await expect(page).toHaveURL(/#\/alliance\?lang=zh$/);
});
