#!/bin/sh
# styr serve reloads its configuration when a file of it changes and on SIGHUP, between requests:
# clients requesting pages all the while get every answer (none refused or dropped); a
# configuration with a problem is logged with the file and line, and the last good one stays in
# force; an included file counts, a missing include that appears too.
. "$(dirname "$0")/lib.sh"

CFG="$TMP/cfg"
mkdir -p "$CFG"
cp "$ROOT/tests/fixtures/serve/init.lua" "$CFG/init.lua"
echo 'include "extra.lua"' >>"$CFG/init.lua"
echo 'web { trusted_proxies = { "127.0.0.1" }, rate_limit = 100000, max_body = 65536 }' >"$CFG/extra.lua"
sed -i 's/^web {.*//' "$CFG/init.lua"
"$STYR" serve --config "$CFG" --db "$TMP/serve.db" --listen 127.0.0.1:0 2>"$TMP/serve.log" &
SERVER_PID=$!
PORT=
for _ in $(seq 1 50); do
  PORT=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\)\/.*/\1/p' "$TMP/serve.log")
  [ -n "$PORT" ] && break
  sleep 0.1
done
if [ -z "$PORT" ]; then not_ok "styr serve started" "$(cat "$TMP/serve.log")"; exit 1; fi
U="http://127.0.0.1:$PORT"
get() { curl -s -m 20 -H 'X-Remote-User: boss' "$U$1"; }
# wait_log TEXT N: waits up to 10 s until TEXT appears N times in the server's log.
wait_log() {
  for _ in $(seq 1 100); do
    [ "$(grep -c -- "$1" "$TMP/serve.log")" -ge "$2" ] && return 0
    sleep 0.1
  done
  return 1
}
# Two clients asking for pages the whole time; each answer's status is written down.
load() {
  while [ ! -e "$TMP/stop" ]; do
    curl -s -m 20 -o /dev/null -w '%{http_code}\n' -H 'X-Remote-User: boss' "$U$1"
    sleep 0.02
  done
}
load /reports >"$TMP/codes1" &
L1=$!
load /body/AMN >"$TMP/codes2" &
L2=$!

check_contains "$(get /reports)" "Uppföljning 2019" "the report's title before the change"
sed -i 's/title = "Uppföljning 2019"/title = "Uppföljning 2019, ändrad"/' "$CFG/init.lua"
wait_log "init.lua changed: configuration reloaded" 1 && ok "a changed file reloads the configuration" ||
  not_ok "a changed file reloads the configuration" "$(cat "$TMP/serve.log")"
check_contains "$(get /reports)" "Uppföljning 2019, ändrad" "pages show the changed configuration"

# A problem: logged with file and line; the last good configuration goes on serving.
echo 'indicator "trasig" { title = 12 }' >>"$CFG/extra.lua"
wait_log "the last good configuration stays in force" 1 && ok "an invalid change is refused" ||
  not_ok "an invalid change is refused" "$(cat "$TMP/serve.log")"
check_contains "$(cat "$TMP/serve.log")" "extra.lua:2:" "the log names the file and line of the problem"
check_contains "$(cat "$TMP/serve.log")" "extra.lua changed: reload:" "the log says which file changed"
check_contains "$(get /reports)" "Uppföljning 2019, ändrad" "the last good configuration stays in force"
kill -HUP "$SERVER_PID"
wait_log "SIGHUP: reload: .*stays in force" 1 && ok "SIGHUP on the invalid configuration is refused too" ||
  not_ok "SIGHUP on the invalid configuration is refused too" "$(cat "$TMP/serve.log")"
check_eq "$(grep -c 'configuration reloaded' "$TMP/serve.log")" "1" "no reload took the invalid configuration"

# Fixing it reloads again; an include that does not exist yet is watched until it appears.
sed -i '/trasig/d' "$CFG/extra.lua"
echo 'include "later.lua"' >>"$CFG/extra.lua"
wait_log "extra.lua changed: reload: .*stays in force" 2 && ok "an include of a missing file is refused" ||
  not_ok "an include of a missing file is refused" "$(cat "$TMP/serve.log")"
check_contains "$(cat "$TMP/serve.log")" "later.lua: No such file" "the log names the missing file"
check_not_contains "$(get /reports)" "Ny rapport" "nothing of the refused configuration is served"
echo 'report "ny" { title = "Ny rapport", year = 2019, formats = { "html" } }' >"$CFG/later.lua"
wait_log "later.lua changed: configuration reloaded" 1 && ok "the included file appearing reloads the configuration" ||
  not_ok "the included file appearing reloads the configuration" "$(cat "$TMP/serve.log")"
check_contains "$(get /reports)" "Ny rapport" "the included file's report is served"
kill -HUP "$SERVER_PID"
wait_log "SIGHUP: configuration reloaded" 1 && ok "SIGHUP reloads a good configuration" ||
  not_ok "SIGHUP reloads a good configuration" "$(cat "$TMP/serve.log")"

touch "$TMP/stop"
wait "$L1" "$L2"
total=$(cat "$TMP/codes1" "$TMP/codes2" | grep -c .)
bad=$(cat "$TMP/codes1" "$TMP/codes2" | grep -vc '^200$')
[ "$total" -gt 20 ] && ok "the clients made $total requests during the reloads" || not_ok "the clients made requests" "$total"
check_eq "$bad" "0" "every request during the reloads was answered 200 (none dropped)"
kill -TERM "$SERVER_PID"
wait "$SERVER_PID"
check_eq "$?" "0" "the server stops cleanly"
SERVER_PID=
