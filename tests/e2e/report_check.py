"""Reads one rendering of a report back with real readers and prints TAP lines: the CSV with
Python's csv module, the XLSX with openpyxl, the JSON with jsonschema against docs/report.schema.json,
the Markdown's tables, and the HTML DOM that headless Chromium built (tables, captions, footnotes).
With DB (the SQLite store the report was rendered from), the XLSX numbers are also compared with
the store's latest vintages.
Usage: report_check.py DIR NAME SCHEMA [DOM-FILE [DB]]"""
import csv
import glob
import io
import os
import re
import xml.etree.ElementTree as ET
import json
import sys
import zipfile

import jsonschema
import openpyxl

out_dir, name, schema_path = sys.argv[1:4]
dom_path = sys.argv[4] if len(sys.argv) > 4 else None
db_path = sys.argv[5] if len(sys.argv) > 5 else None
base = f"{out_dir}/{name}"


def check(cond, what, *evidence):
    print(("ok - " if cond else "not ok - ") + f"{name}: {what}")
    if not cond:
        for e in evidence:
            print("    " + str(e)[:2000])


# JSON against its schema.
doc = json.load(open(base + ".json", encoding="utf-8"))
schema = json.load(open(schema_path, encoding="utf-8"))
errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(doc), key=str)
check(not errors, "JSON validates against docs/report.schema.json", *errors[:3])
json_rows = [(s["perspective"], g, r) for s in doc["sections"] for g in s["goals"] for r in g["rows"]]
blocks = doc["blocks"]
kinds = [b["kind"] for b in blocks]
ind_tables = [b for b in blocks if b["kind"] == "indicator_table"]
act_lists = [b for b in blocks if b["kind"] == "activity_list"]
tables = sum(1 for s in doc["sections"] for g in s["goals"] if g["rows"]) + len(ind_tables)
check(kinds.count("goal_table") == len(doc["sections"]) and
      sorted(b["section"] for b in blocks if b["kind"] == "goal_table") == list(range(len(doc["sections"]))),
      "JSON blocks refer to every goal table once", kinds)
check(kinds.count("footnotes") == 1, "JSON blocks have the footnotes once", kinds)

# CSV round trip.
raw = open(base + ".csv", "rb").read()
rows = list(csv.reader(open(base + ".csv", newline="", encoding="utf-8")))
header, body = rows[0], rows[1:]
check(all(len(r) == len(header) for r in body), "CSV rows all as wide as the header")
check(len(body) == len(json_rows), "CSV has a row per JSON row", len(body), len(json_rows))
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for r in rows:
    w.writerow(r)
check(buf.getvalue().encode() == raw, "CSV re-written by Python's csv gives the same bytes")
csv_ok = True
for c, (p, g, r) in zip(body, json_rows):
    rec = dict(zip(header, c))
    if rec["indicator_id"] != r["indicator"] or rec["goal_id"] != g["id"] or rec["perspective"] != p:
        csv_ok = False
    for v in r["values"]:
        want = ".." if v["suppressed"] else ("" if v["value"] is None else v["value"])
        got = rec["value_%d" % v["year"]]
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            if got == "" or abs(float(got) - want) > 1e-9:
                csv_ok = False
        elif isinstance(want, str) and want not in (got, got.lstrip("'")):
            csv_ok = False
check(csv_ok, "CSV values equal the JSON's, row by row")


def value_matches(want, got):
    if isinstance(want, bool) or want is None:
        return got == ""
    if isinstance(want, (int, float)):
        return got != "" and abs(float(got) - want) < 1e-9
    return got in (want, "'" + want)


# Each indicator table and activity list of the layout: a CSV file of its own.
for blk in ind_tables:
    n = blk["number"]
    path = f"{base}-indicators-{n}.csv"
    recs = list(csv.DictReader(open(path, newline="", encoding="utf-8")))
    ok_rows = len(recs) == len(blk["rows"])
    for rec, r in zip(recs, blk["rows"]):
        ok_rows = ok_rows and rec["indicator_id"] == r["indicator"]
        for v in r["values"]:
            want = ".." if v["suppressed"] else v["value"]
            ok_rows = ok_rows and value_matches(want, rec["value_%d" % v["year"]])
    check(ok_rows, f"indicator table {n}: {os.path.basename(path)} has its rows and values", len(recs), len(blk["rows"]))
