-- The follow-up of the committee goals. Seed 000: "Det ska vara samma nyckeltal och samma
-- återrapportering i samtliga nämnder": one report, the same KPIs, rendered once for each of AMN,
-- SON and KS (uppfoljning-AMN.html, -SON, -KS). Only the addressee line and the closing paragraph
-- differ; every table, chart and number is the same in all three.
report "uppfoljning" {
  title = "Uppföljning av arbetsmarknadsnämndens nämndmål 2019",
  year = 2019,
  -- The plan's own goals (goals.lua); the Kolada comparison has a report of its own.
  goals = { "AMN-1", "AMN-2", "AMN-3", "AMN-4", "AMN-E1", "AMN-E2", "AMN-E3", "AMN-E4", "AMN-V1",
            "AMN-M1", "AMN-M2", "AMN-M3" },
  formats = { "html", "xlsx", "csv", "json", "md" },
  audiences = { "AMN", "SON", "KS" },
  intro = "Nämndindikatorer ur förvaltningens verksamhetsplan 2019 för arbetsmarknadsnämndens verksamhet, " ..
          "med utfall 2017–2018 och målvärden 2019–2020.",
  -- The layout (docs/configuration.md, "Report layouts"). Texts are Markdown; {…} are filled from the
  -- store. The texts are ours (illustrative), written from the plan's own figures.
  layout = {
    heading "Till {audience}",
    text [[
Uppföljningen redovisar arbetsmarknadsnämndens nämndmål enligt verksamhetsplanen 2019. Hela
500-uppdraget återrapporteras till arbetsmarknadsnämnden, social- och omsorgsnämnden och
kommunstyrelsen med **samma nyckeltal**; ansvarig nämnd är arbetsmarknadsnämnden.

Antalet hushåll med försörjningsstöd var i snitt {hushall_fsd.2018} per månad 2018 mot
{hushall_fsd.2017} år 2017; målvärdet för 2019 är {hushall_fsd.target.2019}.]],
    chart { kind = "status" },
    goal_table { perspective = "Medborgare" },
    chart { kind = "line", indicator = "hushall_fsd", caption = "Hushåll med försörjningsstöd, utfall och målvärden." },
    goal_table { perspective = "Ekonomi" },
    goal_table { perspective = "Verksamhet" },
    goal_table { perspective = "Medarbetare", charts = false },
    chart { kind = "gender", indicator = "sjukfranvaro" },
    heading "Nyckeltal för 500-uppdraget",
    indicator_table { caption = "Deltagare och placeringar", indicators = { "placeringar", "avslut_arbete_studier",
                                                                             "ej_avslut_arbete_studier" } },
    activity_list { caption = "Försenade och pågående aktiviteter", state = { "overdue", "open" } },
    analyses { period = 2018 },
    text { audiences = { "KS" }, [[
Kommunstyrelsen tar emot uppföljningen som en del av återrapporteringen av 500-uppdraget
(KS 2018-510).]] },
    text { audiences = { "AMN", "SON" }, [[
Uppföljningen behandlas inom ramen för ordinarie nämndprocess; frågor om underlaget ställs till
utbildningsförvaltningen.]] },
    footnotes {},
  },
}

-- The analyses of 2018's outcomes: one typed in here, one in a Markdown file beside the
-- configuration. Illustrative: the plan has no analysis text; these only restate its figures.
analysis {
  indicator = "hushall_fsd", period = 2018, by = "Utbildningsförvaltningen",
  text = [[
Antalet hushåll med försörjningsstöd **ökade** från 2 996 till 3 130 i snitt per månad.
Målvärdet 2 800 för 2019 kräver en minskning med drygt 10 procent.]],
}
analysis { indicator = "sjukfranvaro", period = 2018, by = "Utbildningsförvaltningen", file = "analys/sjukfranvaro-2018.md" }
