-- Open data for the labour-market area from Statistics Denmark (StatBank API). Norddjurs Kommune is
-- area 707. The choice of table is ours (illustrative): the registered unemployment rate, which the
-- jobcenter follows beside the action plan's own objectives (seed 003 gives no figures for it).
-- The variable codes (OMRÅDE, ALDER, KØN, Tid) are written as StatBank names the variables of its
-- AU tables; they are not checked against a recorded tableinfo answer for AUP01.
source "dst_ledighed" {
  kind = "statbank", table = "AUP01", lang = "da",
  variables = { ["OMRÅDE"] = { "707" }, ALDER = { "TOT" }, ["KØN"] = { "TOT", "M", "K" }, Tid = { "*" } },
  map = { area = "OMRÅDE", time = "Tid", gender = "KØN",
          indicators = { ledighed_pct = { ContentsCode = "AUP01", ALDER = "TOT" } } },
}

indicator "ledighed_pct" {
  title = "Fuldtidsledige i procent af arbejdsstyrken (Danmarks Statistik, AUP01)",
  unit = "percent", direction = "decrease", decimals = 1,
}

goal "ledighed" {
  perspective = "Styrke dialogen med omverdenen",
  title = "Ledigheden i Norddjurs (Danmarks Statistik)",
  note = "Illustrativ: følges ved siden af handleplanens egne mål.",
  indicators = { "ledighed_pct" },
}
