#!/usr/bin/env bash
# Installs what building, running and testing Etapp needs, and only what is
# missing: Debian packages, the npm packages of package-lock.json, and a
# pinned tauri-driver. Safe to run again; a second run changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS="${ETAPP_TOOLS:-$HOME/.cache/etapp/tools}"
TAURI_DRIVER_VERSION=2.1.0
COMPARE_LOCALES_VERSION=9.0.5

# Tauri's WebKitGTK stack, SQLCipher's libssl, the test harnesses
# (Xvfb, WebKitWebDriver, Chromium), age for interop checks, ImageMagick
# for screenshots, x11-apps for `make bench` (xwd watches the screen),
# python3 for the tests that measure a child's memory or type at age's prompt,
# python3-venv for compare-locales (below).
PACKAGES=(
  build-essential pkg-config libssl-dev
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libsoup-3.0-dev
  xvfb xauth webkit2gtk-driver chromium age imagemagick x11-apps python3 python3-venv
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is needed (Rust via rustup, Node.js 20)" >&2; exit 1; }
done

# npm packages exactly as locked; redone only when the lock file changes.
stamp=node_modules/.etapp-lock-sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi

if ! cargo install --list --root "$TOOLS" 2>/dev/null | grep -qx "tauri-driver v$TAURI_DRIVER_VERSION:"; then
  echo "setup: installing tauri-driver $TAURI_DRIVER_VERSION"
  cargo install --quiet --locked --root "$TOOLS" tauri-driver --version "$TAURI_DRIVER_VERSION"
fi

# Mozilla's compare-locales (PyPI), pinned, in a virtual environment of its
# own under the tools folder: `make l10n-check` runs it.
if ! "$TOOLS/venv/bin/compare-locales" --version 2>/dev/null | grep -qx "compare-locales $COMPARE_LOCALES_VERSION"; then
  echo "setup: installing compare-locales $COMPARE_LOCALES_VERSION"
  python3 -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install --quiet --disable-pip-version-check "compare-locales==$COMPARE_LOCALES_VERSION"
fi
