#!/bin/sh
# Goal status by rule (worst, majority, weighted) and peer comparison (rank among peer
# municipalities, national value, ranking chart) in every report format. The municipality's
# values are typed in; the peers' and the national values come from a CSV register extract, since
# typed-in values are stored for the municipality's own code only.
. "$(dirname "$0")/lib.sh"

C="$TMP/peers"
mkdir -p "$C"
cat >"$C/peers.csv" <<'CSV'
kommun;ar;a;b;d;e
0581;2019;60;90;7;
1880;2019;45;110;3;
0680;2019;30;120;;
0000;2019;48;;4;
0581;2018;;;;9
CSV
make_config "$C" <<'LUA'
-- a met (50 ≥ 40), b on the way (105 within 10 % of 100), c not met, d no target, e no data in 2019
indicator "a" { title = "Andel A", unit = "percent", direction = "increase", decimals = 0,
                values = { [2018] = 44, [2019] = 50 }, targets = { [2019] = 40 } }
indicator "b" { title = "Antal B", unit = "count", direction = "decrease", tolerance = { percent = 10 },
                values = { [2019] = 105 }, targets = { [2019] = 100 } }
indicator "c" { title = "Antal C", unit = "count", direction = "increase", values = { [2019] = 10 },
                targets = { [2019] = 20 } }
indicator "d" { title = "Index D", unit = "index", values = { [2019] = 5 } }
indicator "e" { title = "Antal E", unit = "count", direction = "increase", values = { [2018] = 7 },
                targets = { [2019] = 8 } }
source "peers" { kind = "csv", file = "peers.csv", columns = { area = "kommun", period = "ar" },
                 values = { a = "a", b = "b", d = "d", e = "e" } }
goal "W" { title = "Sämst", perspective = "Medborgare", body = "AMN", indicators = { "a", "b", "c" } }
goal "M" { title = "Majoritet", perspective = "Medborgare", body = "AMN", indicators = { "a", "b", "d" },
           status_rule = "majority" }
goal "V" { title = "Viktad", perspective = "Medborgare", body = "AMN", indicators = { "a", "b", "c" },
           status_rule = "weighted", weights = { a = 4 } }
goal "N" { title = "Ej bedömd", perspective = "Ekonomi", body = "AMN", indicators = { "d", "e" } }
goal "X" { title = "Inga data", perspective = "Ekonomi", body = "AMN", indicators = { "e" },
           status_rule = "majority" }
report "r" { title = "Jämförelse", year = 2019, formats = { "html", "csv", "xlsx", "json", "md" },
             peers = { "0581", "1880", "0680", "1980" }, national = "0000",
             peer_names = { ["0581"] = "Norrköping" } }
LUA
run validate "$C"
check_rc 0 "the configuration with peers and status rules validates"
run fetch --config "$C" --db "$TMP/p.db"
check_rc 0 "the peers' values fetched from the CSV extract"
run report r --config "$C" --db "$TMP/p.db" --out "$TMP/out"
check_rc 0 "the report with peers renders"

/usr/bin/python3 - "$TMP/out" <<'PY'
import csv, json, sys
d = sys.argv[1]
def check(cond, what, *ev):
    print(("ok - " if cond else "not ok - ") + what)
    if not cond:
        for e in ev: print("    " + str(e)[:1500])
recs = list(csv.DictReader(open(d + "/r.csv", newline="", encoding="utf-8")))
by = {(r["goal_id"], r["indicator_id"]): r for r in recs}
want_goal = {"W": "not_met", "M": "on_the_way", "V": "met", "N": "not_assessed", "X": "no_data"}
for g, s in want_goal.items():
    rows = [r for r in recs if r["goal_id"] == g]
    check(rows and all(r["goal_status"] == s for r in rows), f"CSV: goal {g} is {s}", [r["goal_status"] for r in rows])
check(by[("W", "c")]["goal_status_label"] == "Ej uppfyllt", "CSV: the goal status word", by[("W", "c")])
a = by[("W", "a")]
check((a["peer_year"], a["peer_rank"], a["peer_count"], a["national"]) == ("2019", "2", "4", "48"),
      "CSV: a ranks 2 of 4 (higher is better; 1980 has no value), national 48", a)
b = by[("W", "b")]
check((b["peer_rank"], b["peer_count"], b["national"]) == ("2", "4", ""),
      "CSV: b ranks 2 of 4 (lower is better), no national value", b)
dd = by[("M", "d")]
check((dd["peer_rank"], dd["peer_count"], dd["national"]) == ("", "3", "4"),
      "CSV: d without a direction has no rank but is compared", dd)
e = by[("N", "e")]
check((e["peer_year"], e["peer_rank"], e["peer_count"]) == ("2018", "2", "2"),
      "CSV: e without a 2019 value is compared in its latest year", e)
c = by[("W", "c")]
check(c["peer_rank"] == "" and c["peer_count"] == "", "CSV: c without peer values has no comparison", c)

doc = json.load(open(d + "/r.json", encoding="utf-8"))
goals = {g["id"]: g for s in doc["sections"] for g in s["goals"]}
check({k: g["status"] for k, g in goals.items()} == want_goal, "JSON: each goal's status by its rule",
      {k: g["status"] for k, g in goals.items()})
check(goals["V"]["status_rule"] == "weighted" and goals["V"]["status_score"] == 0.75 and
      goals["W"]["status_rule"] == "worst" and goals["W"]["status_score"] is None,
      "JSON: the rule and the weighted score", goals["V"], goals["W"]["status_rule"])
