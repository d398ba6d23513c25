// Lays out target/e2e-site for the end-to-end tests, from the release build in dist/:
//   explorer/         the app under a sub-path
//   broken-json/      the app with a syntax error in scenarios.json
//   invalid-record/   the app with a scenario that breaks several rules
//   missing-file/     the app with projects.json missing
//   one-zone/         the app with one zone and only its records
//   no-map/           the app without its base map
//   host.html         a page that embeds the app in an iframe from another origin
//   embed-host.html   a zone's page with two script embeds (public/embed.js) under a strict CSP,
//                     and a hostile frame of a third origin (hostile.html) beside them
import { cpSync, rmSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';

const site = 'target/e2e-site';
if (!existsSync('dist/index.html')) {
  throw new Error('dist/ has no release build: run `make build` first');
}
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
for (const name of ['explorer', 'broken-json', 'invalid-record', 'missing-file', 'one-zone', 'no-map']) {
  cpSync('dist', `${site}/${name}`, { recursive: true });
}

writeFileSync(`${site}/broken-json/data/scenarios.json`, '[{"id": "sc-1", "zone": ');

const scenarios = JSON.parse(readFileSync('dist/data/scenarios.json', 'utf8'));
scenarios[0].status = 'opened';
scenarios[0].budget = { min: 900, max: 100 };
scenarios[0].zone = 'atlantis';
delete scenarios[0].deadline;
writeFileSync(`${site}/invalid-record/data/scenarios.json`, JSON.stringify(scenarios));

rmSync(`${site}/missing-file/data/projects.json`);

rmSync(`${site}/no-map/data/basemap.json`);

const zones = JSON.parse(readFileSync('dist/data/zones.json', 'utf8'));
const only = zones.find((z) => z.id === 'yancheng');
writeFileSync(`${site}/one-zone/data/zones.json`, JSON.stringify([only]));
// A zone that replaces the data files says so in the manifest (README "Data"): the glance and
// the prerendered home page in index.html are of the bundled pack, and give way.
const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8'));
manifest.pack_version = `${manifest.pack_version}-one-zone`;
writeFileSync(`${site}/one-zone/data/manifest.json`, JSON.stringify(manifest));
for (const kind of ['scenarios', 'projects', 'parcels', 'incentives']) {
  const records = JSON.parse(readFileSync(`dist/data/${kind}.json`, 'utf8'))
    .filter((r) => r.zone === only.id)
    .map((r) => (r.eligibility ? { ...r, eligibility: { ...r.eligibility, zones: [] } } : r));
  writeFileSync(`${site}/one-zone/data/${kind}.json`, JSON.stringify(records));
}

writeFileSync(
  `${site}/host.html`,
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Zone website</title></head>
<body><h1>A zone's own website</h1>
<iframe id="explorer" title="Huaihe explorer" width="1000" height="700"
  src="http://127.0.0.1:8092/explorer/?lang=en#/zones/xuzhou"></iframe>
</body></html>`,
);

// Opened as http://localhost:8092/embed-host.html: the explorer (127.0.0.1:8091) and the hostile
// frame (127.0.0.1:8092) are two other origins. The host's policy allows scripts and frames from
// the explorer only (and the hostile frame: a page's own third-party widget), no inline script.
const EXPLORER = 'http://127.0.0.1:8091/';
const HOSTILE = 'http://127.0.0.1:8092/hostile.html';
function hostPage(body, title = "Yancheng high-tech zone") {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${EXPLORER}; frame-src ${EXPLORER} ${HOSTILE}; style-src 'self'">
<title>${title}</title></head>
<body>
<h1>${title}</h1>
<p id="before">The zone's own page, above the explorer.</p>
${body}
<p id="after">The zone's own page, below the explorer.</p>
</body></html>`;
}
writeFileSync(
  `${site}/embed-host.html`,
  hostPage(`<script src="${EXPLORER}embed.js" data-zone="yancheng" data-section="scenarios" data-lang="en" data-accent="#fc0" data-filters="status=open" async></script>
<noscript><a href="${EXPLORER}#/scenarios?lang=en&amp;status=open&amp;zone=yancheng">View in the Huaihe investment explorer</a></noscript>
<section id="second"><h2>Land</h2>
<script src="${EXPLORER}embed.js" data-zone="bengbu" data-section="parcels" data-lang="zh" data-limit="3" async></script>
</section>
<iframe id="hostile" title="Advertisement" src="${HOSTILE}" width="300" height="150"></iframe>`),
);
// A frame of another origin on the same page that tries to resize and to navigate the embeds.
writeFileSync(
  `${site}/hostile.html`,
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ad</title></head><body><p id="tried">trying</p>
<script>
  var tries = 0, navigated = 'no';
  var spam = setInterval(function () {
    ['huaihe-1', 'huaihe-2', null].forEach(function (id) {
      parent.postMessage({ type: 'huaihe:resize', height: 5000 + tries, id: id }, '*');
    });
    for (var i = 0; i < parent.frames.length; i++) {
      if (parent.frames[i] === window) continue;
      try { parent.frames[i].location.href = 'http://127.0.0.1:8092/hostile.html#taken'; navigated = 'yes'; }
      catch (e) { navigated = 'refused'; }
    }
    if (++tries >= 20) { clearInterval(spam); document.getElementById('tried').textContent = 'done ' + navigated; }
  }, 100);
</script></body></html>`,
);
