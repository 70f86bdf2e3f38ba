-- The organisation of the 500-uppdraget (seed 000, "Organisation 500-uppdraget", mars 2019):
-- 500 extra labour-market placements within the municipal group, run as a project.

-- Political bodies. Seed 000: "Hela satsningen ska återrapporteras till social och omsorgsnämnden,
-- arbetsmarknadsnämnden samt KS ... Ansvarig nämnd är arbetsmarknadsnämnden."
body "KS"  { name = "Kommunstyrelsen", kind = "executive_board", level = "decision" }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision", reports_to = "KS",
             note = "Ansvarig nämnd för 500-uppdraget; egen nämnd sedan 2019 (seed 002)." }
body "SON" { name = "Social- och omsorgsnämnden", kind = "committee", level = "decision", reports_to = "KS" }

-- Administrations serving the committees (seed 002: "Utbildningsförvaltningen och social- och
-- omsorgsförvaltningen har i uppdrag att bereda och verkställa de beslut som arbetsmarknadsnämnden fattar").
body "UF"  { name = "Utbildningsförvaltningen", kind = "administration", level = "operational", reports_to = "AMN" }
body "SOF" { name = "Social- och omsorgsförvaltningen", kind = "administration", level = "operational", reports_to = "SON" }

-- The municipal management team under which 500-gruppen was formed ("bildats under KLG").
body "KLG" { name = "Kommunledningsgruppen", kind = "management_team", level = "strategic", reports_to = "KS",
             note = "Kommundirektörens ledningsgrupp. Illustrativ: seed 000 nämner KLG men inte dess medlemmar." }

-- The director of education was given the assignment by KS and reports 500-gruppen's work to KS.
role "utbildningsdirektör" {
  name = "Utbildningsdirektör", level = "strategic", reports_to = "KS",
  mandate = { "Genomföra satsningen på 500 arbetsmarknadsinriktade platser (uppdrag från KS, KS 2018-510)" },
}

group "500-gruppen" {
  name = "500-gruppen", kind = "steering_group", level = "strategic",
  reports_to = "KS", via = "utbildningsdirektör",
  chair = "utbildningsdirektör",
  members = {
    "utbildningsdirektör", "HR-direktör", "social- och omsorgsdirektör", "utförardirektör",
    "kultur- och fritidsdirektör", "samhällsbyggnadsdirektör",
  },
  adjunct = { "projektledare" },   -- "Projektledaren deltar adjungerande på möten"
  mandate = {
    "Tolka och omsätta KS beslutet i verkställighet",
    "Säkerställa att satsningen ligger i linje med KS beslut och nämndens/förvaltningens övergripande mål",
    "Ta fram och fastställa uppdrag på tjänstemannanivå",
    "Bedöma och godkänna resultat och besluta om förslag om ändringar inom ramen för satsningen",
    "Ansvarar för effektmål och uppföljning av satsningen gentemot respektive nämnd",
    "Samordnar och tilldelar erforderliga resurser för att genomföra satsningen",
    "Ansvara för att satsningen kopplas ihop med ordinarie styrning, uppföljning och linjearbete och " ..
      "nödvändiga gränssnitt på respektive förvaltning",
  },
  note = "Bildad under KLG. Återrapporterar löpande via utbildningsdirektören till kommunstyrelsen.",
}

-- The operational working group. Seed 000 calls it "en operativ arbetsgrupp"; the introduction also
-- speaks of an "operativ ledningsgrupp": we read both as this one group.
group "arbetsgruppen" {
  name = "Operativ arbetsgrupp 500-uppdraget", kind = "working_group", level = "operational",
  reports_to = "utbildningsdirektör", via = "avdelningschef arbetsmarknad och integration",
  chair = "avdelningschef arbetsmarknad och integration",
  members = {
    { role = "arbetsrättslig sakkunnig", appointed_by = "HR-direktör" },
    { role = "ekonomisk ansvarig", appointed_by = "kommundirektör" },
    { role = "kommunikatör", appointed_by = "kommunikationsdirektör" },
    "avdelningschef försörjningsstöd",
    "avdelningschef arbetsmarknad och integration",
    "enhetschef Centrum för vuxenutbildning",
    "affärsområdeschef idrott och service",
    "processledare",                -- "Processtöd i form av en processledare"
  },
  mandate = { "Hantera flöden och processer mellan förvaltningarna i praktiskt arbete" },
  note = "Återrapporterar löpande via avdelningschefen för arbetsmarknad och integration till utbildningsdirektören.",
}

role "projektledare" {
  name = "Projektledare", appointed_by = "utbildningsdirektör", count = 1, level = "strategic",
  supports = { "500-gruppen", "arbetsgruppen" },
  mandate = {
    "På uppdrag av 500gruppen styra och strategiskt utveckla utförandet av uppdraget",
    "Kalla till styrgruppsmöten tillsammans med utbildningsdirektören planera, genomföra och dokumentera dessa",
    "Planerar och organiserar uppdraget",
    "Se till att målen uppnås",
  },
}

role "projektsamordnare" {
  name = "Projektsamordnare", count = 2, level = "operational",
  appointed_by = "avdelningschef arbetsmarknad och integration",
  supports = { "500-gruppen", "arbetsgruppen" },
  mandate = {
    "Kalla till arbetsgruppsmöten tillsammans med avdelningschefen för arbetsmarknad och integration " ..
      "planera, genomföra och dokumentera dessa",
    "Planerar och följer upp aktiviteter, beräknar tidsåtgång, kostnader för satsningen",
    "Följer upp aktiviteter, tidsåtgång, kostnader, påverkar och får saker gjorda",
    "Samordnar verksamheternas insatser",
    "Vara huvudansvarig och samordna all dokumentation för satsningen och överlämnar dokumentation " ..
      "till respektive linjes gränssnitt",
    "Ansvara för att säkerställa kommunikationen för satsningen ihop med respektive förvaltnings kommunikatör",
    "Ansvara för att flödet registreras på ett tydligt sätt och går att särskilja från övriga deltagare",
  },
  note = "Två medarbetare inom avdelningen för arbetsmarknad och integration, inom ramen för sin anställning. " ..
         "Seed 000 säger inte vem som utser dem; vi antar avdelningschefen.",
}

role "processledare" {
  name = "Processledare", count = 1, level = "operational",
  supports = { "500-gruppen", "arbetsgruppen" },
  mandate = {
    "Stötta det övergripande samordningsuppdraget och de två samordnarna genom att ta fram ett effektivt " ..
      "och ändamålsenligt arbetssätt för aktuella verksamheter att arbeta processorienterat",
    "Utredning av vilka förutsättningar för samordning av de berörda verksamheternas processer rörande " ..
      "handläggning, stöd och insatser",
    "Ta fram ett förslag på en tjänstedesignad process; från försörjningsstöd till sysselsättning/ arbete/ " ..
      "studier – självförsörjning, på lång och kort sikt",
  },
}
