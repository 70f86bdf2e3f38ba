#!/bin/sh
# Hardening (docs/reliability.md): a configuration cannot hang styr, write outside its folder, or
# store what it did not validate; a hostile server cannot stall a fetch; a run killed with -9
# leaves no temporary file behind for long; every limit error ends like the other configuration
# errors. The repros are tests/fuzz/corpus/config/hole-*.lua, which the fuzz harness replays too.
# Timings are printed ("# …"), never asserted: the checks are exit codes, messages, attempt counts,
# files and database rows.
. "$(dirname "$0")/lib.sh"
HOLES="$ROOT/tests/fuzz/corpus/config"

# hole NAME: the configuration folder $TMP/NAME whose init.lua is the repro hole-NAME.lua.
hole() {
  rm -rf "${TMP:?}/$1"
  mkdir -p "$TMP/$1"
  cp "$HOLES/hole-$1.lua" "$TMP/$1/init.lua"
}

# timed ARGS…: run, with a 120 s guard so that a hang fails the test instead of stalling the
# suite (exit 124 then); prints how long it took.
timed() {
  t0=$(date +%s%N)
  timeout 120 "$STYR" "$@" >"$TMP/.stdout" 2>"$TMP/.stderr"
  RC=$?
  OUT=$(cat "$TMP/.stdout")
  ERR=$(cat "$TMP/.stderr")
  echo "# styr $*: exit $RC after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

# ---- 1. A finalizer through the engine's metatable of missing values ---------------------------
hole finalizer-through-missing
D="$TMP/finalizer-through-missing"
timed --max-seconds 5 validate "$D"
check_rc 3 "finalizer: refused"
check_contains "$ERR" "$D/init.lua:6: attempt to index a string value (local 'mt')" "finalizer: the line that reaches for the metatable fails, named"
check_contains "$ERR" "styr: $D: 1 problem" "finalizer: the closing line of a configuration error"
check_not_contains "$OUT" "valid" "finalizer: not reported valid"

# What getmetatable gives a configuration for the engine's values: a name, never the table; and a
# print finalizer cannot be smuggled in to run after "valid".
make_config "$TMP/seal" <<'LUA'
print(getmetatable(missing("x")))
local ok = pcall(function() getmetatable(missing("x")).__gc = function() print("ran after the load") end end)
print("set __gc:", ok)
local own = setmetatable({}, { __index = function() return 1 end })
print("own metatable:", type(getmetatable(own)))
LUA
timed validate "$TMP/seal"
check_rc 0 "seal: the configuration is valid"
check_contains "$ERR" "seal/init.lua:4: missing value" "seal: getmetatable(missing(…)) is the string \"missing value\""
check_contains "$ERR" "set __gc:	false" "seal: a finalizer cannot be added"
check_contains "$ERR" "own metatable:	table" "seal: a configuration's own metatables are its own"
check_not_contains "$ERR" "ran after the load" "seal: no configuration code runs after the load"

# ---- 2. One C call that backtracks for years ----------------------------------------------------
hole pattern-backtracking
D="$TMP/pattern-backtracking"
timed --max-seconds 5 validate "$D"
check_rc 3 "pattern: stopped"
check_contains "$ERR" "$D/init.lua:4: string.find: the pattern has 12 repetitions" "pattern: refused at its line"
check_contains "$ERR" "styr: $D: 1 problem" "pattern: the closing line"

# Within the repetition limit the same call still runs for hours: the watchdog ends it at the
# time limit, with the line and the closing line, and the report writes and stores nothing.
make_config "$TMP/pattern6" <<'LUA'
report "r" { title = "R", year = 2019 }
local x = ("a"):rep(3000):find(("a*"):rep(6) .. "b")
LUA
timed --max-seconds 2 report r --config "$TMP/pattern6" --out "$TMP/pattern6-out" --db "$TMP/pattern6.db"
check_rc 3 "watchdog: the run ends with a configuration error"
check_contains "$ERR" "pattern6/init.lua:5: time limit of 2 s for configuration code exceeded inside string.find" "watchdog: names the line and the call"
check_contains "$ERR" "styr: $TMP/pattern6: 1 problem" "watchdog: the closing line"
if [ -e "$TMP/pattern6-out" ]; then not_ok "watchdog: nothing written"; else ok "watchdog: nothing written"; fi

# ---- 3. A report job's out folder through a symbolic link out of the configuration -------------
hole report-job-symlink
D="$TMP/report-job-symlink"
mkdir -p "$TMP/elsewhere"
ln -s "$TMP/elsewhere" "$D/rap"
timed run j --config "$D"
check_rc 1 "symlink: the job fails"
check_contains "$ERR" "$D/init.lua:9: event 'j': out: $D/rap: leads outside $D (a symbolic link to $TMP/elsewhere); refused" "symlink: refused with the event's file:line"
check_eq "$(ls -A "$TMP/elsewhere")" "" "symlink: nothing written outside the configuration folder"
check_contains "$(sqlite3 "$D/styr.db" "SELECT outcome || ' ' || coalesce(error, message) FROM runs ORDER BY id DESC LIMIT 1")" "failed" "symlink: the run history records the failure"
# A link to a folder inside the configuration is followed, as include follows one.
rm "$D/rap"
mkdir -p "$D/inside"
ln -s inside "$D/rap"
timed run j --config "$D"
check_rc 0 "symlink inside: the job runs"
check_file "$D/inside/r.csv" "symlink inside: the report is written inside"
# A job's '..' is refused when the configuration is checked.
sed 's/out = "rap"/out = "..\/up"/' "$HOLES/hole-report-job-symlink.lua" >"$D/init.lua"
timed validate "$D"
check_rc 3 "out with '..': refused"
check_contains "$ERR" "init.lua:9: event 'j': out must stay inside the configuration folder (no '..')" "out with '..': names the line"

# ---- 4. What is validated is what is stored ------------------------------------------------------
hole pairs-validated-not-stored
D="$TMP/pairs-validated-not-stored"
timed report r --config "$D" --out "$TMP/pairs-out" --db "$TMP/pairs.db"
check_rc 3 "__pairs: refused"
check_contains "$ERR" "$D/init.lua:11: indicator 'a': values has a metatable; styr reads data only from plain tables" "__pairs: names the line and the field"
if [ -e "$TMP/pairs.db" ] && [ "$(sqlite3 "$TMP/pairs.db" "SELECT count(*) FROM observations")" != 0 ]; then
  not_ok "__pairs: nothing stored"
else
  ok "__pairs: nothing stored"
fi
if [ -e "$TMP/pairs-out" ]; then not_ok "__pairs: nothing written"; else ok "__pairs: nothing written"; fi

# A consistent __pairs (every pass shows the same) is refused too: its values would be NULL.
make_config "$TMP/pairs2" <<'LUA'
local shown = { [2018] = 10, [2019] = 12 }
local values = setmetatable({}, { __pairs = function() return next, shown, nil end })
indicator "a" { title = "A", unit = "persons", direction = "decrease", values = values }
LUA
timed validate "$TMP/pairs2"
check_rc 3 "consistent __pairs: refused"
check_contains "$ERR" "pairs2/init.lua:6: indicator 'a': values has a metatable" "consistent __pairs: names the line"

# A plain table changed after its declaration: the engine's copy is the one validated and stored.
hole changed-after-declaration
D="$TMP/changed-after-declaration"
timed report r --config "$D" --out "$TMP/changed-out" --db "$TMP/changed.db"
check_rc 0 "changed after declaration: renders"
check_eq "$(sqlite3 "$TMP/changed.db" "SELECT group_concat(o.period || '=' || coalesce(o.value, o.status || ':' || o.note), ' ') FROM (SELECT * FROM observations ORDER BY period) o")" \
  "2017=missing:not yet published 2018=10.0 2019=12.0" "changed after declaration: exactly the declared periods and values are stored"
check_eq "$(head -n 1 "$TMP/changed-out/r.csv" | tr ',' '\n' | grep -c '^value_')" "3" "changed after declaration: the CSV has the three declared years"
check_not_contains "$(cat "$TMP/changed-out/r.csv")" "1e+15" "changed after declaration: no period added later is shown"

# ---- 5. The nesting error names its line ---------------------------------------------------------
hole nested-300
D="$TMP/nested-300"
timed validate "$D"
check_rc 3 "300 levels: a configuration error"
check_contains "$ERR" "$D/init.lua:4: the code is nested too deeply for Lua's parser (C stack overflow)" "300 levels: names the file and line"

# ---- 6. Every limit error ends like the others ---------------------------------------------------
make_config "$TMP/loop" <<'LUA'
while true do end
LUA
timed --max-instructions 1000000 report r --config "$TMP/loop" --out "$TMP/loop-out" --db "$TMP/loop.db"
check_rc 3 "instruction budget: a configuration error"
check_contains "$ERR" "loop/init.lua:4: instruction budget of 1000000 exceeded" "instruction budget: names the line"
check_contains "$ERR" "styr: $TMP/loop: 1 problem" "instruction budget: the closing line"
make_config "$TMP/slow" <<'LUA'
for i = 1, 1e9 do ("x("):rep(4096) end
LUA
timed --max-seconds 1 validate "$TMP/slow"
check_rc 3 "time limit: a configuration error"
check_contains "$ERR" "slow/init.lua:4: time limit of 1 s" "time limit: names the line"
check_contains "$ERR" "styr: $TMP/slow: 1 problem" "time limit: the closing line"
make_config "$TMP/grow" <<'LUA'
local t = {}
for i = 1, math.maxinteger do t[i] = ("x"):rep(64) .. i end
LUA
timed --max-memory 16 validate "$TMP/grow"
check_rc 3 "memory cap: a configuration error"
check_contains "$ERR" "memory limit of 16 MiB exceeded" "memory cap: says which limit"
check_contains "$ERR" "styr: $TMP/grow: 1 problem" "memory cap: the closing line"

# ---- 7. Leftovers of a run killed with -9 --------------------------------------------------------
CFG="$TMP/kill"
{
  i=0
  while [ $i -lt 150 ]; do
    echo "indicator \"i$i\" { title = \"I$i\", unit = \"persons\", direction = \"decrease\", targets = { [2019] = 100 }, values = { [2016] = 101, [2017] = 102, [2018] = 103, [2019] = $i } }"
    i=$((i + 1))
  done
  printf 'goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = {'
  i=0; while [ $i -lt 150 ]; do printf ' "i%d",' $i; i=$((i + 1)); done
  echo ' } }'
  echo 'report "r" { title = "R", year = 2019, formats = { "html", "csv", "xlsx", "json", "md" } }'
} | make_config "$CFG"
ODIR="$TMP/kill-out"
timed report r --config "$CFG" --out "$ODIR" --db "$TMP/kill.db"
check_rc 0 "kill -9: a normal run renders"
# What a process killed mid-write leaves: its temporary file, named with its pid.
sh -c 'echo "half a report" >"$1/.r.html.tmp-$$"; exec sleep 60' sh "$ODIR" &
victim=$!
i=0
while [ $i -lt 100 ] && ! [ -e "$ODIR/.r.html.tmp-$victim" ]; do sleep 0.05; i=$((i + 1)); done
kill -9 "$victim"
wait "$victim" 2>/dev/null
check_file "$ODIR/.r.html.tmp-$victim" "kill -9: the killed writer left its temporary file"
# styr itself killed with -9 at several moments of a report.
left=0
for delay in 0.05 0.1 0.15 0.2 0.25 0.3 0.4 0.5; do
  "$STYR" report r --config "$CFG" --out "$ODIR" --db "$TMP/kill.db" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  left=$((left + $(ls -A "$ODIR" | grep -c '\.tmp-')))
done
echo "# kill -9 during report: $left temporary files were left before the next run"
timed report r --config "$CFG" --out "$ODIR" --db "$TMP/kill.db"
check_rc 0 "kill -9: the next normal run renders"
check_eq "$(ls -A "$ODIR" | grep -c '\.tmp-')" "0" "kill -9: no .tmp- file remains after the next run"
check_eq "$(sqlite3 "$TMP/kill.db" "PRAGMA integrity_check")" "ok" "kill -9: the store is intact"

# ---- 8. A fetch rolled back on a full disk records that it stored nothing ------------------------
CFG="$TMP/full"
make_config "$CFG" <<'LUA'
indicator "cost" { title = "Kostnad", unit = "sek", direction = "decrease" }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "cost" } }
source "reg" { kind = "csv", file = "cost.csv", columns = { area = "area", period = "year" }, values = { cost = "cost" } }
LUA
/usr/bin/python3 -c '
print("area,year,cost")
for a in range(2000):
    for y in (2018, 2019):
        print("%04d,%d,%d" % (a, y, a * 7 + y))' >"$CFG/cost.csv"
