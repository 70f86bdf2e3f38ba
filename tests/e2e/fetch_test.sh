#!/bin/sh
# styr fetch against the local replay server (tests/server/replay.py): Kolada's recorded N00945
# values (tests/fixtures/opendata/kolada) ingest exactly, paging follows next_url and stops on
# an empty page, a second fetch transfers only 304s and adds no vintage, a changed value adds one;
# and for each fault the number of attempts, the run history, the exit code, and the store's
# earlier rows unchanged.
. "$(dirname "$0")/lib.sh"
FIX="$ROOT/tests/fixtures/opendata/kolada"
WWW="$TMP/www"
K="$WWW/kolada/v3"
YEARS=$(seq -s, 2000 2020)
mkdir -p "$K/kpi" "$K/data/kpi/N00945/municipality/0180,1480,1280/year"
printf '{"count":1,"values":[{"id":"N00945","title":"Andel av uttagna dagar för vård av barn (VAB) som tas ut av män, andel (%%)"}]}' >"$K/kpi/N00945.json"
printf '{"count":0,"values":[]}' >"$K/kpi/N99999.json"
# Kolada answers an unknown KPI id with an empty list, never an error.
mkdir -p "$K/data/kpi/N99999/municipality/0180,1480,1280/year"
printf '{"count":0,"values":[]}' >"$K/data/kpi/N99999/municipality/0180,1480,1280/year/$YEARS.json"
# The recorded 63 values, split into pages that link with next_url; the last page is empty and
# still names a next page, which styr must not ask for.
/usr/bin/python3 - "$FIX/data_N00945_v3_RECONSTRUCTED.json" "$K" "$YEARS" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
k, years = sys.argv[2], sys.argv[3]
vals = doc["values"]
pages = [vals[:40], vals[40:], []]
base = "http://127.0.0.1:PORT/kolada/v3/page"
for i, p in enumerate(pages):
    out = {"count": len(vals), "values": p, "next_url": base + str(i + 2)}
    name = (k + "/data/kpi/N00945/municipality/0180,1480,1280/year/" + years) if i == 0 else (k + "/page" + str(i + 1))
    open(name + ".json", "w", encoding="utf-8").write(json.dumps(out, ensure_ascii=False))
PY
start_server "$WWW"
# The pages link to the server's real port.
for f in "$K/data/kpi/N00945/municipality/0180,1480,1280/year/$YEARS.json" "$K/page2.json" "$K/page3.json"; do
  sed -i "s/127.0.0.1:PORT/127.0.0.1:$PORT/" "$f"
done

export STYR_HTTP_BACKOFF_MS=20 STYR_HTTP_BACKOFF_MAX_MS=100 STYR_HTTP_RETRY_AFTER_MAX_S=2 STYR_HTTP_TIMEOUT_S=2 \
       STYR_HTTP_LOW_SPEED_S=1 STYR_HTTP_CONNECT_TIMEOUT_S=2

# config DIR URL [EXTRA]: a configuration whose Kolada source fetches N00945 from URL.
config() {
  rm -rf "$1"
  make_config "$1" <<LUA
indicator "vab_man" { title = "Andel av VAB-dagar som tas ut av män", unit = "percent", direction = "increase" }
goal "G" { title = "Jämställt uttag", perspective = "Medborgare", body = "AMN", indicators = { "vab_man" } }
source "kolada" { kind = "kolada", url = "$2", kpis = { vab_man = "N00945" },
                  municipalities = { "0180", "1480", "1280" }, years = { from = 2000, to = 2020 }, ${3:-} }
LUA
}
CFG="$TMP/cfg"
DB="$TMP/k.db"
config "$CFG" "$BASE/kolada/v3"
run fetch --config "$CFG" --db "$DB"
check_rc 0 "styr fetch from the local Kolada"
check_contains "$OUT" "kolada: 63 new, 0 changed, 0 unchanged" "63 values are stored"
check_eq "$(requests "/kolada/v3/page4")" "0" "paging stops at the empty page"
check_eq "$(requests "/kolada/v3/page3")" "1" "paging followed next_url to the empty page"

