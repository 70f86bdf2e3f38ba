-- Linköping: the labour-market committee's operational plan 2019 (seed 002), the organisation of the
-- "500-uppdraget" (seed 000) and its annual wheel, and, as an illustration, the working groups of a
-- Swedish labour-market administration (seed 001). Run:  styr report uppfoljning --config examples/linkoping
municipality {
  code = "0580", name = "Linköpings kommun", country = "SE", language = "sv",
  -- The four perspectives of the plan's goal table, in the document's order.
  perspectives = { "Medborgare", "Ekonomi", "Verksamhet", "Medarbetare" },
  -- The indicators' definitions (unit, direction, formula) hold for the mandate period 2019-2022:
  -- changing one needs a decision, listed on the indicator as decisions = { { ref =, date =, change = } }.
  definition_lock = { from = "2019-01-01", to = "2022-12-31" },
}

-- The organisation of the 500-uppdraget (seed 000, "Organisation 500-uppdraget", mars 2019):
-- 500 extra labour-market placements within the municipal group, run as a project.

-- Political bodies. Seed 000: "Hela satsningen ska återrapporteras till social och omsorgsnämnden,
-- arbetsmarknadsnämnden samt KS ... Ansvarig nämnd är arbetsmarknadsnämnden."
body "KS"  { name = "Kommunstyrelsen", kind = "executive_board", level = "decision" }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision", reports_to = "KS",
             note = "Ansvarig nämnd för 500-uppdraget; egen nämnd sedan 2019 (seed 002)." }

indicator "ej_avslut_arbete_studier" {
  title = "Antal deltagare i arbetsmarknadsnämndens insatser som varken avslutas till arbete eller utbildning",
  unit = "persons", direction = "decrease",
  base = { year = 2018, value = 299 },               -- "Basvärde 2018 = 299 personer"
  values = { [2017] = missing("-"), [2018] = 299 },
  targets = { [2019] = "lower", [2020] = "lower" },  -- "ska minska varje år"
}

indicator "avslut_arbete_studier" {
  title = "Antal deltagare inskrivna i arbetsmarknadsnämndens verksamheter som avslutas till arbete " ..
          "(både subventionerade och osubventionerade anställningar) eller studier",
  unit = "persons", direction = "increase",
  base = { year = 2018, value = 182 },
  values = { [2017] = missing("-"), [2018] = 182 },
  targets = { [2019] = "higher", [2020] = "higher" },
}
goal "AMN-1" {
  number = 1, perspective = "Medborgare", body = "AMN",
  area = "Medborgare", municipal_goal = "Hög egenförsörjningsgrad",
  title = "Fler deltagare ska efter arbetsmarknadsnämndens insatser övergå från sysselsättning till egen försörjning",
  indicators = { "ej_avslut_arbete_studier", "avslut_arbete_studier" },
  status_rule = "weighted", weights = { avslut_arbete_studier = 2 },
}
