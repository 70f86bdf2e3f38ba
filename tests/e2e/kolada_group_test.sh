#!/bin/sh
# Peer groups: a report's peers = kolada_group "G33752" names a Kolada municipality group; styr
# fetch asks Kolada for the group (tests/fixtures/kolada_group), fetches its members' values and
# records the group's members with the run; the report compares with them. Before any fetch the
# report says the group has not been fetched; a malformed group id is a configuration error.
. "$(dirname "$0")/lib.sh"
FIX="$ROOT/tests/fixtures/opendata/kolada"
WWW="$TMP/www"
K="$WWW/kolada/v3"
YEARS=$(seq -s, 2000 2020)
mkdir -p "$K/kpi" "$K/municipality_groups" "$K/data/kpi/N00945/municipality/0180/year" "$K/data/kpi/N00945/municipality/1280,1480/year"
cp "$ROOT/tests/fixtures/kolada_group/municipality_groups_G33752.json" "$K/municipality_groups/G33752.json"
printf '{"count":1,"values":[{"id":"N00945","title":"Andel av uttagna dagar för vård av barn (VAB) som tas ut av män, andel (%%)"}]}' >"$K/kpi/N00945.json"
/usr/bin/python3 - "$FIX/data_N00945_v3_RECONSTRUCTED.json" "$K/data/kpi/N00945/municipality" "$YEARS" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
base, years = sys.argv[2], sys.argv[3]
for munis in (["0180"], ["1280", "1480"]):
    vals = [v for v in doc["values"] if v["municipality"] in munis]
    json.dump({"count": len(vals), "values": vals}, open(base + "/" + ",".join(munis) + "/year/" + years + ".json", "w", encoding="utf-8"), ensure_ascii=False)
PY
start_server "$WWW"

CFG="$TMP/cfg"
DB="$TMP/k.db"
config() { # PEERS
  rm -rf "$CFG"; mkdir -p "$CFG"
  cat >"$CFG/init.lua" <<LUA
municipality { code = "0180", name = "Stockholm", country = "SE", language = "sv", perspectives = { "Medborgare" } }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
indicator "vab_man" { title = "Andel av VAB-dagar som tas ut av män", unit = "percent", direction = "increase", decimals = 1 }
goal "G" { title = "Jämställt uttag", perspective = "Medborgare", body = "AMN", indicators = { "vab_man" } }
source "kolada" { kind = "kolada", url = "$BASE/kolada/v3", kpis = { vab_man = "N00945" },
                  municipalities = { "0180" }, years = { from = 2000, to = 2020 } }
report "r" { title = "Jämförelse", year = 2020, formats = { "csv" }, body = "AMN",
             peers = $1 }
LUA
}

config 'kolada_group "33752"'
run validate "$CFG"
check_rc 3 "a group id without its G is a configuration error"
check_contains "$ERR" "init.lua:7: report 'r': peers names the Kolada group '33752'; a group id is G and digits" "the error names file:line and the form"

config 'kolada_group "G33752"'
run validate "$CFG"
check_rc 0 "peers = kolada_group \"G33752\" is valid"
run report r --config "$CFG" --db "$DB" --out "$TMP/out0"
check_rc 1 "a report before the group was fetched"
check_contains "$ERR" "report 'r': the peers' Kolada group G33752 has not been fetched yet; run styr fetch" "the report says to fetch the group"

run fetch --config "$CFG" --db "$DB"
check_rc 0 "fetch resolves the group"
check_contains "$OUT" "kolada: 63 new" "the group's members' values are fetched with the municipality's own"
check_eq "$(requests "/kolada/v3/municipality_groups/G33752")" "1" "the group is asked for once"
check_contains "$(sqlite3 "$DB" "SELECT message FROM runs WHERE command = 'fetch kolada' ORDER BY id DESC LIMIT 1")" \
  "group G33752 (Storstäder (Kolada: liknande kommuner, exempel)): 0180, 1280, 1480" "the resolved members are recorded with the run"
run history --config "$CFG" --db "$DB" --json
check_contains "$OUT" "group G33752" "styr history shows the resolved group"

run report r --config "$CFG" --db "$DB" --out "$TMP/out"
check_rc 0 "the report with a peer group"
/usr/bin/python3 - "$TMP/out/r.csv" <<'PY'
import csv, sys
recs = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
r = [x for x in recs if x["indicator_id"] == "vab_man"][0]
got = (r["peer_year"], r["peer_rank"], r["peer_count"])
print(("ok - " if got == ("2020", "1", "3") else "not ok - ") + "the report ranks Stockholm 1 of 3 against the group's members (40.8 vs 37.0 and 39.5)")
if got != ("2020", "1", "3"): print("    " + str(r))
PY
