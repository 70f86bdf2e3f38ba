#!/bin/sh
# A small national-shaped job (tests/server/kolada_national.py: 4 KPIs x 30 municipalities x 6
# years x T/K/M, answered 100 entries a page so that every request has several pages): styr fetch
# and styr compute store exactly what kolada_national.py expected computes independently, cell by
# cell (every fetched value, every ratio and every change since the base year, missing ones with
# their note); a second fetch, every page answered 304 Not Modified, adds nothing; and a fetch whose
# server stops in the middle of the pages stores nothing of that source.
. "$(dirname "$0")/lib.sh"

NAT="$ROOT/tests/server/kolada_national.py"
SIZE="--kpis 4 --municipalities 30 --years 6"
CFG="$TMP/national"

LD_PRELOAD= /usr/bin/python3 "$NAT" serve $SIZE --per-page 100 --lifetime 300 >"$TMP/.nat.out" 2>"$TMP/.nat.err" &
SERVER_PID=$!
i=0
while [ "$i" -lt 200 ] && ! [ -s "$TMP/.nat.out" ]; do sleep 0.05; i=$((i + 1)); done
PORT=$(head -n 1 "$TMP/.nat.out")
[ -n "$PORT" ] || { echo "not ok - the national server did not start"; cat "$TMP/.nat.err"; exit 1; }
BASE="http://127.0.0.1:$PORT"
/usr/bin/python3 "$NAT" config "$CFG" "$BASE/kolada/v3" $SIZE
/usr/bin/python3 "$NAT" expected $SIZE >"$TMP/expected.txt"

# stored DB: the latest vintage of every stored value, in the form kolada_national.py expected
# prints: ID|AREA|GENDER|YEAR|STATUS|VALUE (9 significant digits) or ID|…|missing (with its note
# for a fetched value), sorted.
stored() {
  /usr/bin/python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
lines = []
for ind, area, gender, period, status, value, note in db.execute(
        "SELECT s.indicator_id, s.area, s.gender, o.period, o.status, o.value, o.note "
        "FROM observations o JOIN series s ON s.id = o.series_id "
        "WHERE o.seq = (SELECT max(seq) FROM observations l "
        "               WHERE l.series_id = o.series_id AND l.period = o.period)"):
    if value is None:
        # A fetched value's note is Kolada's; a derived one's is styr's explanation, which
        # expected does not model (it gives the status alone).
        text = status + ("|" + note if note and ind.startswith("k") else "")
    else:
        text = "%s|%s" % (status, "%.9g" % value)
    lines.append("%s|%s|%s|%s|%s" % (ind, area, gender, period, text))
for line in sorted(lines):
    print(line)
PY
}

run fetch --config "$CFG" --quiet
check_rc 0 "styr fetch stores the national job"
check_contains "$OUT" "kolada: 2160 new, 0 changed, 0 unchanged" "every fetched value is new"
run compute --config "$CFG"
check_rc 0 "styr compute computes the ratios and changes"
check_contains "$OUT" "computed: 2160 new" "every derived value is stored"

stored "$CFG/styr.db" >"$TMP/stored.txt"
check_eq "$(wc -l <"$TMP/stored.txt" | tr -d ' ')" "$(wc -l <"$TMP/expected.txt" | tr -d ' ')" \
  "as many values are stored as the job has"
if cmp -s "$TMP/stored.txt" "$TMP/expected.txt"; then
  ok "every stored and computed value equals the independent computation, cell by cell"
else
  not_ok "stored values differ from kolada_national.py expected" \
    "$(diff "$TMP/expected.txt" "$TMP/stored.txt" | head -10)"
fi

# Every page of every request was asked for (4 KPIs in one chunk, 30 municipalities in two: 25 x 4
# x 6 = 600 entries, 6 pages, and 5 x 4 x 6 = 120, 2 pages; and the KPIs' metadata).
stats() { /usr/bin/python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())' "$BASE/$1"; }
check_contains "$(stats _stats)" '"requests": 9' "the fetch followed every page"

# Unchanged upstream: every page answers 304 and nothing is added.
before=$(db_dump "$CFG/styr.db")
stats _reset >/dev/null
run fetch --config "$CFG" --quiet
check_rc 0 "the second fetch succeeds"
check_contains "$OUT" "kolada: 0 new, 0 changed, 2160 unchanged (9 requests, 9 not modified" \
  "the second fetch is answered 304 throughout"
