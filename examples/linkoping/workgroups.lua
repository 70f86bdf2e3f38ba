-- Working groups with a mission (seed 001, "Arbetsgrupperna som för oss framåt").
--
-- ILLUSTRATION: seed 001 is an article from "a Swedish labour-market administration" (an
-- arbetsmarknadsförvaltning in renewal, with some twenty-five working groups); it does not say which
-- municipality. We attach it to Linköping to show how styr models working groups, not because the
-- article is about Linköping. The year is 2019. The administration, its management teams and the
-- steering group below are therefore ILLUSTRATIVE bodies of Linköping's example: they are the ones the
-- article names, placed in Linköping's organisation.
--
-- The article is written before 25 April 2019 (the multiteam decision is still to come), so the states
-- are as of then. It names no deciding date except for the multiteam; where it gives a month ("i maj",
-- "i juni") we write the month's last day, and "före sommaren" is midsommarafton (2019-06-21).

-- Bodies the groups report to or that decide on their proposals (illustrative) -------------------------

-- "Arbetsmarknadsförvaltningen" and "socialförvaltningen" of the article. In Linköping the
-- social-services administration is SOF and its committee SON (org.lua); the labour-market
-- administration is added here, under the labour-market committee.
body "AMF" {
  name = "Arbetsmarknadsförvaltningen", kind = "administration", level = "operational", reports_to = "AMN",
  note = "Illustrativ: förvaltningen i seed 001, som är i förnyelse med ett tjugofemtal arbetsgrupper.",
}

body "strategisk_ledningsgrupp" {
  name = "Strategisk ledningsgrupp", kind = "management_team", level = "strategic", reports_to = "AMF",
  note = "Illustrativ (seed 001): beslutar om förslaget från gruppen för gemensam ingång.",
}

body "forvaltningens_styrgrupp" {
  name = "Förvaltningens styrgrupp", kind = "steering_group", level = "strategic", reports_to = "AMF",
  note = "Illustrativ (seed 001): tar emot rapporten från gruppen för hållbar validering i maj.",
}

-- "Beslut i arbetsmarknads ledningsgrupp 25 april": the management team of the area Arbetsmarknad.
-- That its head chairs it is our reading.
body "am_ledningsgrupp" {
  name = "Arbetsmarknads ledningsgrupp", kind = "management_team", level = "operational", reports_to = "AMF",
  chair = "verksamhetschef för arbetsmarknad",
  note = "Illustrativ (seed 001): ledningsgruppen för verksamhetsområdet arbetsmarknad.",
}

body "kontaktcenter" {
  name = "Kontaktcenter", kind = "office", level = "operational",
  note = "Illustrativ (seed 001): mottagningen för ekonomiskt bistånd ska samarbeta med kontaktcenter.",
}

-- The two heads of area the article quotes (their names are left out).
role "verksamhetschef för arbetsmarknad" {
  name = "Verksamhetschef för arbetsmarknad", count = 1, level = "operational", reports_to = "AMF",
  mandate = { "Ge en samlad bild av det arbete som pågår i arbetsgrupperna så medarbetarna ser den röda tråden" },
}
role "verksamhetschef för ekonomiskt bistånd" {
  name = "Verksamhetschef för ekonomiskt bistånd", count = 1, level = "operational", reports_to = "AMF",
}

-- The working groups -------------------------------------------------------------------------------------

-- Owner areas: the article's verksamhetsområden, and "Förvaltningsgemensam" for the groups it calls
-- common to the administration ("vilka som är gemensamma").
local GEMENSAM = "Förvaltningsgemensam"

