#!/bin/sh
# The engine's Lua scripts require one way (scripts/README.md): lib < model < engine < report <
# schedule < serve < cli, and no report renderer requires the builder. tests/layout/script_layers.py
# reads every require "styr.X" (top-level and lazy, every quoting) and names file:line for each
# require of a layer above; here it passes on the checkout and fails, naming the planted line, on
# copies of scripts/ with each kind of violation planted.
. "$(dirname "$0")/lib.sh"
CHECK="$ROOT/tests/layout/script_layers.py"

# check_tree DIR: runs the checker on DIR, keeping its output and exit code in $OUT and $RC.
check_tree() {
  /usr/bin/python3 "$CHECK" "$1" >"$TMP/.stdout" 2>"$TMP/.stderr"
  RC=$?
  OUT=$(cat "$TMP/.stdout" "$TMP/.stderr")
  ERR=$(cat "$TMP/.stderr")
}

check_tree "$ROOT"
check_rc 0 "the checkout's scripts require only their own layer and those below"
check_contains "$OUT" "script-layers: ok (" "the checker says how much it read"
n=$(echo "$OUT" | sed -n 's/.*(\([0-9]*\) scripts, \([0-9]*\) requires).*/\2/p')
if [ "${n:-0}" -gt 100 ]; then ok "every require is read ($n)"; else not_ok "too few requires read: '$n'" "$OUT"; fi
OUT=$(cd "$ROOT" && LD_PRELOAD= make -s check-layout 2>&1)
RC=$?
check_rc 0 "make check-layout runs the scripts' check too"
check_contains "$OUT" "script-layers: ok (" "make check-layout prints its result"

# fresh NAME: a copy of the checkout's scripts/ in $TMP/NAME.
fresh() {
  rm -rf "$TMP/$1"
  mkdir -p "$TMP/$1"
  cp -R "$ROOT/scripts" "$TMP/$1/scripts"
}

# plant NAME FILE TEXT: a copy with TEXT appended to scripts/FILE; sets $LINE to its line.
plant() {
  fresh "$1"
  printf '%s\n' "$3" >>"$TMP/$1/scripts/$2"
  LINE=$(wc -l <"$TMP/$1/scripts/$2" | tr -d ' ')
}

# A top-level require of a higher layer: the model requiring the scheduler's jobs.
plant top model/org.lua 'local jobs = require "styr.jobs"'
check_tree "$TMP/top"
check_rc 1 "a model script requiring a schedule script fails the check"
check_contains "$OUT" "scripts/model/org.lua:$LINE: requires \"styr.jobs\" (scripts/schedule/), a layer above model/" \
  "the problem names the file, the line, the module and both layers"
check_contains "$OUT" "script-layers: 1 problem(s)" "one problem is counted"

# A lazy require inside a function, in the parenthesised form: the builder reaching into the CLI.
plant lazy report/charts.lua 'local function later() return require("styr.ics").calendar end
return later'
check_tree "$TMP/lazy"
check_rc 1 "a lazy require(\"styr.ics\") in a function of report/ fails the check"
check_contains "$OUT" "scripts/report/charts.lua:$((LINE - 1)): requires \"styr.ics\" (scripts/cli/)" \
  "a lazy require is named by its file and line"

# Single quotes and a space before the parenthesis.
plant quoted lib/util.lua "local _ = require ('styr.model')"
check_tree "$TMP/quoted"
check_rc 1 "require ('styr.model') from lib/ fails the check"
check_contains "$OUT" "scripts/lib/util.lua:$LINE: requires \"styr.model\" (scripts/model/), a layer above lib/" \
  "the single-quoted form is read"

# A require through pcall (a module loaded when it is there) counts too.
plant pcall model/status.lua 'local _has_cli = pcall(require, "styr.cli")'
check_tree "$TMP/pcall"
check_rc 1 "pcall(require, \"styr.cli\") from model/ fails the check"
check_contains "$OUT" "scripts/model/status.lua:$LINE: requires \"styr.cli\" (scripts/cli/), a layer above model/" \
  "the pcall form is read"

# Engine requiring report: one layer up is as wrong as five.
plant engine engine/explain.lua 'local _ = require "styr.charts"'
check_tree "$TMP/engine"
check_rc 1 "an engine script requiring a report script fails the check"
check_contains "$OUT" "scripts/engine/explain.lua:$LINE: requires \"styr.charts\"" "the engine's upward require is named"

# The web workspace sits below the CLI: a page may not borrow a command's code.
plant serve serve/pages.lua 'local _ = require "styr.spectest"'
check_tree "$TMP/serve"
check_rc 1 "a serve script requiring a cli script fails the check"
check_contains "$OUT" "scripts/serve/pages.lua:$LINE: requires \"styr.spectest\" (scripts/cli/), a layer above serve/" \
  "the web workspace's upward require is named"

# A renderer requiring the builder, though report/ may require report/.
plant renderer report/render_csv.lua 'local _ = require "styr.report"'
check_tree "$TMP/renderer"
check_rc 1 "a renderer requiring the report builder fails the check"
check_contains "$OUT" "scripts/report/render_csv.lua:$LINE: requires \"styr.report\": a renderer takes the built document" \
  "the renderer's require of the builder is named"
plant pipeline report/render_md.lua 'local _ = require("styr.pipeline")'
check_tree "$TMP/pipeline"
check_rc 1 "a renderer requiring the pipeline's driver fails the check"

# A folder that is no layer: the checker says where to add it.
fresh folder
mkdir -p "$TMP/folder/scripts/web"
printf 'return {}\n' >"$TMP/folder/scripts/web/page.lua"
check_tree "$TMP/folder"
check_rc 1 "a scripts/ folder that is not a layer fails the check"
check_contains "$OUT" "folder 'web' is not one of the layers" "the unknown folder is named"

# What is allowed: the same layer, lower layers, C modules and connectors from anywhere, and a
# require that is only mentioned in a comment or a long string.
plant allowed lib/util.lua 'local _s, _p = require "styr.store", require("styr.plugin.kolada")
-- require "styr.cli" in a comment is no require
--[[ nor require("styr.scheduler") in a long comment ]]
local _doc = [==[ require "styr.views" in a long string ]==]
local _f = require "styr.format"'
check_tree "$TMP/allowed"
check_rc 0 "C modules, connectors, the own layer, comments and long strings pass"

# Without a scripts/ folder the checker says so.
mkdir -p "$TMP/empty"
check_tree "$TMP/empty"
check_rc 2 "a folder without scripts/ is a usage error"
check_contains "$OUT" "has no scripts/ folder" "and says why"
