#!/bin/sh
# styr doctor with the real binary against the local replay server: a good setup exits 0; a base
# URL without the API version, a base URL whose root answers 404, an unwritable database folder, a
# broken configuration, a missing CSV extract and a systemd unit that runs a missing binary each give
# a FAIL line with what to do, and exit 1; --offline sends no request.
. "$(dirname "$0")/lib.sh"
WWW="$TMP/www"
mkdir -p "$WWW/kolada/v3"
printf '{"count":1,"values":[{"id":"N03937","title":"Öppet arbetslösa"}]}' >"$WWW/kolada/v3/kpi.json"
start_server "$WWW"
export STYR_SYSTEMD_DIR="$TMP/units"
mkdir -p "$STYR_SYSTEMD_DIR"

CFG="$TMP/kommun"
run init "$CFG" --municipality 0581
check_rc 0 "a configuration to check (styr init)"

# ---- a good setup ----------------------------------------------------------------------------------
STYR_URL_KOLADA="$BASE/kolada/v3" run doctor --config "$CFG"
check_rc 0 "doctor on a good setup exits 0"
check_contains "$OUT" "styr doctor: $CFG" "doctor names the configuration"
check_contains "$OUT" "ok    versions: styr " "versions"
check_contains "$OUT" "ok    configuration: $CFG: valid (1 goal, 5 indicators, 1 report)" "the configuration is valid"
check_contains "$OUT" "ok    database: $CFG/styr.db (not there yet: the first fetch or report creates it; its folder is writable)" \
  "the database's folder is writable"
check_contains "$OUT" "ok    time zone: Europe/Stockholm" "the time zone"
check_contains "$OUT" "warn  clock: fixed at 2019-10-01T00:00:00Z by STYR_NOW" "a fixed clock is a warning"
check_contains "$OUT" "ok    source kolada: kolada: base URL $BASE/kolada/v3 (from STYR_URL_KOLADA; set STYR_URL_KOLADA to change it); answered HTTP 200" \
  "the source's base URL, where it comes from, its variable and the test request's answer"
check_eq "$(requests "/kolada/v3/kpi?per_page=1")" "1" "one test request to Kolada"
check_contains "$OUT" "--    scheduler: no styr units in $STYR_SYSTEMD_DIR" "no systemd units installed"
check_contains "$ERR" "styr doctor: nothing to fix (1 warning); next: styr fetch --config $CFG" "the summary names the next command"

# ---- a base URL without the API version ----------------------------------------------------------
STYR_URL_KOLADA="$BASE/kolada" run doctor --config "$CFG"
check_rc 1 "a base URL without /v3: doctor exits 1"
check_contains "$OUT" "FAIL  source kolada: kolada: base URL $BASE/kolada (from STYR_URL_KOLADA; set STYR_URL_KOLADA to change it)" \
  "the source fails"
check_contains "$OUT" "       fix: the base URL $BASE/kolada (from STYR_URL_KOLADA) misses the API version (/v3 at the end); Kolada's base URL must look like https://HOST/…/v3 (the API version v3 at the end), e.g. https://api.kolada.se/v3; set STYR_URL_KOLADA to it" \
  "the fix says what the URL must look like"
check_contains "$ERR" "styr doctor: 1 problem to fix" "the summary counts the problem"

# ---- a base URL whose root is not the API ---------------------------------------------------------
STYR_URL_KOLADA="$BASE/nothing/v3" run doctor --config "$CFG"
check_rc 1 "a base URL that answers 404: doctor exits 1"
check_contains "$OUT" "FAIL  source kolada: kolada: base URL $BASE/nothing/v3 (from STYR_URL_KOLADA; set STYR_URL_KOLADA to change it); $BASE/nothing/v3/kpi?per_page=1 answered HTTP 404" \
  "the 404 is named"
check_contains "$OUT" "fix: the server at the base URL $BASE/nothing/v3 (from STYR_URL_KOLADA) answers 404 (not found): it is not Kolada's API there" \
  "the fix says the base URL is not Kolada's API"

# ---- an unreachable server -----------------------------------------------------------------------
STYR_URL_KOLADA="http://127.0.0.1:9/kolada/v3" STYR_HTTP_TIMEOUT_S=3 run doctor --config "$CFG"
check_rc 1 "an unreachable server: doctor exits 1"
check_contains "$OUT" "Couldn't connect to server" "the network error is named"
check_contains "$OUT" "fix: check the network from this machine (a proxy: https_proxy), or point STYR_URL_KOLADA at a reachable mirror" \
  "and what to check"

# ---- --offline: only the local checks ------------------------------------------------------------
before=$(requests "/kolada/v3/kpi?per_page=1")
STYR_URL_KOLADA="$BASE/kolada/v3" run doctor --config "$CFG" --offline
check_rc 0 "doctor --offline"
check_contains "$OUT" "; not asked (--offline)" "the source is not asked"
check_eq "$(requests "/kolada/v3/kpi?per_page=1")" "$before" "--offline sends no request"
STYR_URL_KOLADA="$BASE/kolada" run doctor --config "$CFG" --offline
check_rc 1 "--offline still checks the base URL's form"

# ---- an unwritable database folder ---------------------------------------------------------------
# Root may write anywhere: the check runs as an unprivileged user then (setpriv), who can read the
# configuration but not write the folder.
mkdir -p "$TMP/ro"
chmod 555 "$TMP/ro"
chmod 755 "$TMP"
chmod -R a+rX "$CFG"
# The binary may live where that user cannot reach it (a checkout under a private folder, as in
# CI's mktemp clone): the user runs a copy in $TMP. The scripts and connectors are embedded in it.
install -m 755 "$STYR" "$TMP/styr-copy"
as_user() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
as_user env STYR_URL_KOLADA="$BASE/kolada/v3" "$TMP/styr-copy" doctor --config "$CFG" --db "$TMP/ro/styr.db" --offline \
  >"$TMP/.stdout" 2>"$TMP/.stderr"
