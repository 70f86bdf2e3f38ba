#!/bin/sh
# styr serve as an attacker would try it (the review of the security items): the rate limit per
# user; identity headers sent twice (the browser's own beside the proxy's); a forged
# X-Forwarded-For; control characters in a URL reaching the log and the audit; a body trickling
# in; a made-up period for a lineage; --dev-user reached through DNS rebinding (another Host);
# markup in every page that shows what someone typed (conflict page, returned part's comment,
# audit); and the read-only mode, which serves approved versions only. Each refusal: its status
# and that nothing was stored.
. "$(dirname "$0")/lib.sh"

CFG="$TMP/cfg"
mkdir -p "$CFG"
sed 's/^web {.*/web { trusted_proxies = { "127.0.0.1" }, rate_limit = 40, max_body = 65536, max_text = 1000, timeout = 2 }/' \
  "$ROOT/tests/fixtures/serve/init.lua" >"$CFG/init.lua"
DB="$TMP/serve.db"
# start NAME ARGS…: starts styr serve with ARGS, logging to $TMP/NAME.log; sets PORT.
start() {
  name=$1
  shift
  "$STYR" serve --config "$CFG" --db "$DB" --listen 127.0.0.1:0 "$@" 2>"$TMP/$name.log" &
  SERVER_PID=$!
  PORT=
  for _ in $(seq 1 50); do
    PORT=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\)\/.*/\1/p' "$TMP/$name.log")
    [ -n "$PORT" ] && break
    sleep 0.1
  done
  if [ -z "$PORT" ]; then not_ok "styr serve started ($name)" "$(cat "$TMP/$name.log")"; exit 1; fi
}
stop() { kill -TERM "$SERVER_PID"; wait "$SERVER_PID"; SERVER_PID=; }
start main
U="http://127.0.0.1:$PORT"
P=/entry/uppfoljning/2019-05-30
q() { sqlite3 "$DB" "$1"; }
code() { u=$1; shift; curl -s -o "$TMP/body" -w '%{http_code}' -H "X-Remote-User: $u" "$@"; }
token() { curl -s -H "X-Remote-User: $1" -H "X-Remote-Groups: ${2:-}" "$U$P/${3:-AMN}" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1; }
entries() { q "SELECT count(*) FROM entries"; }

# --- identity headers sent twice: the browser's own beside the proxy's ---------------------------
check_eq "$(code anna -H 'X-Remote-User: boss' "$U/")" "401" "the user header twice: 401"
check_eq "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Remote-User: sven' -H 'X-Remote-Groups: sg-all' \
  -H 'X-Remote-Groups: sg-son' "$U$P/SON")" "401" "the groups header twice: 401"
check_eq "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Remote-User: anna' -H 'X-Forwarded-For: 10.0.0.1' \
  -H 'X-Forwarded-For: 10.0.0.2' "$U/")" "401" "X-Forwarded-For twice: 401"
TA=$(token anna)
check_eq "$(code anna -H 'X-Remote-User: boss' --data-urlencode "csrf=$TA" -d kind=analysis -d subject=placeringar \
  -d version=0 -d text=x "$U$P/AMN")" "401" "a write with the user header twice: 401"
check_eq "$(entries)" "0" "nothing was stored"
check_contains "$(cat "$TMP/main.log")" "the X-Remote-User header came more than once" "the log says why"

# --- the address in the audit: only an address from X-Forwarded-For -------------------------------
check_eq "$(code anna -H 'X-Forwarded-For: 198.51.100.1, 203.0.113.7' --data-urlencode "csrf=$TA" -d kind=analysis \
  -d subject=hushall -d version=0 -d text=x "$U$P/SON")" "403" "a reporter of AMN writing SON: 403"
check_eq "$(q "SELECT address FROM audit ORDER BY id DESC LIMIT 1")" "203.0.113.7" \
  "the audit records the address the proxy appended"
check_eq "$(code anna -H 'X-Forwarded-For: <script>' --data-urlencode "csrf=$TA" -d kind=analysis \
  -d subject=hushall -d version=0 -d text=x "$U$P/SON")" "403" "again, with something else than an address"
