// Interaction timings of the release build with a generated pack, in headless Debian chromium.
//
// usage: node scripts/bench-browser.mjs DIST PACK_DIR OUT_JSON [TRIES]
//
// Serves a copy of DIST whose data/ is PACK_DIR (scripts/serve.py, the `make serve` server),
// opens the scenarios explorer and measures, for real (trusted) key presses and clicks, the
// time from the input event to the next paint after the list changed: the event's timeStamp to
// a requestAnimationFrame + task after the first DOM change in the results. p50 and p95 over
// TRIES tries each (default 60). Also: time to load and validate the pack (performance marks
// set by app/src/data.rs), the JS heap and the wasm memory after loading.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [dist, packDir, out, triesArg] = process.argv.slice(2);
const tries = Number(triesArg ?? 60);
const site = 'target/bench-site';
rmSync(site, { recursive: true, force: true });
cpSync(dist, site, { recursive: true });
rmSync(join(site, 'data'), { recursive: true, force: true });
mkdirSync(join(site, 'data'));
for (const f of readdirSync(packDir)) cpSync(join(packDir, f), join(site, 'data', f));

const port = 8093;
const server = spawn('python3', ['scripts/serve.py', site, '--port', String(port)], {
  env: { ...process.env, SERVE_QUIET: '1' },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 800));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--enable-precise-memory-info'],
});
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { n: s.length, p50: +q(50).toFixed(1), p95: +q(95).toFixed(1), max: +s[s.length - 1].toFixed(1) };
};

try {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  // Trunk's loader hands the wasm instance's exports (its memory among them) to this event.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail?.wasm; }));
  await page.goto(`http://127.0.0.1:${port}/#/scenarios`);
  await page.locator('.result-count').waitFor({ timeout: 120_000 });
  const load = await page.evaluate(() => {
    const m = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    return {
      packFetchedMs: m('huaihe:pack-fetched'),
      packReadyMs: m('huaihe:pack-ready'),
      // Reading and checking: each file is read in a task of its own as it arrives, then the
      // whole pack is checked (app/src/data.rs); the sum of those measures.
      validateMs: performance.getEntriesByType('measure')
        .filter((e) => e.name.startsWith('huaihe:read:') || e.name === 'huaihe:check')
        .reduce((n, e) => n + e.duration, 0),
      firstListMs: performance.now(),
      jsHeapMB: performance.memory ? +(performance.memory.usedJSHeapSize / 1048576).toFixed(1) : null,
      wasmMB: window.__wasm?.memory ? +(window.__wasm.memory.buffer.byteLength / 1048576).toFixed(1) : null,
      records: document.querySelector('.result-count')?.textContent,
    };
  });
  // Installs a one-shot probe: resolves with ms from the next input event to the paint after
  // the first change in the results region.
  const arm = () => page.evaluate(() => {
    window.__probe = new Promise((resolve) => {
      let t0 = null;
      const types = ['keydown', 'pointerdown', 'mousedown'];
      const onEvent = (e) => { if (t0 === null) t0 = e.timeStamp; };
      types.forEach((t) => document.addEventListener(t, onEvent, true));
      const mo = new MutationObserver(() => {
        mo.disconnect();
        const tMutation = performance.now();
        requestAnimationFrame(() => {
          const tFrame = performance.now();
          setTimeout(() => {
            types.forEach((t) => document.removeEventListener(t, onEvent, true));
            window.__split = [tMutation - t0, tFrame - t0];
            resolve(performance.now() - t0);
          }, 0);
        });
      });
      mo.observe(document.querySelector('.results'), { subtree: true, childList: true, characterData: true });
    });
  });
  // Each try: the whole interaction, and the engine's share (the app's "huaihe:search" measure).
  const engine = { keystroke: [], facetClick: [], sortChange: [] };
  let current = null;
  const measure = async (act) => {
    await arm();
    await act();
    const [total, search] = await page.evaluate(async () => [
      await window.__probe,
      performance.getEntriesByName('huaihe:search')[0]?.duration ?? NaN,
    ]);
    if (process.env.BENCH_DEBUG) console.log(current, total.toFixed(1), await page.evaluate(() => window.__split.map((x) => x.toFixed(1))));
    engine[current].push(search);
    return total;
  };

  const box = page.getByRole('searchbox');
  await box.focus();
  const word = 'drone';
  const keystroke = [];
  current = 'keystroke';
  for (let i = 0; i < tries; i++) {
    const pos = i % (2 * word.length);
    const key = pos < word.length ? word[pos] : 'Backspace';
    keystroke.push(await measure(() => page.keyboard.press(key)));
  }
  await box.fill('');
  await page.waitForTimeout(300);

  const facet = page.getByRole('group', { name: '赛道', exact: true }).getByRole('checkbox').first();
  const facetClick = [];
  current = 'facetClick';
  for (let i = 0; i < tries; i++) facetClick.push(await measure(() => facet.click()));

  const sort = page.getByRole('combobox');
  await sort.focus();
  const sortChange = [];
  current = 'sortChange';
  for (let i = 0; i < tries; i++) {
    sortChange.push(await measure(() => page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown')));
  }
  const result = {
    date: new Date().toISOString(),
    pack: packDir,
    load,
    keystroke: stats(keystroke),
    facetClick: stats(facetClick),
    sortChange: stats(sortChange),
    engineInBrowser: {
      keystroke: stats(engine.keystroke),
      facetClick: stats(engine.facetClick),
      sortChange: stats(engine.sortChange),
    },
  };
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  server.kill();
}
