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
check_contains "$H" "<h5>Rubrik</h5>" "an analysis from a Markdown file, its heading below the analysis title (h4)"
check_contains "$H" "<li>punkt två</li>" "the Markdown file's list"
check_contains "$H" "av Analysgruppen" "the analysis names its author"
check_contains "$H" "Nästa leverans: 2019-03-15 (Statistikleverans)" "a table lists the next delivery from the wheel"
check_contains "$H" "Källa:</span> Arbetsmarknadsnämnden, Testkommun, egna uppgifter, registrerad 2019-02-01" \
  "a table credits its typed-in values to the goal's committee and the municipality, never to a file"
check_contains "$H" "Försenad aktivitet" "the activity list has the overdue activity"
check_contains "$H" '<p class="meta chart-empty">Diagrammet visas inte: underlaget räcker inte.</p>' "a line chart of one value says why it is not shown"
check_contains "$(cat "$TMP/out/r-AMN.md")" "*Diagrammet visas inte: underlaget räcker inte.*" "so does the Markdown"
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

# A report job renders for its event's receivers; its run history names the main files and counts
# the rest.
printf 'event "rj" { title = "Rapportjobb", job = "report", report = "r", to = { "SON" }, yearly = { "01-20" } }\n' >>"$CFG/init.lua"
STYR_NOW=2019-02-01T08:00:00Z run run rj --config "$CFG" --db "$TMP/job.db"
check_rc 0 "the report job runs"
check_contains "$ERR" "wrote r-SON.html, r-SON.csv, r-SON.json, r-SON.md, r-SON.xlsx and 4 chart and table files to reports for SON" \
  "the job renders for its receivers only and names its main files"
check_eq "$(ls "$CFG/reports" | grep -c '^r-AMN')" "0" "nothing for AMN, who is not among the event's receivers"

# --audience renders for some audiences only; an audience the report does not have is a usage error.
STYR_NOW=2019-02-01T08:00:00Z run report r --config "$CFG" --out "$TMP/only-son" --db "$TMP/ok.db" --audience SON
check_rc 0 "report --audience SON"
check_eq "$(ls "$TMP/only-son" | grep -c '^r-AMN')" "0" "--audience SON writes nothing for AMN"
check_file "$TMP/only-son/r-SON.html" "--audience SON writes SON's rendering"
if cmp -s "$TMP/only-son/r-SON.csv" "$TMP/out/r-SON.csv"; then ok "--audience gives the same files as the full rendering"
else not_ok "--audience changes SON's files"; fi
STYR_NOW=2019-02-01T08:00:00Z run report r --config "$CFG" --out "$TMP/only-ks" --db "$TMP/ok.db" --audience KS
check_rc 2 "--audience KS: a usage error"
check_contains "$ERR" "--audience KS: report 'r' goes to AMN, SON" "the message lists the report's audiences"

# Corner cases: a goal in two tables is counted once, two status charts get ids of their own, a
# caption heads its goal table once, an audience-only block with a placeholder changes nothing in
# the other audience's tables, a table without values still says when its data are due, and a
# status chart without goal tables has no id.
C2="$TMP/corners"
make_config "$C2" <<'LUA'
body "SON" { name = "Social- och omsorgsnämnden", kind = "committee", level = "decision" }
indicator "a" { title = "A", unit = "percent", direction = "increase", footnote = "Not A.", values = { [2017] = 1, [2018] = 2 }, targets = { [2019] = 3 } }
indicator "b" { title = "B", unit = "percent", footnote = "Not B.", values = { [2018] = 5 } }
indicator "c" { title = "C", unit = "count" }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
goal "H" { title = "H", perspective = "Ekonomi", indicators = { "b", "c" } }
event "lev" { title = "Leverans C", kind = "data", source = "SCB", indicators = { "c" }, yearly = { "03-15" } }
report "r" { title = "R", year = 2019, audiences = { "AMN", "SON" }, formats = { "html", "json", "md", "csv" },
  layout = {
    chart { kind = "status" },
    text { audiences = { "SON" }, "B är {b.2018}." },
    indicator_table { audiences = { "SON" }, indicators = { "b" } },
    goal_table { caption = "Alla mål" },
    goal_table { goals = { "G" } },
    indicator_table { indicators = { "c" } },
    chart { kind = "status" },
  },
}
report "utan" { title = "U", year = 2019, formats = { "json", "html" }, layout = { chart { kind = "status" } } }
LUA
run report r --config "$C2" --out "$TMP/c2" --db "$TMP/c2.db"
check_rc 0 "the corner-case layout renders"
/usr/bin/python3 - "$TMP/c2" <<'PY'
import json, sys
d = sys.argv[1]
a, s = (json.load(open(f"{d}/r-{x}.json", encoding="utf-8")) for x in ("AMN", "SON"))
def ok(c, what, *ev):
    print(("ok - " if c else "not ok - ") + what)
    if not c:
        for e in ev: print("    " + str(e)[:500])