check_eq "$(q "SELECT address FROM audit ORDER BY id DESC LIMIT 1")" "127.0.0.1" \
  "what is not an address is not recorded as one (the peer's instead)"

# --- control characters in a URL reach neither the log nor the audit --------------------------------
check_eq "$(curl -s -o /dev/null -w '%{http_code}' "$U/x%0astyr%20serve:%20forged%1b%5b2J")" "401" "a URL with a line feed and an escape: 401"
check_eq "$(grep -c '^styr serve: forged' "$TMP/main.log")" "0" "the URL's line feed does not start a line of the log"
check_eq "$(grep -c "$(printf '\033')" "$TMP/main.log")" "0" "no escape character in the log"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=hushall -d version=0 -d text=x \
  "$U/entry/uppfoljning/2019-05-30/SON%1b%5b2J%0aforged")" "403" "a write to a body named with control characters: 403"
run history --audit --config "$CFG" --db "$DB"
check_eq "$(printf '%s' "$OUT" | grep -c "$(printf '\033')")" "0" "styr history --audit prints no escape character"
check_contains "$OUT" "SON?[2J?forged" "the refused target is audited with its control characters made visible"
check_eq "$(entries)" "0" "nothing was stored"

# --- every write route checks the role for the action, and the form's limits -------------------------
S=/signoff/uppfoljning/2019-05-30
audits() { q "SELECT count(*) FROM audit WHERE action = 'refused'"; }
a0=$(audits)
check_eq "$(code anna --data-urlencode "csrf=$TA" -d action=submit -d version=0 "$U$S/SON")" "403" "a reporter of AMN submitting SON's part: 403"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d action=return -d version=0 "$U$S/AMN")" "403" "a reporter returning a part: 403"
check_eq "$(code lisa -H 'X-Remote-Groups: sg-all' -d action=submit -d version=0 "$U$S/AMN")" "403" "a reader submitting: 403"
check_eq "$(code lisa -H 'X-Remote-Groups: sg-all' -d kind=analysis -d subject=placeringar -d version=0 -d text=x "$U$P/AMN")" \
  "403" "a reader writing an analysis: 403"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=hushall -d version=0 -d text=x "$U$P/AMN")" \
  "400" "an indicator that is not the body's: 400"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d action=approve -d version=0 "$U$S/NOPE")" "403" "an unknown body: 403"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d action=submit -d version=7 "$U$S/AMN")" "409" \
  "a sign-off from a version that is not the current one: 409"
check_eq "$(q "SELECT count(*) FROM signoffs")" "0" "no sign-off was stored"
check_eq "$(( $(audits) - a0 ))" "5" "each of the five refusals by role was audited"
# The approver, with a token of their own (on the sign-off page once a part is submitted), may not
# submit a body's part either.
check_eq "$(code anna --data-urlencode "csrf=$TA" -d action=submit -d version=0 "$U$S/AMN")" "303" "AMN submits"
TB=$(curl -s -H 'X-Remote-User: boss' "$U/period/uppfoljning/2019-05-30" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1)
[ -n "$TB" ] && ok "the approver's sign-off forms carry a token" || not_ok "the approver's sign-off forms carry a token"
check_eq "$(code boss --data-urlencode "csrf=$TB" -d action=submit -d version=1 "$U$S/AMN")" "403" "an approver submitting a body's part: 403"
check_eq "$(q "SELECT count(*) FROM signoffs")" "1" "only the reporter's submission was stored"
head -c 2000 /dev/zero | tr '\0' a >"$TMP/long"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=placeringar -d version=0 --data-urlencode "text@$TMP/long" \
  "$U$P/AMN")" "413" "a text over max_text (within max_body): 413"
fields=$(seq 1 250 | sed 's/^/f/; s/$/=1/' | tr '\n' '&')
check_eq "$(code anna -d "csrf=$TA&kind=analysis&subject=placeringar&version=0&$fields" "$U$P/AMN")" "413" \
  "a form with more fields than max_fields: 413"
check_eq "$(code anna -d "csrf=$TA&kind=analysis&subject=placeringar&version=0&text=%ff%fe" "$U$P/AMN")" "400" \
  "a text that is not UTF-8: 400"
