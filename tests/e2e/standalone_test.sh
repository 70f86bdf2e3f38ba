#!/bin/sh
# The repository stands alone: a clone has no project folders beside it, so nothing committed (tests,
# build, CI, scripts, docs, examples) may refer to a folder outside the checkout such as the project's
# shared fixture collection; every fixture a test reads lives under tests/fixtures/. The check is
# run on the checkout, then on a copy with a planted reference to prove it can fail.
. "$(dirname "$0")/lib.sh"

# The pattern is built from parts so that this file does not match itself.
UP='\.\./'
PATTERN="${UP}shared|${UP}\.\./shared|/work/shared"

# outside_refs DIR: every committed text file under DIR that names a folder outside the checkout.
outside_refs() {
  (cd "$1" && git ls-files -z | xargs -0 grep -I -n -E "$PATTERN" 2>/dev/null | grep -v '^tests/e2e/standalone_test.sh:')
}

if [ -d "$ROOT/.git" ] || git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  found=$(outside_refs "$ROOT")
  if [ -z "$found" ]; then ok "no committed file refers to a folder outside the checkout"
  else not_ok "committed files refer to a folder outside the checkout" "$found"; fi

  # A planted reference in a copy is found, with its file and line.
  git clone --quiet "$ROOT" "$TMP/copy" 2>/dev/null
  printf '\n# reads %s\nFIX=%s\n' x "..""/shared/fixtures/opendata" >>"$TMP/copy/tests/e2e/fetch_test.sh"
  git -C "$TMP/copy" -c user.email=t@example.org -c user.name=t commit -qam planted
  found=$(outside_refs "$TMP/copy")
  check_contains "$found" "tests/e2e/fetch_test.sh:" "a planted reference is found, with its file and line"
else
  echo "skip - not a git checkout: no committed files to check"
fi

# Every fixture folder the tests name exists in the checkout.
for d in opendata/kolada opendata/scb opendata/dst opendata/jobindsats; do
  if [ -d "$ROOT/tests/fixtures/$d" ]; then ok "tests/fixtures/$d is in the checkout"
  else not_ok "tests/fixtures/$d is missing"; fi
done
if [ -s "$ROOT/tests/fixtures/opendata/SOURCES.md" ]; then ok "the recorded answers carry their provenance notes"
else not_ok "tests/fixtures/opendata/SOURCES.md is missing"; fi