-- "Några arbetsgrupper är snart i mål. Till exempel den som jobbar med uppdraget 'Gemensam ingång'. En idé
-- om hur det ska genomföras ska vara klar till den 31 maj. Sedan går förslaget vidare till strategisk
-- ledningsgrupp för beslut." The article does not say which area owns it; the decision at the
-- administration's strategic level makes it common to the administration (our reading). No decision
-- date is given, so none is written.
group "gemensam_ingang" {
  name = "Gemensam ingång", kind = "working_group", level = "operational", reports_to = "AMF",
  mission = "Ta fram en idé om hur en gemensam ingång ska genomföras",
  owner_area = GEMENSAM, deadline = "2019-05-31",
  deciding_body = "strategisk_ledningsgrupp", state = "running",
}

-- "Gruppen ska rapportera till förvaltningens styrgrupp i maj." A report, not a decision: the steering
-- group is where it reports; the deadline is the end of May.
group "hallbar_validering" {
  name = "Hållbar validering", kind = "working_group", level = "operational",
  reports_to = "forvaltningens_styrgrupp",
  mission = "Skapa ett gemensamt förhållningssätt till validering i förvaltningen",
  owner_area = GEMENSAM, deadline = "2019-05-31", state = "running",
}

-- "Den grupp som arbetat med frågan är färdig. Ett förslag ska upp till beslut i arbetsmarknadsnämnden
-- och socialnämnden i juni." A group has one deciding body: AMN here; SON decides too (note). "i juni"
-- is written as 30 June, the latest day it can be.
group "gemensam_mottagning" {
  name = "Gemensam mottagning", kind = "working_group", level = "operational", reports_to = "AMF",
  mission = "Ta fram ett förslag om att införa en gemensam mottagning för arbetsmarknadsförvaltningen och " ..
            "socialförvaltningen",
  owner_area = "Arbetsmarknadsförvaltningen och socialförvaltningen",
  deciding_body = "AMN", decision_date = "2019-06-30", state = "reported",
  note = "Förslaget beslutas i arbetsmarknadsnämnden och socialnämnden (här SON) i juni 2019.",
}

-- "Den 1 maj ska multiteamen börja arbeta på allvar i arbetsmarknad ... Men hur ska teamen arbeta rent
-- operativt? Det har medarbetare i arbetsmarknad och vuxenutbildningen jobbat med. Beslut i
-- arbetsmarknads ledningsgrupp 25 april."
group "multiteam" {
  name = "Multiteam", kind = "working_group", level = "operational", reports_to = "am_ledningsgrupp",
  via = "verksamhetschef för arbetsmarknad",
  members = { "medarbetare i arbetsmarknad", "medarbetare i vuxenutbildningen" },
  mission = "Ta fram hur multiteamen ska arbeta rent operativt",
  owner_area = "Arbetsmarknad",
  deciding_body = "am_ledningsgrupp", decision_date = "2019-04-25", state = "running",
  note = "Multiteamen ska börja arbeta på allvar i arbetsmarknad den 1 maj 2019; vuxenutbildningens " ..
         "resurser kan kopplas på efter hand.",
}

-- "I anslutning till det ska vi även ta fram en kompetenskarta ... Jag hoppas att kompetenskartan kan bli
-- klar före sommaren."
group "kompetenskarta" {
  name = "Kompetenskarta", kind = "working_group", level = "operational", reports_to = "am_ledningsgrupp",
  via = "verksamhetschef för arbetsmarknad",
  mission = "Ta fram en kompetenskarta som beskriver vad alla medarbetare i arbetsmarknad arbetar med, så " ..
            "att det blir lätt att koppla på den kompetens som behövs i multiteamen",
  owner_area = "Arbetsmarknad", deadline = "2019-06-21", state = "planned",
}

-- Ekonomiskt bistånd: "E-tjänsten kräver nya rutiner ... det jobbar flera arbetsgrupper med." The
-- article does not list those groups one by one; we model them as one group.
group "etjanst_rutiner" {
  name = "E-tjänst rutiner", kind = "working_group", level = "operational", reports_to = "AMF",
  via = "verksamhetschef för ekonomiskt bistånd",
  mission = "Förenkla och förändra rutinerna inom ekonomiskt bistånd, på såväl kort som lång sikt, för " ..
            "e-tjänsten för att söka försörjningsstöd",
  owner_area = "Ekonomiskt bistånd", state = "running",
  note = "Flera arbetsgrupper enligt artikeln; här samlade i en.",
}

