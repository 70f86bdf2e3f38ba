#!/bin/sh
# docs/tutorial.md, run as a reader would (tests/e2e/tutorial.py): every command in it runs, in
# order, against the local replay server standing in for Kolada, and its output must be the one the
# tutorial shows; a difference is printed as a unified diff.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/work/www/kolada/v3" "$TMP/units"
start_server "$TMP/work/www"
/usr/bin/python3 "$ROOT/tests/e2e/tutorial.py" "$STYR" "$TMP/work" "$BASE" "$TMP/units" "$ROOT/docs/tutorial.md"
