#!/bin/sh
# Status rules through the whole path: configuration → store → report. Values are added for the
# follow-up year so that every rule and both directions are exercised; the CSV and the HTML must
# agree on each status.
. "$(dirname "$0")/lib.sh"

CFG="$TMP/status"
make_config "$CFG" <<'LUA'
indicator "inc_met"    { title = "Öka, uppfyllt", unit = "count", direction = "increase", values = { [2018] = 600, [2019] = 700 }, targets = { [2019] = 677 } }
indicator "inc_way"    { title = "Öka, på väg", unit = "count", direction = "increase", tolerance = { percent = 5 }, values = { [2019] = 650 }, targets = { [2019] = 677 } }
indicator "inc_not"    { title = "Öka, ej uppfyllt", unit = "count", direction = "increase", tolerance = { percent = 5 }, values = { [2019] = 600 }, targets = { [2019] = 677 } }
indicator "dec_met"    { title = "Minska, uppfyllt", unit = "households", direction = "decrease", values = { [2018] = 3130, [2019] = 2800 }, targets = { [2019] = 2800 } }
indicator "dec_way"    { title = "Minska, på väg", unit = "households", direction = "decrease", tolerance = { absolute = 100 }, values = { [2019] = 2890 }, targets = { [2019] = 2800 } }
indicator "dec_not"    { title = "Minska, ej uppfyllt", unit = "households", direction = "decrease", values = { [2019] = 2801 }, targets = { [2019] = 2800 } }
indicator "near_met"   { title = "Budget i balans", unit = "percent", direction = "target", tolerance = { absolute = 0.5 }, values = { [2019] = 0.3 }, targets = { [2019] = 0 } }
indicator "rel_lower"  { title = "Ska minska (jämfört med basvärde)", unit = "persons", direction = "decrease", base = { year = 2018, value = 299 }, values = { [2019] = 280 }, targets = { [2019] = "lower" } }
indicator "rel_higher" { title = "Ska öka, ej uppfyllt", unit = "persons", direction = "increase", values = { [2018] = 182, [2019] = 182 }, targets = { [2019] = "higher" } }
indicator "rel_not_higher" { title = "Ska inte öka", unit = "percent", values = { [2018] = 11, [2019] = 11 }, targets = { [2019] = "not_higher" } }
indicator "no_data"    { title = "Saknar värde", unit = "percent", direction = "increase", values = { [2018] = 86, [2019] = missing("Saknas") }, targets = { [2019] = 88 } }
indicator "no_target"  { title = "Saknar mål", unit = "index", direction = "increase", values = { [2019] = 111 } }
indicator "gender"     { title = "Sjukfrånvaro", unit = "percent", direction = "decrease",
                         values = { [2019] = 5.4 }, targets = { [2019] = 5.5 },
                         women = { values = { [2019] = 6.3 }, targets = { [2019] = 6 } },
                         men = { values = { [2019] = 3.2 }, targets = { [2019] = 3.3 } } }
indicator "statement"  { title = "Likvärdigt bemötande", kind = "text", values = { [2019] = "Inga signifikanta skillnader" }, targets = { [2019] = "Inga signifikanta skillnader" } }
goal "G" { title = "Alla regler", perspective = "Medborgare", body = "AMN",
           indicators = { "inc_met", "inc_way", "inc_not", "dec_met", "dec_way", "dec_not", "near_met", "rel_lower",
                          "rel_higher", "rel_not_higher", "no_data", "no_target", "gender", "statement" } }
report "r" { title = "Status", year = 2019 }
LUA
run report r --config "$CFG" --out "$TMP/out" --db "$TMP/s.db"
check_rc 0 "the status configuration renders"

# status_of ID [BREAKDOWN]: the status code of a CSV row, read with a real CSV parser.
status_of() {
  /usr/bin/python3 - "$TMP/out/r.csv" "$1" "${2:-total}" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
for r in rows:
    if r["indicator_id"] == sys.argv[2] and r["breakdown"] == sys.argv[3]:
        print(r["status_2019"])
PY
}
for pair in inc_met:met inc_way:on_the_way inc_not:not_met dec_met:met dec_way:on_the_way dec_not:not_met \
            near_met:met rel_lower:met rel_higher:not_met rel_not_higher:met no_data:no_data \
            no_target:no_target statement:not_assessed; do
  id=${pair%%:*} want=${pair#*:}
  check_eq "$(status_of "$id")" "$want" "status of $id is $want"
done
check_eq "$(status_of gender)" "met" "gender split: total met"
check_eq "$(status_of gender women)" "not_met" "gender split: women not met"
check_eq "$(status_of gender men)" "met" "gender split: men met"

HTML=$(cat "$TMP/out/r.html")
check_contains "$HTML" '<td class="status s-on_the_way" data-label="Status 2019"><span class="sym" aria-hidden="true">◐</span>På väg</td>' "HTML shows on the way as symbol and word"
check_contains "$HTML" '<td class="status s-not_met" data-label="Status 2019"><span class="sym" aria-hidden="true">○</span>Ej uppfyllt</td>' "HTML shows not met as symbol and word"
check_contains "$HTML" '<td class="num missing" data-label="Utfall 2019">Saknas</td>' "HTML shows the reason of a missing value"
check_contains "$HTML" 'Ska minska' "HTML shows a relative target in words"
check_contains "$HTML" "<td class=\"num\" data-label=\"Utfall 2018\">$(printf '3\302\240130')</td>" "HTML groups thousands with a no-break space (Swedish)"
check_contains "$HTML" '<td class="num" data-label="Utfall 2019">5,4</td>' "HTML writes a decimal comma (Swedish)"