for blk in act_lists:
    n = blk["number"]
    path = f"{base}-activities-{n}.csv"
    recs = list(csv.DictReader(open(path, newline="", encoding="utf-8")))
    check([r["activity"] for r in recs] == [a["title"] for a in blk["items"]] and
          [r["state"] for r in recs] == [a["state"] for a in blk["items"]],
          f"activity list {n}: {os.path.basename(path)} lists its activities with their state", len(recs), len(blk["items"]))

# XLSX with openpyxl: sheet names, headers in the report's language, numbers stored as numbers,
# values equal to the CSV's, autofilter and landscape print on the sheets for people.
# The words of each language (scripts/lib/labels.lua): the sheets after the tables, and the
# first columns of a goal table's sheet.
XLSX_WORDS = {
    "sv": (["Aktiviteter", "Analyser", "Data", "Fotnoter", "Källor"], ["Nr", "Nämndmål", "Indikator", "Uppdelning"],
           ["Utgivare", "Nyckeltal eller tabell", "Benämning", "Hämtad", "Version", "Länk"]),
    "da": (["Aktiviteter", "Analyser", "Data", "Fodnoter", "Kilder"], ["Nr.", "Mål", "Indikator", "Opdeling"],
           ["Udgiver", "Nøgletal eller tabel", "Betegnelse", "Hentet", "Version", "Link"]),
    "en": (["Activities", "Analyses", "Data", "Footnotes", "Sources"], ["No.", "Goal", "Indicator", "Breakdown"],
           ["Publisher", "KPI or table", "Title", "Fetched", "Version", "Link"]),
}
after, goal_head, source_head = XLSX_WORDS[doc["language"]]
wb = openpyxl.load_workbook(base + ".xlsx")
perspectives = [s["perspective"] for s in doc["sections"]]
# Sheets in layout order: the texts (when the layout has any), a sheet per goal table
# (perspective), indicator table and activity list, then every goal's activities, the analyses,
# the data sheet (the CSV's columns), footnotes and sources.
has_text = any(k in ("heading", "text") for k in kinds)
expected, goal_sheets, n_ind, n_act = [], [], 0, 0
for blk in blocks:
    if blk["kind"] == "goal_table":
        sec = doc["sections"][blk["section"]]
        expected.append(sec["perspective"][:31])
        goal_sheets.append(len(expected) - 1 + (1 if has_text else 0))
    elif blk["kind"] == "indicator_table":
        n_ind += 1
        expected.append(blk["caption"] or None)
    elif blk["kind"] == "activity_list":
        n_act += 1
        expected.append(blk["caption"] or None)
names = wb.sheetnames[1:] if has_text else wb.sheetnames
check(len(names) == len(expected) + 5 and all(e is None or n == e[:31] for n, e in zip(names, expected)) and
      names[len(expected):] == after,
      "XLSX has a sheet per table in layout order, then activities, analyses, data, footnotes and sources",
      wb.sheetnames, expected)
if has_text:
    texts = [c.value for row in wb[wb.sheetnames[0]].iter_rows() for c in row if c.value]
    want = [b["text"] for b in blocks if b["kind"] == "heading"]
    check(all(w in texts for w in want), "XLSX text sheet has every heading", want, texts[:5])
people = [wb.sheetnames[i] for i in goal_sheets] + after[:2] + after[3:]
for sheet in people:
    ws = wb[sheet]
    head = [c.value for c in ws[1]]
    check(ws.freeze_panes == "A2", f"XLSX sheet {sheet!r} freezes its header row", ws.freeze_panes)
    check(ws.cell(1, 1).font.b, f"XLSX sheet {sheet!r} has a bold header")
    check(all(isinstance(h, str) and re.fullmatch(r"[a-z_0-9]+", h) is None for h in head),
          f"XLSX sheet {sheet!r} has headers in the report's language, no machine names", head)
    check(ws.auto_filter.ref == ws.dimensions, f"XLSX sheet {sheet!r} has an autofilter over its table",
          ws.auto_filter.ref, ws.dimensions)
    check(ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage and
          ws.page_setup.fitToHeight == 0, f"XLSX sheet {sheet!r} prints landscape, one page wide")
for sheet in [wb.sheetnames[i] for i in goal_sheets]:
    head = [c.value for c in wb[sheet][1]]
    # the goal column takes the configuration's own word for a goal (labels may be overridden)
    check([head[0]] + head[2:4] == [goal_head[0]] + goal_head[2:4],
          f"XLSX sheet {sheet!r} names its columns in the report's language", head[:4])
