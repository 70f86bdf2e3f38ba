#!/bin/sh
# The mandate-period lock of indicator definitions: styr compute records each definition the first
# time; an unchanged configuration passes; a unit changed inside the locked period without a
# decision is refused (validate, compute, report and the compute job; exit 3, file:line) and leaves
# the store as it was; the same change with a decision dated after the recording passes and is
# recorded, and explain shows both definitions; a change after the period passes; bad decision fields are file:line problems;
# validate creates no store; the Linköping example is locked for 2019-2022.
. "$(dirname "$0")/lib.sh"
CFG="$TMP/cfg"
DB="$CFG/styr.db"
# make_config's municipality has no lock, so the file is written whole.
write_cfg() { # unit decisions
  mkdir -p "$CFG"
  cat >"$CFG/init.lua" <<LUA
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv",
               definition_lock = { from = "2019-01-01", to = "2022-12-31" } }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
indicator "barn" {
  title = "Barn i hushåll med långvarigt bistånd", unit = "$1", direction = "decrease",
  values = { [2018] = 4.6 },$2
}
indicator "dubbel" { title = "Dubbel", unit = "index", inputs = { x = "barn" },
  formula = function(v) return v.x * 2 end }
goal "G" { title = "Mål", body = "AMN", indicators = { "barn", "dubbel" } }
LUA
}
q() { sqlite3 "$DB" "$1"; }

write_cfg percent ""
run validate "$CFG"
check_rc 0 "validate without a store"
check_eq "$(ls "$CFG")" "init.lua" "validate creates no store"

run --now 2019-10-01 compute --config "$CFG"
check_rc 0 "first compute"
check_eq "$(q "SELECT indicator || '|' || coalesce(unit, '-') || '|' || coalesce(direction, '-') || '|' || kind || '|' || (formula_hash IS NOT NULL) || '|' || recorded_at FROM indicator_definitions ORDER BY id")" \
  "barn|percent|decrease|number|0|2019-10-01T00:00:00Z
dubbel|index|-|number|1|2019-10-01T00:00:00Z" "the first run records both definitions"

run --now 2019-11-01 compute --config "$CFG"
check_rc 0 "unchanged configuration"
check_eq "$(q 'SELECT count(*) FROM indicator_definitions')" "2" "an unchanged definition records nothing"
run --now 2019-11-01 validate "$CFG"
check_rc 0 "validate passes the unchanged configuration"

# The unit changes during the mandate period, without a decision.
write_cfg count ""
BEFORE=$(q "SELECT * FROM indicator_definitions; SELECT * FROM observations; SELECT * FROM runs;" | sha256sum)
run --now 2020-01-15 validate "$CFG"
check_rc 3 "validate refuses a unit changed in the locked period"
check_contains "$ERR" "$CFG/init.lua:4: indicator 'barn': its definition is locked for the mandate period 2019-01-01 to 2022-12-31, and it changed since it was recorded on 2019-10-01 (unit: percent → count)" "validate names file:line and what changed"
check_contains "$ERR" "add decisions = { { ref = \"…\", date = \"YYYY-MM-DD\", change = \"…\" } } to the indicator, with the decision dated 2019-10-01 or later, or revert the change" "validate says what to do"
run --now 2020-01-15 validate "$CFG" --json
check_rc 3 "validate --json"
check_eq "$(printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), d[0]["line"], d[0]["level"], "unit: percent → count" in d[0]["message"])')" "1 4 error True" "validate --json lists the lock problem with its line"
run --now 2020-01-15 compute --config "$CFG"
check_rc 3 "compute refuses it"
check_contains "$ERR" "$CFG/init.lua:4: indicator 'barn': its definition is locked" "compute names file:line"
check_contains "$ERR" "nothing was stored" "compute says nothing was stored"
check_eq "$(q "SELECT * FROM indicator_definitions; SELECT * FROM observations; SELECT * FROM runs;" | sha256sum)" "$BEFORE" "the store is unchanged"
run --now 2020-01-15 compute --config "$CFG" --as-of 2019-12-31
check_rc 3 "compute --as-of refuses it too"
# styr report and the wheel's jobs store values too: the same refusal, nothing stored or written.
printf 'report "r" { title = "R", year = 2019 }\nevent "berakna" { title = "Beräkna", job = "compute", yearly = { "01-15" } }\n' >>"$CFG/init.lua"
BEFORE=$(q "SELECT * FROM indicator_definitions; SELECT * FROM observations; SELECT * FROM runs;" | sha256sum)
run --now 2020-01-15 report r --config "$CFG" --out "$TMP/lock-out"
check_rc 3 "report refuses it"
check_contains "$ERR" "$CFG/init.lua:4: indicator 'barn': its definition is locked" "report names file:line"
check_contains "$ERR" "styr report: 1 indicator definition changed during the locked mandate period; nothing was stored" "report says nothing was stored"
if [ -e "$TMP/lock-out" ]; then not_ok "report wrote nothing"; else ok "report wrote nothing"; fi
check_eq "$(q "SELECT * FROM indicator_definitions; SELECT * FROM observations; SELECT * FROM runs;" | sha256sum)" "$BEFORE" "report left the store unchanged"
run --now 2020-01-15 run berakna --config "$CFG"
check_rc 1 "the compute job fails"
check_contains "$ERR$OUT" "its definition is locked for the mandate period" "the job's error names the lock"
check_eq "$(q "SELECT outcome FROM runs ORDER BY id DESC LIMIT 1")" "failed" "the job's run is recorded as failed"
check_eq "$(q "SELECT count(*) FROM indicator_definitions")" "2" "the job recorded no definition"
write_cfg count ""

