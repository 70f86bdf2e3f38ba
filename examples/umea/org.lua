-- The coordination organisation of seed 004 ("Samverkansorganisationen har tre nivåer, en beslutande,
-- en strategisk och en operativ"):
--   beslutande nivå: Samordningsförbundets styrelse
--   strategisk nivå: Strategiska samverkansgruppen (with its arbetsutskott) and Analysgruppen
--   operativ nivå:   the steering groups of the coordinated processes ("styrgrupper i två- och
--                    fyrpartsamverkan")
-- Mandates are copied from the seed, in Swedish; list items keep the seed's wording.
--
-- The principal parties (huvudmän / samverkansparter) are not named in the seed. Under the law it
-- cites (lagen om finansiell samordning av rehabiliteringsinsatser, 2003:1210) they are Försäkringskassan,
-- Arbetsförmedlingen, the region and the municipality; for Umeå that is Region Västerbotten and Umeå
-- kommun. We name them only where the illustrative steering groups need them, not as bodies: the seed
-- describes the coordination organisation, not the parties' own organisations.

-- Beslutande nivå ---------------------------------------------------------------------------------

body "styrelsen" {
  name = "Samordningsförbundets styrelse", kind = "association_board", level = "decision",
  seats = { members = 9, deputies = 9 },          -- "9 ledamöter och 9 ersättare"
  appointed_by = "respektive huvudman",           -- "som är utsedda av respektive huvudman"
  -- Illustrative: the seed does not mention a chair. A finsam board has an ordförande and a vice
  -- ordförande among its members; the other seven members are ledamöter.
  chair = "ordförande", vice_chair = "vice ordförande",
  members = { "ordförande", "vice ordförande", { role = "ledamot", count = 7 } },
  deputies = { { role = "ersättare", count = 9 } },
  receives = { "uppfoljning" },
  mandate = {
    -- "Att arbeta utifrån 7 § i finsamlagen, det vill säga:"
    "besluta om mål och riktlinjer för den finansiella samordningen",
    "stödja samverkan mellan samverkansparterna",
    "finansiera sådana insatser som avses i 2 § och som ligger inom de samverkande parternas samlade ansvarsområde",
    "besluta på vilket sätt de medel som står till förfogande för finansiell samordning skall användas",
    "svara för uppföljning och utvärdering av rehabiliteringsinsatserna",
    "upprätta budget och årsredovisning för den finansiella samordningen",
    -- "beslutade" [sic] as in the seed.
    "Vara högst beslutade organ för de delar av denna överenskommelse som eventuellt kan bedömas ligga " ..
      "utanför Samordningsförbundets uppdrag samt att följa upp dessa",
    -- From the introduction: the analysis group's proposals "som sedan styrelsen och strategiska
    -- samverkansgruppen prioriterar och viktat. Styrelsen beslutar slutligen om vilka
    -- samverkansinitiativ som ska antas och verkställas."
    "Prioritera och vikta analysgruppens förslag på samverkansinitiativ, tillsammans med strategiska samverkansgruppen",
    "Besluta slutligen om vilka samverkansinitiativ som ska antas och verkställas",
  },
  note = "Styrelsens arbete utgår från lagen om finansiell samordning av rehabiliteringsinsatser (2003:1210).",
}

-- Samordningsförbundets kansli --------------------------------------------------------------------
-- The seed places the office outside the three levels (it is the association's own staff, not part of
-- the "samverkansorganisation"), so the office and its roles have no level: the chart draws them
-- beside the three bands.

body "kansli" {
  name = "Samordningsförbundets kansli", kind = "office", reports_to = "styrelsen",
  members = {
    "förbundschef",
    "biträdande förbundschef",
    { role = "administratör", appointed_by = "Samordningsförbundet" },   -- "anställd av förbundet"
    { role = "ekonomistöd", appointed_by = "Umeå kommun" },              -- "enligt avtal med Umeå kommun"
  },
  mandate = { "Leda och koordinera Samordningsförbundets arbete" },
}

role "förbundschef" {
  name = "Förbundschef", count = 1, reports_to = "styrelsen",
  mandate = {
    "Leda och koordinera Samordningsförbundets arbete",
    "Leda förbundets arbete enligt den verksamhetsplan och budget som styrelsen beslutat om",
  },
  note = "Sitter i strategiska samverkansgruppens arbetsutskott.",
}

role "biträdande förbundschef" {
  name = "Biträdande förbundschef", count = 1, reports_to = "förbundschef",
  mandate = { "Till stöd för förbundschefens arbete", "Ansvarar för delar av det operativa arbetet" },
}

role "administratör" {
  name = "Administratör", count = 1, reports_to = "förbundschef", appointed_by = "Samordningsförbundet",
  note = "Anställd av förbundet.",
}

role "ekonomistöd" {
  name = "Ekonomistöd", reports_to = "förbundschef", appointed_by = "Umeå kommun",
  note = "Ekonomistöd enligt avtal med Umeå kommun.",
}

-- Strategisk nivå ---------------------------------------------------------------------------------

-- The seed does not say whom the strategic group reports to. It is a forum of the parties' managers
-- that prioritises together with the board and carries out the board's agreement, so we draw its line
-- to the board.
group "ssg" {
  name = "Strategiska samverkansgruppen", kind = "strategic_group", level = "strategic",
  reports_to = "styrelsen",
  appointed_by = "respektive organisation",       -- "Varje organisation utser själva vem som ska representera dem"
  -- "består av chefer på verksamhetsledningsnivå"; the seed gives no number per organisation.
  members = { { role = "chef på verksamhetsledningsnivå", appointed_by = "respektive organisation" } },
  receives = { "uppfoljning" },
  mandate = {
    -- "Den strategiska samverkansgruppens viktigaste uppgifter är att ..."
    "På ett övergripande sätt följa upp, analysera och kritiskt granska den samordnade verksamheten",
    -- "Gruppens uppgifter sammanfattas enligt nedan:"
    "Bidra till framtagande, prioritering och förädling av samverkansinitiativ",
    "Bidra till att säkerställa att samverkansinitiativ överensstämmer med lokala utmaningar",
    "Säkerställa att information om beslutad överenskommelse/verksamhetsplan är känd, förankrad och legitim i hemorganisationen",
    "Fördelar uppdrag till arbetsgrupper utifrån samverkansinitiativ",
    "Säkerställa resurssättning till beslutad överenskommelse/verksamhetsplan",
    "Följa upp och stämma av att beslutade samverkansinitiativ genomförs",
    -- From the introduction.
    "Prioritera och vikta analysgruppens förslag på samverkansinitiativ, tillsammans med styrelsen",
  },
  note = "Ett viktigt forum för dialog mellan de olika organisationerna gällande arbetslivsinriktad " ..
         "rehabilitering och arbetsmarknadsfrågor. Genom att kommunicera tillbaka arbetet in i den egna " ..
         "organisationen skapar gruppen legitimitet för den samordnade verksamheten.",
}

group "ssg_au" {
  name = "Strategiska samverkansgruppens arbetsutskott", kind = "working_committee", level = "strategic",
  reports_to = "ssg",
  seats = { members = 3 },
  -- "Arbetsutskottet består av Förbundschef och två tjänstepersoner från den strategiska nivån."
  members = { "förbundschef", { role = "tjänsteperson från den strategiska nivån", count = 2 } },
  mandate = {
    "Säkerställa framdrift av samverkansfrågorna",
    "Att utifrån beslutat årshjul förbereda strategiska gruppens sammanträden",
  },
}

-- The seed does not say whom the analysis group reports to: its proposals go to the board and the
-- strategic group, which prioritise them. We draw its line to the strategic group, on the same level.
group "analysgruppen" {
  name = "Analysgruppen", kind = "analysis_group", level = "strategic", reports_to = "ssg",
  appointed_by = "de samverkande parterna",
  members = { { role = "representant", appointed_by = "de samverkande parterna" } },
  receives = { "uppfoljning" },
  mandate = {
    "Sammanställa och analysera SCB:s helårsekvivalenter två gånger/år",
    "Komplettera helårsekvivalenterna med lokala registerdata som analyseras och på så sätt ta fram nuläge " ..
      "för prioriterade målgrupper, 1 gång/år",
    "Bevaka och säkerställa att omvärldsfaktorer, såsom förändrade uppdrag, förändringar i lagstiftning m.m. " ..
      "ingår i analysunderlagen",
    "Komplettera analysen med beskrivningar av bristyrken 1 gång/år",
    "Identifiera och föreslå samverkansinitiativ samt avveckling av initiativ",
    "Identifiera indikatorer och föreslå mål för initiativen",
    "Ansvara för uppföljning av de prioriterade initiativen på indikatornivå",
    "Bidra till värdering av insatser (Det huvudsakliga ansvaret för värdering av insatser åligger " ..
      "beslutsfattare och chefer)",
    -- From the introduction: "gruppen under våren lämnar förslag på samverkansinitiativ".
    "Under våren lämna förslag på samverkansinitiativ",
  },
  note = "Etablerad för att säkerställa en god lokal analysförmåga som sträcker sig över parternas respektive " ..
         "uppdrag. Parterna presenterar relevant statistik i analysgruppen och sedan görs en gemensam analys.",
}

-- Operativ nivå -----------------------------------------------------------------------------------
-- "Varje operativ samverkansprocess/plattform har en ansvarig styrgrupp." The seed names no process,
-- so the two steering groups below are ILLUSTRATIVE: one for a process in four-party coordination and
-- one in two-party coordination ("styrgrupper i två- och fyrpartsamverkan"). Which parties sit in the
-- two-party group is our choice. Their responsibilities are the seed's, the same for every group.

local STYRGRUPPERNAS_ANSVAR = {
  "Ska säkerställa att samverkansprocesserna bedrivs enligt de styrdokument som beslut om processerna baserats på",
  "Ska följa upp samverkansprocessernas mål",
  "Ska säkerställa att det i de berörda verksamheterna finns personal med den utbildning och kompetens som " ..
    "krävs för att fullgöra uppdraget",
  "Ska säkerställa att personalen som arbetar i processerna erhåller sådan fortbildning och verksamhetsinformation " ..
    "som är av vikt för att upprätthålla kvalitet och utveckling",
  "Ska säkerställa att gällande lagar, förordningar, föreskrifter och egna riktlinjer, som på något sätt berör " ..
    "att överenskommelsens uppdrag följs",
  "Ska vid behov initiera särskilda utvärderingsinsatser",
  "Ska informera den strategiska samverkansgruppen om läget samt förändringar i samverkansprocessen och " ..
    "arbetssätt, som direkt kommer att påverka samverkan",
  "Som medlem i styrgruppen representerar man hela sin organisation och har ett ansvar att kommunicera beslut " ..
    "som tagits i styrgruppen till berörda i sin hemorganisation",
}

local CHEF = "chef med personal- och arbetsmiljöansvar"   -- "chefer med personal- och arbetsmiljöansvar"

-- One operational steering group: it reports to the strategic group it must keep informed.
local function styrgrupp(id, name, parties)
  local members = {}
  for i, party in ipairs(parties) do members[i] = { role = CHEF, appointed_by = party } end
  group(id) {
    name = name, kind = "steering_group", level = "operational", reports_to = "ssg",
    members = members,
    mandate = STYRGRUPPERNAS_ANSVAR,
    note = "Illustrativ: seed 004 namnger inga processer. Styrgruppen har operativt ledningsansvar för den " ..
           "samordnade processen; dess medlemmar har personal- och arbetsmiljöansvar för medarbetarna i samverkan.",
  }
end

styrgrupp("styrgrupp_fyrpart", "Styrgrupp fyrpartssamverkan (exempel)",
          { "Försäkringskassan", "Arbetsförmedlingen", "Region Västerbotten", "Umeå kommun" })
styrgrupp("styrgrupp_tvapart", "Styrgrupp tvåpartssamverkan (exempel)",
          { "Arbetsförmedlingen", "Umeå kommun" })
