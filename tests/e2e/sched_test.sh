#!/bin/sh
# The scheduler (styr due, styr daemon, styr run) as an administrator runs it: catch-up after three
# missed daily slots (once by default, each, skip), daylight-saving days, an overlapping `due` and a
# second daemon refused by the lock, a stale lock taken over, a failing fetch that stops its
# dependent report and not an unrelated one, configuration errors of jobs, every case in
# `styr history` with its outcome and trigger, `styr status`; and a real daemon on a fast clock:
# a job every minute, SIGHUP with a broken and then a fixed configuration, SIGTERM during a job
# (it finishes, exit 0, history complete), and a second SIGTERM that aborts a job. The systemd
# units and the crontab line of examples/deploy are checked too.
. "$(dirname "$0")/lib.sh"

export STYR_HTTP_BACKOFF_MS=20 STYR_HTTP_BACKOFF_MAX_MS=50 STYR_HTTP_TIMEOUT_S=5 STYR_HTTP_CONNECT_TIMEOUT_S=2 \
       STYR_HTTP_LOW_SPEED_S=2

# hist CONFIG DB JOB: "outcome trigger slot" per run of JOB, oldest first, from styr history --json.
hist() {
  "$STYR" history --config "$1" --db "$2" --job "$3" --limit 1000 --json 2>"$TMP/.hist.err" | /usr/bin/python3 -c '
import json, sys
runs = json.load(sys.stdin)
for r in reversed(runs):
    slot = r["command"].split(" @")[1] if " @" in r["command"] else "-"
    print(r["outcome"], r["trigger"], slot)'
}

# wait_for CONDITION DESCRIPTION: polls a shell condition (at most ~30 s); fails the test if it
# never holds.
wait_for() {
  i=0
  while [ "$i" -lt 600 ]; do
    if eval "$1"; then return 0; fi
    sleep 0.05
    i=$((i + 1))
  done
  not_ok "$2: timed out"
  return 1
}

