#!/bin/sh
# Looking things up from the command line: styr show indicators|goals|sources|bodies|reports (text,
# and --json whose keys are the ones docs/configuration.md documents), the wheel's filters (--body,
# --from/--to, --kind, --cron; plain cron jobs left out unless asked) on show wheel and on export
# wheel --format ics, and sources search kolada with each KPI's coverage and latest year.
. "$(dirname "$0")/lib.sh"
CFG="$TMP/cfg"
make_config "$CFG" <<'LUA'
body "KS" { name = "Kommunstyrelsen", kind = "executive_board", level = "decision" }
body "AMF" { name = "Arbetsmarknadsförvaltningen", kind = "administration", level = "operational", reports_to = "AMN" }
indicator "arbetslosa" { title = "Öppet arbetslösa", unit = "percent", direction = "decrease",
                         targets = { [2025] = "lower", [2026] = 3.5 } }
indicator "deltagare" { title = "Deltagare", unit = "persons", direction = "increase", values = { [2025] = 120 } }
indicator "kvot" { title = "Kvot", unit = "ratio", inputs = { d = "deltagare" },
                   formula = function(v, ctx) return ctx.ratio(v.d, 2) end }
goal "AMN-1" { title = "Fler i arbete", perspective = "Medborgare", body = "AMN", indicators = { "arbetslosa", "deltagare" },
               status_rule = "majority" }
source "kolada" { kind = "kolada", kpis = { arbetslosa = "N03937" }, years = { 2025 } }
source "register" { kind = "csv", file = "reg.csv", columns = { area = "kommun", period = "ar" }, values = { deltagare = "antal" } }
report "uppfoljning" { title = "Uppföljning", year = 2025, goals = { "AMN-1" }, formats = { "html", "csv" },
                       audiences = { "AMN", "KS" }, peers = { "0581", "0680" } }
wheel { timezone = "Europe/Stockholm" }
event "amn" { title = "Nämndsammanträde", body = "AMN", monthly = { day = 20 }, at = "13:00" }
event "ks" { title = "Kommunstyrelsen", body = "KS", yearly = { "03-15", "10-15" }, at = "09:00" }
event "tertial" { title = "Tertialuppföljning", report = "uppfoljning", to = { "AMN", "KS" }, after = { period = "tertial", days = 30 } }
event "leverans" { title = "Kolada publicerar", source = "Kolada", indicators = { "arbetslosa" }, yearly = { "01-10" } }
event "natt" { title = "Nattlig hämtning", job = "fetch", fetch = { "kolada" }, cron = "30 2 * * *" }
event "rapportjobb" { title = "Rapportjobb", job = "report", report = "uppfoljning", yearly = { "05-25" }, at = "06:00" }
LUA
printf 'kommun;ar;antal\n0580;2025;120\n' >"$CFG/reg.csv"
export STYR_NOW=2026-03-02

# ---- listings, text --------------------------------------------------------------------------------
run show indicators --config "$CFG"
check_rc 0 "show indicators"
check_contains "$OUT" "arbetslosa  Öppet arbetslösa
    percent; decrease; targets 2025 lower, 2026 3.5; from kolada (Kolada N03937); goal AMN-1" \
  "an indicator: title, unit, direction, targets, its source and goal"
check_contains "$OUT" "deltagare  Deltagare
    persons; increase; no targets; from register (reg.csv antal); goal AMN-1" "a CSV-fed indicator"
check_contains "$OUT" "kvot  Kvot
    ratio; no targets; formula $CFG/init.lua:10; in no goal" "a computed indicator names its formula's file:line"
check_eq "$(printf '%s\n' "$ERR" | tail -n 1)" "styr: $CFG: 3 indicators" "the count, in the plural"
run show goals --config "$CFG"
check_contains "$OUT" "AMN-1  Fler i arbete
    Medborgare; body AMN; rule majority; 2 indicators: arbetslosa, deltagare" "show goals"
