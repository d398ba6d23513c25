#!/usr/bin/env bash
# Trunk's one post_build hook. Trunk starts all hooks of a stage at once, and these each rewrite
# the staged index.html, so they run here one after the other: cut the wasm and bind it
# (split.sh), put the prerendered first view and the glance into the page (prerender.sh), take
# the page's comments out (strip-comments.py), then give the page its Content-Security-Policy
# with the hashes of what is inline in it as shipped (csp.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/split.sh
bash scripts/prerender.sh
python3 scripts/strip-comments.py
python3 scripts/csp.py
