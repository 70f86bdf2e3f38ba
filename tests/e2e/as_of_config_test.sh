#!/bin/sh
# report --as-of means as the committee saw it (issue 14, item 5): every report run records the
# configuration it used (a content-addressed snapshot in the store), and report --as-of renders
# with the configuration in force then as well as the data then. A copy of the Linköping example
# is rendered, then changed (a target changed, an indicator added to a goal), and the report
# rendered --as-of the first run's time equals the first rendering byte for byte, in every format.
# Without a snapshot for the date, styr says so and renders with today's configuration.
. "$(dirname "$0")/lib.sh"

C="$TMP/cfg"
DB="$TMP/s.db"
cp -R "$ROOT/examples/linkoping" "$C"

STYR_NOW=2019-10-01T10:00:00Z run report uppfoljning --config "$C" --db "$DB" --out "$TMP/first"
check_rc 0 "the first report renders"
FIRST=$(cd "$TMP/first" && ls | sort)
for ext in html xlsx csv json md; do
  check_contains "$FIRST" ".$ext" "the first rendering has a .$ext file"
done
check_eq "$(sqlite3 "$DB" "SELECT count(*) FROM runs WHERE command = 'report uppfoljning' AND config_snapshot IS NOT NULL")" "1" \
  "the report run recorded its configuration"

# The configuration changes: a target is raised, an indicator is added to a goal.
sed -i 's/targets = { \[2019\] = 677, \[2020\] = 777 }/targets = { [2019] = 700, [2020] = 800 }/' "$C/indicators.lua"
cat >>"$C/indicators.lua" <<'LUA'

indicator "nytt_matt" {
  title = "Ett mått som lades till efter mötet", unit = "persons", direction = "increase",
  values = { [2018] = 12 }, targets = { [2019] = 15 },
}
LUA
sed -i 's/indicators = { "placeringar", "hojd_anstallningsbarhet" }/indicators = { "placeringar", "hojd_anstallningsbarhet", "nytt_matt" }/' \
  "$C/goals.lua"

STYR_NOW=2019-11-01T10:00:00Z run report uppfoljning --config "$C" --db "$DB" --out "$TMP/second"
check_rc 0 "the report renders with the changed configuration"
check_contains "$(cat "$TMP/second/uppfoljning-AMN.csv")" "Ett mått som lades till efter mötet" "the new indicator is in today's report"
check_contains "$(cat "$TMP/second/uppfoljning-AMN.csv")" "700" "so is the new target"
check_eq "$(sqlite3 "$DB" "SELECT count(DISTINCT config_snapshot) FROM runs WHERE command = 'report uppfoljning'")" "2" \
  "each distinct configuration is a snapshot of its own"

STYR_NOW=2019-11-02T10:00:00Z run report uppfoljning --config "$C" --db "$DB" --out "$TMP/asof" --as-of 2019-10-01T10:00:00Z
check_rc 0 "report --as-of the first run's time"
check_contains "$ERR" "styr report: with the configuration in force at 2019-10-01T10:00:00Z (recorded by run #1, report uppfoljning, 2019-10-01T10:00:00Z)" \
  "it says which configuration it rendered with"
check_eq "$(cd "$TMP/asof" && ls | sort)" "$FIRST" "the as-of rendering has the same files as the first"
same=0
differ=
for f in $FIRST; do
  if cmp -s "$TMP/first/$f" "$TMP/asof/$f"; then same=$((same + 1)); else differ="$differ $f"; fi
done
if [ -z "$differ" ] && [ "$same" -gt 0 ]; then
  ok "every file of the as-of rendering equals the first rendering byte for byte ($same files)"
else
  not_ok "the as-of rendering equals the first byte for byte" "differ:$differ" \
    "$(diff "$TMP/first/uppfoljning-AMN.csv" "$TMP/asof/uppfoljning-AMN.csv" | head -5)"
fi
check_not_contains "$(cat "$TMP/asof/uppfoljning-AMN.csv")" "Ett mått som lades till efter mötet" \
  "the indicator added since is not in the as-of report"

# A date before any run recorded a configuration: said, and today's configuration is used.
STYR_NOW=2019-11-02T10:00:00Z run report uppfoljning --config "$C" --db "$DB" --out "$TMP/early" --as-of 2019-09-01
check_rc 0 "report --as-of a date before the first snapshot still renders"
check_contains "$ERR" "styr report: warning: no configuration snapshot was recorded at or before 2019-09-01T23:59:59Z; the oldest is from 2019-10-01T10:00:00Z (report uppfoljning); the report is rendered with the configuration as it is now" \
  "it says that no snapshot exists for the date, which is the oldest, and what it does instead"
check_contains "$(cat "$TMP/early/uppfoljning-AMN.csv")" "Ett mått som lades till efter mötet" \
  "and the report has today's configuration"

# styr compute and a fetch record the configuration they used too.
STYR_NOW=2019-11-03T10:00:00Z run compute --config "$C" --db "$DB"
check_rc 0 "styr compute"
check_eq "$(sqlite3 "$DB" "SELECT config_snapshot IS NOT NULL FROM runs WHERE command = 'compute'")" "1" \
  "the compute run recorded its configuration"

# A report added after the date did not exist then: said, exit 2, nothing written.
printf '\nreport "ny" { title = "Ny rapport", year = 2019 }\n' >>"$C/reports.lua"
STYR_NOW=2019-11-04T10:00:00Z run report ny --config "$C" --db "$DB" --out "$TMP/ny" --as-of 2019-10-01T10:00:00Z
check_rc 2 "report --as-of of a report that did not exist then"
check_contains "$ERR" "styr report: report 'ny' did not exist in the configuration in force at 2019-10-01T10:00:00Z (recorded by run #1, 2019-10-01T10:00:00Z); it had: " \
  "it says the report did not exist then"
if [ -e "$TMP/ny" ]; then not_ok "nothing was written" "$(ls "$TMP/ny")"; else ok "nothing was written"; fi
