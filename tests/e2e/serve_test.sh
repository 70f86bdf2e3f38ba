#!/bin/sh
# styr serve over HTTP (curl): a real server on 127.0.0.1 and a free port, the test configuration
# tests/fixtures/serve. Security (each refusal: its status and that nothing was stored), the
# conflict of two sessions, the whole period, the approved version's bytes, reload and stop.
. "$(dirname "$0")/lib.sh"
# The server's clock stands still (STYR_NOW from lib.sh): every save, approval and later edit
# happens in the same second, so the approved version must be exact, not a matter of time.

CFG="$ROOT/tests/fixtures/serve"
DB="$TMP/serve.db"
# A short busy timeout, so that the save while another process holds the lock (below) fails fast.
STYR_BUSY_TIMEOUT_MS=500 "$STYR" serve --config "$CFG" --db "$DB" --listen 127.0.0.1:0 2>"$TMP/serve.log" &
SERVER_PID=$!
PORT=
for _ in $(seq 1 50); do
  PORT=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\)\/.*/\1/p' "$TMP/serve.log")
  [ -n "$PORT" ] && break
  sleep 0.1
done
if [ -z "$PORT" ]; then not_ok "styr serve started" "$(cat "$TMP/serve.log")"; exit 1; fi
ok "styr serve listens on a free port ($PORT)"
U="http://127.0.0.1:$PORT"
P=/entry/uppfoljning/2019-05-30

q() { sqlite3 "$DB" "$1"; }
# code USER ARGS…: the HTTP status of a request as USER (through the trusted proxy, 127.0.0.1).
code() { u=$1; shift; curl -s -o "$TMP/body" -w '%{http_code}' -H "X-Remote-User: $u" "$@"; }
token() { # USER [GROUPS]: the CSRF token of USER's forms
  curl -s -H "X-Remote-User: $1" -H "X-Remote-Groups: ${2:-}" "$U/reports" >/dev/null
  curl -s -H "X-Remote-User: $1" -H "X-Remote-Groups: ${2:-}" "$U$P/AMN" "$U$P/SON" "$U/period/uppfoljning/2019-05-30" |
    sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1
}
entries() { q "SELECT count(*) FROM entries"; }

# --- who: only the trusted proxy's headers ------------------------------------------------------
check_eq "$(curl -s -o /dev/null -w '%{http_code}' "$U/")" "401" "no user header: 401"
check_eq "$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 -H 'X-Remote-User: anna' "$U/")" "401" \
  "a user header from an address that is not the proxy: 401"
before=$(entries)
check_eq "$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 -H 'X-Remote-User: anna' \
  -d kind=analysis -d subject=placeringar -d version=0 -d text=x "$U$P/AMN")" "401" "a write from outside the proxy: 401"
check_eq "$(code nobody "$U/")" "403" "a user the configuration gives no access: 403"
check_eq "$(code anna "$U/")" "200" "a reporter reads the home page"

TA=$(token anna)
TS=$(token sven sg-son)
[ -n "$TA" ] && [ -n "$TS" ] && [ "$TA" != "$TS" ] && ok "each user's forms carry a CSRF token of their own" ||
  not_ok "CSRF tokens" "$TA $TS"
check_eq "$(entries)" "$before" "refused requests stored nothing"

# --- what: the role is checked on every write ------------------------------------------------------
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=hushall -d version=0 -d text=x "$U$P/SON")" \
  "403" "a reporter of AMN writing SON's part: 403"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d action=approve -d version=0 "$U/signoff/uppfoljning/2019-05-30/AMN")" \
  "403" "a reporter approving: 403"
check_eq "$(code anna -d kind=analysis -d subject=placeringar -d version=0 -d text=x "$U$P/AMN")" "403" "a POST without a CSRF token: 403"
check_eq "$(code anna -d csrf=00ff -d kind=analysis -d subject=placeringar -d version=0 -d text=x "$U$P/AMN")" "403" \
  "a POST with a wrong CSRF token: 403"
check_eq "$(code anna --data-urlencode "csrf=$TS" -d kind=analysis -d subject=placeringar -d version=0 -d text=x "$U$P/AMN")" \
  "403" "a POST with another user's CSRF token: 403"