base_config() { # DIR, extra Lua on stdin
  make_config "$1" <<'LUA'
indicator "a" { title = "A", unit = "count", direction = "increase", values = { [2018] = 5 }, targets = { [2019] = 6 } }
goal "G" { title = "Mål", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "uppf" { title = "Uppföljning", year = 2019 }
LUA
  cat >>"$1/init.lua"
}

# ---- catch-up: three missed daily slots ---------------------------------------------------------
C="$TMP/catchup"
DB="$TMP/catchup.db"
base_config "$C" <<'LUA'
event "once_job" { title = "Beräkna (standard)", job = "compute", cron = "0 5 * * *" }
event "each_job" { title = "Beräkna varje", job = "compute", cron = "0 5 * * *", catch_up = "each" }
event "skip_job" { title = "Beräkna hoppa", job = "compute", cron = "0 5 * * *", catch_up = "skip" }
LUA
run validate "$C"
check_rc 0 "jobs with catch_up validate"
for j in once_job each_job skip_job; do
  STYR_NOW=2019-09-27T12:00:00Z run run "$j" --config "$C" --db "$DB"
  check_rc 0 "styr run $j (the last run before the machine goes off)"
done
check_contains "$ERR" "styr[" "the log lines name styr and its pid"
check_contains "$ERR" "]: info: job skip_job: succeeded" "the log line says level and outcome"
check_eq "$(hist "$C" "$DB" once_job)" "succeeded manual -" "a manual run is recorded with trigger manual"

# Off from 27 September noon to 1 October midnight: 28, 29 and 30 September at 05:00 are missed.
STYR_NOW=2019-10-01T00:00:00Z run due --config "$C" --db "$DB"
check_rc 0 "styr due after three missed slots"
check_eq "$(hist "$C" "$DB" once_job | tail -n +2)" "succeeded catch-up 2019-09-30T03:00:00Z" \
  "default policy: one catch-up run for the three missed slots"
check_eq "$(hist "$C" "$DB" each_job | tail -n +2 | tr '\n' '|')" \
  "succeeded catch-up 2019-09-28T03:00:00Z|succeeded catch-up 2019-09-29T03:00:00Z|succeeded catch-up 2019-09-30T03:00:00Z|" \
  "catch_up = each: three catch-up runs, one per missed slot, in order"
check_eq "$(hist "$C" "$DB" skip_job | tail -n +2)" "skipped catch-up 2019-09-30T03:00:00Z" \
  "catch_up = skip: no run, a skipped record"
run history --config "$C" --db "$DB" --job skip_job
check_contains "$OUT" "3 missed slots skipped (catch_up = \"skip\")" "history says why the skip job did not run"
check_contains "$OUT" "[catch-up]" "history shows the trigger"
check_contains "$(STYR_NOW=2019-10-01T00:00:00Z "$STYR" due --config "$C" --db "$DB" 2>&1)" "nothing was due" \
  "a second pass at the same time finds nothing due"
check_eq "$(hist "$C" "$DB" each_job | wc -l | tr -d ' ')" "4" "and runs nothing again"
# The next slot, on time, runs every job once with trigger schedule (the skip job too).
STYR_NOW=2019-10-01T03:20:00Z run due --config "$C" --db "$DB"
check_rc 0 "styr due 20 minutes after the next slot"
for j in once_job each_job skip_job; do
  check_eq "$(hist "$C" "$DB" "$j" | tail -n 1)" "succeeded schedule 2019-10-01T03:00:00Z" "$j runs on time with trigger schedule"
done
run status --config "$C" --db "$DB" --json
check_rc 0 "styr status --json"
check_contains "$OUT" '"job":"each_job","type":"compute","schedule":"cron 0 5 * * *","catch_up":"each"' "status lists each job"
check_contains "$OUT" '"next_local":"2019-10-02 05:00","due_now":false,"last_run":"2019-10-01T03:20:00Z","last_outcome":"succeeded","last_trigger":"schedule"' \
  "status gives the next due time and the last outcome"
check_contains "$OUT" '"scheduler":{"running":false' "status: no scheduler is running"
STYR_NOW=2019-10-03T12:00:00Z run status --config "$C" --db "$DB"
check_contains "$OUT" "once_job         compute  cron 0 5 * * *         next due now (2019-10-02 05:00)" "status shows a job that is due now"

# ---- daylight-saving days in Stockholm -----------------------------------------------------------
D="$TMP/dst"
DDB="$TMP/dst.db"
base_config "$D" <<'LUA'
event "natt" { title = "Nattjobb", job = "compute", cron = "30 2 * * *" }
LUA
STYR_NOW=2020-03-28T02:00:00Z run run natt --config "$D" --db "$DDB"
# 29 March 2020: 02:30 does not exist; the job runs once, at 03:00 CEST (01:00 UTC).
STYR_NOW=2020-03-29T00:45:00Z run due --config "$D" --db "$DDB"
check_contains "$ERR" "nothing was due" "spring forward: not yet at 01:45 CET"
STYR_NOW=2020-03-29T01:05:00Z run due --config "$D" --db "$DDB"
STYR_NOW=2020-03-29T01:40:00Z run due --config "$D" --db "$DDB"
check_eq "$(hist "$D" "$DDB" natt | tail -n +2 | tr '\n' '|')" "succeeded schedule 2020-03-29T01:00:00Z|" \
  "spring forward: the 02:30 job runs once, at the end of the gap"
# 25 October 2020: 02:30 happens twice; the job runs at the first one only.
STYR_NOW=2020-10-24T02:00:00Z run run natt --config "$D" --db "$DDB"
STYR_NOW=2020-10-25T00:35:00Z run due --config "$D" --db "$DDB"
STYR_NOW=2020-10-25T01:35:00Z run due --config "$D" --db "$DDB"
check_contains "$ERR" "nothing was due" "autumn back: the second 02:30 finds nothing due"
check_eq "$(hist "$D" "$DDB" natt | tail -n 2 | tr '\n' '|')" "succeeded manual -|succeeded schedule 2020-10-25T00:30:00Z|" \
  "autumn back: the 02:30 job runs once, at the first 02:30"

# ---- a failing fetch stops its dependent report, not an unrelated one -------------------------------
F="$TMP/fail"
FDB="$TMP/fail.db"
base_config "$F" <<'LUA'
source "kolada" { kind = "kolada", url = "http://127.0.0.1:9/v3", kpis = { a = "N00945" }, years = { from = 2018, to = 2019 } }
event "hamta" { title = "Hämta Kolada", job = "fetch", fetch = { "kolada" }, cron = "0 5 * * *" }
event "rapport_kolada" { title = "Rapport på Kolada", job = "report", report = "uppf", needs = { "hamta" },
                         cron = "0 5 * * *", out = "ut/kolada" }
event "rapport_egen" { title = "Egen rapport", job = "report", report = "uppf", cron = "0 5 * * *", out = "ut/egen" }
event "efter" { title = "Efter rapporten", job = "custom", needs = { "rapport_kolada" }, cron = "0 5 * * *",
                run = function(ctx) ctx.log("körs inte") end }
LUA
STYR_NOW=2019-10-01T03:05:00Z run due --config "$F" --db "$FDB"
check_rc 1 "styr due exits 1 when a job failed"
DUE_LOG=$ERR
# A fetch job is tried three times by default (its retry policy); on a clock fixed by STYR_NOW the
# back-off between attempts is not waited.
check_eq "$(hist "$F" "$FDB" hamta)" "$(printf 'failed schedule 2019-10-01T03:00:00Z\nfailed schedule 2019-10-01T03:00:00Z\nfailed schedule 2019-10-01T03:00:00Z')" \
  "the fetch job failed, three times (the default retry policy of fetch jobs)"
check_eq "$(hist "$F" "$FDB" rapport_kolada)" "skipped schedule 2019-10-01T03:00:00Z" "its dependent report did not run"
check_eq "$(hist "$F" "$FDB" efter)" "skipped schedule 2019-10-01T03:00:00Z" "nor the job that needs the report"
check_eq "$(hist "$F" "$FDB" rapport_egen)" "succeeded schedule 2019-10-01T03:00:00Z" "the unrelated report ran"
check_file "$F/ut/egen/uppf.html" "the unrelated report was written into its out folder"
if [ -e "$F/ut/kolada/uppf.html" ]; then not_ok "the dependent report was not written"; else ok "the dependent report was not written"; fi
run history --config "$F" --db "$FDB" --job rapport_kolada
check_contains "$OUT" "not run: it needs 'hamta', whose newest run failed" "history says why the report did not run"
run history --config "$F" --db "$FDB" --failed --json
check_contains "$OUT" '"command":"fetch kolada","source":"kolada","trigger":"schedule"' "the source's own run records the trigger"
check_contains "$OUT" '"command":"job hamta @2019-10-01T03:00:00Z","source":"job:hamta","trigger":"schedule"' "the failed job is listed by --failed"
check_contains "$DUE_LOG" "error: job hamta: failed" "the log says the fetch failed"
check_contains "$DUE_LOG" "warn: job rapport_kolada: not run: it needs 'hamta'" "the log says why the report was stopped"
# A manual run of the report still works (the administrator asked for it), with a warning.
STYR_NOW=2019-10-01T04:00:00Z run run rapport_kolada --config "$F" --db "$FDB"
check_rc 0 "styr run of a job whose need failed runs it anyway"
check_contains "$ERR" "whose newest run failed; running it anyway" "and warns"

# ---- configuration errors of jobs ---------------------------------------------------------------------
E="$TMP/errors"
base_config "$E" <<'LUA'
event "a1" { title = "A", job = "compute", cron = "0 5 * * *", needs = { "b1" } }
event "b1" { title = "B", job = "compute", cron = "0 5 * * *", needs = { "a1" } }
event "c1" { title = "C", job = "compute", cron = "0 5 * * *", needs = { "hamtaa" } }
event "d1" { title = "D", job = "compute", cron = "0 5 * * *", catch_up = "twice" }
event "e1" { title = "E", job = "report", report = "uppf", cron = "0 5 * * *", out = "../ut" }
event "f1" { title = "F", job = "compute", cron = "0 5 * * *", run = function() end }
event "g1" { title = "G", job = "custom", cron = "0 5 * * *" }
event "h1" { title = "H", body = "AMN", date = "2019-05-01", needs = { "a1" } }
event "hamta" { title = "Hämta", job = "compute", cron = "0 5 * * *", needs = { "hamta" } }
LUA
run validate "$E"
check_rc 3 "job errors are configuration errors"
check_contains "$ERR" "init.lua:7: event 'a1': needs form a cycle (a1 → b1 → a1)" "a cycle is named with file:line"
check_contains "$ERR" "init.lua:9: event 'c1': needs refers to an unknown job 'hamtaa' (did you mean 'hamta'?)" "an unknown need"
check_contains "$ERR" "init.lua:10: event 'd1': catch_up 'twice' is not one of once, each, skip" "a bad catch_up"
check_contains "$ERR" "init.lua:11: event 'e1': out must stay inside the configuration folder" "out outside the folder"
check_contains "$ERR" "init.lua:12: event 'f1': run is the code of a custom job" "run on a compute job"
check_contains "$ERR" "init.lua:13: event 'g1': a custom job needs run = function(ctx)" "a custom job without run"
check_contains "$ERR" "init.lua:14: event 'h1': needs is for jobs only" "needs on a meeting"
check_contains "$ERR" "init.lua:15: event 'hamta': needs itself" "a job that needs itself"
run due --config "$E" --db "$TMP/errors.db"
check_rc 3 "styr due refuses a configuration with problems"
check_contains "$ERR" "error: $E/init.lua:7: event 'a1': needs form a cycle" "and logs them"
run run nosuch --config "$C" --db "$DB"
check_rc 2 "styr run of an unknown job is a usage error"
check_contains "$ERR" "has no job named 'nosuch'; it has: once_job, each_job, skip_job" "and names the jobs"
run run each_jobb --config "$C" --db "$DB"
check_contains "$ERR" "(did you mean 'each_job'?)" "with a suggestion"
run --log-level loud due --config "$C" --db "$DB"
check_rc 2 "a bad --log-level is a usage error"
STYR_NOW=2019-10-01T03:25:00Z run --log-level warn due --config "$C" --db "$DB"
check_eq "$ERR" "" "--log-level warn hides info lines"

# ---- a custom job: sandbox, budget, read-only context ---------------------------------------------
K="$TMP/custom"
KDB="$TMP/custom.db"
base_config "$K" <<'LUA'
event "berakna" { title = "Beräkna", job = "compute", cron = "0 5 * * *" }
event "titta" { title = "Titta", job = "custom", cron = "0 5 * * *", needs = { "berakna" },
  run = function(ctx)
    local rows = ctx.latest("a")
    ctx.log("värden", #rows, rows[1].period, string.format("%g", rows[1].value), ctx.trigger, ctx.municipality.name)
    return "läste " .. #rows .. " värden"
  end }
event "skriv" { title = "Skriv", job = "custom", cron = "0 5 * * *", run = function(ctx) ctx.now = "x" end }
event "evig" { title = "Evig", job = "custom", cron = "0 5 * * *", run = function() while true do end end }
event "os" { title = "OS", job = "custom", cron = "0 5 * * *", run = function() return io.open("/etc/passwd") end }
indicator "dubbel" { title = "Dubbelt A", unit = "count", inputs = { a = "a" }, formula = function(v) return v.a * 2 end }
LUA
STYR_NOW=2019-10-01T03:05:00Z run --max-instructions 5000000 due --config "$K" --db "$KDB"
check_rc 1 "styr due with failing custom jobs exits 1"
check_contains "$ERR" "info: job titta: värden 1 2018 5 schedule Testkommun" "a custom job reads the store and the context"
check_eq "$(hist "$K" "$KDB" titta)" "succeeded schedule 2019-10-01T03:00:00Z" "and succeeds after the job it needs"
check_contains "$(sqlite3 "$KDB" "SELECT error FROM runs WHERE source = 'job:skriv'")" "init.lua:14: ctx is read-only (cannot set 'now')" \
  "the context is read-only (file:line)"
check_contains "$(sqlite3 "$KDB" "SELECT error FROM runs WHERE source = 'job:evig'")" "init.lua:15: instruction budget of 5000000 exceeded" \
  "an endless custom job is stopped at its budget (file:line)"
check_contains "$(sqlite3 "$KDB" "SELECT error FROM runs WHERE source = 'job:os'")" "unknown name 'io'" "a custom job runs in the sandbox"
check_eq "$(hist "$K" "$KDB" os)" "failed schedule 2019-10-01T03:00:00Z" "the sandboxed job failed alone; the others ran"
check_eq "$(sqlite3 "$KDB" "SELECT o.value FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = 'dubbel' AND o.period = '2018'")" \
  "10.0" "the compute job computed the formula indicator"

# ---- locks: an overlapping due, a second daemon, a stale lock -----------------------------------------
L="$TMP/lock"
LDB="$TMP/lock.db"
base_config "$L" <<'LUA'
event "berakna" { title = "Beräkna", job = "compute", cron = "0 5 * * *" }
LUA
# A daemon on a fixed clock runs what is due, then sleeps until a signal (the clock never moves).
STYR_NOW=2019-10-01T03:05:00Z "$STYR" daemon --config "$L" --db "$LDB" 2>"$TMP/lockd.log" &
LPID=$!
wait_for "grep -q 'daemon started' '$TMP/lockd.log' && grep -q 'succeeded' '$TMP/lockd.log'" "the daemon starts and runs the due job"
check_contains "$(cat "$LDB.lock")" "pid=$LPID" "the lock file names the daemon's pid"
check_contains "$(cat "$LDB.lock")" "command=daemon" "and its command"
STYR_NOW=2019-10-01T03:05:00Z run due --config "$L" --db "$LDB"
check_rc 0 "an overlapping styr due exits 0"
check_contains "$ERR" "another scheduler holds the lock: pid $LPID (daemon, started 2019-10-01T03:05:00Z); this pass is skipped" \
  "and says which process holds the lock"
STYR_NOW=2019-10-01T03:05:00Z run daemon --config "$L" --db "$LDB"
check_rc 1 "a second daemon exits 1"
check_contains "$ERR" "pid $LPID" "naming the first one's pid"
run history --config "$L" --db "$LDB" --json
check_contains "$OUT" '"command":"due","source":null,"trigger":"schedule","started":"2019-10-01T03:05:00Z","finished":"2019-10-01T03:05:00Z","outcome":"skipped"' \
  "the skipped pass is in the history"
check_contains "$OUT" '"command":"daemon"' "so is the refused daemon"
run status --config "$L" --db "$LDB"
check_contains "$OUT" "Scheduler: running, pid $LPID (daemon, started 2019-10-01T03:05:00Z)" "status shows the running scheduler"
kill -TERM "$LPID"
wait_for "! kill -0 $LPID 2>/dev/null" "the daemon stops on SIGTERM"
wait "$LPID"
RC=$?
check_eq "$RC" "0" "the idle daemon exits 0 on SIGTERM"
check_contains "$(cat "$TMP/lockd.log")" "daemon stopped (SIGTERM)" "and logs why"
check_eq "$(cat "$LDB.lock")" "" "a clean stop empties the lock file"
# A lock left by a process that was killed: not held, taken over, reported.
printf 'pid=999999\nstarted=2019-09-30T00:00:00Z\ncommand=daemon\n' >"$LDB.lock"
STYR_NOW=2019-10-02T03:05:00Z run due --config "$L" --db "$LDB"
check_rc 0 "styr due takes over a stale lock"
check_contains "$ERR" "took over a stale lock: pid 999999 (daemon, started 2019-09-30T00:00:00Z) ended without releasing it" \
  "and says whose"
check_eq "$(hist "$L" "$LDB" berakna | tail -n 1)" "succeeded schedule 2019-10-02T03:00:00Z" "the job ran"
ln -sf "$TMP/elsewhere" "$TMP/link.db.lock"
run due --config "$L" --db "$TMP/link.db"
check_rc 1 "a lock file that is a symbolic link is refused"
check_contains "$ERR" "symbolic link; refused" "with a message"

# ---- the daemon on a fast clock ------------------------------------------------------------------------
# Kolada fixtures for a slow fetch: the replay server delays each answer.
WWW="$TMP/www"
mkdir -p "$WWW/kolada/v3/kpi" "$WWW/kolada/v3/data/kpi/N00945/municipality/0580/year"
printf '{"count":1,"values":[{"id":"N00945","title":"A"}]}' >"$WWW/kolada/v3/kpi/N00945.json"
printf '{"count":1,"values":[{"kpi":"N00945","municipality":"0580","period":2019,"values":[{"gender":"T","value":7}]}]}' \
  >"$WWW/kolada/v3/data/kpi/N00945/municipality/0580/year/2019.json"
start_server "$WWW"
M="$TMP/daemon"
MDB="$TMP/daemon.db"
daemon_config() { # extra Lua on stdin
  base_config "$M" <<LUA
source "kolada" { kind = "kolada", url = "$BASE/fault/delay/1.5/kolada/v3", kpis = { a = "N00945" }, years = { from = 2019, to = 2019 } }
event "minut" { title = "Varje minut", job = "compute", cron = "* * * * *" }
LUA
  cat >>"$M/init.lua"
}
daemon_config </dev/null
count_runs() { sqlite3 "$MDB" "SELECT count(*) FROM runs WHERE source = 'job:$1' AND outcome = 'succeeded'" 2>/dev/null || echo 0; }
# 60 times as fast: a minute of the clock per second.
STYR_NOW=2019-10-01T00:00:00Z STYR_CLOCK_SPEED=60 "$STYR" --log-level debug --max-instructions 20000000 \
  daemon --config "$M" --db "$MDB" 2>"$TMP/daemon.log" &
DPID=$!
wait_for "[ \"\$(count_runs minut)\" -ge 3 ]" "the daemon runs the every-minute job again and again"
check_contains "$(cat "$TMP/daemon.log")" "fast clock from 2019-10-01T00:00:00Z at 60×" "the daemon says which clock it uses"
check_contains "$(cat "$TMP/daemon.log")" "debug: sleeping until 2019-10-01 02:0" "and (debug) when it wakes next"
check_eq "$(sqlite3 "$MDB" "SELECT count(DISTINCT command) = count(*) FROM runs WHERE source = 'job:minut'")" "1" \
  "each minute's slot runs once"
# A broken configuration: SIGHUP keeps the old one.
cp "$M/init.lua" "$TMP/good.lua"
printf 'event "trasig" { title = "Trasig", job = "compute", cron = "61 * * * *" }\n' >>"$M/init.lua"
kill -HUP "$DPID"
wait_for "grep -q 'keeping the configuration loaded at' '$TMP/daemon.log'" "SIGHUP with a broken configuration is logged"
check_contains "$(cat "$TMP/daemon.log")" "error: reload: $M/init.lua:" "the log names the broken file and line"
check_contains "$(cat "$TMP/daemon.log")" "minute: 61 is out of range" "and what is wrong"
# A syntax error, and invalid UTF-8: kept out too.
cp "$TMP/good.lua" "$M/init.lua"
printf 'event "x" { title = \n' >>"$M/init.lua"
kill -HUP "$DPID"
wait_for "[ \"\$(grep -c 'keeping the configuration loaded at' '$TMP/daemon.log')\" -ge 2 ]" "SIGHUP with a syntax error is logged"
check_contains "$(cat "$TMP/daemon.log")" "error: reload: $M/init.lua:10: unexpected symbol near <eof>" "the syntax error is named with file:line"
cp "$TMP/good.lua" "$M/init.lua"
printf -- '-- \377\376\n' >>"$M/init.lua"
kill -HUP "$DPID"
wait_for "[ \"\$(grep -c 'keeping the configuration loaded at' '$TMP/daemon.log')\" -ge 3 ]" "SIGHUP with invalid UTF-8 is logged"
check_contains "$(cat "$TMP/daemon.log")" "init.lua:9: invalid UTF-8" "the invalid UTF-8 is named with file:line"
# A configuration that never finishes loading is stopped at the instruction budget, and kept out too.
cp "$TMP/good.lua" "$M/init.lua"
printf 'local n = 0\nwhile true do n = n + 1 end\n' >>"$M/init.lua"
kill -HUP "$DPID"
wait_for "[ \"\$(grep -c 'keeping the configuration loaded at' '$TMP/daemon.log')\" -ge 4 ]" "SIGHUP with an endless configuration is logged"
check_contains "$(cat "$TMP/daemon.log")" "init.lua:10: instruction budget of 20000000 exceeded" "the endless loop is stopped at its line"
n=$(count_runs minut)
wait_for "[ \"\$(count_runs minut)\" -gt $n ]" "the old configuration goes on running after the failed reload"
if kill -0 "$DPID" 2>/dev/null; then ok "the daemon survives a broken configuration"; else not_ok "the daemon survives a broken configuration"; fi
# A fixed configuration with a slow fetch job: SIGHUP reloads it.
cp "$TMP/good.lua" "$M/init.lua"
printf 'event "slow" { title = "Långsam hämtning", job = "fetch", fetch = { "kolada" }, cron = "*/3 * * * *" }\n' >>"$M/init.lua"
kill -HUP "$DPID"
wait_for "grep -q 'reload: configuration reloaded (2 jobs)' '$TMP/daemon.log'" "SIGHUP with a fixed configuration reloads it"
# SIGTERM while the slow job runs: it finishes, the daemon exits 0.
wait_for "grep -q 'job slow: started' '$TMP/daemon.log'" "the new job starts"
kill -TERM "$DPID"
wait_for "! kill -0 $DPID 2>/dev/null" "the daemon stops after SIGTERM"
wait "$DPID"
RC=$?
check_eq "$RC" "0" "SIGTERM during a job: exit 0"
LOG=$(cat "$TMP/daemon.log")
check_contains "$LOG" "job slow: succeeded" "the running job finished"
check_contains "$(printf '%s\n' "$LOG" | sed -n '/job slow: succeeded/,$p')" "daemon stopped (SIGTERM)" "and then the daemon stopped"
check_eq "$(printf '%s\n' "$LOG" | sed -n '/job slow: succeeded/,$p' | grep -c 'started for')" "0" "no job started after SIGTERM"
check_eq "$(sqlite3 "$MDB" "SELECT count(*) FROM runs WHERE outcome = 'running' OR finished_at IS NULL")" "0" \
  "the history is complete: no run left open"
check_eq "$(hist "$M" "$MDB" slow | tail -n 1 | cut -d' ' -f1,2)" "succeeded schedule" "the slow job's run succeeded"
check_eq "$(sqlite3 "$MDB" "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.area = '0580' AND o.period = '2019' AND o.value = 7")" \
  "1" "and stored its value"
check_contains "$LOG" "styr[$DPID]: info: daemon started" "journal-friendly lines with the daemon's pid"

# A second SIGTERM aborts the running job: rolled back, recorded as failed, exit 1.
rm -f "$MDB" "$MDB-wal" "$MDB-shm"
daemon_config <<'LUA'
event "slow" { title = "Långsam hämtning", job = "fetch", fetch = { "kolada" }, cron = "*/3 * * * *" }
LUA
STYR_NOW=2019-10-01T00:00:00Z STYR_CLOCK_SPEED=60 "$STYR" daemon --config "$M" --db "$MDB" 2>"$TMP/daemon2.log" &
DPID=$!
wait_for "grep -q 'job slow: started' '$TMP/daemon2.log'" "the slow job starts"
kill -TERM "$DPID"
sleep 0.2
kill -TERM "$DPID"
wait_for "! kill -0 $DPID 2>/dev/null" "the daemon stops after a second SIGTERM"
wait "$DPID"
RC=$?
check_eq "$RC" "1" "a second SIGTERM aborts: exit 1"
check_contains "$(cat "$TMP/daemon2.log")" "job slow: aborted" "the log says the job was aborted"
check_eq "$(hist "$M" "$MDB" slow | cut -d' ' -f1,2)" "failed schedule" "history: the aborted job failed"
check_contains "$(sqlite3 "$MDB" "SELECT error FROM runs WHERE source = 'job:slow'")" "aborted by a second stop signal; its transaction was rolled back" \
  "and says it was aborted"
check_eq "$(sqlite3 "$MDB" "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.area = '0580' AND o.period = '2019'")" \
  "0" "nothing of the aborted fetch was stored"
check_eq "$(sqlite3 "$MDB" "SELECT count(*) FROM runs WHERE outcome = 'running' OR finished_at IS NULL")" "0" "no run left open"
check_eq "$(sqlite3 "$MDB" "PRAGMA integrity_check")" "ok" "the database is intact"

# kill -9 during a job: the next scheduler takes the stale lock over and records the interrupted
# run as failed; nothing of it was stored.
rm -f "$MDB" "$MDB-wal" "$MDB-shm"
STYR_NOW=2019-10-01T00:00:00Z STYR_CLOCK_SPEED=60 "$STYR" daemon --config "$M" --db "$MDB" 2>"$TMP/daemon3.log" &
DPID=$!
wait_for "grep -q 'job slow: started' '$TMP/daemon3.log'" "the slow job starts again"
kill -KILL "$DPID"
wait "$DPID" 2>/dev/null
check_eq "$(sqlite3 "$MDB" "SELECT outcome FROM runs WHERE source = 'job:slow'")" "running" "a killed daemon leaves its run open"
STYR_NOW=2019-10-01T00:01:00Z run due --config "$M" --db "$MDB"
check_contains "$ERR" "took over a stale lock: pid $DPID (daemon, started 2019-10-01T00:00:" "the next due takes over the killed daemon's lock"
check_contains "$ERR" "job slow @2019-10-01T00:00:00Z (started 2019-10-01T00:00:" "and closes its open run"
check_eq "$(hist "$M" "$MDB" slow | head -n 1)" "failed schedule 2019-10-01T00:00:00Z" "the interrupted run is recorded as failed"
check_contains "$(sqlite3 "$MDB" "SELECT error FROM runs WHERE source = 'job:slow' ORDER BY id LIMIT 1")" "interrupted: the scheduler stopped during the run" \
  "with the reason"
check_eq "$(sqlite3 "$MDB" "SELECT count(*) FROM runs WHERE outcome = 'running'")" "0" "no run is left open"
check_eq "$(sqlite3 "$MDB" "PRAGMA integrity_check")" "ok" "the database is intact after kill -9"

# ---- deployment files ----------------------------------------------------------------------------------
DEP="$ROOT/examples/deploy"
for f in styr-due.service styr-due.timer styr-daemon.service crontab; do check_file "$DEP/$f" "examples/deploy/$f exists"; done
check_contains "$(cat "$DEP/styr-due.timer")" "Persistent=true" "the timer catches up after downtime (Persistent=true)"
check_contains "$(cat "$DEP/styr-due.service")" "Type=oneshot" "styr due runs as a oneshot service"
check_contains "$(cat "$DEP/styr-due.service")" " due --config " "which runs styr due"
check_contains "$(cat "$DEP/styr-daemon.service")" "Restart=on-failure" "the daemon restarts on failure"
check_contains "$(cat "$DEP/styr-daemon.service")" "ExecReload=/bin/kill -HUP \$MAINPID" "systemctl reload sends SIGHUP"
check_contains "$(cat "$DEP/styr-daemon.service")" " daemon --config " "which runs styr daemon"
check_contains "$(grep -v '^#' "$DEP/crontab")" "/usr/local/bin/styr due --config" "the crontab line runs styr due"
check_eq "$(grep -v '^#' "$DEP/crontab" | grep -c '^\*/5 \* \* \* \* ')" "1" "every five minutes"
if command -v systemd-analyze >/dev/null 2>&1; then
  U="$TMP/units"
  mkdir -p "$U"
  cp "$DEP/styr-due.service" "$DEP/styr-due.timer" "$DEP/styr-daemon.service" "$U/"
  sed -i "s#/usr/local/bin/styr#$STYR#" "$U/styr-due.service" "$U/styr-daemon.service"
  VERIFY=$(cd "$U" && systemd-analyze verify ./styr-due.service ./styr-due.timer ./styr-daemon.service 2>&1)
  RC=$?
  check_eq "$RC:$VERIFY" "0:" "systemd-analyze verify accepts the units without a remark"
else
  echo "skip - systemd-analyze is not installed; the keys were checked above"
fi