# A decision dated before the recording does not count.
write_cfg count "
  decisions = { { ref = \"AMN 2019-05-02 § 3\", date = \"2019-05-02\", change = \"Antal\" } },"
run --now 2020-01-15 compute --config "$CFG"
check_rc 3 "a decision dated before the recording does not allow the change"

# With a decision dated after the recording.
write_cfg count "
  decisions = { { ref = \"AMN 2019-12-12 § 45\", date = \"2019-12-12\", change = \"Antal barn i stället för andel\" } },"
run --now 2020-01-15 validate "$CFG"
check_rc 0 "validate passes the change with its decision"
check_eq "$(q 'SELECT count(*) FROM indicator_definitions')" "2" "validate records nothing"
run --now 2020-01-15 compute --config "$CFG"
check_rc 0 "compute passes the change with its decision"
check_contains "$OUT" "definitions: 1 changed, recorded" "compute says the definition change was recorded"
check_eq "$(q "SELECT unit || '|' || changes || '|' || decision_ref || '|' || decision_date || '|' || recorded_at FROM indicator_definitions WHERE indicator = 'barn' ORDER BY id DESC LIMIT 1")" \
  "count|unit: percent → count|AMN 2019-12-12 § 45|2019-12-12|2020-01-15T00:00:00Z" "the change is recorded with the decision"

run --now 2020-01-16 explain barn --config "$CFG"
check_rc 0 "explain"
check_contains "$OUT" "definition history of barn:" "explain shows the definition history"
check_contains "$OUT" "2019-10-01T00:00:00Z  unit percent, direction decrease, number, no formula; first recorded" "explain shows the first definition"
check_contains "$OUT" "2020-01-15T00:00:00Z  unit count, direction decrease, number, no formula; changed: unit: percent → count; decision AMN 2019-12-12 § 45 (2019-12-12): Antal barn i stället för andel  (in force)" "explain shows the change with its decision"
run --now 2020-01-16 explain barn --config "$CFG" --json
check_eq "$(printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin)["definitions"]; print(len(d), d[0]["unit"], d[1]["unit"], d[1]["decision_ref"])')" "2 percent count AMN 2019-12-12 § 45" "explain --json has both definitions"
run --now 2020-01-16 explain barn --config "$CFG" --as-of 2019-12-31
check_rc 0 "explain --as-of"
check_contains "$OUT" "2019-10-01T00:00:00Z  unit percent, direction decrease, number, no formula; first recorded  (in force)" "explain --as-of shows the definition in force then"
check_not_contains "$OUT" "2020-01-15T00:00:00Z  unit count" "explain --as-of shows the definitions known then"

# The formula changes after the period ended.
sed -i 's/v.x \* 2/v.x * 3/' "$CFG/init.lua"
run --now 2022-12-31 compute --config "$CFG"
check_rc 3 "a formula change on the period's last day is refused"
check_contains "$ERR" "indicator 'dubbel'" "the formula indicator is named"
check_contains "$ERR" "(formula changed)" "a formula change is named"
run --now 2020-01-20 explain dubbel --config "$CFG"
check_contains "$OUT" "not recorded yet: the configuration now differs (formula changed)" "explain says the configuration differs from the recorded definition"
run --now 2023-01-01 compute --config "$CFG"
check_rc 0 "after the period the change passes"
check_eq "$(q "SELECT changes || '|' || coalesce(decision_ref, '-') FROM indicator_definitions WHERE indicator = 'dubbel' ORDER BY id DESC LIMIT 1")" "formula changed|-" "the change after the period is recorded without a decision"

# Bad decision fields are file:line problems.
write_cfg count "
  decisions = { { ref = \"AMN 1\", date = \"2020-02-30\", change = \"x\" }, { ref = \"AMN 2\", date = \"2020-03-01\", chnage = \"y\" } },"
run validate "$CFG"
check_rc 3 "bad decisions"
check_contains "$ERR" "$CFG/init.lua:4: indicator 'barn': decisions item 1 date \"2020-02-30\" is not a real date" "a date that is not real"
write_cfg count "
  decisions = { { ref = \"AMN 2\", date = \"2020-03-01\", chnage = \"y\" } },"
run validate "$CFG"
check_contains "$ERR" "$CFG/init.lua:4: indicator 'barn': decisions item 1 has an unknown field 'chnage' (did you mean 'change'?)" "an unknown field with the closest name"

# The Linköping example is locked for its mandate period: a unit changed without a decision is
# refused, the example itself passes.
cp -r "$ROOT/examples/linkoping" "$TMP/lkp"
rm -f "$TMP/lkp/styr.db"
run --now 2019-10-01 compute --config "$TMP/lkp"
check_rc 0 "the Linköping example computes and records its definitions"
run --now 2019-10-01 validate "$TMP/lkp"
check_rc 0 "the Linköping example validates against its store"
sed -i '0,/unit = "percent"/s//unit = "count"/' "$TMP/lkp/indicators.lua"
run --now 2020-02-01 validate "$TMP/lkp"
check_rc 3 "a unit changed in the example during 2019-2022 without a decision is refused"
check_contains "$ERR" "indicators.lua:" "the example's problem names the file"
check_contains "$ERR" "unit: percent → count" "and what changed"