head -c 70000 /dev/zero | tr '\0' a >"$TMP/big"
check_eq "$(code anna --data-urlencode "csrf=$TA" --data-urlencode "text@$TMP/big" -d kind=analysis -d subject=placeringar \
  -d version=0 "$U$P/AMN")" "413" "an oversized body: 413"
check_eq "$(code anna -H 'Transfer-Encoding: chunked' --data-binary "@$TMP/big" "$U$P/AMN")" "413" \
  "an oversized chunked body: 413"
check_eq "$(entries)" "$before" "nothing was stored by the refused writes"
check_contains "$(q "SELECT group_concat(detail, '|') FROM audit WHERE action = 'refused'")" "CSRF" "refusals are audited"

# --- SQL metacharacters are stored verbatim ---------------------------------------------------------
SQL="Robert'); DROP TABLE entries;-- \"%_\\"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=nojdhet -d version=0 --data-urlencode "text=$SQL" \
  "$U$P/AMN")" "303" "an analysis with SQL metacharacters is saved (303 back to the form)"
check_eq "$(q "SELECT text FROM entries WHERE subject = 'nojdhet'")" "$SQL" "SQL metacharacters are stored verbatim"
check_eq "$(q "SELECT user || ' ' || address || ' ' || action || ' ' || target FROM audit ORDER BY id DESC LIMIT 1")" \
  "anna 127.0.0.1 entry analysis/nojdhet/2019-05-30" "the write is audited: who, from where, what"

# --- two sessions save the same entry: the second gets the conflict page ----------------------------
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=placeringar -d version=0 \
  --data-urlencode "text=Första sessionens text" "$U$P/AMN")" "303" "the first session saves"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=placeringar -d version=0 \
  --data-urlencode "text=Andra sessionens text" "$U$P/AMN")" "409" "the second session, from the same version: 409"
check_contains "$(cat "$TMP/body")" "Första sessionens text" "the conflict page shows the saved text"
check_contains "$(cat "$TMP/body")" "Andra sessionens text" "the conflict page keeps the second session's text"
check_eq "$(q "SELECT count(*) FROM entries WHERE subject = 'placeringar'")" "1" "the conflict stored nothing"

# --- a fetch or compute holds the write lock: the save waits, then the form comes back kept -------
hold_write_lock "$DB"
before=$(q "SELECT count(*) FROM entries WHERE subject = 'placeringar'")
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=placeringar -d version=1 \
  --data-urlencode "text=Texten som skrevs medan data hämtades" "$U$P/AMN")" "503" \
  "a save while another process holds the write lock: 503 after the busy timeout"
check_contains "$(cat "$TMP/body")" "Inte sparat: databasen är upptagen" "the page says, in the reader's language, that nothing was saved"
check_contains "$(cat "$TMP/body")" "Texten som skrevs medan data hämtades" "the form keeps what the officer wrote"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d action=submit -d version=0 "$U/signoff/uppfoljning/2019-05-30/AMN")" \
  "503" "submitting a part while the lock is held: 503"
check_contains "$(cat "$TMP/body")" "Inte sparat: databasen är upptagen" "the period page says nothing was done"
release_write_lock
check_eq "$(q "SELECT count(*) FROM entries WHERE subject = 'placeringar'")" "$before" "nothing of it was stored"
check_eq "$(q "SELECT count(*) FROM signoffs")" "0" "and no sign-off was recorded"

# --- the whole period: enter, submit, return, resubmit, approve -------------------------------------
check_eq "$(code sven -H 'X-Remote-Groups: sg-son' --data-urlencode "csrf=$TS" -d kind=analysis -d subject=hushall -d version=0 \
  --data-urlencode "text=Färre hushåll tack vare tidiga möten." "$U$P/SON")" "303" "SON's reporter (by group) writes"
AID=$(sed -n 's/.*name="subject" value="\(SON-1\.1\)".*/\1/p' "$TMP/body" | head -n 1)
check_eq "$(code sven -H 'X-Remote-Groups: sg-son' --data-urlencode "csrf=$TS" -d kind=activity -d subject=SON-1.1 -d version=0 \
  -d status=delayed --data-urlencode "text=Väntar på lokaler" "$U$P/SON")" "303" "SON reports an activity's status"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=activity -d subject=jobbtorg -d version=0 -d status=done "$U$P/AMN")" \
  "303" "AMN reports its activity done"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=value -d subject=nojdhet -d version=0 -d value=81,5 "$U$P/AMN")" "303" \
  "AMN enters an own value"
