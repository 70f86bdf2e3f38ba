#!/bin/sh
# Runs every test suite (C unit tests, fuzzing corpora, busted specs, end-to-end tests of the styr
# binary) and prints one summary line for all of them: "N passed, N failed". Exits non-zero on any
# failure.
# Called by `make test`; BUILD names the build folder, SANITIZE=1 when the build is instrumented.
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
export STYR_BIN="$PWD/$BUILD/styr"
export STYR_BUILD="$PWD/$BUILD"
ART=tests/artifacts
mkdir -p "$ART"
passed=0 failed=0 skipped=0

add() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + ${3:-0})); }

# C unit tests (cmocka): each binary prints "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s).".
for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  "$t" >"$ART/$name.log" 2>&1
  rc=$?
  p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$ART/$name.log" | tail -n 1)
  f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$ART/$name.log" | tail -n 1)
  s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$ART/$name.log" | tail -n 1)
  p=${p:-0} f=${f:-0} s=${s:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # a crash before the summary
  echo "unit $name: $p passed, $f failed$( [ "$s" -gt 0 ] && echo ", $s skipped")"
  [ "$f" -eq 0 ] || sed 's/^/    /' "$ART/$name.log" | grep -E 'FAIL|ERROR|error|Assert|Sanitizer' | head -20
  add "$p" "$f" "$s"
done

# Fuzzing corpora (tests/fuzz/corpus/NAME: seeds and crashes kept as regression cases), replayed
# through each harness's checks by $BUILD/fuzz/replay_NAME: "ok - FILE" per input; a failed check
# aborts, so a non-zero exit is one failure, named by the log.
for t in "$BUILD"/fuzz/replay_*; do
  [ -x "$t" ] || continue
  name=${t##*/replay_}
  "$t" "tests/fuzz/corpus/$name" >"$ART/fuzz_$name.log" 2>&1
  rc=$?
  p=$(grep -c '^ok ' "$ART/fuzz_$name.log")
  f=0
  [ "$rc" -eq 0 ] || f=1
  echo "fuzz $name: $p passed, $f failed"
  [ "$f" -eq 0 ] || grep -v '^ok ' "$ART/fuzz_$name.log" | head -20 | sed 's/^/    /'
  add "$p" "$f"
done

# busted specs, in the plain Lua 5.4 interpreter, loading build/styr_core.so.
LUA=lua5.4
if [ "${SANITIZE:-0}" = 1 ]; then
  # An instrumented C module needs the sanitizer runtimes loaded first.
  # The plain lua5.4 interpreter itself is not instrumented and leaks at exit by design (busted
  # keeps its state), so leak detection is off for the specs only; it is back on for the e2e tests.
  SAVED_ASAN_OPTIONS=${ASAN_OPTIONS-}
  LD_PRELOAD="$(cc -print-file-name=libasan.so) $(cc -print-file-name=libubsan.so)"
  export LD_PRELOAD ASAN_OPTIONS=detect_leaks=0
fi
$LUA /usr/bin/busted -o TAP tests/spec >"$ART/spec.tap" 2>&1
rc=$?
unset LD_PRELOAD
if [ "${SANITIZE:-0}" = 1 ]; then export ASAN_OPTIONS="$SAVED_ASAN_OPTIONS"; fi
p=$(grep -c '^ok ' "$ART/spec.tap")
f=$(grep -c '^not ok ' "$ART/spec.tap")
if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; cat "$ART/spec.tap" | tail -20; fi
echo "spec: $p passed, $f failed"
[ "$f" -eq 0 ] || grep -A 12 '^not ok' "$ART/spec.tap" | head -60
add "$p" "$f"

# End-to-end tests: each tests/e2e/*.sh prints "ok - …" / "not ok - …" lines.
for t in tests/e2e/*_test.sh; do
  name=$(basename "$t" .sh)
  sh "$t" >"$ART/$name.log" 2>&1
  rc=$?
  p=$(grep -c '^ok ' "$ART/$name.log")
  f=$(grep -c '^not ok ' "$ART/$name.log")
  s=$(grep -c '^skip ' "$ART/$name.log")
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "    $name exited $rc"; tail -5 "$ART/$name.log"; fi
  echo "e2e $name: $p passed, $f failed$( [ "$s" -gt 0 ] && echo ", $s skipped")"
  [ "$f" -eq 0 ] || grep -A 6 '^not ok' "$ART/$name.log" | head -60
  add "$p" "$f" "$s"
done

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
