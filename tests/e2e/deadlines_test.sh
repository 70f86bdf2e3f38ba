#!/bin/sh
# Each body's submission deadlines from the command line: `styr due --deadlines` (what is still
# open and by when, overdue parts marked in words, --body, --json) and `styr export wheel --format
# ics --deadlines` (one all-day event per body, report and period, read back by python3-icalendar).
# The sign-off states come from a real styr serve in serve_test.sh; here nothing was submitted.
. "$(dirname "$0")/lib.sh"

CFG="$ROOT/tests/fixtures/serve"
DB="$TMP/none.db"

run --now 2019-06-15 due --deadlines --config "$CFG" --db "$DB"
check_rc 0 "due --deadlines"
check_eq "$OUT" "Arbetsmarknadsnämnden (AMN)
  senast 2019-05-30  Uppföljning 2019 · Tertialuppföljning 1  Utkast, försenad
  senast 2019-09-30  Uppföljning 2019 · Tertialuppföljning 2  Utkast
Social- och omsorgsnämnden (SON)
  senast 2019-05-30  Uppföljning 2019 · Tertialuppföljning 1  Utkast, försenad
  senast 2019-09-30  Uppföljning 2019 · Tertialuppföljning 2  Utkast" \
  "each body's open deadlines, in date order, the past one marked overdue in words"
[ -e "$DB" ] && not_ok "a listing creates no store" || ok "a listing creates no store"
check_eq "$(ls "$CFG")" "init.lua" "nothing is written into the configuration folder"

run --now 2019-06-15 due --body SON --config "$CFG" --db "$DB"
check_rc 0 "due --body SON"
check_not_contains "$OUT" "Arbetsmarknadsnämnden" "--body lists only the bodies named"
check_contains "$OUT" "Social- och omsorgsnämnden (SON)" "--body implies --deadlines"

run --now 2019-10-01 due --deadlines --json --body AMN,SON --config "$CFG" --db "$DB"
check_rc 0 "due --deadlines --json"
check_eq "$(printf '%s' "$OUT" | python3 -c 'import json, sys
d = json.load(sys.stdin)
print(len(d), sorted({x["body"] for x in d}), all(x["overdue"] for x in d), d[0]["state"], d[0]["date"], d[0]["report"])')" \
  "4 ['AMN', 'SON'] True draft 2019-05-30 uppfoljning" "the JSON lists every open part, overdue on 1 October"

run --now 2019-06-15 due --body NOPE --config "$CFG" --db "$DB"
check_rc 2 "an unknown body is a usage error"
check_contains "$ERR" "no body 'NOPE'" "the message names the body"
run due --json --config "$CFG" --db "$DB"
check_rc 2 "--json without --deadlines is a usage error"
[ -e "$DB" ] && not_ok "refused listings create no store" || ok "refused listings create no store"

# --- the iCalendar export --------------------------------------------------------------------------
run export wheel --format ics --config "$CFG" --year 2019 --out "$TMP/plain.ics"
check_rc 0 "export wheel without --deadlines"
run export wheel --format ics --config "$CFG" --year 2019 --deadlines --out "$TMP/all.ics"
check_rc 0 "export wheel --deadlines"
run export wheel --format ics --config "$CFG" --year 2019 --body SON --out "$TMP/son.ics"
check_rc 0 "export wheel --body SON"
/usr/bin/python3 - "$TMP/plain.ics" "$TMP/all.ics" "$TMP/son.ics" >"$TMP/ics.txt" 2>&1 <<'PY'
import sys
from icalendar import Calendar
for path in sys.argv[1:]:
    cal = Calendar.from_ical(open(path, "rb").read())
    ev = [e for e in cal.walk("VEVENT")]
    dl = [e for e in ev if str(e["UID"]).startswith("deadline-")]
    print(path.rsplit("/", 1)[1], len(ev), len(dl), len({str(e["UID"]) for e in ev}))
    for e in sorted(dl, key=lambda e: str(e["UID"])):
        print(" ", e.decoded("DTSTART").isoformat(), str(e["SUMMARY"]), str(e["UID"]))
PY
check_eq "$?" "0" "python3-icalendar reads the three files"
ICS=$(cat "$TMP/ics.txt")
check_contains "$ICS" "plain.ics 2 0 2" "without --deadlines the calendar holds the wheel's events only"
check_contains "$ICS" "all.ics 6 4 6" "--deadlines adds one event per body and period, each with its own UID"
check_contains "$ICS" "son.ics 2 2 2" "--body SON: SON's calendar is its two deadlines only (its events: none, the follow-ups go to KS)"
check_contains "$ICS" "  2019-09-30 Att lämna in: Uppföljning 2019 — Social- och omsorgsnämnden deadline-uppfoljning-2019-09-30-SON@0580.styr" \
  "a deadline is an all-day event on its day, named for the report and the body"
run export org --format dot --config "$CFG" --deadlines
check_rc 2 "--deadlines with export org is a usage error"
