-- The organisation of the labour-market area after the reorganisation (seed 003): the political bodies
-- that decided the action plan and asked for the status, the new director, the new group of chiefs
-- ("chefgruppen") and the departments named in the text. The organisation chart the text refers to
-- ("se figur nedenfor") is not in the transcript, so departments not named in the text are not here.
-- Mandates are copied from the seed, in Danish.

-- Political bodies ---------------------------------------------------------------------------------

-- The municipal council decided the action plan and the new organisation. styr has no kind for a
-- municipal council; we use "executive_board" (the top decision-making body) and relabel it
-- "kommunalbestyrelse" in init.lua. Økonomiudvalget is then a committee under it.
body "KB" {
  name = "Kommunalbestyrelsen", kind = "executive_board", level = "decision",
  mandate = {
    "Besluttede på mødet den 18. november 2014 en handleplan for arbejdsmarkedsområdet",
    "Besluttede den 24. februar 2015 et oplæg til ny organisering af arbejdsmarkedsområdet",
  },
}

body "ØU" {
  name = "Økonomiudvalget", kind = "committee", level = "decision", reports_to = "KB",
  receives = { "status" },
  mandate = { "Bad om en afrapportering på implementeringen af handleplan og organisationsændringer i efteråret 2015" },
}

-- The committee for the area is not named in the transcript; the seed's list of related documents
-- opens with "Arbejdsmarkedsudvalget BESLUTNINGSPROTOKOL". We add it as the committee the
-- administration serves and that receives the status (our reading).
body "AMU" {
  name = "Arbejdsmarkedsudvalget", kind = "committee", level = "decision", reports_to = "KB",
  receives = { "status" },
  note = "Fagudvalget for arbejdsmarkedsområdet. Ikke nævnt i statusnotatets tekst; ses af de relaterede dokumenter.",
}

-- The citizens' ombudsman gives input on problems in the area and publishes a yearly report. Its
-- reporting line is not in the seed; a Danish borgerrådgiver refers to the municipal council.
role "borgerrådgiver" {
  name = "Borgerrådgiveren", count = 1, reports_to = "KB",   -- no level: outside the line organisation
  mandate = {
    "Giver input til identifikation af de centrale problemstillinger i områdets drift",
    "Udgiver Borgerrådgiverens årsrapport",
  },
}

-- "Kontaktudvalget for syge borgere i Norddjurs Kommune" gave input to the chiefs' analysis. The seed
-- says nothing of its place in the organisation, so it reports to no one here.
body "kontaktudvalget" {
  name = "Kontaktudvalget for syge borgere i Norddjurs Kommune", kind = "committee",
  mandate = { "Giver input til identifikation af de centrale problemstillinger i områdets drift" },
}

-- Administration ------------------------------------------------------------------------------------

role "kommunaldirektør" {
  name = "Kommunaldirektør", count = 1, level = "strategic", reports_to = "ØU",
  mandate = { "Udarbejdede oplægget til ny organisering af arbejdsmarkedsområdet i samarbejde med medarbejderne" },
}

role "direktør" {
  name = "Direktør for arbejdsmarkedsområdet", count = 1, level = "strategic", reports_to = "kommunaldirektør",
  mandate = { "Leder chefgruppen og arbejdsmarkedsområdet" },
  note = "Ny direktør for området ansat pr. 1. april 2015 på baggrund af handleplanen og organisationsændringen.",
}

body "AMF" {
  name = "Arbejdsmarkedsforvaltningen", kind = "administration", level = "operational",
  reports_to = "AMU", via = "direktør",
  note = "Den ændrede organisation er sat i værk pr. 1. juni 2015, herunder en ændret MED- og AMR-struktur, " ..
         "der følger den nye afdelingsstruktur. Nye åbningstider: mandag–onsdag 10–15, torsdag 10–17, " ..
         "fredag 10–12; tiden 8–10 bruges til administrativt arbejde og tværgående mødeaktivitet.",
}

