# `make serve` and `make test` are all a newcomer needs; both install missing tools first
# (scripts/setup.sh, idempotent). See README.md.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
# wasm-opt from npm's binaryen 132 must come before any system one (Debian's 108 breaks the app).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
PORT ?= 8080

.PHONY: setup build serve test lint layers fmt-check clippy test-native validate test-browser e2e size pack10k pack100k bench

setup:
	@scripts/setup.sh

build: setup
	trunk build --release
	node scripts/precompress.mjs dist

serve: build
	python3 scripts/serve.py dist --port $(PORT)

test: setup lint test-native test-browser build e2e size

fmt-check:
	cargo fmt --all --check

clippy:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p huaihe-app --target wasm32-unknown-unknown --all-targets -- -D warnings

lint: fmt-check clippy layers

# The rules crates (shared/data <- shared/engine <- shared/screens) and app/src (pages -> web)
# are used in one direction only, without cycles between modules.
layers:
	python3 scripts/layers.py .

test-native: validate
	cargo test -p huaihe-data -p huaihe-engine -p huaihe-screens -p huaihe-shared -p gen-pack -p huaihe-prerender

validate:
	cargo run -q -p huaihe-shared --bin validate -- --lang en public/data

# wasm-bindgen-test in headless Debian chromium (flags in app/webdriver.json).
test-browser:
	cd app && CHROMEDRIVER=/usr/bin/chromedriver \
	  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target wasm32-unknown-unknown

e2e:
	npx playwright test

size:
	node scripts/size.mjs dist

pack10k:
	cargo run -q -p gen-pack -- --records 10000 target/pack10k

pack100k:
	cargo run -q -p gen-pack -- --records 100000 target/pack100k

# Measures (not a test): sizes, first load against the static floor page (the prerendered home
# page without the app: app/prerender)
# and Lighthouse, interactions and memory with the 10k pack in headless chromium, and the engine
# natively on 10k and 100k records; writes docs/PERFORMANCE.md. 10-20 minutes with builds.
bench: build pack10k pack100k
	mkdir -p target/bench
	cargo run -q --profile prerender -p huaihe-prerender -- floor public/data $$(ls dist/*.css) target/floor
	node scripts/bench-load.mjs dist target/floor target/bench/load.json 15 3
	node scripts/bench-browser.mjs dist target/pack10k target/bench/browser.json 60
	HUAIHE_PACKS=target/pack10k,target/pack100k cargo bench -q -p huaihe-shared --bench engine | tee target/bench/engine.txt
	python3 scripts/bench-report.py target/bench docs/PERFORMANCE.md