# Every stored value equals the recorded one, read independently from the recorded CSV.
/usr/bin/python3 - "$FIX/values_N00945_0180_1280_1480_v3.csv" "$DB" >"$TMP/cmp.txt" <<'PY'
import csv, sqlite3, sys
want = {(r["municipality_id"], r["year"], r["gender"]): float(r["value"]) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
db = sqlite3.connect(sys.argv[2])
got = {}
for area, gender, period, value in db.execute(
        "SELECT s.area, s.gender, o.period, o.value FROM observations o JOIN series s ON s.id = o.series_id "
        "WHERE s.indicator_id = 'vab_man'"):
    got[(area, period, gender)] = value
print("count", len(got), len(want))
print("equal", all(abs(got.get(k, -1) - v) < 1e-9 for k, v in want.items()) and set(got) == set(want))
PY
check_contains "$(cat "$TMP/cmp.txt")" "count 63 63" "as many values as the recording has"
check_contains "$(cat "$TMP/cmp.txt")" "equal True" "every value equals the recorded CSV"
# The URL is stored once, in the request (schema version 8); an observation whose source is that
# URL stores '' and is read back as the request's URL.
PROV=$(sqlite3 "$DB" "SELECT (CASE WHEN o.source = '' AND r.request IS NOT NULL THEN substr(r.request, instr(r.request, ' ') + 1) ELSE o.source END) || '|' || coalesce(r.request,'') || '|' || coalesce(o.fetched_at,'') || '|' || coalesce(o.run_id,'') FROM observations o LEFT JOIN requests r ON r.id = o.request_id LIMIT 1")
check_contains "$PROV" "$BASE/kolada/v3/data/kpi/N00945/municipality/0180,1480,1280/year/" "each value records its URL"
check_contains "$PROV" "GET $BASE/kolada/v3/" "each value records its request"
check_contains "$PROV" "|2019-10-01T00:00:00Z|" "each value records its fetch time"

# Again: the server answers 304 everywhere, nothing new is stored.
BEFORE=$(db_dump "$DB")
run fetch --config "$CFG" --db "$DB"
check_rc 0 "a second fetch"
check_contains "$OUT" "kolada: 0 new, 0 changed, 63 unchanged" "an unchanged server adds no vintage"
check_contains "$OUT" "4 not modified" "every request was answered 304"
check_eq "$(db_dump "$DB")" "$BEFORE" "the observations are byte for byte the same"

# A revised value adds exactly one vintage.
sed -i 's/31.32959689/31.5/' "$K/data/kpi/N00945/municipality/0180,1480,1280/year/$YEARS.json"
run fetch --config "$CFG" --db "$DB"
check_contains "$OUT" "kolada: 0 new, 1 changed, 62 unchanged" "a revised value adds one vintage"
check_eq "$(sqlite3 "$DB" "SELECT count(*) FROM observations")" "64" "the old vintage is kept beside the new one"

# Offline: the stored responses answer, no request reaches the server.
curl_before=$(requests "/kolada/v3/kpi/N00945")
run fetch --config "$CFG" --db "$DB" --offline
check_rc 0 "fetch --offline"
check_contains "$OUT" "kolada: 0 new, 0 changed, 63 unchanged" "offline fetch reads the stored responses"
check_eq "$(requests "/kolada/v3/kpi/N00945")" "$curl_before" "offline sends no request"

run history --config "$CFG" --db "$DB" --json
check_rc 0 "history --json"
HIST=$OUT
check_contains "$HIST" '"command":"fetch kolada"' "history names the fetch"
check_contains "$HIST" '"outcome":"succeeded"' "history records successes"

run status --config "$CFG" --db "$DB"
check_rc 0 "styr status"
check_contains "$OUT" "last success 2019-10-01T00:00:00Z" "status shows the source's last successful fetch"
check_contains "$OUT" "vab_man                      0180       newest 2020" "status shows the newest period per indicator and area"
run history --config "$CFG" --db "$DB"
check_contains "$OUT" "fetch kolada           succeeded  0 new, 1 changed, 62 unchanged" "history lists the counts of each fetch"

# An unknown KPI id is an error, not an empty result.
config "$TMP/unknown" "$BASE/kolada/v3"
sed -i 's/N00945/N99999/' "$TMP/unknown/init.lua"
run fetch --config "$TMP/unknown" --db "$TMP/u.db"
check_rc 1 "an unknown KPI id fails the fetch"
check_contains "$ERR" "Kolada does not know the KPI id N99999 (indicator vab_man)" "the unknown id is named"

# (Base URLs end in /v3, the version part styr checks before any request.)
# fault NAME URL EXPECTED_RC EXPECTED_ERROR [EXTRA]: fetch through a fault; the store must not change.
fault() {
  config "$TMP/f" "$2" "${5:-}"
  before=$(db_dump "$DB")
  runs_before=$(sqlite3 "$DB" "SELECT count(*) FROM runs")
  run fetch --config "$TMP/f" --db "$DB"
  check_rc "$3" "$1: exit code"
  check_contains "$ERR" "$4" "$1: the error says what happened"
  check_eq "$(db_dump "$DB")" "$before" "$1: the stored values are unchanged"
  run history --config "$TMP/f" --db "$DB" --limit 1 --json
  check_contains "$OUT" '"outcome":"failed"' "$1: history records the failure"
  [ -z "${6:-}" ] || check_contains "$OUT" "\"attempts\":$6," "$1: history records $6 attempt(s)"
  check_contains "$OUT" "\"error\":" "$1: history keeps the error"
  check_eq "$(sqlite3 "$DB" "SELECT count(*) FROM runs")" "$((runs_before + 1))" "$1: one run is recorded"
}
/usr/bin/python3 -c 'import urllib.request,sys; urllib.request.urlopen(sys.argv[1]+"/_reset").read()' "$BASE"
fault "hang" "$BASE/fault/hang/v3" 1 "failed after 2 attempts: Timeout was reached" "attempts = 2" 2
fault "1 byte/s" "$BASE/fault/slow/kolada/v3" 1 "failed after 1 attempt: Timeout was reached" "attempts = 1" 1
fault "truncated body" "$BASE/fault/truncate/kolada/v3" 1 "failed after 2 attempts: Transferred a partial file" "attempts = 2" 2
fault "invalid JSON" "$BASE/fault/invalid-json/kolada/v3" 1 "not valid JSON"
fault "HTML error page with 200" "$BASE/fault/html-error/kolada/v3" 1 "expected JSON but the server sent text/html"
fault "redirect loop" "$BASE/fault/redirect-loop/kolada/v3" 1 "Maximum (5) redirects followed" "" 1
fault "redirect to file://" "$BASE/fault/redirect-to/file%3A%2F%2F%2Fetc%2Fpasswd/v3" 1 "Protocol \"file\" not supported" "" 1
fault "body over the cap" "$BASE/fault/big/100000/v3" 1 "the response is larger than 1000 bytes (max_bytes)" "max_bytes = 1000" 1
fault "connection refused" "http://127.0.0.1:9/kolada/v3" 1 "failed after 2 attempts: Couldn't connect to server" "attempts = 2" 2
fault "500 every time" "$BASE/fault/status/500/99/kolada/v3" 1 "failed after 3 attempts: HTTP 500" "attempts = 3" 3
check_eq "$(requests "/fault/status/500/99/kolada/v3/kpi/N00945")" "3" "500 every time: three attempts"

# Transient faults are retried and the fetch succeeds.
config "$TMP/t" "$BASE/fault/status/503/1/kolada/v3"
run fetch --config "$TMP/t" --db "$TMP/t.db"
check_rc 0 "503 once, then 200: retried"
check_eq "$(requests "/fault/status/503/1/kolada/v3/kpi/N00945")" "2" "503 once: two attempts"
for ra in "seconds:1" "date:1" "raw:soon"; do
  enc=$(printf '%s' "$ra" | sed 's/:/%3A/')
  config "$TMP/r" "$BASE/fault/retry/429/$ra/1/kolada/v3"
  rm -f "$TMP/r.db"
  run fetch --config "$TMP/r" --db "$TMP/r.db"
  check_rc 0 "429 with Retry-After $ra, then 200: retried"
  check_eq "$(requests "/fault/retry/429/$ra/1/kolada/v3/kpi/N00945")" "2" "429 with Retry-After $ra: two attempts"
done

# Kolada's unit-level data (oudata): values for an organisational unit are stored for
# "MUNICIPALITY:UNIT", the area the configuration's `units` use, and appear in the report.
mkdir -p "$K/oudata/kpi/N00945/ou/V15E058000301/year"
printf '{"count":1,"values":[{"kpi":"N00945","ou":"V15E058000301","period":2019,"values":[{"count":1,"gender":"T","status":"","value":42.5}]}]}' \
  >"$K/oudata/kpi/N00945/ou/V15E058000301/year/2019.json"
mkdir -p "$K/data/kpi/N00945/municipality/0580/year"
printf '{"count":0,"values":[]}' >"$K/data/kpi/N00945/municipality/0580/year/2019.json"
rm -rf "$TMP/ou"
make_config "$TMP/ou" <<LUA
indicator "vab_man" { title = "VAB", unit = "percent", direction = "increase", units = { JKT = { values = {} } } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "vab_man" } }
source "kolada" { kind = "kolada", url = "$BASE/kolada/v3", kpis = { vab_man = "N00945" }, years = { 2019 },
                  ous = { JKT = "V15E058000301" } }