timed fetch --config "$CFG" --db "$TMP/full.db"
check_rc 0 "full disk: the fetch stores 4000 values on a disk with room"
sqlite3 "$TMP/full.db" "DELETE FROM observations; DELETE FROM runs; DELETE FROM fetch_state; VACUUM;" 2>/dev/null ||
  sqlite3 "$TMP/full.db" "DELETE FROM observations; DELETE FROM runs; VACUUM;"
# The file size limit makes the store's writes fail, as a full disk does, while the small run
# record still fits.
bash -c 'ulimit -f 256; trap "" XFSZ; exec "$0" "$@"' "$STYR" fetch --config "$CFG" --db "$TMP/full.db" >"$TMP/.stdout" 2>"$TMP/.stderr"
RC=$?
ERR=$(cat "$TMP/.stderr")
check_rc 1 "full disk: the fetch fails"
check_contains "$ERR" "storing failed, nothing was stored" "full disk: says nothing was stored"
check_eq "$(sqlite3 "$TMP/full.db" "SELECT count(*) FROM observations")" "0" "full disk: no value stored"
check_eq "$(sqlite3 "$TMP/full.db" "SELECT outcome || ' ' || n_new || ' ' || n_changed || ' ' || n_unchanged FROM runs ORDER BY id DESC LIMIT 1")" \
  "failed 0 0 0" "full disk: the run history records a failure that stored nothing"
