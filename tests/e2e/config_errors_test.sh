#!/bin/sh
# Broken configurations: each gets a file:line message, exit code 3, and leaves the database
# byte-for-byte as it was.
. "$(dirname "$0")/lib.sh"

GOOD="$TMP/good"
make_config "$GOOD" <<'LUA'
indicator "a" { title = "A", unit = "persons", direction = "decrease", values = { [2018] = 10 }, targets = { [2019] = 8 } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "r" { title = "R", year = 2019 }
LUA
DB="$TMP/styr.db"
run report r --config "$GOOD" --out "$TMP/out" --db "$DB"
check_rc 0 "a valid configuration renders"
BEFORE=$(sum "$DB")

# broken NAME EXPECTED_MESSAGE [styr options] <<lua : the lines after the valid header
broken() {
  name=$1 expected=$2
  shift 2
  dir="$TMP/$name"
  make_config "$dir"
  run "$@" report r --config "$dir" --out "$TMP/out-$name" --db "$DB"
  check_rc 3 "$name: configuration error"
  check_contains "$ERR" "$expected" "$name: message names the file and line"
  check_eq "$(sum "$DB")" "$BEFORE" "$name: database unchanged"
  if [ -e "$TMP/out-$name" ]; then not_ok "$name: no output folder was created"; else ok "$name: nothing written"; fi
}

broken syntax "syntax/init.lua:5: '}' expected (to close '{' at line 4) near 'title'" <<'LUA'
indicator "a" { unit = "persons"
  title = "A" }
LUA

broken unknown_reference "unknown_reference/init.lua:5: goal 'G': indicators refers to an unknown indicator 'hushal' (did you mean 'hushall'?)" <<'LUA'
indicator "hushall" { title = "H" }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "hushal" } }
report "r" { title = "R", year = 2019 }
LUA

broken unknown_field "unknown_field/init.lua:4: indicator 'a': unknown field 'titel' (did you mean 'title'?)" <<'LUA'
indicator "a" { titel = "A" }
report "r" { title = "R", year = 2019 }
LUA

broken infinite_loop "infinite_loop/init.lua:4: instruction budget of 1000000 exceeded" --max-instructions 1000000 <<'LUA'
while true do end
LUA

broken loop_in_pcall "loop_in_pcall/init.lua:4: instruction budget" --max-instructions 1000000 <<'LUA'
while true do pcall(function() while true do end end) end
LUA

# One instruction can run long in C: a loop of ("x"):rep(4096) would take minutes within the
# instruction budget; the time limit for configuration code stops it (found by fuzzing).
broken slow_loop "slow_loop/init.lua:4: time limit of 1 s for configuration code exceeded" --max-seconds 1 <<'LUA'
for i = 1, 1e9 do ("x("):rep(4096) end
LUA

# The budget is for configuration code: styr's own work on a large, correct configuration is not
# charged. 200 indicators over ten years render under a budget of 2 million instructions, which
# the engine's own work would exceed (about 4 million), while the loops above stop at half of it.
BIG="$TMP/big"
{
  i=0
  while [ $i -lt 200 ]; do
    echo "indicator \"i$i\" { title = \"I$i\", unit = \"persons\", direction = \"decrease\", targets = { [2025] = 100 },"
    echo "  values = { [2016] = 101, [2017] = 102, [2018] = 103, [2019] = 104, [2020] = 105, [2021] = 106, [2022] = 107, [2023] = 108, [2024] = 109, [2025] = $i } }"
    i=$((i + 1))
  done
  g=0
  while [ $g -lt 20 ]; do
    echo "goal \"G$g\" { title = \"G$g\", perspective = \"Medborgare\", indicators = { \"i$((g * 10))\", \"i$((g * 10 + 1))\", \"i$((g * 10 + 2))\", \"i$((g * 10 + 3))\", \"i$((g * 10 + 4))\", \"i$((g * 10 + 5))\", \"i$((g * 10 + 6))\", \"i$((g * 10 + 7))\", \"i$((g * 10 + 8))\", \"i$((g * 10 + 9))\" } }"
    g=$((g + 1))
  done
  echo 'report "r" { title = "R", year = 2025, formats = { "csv" } }'
} | make_config "$BIG"
run --max-instructions 2000000 report r --config "$BIG" --out "$TMP/big-out" --db "$TMP/big.db"
check_rc 0 "a large configuration renders under a small budget: styr's own scripts are not charged"
check_eq "$(grep -c ',total,' "$TMP/big-out/r.csv")" "200" "all 200 indicators are in the report"