check_eq "$(printf '%s\n' "$ERR" | tail -n 1)" "styr: $CFG: 1 goal" "one goal, in the singular"
STYR_URL_KOLADA="http://127.0.0.1:9/kolada/v3" run show sources --config "$CFG"
check_contains "$OUT" "kolada  kolada  http://127.0.0.1:9/kolada/v3 (from STYR_URL_KOLADA; set STYR_URL_KOLADA to change it)
    feeds arbetslosa" "show sources: the base URL a fetch would use and where it comes from"
run show sources --config "$CFG"
check_contains "$OUT" "kolada  kolada  https://api.kolada.se/v3 (from the default; set STYR_URL_KOLADA to change it)" \
  "without a variable: Kolada's default"
check_contains "$OUT" "register  csv  file reg.csv
    feeds deltagare" "a CSV source names its file"
run show bodies --config "$CFG"
check_contains "$OUT" "AMF  Arbetsmarknadsförvaltningen  [administration, operational]  reports to AMN" "show bodies"
check_eq "$(printf '%s\n' "$ERR" | tail -n 1)" "styr: $CFG: 3 bodies" "three bodies"
run show reports --config "$CFG"
check_contains "$OUT" "uppfoljning  Uppföljning
    year 2025; html, csv; goals AMN-1; to AMN, KS; 2 peers" "show reports"

# ---- listings, --json: the keys docs/configuration.md documents ---------------------------------
for what in indicators goals sources bodies reports wheel; do
  run show "$what" --config "$CFG" --json
  check_rc 0 "show $what --json"
  printf '%s' "$OUT" >"$TMP/$what.json"
done
/usr/bin/python3 - "$ROOT/docs/configuration.md" "$TMP" <<'PY'
import json, re, sys
doc = open(sys.argv[1], encoding="utf-8").read()
section = doc.split("## Looking things up: styr show")[1]
documented = {}
for line in section.splitlines():
    m = re.match(r"\| `(\w+)` \| (.*) \|$", line)
    if m:
        # The documented keys: each `key` not inside parentheses.
        text = re.sub(r"\([^()]*(\([^()]*\)[^()]*)*\)", "", m.group(2))
        documented[m.group(1)] = set(re.findall(r"`(\w+)`", text))
for what in ["indicators", "goals", "sources", "bodies", "reports", "wheel"]:
    items = json.load(open("%s/%s.json" % (sys.argv[2], what), encoding="utf-8"))
    keys = set().union(*(set(i) for i in items)) if items else set()
    same = keys == documented.get(what)
    print(("ok - " if same else "not ok - ") + "show %s --json has exactly the documented keys" % what)
    if not same:
        print("    documented: %s" % sorted(documented.get(what, [])))
        print("    actual:     %s" % sorted(keys))
PY
/usr/bin/python3 - "$TMP" "$CFG" <<'PY' >"$TMP/shapes.txt"
import json, sys
d, cfg = sys.argv[1], sys.argv[2]
ind = {i["id"]: i for i in json.load(open(d + "/indicators.json"))}
print("targets", json.dumps(ind["arbetslosa"]["targets"], sort_keys=True))
print("sources", json.dumps(ind["arbetslosa"]["sources"]))
print("kvot", ind["kvot"]["formula"] == cfg + "/init.lua:10", ind["kvot"]["targets"], ind["kvot"]["direction"])
src = {s["id"]: s for s in json.load(open(d + "/sources.json"))}
print("kolada", src["kolada"]["base_url"], src["kolada"]["base_url_from"], src["kolada"]["env"])
print("register", src["register"]["base_url"], src["register"]["file_name"], src["register"]["indicators"])
rep = json.load(open(d + "/reports.json"))[0]
print("report", rep["year"], rep["formats"], rep["audiences"], rep["peers"])
PY
check_contains "$(cat "$TMP/shapes.txt")" 'targets {"2025": "lower", "2026": 3.5}' "--json: targets by year, relative or numbers"
check_contains "$(cat "$TMP/shapes.txt")" 'sources [{"series": "Kolada N03937", "source": "kolada"}]' "--json: the source and series"
check_contains "$(cat "$TMP/shapes.txt")" "kvot True {} None" "--json: a formula's file:line, no targets, no direction"
check_contains "$(cat "$TMP/shapes.txt")" "kolada https://api.kolada.se/v3 the default ['STYR_URL_KOLADA']" \
  "--json: the source's base URL and variables"
