#!/bin/sh
# The bundled Linköping example (seeds 000 and 002): it validates, and its report lists every
# indicator row of the plan's goal table with the document's values and targets. A copy with
# outcomes for 2019 added shows the statuses the rules give.
. "$(dirname "$0")/lib.sh"
EX="$ROOT/examples/linkoping"

run validate "$EX"
check_rc 0 "styr validate examples/linkoping"
check_contains "$OUT" "32 indicators" "the example declares the plan's 25 indicators, 4 Kolada comparison indicators and 3 illustrative formula inputs"

run report uppfoljning --config "$EX" --out "$TMP/out" --db "$TMP/l.db"
check_rc 0 "the Linköping follow-up renders"
check_contains "$ERR" "; computed: " "report computes the formulas before it renders"
check_contains "$(cat "$TMP/out/uppfoljning-AMN.html")" \
  "Arbetsmarknadsnämnden, Linköpings kommun, beräknat ur Lokalkostnader (illustrativ) och Arbetsmarknadsnämndens totala kostnad (illustrativ), beräknad 2019-10-01" \
  "a table with computed values credits them to the committee and names what they are computed from"
check_not_contains "$(grep -o '<p class="table-sources">.*</p>' "$TMP/out/uppfoljning-AMN.html")" ".lua" \
  "no table's sources name a file of the configuration"
check_file "$TMP/out/uppfoljning-AMN.html" "the HTML report is written"
check_file "$TMP/out/uppfoljning-AMN.csv" "the CSV report is written"

# row ID BREAKDOWN: "value_2017|value_2018|target_2019|target_2020|status" of one CSV row.
row() {
  /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    if r["indicator_id"] == sys.argv[2] and r["breakdown"] == sys.argv[3]:
        print("|".join([r["value_2017"], r["value_2018"], r["target_2019"], r["target_2020"], r["status_2019"]]))
PY
}
CSV="$TMP/out/uppfoljning-AMN.csv"
# Every row of the document's table, as the document gives it (see the comments in indicators.lua
# for the rows whose reading is ours). styr report computes the formulas first, so the two rows whose
# 2019 value is computed from economy.lua (premises' share, budget deviation) already have a status.
while IFS=' ' read -r id br want; do
  check_eq "$(row "$CSV" "$id" "$br")" "$want" "seed 002 row $id ($br)"
done <<'ROWS'
ej_avslut_arbete_studier total |299|Ska minska|Ska minska|no_data
avslut_arbete_studier total |182|Ska öka|Ska öka|no_data
osa_avslut_arbete_studier total |6|Ska öka|Ska öka|no_data
placeringar total |477|677|777|no_data
hojd_anstallningsbarhet total ||Ska öka|Ska öka|no_data
hushall_fsd total 2996|3130|2800|2700|no_data
langvarigt_bistand total 1384|1387|1150|850|no_data
barn_langvarigt_bistand total 4.8|4.6|4.2|3.2|no_data
brukarenkat_positiva total 86|87|88|88|no_data
vantetid_beslut_fsd total 21|19|15|5|no_data
avslut_per_msek unit:JKT |2.1|Ska öka|Ska öka|no_data
avslut_per_msek unit:OSA |0.3|Ska öka|Ska öka|no_data
avslut_per_msek unit:AMS |4.9|Ska öka|Ska öka|no_data
lokalandel total |11|Ska inte öka|Ska inte öka|met
ehandelstrohet total ||90|95|no_data
budgetavvikelse total 6.6|6.8|0|0|not_met
sjukfranvaro total 5.5|6.8|5.5|5.3|no_data
sjukfranvaro men 3.4|3.3|3.3||no_data
sjukfranvaro women 6.1|6.2|6||no_data
heltid total 87.9|88.3|88.6|90|no_data
heltid men 91.9|92.6|||no_data
heltid women 86.7|87.2|||no_data
avi total 107|111|112|113|no_data
hme total 77|78|80||no_data
chefsomsattning total 6|6|5.5|5|no_data
chefsomsattning men |4.9|||no_data
chefsomsattning women |6.3|||no_data
chefers_sjukfranvaro total 2.4|2.5|2.3|2.2|no_data
extern_personalomsattning total 6.1|5.8|5.5|5.2|no_data
mertid_overtid total 0.6|0.6|0.5|0.5|no_data
balanstal_chefer total 0.99|1|1|1|no_data
chefer_utomnordisk total 0.16|0.15|0.2|0.25|no_data
ROWS
check_contains "$(row "$CSV" likvardigt_bemotande total)" "Vissa smärre skillnader kan utläsas." "the text indicator keeps the document's statement"
HTML=$(cat "$TMP/out/uppfoljning-AMN.html")
check_contains "$HTML" "Saknas" "a value the document calls 'Saknas' is shown so"
check_contains "$HTML" "Basvärde saknas!" "the missing base value is shown with the document's words"
# Seed 000: the same KPIs and the same reporting in every committee. One rendering per committee,
# each addressed to it; the tables are the same bytes, the HTML differs only where it names the
# committee and in the closing paragraph the layout gives KS.
check_contains "$HTML" '<p class="meta audience">Till: Arbetsmarknadsnämnden</p>' "the AMN rendering is addressed to AMN"
check_contains "$(cat "$TMP/out/uppfoljning-SON.html")" '<h2 class="block-heading">Till Social- och omsorgsnämnden</h2>' \
  "the SON rendering fills {audience} with SON's name"
