// First-load figures of the release build against the static floor page, in headless Debian
// chromium, served by scripts/serve.py (the `make serve` server: gzip, application/wasm).
//
// usage: node scripts/bench-load.mjs DIST FLOOR_DIR OUT_JSON [LOADS] [LIGHTHOUSE_RUNS]
//
// 1. Transfer sizes: every file of the first view, raw, gzip -9 and brotli 11 (what a server
//    with either would send), grouped as wasm / JS / CSS / HTML / data / geodata; and what the
//    browser really transferred for the home page and each section (fresh profile each).
// 2. Time to content: LOADS cold loads (default 15) of the app's home and of the floor page,
//    unthrottled and with Lighthouse's mobile conditions applied by DevTools (4x CPU slowdown,
//    150 ms round trip, 1.6 Mbit/s); medians of first contentful paint, largest contentful
//    paint and the pages' own marks `huaihe:first-content` / `huaihe:interactive`, and the
//    ratio app / floor.
// 3. Lighthouse 12.2.3, mobile and desktop presets, LIGHTHOUSE_RUNS runs each (default 3) of
//    both pages: medians of the performance score, FCP, LCP, TBT, CLS.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants as z } from 'node:zlib';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const [dist, floor, out, loadsArg, lhArg] = process.argv.slice(2);
const loads = Number(loadsArg ?? 15);
const lhRuns = Number(lhArg ?? 3);
// A browser that prefers Chinese, the explorer's first audience: a first visit follows the
// browser's languages, and the prerendered home page is the Chinese one (an English browser
// gets the skeleton until the app draws its page; README "Size").
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--lang=zh-CN', '--accept-lang=zh-CN'];
const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 0) => (x == null ? null : +x.toFixed(d));

// --- 1. sizes -------------------------------------------------------------------------------
const files = (dir) => readdirSync(dir, { recursive: true })
  .map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
