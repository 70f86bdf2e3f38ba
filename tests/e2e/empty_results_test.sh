#!/bin/sh
# Empty results are news: styr fetch of a Kolada source whose municipality code Kolada does not
# know (1208 for Malmö's 1280) stores what came, prints a warning naming the source, the KPI, the
# code with a did-you-mean from Kolada's municipality list, and the periods, and exits 0; with
# expect = "values" on the source or --strict it exits 1. The right code gives no warning. The
# warning is recorded with the run (runs.warnings) and shown by styr history and styr status, and
# status warns about an indicator that has never had a value for an area it is fetched for.
. "$(dirname "$0")/lib.sh"
FIX="$ROOT/tests/fixtures/opendata/kolada"
WWW="$TMP/www"
K="$WWW/kolada/v3"
YEARS=$(seq -s, 2000 2020)
mkdir -p "$K/kpi" "$K/data/kpi/N00945/municipality/0180,1480,1280/year" "$K/data/kpi/N00945/municipality/0180,1480,1208/year"
printf '{"count":1,"values":[{"id":"N00945","title":"Andel av uttagna dagar för vård av barn (VAB) som tas ut av män, andel (%%)"}]}' >"$K/kpi/N00945.json"
# Kolada answers a code it does not know with no values for it (never an error): the recorded
# answer without Malmö's values.
/usr/bin/python3 - "$FIX/data_N00945_v3_RECONSTRUCTED.json" "$K/data/kpi/N00945/municipality" "$YEARS" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
base, years = sys.argv[2], sys.argv[3]
right = {"count": len(doc["values"]), "values": doc["values"]}
wrong = [v for v in doc["values"] if v["municipality"] != "1280"]
json.dump(right, open(base + "/0180,1480,1280/year/" + years + ".json", "w", encoding="utf-8"), ensure_ascii=False)
json.dump({"count": len(wrong), "values": wrong}, open(base + "/0180,1480,1208/year/" + years + ".json", "w", encoding="utf-8"), ensure_ascii=False)
PY
start_server "$WWW"

config() { # DIR MUNICIPALITIES [EXTRA]
  rm -rf "$1"
  make_config "$1" <<LUA
indicator "vab_man" { title = "Andel av VAB-dagar som tas ut av män", unit = "percent", direction = "increase" }
goal "G" { title = "Jämställt uttag", perspective = "Medborgare", body = "AMN", indicators = { "vab_man" } }
source "kolada" { kind = "kolada", url = "$BASE/kolada/v3", kpis = { vab_man = "N00945" },
                  municipalities = { $2 }, years = { from = 2000, to = 2020 }, ${3:-} }
LUA
}
CFG="$TMP/cfg"
DB="$TMP/k.db"
WARNING="styr fetch: warning: source 'kolada': KPI N00945 (indicator vab_man) gave no value for area 1208, periods 2000–2020; Kolada knows no area 1208 (did you mean 1280 Malmö, or 1278 Båstad?)"

config "$CFG" '"0180", "1480", "1280"'
run fetch --config "$CFG" --db "$DB"
check_rc 0 "the right codes"
check_contains "$OUT" "kolada: 63 new" "the right codes store 63 values"
check_not_contains "$ERR" "warning" "the right codes give no warning"

config "$CFG" '"0180", "1480", "1208"'
rm -f "$DB"
run fetch --config "$CFG" --db "$DB"
check_rc 0 "a wrong code is a warning: exit 0"
check_contains "$OUT" "kolada: 42 new" "the values that came are stored"
check_contains "$ERR" "$WARNING" "the warning names source, KPI, code with did-you-mean, and periods"
check_eq "$(sqlite3 "$DB" "SELECT warnings FROM runs WHERE command = 'fetch kolada' ORDER BY id DESC LIMIT 1")" \
  "source 'kolada': KPI N00945 (indicator vab_man) gave no value for area 1208, periods 2000–2020; Kolada knows no area 1208 (did you mean 1280 Malmö, or 1278 Båstad?)" \
  "the warning is recorded in the run"
