// Writes a brotli copy (`.br`, quality 11) beside each hashed asset of a build (wasm, JS, CSS),
// for servers that send precompressed files (scripts/serve.py, nginx brotli_static, most CDNs).
// Hashed names never change content, so a copy cannot go stale; the data pack is not touched
// (a zone may replace its files at any time) and is compressed on the fly.
//
// usage: node scripts/precompress.mjs DIST
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as z } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
for (const f of readdirSync(dist)) {
  if (!/-[0-9a-f]{8,}(_bg)?\.(wasm|js|css)$/.test(f)) continue;
  const raw = readFileSync(join(dist, f));
  const br = brotliCompressSync(raw, {
    params: { [z.BROTLI_PARAM_QUALITY]: 11, [z.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  writeFileSync(join(dist, `${f}.br`), br);
  console.log(`${f}: ${raw.length} -> ${br.length} bytes brotli`);
}
