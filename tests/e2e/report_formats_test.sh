#!/bin/sh
# Report formats: each example's report rendered as HTML, CSV, XLSX, JSON and Markdown, read back
# by real readers (headless Chromium, Python's csv, openpyxl, jsonschema; tests/e2e/report_check.py),
# byte-identical when rendered twice; disclosure control in every format; formula-looking text
# stays text.
. "$(dirname "$0")/lib.sh"

ART="$ROOT/tests/artifacts"
mkdir -p "$ART"
ALL="html csv xlsx json md"

# The examples' follow-ups are written in every format.
# EXAMPLE:REPORT:FILE: reports with audiences are rendered once per audience (FILE = REPORT-BODY).
for spec in linkoping:uppfoljning:uppfoljning-AMN norddjurs:status:status-ØU umea:uppfoljning:uppfoljning-styrelsen; do
  ex=${spec%%:*} rest=${spec#*:}
  report=${rest%%:*} name=${rest#*:}
  cp -R "$ROOT/examples/$ex" "$TMP/$ex"
  run report "$report" --config "$TMP/$ex" --out "$TMP/$ex-out1" --db "$TMP/$ex-1.db"
  check_rc 0 "$ex: renders $report in every format"
  for f in $ALL; do check_file "$TMP/$ex-out1/$name.$f" "$ex: $name.$f written"; done
  # Same data, another store, another second: the same bytes.
  sleep 1
  run report "$report" --config "$TMP/$ex" --out "$TMP/$ex-out2" --db "$TMP/$ex-2.db"
  for f in $ALL; do
    if cmp -s "$TMP/$ex-out1/$name.$f" "$TMP/$ex-out2/$name.$f"; then ok "$ex: $name.$f byte-identical when rendered twice"
    else not_ok "$ex: $name.$f differs between two renderings of the same data"; fi
  done
  if diff -r "$TMP/$ex-out1" "$TMP/$ex-out2" >/dev/null; then ok "$ex: every file (SVG charts too) byte-identical"
  else not_ok "$ex: the renderings differ" "$(diff -rq "$TMP/$ex-out1" "$TMP/$ex-out2" | head -5)"; fi
  check_eq "$(echo "$OUT" | wc -l)" "$(ls "$TMP/$ex-out2" | wc -l)" "$ex: stdout lists every file written"
  # The same store rendered again (values unchanged) gives the same bytes too.
  run report "$report" --config "$TMP/$ex" --out "$TMP/$ex-out3" --db "$TMP/$ex-1.db"
  for f in $ALL; do
    if cmp -s "$TMP/$ex-out1/$name.$f" "$TMP/$ex-out3/$name.$f"; then ok "$ex: $name.$f identical on a re-run"
    else not_ok "$ex: $name.$f differs on a re-run"; fi
  done
  chromium_dom "$TMP/$ex-out1/$name.html" >"$TMP/$ex.dom"
  if grep -Eq 'CONSOLE|Uncaught' "$TMP/.chromium.log"; then
    not_ok "$ex: Chromium console errors" "$(grep -E 'CONSOLE|Uncaught' "$TMP/.chromium.log" | head -5)"
  else ok "$ex: HTML loads in Chromium without console errors"; fi
  rm -f "$ART/report_$ex.png"
  chromium_png "$TMP/$ex-out1/$name.html" "$ART/report_$ex.png"
  if [ "$(head -c 8 "$ART/report_$ex.png" 2>/dev/null | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ]; then
    ok "$ex: screenshot saved as tests/artifacts/report_$ex.png"
  else not_ok "$ex: no PNG screenshot"; fi
  /usr/bin/python3 "$ROOT/tests/e2e/report_check.py" "$TMP/$ex-out1" "$name" "$ROOT/docs/report.schema.json" "$TMP/$ex.dom" \
    "$TMP/$ex-1.db"
done

# Disclosure control: women 3 and men 12 persons; only 12 is shown, in every format, with a note.
CFG="$TMP/sup"
make_config "$CFG" <<'LUA'
indicator "deltagare" { title = "Deltagare", unit = "persons", direction = "increase",
  values = { [2018] = 15 }, targets = { [2019] = 20 },
  women = { values = { [2018] = 3 } }, men = { values = { [2018] = 12 } } }
indicator "andel" { title = "Andel", unit = "percent", values = { [2018] = 2 },
  women = { values = { [2018] = 1 } }, men = { values = { [2018] = 4 } } }
indicator "formel" { title = "=cmd|' /C calc'!A0", unit = "count", values = { [2018] = 1 } }
indicator "esc" { title = "</script><b>\"q\"</b> & 'a'\r\nny rad \u{202E}bidi", unit = "count", values = { [2018] = 2 } }
goal "G" { title = "@SUM(1+1)", perspective = "Medborgare", body = "AMN",
           indicators = { "deltagare", "andel", "formel", "esc" } }
report "r" { title = "+Rapport", year = 2019, formats = { "html", "csv", "xlsx", "json", "md" } }
report "r10" { title = "R", year = 2019, suppress_below = 2, goals = { "G" }, formats = { "json" } }
LUA
run report r --config "$CFG" --out "$TMP/sup-out" --db "$TMP/sup.db"
check_rc 0 "renders the suppression test report"
chromium_dom "$TMP/sup-out/r.html" >"$TMP/sup.dom"
/usr/bin/python3 - "$TMP/sup-out" "$TMP/sup.dom" <<'PY'
import csv, json, sys, zipfile
import openpyxl
d, dom_path = sys.argv[1], sys.argv[2]
def check(cond, what, *ev):
    print(("ok - " if cond else "not ok - ") + "suppression: " + what)
    if not cond:
        for e in ev: print("    " + str(e)[:1500])

doc = json.load(open(d + "/r.json", encoding="utf-8"))
rows = {(r["indicator"], r["breakdown"]): r for s in doc["sections"] for g in s["goals"] for r in g["rows"]}
v = lambda k: rows[k]["values"][0]
check(v(("deltagare", "women"))["value"] is None and v(("deltagare", "women"))["suppressed"], "JSON: women 3 suppressed")
check(v(("deltagare", "men"))["value"] == 12, "JSON: men 12 shown")
check(v(("deltagare", None))["value"] == 15, "JSON: the total is not a breakdown and stays")
check(v(("andel", "women"))["value"] == 1, "JSON: percentages are not counts and stay")
note = doc["footnotes"][v(("deltagare", "women"))["note"] - 1]
check("5" in note, "JSON: the footnote names the threshold", note)
check(doc["suppress_below"] == 5, "JSON: default threshold 5")

recs = list(csv.DictReader(open(d + "/r.csv", newline="", encoding="utf-8")))
by = {(r["indicator_id"], r["breakdown"]): r for r in recs}
check(by[("deltagare", "women")]["value_2018"] == "..", "CSV: women shown as ..", by[("deltagare", "women")])
check(by[("deltagare", "men")]["value_2018"] == "12", "CSV: men 12")
check(note in by[("deltagare", "women")]["notes"], "CSV: the note says why")
check(by[("formel", "total")]["indicator"] == "'=cmd|' /C calc'!A0", "CSV: a formula-looking title gets an apostrophe")
check(by[("deltagare", "total")]["goal"] == "'@SUM(1+1)", "CSV: a goal starting with @ gets an apostrophe")
esc = by[("esc", "total")]["indicator"]
check(esc == "</script><b>\"q\"</b> & 'a'\r\nny rad \u202ebidi", "CSV: quotes, CR/LF and bidi round-trip", repr(esc))

wb = openpyxl.load_workbook(d + "/r.xlsx")
# The data sheet has the CSV's columns (perspective, goal_id, goal, indicator_id, indicator, breakdown, …)
ws = wb["Data"]
x = {(r[3].value, r[5].value): r for r in ws.iter_rows(min_row=2)}
check(x[("deltagare", "women")][9].value == "..", "XLSX: women shown as ..", x[("deltagare", "women")][9].value)
check(x[("deltagare", "men")][9].value == 12 and x[("deltagare", "men")][9].data_type == "n", "XLSX: men 12 as a number")
for sheet in ("Data", "Medborgare"):
    cells = [c.value for r in wb[sheet].iter_rows() for c in r]
    check(3 not in cells, f"XLSX: the 3 appears nowhere ({sheet})")
f = x[("formel", "total")][4]
check(f.value == "=cmd|' /C calc'!A0" and f.data_type == "s", "XLSX: a formula-looking title is text", f.value, f.data_type)
g = x[("formel", "total")][2]
check(g.value == "@SUM(1+1)" and g.data_type == "s", "XLSX: a goal starting with @ is text")
# The sheet for people: Nr, Nämndmål, Indikator, Uppdelning, Enhet, Basår, Basvärde, Utfall 2018, …
ws = wb["Medborgare"]
head = [c.value for c in ws[1]]
check(head[:8] == ["Nr", "Nämndmål", "Indikator", "Uppdelning", "Enhet", "Basår", "Basvärde", "Utfall 2018"],
      "XLSX: the goal sheet's headers are Swedish", head[:8])
p = {(r[2].value, r[3].value): r for r in ws.iter_rows(min_row=2)}
check(p[("Deltagare", "Kvinnor")][7].value == "..", "XLSX: women shown as .. on the goal sheet", sorted(p)[:4])
check(p[("Deltagare", "Män")][7].value == 12 and p[("Deltagare", "Män")][7].data_type == "n",
      "XLSX: men 12 as a number on the goal sheet")
f = p[("=cmd|' /C calc'!A0", "Totalt")][2]
check(f.data_type == "s", "XLSX: a formula-looking title is text on the goal sheet", f.value, f.data_type)
g = p[("=cmd|' /C calc'!A0", "Totalt")][1]
check(g.value == "@SUM(1+1)" and g.data_type == "s", "XLSX: a goal starting with @ is text on the goal sheet")
with zipfile.ZipFile(d + "/r.xlsx") as z:
    check(not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")), "XLSX: no formula anywhere")
# OOXML stores CR as _x000D_ (ECMA-376 ST_Xstring), which Excel decodes and openpyxl 3.0 leaves as it is.
xv = x[("esc", "total")][4].value.replace("_x000D_", "\r")
check(xv == "</script><b>\"q\"</b> & 'a'\r\nny rad \u202ebidi", "XLSX: escaping round-trips", repr(xv))
check(any(note == c.value for r in wb[wb.sheetnames[-2]].iter_rows() for c in r), "XLSX: the footnote sheet has the note")

j = rows[("esc", None)]["title"]
check(j == "</script><b>\"q\"</b> & 'a'\r\nny rad \u202ebidi", "JSON: escaping round-trips", repr(j))

md = open(d + "/r.md", encoding="utf-8").read()
women = [l for l in md.splitlines() if l.startswith("|") and "Kvinnor" in l]
check(women and ".." in women[0] and "| 3 |" not in women[0] and "| 3" not in women[0], "Markdown: women shown as ..", women)
check(any("| 12" in l for l in md.splitlines() if "Män" in l), "Markdown: men 12")
check(note in md.replace("\\", ""), "Markdown: the footnote")
check("<script>" not in md and "\\<" in md, "Markdown: markup escaped")

dom = open(dom_path, encoding="utf-8").read()
import re
trs = re.findall(r"<tr[^>]*>.*?</tr>", dom, re.S)
wtr = [t for t in trs if "Kvinnor" in t]
check(wtr and ">..<" in wtr[0] and ">3<" not in wtr[0], "HTML: women shown as ..", wtr[:1])
check(any(">12<" in t for t in trs if "Män" in t), "HTML: men 12")
check(note in dom, "HTML: the footnote")
check("<b>\"q\"</b>" not in dom and "&lt;/script&gt;" in dom, "HTML: escaped")
titles = re.findall(r'<title id="[^"]*">(.*?)</title>', dom)
check("Andel 2018" in titles and "Deltagare 2018" not in titles, "HTML: bars by gender only where no value is suppressed", titles)
check('class="value">3<' not in "".join(re.findall(r"<svg.*?</svg>", dom, re.S)), "HTML: no chart shows the 3 as a value")
PY
run report r10 --config "$CFG" --out "$TMP/sup-out10" --db "$TMP/sup.db"
check_rc 0 "renders with suppress_below = 2"
check_contains "$(cat "$TMP/sup-out10/r10.json")" '"value": 3' "suppress_below = 2 shows the 3"

# A bad threshold is a configuration error that names the place.
make_config "$TMP/bad" <<'LUA'
report "r" { title = "R", year = 2019, suppress_below = "fem" }
LUA
run report r --config "$TMP/bad" --out "$TMP/bad-out" --db "$TMP/bad.db"
check_rc 3 "suppress_below must be a whole number"
check_contains "$ERR" "init.lua:" "the error names file:line"

# The workbook cannot be built (no temporary folder): a clear error, the earlier files intact,
# no file of the failed rendering written.
before=$(sum "$TMP/sup-out/r.xlsx")
TMPDIR=/nonexistent/styr "$STYR" report r --config "$CFG" --out "$TMP/sup-out" --db "$TMP/sup.db" \
  >"$TMP/.stdout" 2>"$TMP/.stderr"
RC=$? ERR=$(cat "$TMP/.stderr")
check_rc 1 "an XLSX that cannot be built fails the run"
check_contains "$ERR" "xlsx: cannot create a temporary file" "the error says why"
check_eq "$(sum "$TMP/sup-out/r.xlsx")" "$before" "the earlier XLSX is intact"
check_eq "$(ls -A "$TMP/sup-out" | grep -c '^\.')" "0" "no temporary file left in the output folder"

# A report job (styr run) renders every format too, with the chart files.
make_config "$TMP/job" <<'LUA'
indicator "a" { title = "A", unit = "count", direction = "increase", values = { [2017] = 5, [2018] = 7 },
                targets = { [2019] = 8 } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "r" { title = "R", year = 2019, formats = { "html", "csv", "xlsx", "json", "md" } }
event "j" { title = "Rapport", job = "report", report = "r", cron = "0 5 * * *", out = "ut" }
LUA
run run j --config "$TMP/job" --db "$TMP/job.db"
check_rc 0 "a report job renders"
for f in r.html r.csv r.xlsx r.json r.md r-chart-status.svg r-chart-1.svg; do
  check_file "$TMP/job/ut/$f" "the job wrote $f"
done