check_contains "$(cat "$TMP/shapes.txt")" "register None reg.csv ['deltagare']" "--json: a CSV source has a file, no base URL"
check_contains "$(cat "$TMP/shapes.txt")" "report 2025 ['html', 'csv'] ['AMN', 'KS'] ['0581', '0680']" "--json: a report's fields"

# ---- the wheel's filters -----------------------------------------------------------------------
run show wheel --config "$CFG" --year 2026
check_rc 0 "show wheel"
check_not_contains "$OUT" "Nattlig hämtning" "a plain cron job is left out by default"
check_eq "$(printf "%s\n" "$ERR" | tail -n 1)" "styr: 1 cron job left out (natt: 30 2 * * *); --cron lists it" "and said to be left out"
check_eq "$(printf '%s\n' "$OUT" | grep -c '^2026-')" "$((12 + 2 + 3 + 1 + 1))" \
  "12 meetings, 2 of KS, 3 follow-ups, 1 delivery and the report job"
run show wheel --config "$CFG" --year 2026 --cron
check_eq "$(printf '%s\n' "$OUT" | grep -c 'Nattlig hämtning')" "365" "--cron: the nightly job on each of 365 days"
run show wheel --config "$CFG" --year 2026 --kind job
check_eq "$(printf '%s\n' "$OUT" | grep -c '^2026-')" "1" "--kind job: the report job; the cron job only when asked for"
check_contains "$ERR" "1 cron job left out" "the cron job is said to be left out"
run show wheel --config "$CFG" --year 2026 --kind job --cron
check_eq "$(printf '%s\n' "$OUT" | grep -c '^2026-')" "366" "--kind job --cron: the cron job's 365 nights and the report job"
run show wheel --config "$CFG" --year 2026 --kind meeting
check_eq "$(printf '%s\n' "$OUT" | grep -c '^2026-')" "14" "--kind meeting: the 14 meetings"
check_not_contains "$OUT" "rapport " "--kind meeting leaves out reports"
run show wheel --config "$CFG" --year 2026 --kind report,data
check_eq "$(printf '%s\n' "$OUT" | grep -c '^2026-')" "4" "--kind report,data: 3 follow-ups and 1 delivery"
run show wheel --config "$CFG" --year 2026 --body KS
check_rc 0 "show wheel --body KS"
check_eq "$(printf '%s\n' "$OUT" | sed -n 's/^\(2026-[0-9-]*\) .*/\1/p' | tr '\n' ' ')" \
  "2026-01-30 2026-03-15 2026-05-30 2026-09-30 2026-10-15 " "--body KS: its meetings and the reports due to it"
run show wheel --config "$CFG" --from 2025-12-15 --to 2026-02-10
check_rc 0 "show wheel --from --to across a new year"
check_contains "$OUT" "Årshjul 2025-12-15 – 2026-02-10 — Testkommun (Europe/Stockholm)" "the heading names the span"
check_eq "$(printf '%s\n' "$OUT" | sed -n 's/^\(20[0-9-]*\) .*/\1/p' | tr '\n' ' ')" \
  "2025-12-20 2026-01-10 2026-01-20 2026-01-30 " "the span's days, over the year's end, in order"
run show wheel --config "$CFG" --from 2026-05-01 --to 2026-05-31 --json
check_rc 0 "show wheel --json"
check_eq "$OUT" '[{"body":"AMN","date":"2026-05-20","detail":"Arbetsmarknadsnämnden","event":"amn","job":null,"kind":"meeting","report":null,"time":"13:00","title":"Nämndsammanträde","to":[]},{"body":null,"date":"2026-05-25","detail":"uppfoljning; report","event":"rapportjobb","job":"report","kind":"job","report":"uppfoljning","time":"06:00","title":"Rapportjobb","to":[]},{"body":null,"date":"2026-05-30","detail":"uppfoljning till AMN, KS","event":"tertial","job":null,"kind":"report","report":"uppfoljning","time":null,"title":"Tertialuppföljning","to":["AMN","KS"]}]' \
  "show wheel --json: one object per occurrence"