S=/signoff/uppfoljning/2019-05-30
check_eq "$(code anna --data-urlencode "csrf=$TA" -d action=submit -d version=0 "$U$S/AMN")" "303" "AMN submits"
check_eq "$(code sven -H 'X-Remote-Groups: sg-son' --data-urlencode "csrf=$TS" -d action=submit -d version=0 "$U$S/SON")" "303" "SON submits"
TB=$(token boss)
[ -n "$TB" ] && ok "the approver's sign-off forms carry a CSRF token" || not_ok "the approver's CSRF token"
check_eq "$(code boss --data-urlencode "csrf=$TB" -d action=return -d version=1 --data-urlencode "comment=Förklara trenden" "$U$S/SON")" \
  "303" "the approver returns SON's part with a comment"
check_eq "$(code boss --data-urlencode "csrf=$TB" -d action=approve -d version=1 "$U$S/AMN")" "303" "the approver approves AMN's part"
code sven -H 'X-Remote-Groups: sg-son' "$U$P/SON" >/dev/null
check_contains "$(cat "$TMP/body")" "Återsänd" "SON sees its part returned"
code sven -H 'X-Remote-Groups: sg-son' "$U/period/uppfoljning/2019-05-30" >/dev/null
check_contains "$(cat "$TMP/body")" "Förklara trenden" "SON sees the approver's comment"
check_eq "$(code sven -H 'X-Remote-Groups: sg-son' --data-urlencode "csrf=$TS" -d kind=analysis -d subject=hushall -d version=1 \
  --data-urlencode "text=Färre hushåll tack vare tidiga möten; trenden vände i mars." "$U$P/SON")" "303" "SON revises its analysis"
check_eq "$(code sven -H 'X-Remote-Groups: sg-son' --data-urlencode "csrf=$TS" -d action=submit -d version=2 "$U$S/SON")" "303" "SON resubmits"
check_eq "$(code boss "$U/report/uppfoljning/2019-05-30?version=approved")" "404" "no approved version before every part is approved"
check_eq "$(code boss --data-urlencode "csrf=$TB" -d action=approve -d version=3 "$U$S/SON")" "303" "the approver approves SON's part"
check_eq "$(q "SELECT group_concat(state, ',') FROM (SELECT state FROM signoffs WHERE body = 'SON' ORDER BY version)")" \
  "submitted,returned,submitted,approved" "SON's sign-off history"

# styr due --deadlines reads the same sign-offs: the approved tertial is no longer due.
run --now 2019-06-15 due --deadlines --config "$CFG" --db "$DB"
check_rc 0 "due --deadlines beside the running server"
check_not_contains "$OUT" "2019-05-30" "the approved parts are not listed as due"
check_eq "$(printf '%s\n' "$OUT" | grep -c 'senast 2019-09-30')" "2" "both bodies still owe the second tertial"

check_eq "$(code boss "$U/report/uppfoljning/2019-05-30?version=approved")" "200" "the approved version renders"
cp "$TMP/body" "$TMP/approved1.html"
check_contains "$(cat "$TMP/approved1.html")" "trenden vände i mars" "the approved report holds SON's analysis"
check_contains "$(cat "$TMP/approved1.html")" "Första sessionens text" "the approved report holds AMN's analysis"
code boss "$U/report/uppfoljning/2019-05-30?version=approved&format=csv" >/dev/null; cp "$TMP/body" "$TMP/approved1.csv"

# --- later edits (in the very second of the approval) do not change the approved version ----------
# The current pages are built (and kept by the server) before the edits; they must not be served
# stale after them.
code boss "$U/report/uppfoljning/2019-05-30" >/dev/null
check_not_contains "$(cat "$TMP/body")" "Ändrad efter godkännandet" "the current rendering before the edit"
code boss "$U/body/AMN" >/dev/null
check_contains "$(cat "$TMP/body")" "81,5" "the body's page shows the own value entered"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=placeringar -d version=1 \
  --data-urlencode "text=Ändrad efter godkännandet" "$U$P/AMN")" "303" "an edit after approval is saved"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=value -d subject=nojdhet -d version=1 -d value=12 "$U$P/AMN")" "303" \
  "a value changed after approval"