run history --config "$CFG" --db "$TMP/full.db"
check_contains "$OUT" "failed     0 new, 0 changed, 0 unchanged" "full disk: styr history says 0 new"

# ---- 9. Network budgets against a hostile server: a source with timeout = 10 --------------------
WWW="$TMP/www"
mkdir -p "$WWW/kolada/v3/kpi"
printf '{"count":1,"values":[{"id":"N00945","title":"VAB"}]}' >"$WWW/kolada/v3/kpi/N00945.json"
start_server "$WWW"
# netsource DIR URL: a configuration whose Kolada source, with timeout = 10, fetches from URL.
netsource() {
  make_config "$1" <<LUA
indicator "vab" { title = "VAB", unit = "percent", direction = "increase" }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "vab" } }
source "kolada" { kind = "kolada", url = "$2", kpis = { vab = "N00945" }, years = { 2019 }, timeout = 10 }
LUA
}
# A server that answers 429 with Retry-After: 999999999 every time: each wait is clamped to the
# source's timeout (10 s), and the source's deadline (twice its timeout) leaves room for two
# attempts.
netsource "$TMP/retry" "$BASE/fault/retry/429/seconds:999999999/99/kolada/v3"
timed fetch --config "$TMP/retry" --db "$TMP/retry.db"
check_rc 1 "Retry-After 999999999: the fetch fails"
check_contains "$ERR" "failed after 2 attempts: HTTP 429" "Retry-After 999999999: two attempts"
check_contains "$ERR" "no more attempts: the fetch's deadline (20 s from its first attempt) is reached (the server asked to wait with Retry-After)" "Retry-After 999999999: says the deadline ended it"
check_eq "$(sqlite3 "$TMP/retry.db" "SELECT outcome || ' ' || attempts FROM runs ORDER BY id DESC LIMIT 1")" "failed 2" "Retry-After 999999999: the run history records 2 attempts"
# A server that trickles one byte a second: each attempt ends at the timeout, and the deadline
# ends the fetch.
netsource "$TMP/trickle" "$BASE/fault/slow/kolada/v3"
timed fetch --config "$TMP/trickle" --db "$TMP/trickle.db"
check_rc 1 "1 byte/s: the fetch fails"
check_contains "$ERR" "failed after 2 attempts: Timeout was reached" "1 byte/s: two attempts, each timed out"
check_contains "$ERR" "the fetch's deadline (" "1 byte/s: says the deadline ended it"
check_eq "$(sqlite3 "$TMP/trickle.db" "SELECT outcome || ' ' || attempts FROM runs ORDER BY id DESC LIMIT 1")" "failed 2" "1 byte/s: the run history records 2 attempts"