run show wheel --config "$CFG" --kind meetings
check_rc 2 "an unknown kind is a usage error"
check_contains "$ERR" "--kind meetings: not a kind of event (did you mean 'meeting'?); use meeting, report, data, job" "with did-you-mean"
run show wheel --config "$CFG" --body KX
check_rc 2 "an unknown body"
check_contains "$ERR" "--body KX: no such body (did you mean 'KS'?)" "with did-you-mean"
run show wheel --config "$CFG" --from 2026-01-01
check_rc 2 "--from without --to"
check_contains "$ERR" "give --from and --to together" "says so"
run show indicators --config "$CFG" --body AMN
check_rc 2 "a wheel filter on another listing"
check_contains "$ERR" "--body filters the wheel only" "says so"
run show indicatorz --config "$CFG"
check_rc 2 "an unknown view"
check_contains "$ERR" "unknown view 'indicatorz' (did you mean 'indicators'?)" "with did-you-mean"

# The iCalendar export takes the same filters.
vevents() { printf '%s\n' "$1" | grep -c '^BEGIN:VEVENT'; }
run export wheel --format ics --config "$CFG" --year 2026
check_eq "$(vevents "$OUT")" "6" "export ics: one VEVENT per event (KS's two dates), the cron job left out"
check_not_contains "$OUT" "Nattlig" "export ics leaves out the plain cron job"
check_contains "$ERR" "styr: 1 cron job left out (natt: 30 2 * * *); --cron lists it" "and says so"
run export wheel --format ics --config "$CFG" --year 2026 --cron
check_eq "$(vevents "$OUT")" "7" "export ics --cron: the cron job too"
run export wheel --format ics --config "$CFG" --year 2026 --body AMN
check_eq "$(vevents "$OUT")" "5" "export ics --body AMN: its meetings, its follow-up and its three submission deadlines"
check_eq "$(printf '%s\n' "$OUT" | grep -c '^UID:deadline-')" "3" "three of them are AMN's deadlines"
check_contains "$OUT" "SUMMARY:Nämndsammanträde" "the meeting"
check_contains "$OUT" "SUMMARY:Tertialuppföljning" "the follow-up"
run export wheel --format ics --config "$CFG" --from 2026-03-01 --to 2026-03-31 --kind meeting
check_eq "$(vevents "$OUT")" "3" "export ics --from/--to --kind meeting: the meetings that occur in March (AMN's, KS's two yearly dates)"
check_not_contains "$OUT" "SUMMARY:Tertialuppföljning" "--kind meeting leaves out the follow-up"

# ---- sources search: coverage and latest year --------------------------------------------------
WWW="$TMP/www"
mkdir -p "$WWW/kolada/v3"
printf '{"count":2,"values":[{"id":"N03937","title":"Öppet arbetslösa av befolkningen, 18-65 år, andel (%%)","municipality_type":"A","publ_period":"2026"},{"id":"N31816","title":"Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd","municipality_type":"K"}]}' \
  >"$WWW/kolada/v3/kpi.json"
start_server "$WWW"
STYR_URL_KOLADA="$BASE/kolada/v3" run sources search kolada "arbetslösa"
check_rc 0 "sources search kolada, live"
check_contains "$OUT" "N03937  Öppet arbetslösa av befolkningen, 18-65 år, andel (%)  [municipalities and regions, latest 2026]" \
  "a live answer: the areas Kolada has the KPI for and its latest year"
check_contains "$OUT" "N31816  Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd  [municipalities]" \
  "coverage without a latest year where Kolada gives none"
run sources search kolada "långvarigt ekonomiskt bistånd befolkningen" --offline
check_contains "$OUT" "N31816  Vuxna biståndsmottagare (18+ år) med långvarigt ekonomiskt bistånd, andel (%) av befolkningen  [municipalities, latest 2025]" \
  "the bundled catalogue: coverage and latest year"
run sources search kolada "N31807" --offline --json
check_eq "$OUT" '[{"id":"N31807","title":"Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef.","coverage":"municipalities and regions","latest":"2025"}]' \
  "sources search --json: coverage and latest"
