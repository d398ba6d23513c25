#!/usr/bin/env bash
# Run by scripts/post-build.sh (Trunk's post_build hook), after scripts/split.sh: puts the first view, rendered natively from
# the app's own components and the bundled pack (app/prerender), into the staged index.html.
# Built in the `prerender` profile (a dev build without debug assertions: quick to compile,
# silent about reactive reads, which a one-shot render does on purpose).
set -euo pipefail
cd "$(dirname "$0")/.."
staging=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
cargo run -q --profile prerender -p huaihe-prerender -- page public/data "$staging/index.html"