const kind = (f) => {
  if (f.endsWith('.wasm')) return 'wasm';
  if (f.endsWith('.js')) return 'js';
  if (f.endsWith('.css')) return 'css';
  if (f.endsWith('.html')) return 'html';
  if (f.endsWith('basemap.json')) return 'geodata';
  if (f.endsWith('.json')) return 'data';
  if (f.endsWith('.png')) return 'icon';
  return null;
};
const sizeOf = (f) => {
  const raw = readFileSync(f);
  return {
    file: relative(dist, f), kind: kind(f), raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [z.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
// The record files are not part of the home page's first view when index.html carries the
// pack's glance of the manifest's version (the same rule as scripts/size.mjs): they follow it.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const glance = html.match(/<script[^>]*id="huaihe-glance"[^>]*data-pack-version="([^"]*)"/);
const packVersion = JSON.parse(readFileSync(join(dist, 'data', 'manifest.json'), 'utf8')).pack_version;
const afterFirstView = (f) => glance !== null && glance[1] === packVersion
  && kind(f) === 'data' && !f.endsWith('manifest.json');
const sizes = files(dist).filter((f) => kind(f)).map((f) => ({ ...sizeOf(f), afterFirstView: afterFirstView(f) }));
const byKind = {};
for (const s of sizes) {
  const k = (byKind[s.kind] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 });
  k.raw += s.raw; k.gzip += s.gzip; k.brotli += s.brotli; k.files += 1;
}
const floorSizes = files(floor).map((f) => ({ ...sizeOf(f), file: relative(floor, f) }));

// --- servers ---------------------------------------------------------------------------------
const serve = (root, port) => spawn('python3', ['scripts/serve.py', root, '--port', String(port)], {
  env: { ...process.env, SERVE_QUIET: '1' }, stdio: 'ignore',
});
const APP = 'http://127.0.0.1:8094/';
const FLOOR = 'http://127.0.0.1:8095/';
const servers = [serve(dist, 8094), serve(floor, 8095)];
await new Promise((r) => setTimeout(r, 800));

const result = { date: new Date().toISOString(), sizes, byKind, floorSizes };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
try {
  // What the browser transferred for each first view (compressed bytes on the wire, all
  // requests until the page's content is on screen and the network is idle).
  const routes = ['', 'scenarios', 'river-air', 'projects', 'parcels', 'incentives', 'zones', 'alliance'];
  result.transferred = {};
  for (const route of routes) {
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    const got = [];
    page.on('requestfinished', (req) => got.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    await page.goto(`${APP}#/${route}`, { waitUntil: 'networkidle' });
    await page.locator('main h1').first().waitFor();
    const bytes = (await Promise.all(got)).reduce((a, b) => a + b, 0);
    result.transferred[route || 'home'] = { requests: got.length, bytes };
    await ctx.close();
  }
  {
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await ctx.newPage();
    const got = [];
    page.on('requestfinished', (req) => got.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    await page.goto(FLOOR, { waitUntil: 'networkidle' });
    result.transferred.floor = { requests: got.length, bytes: (await Promise.all(got)).reduce((a, b) => a + b, 0) };
    await ctx.close();
  }

  // --- 2. time to content --------------------------------------------------------------------
  const conditions = {
    unthrottled: null,
    mobile: { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024 * 0.9) / 8, up: (750 * 1024 * 0.9) / 8 },
  };
  const once = async (url, cond) => {
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    if (cond) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: cond.latency, downloadThroughput: cond.down, uploadThroughput: cond.up,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cond.cpu });
    }
    await page.addInitScript(() => {
      window.__lcp = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
        .observe({ type: 'largest-contentful-paint', buffered: true });
      addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail?.wasm; });
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('huaihe:interactive').length > 0, null, { timeout: 60_000 });
    const r = await page.evaluate(async () => {
      const m = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      // A fast static page can set its marks before the observer above has been told of the
      // paint: ask again with the buffered entries, and give the browser a moment.
      const lcp = await new Promise((resolve) => {
        new PerformanceObserver((l) => resolve(l.getEntries().at(-1).startTime))
          .observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(window.__lcp || null), 1000);
      });
      return {
        fcp: m('first-contentful-paint'),
        lcp,
        firstContent: m('huaihe:first-content'),
        interactive: m('huaihe:interactive'),
        jsHeapMB: performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null,
        wasmMB: window.__wasm?.memory ? window.__wasm.memory.buffer.byteLength / 1048576 : null,
      };
    });
    await ctx.close();
    return r;
  };
  result.timing = {};
  for (const [name, cond] of Object.entries(conditions)) {
    const runs = { app: [], floor: [] };
    for (let i = 0; i < loads; i++) {
      runs.app.push(await once(APP, cond));
      runs.floor.push(await once(FLOOR, cond));
    }
    const med = (list) => Object.fromEntries(Object.keys(list[0]).map((k) => [k, round(median(list.map((r) => r[k])), 1)]));
    const app = med(runs.app);
    const fl = med(runs.floor);
    result.timing[name] = {
      loads, app, floor: fl,
      ratio: {
        firstContent: round(app.firstContent / fl.firstContent, 2),
        interactive: round(app.interactive / fl.interactive, 2),
        fcp: round(app.fcp / fl.fcp, 2),
        lcp: round(app.lcp / fl.lcp, 2),
      },
    };
    console.log(name, JSON.stringify(result.timing[name]));
  }
} finally {
  await browser.close();
}

// --- 3. Lighthouse -----------------------------------------------------------------------------
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...FLAGS],
});
try {
  result.lighthouse = {};
  for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    for (const [name, url] of [['app', APP], ['floor', FLOOR]]) {
      const runs = [];
      for (let i = 0; i < lhRuns; i++) {
        const r = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' }, config);
        const a = r.lhr.audits;
        runs.push({
          score: r.lhr.categories.performance.score * 100,
          fcp: a['first-contentful-paint'].numericValue,
          lcp: a['largest-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
          si: a['speed-index'].numericValue,
        });
      }
      const pick = (k, d) => round(median(runs.map((r) => r[k])), d);
      result.lighthouse[`${preset}/${name}`] = {
        runs: runs.length, score: pick('score'), fcp: pick('fcp'), lcp: pick('lcp'),
        tbt: pick('tbt'), cls: pick('cls', 3), si: pick('si'),
        version: '12.2.3',
      };
      console.log(preset, name, JSON.stringify(result.lighthouse[`${preset}/${name}`]));
    }
  }
} finally {
  await chrome.kill();
  servers.forEach((s) => s.kill());
}
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
