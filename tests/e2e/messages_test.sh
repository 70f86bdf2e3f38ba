#!/bin/sh
# Messages for the first hour: explain of an unknown id names the nearest indicator (by id, by the
# KPI a source fetches, by title, else the closest), counts agree in number, and the summaries of
# validate and report name the next useful command.
. "$(dirname "$0")/lib.sh"
CFG="$TMP/one"
make_config "$CFG" <<'LUA'
indicator "hushall_fsd" { title = "Hushåll med försörjningsstöd", unit = "households", direction = "decrease",
                          values = { [2019] = 3000 }, targets = { [2019] = "lower" } }
goal "G" { title = "Färre hushåll", perspective = "Medborgare", body = "AMN", indicators = { "hushall_fsd" } }
activity { goal = "G", title = "Digital ansökan", owner = "AMN", due = "2019-12-31" }
report "r" { title = "R", year = 2019, formats = { "csv" } }
LUA

# ---- counts in number, and the next command -----------------------------------------------------
run validate "$CFG"
check_rc 0 "validate"
check_eq "$OUT" "$CFG: valid (1 goal, 1 indicator, 1 activity, 1 body, 1 report)" "one of each, each in the singular"
check_eq "$ERR" "styr: next: styr report r --config $CFG" "without sources, the next command is the report"
(cd "$CFG" && "$STYR" validate >"$TMP/.stdout" 2>"$TMP/.stderr")
check_eq "$(cat "$TMP/.stderr")" "styr: next: styr report r" "in the configuration's folder, without --config"
run report r --config "$CFG" --out "$TMP/out"
check_rc 0 "report"
check_contains "$ERR" "styr: 1 value stored (1 new, 0 unchanged); computed: 0 new, 0 changed, 0 unchanged; wrote 1 file" "one value, one file, in the singular"
check_contains "$ERR" "styr: next: styr show wheel --config $CFG shows when the report is due" \
  "without HTML, the next step is the wheel"
check_eq "$(sqlite3 "$CFG/styr.db" "SELECT message FROM runs ORDER BY id DESC LIMIT 1")" \
  "1 value stored (1 new, 0 unchanged); computed: 0 new, 0 changed, 0 unchanged; wrote 1 file" "the run history keeps the summary, without the hint"
sed -i 's/formats = { "csv" }/formats = { "html", "csv" }/' "$CFG/init.lua"
run report r --config "$CFG" --out "$TMP/out"
check_contains "$ERR" "styr: next: open $TMP/out/r.html in a browser; styr show wheel --config $CFG shows when the report is due" \
  "with HTML, the next step is to open it"
run validate "$CFG" --json
check_eq "$ERR" "" "validate --json prints no hint"

# ---- explain: the nearest indicator -------------------------------------------------------------
K="$TMP/kolada"
make_config "$K" <<'LUA'
indicator "arbetslosa" { title = "Öppet arbetslösa av befolkningen", unit = "percent", direction = "decrease" }
indicator "bistand_andel" { title = "Invånare med ekonomiskt bistånd", unit = "percent", direction = "decrease" }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "arbetslosa", "bistand_andel" } }
source "kolada" { kind = "kolada", kpis = { arbetslosa = "N03937", bistand_andel = "N31807" }, years = { 2019 } }
LUA
run explain arbetslos --config "$K"
check_rc 2 "explain of an unknown id"
check_eq "$ERR" "styr explain: $K has no indicator 'arbetslos' (did you mean 'arbetslosa'?)" "a letter away: the id"
run explain N31807 --config "$K"
check_eq "$ERR" "styr explain: $K has no indicator 'N31807' (did you mean 'bistand_andel' (Kolada N31807)?)" \
  "a KPI id: the indicator the source fetches it into"
run explain "ekonomiskt bistånd" --config "$K"
check_eq "$ERR" "styr explain: $K has no indicator 'ekonomiskt bistånd' (did you mean 'bistand_andel'?)" \
  "words of the title: the indicator with that title"
run explain sjukfranvaro --config "$K"
check_eq "$ERR" "styr explain: $K has no indicator 'sjukfranvaro' (the nearest is 'arbetslosa'; styr show indicators lists them all)" \
  "far from everything: the nearest id, and where to see them all"
