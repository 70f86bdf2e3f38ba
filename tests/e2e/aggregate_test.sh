#!/bin/sh
# Finer series in yearly reports: months read from a CSV extract make years by each indicator's
# `aggregate` rule (sum, last, mean, weighted_mean); a year with months missing is missing with the
# reason; a year stored as a year comes first; an indicator without a rule shows no finer data.
. "$(dirname "$0")/lib.sh"

C="$TMP/agg"
make_config "$C" <<'LUA'
source "register" { kind = "csv", file = "manad.csv", columns = { period = "manad" },
  values = { deltagare = "deltagare", inskrivna = "inskrivna", andel = "andel", utan = "deltagare" } }
indicator "deltagare" { title = "Nya deltagare", unit = "persons", aggregate = "sum" }
indicator "inskrivna" { title = "Inskrivna vid årets slut", unit = "persons", aggregate = "last",
  values = { [2017] = 50 } }
indicator "andel" { title = "Andel till arbete", unit = "percent", decimals = 1,
  aggregate = "weighted_mean", aggregate_weights = "inskrivna" }
indicator "utan" { title = "Utan regel", unit = "persons" }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "deltagare", "inskrivna", "andel", "utan" } }
report "r" { title = "R", year = 2019, formats = { "csv", "json" } }
LUA
{
  echo "manad;deltagare;inskrivna;andel"
  for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
    n=${m#0}
    echo "2018-$m;$n;$((100 + n));$((n * 2))"
  done
  echo "2019-01;5;110;10"
  echo "2019-02;6;120;20"
} >"$C/manad.csv"
run fetch --config "$C"
check_rc 0 "the monthly extract is fetched"
run report r --config "$C" --out "$TMP/out"
check_rc 0 "the report renders"
/usr/bin/python3 - "$TMP/out/r.csv" <<'PY'
import csv, sys
rows = {r["indicator_id"]: r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))}
def ok(c, what, *ev):
    print(("ok - " if c else "not ok - ") + what)
    if not c:
        for e in ev: print("    " + str(e))
d, i, a, u = rows["deltagare"], rows["inskrivna"], rows["andel"], rows["utan"]
ok(d["value_2018"] == "78", "sum: 1 + 2 + … + 12 = 78 new participants in 2018", d["value_2018"])
ok(d["value_2019"] == "" and "2019: Uppgift finns bara för 2 av 12 månader." in d["notes"],
   "sum: 2019 has two months, so it is missing with the reason", d["value_2019"], d["notes"])
ok(i["value_2018"] == "112", "last: December's 112 enrolled", i["value_2018"])
ok(i["value_2017"] == "50", "a year stored as a year (typed in) stays", i["value_2017"])
ok(i["value_2019"] == "" and "2019: Uppgift saknas för årets sista period (2019-12)." in i["notes"],
   "last: no December 2019, so missing", i["notes"])
# weighted mean of 2n weighted by 100 + n over n = 1..12
num = sum(2 * n * (100 + n) for n in range(1, 13)); den = sum(100 + n for n in range(1, 13))
ok(abs(float(a["value_2018"]) - num / den) < 1e-9, "weighted_mean: months weighted by the enrolled", a["value_2018"], num / den)
ok(u["value_2018"] == "" and u["value_2019"] == "", "without a rule, months do not make a year", u)
PY
# The technical reason, with the months that lack a value, stays in the JSON's detail.
/usr/bin/python3 - "$TMP/out/r.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
cells = {(r["indicator"], v["year"]): v for s in doc["sections"] for g in s["goals"] for r in g["rows"] for v in r["values"]}
def ok(c, what, *ev):
    print(("ok - " if c else "not ok - ") + what)
    if not c:
        for e in ev: print("    " + str(e))
d, i = cells[("deltagare", 2019)], cells[("inskrivna", 2019)]
ok(d["detail"] == "2 of 12 months: 2019-03, 2019-04, 2019-05 and 7 more missing" and d["missing"] == "Uppgift saknas",
   "JSON: sum's 2019 keeps the months missing as its detail", d)
ok(i["detail"] == "no value for 2019-12, the last month" and i["missing"] == "Uppgift saknas",
   "JSON: last's 2019 keeps the missing December as its detail", i)
PY

# Rule errors are configuration errors at the indicator's line.
B="$TMP/bad"
make_config "$B" <<'LUA'
indicator "a" { title = "A", aggregate = "median" }
indicator "b" { title = "B", aggregate = "weighted_mean" }
indicator "c" { title = "C", aggregate = "weighted_mean", aggregate_weights = "saknas" }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a", "b", "c" } }
LUA
run validate "$B"
check_rc 3 "bad aggregation rules are refused"
check_contains "$ERR" "bad/init.lua:4: indicator 'a': aggregate 'median' is not one of sum, mean, last, max, min, weighted_mean" "an unknown rule names the line and the rules"
check_contains "$ERR" "bad/init.lua:5: indicator 'b': aggregate = \"weighted_mean\" goes with aggregate_weights" "weighted_mean needs its weights"
check_contains "$ERR" "bad/init.lua:6: indicator 'c': aggregate_weights refers to an unknown indicator 'saknas'" "the weights must be an indicator"