group "etjanst_projektgrupp" {
  name = "Projektgrupp e-tjänst försörjningsstöd", kind = "working_group", level = "operational",
  reports_to = "AMF", via = "verksamhetschef för ekonomiskt bistånd",
  members = { "medarbetare från ekonomiskt bistånd", "medarbetare från support" },
  mission = "Införa e-tjänsten för att söka försörjningsstöd", owner_area = "Ekonomiskt bistånd", state = "running",
  note = "Har länge jobbat med uppdraget; e-tjänsten är i startgroparna att införas.",
}

group "mottagning_kontaktcenter" {
  name = "Mottagning ekonomiskt bistånd och kontaktcenter", kind = "working_group", level = "operational",
  reports_to = "AMF", via = "verksamhetschef för ekonomiskt bistånd",
  mission = "Hur mottagningen för ekonomiskt bistånd ska samarbeta med kontaktcenter för att veta vem som gör vad",
  owner_area = "Ekonomiskt bistånd", state = "running",
  note = "Hänger ihop med vad gruppen för gemensam ingång kommer fram till.",
}

-- "En upphandlingsgrupp är också på gång." It is listed under "Vux och support" after the support
-- groups; we read it as support's.
group "upphandlingsgrupp" {
  name = "Upphandlingsgrupp", kind = "working_group", level = "operational", reports_to = "AMF",
  mission = "Förvaltningen ska bli bättre på att handla upp insatser och stöd för försörjningsstödstagare " ..
            "utifrån behov och helhetsperspektiv",
  owner_area = "Support", state = "planned",
}

-- The other work the article describes by area ("Inom vuxenutbildningen handlar det mycket om ...",
-- "Support är inblandad i flera grupper ... Till exempel ..."): it names topics, not groups, so one group
-- per topic is our reading. No deadline or deciding body is given.
local function ovrig(id, name, area, mission)
  group(id) {
    name = name, kind = "working_group", level = "operational", reports_to = "AMF",
    mission = mission, owner_area = area, state = "running",
  }
end
ovrig("vux_flytt", "Flyttförberedelser vuxenutbildningen", "Vuxenutbildning", "Flyttförberedelser")
ovrig("vux_sfi", "Auktorisation av sfi", "Vuxenutbildning", "Auktorisation av sfi")
ovrig("vux_bidrag", "Statliga bidrag till vuxenutbildningen", "Vuxenutbildning",
      "Hur vi bättre kan utnyttja de statliga bidragen till vuxenutbildningen")
ovrig("support_system", "Systemanpassning", "Support",
      "Anpassa våra befintliga system till förvaltningens nya arbetssätt")
ovrig("support_kultur", "Kulturförflyttning", "Support", "Hitta gemensamma mål för kulturförflyttning")
ovrig("support_malgrupper", "Målgrupper och behov", "Support", "Kartlägga vilka målgrupper vi har och deras behov")
ovrig("support_statistik", "Statistik", "Support", "Rensa statistik")

-- "Du vet väl om att vi har en permanent grupp som arbetar med invånarinflytande?" A standing group, so
-- no state or deadline.
group "utvecklingsgruppen" {
  name = "Utvecklingsgruppen för invånarinflytande", kind = "working_group", level = "operational",
  reports_to = "AMF", mission = "Arbeta med invånarinflytande", owner_area = GEMENSAM,
  note = "Permanent grupp.",
}

-- The one decision the article dates.
event "beslut_multiteam" {
  title = "Beslut om multiteamens arbetssätt i arbetsmarknads ledningsgrupp",
  body = "am_ledningsgrupp", date = "2019-04-25",
}