report "r" { title = "R", year = 2019 }
LUA
run fetch --config "$TMP/ou" --db "$TMP/ou.db"
check_rc 0 "fetch with unit-level data"
check_contains "$OUT" "kolada: 1 new" "the unit's value is stored"
check_eq "$(sqlite3 "$TMP/ou.db" "SELECT s.area || '=' || o.value FROM observations o JOIN series s ON s.id = o.series_id")" \
  "0580:JKT=42.5" "the unit's value is stored for 0580:JKT"
run report r --config "$TMP/ou" --db "$TMP/ou.db" --out "$TMP/ou-out"
check_contains "$(cat "$TMP/ou-out/r.csv")" "unit:JKT,percent,,,42.5" "the report shows the unit's fetched value"

# Searching Kolada's catalogue: live (the local server), then the bundled catalogue.
printf '{"count":1,"values":[{"id":"N00945","title":"Andel av uttagna dagar för vård av barn (VAB) som tas ut av män"}]}' >"$K/kpi.json"
STYR_URL_KOLADA="$BASE/kolada/v3" run sources search kolada "vård av barn"
check_rc 0 "sources search kolada (live)"
check_contains "$OUT" "N00945  Andel av uttagna dagar för vård av barn (VAB) som tas ut av män" "the live catalogue answers"
check_contains "$ERR" "in Kolada's live catalogue" "the answer says where it came from"
check_eq "$(requests "/kolada/v3/kpi?title=v%C3%A5rd%20av%20barn&per_page=5000")" "1" "the search asks Kolada by title"
run sources search kolada "långvarigt ekonomiskt bistånd befolkningen" --offline
check_rc 0 "sources search kolada --offline"
check_contains "$OUT" "N31816  Vuxna biståndsmottagare (18+ år) med långvarigt ekonomiskt bistånd, andel (%) av befolkningen" \
  "the bundled catalogue finds a KPI by the words of its title"
check_contains "$ERR" "in the catalogue bundled with styr" "the offline answer says where it came from"
STYR_URL_KOLADA="http://127.0.0.1:9/v3" run sources search kolada "N31807"
check_contains "$OUT" "N31807  Invånare som någon gång under året erhållit ekonomiskt bistånd" "an unreachable Kolada falls back to the bundled catalogue"
check_contains "$ERR" "Kolada could not be reached" "the fallback is said"