check_eq "$(code anna -H 'Content-Type: text/plain' --data-binary "csrf=$TA&kind=analysis" "$U$P/AMN")" "400" "a body that is not a form: 400"
check_eq "$(code anna -X PUT "$U$P/AMN")" "405" "a method styr does not serve: 405"
check_eq "$(entries)" "0" "none of these stored an entry"

# --- a made-up period for a lineage ---------------------------------------------------------------------
check_eq "$(code boss "$U/explain/hushall?period=2018")" "200" "the lineage of a stored period"
check_eq "$(code boss "$U/explain/hushall?period=1999")" "404" "a period the store does not hold: 404"

# --- markup in what people type, on every page that shows it -------------------------------------------
XSS='<script>alert(1)</script><img src=x onerror=alert(2)>'
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=placeringar -d version=0 \
  --data-urlencode "text=Först $XSS" "$U$P/AMN")" "303" "an analysis with markup is saved"
check_eq "$(code anna --data-urlencode "csrf=$TA" -d kind=analysis -d subject=placeringar -d version=0 \
  --data-urlencode "text=Sedan $XSS" "$U$P/AMN")" "409" "a second session from the same version: the conflict page"
check_not_contains "$(cat "$TMP/body")" "<script>alert" "the conflict page has no script element"
check_not_contains "$(cat "$TMP/body")" "<img src=x" "the conflict page has no img element"
check_contains "$(cat "$TMP/body")" "Först &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" \
  "the conflict page shows the saved text as text"
check_contains "$(cat "$TMP/body")" "Sedan &lt;script&gt;" "the conflict page shows the typed text as text"
TS=$(token sven sg-son SON)
check_eq "$(code sven -H 'X-Remote-Groups: sg-son' --data-urlencode "csrf=$TS" -d action=submit -d version=0 \
  "$U/signoff/uppfoljning/2019-05-30/SON")" "303" "SON submits"
TB=$(curl -s -H 'X-Remote-User: boss' "$U/period/uppfoljning/2019-05-30" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1)
check_eq "$(code boss --data-urlencode "csrf=$TB" -d action=return -d version=1 --data-urlencode "comment=$XSS" \
  "$U/signoff/uppfoljning/2019-05-30/SON")" "303" "the approver returns it with markup in the comment"
for page in "/period/uppfoljning/2019-05-30" /audit "$P/SON"; do
  code boss "$U$page" >/dev/null
  check_not_contains "$(cat "$TMP/body")" "<script>alert" "$page: no script element from the comment"
done
code boss "$U/period/uppfoljning/2019-05-30" >/dev/null
check_contains "$(cat "$TMP/body")" "&lt;script&gt;alert(1)&lt;/script&gt;" "the comment shows as text on the sign-off page"
code boss "$U/nowhere/<script>alert(1)</script>" >/dev/null
check_not_contains "$(cat "$TMP/body")" "<script>alert" "the not-found page has no script element"

# --- a body trickling in is cut off; the server goes on ---------------------------------------------------
before=$(entries)
SLOW=$(python3 - "$PORT" "$TA" <<'PY'
import socket, sys, time
port, token = int(sys.argv[1]), sys.argv[2]
body = ("csrf=%s&kind=analysis&subject=placeringar&version=1&text=" % token + "x" * 60).encode()
s = socket.create_connection(("127.0.0.1", port))
s.sendall(("POST /entry/uppfoljning/2019-05-30/AMN HTTP/1.1\r\nHost: localhost\r\nX-Remote-User: anna\r\n"
           "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n" % len(body)).encode())
t0 = time.monotonic()
closed = None
for i in range(len(body)):
    try:
        s.sendall(body[i:i + 1])
        time.sleep(0.25)  # never idle as long as the 2 s timeout
    except OSError:
        closed = time.monotonic() - t0
        break
    if time.monotonic() - t0 > 12:
        break
if closed is None:
    s.settimeout(2)
    try:
        closed = time.monotonic() - t0 if s.recv(1024) == b"" else None
    except OSError:
        closed = time.monotonic() - t0
print("closed after %.0f s" % closed if closed is not None and closed < 8 else "still open")
PY
)
check_contains "$SLOW" "closed after" "a body sent a byte at a time is cut off at the timeout ($SLOW)"
check_eq "$(entries)" "$before" "nothing of it was stored"
check_eq "$(code boss "$U/reports")" "200" "the server answers others meanwhile and after"

