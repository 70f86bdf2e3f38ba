#!/bin/sh
# The command line itself: help for every command, version, usage errors with exit code 2.
. "$(dirname "$0")/lib.sh"

run --help
check_rc 0 "--help"
check_contains "$OUT" "Usage: styr [GLOBAL OPTIONS] COMMAND" "--help shows usage"
for c in validate report init doctor show; do
  run "$c" --help
  check_rc 0 "$c --help"
  check_contains "$OUT" "Usage: styr $c" "$c --help shows its usage"
  run help "$c"
  check_contains "$OUT" "Usage: styr $c" "help $c shows its usage"
done
run --version
check_rc 0 "--version"
check_contains "$OUT" "styr 0." "--version names styr"
check_contains "$OUT" "Lua 5.4" "--version names the Lua it links"
check_contains "$OUT" "SQLite 3." "--version names SQLite"

run
check_rc 2 "no command is a usage error"
run frobnicate
check_rc 2 "unknown command"
check_contains "$ERR" "unknown command 'frobnicate'" "unknown command is named"
run report
check_rc 2 "report without a name"
run report r --colour
check_rc 2 "unknown option"
check_contains "$ERR" "unknown option '--colour'" "unknown option is named"
run report r --out
check_rc 2 "option without its value"
run --max-memory lots validate .
check_rc 2 "bad --max-memory"
run --now yesterday validate .
check_rc 3 "validate of a folder without init.lua is a configuration error"

CFG="$TMP/cfg"
make_config "$CFG" <<'LUA'
report "uppfoljning" { title = "R", year = 2019 }
LUA
run report uppfoljnig --config "$CFG" --out "$TMP/o" --db "$TMP/db"
check_rc 2 "unknown report"
check_contains "$ERR" "has no report named 'uppfoljnig' (did you mean 'uppfoljning'?)" "unknown report suggests the closest"
if [ -e "$TMP/db" ]; then not_ok "unknown report: no database created"; else ok "unknown report: no database created"; fi
run --now 2019-13-45 report uppfoljning --config "$CFG" --out "$TMP/o" --db "$TMP/db"
check_rc 2 "a malformed --now"
check_contains "$ERR" "is not a date" "a malformed --now is explained"

run validate "$CFG" --json
check_rc 0 "validate --json of a valid configuration"
check_eq "$OUT" "[]" "validate --json prints an empty list"
make_config "$TMP/broken" <<'LUA'
indicator "x" { titel = "X" }
LUA
run validate "$TMP/broken" --json
check_rc 3 "validate --json of a broken configuration"
printf '%s' "$OUT" | /usr/bin/python3 -c '
import json, sys
items = json.load(sys.stdin)
assert any(i["line"] == 4 and "unknown field" in i["message"] and i["file"].endswith("broken/init.lua") for i in items), items
' && ok "validate --json lists problems with file and line" || not_ok "validate --json lists problems with file and line" "$OUT"

# make install: the installed binary runs on its own, with the engine scripts it carries.
BUILD_DIR=${STYR_BUILD:-$ROOT/build}
make -s -C "$ROOT" install PREFIX="$TMP/prefix" BUILD="$BUILD_DIR" SANITIZE="${SANITIZE:-0}" >"$TMP/install.log" 2>&1
if [ $? -eq 0 ]; then ok "make install succeeds"; else not_ok "make install succeeds" "$(tail -5 "$TMP/install.log")"; fi
check_file "$TMP/prefix/bin/styr" "the binary is installed"
check_file "$TMP/prefix/share/styr/scripts/cli/cli.lua" "the engine scripts are installed"
check_file "$TMP/prefix/share/doc/styr/configuration.md" "the docs are installed"
cp -R "$TMP/cfg" "$TMP/installed-cfg"
(cd / && "$TMP/prefix/bin/styr" report uppfoljning --config "$TMP/installed-cfg" --out "$TMP/installed-out") >/dev/null 2>"$TMP/installed.err"
check_eq "$?" "0" "the installed binary renders a report from any folder"
check_file "$TMP/installed-out/uppfoljning.html" "the installed binary wrote the report"
