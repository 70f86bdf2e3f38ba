#!/bin/sh
# A small national job (tests/server/kolada_national.py: Kolada-shaped answers for 4 KPIs x 30
# municipalities x 5 years x T/K/M, a ratio per pair of KPIs and its change since the first year):
# styr fetches and computes it, and every stored value matches the values computed independently
# by `kolada_national.py expected`, cell by cell. A second compute reads no formula and writes
# nothing, and says so; a revised input value recomputes only the formulas that depend on it.
. "$(dirname "$0")/lib.sh"
NAT="$ROOT/tests/server/kolada_national.py"
SIZE="--kpis 4 --municipalities 30 --years 5"
# shellcheck disable=SC2086
LD_PRELOAD= /usr/bin/python3 "$NAT" serve $SIZE --lifetime 600 >"$TMP/.server.out" 2>"$TMP/.server.err" &
SERVER_PID=$!
i=0
while [ "$i" -lt 200 ] && ! [ -s "$TMP/.server.out" ]; do sleep 0.05; i=$((i + 1)); done
PORT=$(head -n 1 "$TMP/.server.out")
[ -n "$PORT" ] || { echo "not ok - the national server did not start"; cat "$TMP/.server.err"; exit 1; }
CFG="$TMP/job"
DB="$CFG/styr.db"
# shellcheck disable=SC2086
LD_PRELOAD= /usr/bin/python3 "$NAT" config "$CFG" "http://127.0.0.1:$PORT/kolada/v3" $SIZE

# Every latest stored value as kolada_national.py expected prints it: "ID|AREA|GENDER|YEAR|ok|VALUE"
# (9 significant digits), "ID|…|missing|NOTE" for a fetched missing value, "ID|…|missing" for a
# computed one.
dump() {
  LD_PRELOAD= /usr/bin/python3 - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("""SELECT se.indicator_id, se.area, se.gender, o.period, o.status, o.value, o.note, o.source
  FROM series se JOIN observations o ON o.series_id = se.id
  WHERE o.seq = (SELECT max(seq) FROM observations WHERE series_id = se.id AND period = o.period)""")
out = []
for ind, area, gender, period, status, value, note, source in rows:
    if status == "missing":
        text = "missing" if source.startswith("formula:") else "missing|" + (note or "")
    else:
        text = "ok|" + ("%.9g" % value)
    out.append("%s|%s|%s|%s|%s" % (ind, area, gender, period, text))
for line in sorted(out):
    print(line)
PY
}
q() { sqlite3 "$DB" "$1"; }

run --now 2026-06-01T10:00:00Z fetch --config "$CFG"
check_rc 0 "the national job fetches"
run --now 2026-06-01T11:00:00Z compute --config "$CFG"
check_rc 0 "the national job computes"
check_contains "$OUT" "1800 new, 0 changed, 0 unchanged (0 not recomputed, 38 missing)" "every ratio and change is stored"
# shellcheck disable=SC2086
LD_PRELOAD= /usr/bin/python3 "$NAT" expected $SIZE >"$TMP/expected"
dump >"$TMP/stored"
check_eq "$(wc -l <"$TMP/stored" | tr -d ' ')" "$(wc -l <"$TMP/expected" | tr -d ' ')" "as many stored values as expected ones"
if cmp -s "$TMP/expected" "$TMP/stored"; then ok "every stored value equals the independently computed one, cell by cell"
else not_ok "stored values differ from kolada_national.py expected" "$(diff "$TMP/expected" "$TMP/stored" | head -n 10)"; fi

# Nothing changed: no formula is read again and nothing is written.
BEFORE=$(q "SELECT count(*) FROM observations")
run --now 2026-06-01T12:00:00Z compute --config "$CFG"
check_rc 0 "compute again"
# "missing" means one thing in every count: the keys whose result is missing now, recomputed or not.
check_contains "$OUT" "0 new, 0 changed, 1800 unchanged (1800 not recomputed, 38 missing)" "nothing recomputed"
check_contains "$OUT" "formulas: 4 of 4 unchanged since their last compute" "compute says every formula was left alone"
check_eq "$(q "SELECT count(*) FROM observations")" "$BEFORE" "the second compute wrote no row"
check_eq "$(q "SELECT count(*) FROM formula_runs WHERE computed_at > '2026-06-01T11:00:00Z'")" "0" "nor any formula's record"

# One input revised (k003 for the home municipality in 2006, typed into the configuration): only
# r02 (k003 / k004) and c02 (r02's change) are looked at again, and only the changed cells written.
sed -i 's/^indicator "k003" { title = "Nyckeltal N00003", unit = "count", direction = "increase" }/indicator "k003" { title = "Nyckeltal N00003", unit = "count", direction = "increase", values = { [2006] = 5000 } }/' "$CFG/init.lua"
check_contains "$(cat "$CFG/init.lua")" "values = { [2006] = 5000 }" "the revision is in the configuration"
R01=$(q "SELECT max(o.seq) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id IN ('r01', 'c01')")
run --now 2026-06-01T13:00:00Z compute --config "$CFG"
check_rc 0 "compute after the revision"
check_contains "$OUT" "0 new, 2 changed, 1798 unchanged" "the revised ratio and its change are the only values written"
check_contains "$OUT" "formulas: 2 of 4 unchanged since their last compute" "the formulas that do not read k003 are left alone"
check_eq "$(q "SELECT max(o.seq) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id IN ('r01', 'c01')")" "$R01" "r01 and c01 got no new vintage"
check_eq "$(q "SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id IN ('r02', 'c02') AND o.vintage = '2026-06-01T13:00:00Z'")" "2" "r02 and c02 got one new vintage each, for 0580 T 2006"
K4=$(q "SELECT o.value FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = 'k004' AND s.area = '0580' AND s.gender = 'T' AND o.period = '2006'")
R02=$(q "SELECT printf('%.9g', o.value) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = 'r02' AND s.area = '0580' AND s.gender = 'T' AND o.period = '2006' ORDER BY o.seq DESC LIMIT 1")
check_eq "$R02" "$(LD_PRELOAD= /usr/bin/python3 -c "print('%.9g' % (5000 / $K4))")" "the new ratio is 5000 / k004"
# Once recomputed, the two formulas are current again: a third compute reads none of them.
run --now 2026-06-01T14:00:00Z compute --config "$CFG"
check_contains "$OUT" "formulas: 4 of 4 unchanged since their last compute" "after the revision every formula is current again"
check_contains "$OUT" "0 new, 0 changed, 1800 unchanged (1800 not recomputed" "and nothing is recomputed"
