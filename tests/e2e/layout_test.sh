#!/bin/sh
# Report layouts: placeholders filled from the store, blocks per audience, the same KPIs for every
# audience, per-table sources and next deliveries, suppression in indicator tables, analyses from
# the configuration and from a Markdown file; and every layout error named by file:line (exit 3,
# nothing written, the database untouched).
. "$(dirname "$0")/lib.sh"

CFG="$TMP/ok"
make_config "$CFG" <<'LUA'
body "SON" { name = "Social- och *omsorgs*nämnden [SON]", kind = "committee", level = "decision" }
indicator "hushall" { title = "Hushåll med försörjningsstöd", unit = "households", direction = "decrease",
  values = { [2017] = 2996, [2018] = 3130 }, targets = { [2019] = 2800 },
  women = { values = { [2018] = 3 } }, men = { values = { [2018] = 12 } } }
indicator "andel" { title = "Andel", unit = "percent", decimals = 1, values = { [2018] = 12.34 }, targets = { [2019] = "lower" } }
goal "G" { title = "Färre hushåll", perspective = "Medborgare", body = "AMN", indicators = { "hushall", "andel" } }
activity { goal = "G", title = "Försenad aktivitet", due = "2019-01-31" }
activity { goal = "G", title = "Klar aktivitet", done = true }
event "leverans" { title = "Statistikleverans", kind = "data", source = "SCB", indicators = { "hushall" }, yearly = { "03-15" } }
analysis { indicator = "hushall", period = 2018, by = "Analysgruppen", text = "Ökningen **fortsatte**.\n\n<script>alert(1)</script>" }
analysis { indicator = "andel", period = 2018, file = "analys/andel.md" }
report "r" { title = "R", year = 2019, audiences = { "AMN", "SON" }, formats = { "html", "csv", "json", "md", "xlsx" },
  layout = {
    heading "Till {audience} ({audience.id})",
    text "Hushåll {hushall.2018} mot {hushall.2017}; mål {hushall.target.2019}; kvinnor {hushall.women.2018}, män {hushall.men.2018}; {andel.year}; {{inte}} {andel.title}: {andel.2018} {andel.unit}, mål {andel.target.year}, status {hushall.status}.",
    text { audiences = { "SON" }, "Bara för SON." },
    text { audiences = { "SON" }, "Nämnd: {audience}." },
    goal_table {},
    indicator_table { caption = "Hushållen", indicators = { "hushall" } },
    chart { kind = "line", indicator = "hushall" },
    chart { kind = "line", indicator = "andel" },
    activity_list { caption = "Försenat", state = { "overdue" } },
    analyses { period = 2018 },
  },
}
LUA
mkdir -p "$CFG/analys"
printf '# Rubrik\n\n- punkt ett\n- punkt två\n' >"$CFG/analys/andel.md"
STYR_NOW=2019-02-01T08:00:00Z run report r --config "$CFG" --out "$TMP/out" --db "$TMP/ok.db"
check_rc 0 "a report with a layout renders"
for a in AMN SON; do for f in html csv json md xlsx; do check_file "$TMP/out/r-$a.$f" "r-$a.$f written (one rendering per audience)"; done; done
check_file "$TMP/out/r-AMN-indicators-1.csv" "the indicator table has a CSV of its own"
check_file "$TMP/out/r-AMN-activities-1.csv" "the activity list has a CSV of its own"
H=$(cat "$TMP/out/r-AMN.html")
check_contains "$H" '<h2 class="block-heading">Till Arbetsmarknadsnämnden (AMN)</h2>' "{audience} and {audience.id} are filled"
NB=$(printf '\302\240') # numbers group thousands with a no-break space
check_contains "$H" "Hushåll 3${NB}130 mot 2${NB}996; mål 2${NB}800; kvinnor .., män 12; saknas; {inte} Andel: 12,3 %, mål Ska minska, status Uppgift saknas." \
  "placeholders give formatted values, targets, suppressed counts, titles, units and status; {{ is a brace"
check_not_contains "$H" "Bara för SON." "a block for another audience is left out"
check_contains "$(cat "$TMP/out/r-SON.html")" "Bara för SON." "the audience's own block is there"
check_contains "$(cat "$TMP/out/r-SON.html")" "<p>Nämnd: Social- och *omsorgs*nämnden [SON].</p>" \
  "a value filled into Markdown text stays text (no emphasis, no link)"
check_contains "$H" "Ökningen <strong>fortsatte</strong>." "the analysis text is Markdown"
check_not_contains "$H" "<script>alert" "raw HTML in an analysis never reaches the report"
check_contains "$H" "<h4>Rubrik</h4>" "an analysis from a Markdown file, its heading below the report's"
check_contains "$H" "<li>punkt två</li>" "the Markdown file's list"
check_contains "$H" "av Analysgruppen" "the analysis names its author"
check_contains "$H" "Nästa leverans: 2019-03-15 (Statistikleverans)" "a table lists the next delivery from the wheel"
check_contains "$H" "ok/init.lua (inmatat i konfigurationen)" "a table lists the file its typed-in values come from"
check_contains "$H" "Försenad aktivitet" "the activity list has the overdue activity"
check_contains "$H" '<p class="meta chart-empty">Diagrammet visas inte: för få värden.</p>' "a line chart of one value says why it is not shown"
check_contains "$(cat "$TMP/out/r-AMN.md")" "*Diagrammet visas inte: för få värden.*" "so does the Markdown"
ACT=$(cat "$TMP/out/r-AMN-activities-1.csv")
check_not_contains "$ACT" "Klar aktivitet" "the activity list's state filter leaves out done activities"
IND=$(cat "$TMP/out/r-AMN-indicators-1.csv")
check_contains "$IND" "women,households,,,,..," "suppression applies in indicator tables (3 women shown as ..)"
check_contains "$IND" "men,households,,,,12," "men 12 is shown"
for f in csv indicators-1.csv activities-1.csv; do
  case $f in csv) a=r-AMN.csv b=r-SON.csv ;; *) a=r-AMN-$f b=r-SON-$f ;; esac
  if cmp -s "$TMP/out/$a" "$TMP/out/$b"; then ok "$a and $b: the same KPIs for both audiences"; else not_ok "$a and $b differ"; fi
