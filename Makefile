# Etapp — two commands matter: `make run` and `make test`.
# Both install what is missing first (scripts/setup.sh).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := run

# Build output lives outside the clone, one folder per checkout (named by
# its path), so re-runs are incremental and two checkouts never share
# build-script results.
CHECKOUT_ID := $(shell pwd -P | sha256sum | cut -c1-12)
export CARGO_TARGET_DIR ?= $(HOME)/.cache/etapp/target/$(CHECKOUT_ID)
TOOLS ?= $(HOME)/.cache/etapp/tools
export PATH := $(TOOLS)/bin:$(PATH)
DESKTOP_BIN := $(CARGO_TARGET_DIR)/debug/etapp-desktop

.PHONY: run display test setup build ui desktop cli check lint rust-test ui-test ui-check ui-unit e2e \
        types notices bench clean-artifacts page page-check ui-size-check l10n-check script-test

setup:
	@scripts/setup.sh

ui:
	npm run --silent build

# The desktop binary with the built UI inside it (as shipped: CSP and assets).
desktop: ui
	cargo build -p etapp-desktop --features custom-protocol

cli:
	cargo build -p etapp-cli

build: desktop cli

run: display setup build
	$(DESKTOP_BIN)

display:
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "No display found, so Etapp cannot open its window."; \
	  echo "On a machine without a screen, run it under Xvfb:  xvfb-run -a make run"; \
	  exit 1; \
	fi

# Every check; any failure fails the whole.
test: setup l10n-check page-check lint rust-test ui-check ui-unit script-test build ui-size-check ui-test e2e notices-check
	@echo "make test: all checks passed"

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	@# The core must not depend on the desktop toolkit.
	@if cargo tree -p etapp-core --edges normal,build --prefix none | grep -qiE '^(tauri|wry|tao|webkit)'; then \
	  echo "etapp-core depends on a Tauri crate"; exit 1; fi

rust-test:
	cargo test --workspace --locked

# Every locale against English with Mozilla's compare-locales: no error,
# no missing or obsolete message, no plural category left out.
l10n-check:
	$(TOOLS)/venv/bin/python scripts/l10n-check.py

ui-check:
	npm run --silent check

ui-unit:
	npm run --silent test:unit

# The unit tests of the project's own scripts (scripts/*.test.mjs).
script-test:
	node --test scripts/

# The first screen's JavaScript and the assets the app embeds, against
# their budgets in docs/PERFORMANCE.md (bytes of the UI build, no timing).
ui-size-check: ui
	node scripts/ui-size.mjs

# The two browser suites (package.json) end with a pass or a failure, never
# stand still: each test has a time-out (tests/lib/limits.mjs) and leaves no
# process behind; --test-timeout gives each test file 15 minutes (Node
# applies it to a file as a whole), which also bounds a test added without
# a time-out of its own; --test-force-exit ends a test file once its tests
# are done, even if a timed-out one still waits on something; and `timeout`
# fails the whole suite if it still runs long after it should have ended
# (--foreground, so Ctrl-C still reaches the tests; it stops the test
# runner, which stops the test file running).
ui-test: ui
	npm run --silent test:ui

# The real app, on an Xvfb display each test file starts (tests/e2e/app.mjs).
e2e: desktop
	ETAPP_DESKTOP_BIN=$(DESKTOP_BIN) TAURI_DRIVER=$(TOOLS)/bin/tauri-driver npm run --silent test:e2e

# The offline reader page (ui/page/) is built into a template the core
# embeds, crates/core/assets/reader-page.html, kept in the repository so
# the core and the CLI build without Node; `page` rebuilds it, and
# `page-check` fails when it is not the build of this tree.
page:
	npm run --silent build:page

page-check:
	npx vite build --config ui/vite.page.config.ts
	@cmp -s ui/dist-page/index.html crates/core/assets/reader-page.html || \
	  { echo "crates/core/assets/reader-page.html is out of date: run make page"; exit 1; }

# Regenerates the TypeScript types from the Rust ones.
types:
	ETAPP_WRITE_TYPES=1 cargo test -p etapp-core --lib types::

# Regenerates THIRD-PARTY.md from crate, npm and font metadata.
notices:
	node scripts/third-party.mjs > THIRD-PARTY.md

notices-check:
	@node scripts/third-party.mjs | diff -u THIRD-PARTY.md - || \
	  { echo "THIRD-PARTY.md is out of date: run make notices"; exit 1; }

bench: setup
	scripts/bench.sh

clean-artifacts:
	rm -rf artifacts
