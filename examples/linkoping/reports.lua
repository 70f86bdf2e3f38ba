-- The follow-up of the committee goals. Seed 000: "Det ska vara samma nyckeltal och samma
-- återrapportering i samtliga nämnder": one report, the same KPIs, to AMN, SON and KS.
report "uppfoljning" {
  title = "Uppföljning av arbetsmarknadsnämndens nämndmål 2019",
  year = 2019,
  -- The plan's own goals (goals.lua); the Kolada comparison has a report of its own.
  goals = { "AMN-1", "AMN-2", "AMN-3", "AMN-4", "AMN-E1", "AMN-E2", "AMN-E3", "AMN-E4", "AMN-V1",
            "AMN-M1", "AMN-M2", "AMN-M3" },
  formats = { "html", "csv" },
  audiences = { "AMN", "SON", "KS" },
  intro = "Nämndindikatorer ur förvaltningens verksamhetsplan 2019 för arbetsmarknadsnämndens verksamhet, " ..
          "med utfall 2017–2018 och målvärden 2019–2020.",
}
