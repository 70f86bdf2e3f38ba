#!/bin/sh
# styr fetch for the three bundled examples against the local replay server, then offline. The
# Kolada and Statistics Denmark answers here are generated test data in the APIs' shapes (their
# numbers are invented); the Statistics Sweden answer is the recorded TAB6471 response from
# tests/fixtures/opendata/scb, and its stored values are compared with an independent reading.
. "$(dirname "$0")/lib.sh"
WWW="$TMP/www"
SCB_FIX="$ROOT/tests/fixtures/opendata/scb/v2_TAB6471_data_jsonstat2.json"
mkdir -p "$WWW/scb/v2/tables/TAB6471" "$WWW/dst/v1"
cp "$SCB_FIX" "$WWW/scb/v2/tables/TAB6471/data.json"

# kolada KPIS MUNICIPALITIES FROM TO: a Kolada v3 metadata answer and data answer (invented values).
kolada() {
  /usr/bin/python3 - "$WWW/kolada/v3" "$1" "$2" "$3" "$4" <<'PY'
import json, os, sys, zlib
root, kpis, munis, y0, y1 = sys.argv[1], sys.argv[2].split(","), sys.argv[3].split(","), int(sys.argv[4]), int(sys.argv[5])
years = ",".join(str(y) for y in range(y0, y1 + 1))
os.makedirs(root + "/kpi", exist_ok=True)
meta = {"count": len(kpis), "values": [{"id": k, "title": "KPI " + k} for k in kpis]}
json.dump(meta, open(root + "/kpi/" + ",".join(kpis) + ".json", "w"))
vals = []
for k in kpis:
    for m in munis:
        for y in range(y0, y1 + 1):
            cells = []
            for g in "TKM":
                v = 1 + zlib.crc32(("%s%s%d%s" % (k, m, y, g)).encode()) % 1000 / 100.0
                cells.append({"count": 1, "gender": g, "status": "", "value": v})
            vals.append({"kpi": k, "municipality": m, "period": y, "values": cells})
d = root + "/data/kpi/" + ",".join(kpis) + "/municipality/" + ",".join(munis) + "/year"
os.makedirs(d, exist_ok=True)
json.dump({"count": len(vals), "values": vals}, open(d + "/" + years + ".json", "w"))
print(len(vals) * 3)
PY
}
n_lk=$(kolada N00090,N03937,N31807,N31816 0580,0581,1880,0680,1980,0000 2015 2024)
n_um=$(kolada N03937,N31807 2480,2580,2482,2281,2380 2018 2024)
# Statistics Denmark's JSON-stat 1.x answer for AUP01 in Norddjurs (707), three months.
/usr/bin/python3 - "$WWW/dst/v1/data.json" <<'PY'
import json, sys
dims = {
  "OMRÅDE": {"label": "område", "category": {"index": {"707": 0}, "label": {"707": "Norddjurs"}}},
  "ALDER": {"label": "alder", "category": {"index": {"TOT": 0}, "label": {"TOT": "Alder i alt"}}},
  "KØN": {"label": "køn", "category": {"index": {"TOT": 0, "M": 1, "K": 2}, "label": {"TOT": "I alt", "M": "Mænd", "K": "Kvinder"}}},
  "ContentsCode": {"label": "Indhold", "category": {"index": {"AUP01": 0}, "label": {"AUP01": "Fuldtidsledige i pct."}}},
  "Tid": {"label": "tid", "category": {"index": {"2025M01": 0, "2025M02": 1, "2025M03": 2}, "label": {"2025M01": "2025M01", "2025M02": "2025M02", "2025M03": "2025M03"}}},
}
order = ["OMRÅDE", "ALDER", "KØN", "ContentsCode", "Tid"]
dims["id"], dims["size"], dims["role"] = order, [1, 1, 3, 1, 3], {"metric": ["ContentsCode"], "time": ["Tid"], "geo": ["OMRÅDE"]}
ds = {"dataset": {"dimension": dims, "label": "AUP01", "source": "Danmarks Statistik", "updated": "2025-04-01T06:00:00Z",
      "value": [4.1, 4.0, 3.9, 4.3, 4.2, 4.0, 3.9, 3.8, 3.8]}}
