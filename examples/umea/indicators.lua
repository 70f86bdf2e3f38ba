-- Indicators the analysis group follows. Seed 004 says what the group analyses (SCB:s
-- helårsekvivalenter twice a year, local register data once a year, shortage occupations once a year)
-- and that it "identifierar indikatorer och föreslår mål för initiativen" and follows the prioritised
-- initiatives "på indikatornivå", but it gives no indicator, value or target.
--
-- ILLUSTRATIVE: every value and target below is made up to show how the follow-up works; none comes
-- from the seed or from SCB. Each indicator says so in its footnote, which the report prints. Replace
-- them with the real figures (SCB's delivery, the parties' register data) before using the report.

local ILLUSTRATIVE = "Illustrativa värden, inte ur källdokumentet (seed 004 anger inga siffror)."

-- Befolkningens försörjning ------------------------------------------------------------------------

-- SCB:s helårsekvivalenter: people aged 20–64 supported by social benefits (sickness and activity
-- compensation, unemployment benefits, labour-market support, financial assistance …), counted as
-- full-year equivalents. SCB delivers twice a year (see wheel.lua); we store one value per year.
indicator "helarsekv" {
  title = "Antal helårsekvivalenter 20–64 år som försörjs av sociala ersättningar och bidrag (SCB)",
  unit = "persons", direction = "decrease",
  values = { [2023] = 7450, [2024] = 7380, [2025] = 7300 },          -- illustrative
  targets = { [2025] = "lower", [2026] = "lower" },                   -- illustrative
  women = { values = { [2023] = 3900, [2024] = 3860, [2025] = 3800 } },  -- illustrative
  men = { values = { [2023] = 3550, [2024] = 3520, [2025] = 3500 } },    -- illustrative
  footnote = ILLUSTRATIVE,
}

indicator "helarsekv_andel" {
  title = "Helårsekvivalenter som andel av befolkningen 20–64 år (%)",
  unit = "percent", direction = "decrease", decimals = 1,
  values = { [2023] = 9.6, [2024] = 9.4, [2025] = 9.2 },             -- illustrative
  targets = { [2025] = 9.0, [2026] = 8.8 },                           -- illustrative
  tolerance = { percent = 5 },                                        -- illustrative: 9,0–9,45 % is "på väg"
  footnote = ILLUSTRATIVE,
}

-- "Komplettera helårsekvivalenterna med lokala registerdata ... ta fram nuläge för prioriterade
-- målgrupper, 1 gång/år". The seed names no target group; young adults are our example.
indicator "malgrupp_unga" {
  title = "Unga vuxna 18–29 år med ekonomiskt bistånd, prioriterad målgrupp (lokala registerdata)",
  unit = "persons", direction = "decrease",
  values = { [2023] = 820, [2024] = 790, [2025] = 760 },              -- illustrative
  targets = { [2025] = "lower", [2026] = "lower" },                   -- illustrative
  footnote = ILLUSTRATIVE .. " Målgruppen är ett exempel; seed 004 namnger ingen.",
}

-- Samverkansinitiativ ------------------------------------------------------------------------------

-- "Ansvara för uppföljning av de prioriterade initiativen på indikatornivå": one indicator the group
-- could propose for all initiatives.
indicator "initiativ_arbete_studier" {
  title = "Andel deltagare i prioriterade samverkansinitiativ som gått vidare till arbete eller studier (%)",
  unit = "percent", direction = "increase",
  values = { [2024] = 31, [2025] = 34 },                              -- illustrative
  targets = { [2025] = 35, [2026] = 37 },                             -- illustrative
  tolerance = { percent = 5 },                                        -- illustrative: 33,25–35 % is "på väg"
  footnote = ILLUSTRATIVE,
}

indicator "initiativ_antal" {
  title = "Antal samverkansinitiativ som styrelsen beslutat ska antas och verkställas",
  unit = "count",
  values = { [2024] = 4, [2025] = 5 },                                -- illustrative
  footnote = ILLUSTRATIVE,
}