broken memory_bomb "memory_bomb/init.lua:5: memory limit of 16 MiB exceeded" --max-memory 16 <<'LUA'
local t = {}
for i = 1, math.maxinteger do t[i] = ("x"):rep(64) .. i end
LUA

broken huge_string "huge_string/init.lua:4:" <<'LUA'
local s = ("x"):rep(2^31)
LUA

broken os_execute "os_execute/init.lua:4: attempt to call a nil value (field 'execute')" <<'LUA'
os.execute("touch /tmp/styr-pwned")
LUA

broken io_open "io_open/init.lua:4: unknown name 'io'" <<'LUA'
local f = io.open("/tmp/styr-pwned", "w")
LUA

broken load_bytecode "load_bytecode/init.lua:4: unknown name 'load'" <<'LUA'
local f = load(string.dump(function() end))
LUA

broken require_module "require_module/init.lua:4: unknown name 'require'" <<'LUA'
local lfs = require "lfs"
LUA

broken gc_metamethod "gc_metamethod/init.lua:4: setmetatable: __gc metamethods are not allowed" <<'LUA'
setmetatable({}, { __gc = function() while true do end end })
LUA

broken string_metatable "string_metatable/init.lua:4: attempt to index a string value" <<'LUA'
getmetatable("").__index = {}
LUA

broken deep_recursion "deep_recursion/init.lua:4: stack overflow" <<'LUA'
local function f(n) return f(n + 1) + 1 end f(1)
LUA

broken target_without_direction "target_without_direction/init.lua:4: indicator 'a': targets[2019] is a target, but the indicator has no direction" <<'LUA'
indicator "a" { title = "A", values = { [2018] = 1 }, targets = { [2019] = 2 } }
goal "G" { title = "G", perspective = "Medborgare", indicators = { "a" } }
report "r" { title = "R", year = 2019 }
LUA

broken duplicate_id "duplicate_id/init.lua:5: duplicate goal 'G' (first declared at" <<'LUA'
goal "G" { title = "G" }
goal "G" { title = "G again" }
report "r" { title = "R", year = 2019 }
LUA

broken value_not_number "value_not_number/init.lua:4: indicator 'a': values[2018] is the text \"tolv\"" <<'LUA'
indicator "a" { title = "A", values = { [2018] = "tolv" } }
goal "G" { title = "G", indicators = { "a" } }
report "r" { title = "R", year = 2019 }
LUA

# A file that is binary Lua, and one with invalid UTF-8, included from init.lua.
dir="$TMP/binary_chunk"
make_config "$dir" <<'LUA'
include "compiled.lua"
LUA
printf '\033LuaT\000\031\223\r\n\032\n' >"$dir/compiled.lua"
run report r --config "$dir" --out "$TMP/out-binary" --db "$DB"
check_rc 3 "binary chunk: refused"
check_contains "$ERR" "binary_chunk/compiled.lua:1: is precompiled Lua bytecode" "binary chunk: message says why"
check_eq "$(sum "$DB")" "$BEFORE" "binary chunk: database unchanged"

dir="$TMP/bad_utf8"
make_config "$dir" <<'LUA'
LUA
printf 'local s = "caf\351"\n' >>"$dir/init.lua"
run validate "$dir"
check_rc 3 "invalid UTF-8: refused"
check_contains "$ERR" "bad_utf8/init.lua:4: invalid UTF-8" "invalid UTF-8: names the line"

dir="$TMP/escape"
make_config "$dir" <<'LUA'
include "../good/init.lua"
LUA
run validate "$dir"
check_rc 3 "include outside the folder: refused"
check_contains "$ERR" "must name a file inside the configuration folder" "include outside the folder: says why"

# Nothing the sandbox refused ran.
if [ -e /tmp/styr-pwned ]; then not_ok "sandboxed calls did not run"; else ok "sandboxed calls did not run"; fi

# A traceback with --verbose.
dir="$TMP/traceback"
make_config "$dir" <<'LUA'
while true do end
LUA
local_error='local function check(x) error("bad value " .. x) end check(7)'
echo "$local_error" >>"$dir/init.lua"
sed -i '/while true/d' "$dir/init.lua"
run --verbose validate "$dir"
check_rc 3 "verbose: still a configuration error"
check_contains "$ERR" "traceback/init.lua:4: bad value 7" "verbose: the message names file:line"
check_contains "$ERR" "stack traceback:" "verbose: a traceback follows"
run validate "$dir"
check_not_contains "$ERR" "stack traceback:" "without --verbose: no traceback"