acts = [r for r in wb[after[0]].iter_rows(min_row=2, values_only=True)]
want_acts = [a["title"] for s in doc["sections"] for g in s["goals"] for a in g.get("activities", [])]
check(sorted(r[2] for r in acts) == sorted(dict.fromkeys(want_acts)) if want_acts else len(acts) == 0,
      "XLSX activities sheet lists every goal's activities", [r[2] for r in acts][:5], want_acts[:5])
data = wb[after[2]]
check([c.value for c in data[1]] == header, "XLSX data sheet has the CSV's columns", [c.value for c in data[1]][:8])
xrows = [list(r) for r in data.iter_rows(min_row=2)]
check(len(xrows) == len(body), "XLSX has a row per CSV row", len(xrows), len(body))
numeric = [i for i, h in enumerate(header) if h == "base_value" or h.startswith("value_") or h.startswith("target_")]
bad, numbers = [], 0
for c, x in zip(body, xrows):
    for i in numeric:
        cell = x[i]
        want = c[i]
        try:
            f = float(want)
        except ValueError:
            f = None
        if f is not None:
            numbers += 1
            if cell.data_type != "n" or not isinstance(cell.value, (int, float)) or abs(cell.value - f) > 1e-9:
                bad.append((c[3], header[i], want, cell.value, cell.data_type))
            elif cell.number_format == "General":
                bad.append((c[3], header[i], "no number format"))
        elif want == "":
            if cell.value not in (None, ""):
                bad.append((c[3], header[i], want, cell.value))
        elif cell.data_type != "s" or cell.value != want.lstrip("'") and cell.value != want:
            bad.append((c[3], header[i], want, cell.value, cell.data_type))
    for i in (1, 3, 5):
        if x[i].value != c[i]:
            bad.append((header[i], c[i], x[i].value))
check(not bad and numbers > 0, f"XLSX numbers are numbers with a number format, equal to the CSV's ({numbers} numbers)", *bad[:5])
# The sheets for people hold the same numbers, as numbers.
people_numbers = sum(1 for sh in [wb.sheetnames[i] for i in goal_sheets] for r in wb[sh].iter_rows(min_row=2)
                     for cell in r if cell.data_type == "n" and isinstance(cell.value, float))
check(people_numbers >= sum(1 for c in body for i in numeric if re.fullmatch(r"-?\d+\.\d+", c[i])),
      "XLSX goal sheets store decimal numbers as numbers", people_numbers)
if db_path:
    # Each number in the XLSX data sheet against the store's latest vintage of its series.
    import sqlite3
    con = sqlite3.connect(db_path)
    code = doc["municipality"]["code"]
    def stored(ind, breakdown, year):
        area, gender = code, {"total": "T", "women": "K", "men": "M"}.get(breakdown, "T")
        if breakdown.startswith("unit:"):
            area = code + ":" + breakdown[5:]  # a unit's series is stored under MUNICIPALITY:UNIT
        row = con.execute("SELECT o.value, o.status FROM observations o JOIN series s ON s.id = o.series_id "
                          "WHERE s.indicator_id = ? AND s.area = ? AND s.gender = ? AND o.period = ? "
                          "ORDER BY o.seq DESC LIMIT 1", (ind, area, gender, str(year))).fetchone()
        return row
    years = [int(h[len("value_"):]) for h in header if h.startswith("value_")]
    compared, wrong = 0, []
    for c, x in zip(body, xrows):
        rec = dict(zip(header, c))
        for y in years:
            cell = x[header.index("value_%d" % y)]
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                st = stored(rec["indicator_id"], rec["breakdown"], y)
                compared += 1
                if not st or st[1] == "missing" or st[0] is None or abs(st[0] - cell.value) > 1e-9:
                    wrong.append((rec["indicator_id"], rec["breakdown"], y, cell.value, st))
    check(compared > 0 and not wrong, f"XLSX numbers equal the store's latest vintages ({compared} compared)", *wrong[:5])
with zipfile.ZipFile(base + ".xlsx") as z:
    formulas = [n for n in z.namelist() if n.startswith("xl/worksheets/") and b"<f>" in z.read(n)]
check(not formulas, "XLSX holds no formula", formulas)
src = wb[wb.sheetnames[-1]]
check(src.max_row - 1 == len(doc["sources"]), "XLSX sources sheet lists every source", src.max_row, len(doc["sources"]))
check([c.value for c in src[1]] == source_head, "XLSX sources sheet names its columns in the report's language",
      [c.value for c in src[1]])
