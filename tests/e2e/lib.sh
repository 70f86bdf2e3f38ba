# Helpers for end-to-end tests: run the real styr binary as a user would and check what it
# printed, its exit code, and the files and database it left. Each check prints one TAP-style
# line: "ok - what" or "not ok - what" followed by the evidence.
set -u
STYR=${STYR_BIN:-$(cd "$(dirname "$0")/../.." && pwd)/build/styr}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/styr-e2e.XXXXXX")
SERVER_PID=
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$TMP"' EXIT
export STYR_NOW=2019-10-01

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; shift; for l in "$@"; do echo "    $l"; done; }

# run ARGS…: runs styr, keeping stdout, stderr and the exit code in $OUT, $ERR, $RC.
run() {
  "$STYR" "$@" >"$TMP/.stdout" 2>"$TMP/.stderr"
  RC=$?
  OUT=$(cat "$TMP/.stdout")
  ERR=$(cat "$TMP/.stderr")
}

check_rc() { # expected description
  if [ "$RC" -eq "$1" ]; then ok "$2 (exit $1)"; else not_ok "$2: expected exit $1, got $RC" "stderr: $ERR"; fi
}

check_contains() { # haystack needle description
  case "$1" in
    *"$2"*) ok "$3" ;;
    *) not_ok "$3: '$2' not found" "in: $1" ;;
  esac
}

check_not_contains() {
  case "$1" in
    *"$2"*) not_ok "$3: '$2' found" "in: $1" ;;
    *) ok "$3" ;;
  esac
}

check_eq() { # actual expected description
  if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3" "expected: $2" "actual:   $1"; fi
}

check_file() { # path description
  if [ -f "$1" ]; then ok "$2"; else not_ok "$2: $1 is missing"; fi
}

sum() { sha256sum "$1" | cut -d' ' -f1; }

# A minimal valid configuration in folder $1; extra Lua lines from stdin are appended.
make_config() {
  mkdir -p "$1"
  cat >"$1/init.lua" <<'LUA'
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv",
               perspectives = { "Medborgare", "Ekonomi" } }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
LUA
  cat >>"$1/init.lua"
}

# chromium_dom FILE: the DOM headless Chromium builds from a local file (HTML or SVG), on stdout;
# its console and error output go to $TMP/.chromium.log.
chromium_dom() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$TMP/.chromium-profile" --enable-logging=stderr --v=0 \
    --dump-dom "file://$1" 2>"$TMP/.chromium.log"
}

# chromium_png FILE PNG: a screenshot of a local file, kept as a test artifact.
chromium_png() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$TMP/.chromium-profile" --window-size=1400,1000 \
    --screenshot="$2" "file://$1" >/dev/null 2>&1
}

# start_server ROOT: starts the replay server (tests/server/replay.py) on 127.0.0.1 serving ROOT;
# sets $PORT and $BASE (http://127.0.0.1:PORT). The EXIT trap stops it.
start_server() {
  LD_PRELOAD= /usr/bin/python3 "$ROOT/tests/server/replay.py" "$1" --lifetime 600 >"$TMP/.server.out" 2>"$TMP/.server.err" &
  SERVER_PID=$!
  i=0
  while [ "$i" -lt 100 ] && ! [ -s "$TMP/.server.out" ]; do sleep 0.05; i=$((i + 1)); done
  PORT=$(head -n 1 "$TMP/.server.out")
  BASE="http://127.0.0.1:$PORT"
  [ -n "$PORT" ] || { echo "not ok - the replay server did not start"; cat "$TMP/.server.err"; exit 1; }
}

# requests PATH: how many requests the replay server got for PATH (with its query).
requests() {
  /usr/bin/python3 -c 'import sys, urllib.request, urllib.parse; print(urllib.request.urlopen(sys.argv[1] + "/_log?path=" + urllib.parse.quote(sys.argv[2], safe="")).read().decode().strip())' "$BASE" "$1"
}

# db_dump FILE: every observation row, for "unchanged" comparisons.
db_dump() {
  sqlite3 "$1" "SELECT * FROM observations ORDER BY 1" 2>&1 | sha256sum | cut -d' ' -f1
}

# hold_write_lock DB: another process (Python's sqlite3) takes DB's write lock and holds it, with
# a run row of its own it never commits, until release_write_lock (at most a minute). The
# file $TMP/locked exists while it holds the lock.
hold_write_lock() {
  rm -f "$TMP/locked" "$TMP/release"
  /usr/bin/python3 - "$1" "$TMP/locked" "$TMP/release" <<'PY' &
import os, sqlite3, sys, time
db, locked, release = sys.argv[1:]
c = sqlite3.connect(db, isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("INSERT INTO runs (command, started_at, outcome) VALUES ('lock', 'x', 'running')")
open(locked, "w").close()
for _ in range(1200):  # at most a minute
    if os.path.exists(release):
        break
    time.sleep(0.05)
c.execute("ROLLBACK")
PY
  LOCK_HOLDER=$!
  for _ in $(seq 1 200); do [ -f "$TMP/locked" ] && break; sleep 0.05; done
}
release_write_lock() {
  touch "$TMP/release"
  wait "$LOCK_HOLDER"
  rm -f "$TMP/locked" "$TMP/release"
}