check_contains "$(cat "$TMP/out/uppfoljning-KS.html")" "KS 2018-510" "the KS rendering has the paragraph only KS gets"
check_not_contains "$HTML" "KS 2018-510" "the AMN rendering leaves out the KS paragraph"
for a in SON KS; do
  for f in "" -indicators-1 -activities-1; do
    if cmp -s "$TMP/out/uppfoljning-AMN$f.csv" "$TMP/out/uppfoljning-$a$f.csv"; then ok "uppfoljning-$a$f.csv: the same KPIs as AMN's, byte for byte"
    else not_ok "uppfoljning-$a$f.csv differs from AMN's" "$(diff "$TMP/out/uppfoljning-AMN$f.csv" "$TMP/out/uppfoljning-$a$f.csv" | head -5)"; fi
  done
done
DIFF=$(diff "$TMP/out/uppfoljning-AMN.html" "$TMP/out/uppfoljning-SON.html" | grep '^[<>]')
check_eq "$(echo "$DIFF" | grep -vc 'Till')" "0" "AMN's and SON's HTML differ only in the lines addressed to the committee"

# Outcomes for 2019 added to a copy: each rule and both directions on the document's own rows.
cp -R "$EX" "$TMP/lk"
I="$TMP/lk/indicators.lua"
sed -i 's/values = { \[2017\] = 2996, \[2018\] = 3130 }/values = { [2017] = 2996, [2018] = 3130, [2019] = 2900 }/' "$I"
sed -i 's/values = { \[2017\] = 1384, \[2018\] = 1387 }/values = { [2017] = 1384, [2018] = 1387, [2019] = 1100 }/' "$I"
sed -i 's/values = { \[2017\] = 86, \[2018\] = 87 }/values = { [2017] = 86, [2018] = 87, [2019] = 85 }/' "$I"
sed -i 's/values = { \[2017\] = missing("-"), \[2018\] = 299 }/values = { [2017] = missing("-"), [2018] = 299, [2019] = 280 }/' "$I"
sed -i 's/values = { \[2017\] = missing("-"), \[2018\] = 182 }/values = { [2017] = missing("-"), [2018] = 182, [2019] = 182 }/' "$I"
sed -i 's/values = { \[2017\] = 6.6, \[2018\] = 6.8 }/values = { [2017] = 6.6, [2018] = 6.8, [2019] = 0 }/' "$I"
run report uppfoljning --config "$TMP/lk" --out "$TMP/out2" --db "$TMP/l2.db"
check_rc 0 "the example with 2019 outcomes renders"
C2="$TMP/out2/uppfoljning-AMN.csv"
check_eq "$(row "$C2" hushall_fsd total)" "2996|3130|2800|2700|on_the_way" "2 900 households (target 2 800, 5 %) is on the way"
check_eq "$(row "$C2" langvarigt_bistand total)" "1384|1387|1150|850|met" "1 100 long-term recipients (target 1 150, decrease) is met"
check_eq "$(row "$C2" brukarenkat_positiva total)" "86|87|88|88|not_met" "85 % positive answers (target 88 %, increase) is not met"
check_eq "$(row "$C2" ej_avslut_arbete_studier total)" "|299|Ska minska|Ska minska|met" "280 against 299 in 2018 ('ska minska') is met"
check_eq "$(row "$C2" avslut_arbete_studier total)" "|182|Ska öka|Ska öka|not_met" "182 again ('ska öka') is not met"
check_eq "$(row "$C2" budgetavvikelse total)" "6.6|6.8|0|0|met" "a budget deviation of 0 (target 0) is met"

# Seed 002's derived indicators are formulas (indicators.lua, inputs in economy.lua): compute
# stores them next to the plan's own rows, which stay as published.
run compute --config "$EX" --db "$TMP/l.db"
check_rc 0 "styr compute on the Linköping example"
check_contains "$OUT" "computed:" "compute reports its counts"
run explain budgetavvikelse --period 2019 --config "$EX" --db "$TMP/l.db"
check_contains "$OUT" "budgetavvikelse 0580 T 2019: 0.641026" "the 2019 budget deviation is computed from outcome and budget"
check_contains "$OUT" "ctx.deviation(v.utfall, v.budget)" "explain shows the deviation formula"
run explain lokalandel --period 2019 --config "$EX" --db "$TMP/l.db"
check_contains "$OUT" "lokalandel 0580 T 2019: 10.955414" "the premises' share is computed from the costs"
run explain avslut_per_msek --period 2018 --config "$EX" --db "$TMP/l.db"
check_contains "$OUT" "avslut = avslut_arbete_studier 0580 T 2018: 182" "the per-MSEK figure reads the plan's participants"
run explain budgetavvikelse --period 2018 --config "$EX" --db "$TMP/l.db"
check_contains "$OUT" "budgetavvikelse 0580 T 2018: 6.8" "the plan's typed-in 2018 deviation stays as published"
run report uppfoljning --config "$EX" --out "$TMP/out3" --db "$TMP/l.db"
check_eq "$(row "$TMP/out3/uppfoljning-AMN.csv" budgetavvikelse total)" "6.6|6.8|0|0|not_met" "after compute the plan's rows are unchanged and 2019 gets a status (0.64 % against 0)"
for r in "avslut_per_msek unit:JKT |2.1|Ska öka|Ska öka|no_data" "lokalandel total |11|Ska inte öka|Ska inte öka|met"; do
  id=${r%% *}; rest=${r#* }; br=${rest%% *}; want=${rest#* }
  check_eq "$(row "$TMP/out3/uppfoljning-AMN.csv" "$id" "$br")" "$want" "after compute: $id ($br)"
done
run test "$EX"
check_rc 0 "styr test examples/linkoping runs the example's formula specs"
