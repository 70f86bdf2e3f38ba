#!/bin/sh
# Values are written one way only (store_put_rows, db:put_rows) and SQL lives only in core/store/:
# the checkout passes, and on a copy each kind of violation planted on purpose is found, with its
# file and line: a Lua call of a per-value store method, a C call of a per-value store function,
# an INSERT of values outside store_write.c, SQL or SQLite outside core/store/.
. "$(dirname "$0")/lib.sh"

# The patterns are built from parts so that this file does not match itself.
P='p''ut'
LUA_ONE_VALUE=":($P|series|indicator|save_computed)[(]|[.]($P|save_computed)\\b"
C_ONE_VALUE="store_(observation_$P|series_get|indicator_$P|computed_$P)[(]"
VALUE_TABLES='(observations|series|indicators|computed_inputs|formula_runs)'
# A value table under another name (a copy being built: observations_v10) counts as well.
VALUE_WRITES="(INSERT( OR [A-Z]+)? INTO|UPDATE|DELETE FROM|REPLACE INTO|DROP TABLE) $VALUE_TABLES(_[a-z0-9]+)?\\b"
SQL="(\\bSELECT\\b.*\\bFROM\\b|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX)|PRAGMA [a-z_]+|BEGIN IMMEDIATE|SAVEPOINT )"

# problems DIR: every place under DIR that writes values another way or uses SQL outside the
# store, as FILE:LINE: text lines (nothing when all is well).
problems() {
  (cd "$1" || exit 2
   # Lua: the engine, the connectors and the examples call no per-value store method.
   grep -rn -E "$LUA_ONE_VALUE" scripts plugins examples --include='*.lua' 2>/dev/null
   # C: no per-value store function is declared or called anywhere.
   grep -rn -E "$C_ONE_VALUE" core tests/unit tests/fuzz --include='*.[ch]' 2>/dev/null
   # SQL that writes values: in store_write.c only.
   # (The migration to schema 9 fills the series' summaries once, and the one to schema 10
   # rebuilds observations with its rows, in store.c: those statements.)
   grep -rn -E "$VALUE_WRITES" core --include='*.[ch]' 2>/dev/null | grep -v '^core/store/store_write\.c:' |
     grep -v -F '"UPDATE series SET last_changed = (SELECT max(vintage) FROM observations WHERE series_id = series.id), "' |
     grep -v -E '^core/store/store\.c:[0-9]+: +"(INSERT INTO observations_v10 \(seq, series_id|DROP TABLE observations;")'
   # SQL and SQLite itself: in core/store/ only (comments of the binding's list aside).
   grep -rn -E "sqlite3[_.]|$SQL" core --include='*.[ch]' 2>/dev/null | grep -v '^core/store/' |
     grep -v -E '^[^:]+:[0-9]+: +\*'
   grep -rn -E "$SQL" scripts plugins --include='*.lua' 2>/dev/null | grep -v -E '^[^:]+:[0-9]+: *--')
}

found=$(problems "$ROOT")
if [ -z "$found" ]; then ok "values are written only through store_put_rows, and SQL only in core/store/"
else not_ok "values written another way, or SQL outside core/store/" "$found"; fi

# Each kind of violation, planted in a copy, is found with its file and line.
COPY="$TMP/copy"
mkdir -p "$COPY"
(cd "$ROOT" && tar -cf - core scripts plugins examples tests/unit tests/fuzz) | (cd "$COPY" && tar -xf -)
check_eq "$(problems "$COPY")" "" "a fresh copy passes too"
plant() { # FILE TEXT DESCRIPTION NEEDLE
  cp "$COPY/$1" "$COPY/$1.orig"
  printf '%s\n' "$2" >>"$COPY/$1"
  check_contains "$(problems "$COPY")" "$4" "$3 is found, with its file and line"
  mv "$COPY/$1.orig" "$COPY/$1"
}
plant scripts/engine/sync.lua "local what = db:${P}(sid, '2019', { value = 1 })" \
  "a Lua call of a per-value write" "scripts/engine/sync.lua:"
plant plugins/csv.lua "local sid = db:series('a', '0580', 'T', 'year')" \
  "a connector finding a series itself" "plugins/csv.lua:"
plant core/lua/lua_store.c "int rc = store_observation_${P}(s, 1, \"2019\", &o, &w, e, n);" \
  "a C call of a per-value write" "core/lua/lua_store.c:"
plant core/store/store_data.c "\"INSERT INTO observations (series_id) VALUES (1)\"" \
  "an INSERT of values outside store_write.c" "core/store/store_data.c:"
plant core/store/store_data.c "\"INSERT INTO observations_v11 SELECT * FROM observations; DROP TABLE observations;\"" \
  "a value table rebuilt outside store_write.c" "core/store/store_data.c:"
plant core/formats/output.c "#include <sqlite3.h> /* sqlite3_exec */" \
  "SQLite used outside core/store/" "core/formats/output.c:"
plant scripts/cli/cli.lua "local q = \"SELECT value FROM observations\"" \
  "SQL written in the engine's Lua" "scripts/cli/cli.lua:"