json.dump(ds, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
start_server "$WWW"
export STYR_URL_KOLADA="$BASE/kolada/v3" STYR_URL_SCB_BEFOLKNING="$BASE/scb/v2" STYR_URL_DST_LEDIGHED="$BASE/dst/v1"

for ex in linkoping umea norddjurs; do
  cp -R "$ROOT/examples/$ex" "$TMP/$ex"
  run fetch --config "$TMP/$ex" --db "$TMP/$ex.db"
  check_rc 0 "$ex: styr fetch against the local server"
  FIRST=$OUT
  run fetch --config "$TMP/$ex" --db "$TMP/$ex.db" --offline
  check_rc 0 "$ex: styr fetch --offline"
  check_contains "$OUT" "0 new, 0 changed" "$ex: offline adds no vintage"
  eval "first_$ex=\$FIRST"
done
check_contains "$first_linkoping" "kolada: $n_lk new, 0 changed, 0 unchanged" "Linköping: every Kolada value is stored"
check_contains "$first_umea" "kolada: $n_um new, 0 changed, 0 unchanged" "Umeå: every Kolada value is stored"
# The replay server answers the whole recorded table whatever the selection: 21 län × 3 genders ×
# 4 months of the 20–29 age group the indicator maps.
check_contains "$first_umea" "scb_befolkning: 252 new, 0 changed, 0 unchanged" "Umeå: every mapped cell of the SCB answer is stored"
check_contains "$first_norddjurs" "dst_ledighed: 9 new, 0 changed, 0 unchanged" "Norddjurs: every Statistics Denmark cell is stored"

# The stored SCB values equal an independent reading of the recorded response.
/usr/bin/python3 - "$SCB_FIX" "$TMP/umea.db" >"$TMP/scb.txt" <<'PY'
import json, sqlite3, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
ids, size = d["id"], d["size"]
idx = {k: {c: i for c, i in d["dimension"][k]["category"]["index"].items()} for k in ids}
def cell(**codes):
    pos = 0
    for k, n in zip(ids, size):
        pos = pos * n + idx[k][codes[k]]
    return d["value"][pos]
want = cell(Region="24", Alder="20-29", Kon="TotSa", ContentsCode="000007SF", Tid="2026M03")
db = sqlite3.connect(sys.argv[2])
got = db.execute("SELECT o.value FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = "
                 "'befolkning_20_29' AND s.area = '24' AND s.gender = 'T' AND o.period = '2026-03'").fetchall()
print("want", want, "got", got)
print("equal", len(got) == 1 and got[0][0] == want)
PY
check_contains "$(cat "$TMP/scb.txt")" "equal True" "Umeå: Västerbotten's 20–29-year-olds in March 2026 equal the recorded SCB value"
run report jamforelse --config "$TMP/linkoping" --db "$TMP/linkoping.db" --out "$TMP/out"
check_rc 0 "Linköping: the Kolada comparison report renders from the fetched values"
# The comparison report ranks Linköping among its four peers (all four KPIs: lower is better) and
# shows Kolada's national value (0000), equal to a ranking computed here from the stored values.
/usr/bin/python3 - "$TMP/out/jamforelse.csv" "$TMP/linkoping.db" >"$TMP/peers.txt" <<'PY'
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
def val(ind, area):
    r = db.execute("SELECT o.value FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = ? "
                   "AND s.area = ? AND s.gender = 'T' AND o.period = '2024' ORDER BY o.seq DESC LIMIT 1", (ind, area)).fetchone()
    return r and r[0]
bad, n = [], 0
for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    ind = r["indicator_id"]
    own = val(ind, "0580")
    peers = [v for v in (val(ind, p) for p in ("0581", "1880", "0680", "1980")) if v is not None]
    want = (str(1 + sum(1 for v in peers if v < own)), str(1 + len(peers)), "%g" % val(ind, "0000"), "2024")
    got = (r["peer_rank"], r["peer_count"], "%g" % float(r["national"] or "nan"), r["peer_year"])
    n += 1
    if want != got: bad.append((ind, want, got))
print("rows", n, "bad", bad)
PY
check_contains "$(cat "$TMP/peers.txt")" "rows 4 bad []" "Linköping: rank among the peers and the national value in the comparison report"
check_contains "$(cat "$TMP/out/jamforelse.html")" '<th scope="col">Rang bland jämförda</th><th scope="col">Riket</th>' \
  "Linköping: the comparison report's HTML shows rank and national value"
check_eq "$(grep -c '<rect class="self"' "$TMP/out/jamforelse.html")" "4" "Linköping: a ranking chart per Kolada KPI"
# The goal table names where its fetched numbers come from: the publisher, Kolada's KPI ids with a
# link to each KPI's public page and its title, and the fetch date, under the table.
SRC=$(grep -o '<p class="table-sources">.*</p>' "$TMP/out/jamforelse.html")
for kpi in N31807 N31816 N03937 N00090; do
  check_contains "$SRC" "<a href=\"https://www.kolada.se/verktyg/fri-sokning/?kpis=$kpi\">Kolada (RKA): nyckeltal $kpi " \
    "Linköping: the table's sources name Kolada $kpi and link to its page"
done
check_contains "$SRC" "Kolada (RKA): nyckeltal N31807 Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef.</a>, hämtad " \
  "Linköping: the table's sources give the KPI's title and when it was fetched"
# The XLSX's sources sheet links each Kolada KPI to its public page.
/usr/bin/python3 - "$TMP/out/jamforelse.xlsx" >"$TMP/links.txt" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Källor"]
for r in ws.iter_rows(min_row=2):
    print(r[0].value, "|", r[1].value, "|", r[5].value, "|", r[5].hyperlink and r[5].hyperlink.target)
PY
for kpi in N31807 N31816 N03937 N00090; do
  check_contains "$(cat "$TMP/links.txt")" "Kolada (RKA) | Nyckeltal $kpi | källans sida | https://www.kolada.se/verktyg/fri-sokning/?kpis=$kpi" \
    "Linköping: the XLSX sources sheet links Kolada $kpi to its page"
done
# Umeå's county population comes by month (SCB, January to April 2026 in the recording): the yearly
# follow-up shows it for the county's area, and 2026 as missing, with the months that lack data.
run report uppfoljning --config "$TMP/umea" --db "$TMP/umea.db" --out "$TMP/umea-out" --audience styrelsen
check_rc 0 "Umeå: the follow-up renders with the fetched data"
/usr/bin/python3 - "$TMP/umea-out/uppfoljning-styrelsen.csv" >"$TMP/umea-pop.txt" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    if r["indicator_id"] == "befolkning_20_29" and r["breakdown"] == "total":
        print(r.get("value_2026", "no column"), "|", r["notes"])
PY
check_contains "$(cat "$TMP/umea-pop.txt")" "| 2026: Uppgift finns bara för 4 av 12 månader." \
  "Umeå: the county's monthly population makes no 2026 mean until the year is complete, and says why"
# SCB's table is named by its publisher, id and title, with a link to its page in Statistikdatabasen.
check_contains "$(cat "$TMP/umea-out/uppfoljning-styrelsen.html")" \
  '<a href="https://www.statistikdatabasen.scb.se/sv/table/TAB6471">Statistiska centralbyrån (SCB): tabell TAB6471 Folkmängden per månad efter region, ålder och kön</a>, hämtad ' \
  "Umeå: the county's population names SCB's table TAB6471 and links to it"
# With fetched values too, no engine phrase reaches the reader (tests/e2e/reader_words_check.py).
/usr/bin/python3 "$ROOT/tests/e2e/reader_words_check.py" "fetched: Linköping jamforelse" "$TMP/out"/*
/usr/bin/python3 "$ROOT/tests/e2e/reader_words_check.py" "fetched: Umeå uppfoljning" "$TMP/umea-out"/*
