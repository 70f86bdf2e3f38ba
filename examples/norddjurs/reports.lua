-- The status of the action plan ("afrapportering"), asked for by Økonomiudvalget in the autumn of 2015;
-- we send it to the labour-market committee too (see org.lua). Year 2015: the status report's year.
-- Rendered once per receiver (status-ØU.html, status-AMU.html) with the same objectives.
report "status" {
  title = "Status for implementering af handleplanen på arbejdsmarkedsområdet",
  year = 2015,
  formats = { "html", "xlsx", "csv", "json", "md" },
  audiences = { "ØU", "AMU" },
  intro = "Kommunalbestyrelsen besluttede den 18. november 2014 en handleplan for arbejdsmarkedsområdet med " ..
          "fem indsatsområder og den 24. februar 2015 en ny organisering af området. Målsætningerne nedenfor " ..
          "skal løbende vise fremdriften i handleplanen; de fleste måles første gang efter statusnotatet.",
  -- Texts are Markdown; {…} are filled from the store (docs/configuration.md, "Report layouts").
  layout = {
    heading "Til {audience}",
    text [[
Statusnotatet beskriver implementeringen af handleplanen. Målsætningerne er fastsat for den nye
organisation og opgøres ugentligt, månedligt, halvårligt eller årligt; ved statusnotatet foreligger
endnu ingen målinger (fx borgertilfredshed: {borgertilfredshed.2015}).]],
    chart { kind = "status" },
    goal_table {},
    indicator_table { caption = "Ankesager i Ankestyrelsen (månedlig opgørelse)",
                      indicators = { "ankesager_stadfaestede", "ankesager_aendrede", "ankesager_hjemviste" } },
    activity_list { caption = "Tiltag der er forsinkede eller i gang", state = { "overdue", "open" } },
    analyses { period = 2015 },
    text { audiences = { "ØU" }, [[
Økonomiudvalget bad i efteråret 2015 om en status for implementeringen af handleplanen.]] },
    footnotes {},
  },
}

-- The status note's own words on the measurements (seed 003), as the analysis of 2015.
analysis { indicator = "temperaturmaaling", period = 2015, by = "Chefgruppen", file = "analyse/temperaturmaaling-2015.md" }
analysis {
  indicator = "borgertilfredshed", period = 2015, by = "Chefgruppen",
  text = [[
Halvårlige borgertilfredshedsundersøgelser. Det forventes, at der indgås samarbejdsaftale med Epinion
om undersøgelserne; derfor foreligger der endnu ingen måling.]],
}
