-- The development measures (udviklingstiltag) of seed 003 as activities, with the dates the text gives.
-- done = true only where the text says it has happened (status in the autumn of 2015). Which goal each
-- measure serves is our reading. Where the text gives a season, we write its last day: "efteråret 2015"
-- 2015-12-31, "de første måneder af 2016" 2016-03-31, "foråret 2016" 2016-05-31. Measures "fra 2016"
-- without an end have no due date.

-- 1. Implementering af ny organisation
activity { goal = "organisation", owner = "kommunaldirektør", due = "2015-04-01", done = true, title = "Ansættelse af ny direktør for området pr. 1. april 2015" }
activity { goal = "organisation", owner = "direktør", due = "2015-06-01", done = true, title = "Besættelse af de to nye chefstillinger pr. 1. juni 2015" }
activity { goal = "organisation", owner = "direktør", due = "2015-08-01", done = true, title = "Besættelse af souschefstillingen pr. 1. august 2015" }
activity { goal = "organisation", owner = "AMF", due = "2015-06-01", done = true, title = "Den ændrede organisation sat i værk, herunder en ændret MED- og AMR-struktur, der følger den nye afdelingsstruktur" }
activity { goal = "organisation", owner = "AMF", due = "2015-11-01", title = "Besættelse af de med organisationsændringen ny-normerede medarbejderstillinger (vanskeligt at rekruttere socialrådgivere)" }
activity { goal = "organisation", owner = "AMF", due = "2015-09-30", done = true, title = "Lokalerokade på rådhuset i Grenaa, der skal understøtte den nye organisationsstruktur" }
activity { goal = "organisation", owner = "ungeenheden", due = "2016-02-01", title = "Indflytning af Ungeenheden i de nye lokaler på GD-grunden" }
activity { goal = "organisation", owner = "direktør", due = "2015-12-31", title = "Genopslag af chefstillingerne for Tidlig Indsats og Job og Virksomhed (fratrædelse pr. 31. december 2015)" }
activity { goal = "organisation", owner = "chefgruppen", due = "2016-05-31", title = "Analyse af den tværgående opgavevaretagelse: den administrative servicering af de nye afdelinger, den samlede virksomhedsservice og samarbejdsfladerne mellem Tidlig Indsats og Ressource og Udvikling" }
activity { goal = "organisation", owner = "chefgruppen", title = "Udvikling af afdelingsbudgetter og af spillereglerne mellem afdelingerne for anvendelsen af afdelingsbudgetterne (fra 2016)" }

-- 2. Udvikling af arbejdsmarkedsområdet: aim a (selvstændighed og ansvar hos sagsbehandleren)
activity { goal = "a", owner = "chefgruppen", due = "2015-12-31", title = "Kompetenceudviklingsprogram, del a: fælles grundlæggende kompetenceudvikling i retssikkerhed, forvaltningsret og offentlighedslovgivning for alle medarbejdere (start november 2015)" }
activity { goal = "a", owner = "chefgruppen", due = "2015-12-31", title = "Kompetenceudviklingsprogram, del b: specifik kompetenceudvikling i den faglovgivning de enkelte afdelinger arbejder med" }
activity { goal = "a", owner = "chefgruppen", due = "2015-12-31", title = "Ny, klar og entydig rolle for de faglige koordinatorer implementeres" }

-- Aim b (effektive og kortere arbejdsgange)
activity { goal = "b", owner = "chefgruppen", due = "2016-03-31", title = "Gennemgang og udvikling af arbejdsgangene i alle afdelinger" }
activity { goal = "b", owner = "AMF", due = "2015-08-01", done = true, title = "Ny samarbejdsaftale med speciallæger: samling af den lægelige sparring hos Enhed for Klinisk Socialmedicin og Rehabilitering i Region Midt" }
activity { goal = "b", owner = "AMF", due = "2015-09-01", done = true, title = "Ny samarbejdsaftale med Quick Care om fysioterapeutiske udredninger" }
activity { goal = "b", owner = "AMF", due = "2015-12-31", title = "Evaluering af de ændrede åbningstider" }
activity { goal = "b", owner = "chefgruppen", title = "Udvikling af områdets indsatser: se kritisk på hvilke indsatser der virker og hvilke ikke (fra 2016)" }

-- Borgertilfredshed
activity { goal = "borgertilfredshed", owner = "AMF", title = "Samarbejdsaftale med Epinion om halvårlige borgertilfredshedsundersøgelser" }
activity { goal = "borgertilfredshed", owner = "borgerservice_orsted", title = "Plan for ændring af de fysiske rammer for borgerservice i Ørsted (flugtvej, diskretion)" }
activity { goal = "borgertilfredshed", owner = "chefgruppen", title = "Udvikling af indsats og service på basis af borgertilfredshedsmålingerne (fra 2016)" }

-- Aim c (arbejdsglæde) and Øget medarbejdertilfredshed
activity { goal = "medarbejdertilfredshed", owner = "chefgruppen", due = "2015-09-18", done = true, title = "Fællesdag for alle medarbejdere på arbejdsmarkedsområdet med den første halvårlige temperaturmåling" }
activity { goal = "c", owner = "AMF", title = "APV-vurderinger af alle arbejdspladser efter lokalerokaderne" }
activity { goal = "c", owner = "chefgruppen", title = "Den gode kollegiale kultur: hvordan ledelse og medarbejdere bedst understøtter hinanden på tværs af afdelingerne (fra 2016)" }

-- Synlig og nærværende ledelse. The seed writes "stryringssamarbejdet"; we correct the typo.
activity { goal = "ledelse", owner = "chefgruppen", title = "Ledelsesudvikling: udvikling af ledelses- og styringssamarbejdet internt i chefgruppen og på tværs af afdelingerne (fra 2016)" }
