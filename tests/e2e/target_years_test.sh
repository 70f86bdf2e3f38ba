#!/bin/sh
# Targets inside the plan: styr validate names the plan's years (municipality plan, else the
# locked mandate of definition_lock) and the year written, at the indicator's file:line; a typo
# such as 2205 gets a did-you-mean instead of the puzzling "keys must be years".
. "$(dirname "$0")/lib.sh"

# config DIR MUNICIPALITY_EXTRA TARGETS: a configuration whose indicator (init.lua:5) has TARGETS.
config() {
  rm -rf "$1"
  mkdir -p "$1"
  cat >"$1/init.lua" <<LUA
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv",
               perspectives = { "Medborgare" }, $2 }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
goal "G" { title = "Fler i arbete", perspective = "Medborgare", body = "AMN", indicators = { "sysselsatta" } }
indicator "sysselsatta" { title = "Sysselsatta", unit = "percent", direction = "increase",
                          targets = { $3 } }
LUA
}
CFG="$TMP/cfg"

config "$CFG" 'plan = { from = 2019, to = 2022 }' '[2020] = 70, [2022] = 72'
run validate "$CFG"
check_rc 0 "targets inside the plan are valid"
check_not_contains "$ERR" "outside" "no word about targets inside the plan"

config "$CFG" 'plan = { from = 2019, to = 2022 }' '[2022] = 72, [2031] = 80'
run validate "$CFG"
check_rc 3 "a target year outside the plan is a configuration error"
check_contains "$ERR" "init.lua:5: indicator 'sysselsatta': targets[2031]: 2031 is outside the plan's years, 2019–2022 (municipality plan at $CFG/init.lua:1); write a year from 2019 to 2022 or change the plan" \
  "the error names file:line, the year written and the plan's years"

config "$CFG" 'plan = { from = 2023, to = 2026 }' '[2205] = 80'
run validate "$CFG"
check_rc 3 "a typo 2205 in a 2023–2026 plan is an error"
check_contains "$ERR" "targets[2205]: 2205 is outside the plan's years" "2205 names the plan's years"
check_contains "$ERR" "2023–2026 (did you mean 2025?)" "2205 gets a did-you-mean from the plan's years"
check_not_contains "$ERR" "keys must be years" "2205 no longer gets 'keys must be years'"

config "$CFG" 'definition_lock = { from = "2019-01-01", to = "2022-12-31" }' '[2031] = 80'
run validate "$CFG"
check_rc 0 "a target after the locked mandate is a warning, not an error"
check_contains "$OUT$ERR" "init.lua:5: warning: indicator 'sysselsatta': targets[2031]: 2031 is outside the locked mandate, 2019–2022 (definition_lock at $CFG/init.lua:1); write a year from 2019 to 2022 or change the target" \
  "the warning names the locked mandate's years and the year written"

config "$CFG" '' '[2205] = 80'
run validate "$CFG"
check_rc 3 "without a plan, 2205 is still an error"
check_contains "$ERR" "targets[2205]: 2205 is not a year styr can use (1900–2200); is it a typo?" \
  "without a plan, 2205 is called a probable typo"

config "$CFG" 'plan = { from = 2022, to = 2019 }' '[2020] = 70'
run validate "$CFG"
check_rc 3 "a plan that ends before it starts is an error"
check_contains "$ERR" "plan from (2022) is after to (2019)" "the plan's order is checked"
