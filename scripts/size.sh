#!/usr/bin/env bash
# Sizes of the release build (raw and gzip -9) and the wasm budget. Sizes are stable for a given
# build, so the budget is enforced in `make test`; timings belong in benchmarks, not here.
set -euo pipefail
dist=${1:-dist}
budget_gzip=${WASM_BUDGET_GZIP:-305000}   # bytes gzip; see README "Size" for why not 200 KB (issue 2) or 180 KB (issue 5)

row() { printf '%-28s %10s %10s\n' "$1" "$2" "$3"; }
gz() { gzip -9 -c "$1" | wc -c; }

shopt -s nullglob
wasm=("$dist"/*.wasm)
[ ${#wasm[@]} -eq 1 ] || { echo "expected one .wasm in $dist, found ${#wasm[@]}" >&2; exit 1; }
row file raw gzip
total_raw=0; total_gz=0
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html; do
  r=$(wc -c <"$f"); g=$(gz "$f")
  total_raw=$((total_raw + r)); total_gz=$((total_gz + g))
  row "$(basename "$f")" "$r" "$g"
done
row "app total" "$total_raw" "$total_gz"
for f in "$dist"/data/*.json; do row "data/$(basename "$f")" "$(wc -c <"$f")" "$(gz "$f")"; done
wasm_gz=$(gz "${wasm[0]}")
if [ "$wasm_gz" -gt "$budget_gzip" ]; then
  echo "FAIL: wasm is $wasm_gz bytes gzip, over the budget of $budget_gzip" >&2
  exit 1
fi
echo "ok: wasm $wasm_gz bytes gzip (budget $budget_gzip)"
