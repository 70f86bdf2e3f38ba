-- The measurable objectives (målsætninger) of seed 003, section 3 "Fastsættelse af målsætninger for den
-- nye organisation", as indicators. Their cadences (weekly, monthly, half-yearly, yearly) are data
-- events in wheel.lua. The status report (autumn 2015) gives no measured values: each 2015 value is
-- missing("…") with the reason. Directions follow the seed's words ("Nedbringelse", "Øget",
-- "betydeligt færre", "positiv udvikling"); where the seed gives none, the comment says what we chose.
-- Targets: the objectives apply from 2016 (Budget 2016-2019); relative targets ("lower", "higher")
-- say only which way, as the seed does.
-- The scales of the surveys are not given; "index" stands for whatever scale each survey uses.

local NOT_GIVEN = "Opgøres fremover; tal fremgår ikke af statusnotatet"

-- Borgertilfredshed ---------------------------------------------------------------------------------

-- "Månedlige opgørelser af antallet af stadfæstede, ændrede og hjemviste ankesager i Ankestyrelsen".
-- The seed counts all three without saying which way they should go. We read ændrede and hjemviste
-- (decisions the appeal board did not uphold) as better when fewer; upheld decisions get no direction,
-- since their number also grows with the number of appeals.
indicator "ankesager_stadfaestede" {
  title = "Antal stadfæstede ankesager i Ankestyrelsen",
  unit = "count",
  values = { [2015] = missing(NOT_GIVEN) },
}
indicator "ankesager_aendrede" {
  title = "Antal ændrede ankesager i Ankestyrelsen",
  unit = "count", direction = "decrease",
  values = { [2015] = missing(NOT_GIVEN) },
}
indicator "ankesager_hjemviste" {
  title = "Antal hjemviste ankesager i Ankestyrelsen",
  unit = "count", direction = "decrease",
  values = { [2015] = missing(NOT_GIVEN) },
}

indicator "klagesager" {
  title = "Antal klagesager, der må løses med politisk eller direktør-involvering",
  unit = "count", direction = "decrease",
  values = { [2015] = missing(NOT_GIVEN) },
  targets = { [2016] = "lower" },                          -- "Nedbringelse af antallet af klagesager"
}

indicator "borgertilfredshed" {
  title = "Borgertilfredshed (halvårlig borgertilfredshedsundersøgelse)",
  unit = "index", direction = "increase",
  values = { [2015] = missing("Endnu ingen måling; samarbejdsaftale med Epinion forventes indgået") },
  targets = { [2016] = "higher" },                         -- "Udvikling af indsats og service på basis af borgertilfredshedsmålingerne"
}

-- "Herudover skal handleplanen også give sig udslag i ... en positiv udvikling i Borgerrådgiverens
-- årsrapport": a statement, not a number.
indicator "borgerraadgiver" {
  title = "Udviklingen i Borgerrådgiverens årsrapport",
  kind = "text", unit = "text",
  values = { [2015] = missing("Årsrapporten for 2015 foreligger ikke ved statusnotatet") },
  targets = { [2016] = "Positiv udvikling" },
}

-- Hurtigere sagsbehandling ---------------------------------------------------------------------------

indicator "revisionsbemaerkninger" {
  title = "Antal revisionsbemærkninger på arbejdsmarkedsområdet",
  unit = "count", direction = "decrease",
  values = { [2015] = missing(NOT_GIVEN) },
  targets = { [2016] = "lower" },                          -- "betydeligt færre revisionsbemærkninger"
}

indicator "forsorgelsesudgifter" {
  title = "Forsørgelsesudgifter på arbejdsmarkedsområdet",
  unit = "msek", direction = "decrease",
  values = { [2015] = missing("Beløbet fremgår ikke af statusnotatet") },
  targets = { [2016] = "lower", [2017] = "lower", [2018] = "lower", [2019] = "lower" },
  footnote = "Handleplanen forventes at være en forudsætning for nedbringelsen af forsørgelsesudgifterne " ..
             "vedtaget i Budget 2016-2019.",
}

-- Godt arbejdsmiljø ---------------------------------------------------------------------------------

indicator "temperaturmaaling" {
  title = "Medarbejdernes opfattelse af fremdrift i handleplanens implementering (halvårlig temperaturmåling)",
  unit = "index", direction = "increase",
  values = { [2015] = missing("Basismåling 18. september 2015; resultatet vises kun i notatets figur") },
  targets = { [2016] = "higher" },                         -- "Øget medarbejdertilfredshed"
  footnote = "Chefgruppen vurderer fremdriften som tilfredsstillende. Der er tale om en basismåling, der først " ..
             "bliver rigtig interessant sammenlignet med fremtidige resultater.",
}

indicator "trivsel" {
  title = "Medarbejdertrivsel (ugentlig trivselsmåling)",
  unit = "index", direction = "increase",
  values = { [2015] = missing(NOT_GIVEN) },
  targets = { [2016] = "higher" },                         -- "Øget medarbejdertilfredshed"
}

-- Fastlægge en klar og tydelig ledelsesstruktur -------------------------------------------------------

indicator "ledelsesevaluering" {
  title = "Ledelsesevaluering foretaget af medarbejderne (årlig)",
  unit = "index", direction = "increase",
  values = { [2015] = missing(NOT_GIVEN) },
  targets = { [2016] = "higher" },                         -- "Synlig og nærværende ledelse"
}

-- "Den samlede økonomi i organisationsændringen er opgjort til 5,5 mio. kr. der er indarbejdet i
-- Budget 2016-2019." The text does not say whether 5,5 mio. kr. is a yearly or a total amount, nor which
-- year; we store it as the figure of 2015, the year it was calculated, and quote the sentence.
indicator "oekonomi_organisation" {
  title = "Samlet økonomi i organisationsændringen",
  unit = "msek", decimals = 1,
  values = { [2015] = 5.5 },
  notes = { [2015] = "Opgjort i statusnotatet, efteråret 2015" },
  footnote = "Indarbejdet i Budget 2016-2019.",
}

-- Styrke dialogen med omverdenen -----------------------------------------------------------------------

indicator "tilfredshed_samarbejdspartnere" {
  title = "Tilfredshed hos udvalgte samarbejdspartnere, fx faglige organisationer, A-kasser og erhvervsorganisationer (årlig)",
  unit = "index", direction = "increase",
  values = { [2015] = missing(NOT_GIVEN) },
  targets = { [2016] = "higher" },                         -- "Øget tilfredshed hos samarbejdspartnere"
}

indicator "tilfredshed_virksomheder" {
  title = "Tilfredshed hos virksomheder med kontakt til Arbejdsmarkedsforvaltningen (årlig)",
  unit = "index", direction = "increase",
  values = { [2015] = missing(NOT_GIVEN) },
  targets = { [2016] = "higher" },
}
