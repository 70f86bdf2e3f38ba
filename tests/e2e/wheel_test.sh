#!/bin/sh
# The annual wheel from the command line: the year listed in date order, the iCalendar export read
# back by a real iCalendar parser (python3-icalendar) whose recurrence rules, expanded by
# python3-dateutil, give the same dates as styr's own listing; the report-before-data warning.
. "$(dirname "$0")/lib.sh"

CFG="$TMP/wheel"
make_config "$CFG" <<'LUA'
body "KS" { name = "Kommunstyrelsen", kind = "executive_board", level = "decision" }
indicator "hushall" { title = "Hushåll med försörjningsstöd", unit = "households", direction = "decrease", values = { [2025] = 3000 } }
goal "G" { title = "Färre hushåll", perspective = "Medborgare", body = "AMN", indicators = { "hushall" } }
report "uppfoljning" { title = "Uppföljning", year = 2026 }
wheel { timezone = "Europe/Stockholm",
  { id = "natt", title = "Nattlig hämtning", job = "fetch", cron = "30 2 * * *" } }
event "amn" { title = "Nämndsammanträde, sista dagen", body = "AMN", monthly = { day = "last" }, at = "13:00", duration = 180 }
event "tertial" { title = "Tertialuppföljning; till nämnderna", report = "uppfoljning", to = { "AMN", "KS" }, after = { period = "tertial", days = 30 } }
event "scb" { title = "SCB:s helårsekvivalenter", source = "SCB", yearly = { "03-15", "09-15" } }
event "kolada" { title = "Kolada publicerar", source = "Kolada N31807", indicators = { "hushall" }, yearly = { "01-10" } }
event "trivsel" { title = "Trivselmätning (vecka)", kind = "data", source = "Egen mätning", weekly = "monday" }
event "beslut" { title = "Beslut i KS", body = "KS", date = "2026-04-25", at = "10:00" }
event "skott" { title = "Skottdagsgenomgång", body = "AMN", yearly = { "02-29" } }
event "kvartal" { title = "Kvartalsavstämning 40 dagar före kvartalsslut", body = "AMN", after = { period = "quarter", days = -40 } }
LUA
run validate "$CFG"
check_rc 0 "the wheel configuration validates"
check_not_contains "$ERR" "warning" "no report comes before its data"

# --cron: the nightly job too (plain cron jobs are left out unless asked for; lookup_test.sh).
run show wheel --config "$CFG" --year 2026 --cron
check_rc 0 "show wheel --year 2026 --cron"
LIST=$OUT
check_contains "$LIST" "Årshjul 2026 — Testkommun (Europe/Stockholm)" "the listing names the year, municipality and zone"
dates=$(printf '%s\n' "$LIST" | sed -n 's/^\(20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]\) .*/\1/p')
check_eq "$(printf '%s\n' "$dates" | sort -c 2>&1 && echo sorted)" "sorted" "the year is listed in date order"
check_eq "$(printf '%s\n' "$dates" | grep -c .)" "$((365 + 12 + 3 + 2 + 1 + 52 + 1 + 0 + 4))" \
  "every occurrence of 2026 is listed (365 nights, 12 meetings, 3 tertials, 2+1 deliveries, 52 Mondays, 1 decision, 4 quarters)"
check_contains "$LIST" "2026-05-30 lör        rapport  Tertialuppföljning; till nämnderna  (uppfoljning till AMN, KS)" \
  "30 days after the end of tertial 1 is 30 May"
check_contains "$LIST" "2026-02-28 lör 13:00  möte     Nämndsammanträde, sista dagen" "the last day of February 2026 is the 28th"
run show wheel --config "$CFG" --year 2028
check_contains "$OUT" "2028-02-29 tis        möte     Skottdagsgenomgång" "29 February appears in a leap year"
check_contains "$OUT" "2028-02-29 tis 13:00  möte     Nämndsammanträde, sista dagen" "the last day of February 2028 is the 29th"
run show wheel --config "$CFG" --year 20x6
check_rc 2 "a bad --year is a usage error"

run export wheel --format ics --config "$CFG" --year 2026 --out "$TMP/out/wheel.ics" --cron
check_rc 0 "export wheel --format ics --cron"
check_file "$TMP/out/wheel.ics" "the iCalendar file is written"

