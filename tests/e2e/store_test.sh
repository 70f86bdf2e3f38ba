#!/bin/sh
# The store through the CLI: idempotent runs, one vintage per change, run history, refusal of
# foreign and newer databases without writing, and a clear error when another process holds
# the write lock.
. "$(dirname "$0")/lib.sh"

CFG="$TMP/cfg"
write_cfg() { # value for 2018
  rm -rf "$CFG"
  make_config "$CFG" <<LUA
indicator "a" { title = "A", unit = "persons", direction = "decrease", values = { [2017] = 10, [2018] = $1 }, targets = { [2019] = 8 } }
indicator "b" { title = "B", unit = "percent", direction = "increase", values = { [2018] = 4.6 },
                women = { values = { [2018] = 5 } }, men = { values = { [2018] = 4 } } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a", "b" } }
report "r" { title = "R", year = 2019 }
LUA
}
DB="$TMP/styr.db"
q() { sqlite3 "$DB" "$1"; }

write_cfg 12
run report r --config "$CFG" --out "$TMP/out" --db "$DB"
check_rc 0 "first run"
check_contains "$ERR" "5 values stored (5 new, 0 unchanged)" "first run stores every value"
check_eq "$(q 'PRAGMA journal_mode')" "wal" "the database is in WAL mode"
check_eq "$(q 'PRAGMA user_version')" "11" "schema version recorded"
check_eq "$(q 'SELECT count(*) FROM observations')" "5" "five observations"
DUMP1=$(q "SELECT * FROM indicators; SELECT * FROM series; SELECT * FROM observations;")

STYR_NOW=2019-10-02 run report r --config "$CFG" --out "$TMP/out" --db "$DB"
check_rc 0 "second run, nothing changed"
check_contains "$ERR" "(0 new, 5 unchanged)" "second run reports nothing new"
check_eq "$(q "SELECT * FROM indicators; SELECT * FROM series; SELECT * FROM observations;")" "$DUMP1" "second run leaves the same rows (no new vintage)"

write_cfg 13
STYR_NOW=2019-10-03 run report r --config "$CFG" --out "$TMP/out" --db "$DB"
check_rc 0 "run after a change"
check_contains "$ERR" "(1 new, 4 unchanged)" "one value changed"
check_eq "$(q "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = 'a' AND o.period = '2018'")" "2" "the changed value has two vintages"
check_eq "$(q "SELECT value || ' ' || vintage FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = 'a' AND o.period = '2018' ORDER BY seq")" "12.0 2019-10-01T00:00:00Z
13.0 2019-10-03T00:00:00Z" "both vintages are kept with their dates"
CSV=$(cat "$TMP/out/r.csv")
check_contains "$CSV" "a,A,total,persons,,,10,13,8" "the report shows the latest vintage"

# A value removed from the configuration becomes missing, with a reason, as a new vintage.
sed -i 's/\[2017\] = 10, //' "$CFG/init.lua"
STYR_NOW=2019-10-04 run report r --config "$CFG" --out "$TMP/out" --db "$DB"
check_eq "$(q "SELECT status || ' ' || note FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = 'a' AND o.period = '2017' ORDER BY seq DESC LIMIT 1")" "missing removed from the configuration" "a removed value gets a missing vintage"

check_eq "$(q "SELECT count(*) || ' ' || min(outcome) || ' ' || max(outcome) FROM runs")" "4 succeeded succeeded" "every run is in the history as succeeded"
check_eq "$(q "SELECT command FROM runs ORDER BY id LIMIT 1")" "report r" "the history names the command"

# Refusals: the file is left byte-for-byte as it was.
refuse() { # name description expected
  before=$(sum "$1")
  run report r --config "$CFG" --out "$TMP/out-refused" --db "$1"
  check_rc 1 "$2: refused"
  check_contains "$ERR" "$3" "$2: says why"
  check_eq "$(sum "$1")" "$before" "$2: file unchanged"
}
printf 'kommun;värde\n0580;12\n' >"$TMP/text.db"
refuse "$TMP/text.db" "a text file" "is not a styr database (not an SQLite file)"
sqlite3 "$TMP/foreign.db" "CREATE TABLE customers (id INTEGER, name TEXT); INSERT INTO customers VALUES (1, 'x');"
refuse "$TMP/foreign.db" "another program's database" "is an SQLite database of another program"
cp "$DB" "$TMP/newer.db"
sqlite3 "$TMP/newer.db" "PRAGMA user_version = 99;"
refuse "$TMP/newer.db" "a newer schema" "was written by a newer styr (schema version 99"

# Another process holds the write lock: styr waits busy_timeout, then fails clearly and
# records nothing.
before_runs=$(q "SELECT count(*) FROM runs")
( printf 'BEGIN IMMEDIATE;\nINSERT INTO runs (command, started_at, outcome) VALUES ("lock", "x", "running");\n'; sleep 8; printf 'ROLLBACK;\n' ) | sqlite3 "$DB" &
LOCKER=$!
sleep 1
run report r --config "$CFG" --out "$TMP/out" --db "$DB"
check_rc 1 "locked database: the run fails"
check_contains "$ERR" "the database is locked by another styr process" "locked database: says so"
wait "$LOCKER"
check_eq "$(q "SELECT count(*) FROM runs")" "$before_runs" "locked database: no run recorded"
check_eq "$(q 'PRAGMA integrity_check')" "ok" "integrity check passes"
