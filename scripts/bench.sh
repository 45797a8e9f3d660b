#!/usr/bin/env bash
# `make bench`: builds Etapp and an empty Tauri window in release mode,
# measures both in one go on a private Xvfb display, and measures unlocking
# against the bare key derivation. Prints a results table and writes it to
# artifacts/bench/results.md (with screenshots of the final screens), and
# its goals to docs/PERFORMANCE.md (scripts/bench-doc.mjs), which explains
# the method and what the figures mean.
#
# Why one script run for everything: every goal is a ratio to a floor
# measured in the same run, so both sides see the same machine, load and
# build. Nothing here is a test; timings never decide whether `make test`
# passes. One size does decide whether `make bench` passes: the stripped
# binary against its budget in docs/PERFORMANCE.md (bytes, not time).
#
# BENCH_RUNS (default 7) sets the measured starts of each window case; the
# unlock benchmark, a second per run, does twice as many plus one.
set -euo pipefail
cd "$(dirname "$0")/.."

# As in the Makefile (which sets it when this runs as `make bench`).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/etapp/target/$(pwd -P | sha256sum | cut -c1-12)}"
RUNS="${BENCH_RUNS:-7}"
OUT=artifacts/bench
RELEASE="$CARGO_TARGET_DIR/release"
BASELINE=bench/baseline-window

for tool in xwd Xvfb strip cargo npm age python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing; run scripts/setup.sh" >&2; exit 1; }
done

step() { echo "bench: $*" >&2; }

# Percentage of all cores' time spent busy over the next two seconds
# (from /proc/stat; iowait counts as idle).
cpu_busy_percent() {
  local a b
  read -ra a < <(grep '^cpu ' /proc/stat)
  sleep 2
  read -ra b < <(grep '^cpu ' /proc/stat)
  local total=0 idle=$(( (b[4] + b[5]) - (a[4] + a[5]) )) i
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $(( total > 0 ? 100 * (total - idle) / total : 0 ))
}
started=$SECONDS

# --- Builds (incremental after the first run; the target dir is shared) ---
step "building the UI and the Etapp desktop app (release)"
npm run --silent build
cargo build --release -p etapp-desktop --features custom-protocol
step "building etapp-bench and the etapp command (release)"
cargo build --release -p etapp-bench -p etapp-cli
step "building the empty Tauri window (release)"
# Same crate versions as Etapp (its own lock starts as a copy of ours) and
# the same icon, so the two binaries differ only by what Etapp adds.
cp Cargo.lock "$BASELINE/Cargo.lock"
mkdir -p "$BASELINE/icons"
cmp -s src-tauri/icons/icon.png "$BASELINE/icons/icon.png" ||
  cp src-tauri/icons/icon.png "$BASELINE/icons/icon.png"
cargo build --release --manifest-path "$BASELINE/Cargo.toml" --features custom-protocol
built=$SECONDS

# The real-app tests answer the native dialogs through a switch that only
# debug builds have; the release binary must not know it.
if grep -q -- "--dialog-dir" "$RELEASE/etapp-desktop"; then
  echo "bench: the release binary contains the debug-only switch --dialog-dir" >&2
  exit 1
fi
step "the release binary has no --dialog-dir switch"

# The stripped binary against its budget in docs/PERFORMANCE.md (the line
# "Budget of the stripped binary: N bytes"), so that growth cannot pass
# unseen: the measurements still run, and `make bench` then fails.
grep -q '^<!-- make bench writes from here' docs/PERFORMANCE.md ||
  { echo "bench: docs/PERFORMANCE.md has no '<!-- make bench writes from here' line to write the goals after" >&2; exit 1; }
binary_budget=$(sed -n "s/^Budget of the stripped binary: *\([0-9][0-9 ]*\) bytes.*/\1/p" docs/PERFORMANCE.md | tr -d ' ')
[ -n "$binary_budget" ] || { echo "bench: docs/PERFORMANCE.md has no line 'Budget of the stripped binary: N bytes'" >&2; exit 1; }
stripped=$(mktemp)
strip --strip-all -o "$stripped" "$RELEASE/etapp-desktop"
binary_size=$(stat -c %s "$stripped")
rm -f "$stripped"
binary_over=""
if [ "$binary_size" -gt "$binary_budget" ]; then
  binary_over="the stripped binary is $binary_size bytes, $((binary_size - binary_budget)) bytes OVER its budget of $binary_budget bytes (docs/PERFORMANCE.md): make it smaller, or raise the budget there and say why"
  step "FAILED: $binary_over"
else
  step "the stripped binary is $binary_size bytes, within its budget of $binary_budget bytes"
fi

