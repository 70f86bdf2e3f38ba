#!/bin/sh
# Each example's report in a real browser and on paper: headless Chromium (tests/browser/
# report_check.js, puppeteer-core and axe-core from `make deps`) opens the HTML at 1280 and 390 px
# (no sideways scrolling, no chart text over another, chart titles inside their chart, 0 WCAG 2.1
# A/AA violations); the pdf format gives an A4 PDF whose text holds every indicator name and the
# page footer, the same text when printed twice; a missing Chromium is named with its package.
# Screenshots at both widths and the PDF's first page are kept in build/artifacts/report_browser.
. "$(dirname "$0")/lib.sh"
if [ ! -d "$ROOT/tests/browser/node_modules/puppeteer-core" ]; then
  not_ok "tests/browser/node_modules is missing: run make deps (npm ci in tests/browser)"; exit 1
fi
ART="${STYR_BUILD:-$ROOT/build}/artifacts/report_browser"
rm -rf "$ART"; mkdir -p "$ART"
echo "# artifacts (screenshots at 1280 and 390 px, each PDF's first page): $ART"

PAGES=
for spec in linkoping:uppfoljning:uppfoljning-AMN norddjurs:status:status-ØU umea:uppfoljning:uppfoljning-styrelsen; do
  ex=${spec%%:*} rest=${spec#*:}
  report=${rest%%:*} name=${rest#*:}
  cp -R "$ROOT/examples/$ex" "$TMP/$ex"
  # The example's report, also as PDF.
  sed -i 's/formats = {\(.*\)"md" }/formats = {\1"md", "pdf" }/' "$TMP/$ex/reports.lua"
  run report "$report" --config "$TMP/$ex" --out "$TMP/$ex-1" --db "$TMP/$ex-1.db"
  check_rc 0 "$ex: renders $report with the pdf format"
  check_file "$TMP/$ex-1/$name.pdf" "$ex: $name.pdf written"
  PAGES="$PAGES $ex=$TMP/$ex-1/$name.html"

  info=$(pdfinfo "$TMP/$ex-1/$name.pdf" 2>&1)
  pages=$(echo "$info" | sed -n 's/^Pages: *//p')
  if [ "${pages:-0}" -ge 1 ]; then ok "$ex: pdfinfo opens the PDF ($pages pages)"; else not_ok "$ex: pdfinfo opens the PDF" "$info"; fi
  check_contains "$info" "(A4)" "$ex: the PDF's pages are A4"
  pdftotext -raw "$TMP/$ex-1/$name.pdf" "$TMP/$ex-1.txt"
  # Every indicator name (the report's JSON lists them) and the footer (title, date, "1 / N").
  /usr/bin/python3 - "$TMP/$ex-1/$name.json" "$TMP/$ex-1.txt" "$pages" <<'PY'
import json, re, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
# A name broken after a hyphen at the end of a line reads joined again.
text = " ".join(open(sys.argv[2], encoding="utf-8").read().replace("-\n", "-").split())
names = sorted({r["title"] for s in doc["sections"] for g in s["goals"] for r in g["rows"]
                if not r.get("breakdown") and not r.get("org_unit")})
missing = [n for n in names if " ".join(n.split()) not in text]
print(("ok" if names and not missing else "not ok") + f" - pdftotext finds all {len(names)} indicator names")
for n in missing[:5]:
    print(f"    missing: {n}")
footer = f"{doc['title']} · "
print(("ok" if footer in text else "not ok") + f" - pdftotext finds the page footer ('{footer}…')")
pages = int(sys.argv[3] or 0)
numbers = all(f"{i} / {pages}" in text for i in range(1, pages + 1))
print(("ok" if pages and numbers else "not ok") + f" - every page is numbered (1 / {pages} … {pages} / {pages})")
PY
  # The PDF speaks the reader's language like every other format (tests/e2e/reader_words_check.py).
  /usr/bin/python3 "$ROOT/tests/e2e/reader_words_check.py" "$ex pdf" "$TMP/$ex-1.txt"
  # No word is printed beyond the paper's edge (a table wider than the page would be cut off).
  pdftotext -bbox "$TMP/$ex-1/$name.pdf" "$TMP/$ex-1.bbox.html"
  /usr/bin/python3 - "$TMP/$ex-1.bbox.html" "$ex" <<'PY'
import re, sys
html, ex = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
out = []
for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
    width = float(page.group(1))
    for w in re.finditer(r'<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)</word>', page.group(3)):
        if float(w.group(1)) < 0 or float(w.group(2)) > width:
            out.append(w.group(3))
words = html.count("<word ")
print(("ok" if words and not out else "not ok") + f" - {ex}: all {words} words of the PDF lie inside the page")
for t in out[:5]:
    print(f"    outside the page: {t}")
PY
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$TMP/$ex-1/$name.pdf" "$ART/$ex-pdf-page1"
  check_file "$ART/$ex-pdf-page1.png" "$ex: the PDF's first page saved as $ART/$ex-pdf-page1.png"

  # Same data, another store: every other format byte-identical; the PDF's text identical
  # (Chromium stamps each PDF with the time it printed it).
  run report "$report" --config "$TMP/$ex" --out "$TMP/$ex-2" --db "$TMP/$ex-2.db"
  differ=$(cd "$TMP/$ex-1" && for f in *; do case "$f" in *.pdf) ;; *) cmp -s "$f" "../$ex-2/$f" || echo "$f" ;; esac; done)
  check_eq "$differ" "" "$ex: every file but the PDF byte-identical when rendered twice"
  pdftotext -raw "$TMP/$ex-2/$name.pdf" "$TMP/$ex-2.txt"
  if cmp -s "$TMP/$ex-1.txt" "$TMP/$ex-2.txt"; then ok "$ex: the PDF's text identical when rendered twice"
  else not_ok "$ex: the PDF's text differs between two renderings" "$(diff "$TMP/$ex-1.txt" "$TMP/$ex-2.txt" | head -5)"; fi