pa = goals["W"]["rows"][0]["peers"]
check(pa["rank"] == 2 and pa["count"] == 4 and pa["national"] == 48 and pa["year"] == 2019,
      "JSON: rank, count, national", pa)
names = {v["code"]: v["name"] for v in pa["values"]}
check(names == {"0580": "0580", "0581": "Norrköping", "1880": "1880", "0680": "0680"},
      "JSON: peer values, named by peer_names or by code", names)
check(goals["M"]["rows"][2]["peers"]["rank"] is None, "JSON: no direction, no rank")
check(goals["W"]["rows"][2]["peers"] is None, "JSON: no peer values, peers is null")
PY

/usr/bin/python3 "$ROOT/tests/e2e/report_check.py" "$TMP/out" r "$ROOT/docs/report.schema.json"

# has FILE NEEDLE DESCRIPTION: like check_contains, without printing a whole report on failure.
has() { if grep -qF -- "$2" "$1"; then ok "$3"; else not_ok "$3: '$2' not found in $1"; fi; }
H="$TMP/out/r.html"
has "$H" 'Sämst <span class="status goal-status s-not_met"' "HTML: the goal status beside the heading, coloured"
has "$H" '<span class="sym" aria-hidden="true">◐</span>På väg</span></h3>' "HTML: symbol and word for the majority goal"
has "$H" 'Viktad <span class="status goal-status s-met"' "HTML: the weighted goal is met"
has "$H" '<th scope="col">Rang bland jämförda</th><th scope="col">Riket</th>' "HTML: peer rank and national columns"
has "$H" '<td class="num peer-rank" data-label="Rang bland jämförda">2 / 4 <span class="meta">(2019)</span></td><td class="num national" data-label="Riket">48</td>' \
  "HTML: rank and national value beside the status"
n=$(grep -c '<rect class="self"' "$H")
check_eq "$n" "10" "HTML: a ranking chart per indicator row with peer values (a, b in three goals; d, e in two), the municipality highlighted"
has "$H" '<title id="chart-' "HTML: charts have titles"
has "$H" 'Andel A 2019 (Jämförelse)</title>' "HTML: the ranking chart's title names the year"
has "$H" '▶ 0580' "HTML: the municipality marked in the ranking chart"
has "$H" '>Norrköping</text>' "HTML: a peer named by peer_names"
M="$TMP/out/r.md"
has "$M" "Målets status: **Ej uppfyllt**" "Markdown: the goal status"
has "$M" "| Rang bland jämförda | Riket |" "Markdown: peer columns"
has "$M" "| 2 / 4 (2019) | 48 |" "Markdown: rank and national value"
n=$(ls "$TMP/out" | grep -c 'r-chart-.*svg')
check_eq "$n" "14" "Markdown: chart files beside it (overview, 3 lines, 10 rankings)"

# Validation: unknown rule, weights for unknown indicators, non-positive weights, bad peers.
make_config "$TMP/bad" <<'LUA'
indicator "a" { title = "A", unit = "count", direction = "increase" }
goal "G" { title = "G", body = "AMN", indicators = { "a" }, status_rule = "median" }
goal "H" { title = "H", body = "AMN", indicators = { "a" }, status_rule = "weighted", weights = { b = 1 } }
goal "I" { title = "I", body = "AMN", indicators = { "a" }, status_rule = "weighted", weights = { a = -2 } }
report "r" { title = "R", year = 2019, peers = "0581", peer_names = { ["0581"] = 5 } }
LUA
run validate "$TMP/bad"
check_rc 3 "a bad status rule, bad weights and bad peers fail validation"
check_contains "$ERR" "init.lua:5: goal 'G': status_rule 'median' is not one of worst, majority, weighted" "unknown rule: file:line"
check_contains "$ERR" "init.lua:6: goal 'H': weights names 'b', which is not one of the goal's indicators" "unknown indicator in weights: file:line"
check_contains "$ERR" "init.lua:7: goal 'I': weights 'a' must be a positive number, not -2" "non-positive weight: file:line"
check_contains "$ERR" "init.lua:8: report 'r': peers" "peers must be a list: file:line"
check_contains "$ERR" "init.lua:8: report 'r': peer_names" "peer names must be strings: file:line"

# XLSX: the goal status and the peer columns, read back with openpyxl.
/usr/bin/python3 - "$TMP/out/r.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def first(sheet):
    ws = wb[sheet]
    head = [c.value for c in ws[1]]
    return dict(zip(head, [c.value for c in next(ws.iter_rows(min_row=2))]))
a = first("Data")
ok = (a["goal_status"], a["goal_status_label"], a["peer_year"], a["peer_rank"], a["peer_count"], a["national"]) == \
     ("not_met", "Ej uppfyllt", 2019, 2, 4, 48)
print(("ok - " if ok else "not ok - ") + "XLSX: goal status and peer rank, count, national value", "" if ok else a)
a = first("Medborgare")
ok = (a["Målets status"], a["Jämförelseår"], a["Rang bland jämförda"], a["Antal jämförda"], a["Riket"]) == \
     ("Ej uppfyllt", 2019, 2, 4, 48)
print(("ok - " if ok else "not ok - ") + "XLSX: the goal sheet names the peer columns in Swedish", "" if ok else a)
PY
has "$H" '<line class="national"' "HTML: the ranking chart marks the national value"
has "$H" 'Riket 48</text>' "HTML: the national value labelled in the ranking chart"
