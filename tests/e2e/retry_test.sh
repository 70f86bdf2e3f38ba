#!/bin/sh
# Jobs retry, then catch up (issue 14, item 6): a fetch job whose source answers 503 at first is
# tried again and the report job that needs it runs in the same `styr due` pass; a job whose
# need failed for good owes its slot and runs as soon as the need has succeeded, not at its next
# slot; `styr history` shows the slot of every run; and retry policies are checked with file:line.
. "$(dirname "$0")/lib.sh"

export STYR_HTTP_BACKOFF_MS=20 STYR_HTTP_BACKOFF_MAX_MS=50 STYR_HTTP_TIMEOUT_S=5 STYR_HTTP_CONNECT_TIMEOUT_S=2 \
       STYR_HTTP_LOW_SPEED_S=2

# hist CONFIG DB JOB: "outcome trigger slot" per run of JOB, oldest first (the slot column).
hist() {
  "$STYR" history --config "$1" --db "$2" --job "$3" --limit 1000 --json 2>"$TMP/.hist.err" | /usr/bin/python3 -c '
import json, sys
for r in reversed(json.load(sys.stdin)):
    print(r["outcome"], r["trigger"], r["slot"] or "-")'
}

# Kolada as the test server serves it; /fault/status/503/1/… answers 503 to the first request
# for each path, then the file.
WWW="$TMP/www"
mkdir -p "$WWW/kolada/v3/kpi" "$WWW/kolada/v3/data/kpi/N00945/municipality/0580/year"
printf '{"count":1,"values":[{"id":"N00945","title":"A"}]}' >"$WWW/kolada/v3/kpi/N00945.json"
printf '{"count":1,"values":[{"kpi":"N00945","municipality":"0580","period":2019,"values":[{"gender":"T","value":7}]}]}' \
  >"$WWW/kolada/v3/data/kpi/N00945/municipality/0580/year/2019.json"
start_server "$WWW"

