// Sizes of the release build (raw and gzip -9) and their budgets, per HTML page of dist/: what
// each page references (its scripts, wasm, stylesheet, icon, read from the page itself) plus the
// data its first view fetches: the manifest named by <meta name="huaihe-data"> and the base map,
// and every file the manifest lists unless the page carries the pack's glance of the manifest's
// version (#huaihe-glance: the home page is drawn from it, and the record files are fetched
// after it is drawn; they are listed apart, with what a deep link, which needs them, loads). Sizes are stable for a given build, so the budgets are
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
    // Embedding (issue 13) added 1.5 KB to the main module: the strings of the frame and the
    // builder (wasm-split cuts code, not data segments) and the embed check (README "Size").
    wasm: Number(process.env.WASM_BUDGET_GZIP ?? 208400),
    firstLoad: Number(process.env.FIRST_LOAD_BUDGET_GZIP ?? 250200),
  },
};

// Bytes gzip, per split point (`#[lazy]` fn name): what the first use of that part of the app
// fetches, its own chunk plus the shared chunks it needs (scripts/split.sh). A new split point
// gets DEFAULT_SPLIT_BUDGET until it is given its own line here.
const SPLIT_BUDGETS = {
  // Issue 13's embed frame and builder reuse the pages' code, so the chunks they share are cut
  // finer: every split point below fetches 1-3 KB more than before them (README "Size").
  explorer_page: 109100,
  detail_page: 48250,
  // Reading and checking the record files: the home page drawn from its glance needs none of it.
  read_records: 30550,
  // The only user of core's float printing left (a problem quotes the number it found).
  error_panel: 19000,
  // A clean clone's build comes out some 20-50 bytes bigger than a reused workspace's, so a
  // budget with a handful of bytes of room fails on noise.
  alliance_page: 21450,
  river_air_page: 16600,
  // The map's parcels, once the pack is read and the parcels layer is on.
  parcel_sites: 3000,
  // An embed's frame (issue 13): with the shared chunks it needs beside the section's page.
  embed_frame: 42300,
  // The embed builder, for zone web editors: its form, snippets and preview.
  embed_builder_page: 73000,
};
const DEFAULT_SPLIT_BUDGET = 30000;

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

/// The data files the page's first view fetches, and those it fetches once drawn.
function dataFiles(html) {
  const meta = html.match(/<meta\s+name=["']huaihe-data["']\s+content=["']([^"']*)["']/);
  if (!meta) return { first: [], later: [] };
  const base = meta[1].trim() || 'data/';
  const folder = base.endsWith('/') ? base : `${base}/`;
  const manifestFile = join(dist, folder, 'manifest.json');
  if (!existsSync(manifestFile)) return { first: [], later: [] };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const glance = html.match(/<script[^>]*id="huaihe-glance"[^>]*data-pack-version="([^"]*)"/);
  const drawnFromGlance = glance !== null && glance[1] === manifest.pack_version;
  const inData = (names) => names.map((f) => normalize(join(folder, f))).filter((f) => existsSync(join(dist, f)));
  const listed = (manifest.files ?? []).map((f) => f.path);
  return drawnFromGlance
    ? { first: inData(['manifest.json', 'basemap.json']), later: inData(listed) }
    : { first: inData(['manifest.json', ...listed, 'basemap.json']), later: [] };
}

const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
let failed = false;
const summary = [];
for (const page of pages) {
  const html = readFileSync(join(dist, page), 'utf8');
  const data = dataFiles(html);
  const files = [page, ...referenced(html), ...data.first];
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
  if (data.later.length > 0) {
    console.log('\nfetched once the first view is drawn (for the next page, and to check the pack)');
    let laterRaw = 0;
    let laterGz = 0;
    for (const f of data.later) {
      const r = statSync(join(dist, f)).size;
      const g = gzip(join(dist, f));
      laterRaw += r;
      laterGz += g;
      row(f, r, g);
    }
    row('record files', laterRaw, laterGz);
    row(`${page}, first load + record files`, raw + laterRaw, gz + laterGz);
  }
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
// Lazy chunks: `split_<name>_<hash>.wasm` is a split point's own code, `chunk_<n>.wasm` code
// that several split points share; __wasm_split.js names, above each shared chunk, the split
// points that need it.
const chunks = readdirSync(dist).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).sort();
const loader = existsSync(join(dist, '__wasm_split.js')) ? readFileSync(join(dist, '__wasm_split.js'), 'utf8') : '';
const users = new Map(); // chunk_<n> -> split point names
for (const m of loader.matchAll(/\/\* ([^*]+) \*\/\s*const __chunk_(\d+)/g)) {
  users.set(`chunk_${m[2]}.wasm`, m[1].split(',').map((n) => n.trim().replace(/_\d+$/, '')));
}
const sizes = new Map(chunks.map((f) => [f, gzip(join(dist, f))]));
console.log('lazy chunks (fetched on first use, not in any first load)');
row('file', 'raw', 'gzip');
for (const f of chunks) row(f, statSync(join(dist, f)).size, sizes.get(f));
console.log('');
const splitNames = chunks
  .map((f) => f.match(/^split_(.+)_\d+\.wasm$/)?.[1])
  .filter(Boolean);
console.log('split points: what the first use of each fetches (own chunk + shared chunks), gzip');
row('split point', 'gzip', 'budget');
for (const name of splitNames) {
  const own = chunks.find((f) => f.startsWith(`split_${name}_`));
  const shared = [...users].filter(([, names]) => names.includes(name)).map(([f]) => f);
  const total = [own, ...shared].reduce((sum, f) => sum + (sizes.get(f) ?? 0), 0);
  const budget = SPLIT_BUDGETS[name] ?? DEFAULT_SPLIT_BUDGET;
  row(name, total, budget);
  if (total > budget) {
    console.error(`FAIL: the split point ${name} fetches ${total} bytes gzip, over its budget of ${budget}`);
    failed = true;
  }
}
for (const name of Object.keys(SPLIT_BUDGETS)) {
  if (!splitNames.includes(name)) {
    console.error(`FAIL: no chunk for the split point ${name} (built without scripts/split.sh?)`);
    failed = true;
  }
}
console.log('');
summary.push(`${splitNames.length} split point(s), each within its budget`);
if (pages.length === 0) {
  console.error(`FAIL: no HTML page in ${dist}`);
  failed = true;
}
if (failed) process.exit(1);
console.log(`\nok: ${summary.join('; ')}`);