-- The new group of chiefs. The text: "ansat to nye chefer og en souschef til de nye chefstillinger"
-- (chiefs from 1 June, the deputy from 1 August 2015), and the chiefs of Tidlig Indsats and Job og
-- Virksomhed who retire on 31 December 2015. Which departments the two new chiefs lead is not in the
-- text (only in the missing figure). That the deputy chief sits in the group is our reading of "de
-- efterfølgende chefansættelser"; the director chairing it, and the group answering to the director,
-- are our reading too.
group "chefgruppen" {
  name = "Chefgruppen", kind = "management_team", level = "strategic", reports_to = "direktør",
  chair = "direktør",
  members = {
    "direktør",
    "afdelingschef for Tidlig Indsats",
    "afdelingschef for Job og Virksomhed",
    { role = "ny chef (ansat pr. 1. juni 2015)", count = 2 },
    "souschef (ansat pr. 1. august 2015)",
  },
  mandate = {
    "Etablere sig som samlet ledelsesenhed med fastlæggelse af fælles målsætninger og udviklingsmål",
    "Arbejde med implementeringen af handleplanen og organisationsændringerne",
    "Konkretisere de tiltag, der skal ske på handleplanens indsatsområder",
    "Identificere de centrale problemstillinger i områdets drift. Både i den enkelte afdeling og mellem afdelingerne",
    "Fremlægge udviklingstiltag på baggrund af de identificerede problemstillinger",
    "Fastlægge et fælles administrationsgrundlag for kompetenceudviklingen",
    "Definere en ny, klar og entydig rolle for de faglige koordinatorer",
    "Omsætte en stærkere faglig dialog om ny lovgivning og centrale reformer til politisk drøftelse af niveauer og rammer",
    "Fastsætte målsætninger, som skal anvendes til løbende at vise fremdriften i handleplanen",
    "Analysere den tværgående opgavevaretagelse: den administrative servicering af de nye afdelinger, den " ..
      "samlede virksomhedsservice og samarbejdsfladerne mellem afdelingerne Tidlig Indsats og Ressource og Udvikling",
  },
}

-- Departments named in the text ("afdelinger"; the kind "office" is shown as "afdeling").
body "tidlig_indsats" {
  name = "Tidlig Indsats", kind = "office", level = "operational", reports_to = "AMF",
  note = "Afdelingschefen har meddelt ønske om at fratræde på pension pr. 31. december 2015; " ..
         "chefstillingen genopslås snarest muligt.",
}
body "job_og_virksomhed" {
  name = "Job og Virksomhed", kind = "office", level = "operational", reports_to = "AMF",
  note = "Afdelingschefen har meddelt ønske om at fratræde på pension pr. 31. december 2015; " ..
         "chefstillingen genopslås snarest muligt.",
}
body "ressource_og_udvikling" {
  name = "Ressource og Udvikling", kind = "office", level = "operational", reports_to = "AMF",
}
-- "Ungeenheden" moves into new premises on the GD site. The text calls it a unit ("enhed"), not a
-- department; we put it beside the departments.
body "ungeenheden" {
  name = "Ungeenheden", kind = "office", level = "operational", reports_to = "AMF",
  note = "Indflytning i de nye lokaler på GD-grunden forventes omkring 1. februar 2016 (forsinket af " ..
         "lejekontraktforhandlingerne).",
}
-- Citizen service in Ørsted: the text plans new premises for it but does not say which department it
-- belongs to.
body "borgerservice_orsted" {
  name = "Borgerservice i Ørsted", kind = "office", level = "operational", reports_to = "AMF",
  note = "De fysiske rammer er ikke tilfredsstillende (ingen flugtvej, borgerne kan ikke få den nødvendige " ..
         "diskretion); en plan for ændring af de fysiske rammer er under udarbejdelse.",
}

role "faglige koordinatorer" {
  name = "Faglige koordinatorer", level = "operational", reports_to = "chefgruppen",
  supports = { "tidlig_indsats", "job_og_virksomhed", "ressource_og_udvikling" },
  mandate = {
    "Understøtte arbejdet i organisationen",
    "Skabe større sammenhæng i den faglige sparring og en større grad af faglig dialog mellem fagkoordinatorer " ..
      "og rådgivere om faglig retning og lovfortolkning",
  },
  note = "Ny, klar og entydig rolle defineret af chefgruppen, med en klar rollefordeling mellem chefer og faglige " ..
         "koordinatorer; forventes implementeret i løbet af efteråret 2015. Hvilke afdelinger de støtter, er vores " ..
         "læsning (de sagsbehandlende afdelinger nævnt i teksten).",
}