run history --config "$CFG" --db "$DB"
check_contains "$OUT" "warning: source 'kolada': KPI N00945 (indicator vab_man) gave no value for area 1208" "styr history shows the warning"
run history --config "$CFG" --db "$DB" --json
check_contains "$OUT" '"warnings":"source '"'"'kolada'"'"': KPI N00945' "styr history --json has the warnings"
run status --config "$CFG" --db "$DB"
check_contains "$OUT" "    warning: source 'kolada': KPI N00945 (indicator vab_man) gave no value for area 1208" "styr status shows the warning"
check_contains "$OUT" "  warning: indicator 'vab_man' has never had a value for area 1208 (source 'kolada' has brought none; styr fetch kolada)" \
  "styr status: an indicator that has never had a value for its area is a warning"
check_not_contains "$OUT" "never had a value for area 0180" "areas with values are not warned about"
run status --config "$CFG" --db "$DB" --json
check_contains "$OUT" '"warnings":["indicator '"'"'vab_man'"'"' has never had a value for area 1208' "styr status --json lists it"
run fetch --config "$CFG" --db "$DB" --json
check_contains "$OUT" '"warnings":["source '"'"'kolada'"'"': KPI N00945 (indicator vab_man) gave no value for area 1208' "fetch --json lists the warnings"

# Both kinds of "never had a value", in their order: an area stored with only missing values
# (here written into the store by hand: 0580, one period), then the areas asked for and never
# brought, in the order they were asked for. styr status reads the series one at a time, checking
# an indicator's areas when the next indicator begins.
cp "$DB" "$TMP/never.db"
sqlite3 "$TMP/never.db" "INSERT INTO series (indicator_id, area, gender, period_kind, last_changed) VALUES ('vab_man', '0580', 'T', 'year', '2026-01-01T00:00:00Z'); INSERT INTO observations (series_id, period, status, note, source, vintage) VALUES ((SELECT id FROM series WHERE area = '0580'), '2019', 'missing', 'sekretess', 'config:init.lua:1', '2026-01-01T00:00:00Z');"
run status --config "$CFG" --db "$TMP/never.db"
check_eq "$(printf '%s\n' "$OUT" | grep '^  warning:')" "  warning: indicator 'vab_man' has never had a value for area 0580 (1 period stored, all missing)
  warning: indicator 'vab_man' has never had a value for area 1208 (source 'kolada' has brought none; styr fetch kolada)" \
  "styr status: an area stored all missing, then an area asked for and never brought"
check_contains "$OUT" "  vab_man                      0180       newest 2020" "styr status still lists each area's line"
# Nothing stored at all: every area asked for, in the order asked.
run status --config "$CFG" --db "$TMP/empty.db"
check_eq "$(printf '%s\n' "$OUT" | grep '^  warning:' | sed 's/ has never had a value for area \([0-9]*\) .*/ \1/')" "  warning: indicator 'vab_man' 0180
  warning: indicator 'vab_man' 1480
  warning: indicator 'vab_man' 1208" "styr status on an empty store: every area asked for, in the order asked"

run fetch --config "$CFG" --db "$DB" --strict
check_rc 1 "--strict turns the warning into exit 1"
check_contains "$ERR" "styr fetch: kolada: 1 asked-for value came back empty and --strict is given: source 'kolada': KPI N00945" "--strict says why it failed"
check_contains "$ERR" "the values that came were stored" "--strict says the values that came were stored"

config "$CFG" '"0180", "1480", "1208"' 'expect = "values",'
run fetch --config "$CFG" --db "$DB"
check_rc 1 "expect = \"values\" on the source turns the warning into exit 1"
check_contains "$ERR" "the source has expect = \"values\"" "the message names the source option"
check_eq "$(sqlite3 "$DB" "SELECT outcome FROM runs WHERE command = 'fetch kolada' ORDER BY id DESC LIMIT 1")" "failed" "the strict run is recorded as failed"

config "$CFG" '"0180", "1480", "1280"' 'expect = "values",'
run fetch --config "$CFG" --db "$DB"
check_rc 0 "expect = \"values\" with the right codes exits 0"
check_not_contains "$ERR" "warning" "and warns about nothing"

config "$CFG" '"0180"' 'expect = "all",'
run validate "$CFG"
check_rc 3 "expect takes only \"values\""
check_contains "$ERR" "init.lua:6: source 'kolada': expect must be \"values\"" "the error names file:line and the field"