RC=$?; OUT=$(cat "$TMP/.stdout"); ERR=$(cat "$TMP/.stderr")
check_rc 1 "an unwritable database folder: doctor exits 1"
check_contains "$OUT" "FAIL  database: $TMP/ro/styr.db: the folder $TMP/ro is not writable (Permission denied)" \
  "the database's folder is named, and why"
check_contains "$OUT" "       fix: make $TMP/ro writable for the user that runs styr (chown or chmod), or choose another file with --db FILE" \
  "the fix says what to do"
: >"$TMP/a-file"
run doctor --config "$CFG" --db "$TMP/a-file/styr.db" --offline
check_rc 1 "a database folder that does not exist"
check_contains "$OUT" "FAIL  database: $TMP/a-file/styr.db: the folder $TMP/a-file does not exist" "is named"

# An existing database: opened, its last run named.
STYR_URL_KOLADA="$BASE/kolada/v3" run fetch --config "$CFG"
run doctor --config "$CFG" --offline
check_rc 0 "doctor with a database that has runs"
check_contains "$OUT" "ok    database: $CFG/styr.db (writable, last run 2019-10-01T00:00:00Z failed)" \
  "the database is opened and its last run named"
check_contains "$ERR" "styr doctor: nothing to fix (1 warning); next: run styr due --config $CFG from cron or a systemd timer (examples/deploy/)" \
  "with runs and no scheduler, the next step is a schedule"

# ---- a broken configuration, a missing extract ----------------------------------------------------
cp -R "$CFG" "$TMP/broken"
rm -f "$TMP/broken/styr.db"
sed -i 's/perspective = "Medborgare", body = "AMN",/perspective = "Medborgare", body = "AMX",/' "$TMP/broken/goals.lua"
run doctor --config "$TMP/broken" --offline
check_rc 1 "a broken configuration: doctor exits 1"
check_contains "$OUT" "FAIL  configuration: $TMP/broken: 1 problem" "the problem is counted"
check_contains "$OUT" "fix: run styr validate $TMP/broken and correct each file:line it names" "the fix names the command"
cp -R "$CFG" "$TMP/csv"
printf 'source "register" { kind = "csv", file = "data/register.csv", columns = { area = "kommun", period = "ar" },\n  values = { arbetslosa = "antal" } }\n' \
  >>"$TMP/csv/sources.lua"
run doctor --config "$TMP/csv" --offline
check_rc 1 "a missing CSV extract"
check_contains "$OUT" "FAIL  source register: csv: $TMP/csv/data/register.csv is missing" "the file is named"

# ---- a report that asks for pdf: the PDF engine (headless Chromium) must be there -------------------
cp -R "$CFG" "$TMP/pdf"
sed -i 's/formats = { "html", "xlsx", "csv", "json", "md" }/formats = { "html", "pdf" }/' "$TMP/pdf/reports.lua"
rm -f "$TMP/pdf/styr.db"
STYR_CHROMIUM="$TMP/no-chromium" run doctor --config "$TMP/pdf" --offline
check_rc 1 "a pdf report without Chromium"
check_contains "$OUT" "FAIL  pdf: report uppfoljning asks for pdf, but $TMP/no-chromium is not installed" "the report and the missing engine are named"
check_contains "$OUT" "fix: apt-get install chromium (or set STYR_CHROMIUM to a Chromium binary), or leave \"pdf\" out of the formats" \
  "with the fix"
printf '#!/bin/sh\nexit 0\n' >"$TMP/fake-chromium"; chmod 755 "$TMP/fake-chromium"
STYR_CHROMIUM="$TMP/fake-chromium" run doctor --config "$TMP/pdf" --offline
check_contains "$OUT" "ok    pdf: report uppfoljning printed by $TMP/fake-chromium" "an installed engine is named"
run doctor --config "$CFG" --offline
check_not_contains "$OUT" "pdf:" "no pdf line when no report asks for pdf"

# ---- the scheduler's units -----------------------------------------------------------------------
printf '[Service]\nExecStart=%s due --config %s\n' "$STYR" "$CFG" >"$STYR_SYSTEMD_DIR/styr-due.service"
printf '[Timer]\nOnCalendar=*:0/15\n' >"$STYR_SYSTEMD_DIR/styr-due.timer"
run doctor --config "$CFG" --offline
check_rc 0 "doctor with good units"
check_contains "$OUT" "ok    scheduler: $STYR_SYSTEMD_DIR/styr-due.service runs $STYR due --config $CFG" "the unit's command"
check_contains "$OUT" "ok    scheduler: $STYR_SYSTEMD_DIR/styr-due.timer installed" "the timer"
printf '[Service]\nExecStart=/opt/nowhere/styr daemon --config %s\n' "$CFG" >"$STYR_SYSTEMD_DIR/styr-daemon.service"
run doctor --config "$CFG" --offline
check_rc 1 "a unit that runs a missing binary"
check_contains "$OUT" "FAIL  scheduler: $STYR_SYSTEMD_DIR/styr-daemon.service: ExecStart runs /opt/nowhere/styr, which does not exist" \
  "the unit and its missing binary are named"
check_contains "$OUT" "fix: correct ExecStart= to styr's path (command -v styr), then systemctl daemon-reload" "with the fix"
