#!/bin/sh
# The build rebuilds exactly what a change needs: sources are found per folder and each object
# depends on the headers it includes (-MMD -MP). The checkout's built tree (sources, Makefile and
# $STYR_BUILD, modification times kept) is copied into a temporary folder, a file is touched there,
# and `make -n` lists what make would do: every object whose source includes the touched header is
# rebuilt, no other object is, and a changed source rebuilds its own object only.
. "$(dirname "$0")/lib.sh"

BUILD_DIR=${STYR_BUILD:-$ROOT/build}
COPY="$TMP/tree"
mkdir -p "$COPY"
(cd "$ROOT" && cp -a Makefile core scripts plugins types "$COPY"/ && mkdir -p "$COPY/tests" &&
  cp -a tests/unit tests/fuzz tests/run.sh "$COPY/tests/") || { not_ok "copying the tree"; exit 1; }
cp -a "$BUILD_DIR" "$COPY/build" || { not_ok "copying the built tree $BUILD_DIR"; exit 1; }
# The build's own flags (a sanitizer build has its own), so that only the touched file differs.
SAN=""
[ "${SANITIZE:-0}" = 1 ] && SAN="SANITIZE=1"

# objects MAKE_OUTPUT: the objects of the library a make run would compile, sorted.
objects() { printf '%s\n' "$1" | sed -n 's/.* -c core\/\([^ ]*\)\.c -o .*/\1/p' | sort; }

dry() { (cd "$COPY" && make -n BUILD=build $SAN all 2>&1); }

out=$(dry)
if [ -z "$(objects "$out")" ]; then ok "an up-to-date tree compiles nothing"
else not_ok "an up-to-date tree would compile" "$(objects "$out")"; fi

# Touch a header: exactly the core sources that include it (directly or through another header,
# as their .d files record) are compiled again.
for header in time/civil.h store/store.h formats/json.h lua/host.h; do
  expected=$(cd "$COPY/build" && grep -l "core/$header" $(find . -name '*.d' ! -path './tests/*' ! -path './fuzz/*') 2>/dev/null |
             sed 's|^\./||; s|\.d$||' | sort)
  direct=$(cd "$COPY/core" && grep -rl "#include \"$header\"" --include='*.c' . | sed 's|^\./||; s|\.c$||' | sort)
  touch -r "$COPY/core/$header" "$TMP/.mtime" # its time before the change
  touch "$COPY/core/$header"
  got=$(objects "$(dry)")
  if [ -n "$got" ] && [ "$got" = "$expected" ]; then ok "touching core/$header recompiles the $(printf '%s\n' "$got" | wc -l) files that include it"
  else not_ok "touching core/$header: expected to recompile" "$expected" "got:" "$got"; fi
  missing=$(for d in $direct; do printf '%s\n' "$got" | grep -qx "$d" || echo "$d"; done)
  if [ -z "$missing" ]; then ok "every source that includes core/$header directly is among them"
  else not_ok "sources including core/$header not recompiled" "$missing"; fi
  touch -r "$TMP/.mtime" "$COPY/core/$header" # up to date again
done

# A changed source compiles its own object only.
touch "$COPY/core/time/cron.c"
got=$(objects "$(dry)")
if [ "$got" = "time/cron" ]; then ok "touching core/time/cron.c recompiles cron.o only"
else not_ok "touching core/time/cron.c recompiles" "$got"; fi