config() { # DIR URL-PREFIX, extra Lua on stdin
  make_config "$1" <<LUA
source "kolada" { kind = "kolada", url = "$BASE/$2kolada/v3", attempts = 1, kpis = { a = "N00945" },
                  years = { from = 2019, to = 2019 } }
indicator "a" { title = "A", unit = "count", direction = "increase", targets = { [2019] = 6 } }
goal "G" { title = "Mål", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "uppf" { title = "Uppföljning", year = 2019 }
LUA
  cat >>"$1/init.lua"
}

# ---- a fetch that fails once is retried; its report runs in the same pass ------------------------
R="$TMP/retry"
RDB="$TMP/retry.db"
config "$R" "fault/status/503/1/" <<'LUA'
event "hamta" { title = "Hämta Kolada", job = "fetch", fetch = { "kolada" }, cron = "0 5 * * *" }
event "rapport" { title = "Rapport", job = "report", report = "uppf", needs = { "hamta" }, cron = "0 5 * * *",
                  out = "ut" }
LUA
run validate "$R"
check_rc 0 "a fetch job and a report that needs it validate"
STYR_NOW=2019-10-01T03:05:00Z run due --config "$R" --db "$RDB"
check_rc 0 "styr due exits 0 when the retry succeeded"
check_contains "$ERR" "warn: job hamta: attempt 1 of 3 failed; trying again after 60 s (not waited: the clock is fixed by STYR_NOW)" \
  "the log says the fetch job is tried again, and when"
check_contains "$ERR" "job hamta: started for 2019-10-01 05:00 (schedule, attempt 2 of 3)" "the second attempt is for the same slot"
check_eq "$(hist "$R" "$RDB" hamta | tr '\n' '|')" \
  "failed schedule 2019-10-01T03:00:00Z|succeeded schedule 2019-10-01T03:00:00Z|" \
  "the fetch job failed once, then succeeded, both runs for the 05:00 slot"
check_eq "$(hist "$R" "$RDB" rapport)" "succeeded schedule 2019-10-01T03:00:00Z" \
  "the report that needs it ran in the same pass, for the same slot"
check_file "$R/ut/uppf.html" "the report was written"
# A fetched value points to its request (the URL is stored once, there: docs/performance.md).
check_eq "$(sqlite3 "$RDB" "SELECT CAST(o.value AS INTEGER) FROM observations o JOIN requests r ON r.id = o.request_id WHERE r.request LIKE '%/kolada/v3/data/kpi/N00945/%' AND o.period = '2019'" 2>&1)" "7" \
  "the fetched value is stored"
run history --config "$R" --db "$RDB" --job hamta
check_contains "$OUT" "  [schedule]  slot 2019-10-01T03:00:00Z" "history shows each run's slot"
check_contains "$OUT" "HTTP 503" "history keeps why the first attempt failed"
run history --config "$R" --db "$RDB" --job hamta --json
check_contains "$OUT" '"slot":"2019-10-01T03:00:00Z"' "history --json gives the slot"
check_contains "$OUT" "attempt 2 of 3" "and says which attempt succeeded"
STYR_NOW=2019-10-01T03:30:00Z run due --config "$R" --db "$RDB"
check_contains "$ERR" "nothing was due" "a later pass the same day finds nothing due"

# ---- no retry: the report owes its slot and runs once the fetch has succeeded --------------------
# The server forgets what it answered, so the first request for each path fails again.
/usr/bin/python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/_reset").read()' "$BASE"
N="$TMP/noretry"
NDB="$TMP/noretry.db"
config "$N" "fault/status/503/1/" <<'LUA'
event "hamta" { title = "Hämta Kolada", job = "fetch", fetch = { "kolada" }, cron = "0 5 * * *",
                retry = { attempts = 1 } }
event "rapport" { title = "Rapport", job = "report", report = "uppf", needs = { "hamta" }, cron = "0 5 * * *",
                  out = "ut" }
LUA
STYR_NOW=2019-10-01T03:05:00Z run due --config "$N" --db "$NDB"
check_rc 1 "with retry = { attempts = 1 } the failed fetch is not tried again"
check_not_contains "$ERR" "trying again" "and the log does not say it is"
check_eq "$(hist "$N" "$NDB" rapport)" "skipped schedule 2019-10-01T03:00:00Z" "its report did not run"
run history --config "$N" --db "$NDB" --job rapport
check_contains "$OUT" "it runs once 'hamta' has succeeded" "history says when the report will run"
STYR_NOW=2019-10-01T03:20:00Z run due --config "$N" --db "$NDB"
check_contains "$ERR" "nothing was due" "a pass while the fetch has still failed runs nothing"
check_eq "$(hist "$N" "$NDB" rapport)" "skipped schedule 2019-10-01T03:00:00Z" "and does not record the skip again"
STYR_NOW=2019-10-01T03:40:00Z run run hamta --config "$N" --db "$NDB"
check_rc 0 "the fetch run by hand succeeds"
STYR_NOW=2019-10-01T03:45:00Z run due --config "$N" --db "$NDB"
check_rc 0 "the next pass exits 0"
check_eq "$(hist "$N" "$NDB" rapport | tr '\n' '|')" \
  "skipped schedule 2019-10-01T03:00:00Z|succeeded schedule 2019-10-01T03:00:00Z|" \
  "the report runs for the slot it owed, not at its next slot"
check_file "$N/ut/uppf.html" "and is written"

# ---- the daemon: the back-off is waited on its clock, and the report runs in the same cycle -------
# 60 times as fast: the configured back-off of 30 s is half a second.
/usr/bin/python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/_reset").read()' "$BASE"
D="$TMP/daemon"
DDB="$TMP/daemon.db"
config "$D" "fault/status/503/1/" <<'LUA'
event "hamta" { title = "Hämta Kolada", job = "fetch", fetch = { "kolada" }, cron = "1 2 * * *",
                retry = { attempts = 2, backoff = 30 } }
event "rapport" { title = "Rapport", job = "report", report = "uppf", needs = { "hamta" }, cron = "1 2 * * *",
                  out = "ut" }
LUA
STYR_NOW=2019-10-01T00:00:00Z STYR_CLOCK_SPEED=60 "$STYR" daemon --config "$D" --db "$DDB" 2>"$TMP/daemon.log" &
DPID=$!
i=0
while [ "$i" -lt 600 ] && ! grep -q "job rapport: succeeded" "$TMP/daemon.log"; do sleep 0.05; i=$((i + 1)); done
kill -TERM "$DPID"
wait "$DPID"
RC=$?
check_rc 0 "the daemon exits 0 on SIGTERM"
DLOG=$(cat "$TMP/daemon.log")
check_contains "$DLOG" "warn: job hamta: attempt 1 of 2 failed; trying again after 30 s" "the daemon waits the back-off"
check_not_contains "$DLOG" "not waited" "on its own clock"
warned=$(grep -n "trying again after 30 s" "$TMP/daemon.log" | head -n 1 | cut -d: -f1)
second=$(grep -n "job hamta: started for .*attempt 2 of 2" "$TMP/daemon.log" | head -n 1 | cut -d: -f1)
if [ -n "$warned" ] && [ -n "$second" ] && [ "$warned" -lt "$second" ]; then
  ok "the log says it will try again before it waits, then starts the second attempt"
else
  not_ok "the retry is announced before the wait" "warned at line ${warned:-none}, second attempt at ${second:-none}"
fi
check_eq "$(hist "$D" "$DDB" hamta | tr '\n' '|')" "failed schedule 2019-10-01T00:01:00Z|succeeded schedule 2019-10-01T00:01:00Z|" \
  "the daemon's fetch failed once, then succeeded, for the same slot"
check_eq "$(hist "$D" "$DDB" rapport)" "succeeded schedule 2019-10-01T00:01:00Z" "the report ran in the same cycle, for that slot"

# ---- retry policies are checked -------------------------------------------------------------------
E="$TMP/errors"
config "$E" "" <<'LUA'
event "r1" { title = "A", job = "fetch", cron = "0 5 * * *", retry = { attempts = 0 } }
event "r2" { title = "B", job = "fetch", cron = "0 5 * * *", retry = { attempts = 2, backoff = -1 } }
event "r3" { title = "C", job = "compute", cron = "0 5 * * *", retry = { tries = 2 } }
event "r4" { title = "D", job = "compute", cron = "0 5 * * *", retry = 3 }
event "r5" { title = "E", body = "AMN", date = "2019-05-01", retry = { attempts = 2 } }
LUA
run validate "$E"
check_rc 3 "bad retry policies are configuration errors"
check_contains "$ERR" "init.lua:9: event 'r1': retry attempts must be a whole number from 1 to 10 (1: no retry), not 0" \
  "attempts out of range, with file:line"
check_contains "$ERR" "init.lua:10: event 'r2': retry backoff must be a number of seconds from 0 to 86400, not -1" \
  "a negative back-off, with file:line"
check_contains "$ERR" "init.lua:11: event 'r3': retry has an unknown field 'tries'" "an unknown field of retry"
check_contains "$ERR" "init.lua:12: event 'r4': retry must be { attempts = N, backoff = SECONDS }, not number" \
  "retry that is not a table"
check_contains "$ERR" "init.lua:13: event 'r5': retry is for jobs only" "retry on an event that is not a job"

# ---- the fetch's own run records its configuration ------------------------------------------------
check_eq "$(sqlite3 "$RDB" "SELECT count(*) FROM runs WHERE command = 'fetch kolada' AND outcome = 'succeeded' AND config_snapshot IS NOT NULL")" "1" \
  "the source's fetch run recorded the configuration it used"