code boss "$U/report/uppfoljning/2019-05-30?version=approved" >/dev/null
check_eq "$(sum "$TMP/body")" "$(sum "$TMP/approved1.html")" "the approved version re-renders byte for byte (HTML)"
code boss "$U/report/uppfoljning/2019-05-30?version=approved&format=csv" >/dev/null
check_eq "$(sum "$TMP/body")" "$(sum "$TMP/approved1.csv")" "the approved version re-renders byte for byte (CSV)"
code boss "$U/report/uppfoljning/2019-05-30" >/dev/null
check_contains "$(cat "$TMP/body")" "Ändrad efter godkännandet" "the current rendering shows the later edit"
code boss "$U/body/AMN" >/dev/null
check_contains "$(cat "$TMP/body")" ">12<" "the body's page shows the changed value at once"
check_not_contains "$(cat "$TMP/body")" "81,5" "the body's page no longer shows the old value"

# A write by another process (styr report storing a changed typed-in value into the same store)
# is seen by the next request too.
code boss "$U/body/SON" >/dev/null
NBSP=$(printf '\302\240') # numbers are grouped with a no-break space
check_contains "$(cat "$TMP/body")" "3${NBSP}130" "SON's page shows 2018's typed-in value"
mkdir -p "$TMP/cfg2" && sed 's/\[2018\] = 3130/[2018] = 3999/' "$CFG/init.lua" >"$TMP/cfg2/init.lua"
run report uppfoljning --config "$TMP/cfg2" --db "$DB" --out "$TMP/out2"
check_rc 0 "styr report with a changed value, into the server's store"
code boss "$U/body/SON" >/dev/null
check_contains "$(cat "$TMP/body")" "3${NBSP}999" "the server's next page shows the value another process stored"
code boss "$U/changes/uppfoljning/2019-05-30" >/dev/null
check_contains "$(cat "$TMP/body")" "Ändrad efter godkännandet" "the changes page lists the changed text"
check_contains "$(cat "$TMP/body")" "nojdhet 2019" "the changes page lists the changed number"

# --- the entry page: one item per indicator, with the figures the report shows ---------------------
code anna "$U$P/AMN" >/dev/null
check_eq "$(python3 - "$TMP/body" <<'PY'
import re, sys
body = open(sys.argv[1], encoding="utf-8").read()
items = re.findall(r'<div class="item" id="([^"]+)"><h3>([^<]*)</h3>(.*?)</details></div>', body, re.S)
print(" ".join(i for i, _, _ in items))
titles = [t for _, t, _ in items]
print("unique titles" if len(titles) == len(set(titles)) else "a title twice: %s" % titles)
c = dict((i, x) for i, _, x in items)
n = c.get("analysis-nojdhet", "")
print("both fields" if 'name="text"' in n and 'name="value"' in n and n.count("<form") == 1 else "not one form with both fields")
print("figures" if "<caption>Utfall, mål och status</caption>" in n and ">80<" in n and "<td class=\"status s-" in n else "no figures: " + n[:300])
p = c.get("analysis-placeringar", "")
print("values" if all(">%s<" % v in p for v in ("410", "455", "500")) else "no values: " + p[:300])
PY
)" "analysis-placeringar analysis-nojdhet activity-jobbtorg
unique titles
both fields
figures
values" "one item per indicator, holding its analysis and own value, under the row the report shows"
versions() { q "SELECT count(*) FROM entries WHERE subject = 'nojdhet' AND kind = '$1'"; }
check_eq "$(versions analysis) $(versions value)" "1 2" "nojdhet before the combined saves: 1 analysis, 2 values"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=nojdhet -d version=1 --data-urlencode "text=$SQL" \
  -d value_version=2 -d value=13 "$U$P/AMN")" "303" "the item's form saves a changed value with an unchanged analysis"
check_eq "$(versions analysis) $(versions value)" "1 3" "only the changed field got a new version"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=nojdhet -d version=1 --data-urlencode "text=Ny analys" \
  -d value_version=3 -d value=14 "$U$P/AMN")" "303" "the item's form saves both fields"
