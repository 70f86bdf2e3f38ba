-- The follow-up of the committee goals. Seed 000: "Det ska vara samma nyckeltal och samma
-- återrapportering i samtliga nämnder": one report, the same KPIs, to AMN, SON and KS.
report "uppfoljning" {
  title = "Uppföljning av arbetsmarknadsnämndens nämndmål 2019",
  year = 2019,
  formats = { "html", "csv" },
  audiences = { "AMN", "SON", "KS" },
  intro = "Nämndindikatorer ur förvaltningens verksamhetsplan 2019 för arbetsmarknadsnämndens verksamhet, " ..
          "med utfall 2017–2018 och målvärden 2019–2020.",
}