done

# A report made to crowd its charts: long Swedish names, twenty years of numbers close together,
# targets beside them, a gender split, perspectives with long names.
mkdir -p "$TMP/long"
/usr/bin/python3 - "$TMP/long/init.lua" <<'PY'
import sys
values = ", ".join(f"[{y}] = {123400 + (y % 3) * 150}" for y in range(2005, 2025))
women = ", ".join(f"[{y}] = {61000 + y % 2}" for y in range(2005, 2025))
men = ", ".join(f"[{y}] = {62000 + y % 2}" for y in range(2005, 2025))
open(sys.argv[1], "w", encoding="utf-8").write(f"""
municipality {{ code = "0580", name = "Testkommun", country = "SE", language = "sv",
  perspectives = {{ "Medborgare och brukare i arbetsmarknadsnämndens samtliga verksamheter", "Ekonomi" }} }}
body "AMN" {{ name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }}
indicator "lang" {{
  title = "Antal deltagare inskrivna i arbetsmarknadsnämndens verksamheter som avslutas till arbete (både subventionerade och osubventionerade anställningar) eller studier",
  unit = "persons", direction = "increase",
  values = {{ {values} }}, targets = {{ [2025] = 123500, [2026] = 123600, [2027] = 123700 }},
  women = {{ values = {{ {women} }} }}, men = {{ values = {{ {men} }} }},
}}
indicator "kort" {{ title = "Kort", unit = "persons", values = {{ [2023] = 1, [2024] = 2 }} }}
goal "G1" {{ title = "Arbetsmarknadsnämndensuppföljningsmålsättningsformuleringen gäller alla", body = "AMN",
  perspective = "Medborgare och brukare i arbetsmarknadsnämndens samtliga verksamheter", indicators = {{ "lang" }} }}
goal "G2" {{ title = "Ekonomi", body = "AMN", perspective = "Ekonomi", indicators = {{ "kort" }} }}
report "lang" {{ title = "Uppföljning med långa namn", year = 2024, formats = {{ "html" }} }}
""")
PY
run report lang --config "$TMP/long" --out "$TMP/long-out" --db "$TMP/long.db"
check_rc 0 "the report with long names renders"
PAGES="$PAGES long-names=$TMP/long-out/lang.html"

# The browser checks of each HTML report at 1280 and 390 px.
# shellcheck disable=SC2086
node "$ROOT/tests/browser/report_check.js" "$ART" $PAGES

# Without Chromium: a clear message naming the Debian package, and no PDF.
STYR_CHROMIUM=/nonexistent/chromium run report uppfoljning --config "$TMP/linkoping" --out "$TMP/nochromium" --db "$TMP/linkoping-1.db"
check_rc 1 "without Chromium the pdf format fails"
check_contains "$ERR" "install the Debian package chromium (apt-get install chromium)" "the message names the package to install"
if ls "$TMP/nochromium"/*.pdf >/dev/null 2>&1; then not_ok "no PDF written without Chromium"; else ok "no PDF written without Chromium"; fi
exit 0
