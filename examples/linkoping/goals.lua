-- The committee goals (nämndmål) of seed 002, by perspective, with the municipal goal
-- (kommunövergripande mål) each serves. The document's goal table is flattened text: the grouping of
-- indicators under goals follows the order of the rows; where the text does not show which municipal
-- goal a committee goal belongs to, the comment says what we chose.
-- The målområde "Samhälle" (Trygg och sammanhållen kommun, Ekologiskt hållbar kommun, Attraktiv
-- kommun, Starkt och mångfasetterat näringsliv, Stark röst regionalt, nationellt och internationellt,
-- Goda villkor för ett jämlikt, meningsfullt och hälsosamt liv, Goda välfärdstjänster med hög
-- tillgänglighet) has no committee goal of arbetsmarknadsnämnden in the table, so no goal here.
--
-- Goal status (status_rule, docs/configuration.md): "worst" (the default) where every indicator is a
-- condition of the goal; "weighted" where one indicator is the goal's own measure and the others
-- support it; "majority" where the indicators are equal aspects of a broad goal. The choices are
-- ours, not the plan's.

-- Medborgare
goal "AMN-1" {
  number = 1, perspective = "Medborgare", body = "AMN",
  area = "Medborgare", municipal_goal = "Hög egenförsörjningsgrad",
  title = "Fler deltagare ska efter arbetsmarknadsnämndens insatser övergå från sysselsättning till egen försörjning",
  indicators = { "ej_avslut_arbete_studier", "avslut_arbete_studier", "osa_avslut_arbete_studier" },
  -- The share leaving for work or studies is the goal's own measure; it weighs as much as the two others.
  status_rule = "weighted", weights = { avslut_arbete_studier = 2 },
}
goal "AMN-2" {
  number = 2, perspective = "Medborgare", body = "AMN",
  area = "Medborgare", municipal_goal = "Hög egenförsörjningsgrad",
  title = "Samtliga deltagare ska efter arbetsmarknadsnämndens insatser ha fått redskap för att kunna " ..
          "försörja sig själva",
  indicators = { "placeringar", "hojd_anstallningsbarhet" },
}
goal "AMN-3" {
  number = 3, perspective = "Medborgare", body = "AMN",
  area = "Medborgare", municipal_goal = "Hög egenförsörjningsgrad",
  title = "Antal hushåll i Linköping som uppbär försörjningsstöd ska minska 2019-2022",
  indicators = { "hushall_fsd", "langvarigt_bistand", "barn_langvarigt_bistand" },
  -- Fewer households, and not at the price of more long-term dependency: every indicator must hold.
  status_rule = "worst",
}
-- The table does not print a municipal goal beside goal 4; we place it under "Hög egenförsörjningsgrad"
-- with the three goals before it.
goal "AMN-4" {
  number = 4, perspective = "Medborgare", body = "AMN",
  area = "Medborgare", municipal_goal = "Hög egenförsörjningsgrad",
  title = "Arbetsmarknadsnämnden erbjuder ett professionellt bemötande och verksamheten har en god tillgänglighet",
  indicators = { "brukarenkat_positiva", "vantetid_beslut_fsd", "likvardigt_bemotande" },
  -- Three equal aspects of service (satisfaction, waiting time, equal treatment): the majority decides.
  status_rule = "majority",
}

-- Ekonomi
goal "AMN-E1" {
  perspective = "Ekonomi", body = "AMN", area = "Ekonomi", municipal_goal = "Kostnadseffektiv verksamhet",
  title = "Kostnadseffektiva arbetsmarknadsåtgärder. Arbeta med metoder som ger störst nytta för insatta medel",
  indicators = { "avslut_per_msek" },
}
goal "AMN-E2" {
  perspective = "Ekonomi", body = "AMN", area = "Ekonomi", municipal_goal = "Kostnadseffektiv verksamhet",
  title = "Effektivt lokalutnyttjande. Lokalplanering som leder till kostnadseffektivt nyttjande",
  indicators = { "lokalandel" },
}
goal "AMN-E3" {
  perspective = "Ekonomi", body = "AMN", area = "Ekonomi", municipal_goal = "Kostnadseffektiv verksamhet",
  title = "E-handelstrohet. Inköp ska följa kommunens inköpspolicy och regler",
  indicators = { "ehandelstrohet" },
}
goal "AMN-E4" {
  perspective = "Ekonomi", body = "AMN", area = "Ekonomi", municipal_goal = "Hållbar ekonomi",
  title = "God ekonomisk kontroll. Ekonomi i balans",
  indicators = { "budgetavvikelse" },
}

-- Verksamhet: the table names three municipal goals (Hög servicenivå med ett gott bemötande, Effektiva
-- och hållbara arbetsmetoder, Verksamhet med god utvecklingsförmåga) but no indicators; the activity
-- table gives this perspective one committee goal.
goal "AMN-V1" {
  perspective = "Verksamhet", body = "AMN", area = "Verksamhet",
  municipal_goal = "Verksamhet med god utvecklingsförmåga",
  title = "Förbereda införande av digitala strukturer för projektgenomförande och förbättrad uppföljning",
  note = "Inga nämndindikatorer i verksamhetsplanen; följs upp genom aktiviteterna.",
}

-- Medarbetare: the indicator rows follow the three committee goals; the grouping is ours.
goal "AMN-M1" {
  perspective = "Medarbetare", body = "AMN", area = "Medarbetare", municipal_goal = "Attraktiv arbetsgivare",
  title = "Goda arbetsplatser. Varje medarbetare känner arbetsglädje och stolthet samt har inflytande och " ..
          "möjlighet att utvecklas",
  indicators = { "sjukfranvaro", "heltid", "avi" },
  -- Broad workplace goal with equal aspects: the majority decides.
  status_rule = "majority",
}
goal "AMN-M2" {
  perspective = "Medarbetare", body = "AMN", area = "Medarbetare",
  municipal_goal = "Framgångsrikt chef- och ledarskap",
  title = "Varje chef leder och utvecklar sina verksamheter mot uppsatta mål med mod, engagemang och mänsklighet",
  indicators = { "hme", "chefsomsattning", "chefers_sjukfranvaro" },
}
goal "AMN-M3" {
  perspective = "Medarbetare", body = "AMN", area = "Medarbetare",
  municipal_goal = "God och hållbar kompetensförsörjning",
  title = "Nya vägar för (tryggad) kompetensförsörjning. Utveckling av den digitala medarbetaren, ett " ..
          "ansvarstagande för ett livslångt lärande och ett aktivt arbete med professionsanalyser för rätt " ..
          "använd kompetens skapar nya vägar för kompetensförsörjningen",
  indicators = { "extern_personalomsattning", "mertid_overtid", "balanstal_chefer", "chefer_utomnordisk" },
}
