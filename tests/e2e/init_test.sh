#!/bin/sh
# styr init for a Swedish code (0581 Norrköping) and a Danish one (707 Norddjurs) into empty folders,
# then what a new user runs next: validate (no problems, no warnings), fetch against the local
# replay server, report (every format, with values and peers); a non-empty folder refused without
# --force and nothing written; flags and their errors; the online lookup of a code the bundled
# catalogue does not have; questions on a terminal. The Kolada and Statistics Denmark answers are
# generated here in the APIs' shapes; their numbers are invented.
. "$(dirname "$0")/lib.sh"
WWW="$TMP/www"
mkdir -p "$WWW"

# ---- Sweden: 0581 --------------------------------------------------------------------------------
SE="$TMP/norrkoping"
run init "$SE" --municipality 0581
check_rc 0 "styr init for 0581 into a new folder"
check_eq "$OUT" "$(printf '%s\n' init.lua org.lua indicators.lua goals.lua sources.lua reports.lua wheel.lua | sed "s#^#$SE/#")" \
  "init lists the files it wrote"
check_contains "$ERR" "styr: $SE: a configuration for Norrköpings kommun (0581, SE; labour market (arbetsmarknad)) with 5 indicators and 12 peers; next: styr validate $SE" \
  "init says what it made and the next command"
check_contains "$(cat "$SE/init.lua")" 'code = "0581", name = "Norrköpings kommun"' "the name comes from the bundled catalogue"
check_contains "$(cat "$SE/sources.lua")" 'arbetslosa = "N03937",' "Kolada's KPI for open unemployment"
check_contains "$(cat "$SE/indicators.lua")" 'title = "Öppet arbetslösa av befolkningen, 18-65 år, andel (%)",' \
  "the indicator's title is Kolada's"