# --- the rate limit, per user ------------------------------------------------------------------------------
codes=""
for _ in $(seq 1 45); do codes="$codes $(curl -s -o /dev/null -w '%{http_code}' -H 'X-Remote-User: rita' -H 'X-Remote-Groups: sg-all' "$U/goals")"; done
check_contains "$codes" "429" "past rate_limit requests a minute: 429"
check_eq "$(printf '%s\n' $codes | grep -c '^200$')" "40" "exactly rate_limit requests were answered"
check_contains "$(curl -s -D - -o /dev/null -H 'X-Remote-User: rita' -H 'X-Remote-Groups: sg-all' "$U/goals" | tr -d '\r')" \
  "Retry-After: " "a 429 says when to try again"
check_eq "$(code boss "$U/goals")" "200" "another user is not held back"
stop

# --- --dev-user reached through DNS rebinding ---------------------------------------------------------------
start dev --dev-user anna
check_eq "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" "200" "--dev-user answers a request for 127.0.0.1"
check_eq "$(curl -s -o /dev/null -w '%{http_code}' -H "Host: localhost:$PORT" "http://127.0.0.1:$PORT/")" "200" \
  "--dev-user answers a request for localhost"
check_eq "$(curl -s -o /dev/null -w '%{http_code}' -H "Host: evil.example:$PORT" "http://127.0.0.1:$PORT/")" "401" \
  "--dev-user refuses a request naming another host (a page elsewhere, through DNS rebinding)"
stop

# --- the read-only mode: approved versions only, no writes -------------------------------------------------
start main2
U="http://127.0.0.1:$PORT"
TA=$(token anna)
TS=$(token sven sg-son SON)
check_eq "$(code sven -H 'X-Remote-Groups: sg-son' --data-urlencode "csrf=$TS" -d action=submit -d version=2 \
  "$U/signoff/uppfoljning/2019-05-30/SON")" "303" "SON submits again"
# The approver's forms (and token) are on the sign-off page once parts are submitted.
TB=$(curl -s -H 'X-Remote-User: boss' "$U/period/uppfoljning/2019-05-30" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1)
check_eq "$(code boss --data-urlencode "csrf=$TB" -d action=approve -d version=1 "$U/signoff/uppfoljning/2019-05-30/AMN")" "303" \
  "AMN's part approved"
check_eq "$(code boss --data-urlencode "csrf=$TB" -d action=approve -d version=3 "$U/signoff/uppfoljning/2019-05-30/SON")" "303" \
  "every part approved"
code boss "$U/report/uppfoljning/2019-05-30?version=approved" >/dev/null
cp "$TMP/body" "$TMP/approved.html"
stop
start ro --read-only
U="http://127.0.0.1:$PORT"
check_eq "$(curl -s -o "$TMP/body" -w '%{http_code}' "$U/")" "200" "read-only: the start page without sign-in"
check_contains "$(cat "$TMP/body")" "version=approved" "read-only: the start page lists the approved version"
check_not_contains "$(cat "$TMP/body")" "2019-09-30" "read-only: a period not approved is not listed"
check_eq "$(curl -s -o "$TMP/body" -w '%{http_code}' "$U/report/uppfoljning/2019-05-30")" "200" "read-only: the report"
check_eq "$(sum "$TMP/body")" "$(sum "$TMP/approved.html")" "read-only: the report is the approved version"
check_eq "$(curl -s -o /dev/null -w '%{http_code}' "$U/report/uppfoljning/2019-09-30")" "404" "read-only: a period not approved: 404"
for page in /org /goals /body/AMN /audit "$P/AMN" /period/uppfoljning/2019-05-30; do
  check_eq "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Remote-User: boss' "$U$page")" "403" "read-only: $page: 403"
done
before=$(entries)
check_eq "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Remote-User: anna' -d kind=analysis -d subject=placeringar -d version=1 \
  -d text=x "$U$P/AMN")" "403" "read-only: a write: 403"
check_eq "$(entries)" "$before" "read-only: nothing was stored"
stop
