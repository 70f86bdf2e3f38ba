-- The inputs of the economy indicators' formulas (indicators.lua: avslut_per_msek, lokalandel,
-- budgetavvikelse). Seed 002 gives only the results, not the amounts behind them.
--
-- ILLUSTRATIVE FIGURES: the amounts below are made up to show how the formulas work. They are
-- chosen to agree with the plan's 2018 results (a deviation of 6,8 %, premises about 11 % of the
-- cost); replace them with the committee's accounts (or a source) before using the results.
-- In SEK.

indicator "kostnad_total" {
  title = "Arbetsmarknadsnämndens totala kostnad (illustrativ)",
  unit = "sek",
  values = { [2018] = 80100000, [2019] = 78500000 },   -- illustrative
}

indicator "budget" {
  title = "Arbetsmarknadsnämndens budget (illustrativ)",
  unit = "sek",
  values = { [2018] = 75000000, [2019] = 78000000 },   -- illustrative
}

indicator "lokalkostnad" {
  title = "Lokalkostnader (illustrativ)",
  unit = "sek",
  values = { [2018] = 8800000, [2019] = 8600000 },     -- illustrative
}
