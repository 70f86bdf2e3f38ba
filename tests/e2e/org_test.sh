#!/bin/sh
# The organisation model from the command line: each validation problem with its file:line message
# and exit code 3, the tree on the terminal, and the chart as DOT and as SVG opened in Chromium.
. "$(dirname "$0")/lib.sh"

# problem NAME LUA EXPECTED: validate a configuration with LUA added; expect exit 3 and the message.
problem() {
  rm -rf "$TMP/p"
  printf '%s\n' "$2" | make_config "$TMP/p"
  run validate "$TMP/p"
  check_rc 3 "$1 is a configuration error"
  check_contains "$ERR" "$3" "$1 is named with file and line"
}
problem "an unknown reporting line" 'group "g" { name = "G", reports_to = "AMX" }' \
  "init.lua:4: body 'g': reports_to refers to an unknown body 'AMX' (did you mean 'AMN'?)"
problem "an unknown deciding body" 'group "g" { name = "G", deciding_body = "LG" }' \
  "init.lua:4: body 'g': deciding_body refers to an unknown body 'LG'"
problem "a circle in reporting lines" 'body "a" { name = "A", reports_to = "b" }
body "b" { name = "B", reports_to = "a" }' \
  "body 'a': reporting lines go round in a circle: a → b → a"
problem "a duplicate id" 'group "AMN" { name = "Dubbel" }' \
  "init.lua:4: duplicate organisation id 'AMN' (first declared at"
problem "more members than seats" 'body "s" { name = "S", seats = { members = 9, deputies = 9 }, members = { { role = "ledamot", count = 10 } } }' \
  "init.lua:4: body 's': 10 members but only 9 seats (seats.members)"
problem "a chair who is not a member" 'group "g" { name = "G", chair = "direktör", members = { "HR-direktör" } }' \
  "init.lua:4: body 'g': the chair 'direktör' is not one of its members"
problem "an invalid date" 'group "g" { name = "G", decision_date = "2019-04-31" }' \
  "init.lua:4: body 'g': decision_date \"2019-04-31\" is not a real date"
problem "a deadline after the decision date" 'group "g" { name = "G", deadline = "2019-05-31", decision_date = "2019-04-25", deciding_body = "AMN" }' \
  "init.lua:4: body 'g': the deadline 2019-05-31 falls after the decision date 2019-04-25"
problem "an unknown state" 'group "g" { name = "G", state = "done" }' \
  "init.lua:4: body 'g': state 'done' is not one of planned, running, reported, decided"

run show nonsense --config "$ROOT/examples/linkoping"
check_rc 2 "an unknown view is a usage error"
check_contains "$ERR" "unknown view 'nonsense'" "the unknown view is named"
run export org --format png --config "$ROOT/examples/linkoping"
check_rc 2 "an unknown export format is a usage error"
check_contains "$ERR" "unknown format 'png'" "the unknown format is named"

for ex in linkoping umea norddjurs; do
  EX="$ROOT/examples/$ex"
  run validate "$EX"
  check_rc 0 "$ex validates"
  run show org --config "$EX"
  check_rc 0 "$ex: show org"
  TREE=$OUT
  # Every body's name, read from the configuration by the engine's own JSON-free path: the DOT.
  run export org --format dot --config "$EX"
  check_rc 0 "$ex: export org --format dot"
  DOT=$OUT
  run export org --format svg --config "$EX" --out "$TMP/$ex/org.svg"
  check_rc 0 "$ex: export org --format svg"
  check_file "$TMP/$ex/org.svg" "$ex: the SVG is written"
  DOM=$(chromium_dom "$TMP/$ex/org.svg")
  check_contains "$DOM" "<svg" "$ex: Chromium opens the SVG"
  mkdir -p "$ROOT/tests/artifacts"
  chromium_png "$TMP/$ex/org.svg" "$ROOT/tests/artifacts/org-$ex.png"
  check_file "$ROOT/tests/artifacts/org-$ex.png" "$ex: a screenshot of the chart is kept"
  # Every body: its name appears in the tree and, as text, in the SVG Chromium loaded.
  names=$(/usr/bin/python3 - "$DOT" <<'PY'
import re, sys
for m in re.finditer(r'^    "((?:[^"\\]|\\.)*)" \[label="((?:[^"\\]|\\.)*)"', sys.argv[1], re.M):
    print(m.group(2).split("\\n")[0].replace('\\"', '"'))
PY
)
  n=0 missing_tree="" missing_svg=""
  while IFS= read -r name; do
    [ -n "$name" ] || continue
    n=$((n + 1))
    esc=$(printf '%s' "$name" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g')
    case "$TREE" in *"$name"*) ;; *) missing_tree="$missing_tree|$name" ;; esac
    case "$DOM" in *"$esc"*) ;; *) missing_svg="$missing_svg|$name" ;; esac
  done <<EOF2
$names
EOF2
  [ "$n" -gt 3 ] && ok "$ex: the chart has $n bodies" || not_ok "$ex: too few bodies in the chart ($n)"
  check_eq "$missing_tree" "" "$ex: show org names every body"
  check_eq "$missing_svg" "" "$ex: the SVG in Chromium contains every body's name"
done

run show org --config "$ROOT/examples/linkoping"
check_contains "$OUT" "500-gruppen [strategisk nivå, styrgrupp] via utbildningsdirektör" \
  "Linköping: 500-gruppen sits at the strategic level and reports via the director of education"
check_contains "$OUT" "ordförande: utbildningsdirektör" "Linköping: the chair of 500-gruppen is shown"
check_contains "$OUT" "Tolka och omsätta KS beslutet i verkställighet" "Linköping: mandates are shown"