# --- What is started from here on ends with this script ---
# However the script ends (done, an error, Ctrl-C, killed), Xvfb and every
# window a benchmark opened, with WebKit's processes, are ended: each is
# started as a process group of its own, and every group is ended on exit.
groups=()
# Starts "$@" in the background as a process group of its own (job control
# is on for that moment only) and notes the group; $! is its leader.
start_group() {
  set -m
  "$@" &
  set +m
  groups+=($!)
}
# Ends the process group led by $1: TERM, and KILL to what is left after 3 s.
end_group() {
  kill -TERM -- "-$1" 2>/dev/null || return 0
  for _ in $(seq 30); do
    kill -0 -- "-$1" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL -- "-$1" 2>/dev/null || true
}
display_file=$(mktemp)
results=$(mktemp)
# Ends every group, the last started first (a benchmark before its display).
end_all() {
  local i
  for ((i = ${#groups[@]} - 1; i >= 0; i--)); do end_group "${groups[i]}"; done
  rm -f "$display_file" "$results"
}
trap end_all EXIT
# A signal ends the script at once (a benchmark in progress is waited for
# with `wait`, which a signal interrupts); the EXIT trap then cleans up.
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
# Runs a benchmark and waits for it; then ends its group, so that nothing
# it started outlives it, not even what a window that failed left behind.
bench() {
  local leader status=0
  start_group "$RELEASE/etapp-bench" "$@"
  leader=$!
  wait "$leader" || status=$?
  end_group "$leader"
  return "$status"
}

# --- A private X display, no window manager ---
mkdir -p "$OUT"
rm -f "$OUT"/*.xwd "$OUT"/*.png
# -noreset: otherwise the server resets each time its last client leaves,
# i.e. between two screen captures, which makes each capture slower.
start_group Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp -noreset 3>"$display_file" >"$OUT/xvfb.log" 2>&1
xvfb_pid=$!
for _ in $(seq 100); do
  [ -s "$display_file" ] && break
  sleep 0.1
done
[ -s "$display_file" ] || { echo "bench: Xvfb did not start (see $OUT/xvfb.log)" >&2; exit 1; }
export DISPLAY=":$(cat "$display_file")"
unset WAYLAND_DISPLAY
step "Xvfb on $DISPLAY"

# --- Measurements ---
{
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  git diff --quiet HEAD 2>/dev/null || commit="$commit, with uncommitted changes"
  echo "# Etapp benchmarks"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
    "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, Debian $(cat /etc/debian_version)," \
    "Linux $(uname -r)"
  echo "- software: $(rustc --version | cut -d' ' -f1-2)," \
    "tauri $(awk '/^name = "tauri"$/ {getline; gsub(/"/, ""); print $3}' Cargo.lock)," \
    "WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo '?')"
  echo "- commit: $commit"
  if [ -n "$binary_over" ]; then
    echo "- stripped binary: $binary_size bytes, **over** its budget of $binary_budget bytes"
  else
    echo "- stripped binary: $binary_size bytes, within its budget of $binary_budget bytes"
  fi
  busy=$(cpu_busy_percent)
  echo "- CPU busy with other work in the 2 s before measuring: $busy %"
  if [ "$busy" -ge 25 ]; then
    echo "- **warning**: the machine was busy; start times and the unlock ratio" \
      "are then unreliable. Rerun when it is idle."
    step "warning: the CPU was $busy % busy before measuring; figures will be noisy"
  fi
  echo
} >"$results"
bench window --runs "$RUNS" \
  --baseline "$RELEASE/baseline-window" --etapp "$RELEASE/etapp-desktop" \
  --shots "$OUT" >>"$results" ||
  { kill -0 "$xvfb_pid" 2>/dev/null || echo "bench: Xvfb ended during the run (see $OUT/xvfb.log)" >&2; exit 1; }
end_group "$xvfb_pid"
bench unlock --runs $((2 * RUNS + 1)) >>"$results"
bench record --runs $((2 * RUNS + 1)) >>"$results"
bench close --runs $((2 * RUNS + 1)) >>"$results"
bench bundle --runs $((2 * RUNS + 1)) --etapp "$RELEASE/etapp" >>"$results"
bench evaluation --runs "$RUNS" --etapp "$RELEASE/etapp" >>"$results"
bench backup --runs "$RUNS" >>"$results"

if command -v convert >/dev/null; then
  for shot in "$OUT"/*.xwd; do
    convert "xwd:$shot" "${shot%.xwd}.png" && rm "$shot"
  done
fi

finished=$SECONDS
printf -- '- time: builds %d s, measurements %d s (all of `make bench` after setup: %d s)\n' \
  $((built - started)) $((finished - built)) $((finished - started)) >>"$results"
if [ -n "$binary_over" ]; then
  printf -- '- **binary over its budget**: %s\n' "$binary_over" >>"$results"
fi
mv "$results" "$OUT/results.md"
echo
cat "$OUT/results.md"
step "written to $OUT/results.md (screenshots: $OUT/*.png)"
# Its goals into docs/PERFORMANCE.md, between the doc's two marker lines.
node scripts/bench-doc.mjs "$OUT/results.md" docs/PERFORMANCE.md
if [ -n "$binary_over" ]; then
  echo >&2
  echo "bench: FAILED: $binary_over" >&2
  exit 1
fi