check_contains "$(stats _stats)" '"bytes": 0' "no body was sent again"
check_eq "$(db_dump "$CFG/styr.db")" "$before" "an unchanged upstream adds no observation"

# Page 3 of every request fails after the first pages were stored: the source stores nothing
# (its pages are stored as they come, in the source's one transaction, which is rolled back).
rm -f "$CFG/styr.db" "$CFG/styr.db-wal" "$CFG/styr.db-shm"
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null
LD_PRELOAD= /usr/bin/python3 "$NAT" serve $SIZE --per-page 100 --fail-page 3 --lifetime 300 \
  >"$TMP/.nat2.out" 2>"$TMP/.nat2.err" &
SERVER_PID=$!
i=0
while [ "$i" -lt 200 ] && ! [ -s "$TMP/.nat2.out" ]; do sleep 0.05; i=$((i + 1)); done
PORT2=$(head -n 1 "$TMP/.nat2.out")
sed "s|$BASE|http://127.0.0.1:$PORT2|" "$CFG/init.lua" >"$CFG/init.tmp" && mv "$CFG/init.tmp" "$CFG/init.lua"
STYR_HTTP_BACKOFF_MS=10 STYR_HTTP_BACKOFF_MAX_MS=20 run fetch --config "$CFG" --quiet
check_rc 1 "a fetch that breaks off in the middle of its pages fails"
check_contains "$ERR" "HTTP 500" "the failure names the server's answer"
check_eq "$(sqlite3 "$CFG/styr.db" 'SELECT count(*) FROM observations')" "0" \
  "a fetch that breaks off in the middle of its pages stores none of its values"
check_eq "$(sqlite3 "$CFG/styr.db" 'SELECT count(*) FROM fetch_state')" "0" \
  "nor any of its answers"
check_eq "$(sqlite3 "$CFG/styr.db" "SELECT outcome FROM runs ORDER BY id DESC LIMIT 1")" "failed" \
  "the broken-off fetch is recorded as failed"

# A job larger than the memory limit (2 KPIs x 290 municipalities x 20 years, 5000 entries a page,
# with --max-memory 4; a fetch of it needs about 6 MiB): styr's own work stops with a message that says so (not a configuration
# problem), suggests a limit and exits 1; nothing of the source is stored; with the default limit
# the same fetch stores everything.
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null
BIG="--kpis 2 --municipalities 290 --years 20"
LD_PRELOAD= /usr/bin/python3 "$NAT" serve $BIG --lifetime 300 >"$TMP/.nat3.out" 2>"$TMP/.nat3.err" &
SERVER_PID=$!
i=0
while [ "$i" -lt 200 ] && ! [ -s "$TMP/.nat3.out" ]; do sleep 0.05; i=$((i + 1)); done
PORT3=$(head -n 1 "$TMP/.nat3.out")
/usr/bin/python3 "$NAT" config "$TMP/big" "http://127.0.0.1:$PORT3/kolada/v3" $BIG
run --max-memory 4 fetch --config "$TMP/big" --quiet
check_rc 1 "a fetch larger than the memory limit fails as a run, not as a configuration error"
check_contains "$ERR" "styr fetch: memory limit of 4 MiB exceeded while styr was working (not in the configuration's code)" \
  "the message says styr's own work ran out of memory"
check_contains "$ERR" "for example --max-memory 16" "and suggests a limit"
check_not_contains "$ERR" "1 problem" "it is not counted as a configuration problem"
check_eq "$(sqlite3 "$TMP/big/styr.db" 'SELECT count(*) FROM observations' 2>/dev/null || echo 0)" "0" \
  "nothing of the unfinished source is stored"
run fetch --config "$TMP/big" --quiet
check_rc 0 "with the default limit the same fetch succeeds"
check_contains "$OUT" "kolada: 34800 new, 0 changed, 0 unchanged" "and stores every value"
BEFORE_COMPUTE=$(sqlite3 "$TMP/big/styr.db" 'SELECT count(*) FROM observations')
run --max-memory 4 compute --config "$TMP/big"
check_rc 1 "a compute larger than the memory limit fails as a run"
check_contains "$ERR" "styr compute: memory limit of 4 MiB exceeded while styr was working (not in the configuration's code)" \
  "compute says styr's own work ran out of memory (not 'not enough memory' as a formula's error)"
check_eq "$(sqlite3 "$TMP/big/styr.db" 'SELECT count(*) FROM observations')" "$BEFORE_COMPUTE" \
  "nothing of the compute is stored"
