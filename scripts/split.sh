#!/usr/bin/env bash
# Run by scripts/post-build.sh (Trunk's post_build hook), first: cuts the app's wasm at its split points (`#[lazy]`, feature "split")
# into the main module and lazy chunks, then binds and optimises them in place of what Trunk
# staged. Trunk cannot split wasm itself (trunk issue 1022): the split must happen on cargo's
# raw output, before wasm-bindgen. Tools: wasm-split-cli (wasm_split_cli_support, installed by
# scripts/setup.sh), wasm-bindgen at the version of Cargo.lock, wasm-opt from binaryen 132.
#
# Out: the page's own `<stem>.js` and `<stem>_bg.wasm` (the names Trunk hashed, so the page's
# script and preload still point at them), `__wasm_split.js` (loads a chunk on first use) and
# `split_*.wasm` / `chunk_*.wasm` (the chunks). All files of one build belong together.
set -euo pipefail
cd "$(dirname "$0")/.."
staging=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
profile=${TRUNK_PROFILE:-release}
target_dir=${CARGO_TARGET_DIR:-target}
raw="$target_dir/wasm32-unknown-unknown/$profile/huaihe-app.wasm"
[ -f "$raw" ] || { echo "split.sh: no $raw" >&2; exit 1; }

glue=$(find "$staging" -maxdepth 1 -name 'huaihe-app-*.js' ! -name '*_bg.js' | head -n 1)
[ -n "$glue" ] || { echo "split.sh: Trunk staged no huaihe-app-*.js in $staging" >&2; exit 1; }
stem=$(basename "$glue" .js)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli --target web --out-name "$stem" "$raw" "$work/split" >/dev/null
wasm-bindgen --target web --keep-lld-exports --out-dir "$work/pkg" --out-name "$stem" \
  "$work/split/$stem.wasm"

opt() { # in out
  if [ "$profile" = release ]; then wasm-opt -Oz "$1" -o "$2"; else cp "$1" "$2"; fi
}
cp "$work/pkg/$stem.js" "$staging/$stem.js"
opt "$work/pkg/${stem}_bg.wasm" "$staging/${stem}_bg.wasm"
if [ -d "$work/pkg/snippets" ]; then
  mkdir -p "$staging/snippets"
  cp -R "$work/pkg/snippets/." "$staging/snippets/"
fi
# A chunk that cannot be fetched must not kill the page: its fetch goes through index.html's
# `huaiheFetchChunk`, which offers "Try again" in place and resolves once the chunk arrives.
grep -q ' fetch(new URL(' "$work/split/__wasm_split.js" \
  || { echo "split.sh: __wasm_split.js fetches chunks differently now; update the retry hook" >&2; exit 1; }
sed 's/ fetch(new URL(/ (window.huaiheFetchChunk || fetch)(new URL(/' "$work/split/__wasm_split.js" \
  > "$staging/__wasm_split.js"
# Both are in every first load; their comments are not (0.9 KB gzip).
python3 scripts/strip-comments.py "$staging/$stem.js" "$staging/__wasm_split.js" >/dev/null
chunks=0
for chunk in "$work/split"/*.wasm; do
  name=$(basename "$chunk")
  [ "$name" = "$stem.wasm" ] && continue
  opt "$chunk" "$staging/$name"
  chunks=$((chunks + 1))
done
# The app's code is fetched after the first paint, like the data files (index.html,
# `huaihePainted`): Trunk's preload links would start 200 KB of downloads that hold up the
# stylesheet and the prerendered page on a slow link, so they go, and its loader imports the
# glue only once the first view is on screen.
python3 - "$staging/index.html" "$stem" <<'PY'
import re, sys
path, stem = sys.argv[1], sys.argv[2]
html = open(path, encoding="utf-8").read()
html, preloads = re.subn(r'\s*<link rel="(?:modulepreload|preload)" href="\./' + re.escape(stem) + r'[^>]*>', "", html)
static = "import init, * as bindings from './" + stem + ".js';"
if preloads != 2 or html.count(static) != 1:
    sys.exit("split.sh: Trunk's loader in index.html looks different now; update the deferred start")
html = html.replace(static, "await window.huaihePainted;\n"
                    "const bindings = await import('./" + stem + ".js');\n"
                    "const init = bindings.default;")
open(path, "w", encoding="utf-8").write(html)
PY
echo "split.sh: $stem cut into the main module and $chunks lazy chunk(s)"
