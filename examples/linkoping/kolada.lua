-- Comparison with other municipalities from Kolada (api.kolada.se, v3). The plan (seed 002) types in
-- its own figures; these KPIs from Kolada's catalogue cover the same themes for Linköping and four
-- municipalities of similar size (Norrköping, Örebro, Jönköping, Västerås). The choice of KPIs and
-- of municipalities is ours (illustrative), the KPI ids and titles are Kolada's.
source "kolada" {
  kind = "kolada",
  kpis = {
    kolada_bistand_andel = "N31807",
    kolada_langvarigt_andel = "N31816",
    kolada_arbetslosa = "N03937",
    kolada_sjukfranvaro = "N00090",
  },
  municipalities = { "0580", "0581", "1880", "0680", "1980", "0000" },   -- 0000: Kolada's Riket
  years = { from = 2015, to = 2024 },
  rate = 2,                 -- Kolada asks clients to be polite
}

indicator "kolada_bistand_andel" {
  title = "Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef. (Kolada N31807)",
  unit = "percent", direction = "decrease", decimals = 1,
}
indicator "kolada_langvarigt_andel" {
  title = "Vuxna biståndsmottagare (18+ år) med långvarigt ekonomiskt bistånd, andel (%) av befolkningen (Kolada N31816)",
  unit = "percent", direction = "decrease", decimals = 1,
}
indicator "kolada_arbetslosa" {
  title = "Öppet arbetslösa av befolkningen, andel (%) (Kolada N03937)",
  unit = "percent", direction = "decrease", decimals = 1,
}
indicator "kolada_sjukfranvaro" {
  title = "Sjukfrånvaro totalt bland anställda, kommun, andel (%) (Kolada N00090)",
  unit = "percent", direction = "decrease", decimals = 1,
}

goal "AMN-K" {
  perspective = "Medborgare", body = "AMN", area = "Medborgare",
  title = "Jämförelse med liknande kommuner (Kolada)",
  note = "Illustrativ: inte ett nämndmål i verksamhetsplanen.",
  -- No targets, so the goal's status is "not assessed" whatever the rule; the rank is what it shows.
  indicators = { "kolada_bistand_andel", "kolada_langvarigt_andel", "kolada_arbetslosa", "kolada_sjukfranvaro" },
}

report "jamforelse" {
  title = "Linköping jämfört med liknande kommuner",
  year = 2024, goals = { "AMN-K" }, formats = { "html", "csv", "xlsx" },
  intro = "Nyckeltal ur Kolada för Linköping; värdena hämtas med styr fetch.",
  -- Rank among the four municipalities of similar size, and Kolada's national value (Riket).
  peers = { "0581", "1880", "0680", "1980" }, national = "0000",
  peer_names = { ["0580"] = "Linköping", ["0581"] = "Norrköping", ["1880"] = "Örebro", ["0680"] = "Jönköping",
                 ["1980"] = "Västerås" },
}