done
/usr/bin/python3 - "$TMP/out" <<'PY'
import json, sys
d = sys.argv[1]
a, s = (json.load(open(f"{d}/r-{x}.json", encoding="utf-8")) for x in ("AMN", "SON"))
def ok(c, what):
    print(("ok - " if c else "not ok - ") + what)
ok(a["audience"] == {"id": "AMN", "name": "Arbetsmarknadsnämnden"}, "JSON names the rendering's audience")
ok(a["sections"] == s["sections"], "JSON: the goal tables are identical for both audiences")
ka, ks = [b["kind"] for b in a["blocks"]], [b["kind"] for b in s["blocks"]]
ok(ka == ["heading", "text", "goal_table", "indicator_table", "chart", "chart", "activity_list", "analyses", "footnotes"], "JSON blocks in layout order, footnotes added at the end: %s" % ka)
ok(ks.count("text") == 3, "SON's JSON has its own text blocks")
an = [b for b in a["blocks"] if b["kind"] == "analyses"][0]
ok([i["indicator"] for i in an["items"]] == ["hushall", "andel"], "analyses of the period, in the report's indicator order")
ind = [b for b in a["blocks"] if b["kind"] == "indicator_table"][0]
ok(ind["deliveries"] == [{"date": "2019-03-15", "event": "Statistikleverans", "indicators": ["hushall"]}], "JSON: the indicator table's next delivery")
ok(ind["sources"] and ind["sources"][0]["source"].startswith("config:"), "JSON: the indicator table's sources")
PY

# Layout errors: file:line, exit 3, nothing written, the database untouched.
BEFORE=$(sum "$TMP/ok.db")
# bad NAME EXPECTED <<lua (the layout's report; line 4 is the first line after make_config's header)
bad() {
  name=$1 expected=$2
  dir="$TMP/$name"
  make_config "$dir"
  run report r --config "$dir" --out "$TMP/out-$name" --db "$TMP/ok.db"
  check_rc 3 "$name: a configuration error"
  check_contains "$ERR" "$expected" "$name: the message names file:line and the problem"
  check_eq "$(sum "$TMP/ok.db")" "$BEFORE" "$name: the database is unchanged"
  if [ -e "$TMP/out-$name" ]; then not_ok "$name: nothing written"; else ok "$name: nothing written"; fi
}
bad unknown_block "unknown_block/init.lua:7: unknown name 'goal_tabel' (did you mean 'goal_table'?)" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  goal_tabel {},
} }
LUA
bad unknown_indicator "unknown_indicator/init.lua:7: layout block indicator_table: unknown indicator 'b' (did you mean 'a'?)" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  indicator_table { indicators = { "b" } },
} }
LUA
bad bad_placeholder "bad_placeholder/init.lua:8: layout block text: placeholder {a.tagret.2019}: 'tagret.2019' is not a part of an indicator" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  heading "Rubrik",
  text "Värdet {a.2018}, målet {a.tagret.2019}",
} }
LUA
bad unknown_placeholder "unknown_placeholder/init.lua:7: layout block heading: placeholder {audiense}: 'audiense' is no indicator" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  heading "Till {audiense}",
} }
LUA
bad unclosed "unclosed/init.lua:7: layout block text: placeholder '{a.2018 och" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  text "Värdet {a.2018 och mer",
} }
LUA
bad unknown_field "unknown_field/init.lua:7: layout block chart: unknown field 'indikator' (did you mean 'indicator'?)" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  chart { kind = "line", indikator = "a" },
} }
LUA
bad not_a_block "not_a_block/init.lua:6: report 'r': layout item 2 is not a block (a string)" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  heading "Rubrik",
  "text utan block",
} }
LUA
bad foreign_audience "foreign_audience/init.lua:7: layout block text: audience 'KS' is not one of report 'r''s audiences" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, audiences = { "AMN" }, layout = {
  text { audiences = { "KS" }, "Till KS" },
} }
LUA
bad ranking_without_peers "ranking_without_peers/init.lua:7: layout block chart: a ranking chart needs peers = { … } in report 'r'" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  chart { kind = "ranking", indicator = "a" },
} }
LUA
bad analysis_file "analysis_file/init.lua:6: analysis: file \"saknas.md\" cannot be read" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
analysis { indicator = "a", period = 2018, file = "saknas.md" }
report "r" { title = "R", year = 2019 }
LUA
bad analysis_twice "analysis_twice/init.lua:7: analysis: a 2018 already has an analysis (at " <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
analysis { indicator = "a", period = 2018, text = "Ett." }
analysis { indicator = "a", period = 2018, text = "Två." }
report "r" { title = "R", year = 2019 }
LUA
bad analysis_indicator "analysis_indicator/init.lua:6: analysis: unknown indicator 'aa'" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
analysis { indicator = "aa", period = 2018, text = "Ett." }
report "r" { title = "R", year = 2019 }
LUA
