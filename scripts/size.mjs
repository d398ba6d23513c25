// Sizes of the release build (raw and gzip -9) and their budgets, per HTML page of dist/: what
// each page references (its scripts, wasm, stylesheet, icon, read from the page itself) plus the
// data its first view fetches (the manifest named by <meta name="huaihe-data">, every file the
// manifest lists, and the base map). Sizes are stable for a given build, so the budgets are
// enforced in `make test`; timings belong in `make bench`.
//
// The budgets are ceilings at what the build measures now, so that nothing grows unnoticed
// (README "Size" says what each part costs, docs/PERFORMANCE.md what the goals are).
//
// usage: node scripts/size.mjs dist
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

const dist = process.argv[2] ?? 'dist';
// Bytes gzip, per page: the page's wasm and its whole first load.
const BUDGETS = {
  'index.html': {
    wasm: Number(process.env.WASM_BUDGET_GZIP ?? 278000),
    firstLoad: Number(process.env.FIRST_LOAD_BUDGET_GZIP ?? 386000),
  },
};

// Bytes gzip for each lazy chunk (scripts/split.sh): fetched only when its part of the app is
// first used, so it is not part of any page's first load.
const CHUNK_BUDGET = Number(process.env.CHUNK_BUDGET_GZIP ?? 30000);

const gzip = (file) => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 28 }).length;
const row = (a, b, c) => console.log(`${a.padEnd(44)} ${String(b).padStart(10)} ${String(c).padStart(10)}`);

/// Files of dist/ that `html` references: href/src attributes and the module script's quoted
/// './…' paths (Trunk's loader names the JS glue and the wasm there), and what those scripts
/// import statically in turn (the split loader, __wasm_split.js).
function referenced(html) {
  const found = new Set();
  for (const m of html.matchAll(/\b(?:href|src)\s*=\s*["']([^"'#?]+)["']/g)) found.add(m[1]);
  for (const m of html.matchAll(/["'](\.\/[^"'#?]+\.(?:js|wasm|css))["']/g)) found.add(m[1]);
  const local = (p) => normalize(p.replace(/^\.\//, ''));
  const files = [...found]
    .filter((p) => !/^[a-z]+:/i.test(p) && !p.startsWith('//'))
    .map(local)
    .filter((p) => existsSync(join(dist, p)) && statSync(join(dist, p)).isFile());
  for (const js of files.filter((p) => p.endsWith('.js'))) {
    const src = readFileSync(join(dist, js), 'utf8');
    for (const m of src.matchAll(/^import\s[^'"]*["'](\.\/[^"']+\.js)["']/gm)) {
      const p = local(m[1]);
      if (!files.includes(p) && existsSync(join(dist, p))) files.push(p);
    }
  }
  return files;
}

/// The data files the page's first view fetches.
function dataFiles(html) {
  const meta = html.match(/<meta\s+name=["']huaihe-data["']\s+content=["']([^"']*)["']/);
  if (!meta) return [];
  const base = meta[1].trim() || 'data/';
  const folder = base.endsWith('/') ? base : `${base}/`;
  const manifest = join(dist, folder, 'manifest.json');
  if (!existsSync(manifest)) return [];
  const listed = (JSON.parse(readFileSync(manifest, 'utf8')).files ?? []).map((f) => f.path);
  return ['manifest.json', ...listed, 'basemap.json']
    .map((f) => normalize(join(folder, f)))
    .filter((f) => existsSync(join(dist, f)));
}

const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
let failed = false;
const summary = [];
for (const page of pages) {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = [page, ...referenced(html), ...dataFiles(html)];
  console.log(`\n${page}`);
  row('file', 'raw', 'gzip');
  let raw = 0;
  let gz = 0;
  let wasm = 0;
  for (const f of files) {
    const r = statSync(join(dist, f)).size;
    const g = gzip(join(dist, f));
    raw += r;
    gz += g;
    if (f.endsWith('.wasm')) wasm += g;
    row(f, r, g);
  }
  row(`${page}, first load`, raw, gz);
  console.log('');
  const budget = BUDGETS[page];
  if (!budget) {
    console.error(`FAIL: ${page} has no size budget (scripts/size.mjs BUDGETS)`);
    failed = true;
    continue;
  }
  if (wasm === 0) {
    console.error(`FAIL: ${page} references no wasm (is it a Trunk-built page?)`);
    failed = true;
  }
  if (wasm > budget.wasm) {
    console.error(`FAIL: ${page}: wasm is ${wasm} bytes gzip, over the budget of ${budget.wasm}`);
    failed = true;
  }
  if (gz > budget.firstLoad) {
    console.error(`FAIL: ${page}: the first load is ${gz} bytes gzip, over the budget of ${budget.firstLoad}`);
    failed = true;
  }
  summary.push(`${page}: wasm ${wasm} (budget ${budget.wasm}), first load ${gz} (budget ${budget.firstLoad}) bytes gzip`);
}
const chunks = readdirSync(dist).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).sort();
console.log('lazy chunks (fetched on first use, not in any first load)');
row('file', 'raw', 'gzip');
for (const f of chunks) {
  const g = gzip(join(dist, f));
  row(f, statSync(join(dist, f)).size, g);
  if (g > CHUNK_BUDGET) {
    console.error(`FAIL: ${f} is ${g} bytes gzip, over the chunk budget of ${CHUNK_BUDGET}`);
    failed = true;
  }
}
console.log('');
summary.push(`${chunks.length} lazy chunk(s), each within ${CHUNK_BUDGET}`);
if (pages.length === 0) {
  console.error(`FAIL: no HTML page in ${dist}`);
  failed = true;
}
if (failed) process.exit(1);
console.log(`\nok: ${summary.join('; ')}`);