# Read it back with python3-icalendar; expand every RRULE/RDATE with python3-dateutil over 2026.
/usr/bin/python3 - "$TMP/out/wheel.ics" >"$TMP/ics.txt" 2>&1 <<'PY'
import sys, datetime
from icalendar import Calendar
from dateutil.rrule import rrulestr
raw = open(sys.argv[1], "rb").read()
assert all(len(l) <= 75 for l in raw.split(b"\r\n")), "a line longer than 75 octets"
assert b"\n" not in raw.replace(b"\r\n", b""), "a bare LF"
cal = Calendar.from_ical(raw)
events = [c for c in cal.walk("VEVENT")]
print("events", len(events))
print("rrules", sum(1 for e in events if e.get("RRULE")))
print("rdates", sum(1 for e in events if e.get("RDATE")))
print("uids", len(set(str(e["UID"]) for e in events)))
print("tz", ",".join(str(c["TZID"]) for c in cal.walk("VTIMEZONE")))
start, end = datetime.date(2026, 1, 1), datetime.date(2027, 1, 1)
dates = []
for e in events:
    assert e.get("DTSTAMP") is not None
    dt = e.decoded("DTSTART")
    naive = dt.replace(tzinfo=None) if isinstance(dt, datetime.datetime) else datetime.datetime(dt.year, dt.month, dt.day)
    occ = {naive}
    if e.get("RRULE"):
        rule = rrulestr(e["RRULE"].to_ical().decode(), dtstart=naive)
        occ |= set(rule.between(datetime.datetime(2026, 1, 1), datetime.datetime(2027, 1, 1), inc=True))
    rd = e.get("RDATE")
    if rd is not None:
        for group in (rd if isinstance(rd, list) else [rd]):
            for d in group.dts:
                v = d.dt
                occ.add(v.replace(tzinfo=None) if isinstance(v, datetime.datetime) else datetime.datetime(v.year, v.month, v.day))
    dates += [o.date().isoformat() for o in occ if start <= o.date() < end]
    if str(e["SUMMARY"]).startswith("Nattlig"):
        print("night", e.decoded("DTSTART").isoformat())
for d in sorted(dates):
    print("date", d)
PY
check_eq "$?" "0" "python3-icalendar reads the file (lines ≤ 75 octets, CRLF)"
ICS=$(cat "$TMP/ics.txt")
check_contains "$ICS" "events 10" "one VEVENT per event, one per fixed yearly date"
check_contains "$ICS" "rrules 8" "every regular recurrence has an RRULE"
check_contains "$ICS" "rdates 1" "the 40-days-before-quarter-end event lists its dates"
check_contains "$ICS" "uids 10" "every VEVENT has its own UID"
check_contains "$ICS" "tz Europe/Stockholm" "the file carries the zone's VTIMEZONE"
RAW=$(tr -d '\r' <"$TMP/out/wheel.ics")
check_contains "$ICS" "night 2026-01-01T02:30:00+01:00" "the nightly cron job starts at 02:30 local time on 1 January"
check_contains "$RAW" "RRULE:FREQ=DAILY;BYHOUR=2;BYMINUTE=30" "the nightly cron job is a daily rule"
check_contains "$RAW" "RRULE:FREQ=YEARLY;BYMONTH=1,5,9;BYMONTHDAY=30" "30 days after each tertial is the 30th of January, May and September"
ics_dates=$(sed -n 's/^date //p' "$TMP/ics.txt")
check_eq "$ics_dates" "$(printf '%s\n' "$dates" | sort)" "the ICS rules, expanded by dateutil, give exactly the dates styr lists for 2026"
check_eq "$(grep -c 'BEGIN:DAYLIGHT' "$TMP/out/wheel.ics")" "1" "VTIMEZONE has the summer-time rule"
check_contains "$(cat "$TMP/out/wheel.ics")" "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" "summer time starts on the last Sunday of March"
run export wheel --format ics --config "$CFG" --year 2026
check_eq "$(printf '%s' "$OUT" | head -c 15)" "BEGIN:VCALENDAR" "without --out the calendar goes to standard output"

# Danish zone: the same wheel in Copenhagen.
sed -i 's#Europe/Stockholm#Europe/Copenhagen#' "$CFG/init.lua"
run export wheel --format ics --config "$CFG" --year 2026
check_contains "$OUT" "TZID:Europe/Copenhagen" "a Danish wheel is in Europe/Copenhagen"
check_contains "$OUT" "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" "winter time starts on the last Sunday of October"

# Report before data: the committee would see last period's figures.
sed -i 's/yearly = { "01-10" }/yearly = { "06-10" }/' "$CFG/init.lua"
run --now 2026-01-01 validate "$CFG"
check_rc 0 "a report before its data is a warning, not an error"
check_contains "$ERR" "warning: event 'tertial': report 'uppfoljning' is due 2026-01-30, before its data are published: 'kolada' delivers indicator 'hushall' on 2026-06-10" \
  "the report-before-data warning names both events, the indicator and the dates"
