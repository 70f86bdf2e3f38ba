-- The analysis group's follow-up "på indikatornivå", to the board and the strategic group, which
-- prioritise the initiatives it proposes in spring (seed 004). The wheel (wheel.lua) says when it is due.
-- The year is the last whole year: in spring 2026 the group reports on 2025. Rendered once for each
-- receiver (uppfoljning-styrelsen.html, uppfoljning-ssg.html) with the same indicators.
report "uppfoljning" {
  title = "Analysgruppens uppföljning på indikatornivå 2025",
  year = 2025,
  formats = { "html", "xlsx", "csv", "json", "md" },
  audiences = { "styrelsen", "ssg" },
  intro = "Underlag till styrelsen och strategiska samverkansgruppen inför prioriteringen av samverkansinitiativ. " ..
          "OBS: målen och siffrorna är illustrativa; källdokumentet (bilaga 2, organisering av samverkan) " ..
          "anger inga mål eller värden.",
  -- Texts are Markdown; {…} are filled from the store (docs/configuration.md, "Report layouts").
  layout = {
    heading "Till {audience}",
    text [[
Analysgruppen sammanställer och analyserar SCB:s helårsekvivalenter två gånger per år och
kompletterar dem med lokala registerdata om de prioriterade målgrupperna en gång per år.
{year} försörjdes {helarsekv.2025} personer (helårsekvivalenter 20–64 år) av sociala ersättningar
och bidrag, {helarsekv_andel.2025} procent av befolkningen; målvärdet för andelen var
{helarsekv_andel.target.2025} procent. *Siffrorna är illustrativa.*]],
    chart { kind = "status" },
    goal_table { perspective = "Befolkningens försörjning" },
    chart { kind = "gender", indicator = "helarsekv" },
    goal_table { perspective = "Samverkansinitiativ", charts = false },
    chart { kind = "line", indicator = "initiativ_arbete_studier" },
    indicator_table { caption = "Prioriterad målgrupp (lokala registerdata)", indicators = { "malgrupp_unga" } },
    analyses { period = 2025 },
    activity_list { caption = "Analysgruppens uppdrag" },
    -- The strategic group prioritises; the board decides. Each receiver gets the line that is its own.
    text { audiences = { "ssg" }, [[
Strategiska samverkansgruppen ombeds prioritera bland de föreslagna initiativen inför styrelsens beslut.]] },
    text { audiences = { "styrelsen" }, [[
Styrelsen ombeds besluta vilka samverkansinitiativ som ska antas och verkställas.]] },
    footnotes {},
  },
}

-- The analysis group's recurring tasks (seed 004, "Analysgruppen"), as activities under the goals
-- they serve. The due dates are ours (illustrative), matching the wheel.
activity { goal = "F-1", owner = "analysgruppen", due = "2026-03-15",
           title = "Sammanställa och analysera SCB:s helårsekvivalenter (vårens leverans)" }
activity { goal = "F-2", owner = "analysgruppen", due = "2026-03-31",
           title = "Komplettera helårsekvivalenterna med lokala registerdata och ta fram nuläge för prioriterade målgrupper" }
activity { goal = "S-1", owner = "analysgruppen", due = "2026-04-15",
           title = "Identifiera indikatorer och föreslå mål för initiativen" }
activity { goal = "S-1", owner = "analysgruppen", done = true, due = "2025-12-15",
           title = "Ansvara för uppföljning av de prioriterade initiativen på indikatornivå (2025)" }

-- The analysis group's texts on 2025 (illustrative, like the figures they discuss).
analysis { indicator = "helarsekv", period = 2025, by = "Analysgruppen", file = "analys/helarsekv-2025.md" }
analysis {
  indicator = "initiativ_arbete_studier", period = 2025, by = "Analysgruppen",
  text = [[
Andelen deltagare som gått vidare till arbete eller studier steg från 31 till 34 procent men nådde
inte målvärdet 35 procent. *Illustrativ analys.*]],
}
