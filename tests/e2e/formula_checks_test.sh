#!/bin/sh
# Formulas checked before they run: validate finds a formula's reads of inputs it does not declare
# (v.invanre, ctx.value("…")) at the formula's file:line with a did-you-mean; compute warns, with
# counts and why, about a formula that yields no value for any period; a formula's run-time error
# names its file:line; compute counts "missing" the same way whether it recomputed or not.
. "$(dirname "$0")/lib.sh"
CFG="$TMP/cfg"
DB="$TMP/f.db"
mkdir -p "$CFG"
write_cfg() { # formula body of "andel" (init.lua:9), extra declarations
  cat >"$CFG/init.lua" <<LUA
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv" }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
indicator "arbetslosa" { title = "Arbetslösa", unit = "persons", values = { [2018] = 500, [2019] = 520, [2020] = 510 } }
indicator "invanare" { title = "Invånare", unit = "persons", values = { [2018] = 0, [2019] = 0, [2020] = missing("ej rapporterat") } }
indicator "andel" {
  title = "Andel arbetslösa", unit = "percent", direction = "decrease",
  inputs = { arbetslosa = "arbetslosa", invanare = "invanare" },
  formula = function(v, ctx)
    $1
  end,
}
goal "G" { title = "Goal", body = "AMN", indicators = { "andel" } }
${2:-}
LUA
}

write_cfg 'return ctx.share(v.arbetslosa, v.invanre)'
run validate "$CFG"
check_rc 3 "a formula reading v.invanre fails validate"
check_contains "$ERR" "$CFG/init.lua:9: indicator 'andel': the formula reads v.invanre, which is not one of its inputs (did you mean 'invanare'?); the inputs are: arbetslosa, invanare" \
  "the error names the formula's file:line and did you mean 'invanare'"
run compute --config "$CFG" --db "$DB"
check_rc 3 "compute refuses the same configuration before anything runs"

write_cfg 'local a = v["arbetslosa"]
    return ctx.share(a, ctx.value("invanre"))'
run validate "$CFG"
check_rc 3 "ctx.value with an unknown name fails validate"
check_contains "$ERR" "$CFG/init.lua:10: indicator 'andel': the formula reads ctx.value(\"invanre\"), which is not one of its inputs (did you mean 'invanare'?)" \
  "ctx.value's name is checked at its own line"

write_cfg '-- v.kommentar is only a comment
    return ctx.share(v.arbetslosa, ctx.value("invanare"))'
run validate "$CFG"
check_rc 0 "declared inputs (and names in comments) pass"

write_cfg 'return ctx.share(v.arbetslosa, v.invanare)'
run validate "$CFG"
check_rc 0 "the right name passes validate"
run --now 2026-01-10T08:00:00Z compute --config "$CFG" --db "$DB"
check_rc 0 "compute of a formula that never yields a value still succeeds"
check_contains "$OUT" "3 new, 0 changed, 0 unchanged (0 not recomputed, 3 missing)" "the first compute counts 3 missing"
check_contains "$ERR" "$CFG/init.lua:8: warning: indicator 'andel': the formula yields no value for any of its 3 periods: 2 division by zero, 1 inputs missing (e.g. input 'invanare' (invanare) is missing for 2020: ej rapporterat)" \
  "compute warns with counts and why: division by zero, inputs missing"
run --now 2026-01-11T08:00:00Z compute --config "$CFG" --db "$DB"
check_contains "$OUT" "0 new, 0 changed, 3 unchanged (0 not recomputed, 3 missing)" \
  "a second compute counts the same 3 missing values (one definition of missing)"
check_contains "$ERR" "warning: indicator 'andel': the formula yields no value for any of its 3 periods" "and warns again"

# The same as a scheduled compute job: its run's message counts the missing values, and the
# warning is recorded with the run (styr history shows it).
write_cfg 'return ctx.share(v.arbetslosa, v.invanare)' 'event "berakna" { title = "Beräkna", job = "compute", yearly = { "01-15" } }'
run --now 2026-01-15T08:00:00Z run berakna --config "$CFG" --db "$TMP/job.db"
check_rc 0 "the compute job runs"
run history --config "$CFG" --db "$TMP/job.db" --json
check_contains "$OUT" "3 computed values are missing" "the job's message counts the missing computed values"
run history --config "$CFG" --db "$TMP/job.db"
check_contains "$OUT" "    warning: $CFG/init.lua:8: indicator 'andel': the formula yields no value for any of its 3 periods" \
  "the job's run records the formula's warning (styr history shows it)"

write_cfg 'return ctx.share(v.arbetslosa, 1000)' ''
run --now 2026-01-12T08:00:00Z compute --config "$CFG" --db "$DB"
check_rc 0 "a formula that yields values"
check_not_contains "$ERR" "yields no value" "no warning when the formula yields values"

write_cfg 'local name = "arbets" .. "losa_x"
    return v[name]'
run --now 2026-01-13T08:00:00Z compute --config "$CFG" --db "$DB"
check_rc 3 "a run-time formula error stops compute"
check_contains "$ERR" "indicator 'andel', area 0580, gender T, period 2018: $CFG/init.lua:10: unknown input 'arbetslosa_x' (did you mean 'arbetslosa'?)" \
  "the run-time error names the formula's file:line"
write_cfg 'return v.arbetslosa .. {}'
run --now 2026-01-13T08:00:00Z compute --config "$CFG" --db "$DB"
check_rc 3 "a Lua error in a formula stops compute"
check_contains "$ERR" "period 2018: $CFG/init.lua:9: attempt to concatenate" "a Lua error names the formula's file:line"
