#!/bin/sh
# styr serve in headless Chromium (tests/browser/serve_flow.js, puppeteer-core and axe-core from
# `make deps`): one whole reporting period, escaping checked by the browser, the approved
# version's bytes, and WCAG 2.1 A/AA on every page kind at 1280 and 390 px.
. "$(dirname "$0")/lib.sh"
unset STYR_NOW
if [ ! -d "$ROOT/tests/browser/node_modules/puppeteer-core" ]; then
  not_ok "tests/browser/node_modules is missing: run make deps (npm ci in tests/browser)"; exit 1
fi
"$STYR" serve --config "$ROOT/tests/fixtures/serve" --db "$TMP/serve.db" --listen 127.0.0.1:0 2>"$TMP/serve.log" &
SERVER_PID=$!
PORT=
for _ in $(seq 1 50); do
  PORT=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\)\/.*/\1/p' "$TMP/serve.log")
  [ -n "$PORT" ] && break
  sleep 0.1
done
if [ -z "$PORT" ]; then not_ok "styr serve started" "$(cat "$TMP/serve.log")"; exit 1; fi
node "$ROOT/tests/browser/serve_flow.js" "http://127.0.0.1:$PORT"
rc=$?
grep -v "listening on\|configuration reloaded" "$TMP/serve.log" | grep "styr serve:" | grep -v " 401 " | sed 's/^/# /'
exit $rc
