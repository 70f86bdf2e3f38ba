#!/bin/sh
# Three valid answers shaped like real ones that styr used to refuse (tests/fixtures/realshape,
# README.md there says what each is shaped like), fetched through the connectors from the local
# replay server and read value for value: a PxWeb v1 table addressed by its .px file (Statistics
# Finland), JSON-stat 2.0 with "status": ["a"] for every cell (Statistics Norway's PxWeb v2), and a
# JSON-stat 1.x bundle of two datasets read with the source's dataset field.
. "$(dirname "$0")/lib.sh"
start_server "$ROOT/tests/fixtures/realshape"

# values DB INDICATOR: "area|period|value" lines of what the store holds for INDICATOR.
values() {
  sqlite3 "$1" "SELECT s.area || '|' || o.period || '|' || CAST(o.value AS INTEGER) || '|' || o.status FROM observations o
                JOIN series s ON s.id = o.series_id WHERE s.indicator_id = '$2' ORDER BY s.area, o.period" | tr '\n' ' '
}

# .px table path in PxWeb v1
CFG="$TMP/fi"
make_config "$CFG" <<LUA
indicator "vaesto" { title = "Väestö", unit = "count", direction = "increase" }
goal "G" { title = "Befolkning", perspective = "Medborgare", body = "AMN", indicators = { "vaesto" } }
source "statfin" { kind = "pxweb", api = "v1", url = "$BASE/fi/PXWeb/api/v1/fi/StatFin",
                   table = "vaerak/statfin_vaerak_pxt_11ra.px",
                   query = { { code = "Alue", selection = { filter = "item", values = { "KU091", "KU049" } } } },
                   map = { area = "Alue", time = "Vuosi", indicators = { vaesto = { Tiedot = "vaesto" } } } }
LUA
run validate "$CFG"
check_rc 0 "a PxWeb v1 table given by its .px path is valid"
run fetch --config "$CFG" --db "$TMP/fi.db"
check_rc 0 "fetch of a .px table"
check_contains "$OUT" "statfin: 4 new" "the .px table gives its 4 values"
check_eq "$(values "$TMP/fi.db" vaesto)" "KU049|2021|305274|ok KU049|2022|314024|ok KU091|2021|658864|ok KU091|2022|664028|ok " \
  "the .px table's values, value for value"
check_eq "$(requests "/fi/PXWeb/api/v1/fi/StatFin/vaerak/statfin_vaerak_pxt_11ra.px")" "1" "the table is asked for at its .px path"

# JSON-stat 2.0 with a one-element status list
CFG="$TMP/no"
make_config "$CFG" <<LUA
indicator "personer" { title = "Befolkning", unit = "count", direction = "increase" }
goal "G" { title = "Befolkning", perspective = "Medborgare", body = "AMN", indicators = { "personer" } }
source "ssb" { kind = "pxweb", url = "$BASE/no/api/pxwebapi/v2", table = "07459",
               selection = { Region = { "0301", "4601" }, ContentsCode = { "Personer1" }, Tid = { "2023", "2024" } },
               map = { area = "Region", time = "Tid", indicators = { personer = { ContentsCode = "Personer1" } } } }
LUA
run fetch --config "$CFG" --db "$TMP/no.db"
check_rc 0 "fetch of JSON-stat 2.0 whose status is a one-element list"
check_not_contains "$OUT$ERR" "status has 1 items" "the one-element status list is not refused"
check_eq "$(values "$TMP/no.db" personer)" "0301|2023|699827|ok 0301|2024|709037|ok 4601|2023|289330|ok 4601|2024|291940|ok " \
  "the one-element status list's values, value for value"
check_eq "$(sqlite3 "$TMP/no.db" "SELECT DISTINCT note FROM observations")" "SCB: status a" "the status holds for every cell"

# JSON-stat 1.x bundle: refused without dataset (naming both), read with it
CFG="$TMP/dk"
bundle_config() {
  rm -rf "$CFG"
  make_config "$CFG" <<LUA
indicator "ledige" { title = "Ledige", unit = "count", direction = "decrease" }
goal "G" { title = "Beskæftigelse", perspective = "Medborgare", body = "AMN", indicators = { "ledige" } }
source "bundle" { kind = "statbank", url = "$BASE/bundle/v1", table = "AUK01", $1
                  variables = { ["OMRÅDE"] = { "101", "751" }, TID = { "2022", "2023" } },
                  map = { area = "OMRÅDE", time = "TID", indicators = { ledige = { ContentsCode = "LEDIGE" } } } }
LUA
}
bundle_config ""
run fetch --config "$CFG" --db "$TMP/dk.db"
check_rc 1 "a bundle of two datasets without the dataset field is refused"
check_contains "$ERR" "dataset" "the refusal says to choose a dataset"
bundle_config 'dataset = 7,'
run validate "$CFG"
check_rc 3 "a dataset field that is not a name is a configuration error"
check_contains "$ERR" "init.lua:6: source 'bundle': dataset must be the name of one dataset" "the error names the file, line and dataset field"
bundle_config 'dataset = "ledige",'
run validate "$CFG"
check_rc 0 "the dataset field is accepted by validate"
run fetch --config "$CFG" --db "$TMP/dk.db"
check_rc 0 "fetch of one dataset of a JSON-stat 1.x bundle"
check_eq "$(values "$TMP/dk.db" ledige)" "101|2022|1843|ok 101|2023|1790|ok 751|2022|2110|ok 751|2023|2042|ok " \
  "the chosen dataset's values, value for value"
