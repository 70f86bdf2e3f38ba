#!/bin/sh
# make check-layout (tests/check_layout.py): the checkout passes, and on a copy of the sources
# each kind of violation planted on purpose is reported with its file and line: Lua's API outside
# core/lua/ (directly, or through a header), a module including a header of core/lua/, a test not
# named as a test of the host using Lua, an include cycle, and files of one folder that call each
# other in a cycle.
. "$(dirname "$0")/lib.sh"

CHECK="$ROOT/tests/check_layout.py"
COPY="$TMP/copy"

# layout DIR: runs the check on DIR, keeping its output and exit code in $OUT and $RC.
layout() {
  OUT=$(LD_PRELOAD= /usr/bin/python3 "$CHECK" "$1" 2>&1)
  RC=$?
  ERR=$OUT
}

# fresh_copy: the C sources the check reads, copied into $COPY.
fresh_copy() {
  rm -rf "$COPY"
  mkdir -p "$COPY"
  (cd "$ROOT" && { find core -name '*.[ch]'; find tests/unit tests/fuzz tests/bench -maxdepth 1 -name '*.[ch]'; } |
    tar -cf - -T -) | (cd "$COPY" && tar -xf -)
}

# plant FILE LINE TEXT: inserts TEXT into $COPY/FILE so that it becomes line LINE.
plant() {
  awk -v n="$2" -v t="$3" 'NR == n { print t } { print }' "$COPY/$1" >"$COPY/$1.new" &&
    mv "$COPY/$1.new" "$COPY/$1"
}

# line_of FILE TEXT: the number of the first line of $COPY/FILE holding TEXT.
line_of() {
  grep -n -F "$2" "$COPY/$1" | head -n 1 | cut -d: -f1
}

layout "$ROOT"
check_rc 0 "the checkout keeps the core's dependencies one way"
check_contains "$OUT" "check-layout: ok" "the check says so"
OUT=$(cd "$ROOT" && LD_PRELOAD= make -s check-layout 2>&1)
RC=$?
check_rc 0 "make check-layout runs the check"
check_contains "$OUT" "check-layout: ok" "make check-layout prints the result"

fresh_copy
layout "$COPY"
check_rc 0 "an unchanged copy passes too"

# Lua's API in a module.
plant core/store/store.c 3 '#include <lua.h>'
layout "$COPY"
check_rc 1 "a module including lua.h fails the check"
check_contains "$OUT" "core/store/store.c:3: uses Lua's API (core/store/store.c:3 includes lua.h)" \
  "the module including lua.h is named with its line"
check_contains "$OUT" "1 problem(s)" "only the planted problem is reported"
check_not_contains "$OUT" "test_host.c" "tests named as tests of the host may use Lua"

# A module including a binding's header.
fresh_copy
plant core/formats/json.c 3 '#include "lua/args.h"'
layout "$COPY"
check_rc 1 "a module including a header of core/lua/ fails the check"
check_contains "$OUT" "core/formats/json.c:3: includes lua/args.h, a header of core/lua/" \
  "the module including lua/args.h is named with its line"

# Lua's API reached through a header: the host's public face must stay Lua-free for main.c.
fresh_copy
GUARD=$(line_of core/lua/host.h '#define STYR_HOST_H')
plant core/lua/host.h $((GUARD + 1)) '#include <lua.h>'
MAIN_LINE=$(line_of core/main.c '#include "lua/host.h"')
layout "$COPY"
check_rc 1 "lua/host.h including lua.h fails the check"
check_contains "$OUT" "core/main.c:$MAIN_LINE: uses Lua's API (core/main.c:$MAIN_LINE includes lua/host.h -> core/lua/host.h:$((GUARD + 1)) includes lua.h)" \
  "main.c is named, with the header that brings Lua in and its line"

# A unit test that is not a test of the host.
fresh_copy
plant tests/unit/test_period.c 3 '#include <lauxlib.h>'
layout "$COPY"
check_rc 1 "a unit test not named as a test of the host may not use Lua"
check_contains "$OUT" "tests/unit/test_period.c:3: uses Lua's API" "the test is named with its line"

# An include cycle.
fresh_copy
GUARD=$(line_of core/formats/jsonstat.h '#define STYR_JSONSTAT_H')
plant core/formats/jsonstat.h $((GUARD + 1)) '#include "jsonstat_build.h"'
BUILD_LINE=$(line_of core/formats/jsonstat_build.h '#include "formats/jsonstat.h"')
layout "$COPY"
check_rc 1 "an include cycle fails the check"
check_contains "$OUT" "include cycle: " "the cycle is reported"
check_contains "$OUT" "core/formats/jsonstat.h:$((GUARD + 1)) includes jsonstat_build.h" \
  "the cycle names the planted include and its line"
check_contains "$OUT" "core/formats/jsonstat_build.h:$BUILD_LINE includes jsonstat.h" \
  "the cycle names the include that closes it"

# Files of one folder calling each other in a cycle (core/http had one: http_attempt.c read the
# clock from http.c, which calls http_attempt.c).
fresh_copy
END=$(($(wc -l <"$COPY/core/http/http_url.c") + 1))
printf '\nvoid http_url_planted(transfer *t)\n{\n    http_attempt_done(t, CURLE_OK);\n}\n' >>"$COPY/core/http/http_url.c"
layout "$COPY"
check_rc 1 "a call back up from http_url.c to http_attempt.c fails the check"
check_contains "$OUT" "files that use each other in a cycle" "the cycle of files is reported"
check_contains "$OUT" "core/http/http_url.c:$((END + 3)) calls http_attempt_done() of http_attempt.c" \
  "the call that closes the cycle is named with its line"