linked = [r[5].hyperlink.target for r in src.iter_rows(min_row=2) if r[5].hyperlink]
pages = [s_["page"] for s_ in doc["sources"] if s_.get("page")]
check(sorted(linked) == sorted(pages) and all(re.match(r"https?://", u) for u in linked),
      f"XLSX sources sheet links each source to its public page ({len(linked)} links)", linked[:3], pages[:3])

# Markdown: a table per goal table, footnotes.
md = open(base + ".md", encoding="utf-8").read()
md_tables = sum(1 for line in md.splitlines() if line.startswith("|---"))
check(md_tables == tables, "Markdown has a table per goal and indicator table", md_tables, tables)
check(all(f"\n{i}. " in md for i in range(1, len(doc["footnotes"]) + 1)), "Markdown lists every footnote")

# HTML as Chromium built it.
if dom_path:
    dom = open(dom_path, encoding="utf-8").read()
    # Indicator tables are class "rows"; the other tables are the charts' numbers (details.chart-numbers).
    check(dom.count('<table class="rows">') == tables, "HTML (Chromium DOM) has a table per goal and indicator table",
          dom.count('<table class="rows">'), tables)
    check(dom.count("<table") - tables == dom.count('<details class="chart-numbers">') == dom.count('<figure class="chart"'),
          "HTML: every chart has its numbers as a table the reader can open",
          dom.count("<table") - tables, dom.count('<figure class="chart"'))
    with_sources = sum(1 for s in doc["sections"] if s["sources"]) + \
        sum(1 for b in blocks if b["kind"] in ("indicator_table", "chart") and b.get("sources") and
            (b["kind"] != "chart" or b["id"]))
    check(dom.count('<p class="table-sources">') == with_sources,
          "HTML: every table and chart with numbers lists its sources under it", dom.count('<p class="table-sources">'), with_sources)
    import html as htmlmod
    for blk in blocks:
        k = blk["kind"]
        if k == "heading":
            check(f'class="block-heading">{htmlmod.escape(blk["text"], quote=False)}</h{blk["level"]}>' in dom,
                  f"HTML has the heading {blk['text']!r}")
        elif k == "chart" and blk["id"]:
            check(f'id="{blk["id"]}"' in dom, f"HTML has the {blk['chart']} chart {blk['id']}")
        elif k == "analyses":
            missing = [a["indicator"] for a in blk["items"] if f'id="analysis-{a["indicator"]}-{a["period"]}"' not in dom]
            check(not missing, f"HTML has every analysis of {blk['period']} ({len(blk['items'])})", missing)
        elif k == "activity_list":
            titles = [htmlmod.escape(a["title"], quote=False) for a in blk["items"]]
            check(all(t in dom for t in titles), f"HTML lists the activities of {blk['caption']!r} ({len(titles)})")
    check(dom.count('<div class="text">') == kinds.count("text"), "HTML has every text block",
          dom.count('<div class="text">'), kinds.count("text"))
    check(dom.count("<caption>") == dom.count("<table") >= tables, "every HTML table has a caption")
    ths = re.findall(r"<th\b[^>]*>", dom)
    check(ths and all('scope="' in t for t in ths), "every HTML header cell has a scope", [t for t in ths if "scope" not in t][:3])
    check("@page { size: A4" in dom and "section.perspective { break-before: page; }" in dom,
          "HTML print stylesheet: A4 pages, a page break before each perspective")
    check(dom.count('<section class="perspective">') == len(doc["sections"]), "HTML has a section per perspective")
    notes = sum(1 for i in range(1, len(doc["footnotes"]) + 1) if f'id="note-{i}"' in dom)
    check(notes == len(doc["footnotes"]), "HTML shows every footnote", notes, len(doc["footnotes"]))

# Charts: SVG files beside the Markdown, each well-formed XML with a <title>, referenced by the
# Markdown and inline in the HTML.
svgs = sorted(glob.glob(glob.escape(base) + "-chart-*.svg"))
check(len(svgs) > 0, "charts written beside the Markdown", len(svgs))
titled = 0
for f in svgs:
    root = ET.parse(f).getroot()
    if root.find("{http://www.w3.org/2000/svg}title") is not None:
        titled += 1
check(titled == len(svgs), "every SVG file is well-formed XML with a <title>", titled, len(svgs))
check(all("](" + os.path.basename(f) + ")" in md for f in svgs), "the Markdown shows every chart file")
if dom_path:
    check(dom.count("<svg") == len(svgs), "HTML has every chart inline as SVG", dom.count("<svg"), len(svgs))
    check(dom.count("<svg") == dom.count("<title id="), "every inline chart has a <title>")
    check('id="chart-status"' in dom, "HTML has the status overview chart")