check_contains "$(cat "$SE/reports.lua")" '"0580", "0582", "0583"' "the peers are Östergötland's municipalities"
check_contains "$(cat "$SE/wheel.lua")" 'after = { period = "tertial", days = 30 }' "tertial follow-ups"
for f in "$SE"/*.lua; do
  check_eq "$(head -c 3 "$f")" "-- " "$(basename "$f") starts with a comment"
done
run validate "$SE"
check_rc 0 "the Swedish configuration validates"
check_eq "$OUT" "$SE: valid (1 goal, 5 indicators, 1 activity, 3 bodies, 1 report)" "validate's summary, counts in number"
check_eq "$ERR" "styr: next: styr fetch --config $SE, then styr report uppfoljning --config $SE" \
  "validate finds no problem and no warning, and names the next commands"

# Kolada's answers for the source init wrote: the KPI catalogue's answer and the data.
/usr/bin/python3 - "$WWW/kolada/v3" "$SE/sources.lua" >"$TMP/kolada.txt" <<'PY'
import json, os, re, sys, zlib
root, src = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
kpis = sorted(set(re.findall(r'= "([NU]\d{5})"', src)))
munis = re.findall(r'"(\d{4})"', src.split("municipalities = {")[1].split("}")[0])
y0, y1 = map(int, re.search(r"years = \{ from = (\d+), to = (\d+) \}", src).groups())
os.makedirs(root + "/kpi", exist_ok=True)
json.dump({"count": len(kpis), "values": [{"id": k, "title": "KPI " + k} for k in kpis]},
          open(root + "/kpi/" + ",".join(kpis) + ".json", "w"))
vals = []
for k in kpis:
    for m in munis:
        for y in range(y0, y1 + 1):
            cells = [{"count": 1, "gender": g, "status": "",
                      "value": 1 + zlib.crc32(("%s%s%d%s" % (k, m, y, g)).encode()) % 1000 / 100.0} for g in "TKM"]
            vals.append({"kpi": k, "municipality": m, "period": y, "values": cells})
d = root + "/data/kpi/" + ",".join(kpis) + "/municipality/" + ",".join(munis) + "/year"
os.makedirs(d, exist_ok=True)
json.dump({"count": len(vals), "values": vals}, open(d + "/" + ",".join(str(y) for y in range(y0, y1 + 1)) + ".json", "w"))
print(len(vals) * 3)
PY
N_SE=$(cat "$TMP/kolada.txt")

# ---- Denmark: 707 --------------------------------------------------------------------------------
DK="$TMP/norddjurs"
run init "$DK" --municipality 707
check_rc 0 "styr init for 707 into a new folder"
check_contains "$ERR" "a configuration for Norddjurs Kommune (707, DK; labour market (beskæftigelse)) with 3 indicators and 30 peers" \
  "init names the Danish municipality and its peers"
check_contains "$(cat "$DK/sources.lua")" 'kind = "statbank", table = "AULKP01"' "a Statistics Denmark source"
check_contains "$(cat "$DK/wheel.lua")" 'after = { period = "quarter", days = 30 }' "quarterly follow-ups"
check_contains "$(cat "$DK/init.lua")" 'language = "da"' "Danish reports"
run validate "$DK"
check_rc 0 "the Danish configuration validates"
check_eq "$ERR" "styr: next: styr fetch --config $DK, then styr report opfolgning --config $DK" \
  "validate finds no problem and no warning"

# Statistics Denmark's JSON-stat answer for the three tables' data (one answer serves the three
# POSTs: each source reads its own ContentsCode), by quarter, for Norddjurs, its peers and 000.
mkdir -p "$WWW/dst/v1"
/usr/bin/python3 - "$WWW/dst/v1/data.json" "$DK/sources.lua" <<'PY'
import json, re, sys, zlib
src = open(sys.argv[2], encoding="utf-8").read()
areas = re.findall(r'"(\d{3})"', src.split("local AREAS = {")[1].split("}")[0])
tables = re.findall(r'table = "(\w+)"', src)
quarters = ["%dK%d" % (y, q) for y in range(2016, 2019) for q in range(1, 5)]
def cat(codes): return {"index": {c: i for i, c in enumerate(codes)}, "label": {c: c for c in codes}}
dims = {"OMRÅDE": {"label": "område", "category": cat(areas)}, "KØN": {"label": "køn", "category": cat(["TOT", "M", "K"])},
        "ContentsCode": {"label": "indhold", "category": cat(tables)}, "Tid": {"label": "tid", "category": cat(quarters)}}
order = ["OMRÅDE", "KØN", "ContentsCode", "Tid"]
dims["id"], dims["size"] = order, [len(areas), 3, len(tables), len(quarters)]
dims["role"] = {"metric": ["ContentsCode"], "time": ["Tid"], "geo": ["OMRÅDE"]}
vals = [round(1 + zlib.crc32(("%s%s%s%s" % (a, g, t, q)).encode()) % 900 / 100.0, 2)
        for a in areas for g in ["TOT", "M", "K"] for t in tables for q in quarters]
json.dump({"dataset": {"dimension": dims, "label": "AU", "source": "Danmarks Statistik", "updated": "2019-03-01T06:00:00Z",
           "value": vals}}, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY

start_server "$WWW"
export STYR_URL_KOLADA="$BASE/kolada/v3" STYR_URL_STATBANK="$BASE/dst/v1"

run fetch --config "$SE"
check_rc 0 "Sweden: styr fetch against the local Kolada"
check_contains "$OUT" "kolada: $N_SE new, 0 changed, 0 unchanged" "Sweden: every value of the answer is stored"
check_contains "$OUT" "base URL $BASE/kolada/v3 from STYR_URL_KOLADA" "Sweden: the fetch names the base URL"
run report uppfoljning --config "$SE" --out "$TMP/se-out"
check_rc 0 "Sweden: styr report uppfoljning"
check_contains "$ERR" "styr: next: open $TMP/se-out/uppfoljning.html in a browser; styr show wheel --config $SE shows when the report is due" \
  "the report's summary names the next step"
for ext in html xlsx csv json md; do check_file "$TMP/se-out/uppfoljning.$ext" "Sweden: uppfoljning.$ext written"; done

# The values and the peers' ranking in the report equal the stored values, read independently.
/usr/bin/python3 - "$TMP/se-out/uppfoljning.csv" "$SE/styr.db" 0581 2018 >"$TMP/se-check.txt" <<'PY'
import csv, sqlite3, sys
path, db, own, year = sys.argv[1], sqlite3.connect(sys.argv[2]), sys.argv[3], sys.argv[4]
def val(ind, area):
    r = db.execute("SELECT o.value FROM observations o JOIN series s ON s.id = o.series_id WHERE s.indicator_id = ? "
                   "AND s.area = ? AND s.gender = 'T' AND o.period = ? ORDER BY o.seq DESC LIMIT 1", (ind, area, year)).fetchone()
    return r and r[0]
peers = [a for (a,) in db.execute("SELECT DISTINCT area FROM series WHERE area NOT IN (?, '0000', '000')", (own,))]
rows = [r for r in csv.DictReader(open(path, newline="", encoding="utf-8")) if r["breakdown"] == "total"]
bad = []
for r in rows:
    ind = r["indicator_id"]
    v = val(ind, own)
    if abs(float(r["value_" + year]) - v) > 0.051: bad.append((ind, "value", r["value_" + year], v))
    if r["peer_count"] != str(1 + len(peers)): bad.append((ind, "count", r["peer_count"], 1 + len(peers)))
    if r["national"] == "": bad.append((ind, "national"))
print("rows", len(rows), "peers", len(peers), "bad", bad)
PY
check_contains "$(cat "$TMP/se-check.txt")" "rows 5 peers 12 bad []" \
  "Sweden: each indicator's value, its rank among 13 and the national value come from the fetched data"
HTML=$(cat "$TMP/se-out/uppfoljning.html")
check_contains "$HTML" '<rect class="self"' "Sweden: the ranking chart marks Norrköping"
check_contains "$HTML" "Norrköpings kommun" "Sweden: the report names the municipality"
check_contains "$HTML" "Ta fram en analys av vilka invånare som står längst från arbetsmarknaden" "Sweden: the activity list"
check_contains "$HTML" '<section class="analyses">' "Sweden: the analyses block"
check_contains "$HTML" 'Tertialuppföljning 2018' "Sweden: the heading's placeholder is filled"
check_not_contains "$HTML" '{arbetslosa' "Sweden: no placeholder is left unfilled"
check_eq "$(grep -c ',arbetslosa,.*,\(women\|men\),' "$TMP/se-out/uppfoljning.csv")" "2" \
  "Sweden: Kolada's women and men are rows of the report"
check_not_contains "$HTML" "Diagrammet visas inte" "Sweden: every chart of the layout has its data (gender and ranking too)"

run fetch --config "$DK"
check_rc 0 "Denmark: styr fetch against the local Statistics Denmark"
check_contains "$OUT" "dst_aulkp01: 1152 new, 0 changed, 0 unchanged" \
  "Denmark: AULKP01: 32 areas (Norddjurs, 30 peers, the country) × 3 genders × 12 quarters"
check_contains "$OUT" "dst_auk01: 1152 new" "Denmark: AUK01 stored too"
check_contains "$OUT" "base URL $BASE/dst/v1 from STYR_URL_STATBANK" "Denmark: the fetch names the base URL"
run report opfolgning --config "$DK" --out "$TMP/dk-out"
check_rc 0 "Denmark: styr report opfolgning"
/usr/bin/python3 - "$TMP/dk-out/opfolgning.csv" "$DK/styr.db" >"$TMP/dk-check.txt" <<'PY'
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
def mean(ind, area):
    vs = [v for (v,) in db.execute("SELECT o.value FROM observations o JOIN series s ON s.id = o.series_id WHERE "
          "s.indicator_id = ? AND s.area = ? AND s.gender = 'T' AND o.period LIKE '2018Q%'", (ind, area))]
    return sum(vs) / len(vs) if len(vs) == 4 else None
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")) if r["breakdown"] == "total"]
bad = [(r["indicator_id"], r["value_2018"], mean(r["indicator_id"], "707")) for r in rows
       if abs(float(r["value_2018"]) - mean(r["indicator_id"], "707")) > 0.51 or r["peer_count"] != "31"]
print("rows", len(rows), "bad", bad)
PY
check_contains "$(cat "$TMP/dk-check.txt")" "rows 3 bad []" \
  "Denmark: each year is the mean of its quarters, ranked among Norddjurs and its 30 peers"
check_contains "$(cat "$TMP/dk-out/opfolgning.html")" "Norddjurs Kommune" "Denmark: the report names the municipality"
check_contains "$(cat "$TMP/dk-out/opfolgning.html")" '<rect class="self"' "Denmark: the ranking chart"
check_not_contains "$(cat "$TMP/dk-out/opfolgning.html")" "Diagrammet vises ikke" "Denmark: every chart of the layout has its data"

# ---- a folder that is not empty ----------------------------------------------------------------
mkdir -p "$TMP/full"
echo "mine" >"$TMP/full/notes.txt"
before=$(ls -la "$TMP/full" | sha256sum)
run init "$TMP/full" --municipality 0581
check_rc 1 "init into a folder that is not empty refuses"
check_contains "$ERR" "styr init: $TMP/full is not empty (it holds notes.txt); nothing was written. Choose an empty or new folder, or give --force" \
  "the refusal says why and what to do"
check_eq "$(ls -la "$TMP/full" | sha256sum)" "$before" "nothing was written"
run init "$TMP/full" --municipality 0581 --force
check_rc 0 "with --force it writes"
check_file "$TMP/full/init.lua" "--force wrote the configuration"
check_eq "$(cat "$TMP/full/notes.txt")" "mine" "--force leaves the folder's other files alone"
mkdir -p "$TMP/gitonly/.git"
run init "$TMP/gitonly" --municipality 0581
check_rc 0 "a folder holding only .git counts as empty"

# ---- flags ---------------------------------------------------------------------------------------
run init "$TMP/soc" --municipality 0581 --area social --committee "Vård- och omsorgsnämnden" --peers 0580,0680
check_rc 0 "init with area, committee and peers"
check_contains "$(cat "$TMP/soc/org.lua")" 'body "VO" { name = "Vård- och omsorgsnämnden"' "the committee's name and an id made of it"
check_contains "$(cat "$TMP/soc/org.lua")" 'name = "Vård- och omsorgsförvaltningen"' "its administration"
check_contains "$(cat "$TMP/soc/sources.lua")" 'langvarigt_bistand = "N31816",' "the social-assistance KPIs"
check_contains "$(cat "$TMP/soc/sources.lua")" '"0581", "0580", "0680", "0000",' "the peers given"
run validate "$TMP/soc"
check_rc 0 "the social-assistance configuration validates"
run init "$TMP/x1" --area labour_market
check_rc 2 "without a code and a terminal, init asks for the flag"
check_contains "$ERR" "give the municipality's code with --municipality CODE" "the error names the flag"
check_eq "$(ls "$TMP/x1" 2>/dev/null)" "" "nothing is written without a code"
run init "$TMP/x2" --municipality 58
check_rc 2 "a code of the wrong form"
check_contains "$ERR" "'58' is not a municipality code: Swedish codes have four digits (0581 Norrköping), Danish three (707 Norddjurs)" \
  "the error says what a code looks like"
run init "$TMP/x3" --municipality 0581 --area labor_market
check_rc 2 "an unknown area"
check_contains "$ERR" "--area labor_market: not an area styr can start with (did you mean 'labour_market'?)" "with did-you-mean"

# ---- a code the catalogue does not have: looked up online, else refused -------------------------
printf '{"count":1,"values":[{"id":"0599","title":"Nystad","type":"K"}]}' >"$WWW/kolada/v3/municipality.json"
run init "$TMP/online" --municipality 0599
check_rc 0 "a Swedish code the catalogue lacks is looked up in Kolada"
check_contains "$(cat "$TMP/online/init.lua")" 'code = "0599", name = "Nystads kommun"' "the name Kolada gives"
check_contains "$(cat "$TMP/online/init.lua")" "Municipality 0599 (Kolada)" "init.lua says where the name came from"
check_eq "$(requests "/kolada/v3/municipality?id=0599")" "1" "one request to Kolada's municipality list"
run init "$TMP/offline" --municipality 0599 --offline
check_rc 2 "offline, an unknown code is refused"
check_contains "$ERR" "0599 is not a Swedish municipality code styr knows" "the refusal names the code"
check_contains "$ERR" "give its name with --name NAME" "and how to go on"
run init "$TMP/named" --municipality 0599 --offline --name "Nya kommunen"
check_rc 0 "--name allows a code the catalogue lacks"
check_contains "$(cat "$TMP/named/init.lua")" 'name = "Nya kommunen"' "the name given"
printf '{"id":"AULKP01","variables":[{"id":"OMRÅDE","values":[{"id":"000","text":"Hele landet"},{"id":"999","text":"Nyby"}]}]}' \
  >"$WWW/dst/v1/tableinfo.json"
run init "$TMP/online-dk" --municipality 999
check_rc 0 "a Danish code the catalogue lacks is looked up at Statistics Denmark"
check_contains "$(cat "$TMP/online-dk/init.lua")" 'code = "999", name = "Nyby Kommune"' "the name Statistics Denmark gives"

# ---- questions on a terminal ---------------------------------------------------------------------
if command -v script >/dev/null 2>&1; then
  printf '707\n2\nSocial- og sundhedsudvalget\n' >"$TMP/answers"
  script -qec "\"$STYR\" init \"$TMP/asked\" < /dev/tty" /dev/null <"$TMP/answers" >"$TMP/script.out" 2>&1 ||
    SCRIPT_FAILED=1
  if [ -f "$TMP/asked/init.lua" ]; then
    check_contains "$(cat "$TMP/script.out")" "Municipality code" "on a terminal, init asks for the code"
    check_contains "$(cat "$TMP/asked/init.lua")" 'code = "707"' "the answered code"
    check_contains "$(cat "$TMP/asked/org.lua")" 'name = "Social- og sundhedsudvalget"' "the answered committee"
    check_contains "$(cat "$TMP/asked/sources.lua")" 'table = "AUK01"' "the answered area (social assistance)"
  else
    not_ok "questions on a terminal: init wrote nothing" "$(cat "$TMP/script.out")"
  fi
else
  echo "skip - questions on a terminal: no script(1)"
fi
