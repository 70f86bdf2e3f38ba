-- Open data the analysis group compiles (seed 004: "Sammanställa och analysera SCB:s
-- helårsekvivalenter", "relevant statistik"). Which tables and KPIs is our choice (illustrative);
-- ids and codes are the agencies' own. styr fetch stores the values with their source and vintage.

-- Kolada: financial assistance and unemployment in Umeå and four other municipalities of the north.
source "kolada" {
  kind = "kolada",
  kpis = { kolada_bistand_andel = "N31807", kolada_arbetslosa = "N03937" },
  municipalities = { "2480", "2580", "2482", "2281", "2380" },  -- Umeå, Luleå, Skellefteå, Sundsvall, Östersund
  years = { from = 2018, to = 2024 },
  rate = 2,
}

-- Statistics Sweden (PxWeb API v2): the population of Västerbottens län by month, the base the
-- analysis group relates the full-year equivalents to. SCB allows 3 calls a second.
source "scb_befolkning" {
  kind = "pxweb", table = "TAB6471", rate = 3, title = "Folkmängden per månad efter region, ålder och kön",
  selection = { Region = { "24" }, Alder = { "20-29" }, Kon = { "TotSa", "1", "2" },
                ContentsCode = { "000007SF" }, Tid = { "2026M01", "2026M02", "2026M03", "2026M04" } },
  map = { area = "Region", time = "Tid", gender = "Kon",
          indicators = { befolkning_20_29 = { ContentsCode = "000007SF", Alder = "20-29" } } },
}

indicator "kolada_bistand_andel" {
  title = "Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef. (Kolada N31807)",
  unit = "percent", direction = "decrease", decimals = 1,
}
indicator "kolada_arbetslosa" {
  title = "Öppet arbetslösa av befolkningen, andel (%) (Kolada N03937)",
  unit = "percent", direction = "decrease", decimals = 1,
}
indicator "befolkning_20_29" {
  title = "Folkmängd 20–29 år, Västerbottens län (SCB TAB6471, medelfolkmängd av månaderna)",
  unit = "persons",
  area = "24",           -- the county's figures (SCB's region 24), not Umeå's
  -- SCB delivers months; the yearly report shows the year's mean, as full-year equivalents are
  -- related to the population over the whole year. A year with months missing is shown as missing.
  aggregate = "mean",
}

goal "oppna_data" {
  perspective = "Befolkningens försörjning",
  title = "Analysunderlag ur öppna data (Kolada, SCB)",
  note = "Illustrativ: analysgruppens jämförelser; inget mål ur källdokumentet.",
  indicators = { "kolada_bistand_andel", "kolada_arbetslosa", "befolkning_20_29" },
}
