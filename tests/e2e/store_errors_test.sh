#!/bin/sh
# Every failure of the store reaches the user as one clear message and exit code 1 (README, "Exit
# codes"), never as a fault in styr (70) or a configuration error (3), and leaves the store as it
# was: another process holding the write lock while report, compute, fetch or a job runs (with a
# short STYR_BUSY_TIMEOUT_MS), a full disk during compute and report, and a file that is not a
# styr database or was written by a newer styr, whatever the command.
. "$(dirname "$0")/lib.sh"

CFG="$TMP/cfg"
DB="$TMP/styr.db"
write_cfg() { # value of a for 2018
  mkdir -p "$CFG"
  printf 'year;cost\n2018;80000000\n2019;64000000\n' >"$CFG/cost.csv"
  make_config "$CFG" <<LUA
indicator "a" { title = "A", unit = "persons", direction = "increase", values = { [2017] = 150, [2018] = $1 } }
indicator "cost" { title = "Cost", unit = "sek" }
source "reg" { kind = "csv", file = "cost.csv", columns = { period = "year" }, values = { cost = "cost" } }
indicator "per_msek" { title = "Per MSEK", unit = "per_msek", direction = "increase",
  inputs = { a = "a", cost = "cost" }, formula = function(v, ctx) return ctx.per_msek(v.a, v.cost) end }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a", "per_msek" } }
report "r" { title = "R", year = 2019 }
event "rakna" { title = "Räkna", kind = "job", job = "compute", cron = "0 5 * * *" }
LUA
}
# Everything the store holds, to compare before and after.
dump() {
  sqlite3 "$DB" "SELECT * FROM indicators; SELECT * FROM series; SELECT * FROM observations;
    SELECT * FROM computed_inputs; SELECT * FROM requests; SELECT id, source, request_key, body_hash, fetched_at
    FROM fetch_state; SELECT * FROM runs; SELECT count(*) FROM indicator_definitions;"
}
# Not a fault in styr, not a configuration error: the clear message only.
check_store_failure() { # description needle
  check_rc 1 "$1: the run fails"
  check_contains "$ERR" "$2" "$1: says why"
  check_not_contains "$ERR" "fault in styr" "$1: not reported as a fault in styr"
}

write_cfg 182
run fetch --config "$CFG" --db "$DB"
check_rc 0 "the source is fetched"
run report r --config "$CFG" --db "$DB" --out "$TMP/out"
check_rc 0 "the report is rendered (values stored and computed)"
write_cfg 200 # a run now has something to write

# ---- another process holds the write lock ---------------------------------------------------
BEFORE=$(dump)
hold_write_lock "$DB"
check_file "$TMP/locked" "another process holds the write lock"
LOCKED="the database is locked by another styr process (waited 300 ms); try again when it has finished"
export STYR_BUSY_TIMEOUT_MS=300
run report r --config "$CFG" --db "$DB" --out "$TMP/out-locked"
check_store_failure "report while locked" "$LOCKED"
check_contains "$ERR" "styr report: $DB: starting a write transaction: " "report while locked: names the file and what it was doing"
run compute --config "$CFG" --db "$DB"
check_store_failure "compute while locked" "$LOCKED"
run fetch --config "$CFG" --db "$DB"
check_store_failure "fetch while locked" "$LOCKED"
check_contains "$ERR" "styr fetch: reg: storing failed, nothing was stored: " "fetch while locked: names the source"
run run rakna --config "$CFG" --db "$DB"
check_store_failure "a job while locked" "$LOCKED"
run compute --config "$CFG" --db "$DB" --as-of 2019-10-01
check_rc 0 "compute --as-of only reads: it works while another process writes"
STYR_BUSY_TIMEOUT_MS=soon run compute --config "$CFG" --db "$DB"
check_store_failure "a wrong STYR_BUSY_TIMEOUT_MS" "STYR_BUSY_TIMEOUT_MS must be a whole number of milliseconds"
unset STYR_BUSY_TIMEOUT_MS
release_write_lock
check_eq "$(dump)" "$BEFORE" "while locked: nothing was stored, not even a failed run"
check_file "$TMP/out/r.html" "the earlier report is still there"
[ -e "$TMP/out-locked" ] && not_ok "no report was written while locked" || ok "no report was written while locked"