ok(sum(a["status_counts"].values()) == 3, "a goal in two tables is counted once (3 rows)", a["status_counts"])
charts = [b["id"] for b in a["blocks"] if b["kind"] == "chart"]
ok(charts == ["chart-status", "chart-status-2"], "two status charts get ids of their own", charts)
ok(a["sections"] == s["sections"] and a["footnotes"] == s["footnotes"],
   "an audience-only block with a placeholder leaves the goal tables and footnotes the same for both audiences")
heads = [b["text"] for b in a["blocks"] if b["kind"] == "heading"]
ok(heads == ["Alla mål"], "a goal table's caption is one heading before its tables", heads)
ok([x["perspective"] for x in a["sections"]] == ["Medborgare", "Ekonomi", "Medborgare"], "each table keeps its perspective")
c = [b for b in a["blocks"] if b["kind"] == "indicator_table"][0]
ok(c["sources"] == [] and c["deliveries"] == [{"date": "2020-03-15", "event": "Leverans C", "indicators": ["c"]}],
   "a table without values has no sources but its next delivery", c)
PY
H=$(cat "$TMP/c2/r-AMN.html")
check_eq "$(grep -c 'id="goal-G"' "$TMP/c2/r-AMN.html")" "1" "HTML: the first table's goal G has id goal-G"
check_eq "$(grep -c 'id="goal-G-2"' "$TMP/c2/r-AMN.html")" "1" "HTML: the second table's goal G has id goal-G-2"
check_eq "$(grep -c 'id="chart-status"' "$TMP/c2/r-AMN.html")" "1" "HTML: one element with id chart-status"
check_contains "$H" "Nästa leverans: 2020-03-15 (Leverans C)" "HTML: the next delivery of a table without values"
check_file "$TMP/c2/r-AMN-chart-status-2.svg" "Markdown: the second status chart has a file of its own"
check_file "$TMP/c2/r-AMN-indicators-2.csv" "AMN's indicator table keeps its number (2) when SON's table 1 is left out"
if [ -e "$TMP/c2/r-AMN-indicators-1.csv" ]; then not_ok "AMN has no file for SON's indicator table"; else ok "AMN has no file for SON's indicator table"; fi
check_file "$TMP/c2/r-SON-indicators-1.csv" "SON has its own indicator table"
if cmp -s "$TMP/c2/r-AMN-indicators-2.csv" "$TMP/c2/r-SON-indicators-2.csv"; then ok "the shared indicator table is the same file for both"
else not_ok "the shared indicator table differs between audiences"; fi
run report utan --config "$C2" --out "$TMP/c2u" --db "$TMP/c2.db"
check_rc 0 "a layout of only a status chart renders"
check_eq "$(/usr/bin/python3 -c 'import json,sys; print([b["id"] for b in json.load(open(sys.argv[1]))["blocks"] if b["kind"] == "chart"])' "$TMP/c2u/utan.json")" "[None]" \
  "a status chart without goal tables has no id in JSON"
check_contains "$(cat "$TMP/c2u/utan.html")" "Diagrammet visas inte" "and says so in HTML"
# The same configuration given by another path gives the same report: sources are named relative
# to the configuration folder.
( cd "$TMP" && "$STYR_BIN" report r --config corners --out "$TMP/c2rel" --db "$TMP/c2.db" >/dev/null 2>&1 )
if cmp -s "$TMP/c2/r-AMN.html" "$TMP/c2rel/r-AMN.html"; then ok "--config by a relative path gives the same bytes"
else not_ok "--config by a relative path changes the report" "$(diff "$TMP/c2/r-AMN.html" "$TMP/c2rel/r-AMN.html" | head -4)"; fi
# Layout problems come in the same order on every run.
mkdir -p "$TMP/order"
make_config "$TMP/order" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = { chart { kind = "line", indikator = "a", titel = "x", bredd = 3, färg = "röd" } } }
LUA
FIRST=$("$STYR_BIN" validate "$TMP/order" 2>&1)
same=yes
for i in 1 2 3 4 5 6; do [ "$("$STYR_BIN" validate "$TMP/order" 2>&1)" = "$FIRST" ] || same=no; done
check_eq "$same" "yes" "validate lists a block's problems in the same order on every run"

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
bad bad_caption "bad_caption/init.lua:7: layout block indicator_table: caption: placeholder {nope}: 'nope' is no indicator" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = {
  indicator_table { caption = "Tabell {nope}", indicators = { "a" } },
} }
LUA
bad audience_file_name "audience_file_name/init.lua:7: report 'r': audience 'A/B' names the files of its rendering" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
body "A/B" { name = "AB", kind = "committee", level = "decision" }
report "r" { title = "R", year = 2019, audiences = { "A/B" } }
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
mkdir -p "$TMP/analysis_latin1"
printf 'Kostnaden \366kade.\n' >"$TMP/analysis_latin1/latin1.md"
bad analysis_latin1 "analysis_latin1/latin1.md:1: invalid UTF-8 (byte 0xf6); save the file as UTF-8" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
analysis { indicator = "a", period = 2018, file = "latin1.md" }
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
