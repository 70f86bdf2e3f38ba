#!/bin/sh
# The reader's language: every report of every example, rendered in every format it has (each
# audience's rendering too), is read back and no engine phrase reaches a Swedish or Danish reader:
# no formula-engine reason ("has no value", "division by zero", "input '…'"), no configuration
# file name ("Källa: indicators.lua"), no connector id, no "1 rapporter"
# (tests/e2e/reader_words_check.py). The technical reasons stay in the JSON's detail fields.
. "$(dirname "$0")/lib.sh"

for spec in linkoping:uppfoljning linkoping:jamforelse norddjurs:status umea:uppfoljning; do
  ex=${spec%%:*} report=${spec#*:}
  [ -d "$TMP/$ex" ] || cp -R "$ROOT/examples/$ex" "$TMP/$ex"
  run report "$report" --config "$TMP/$ex" --out "$TMP/$ex-$report" --db "$TMP/$ex.db"
  check_rc 0 "$ex: renders $report"
  n=$(ls "$TMP/$ex-$report" | wc -l)
  [ "$n" -ge 3 ] && ok "$ex: $report wrote $n files" || not_ok "$ex: $report wrote only $n files"
  /usr/bin/python3 "$ROOT/tests/e2e/reader_words_check.py" "$ex $report" "$TMP/$ex-$report"/*
done

# The check itself finds the engine's phrases (a report that still said them would fail).
mkdir -p "$TMP/bad"
printf '<p>Källa: indicators.lua, input '"'"'hushall'"'"' (hushall_fsd) has no value for 2020</p>' >"$TMP/bad/r.html"
printf 'a,b\n1 rapporter,division by zero\n' >"$TMP/bad/r.csv"
printf '{"values": [{"detail": "division by zero", "missing": "Kan inte beräknas"}]}' >"$TMP/bad/ok.json"
OUTB=$(/usr/bin/python3 "$ROOT/tests/e2e/reader_words_check.py" bad "$TMP/bad/r.html" "$TMP/bad/r.csv")
check_contains "$OUTB" "not ok - bad: no engine phrase in 2 files" "the check fails on engine phrases"
for phrase in "'has no value'" "\"input '\"" "'Källa: a file'" "'a plural after 1'" "'division by zero'"; do
  check_contains "$OUTB" "$phrase" "the check names $phrase"
done
check_contains "$(/usr/bin/python3 "$ROOT/tests/e2e/reader_words_check.py" json "$TMP/bad/ok.json")" \
  "ok - json: no engine phrase in 1 files" "the JSON's detail keeps the technical reason on purpose"