# ---- the disk fills up during the run -------------------------------------------------------
# A limit on file size (in KiB; the signal it raises ignored) makes SQLite's writes fail with
# EFBIG, as a full disk does: the transaction is rolled back and the run is not recorded.
BIG="$TMP/big"
mkdir -p "$BIG"
cp "$CFG/init.lua" "$CFG/cost.csv" "$BIG/"
for i in $(seq 1 60); do
  printf 'indicator "big%d" { title = "Big %d, with a title long enough to take some room", unit = "persons", values = { %s } }\n' \
    "$i" "$i" "$(seq 1990 2029 | awk -v i="$i" '{ printf "%s[%d] = %d", (NR > 1 ? ", " : ""), $1, $1 * i }')"
done >>"$BIG/init.lua"
BEFORE=$(dump)
LIMIT=$(( $(wc -c <"$DB") / 1024 + 16 ))
full() { # styr arguments…: runs styr on a disk that is full (for the database's growth)
  (trap '' XFSZ; ulimit -f "$LIMIT"; exec "$STYR" "$@") >"$TMP/.stdout" 2>"$TMP/.stderr"
  RC=$?
  ERR=$(grep -v "warning" "$TMP/.stderr")
}
full compute --config "$BIG" --db "$DB"
check_store_failure "compute on a full disk" "check that the disk has free space and works, then run again"
check_contains "$ERR" "styr compute: $DB: " "compute on a full disk: names the file"
full report r --config "$BIG" --db "$DB" --out "$TMP/out-full"
check_store_failure "report on a full disk" "check that the disk has free space and works, then run again"
check_contains "$ERR" "styr report: $DB: " "report on a full disk: names the file"
check_eq "$(sqlite3 "$DB" 'PRAGMA integrity_check')" "ok" "after a full disk: the database is intact"
check_eq "$(dump)" "$BEFORE" "after a full disk: nothing of the runs was stored"
run compute --config "$BIG" --db "$DB"
check_rc 0 "with room again, compute stores everything"
check_contains "$OUT" "computed: " "with room again: compute reports its counts"

# The disk fills while compute stores the formulas' results (more than SQLite's page cache holds,
# so that the writes reach the file before the commit): a store failure, not the formulas' error.
SPILL="$TMP/spill"
mkdir -p "$SPILL"
make_config "$SPILL" <<'LUA'
LUA
YEARS=$(seq 1990 2029 | awk '{ printf "%s[%d] = %d", (NR > 1 ? ", " : ""), $1, $1 + 7 }')
for i in $(seq 0 19); do
  printf 'indicator "t%d" { title = "T%d", unit = "persons", values = { %s }, women = { values = { %s } }, men = { values = { %s } } }\n' \
    "$i" "$i" "$YEARS" "$YEARS" "$YEARS"
done >>"$SPILL/init.lua"
run compute --config "$SPILL" --db "$TMP/spill.db"
check_rc 0 "the typed-in values of the formulas' inputs are stored"
for i in $(seq 0 399); do
  printf 'indicator "f%d" { title = "F%d", unit = "ratio", inputs = { a = "t%d", b = "t%d" }, formula = function(v) return v.a / v.b end }\n' \
    "$i" "$i" $((i % 20)) $(((i + 1) % 20))
done >>"$SPILL/init.lua"
BEFORE=$(sqlite3 "$TMP/spill.db" "SELECT count(*) FROM observations; SELECT * FROM runs")
LIMIT=1500
full compute --config "$SPILL" --db "$TMP/spill.db"
check_store_failure "compute on a disk that fills while formulas' results are stored" \
  "check that the disk has free space and works, then run again"
check_contains "$ERR" "): disk I/O error (File too large)" "the disk fills during the formulas: names the row and the system's reason"
check_contains "$ERR" "styr compute: nothing was stored" "the disk fills during the formulas: says that nothing was stored"
check_eq "$(sqlite3 "$TMP/spill.db" "SELECT count(*) FROM observations; SELECT * FROM runs")" "$BEFORE" \
  "the disk fills during the formulas: nothing of the run was stored"

# ---- a file that is not a styr database, or a newer styr's ---------------------------------
printf 'kommun;värde\n0580;12\n' >"$TMP/text.db"
cp "$DB" "$TMP/newer.db"
sqlite3 "$TMP/newer.db" "PRAGMA user_version = 99;"
for f in text newer; do
  case $f in
    text) why="is not a styr database (not an SQLite file); it was left untouched" ;;
    newer) why="was written by a newer styr (schema version 99, this styr knows up to" ;;
  esac
  before=$(sum "$TMP/$f.db")
  for cmd in "compute" "fetch" "explain a --period 2018" "history" "status" "run rakna"; do
    # shellcheck disable=SC2086 # the command's words
    run $cmd --config "$CFG" --db "$TMP/$f.db"
    check_store_failure "$cmd on a $f database" "$why"
  done
  check_eq "$(sum "$TMP/$f.db")" "$before" "the $f database is left as it was"
done