check_eq "$(versions analysis) $(versions value)" "2 4" "both fields got a new version"
check_eq "$(q "SELECT group_concat(target, ' ') FROM (SELECT target FROM audit WHERE action = 'entry' ORDER BY id DESC LIMIT 2)")" \
  "value/nojdhet/2019-05-30 analysis/nojdhet/2019-05-30" "each saved field is audited"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=nojdhet -d version=2 --data-urlencode "text=Ny analys igen" \
  -d value_version=3 -d value=99 "$U$P/AMN")" "409" "a value saved meanwhile: the conflict page"
check_contains "$(cat "$TMP/body")" "<pre>99</pre>" "the conflict page keeps the value typed"
check_contains "$(cat "$TMP/body")" "<pre>14</pre>" "the conflict page shows the value saved meanwhile"
check_eq "$(versions analysis) $(versions value)" "2 4" "the conflict stored neither field"

# --- the start page ------------------------------------------------------------------------------------
code anna "$U/" >/dev/null
HOME_PAGE=$(cat "$TMP/body")
check_contains "$HOME_PAGE" '<th scope="col">Senast</th><th scope="col">Rapport</th><th scope="col">Del</th><th scope="col">Status</th><th scope="col">Åtgärd</th>' \
  "the start page's columns: Senast, Rapport, Del, Status, Åtgärd"
check_contains "$HOME_PAGE" '<td>2019-09-30</td><td>Uppföljning 2019</td><td>Arbetsmarknadsnämnden</td><td>Utkast, <strong class="overdue">försenad</strong></td>' \
  "an overdue part is called overdue in words"
check_not_contains "$HOME_PAGE" " !" "no symbol alone marks it"
check_not_contains "$HOME_PAGE" "2019-05-30</td>" "the approved tertial is not listed"

# --- read-only pages and downloads -----------------------------------------------------------------
for page in /org /goals /body/AMN /explain/hushall /wheel /reports /audit; do
  check_eq "$(code boss "$U$page")" "200" "page $page"
done
check_eq "$(curl -s -o /dev/null -w '%{content_type}' -H 'X-Remote-User: boss' "$U/report/uppfoljning/2019-05-30?format=json")" \
  "application/json" "a report downloads as JSON"

# --- styr history shows the audit ----------------------------------------------------------------------
run history --audit --config "$CFG" --db "$DB"
check_rc 0 "styr history --audit"
check_contains "$OUT" "boss" "the audit names the approver"
check_contains "$OUT" "approve uppfoljning/2019-05-30/SON" "the audit names what was approved"

# --- SIGHUP reloads without dropping the socket; SIGTERM stops cleanly -------------------------------------
kill -HUP "$SERVER_PID"
for _ in $(seq 1 100); do grep -q "configuration reloaded" "$TMP/serve.log" && break; sleep 0.1; done
check_eq "$(code boss "$U/reports")" "200" "the server answers after SIGHUP"
check_contains "$(cat "$TMP/serve.log")" "configuration reloaded" "SIGHUP reloads the configuration"
# The reload dropped every page the server kept: the approved version is rendered again from the
# store, and is still the same bytes.
code boss "$U/report/uppfoljning/2019-05-30?version=approved" >/dev/null
check_eq "$(sum "$TMP/body")" "$(sum "$TMP/approved1.html")" "the approved version re-rendered after the reload: the same bytes (HTML)"
code boss "$U/report/uppfoljning/2019-05-30?version=approved&format=csv" >/dev/null
check_eq "$(sum "$TMP/body")" "$(sum "$TMP/approved1.csv")" "the approved version re-rendered after the reload: the same bytes (CSV)"
kill -TERM "$SERVER_PID"
for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$SERVER_PID" 2>/dev/null; then not_ok "SIGTERM stops the server"; else
  wait "$SERVER_PID"; check_eq "$?" "0" "SIGTERM stops the server with exit 0"; fi
SERVER_PID=
check_contains "$(cat "$TMP/serve.log")" "SIGTERM: stopped" "the server says it stopped"
check_eq "$(sqlite3 "$DB" 'PRAGMA integrity_check')" "ok" "the store is intact"
