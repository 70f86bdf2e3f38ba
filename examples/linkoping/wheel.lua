-- The annual wheel of the 500-uppdraget (seed 000): the follow-up "återrapporteras till social och
-- omsorgsnämnden, arbetsmarknadsnämnden samt KS ... inom ramen för ordinarie nämndprocesser", with
-- "samma nyckeltal och samma återrapportering i samtliga nämnder": one report (uppfoljning, reports.lua),
-- due to all three at each tertial follow-up. Seed 000 gives no dates or meeting cadences: every DATE,
-- TIME and CADENCE below is ILLUSTRATIVE; the order (data before reports) is what matters.
wheel { timezone = "Europe/Stockholm" }

-- Data --------------------------------------------------------------------------------------------------

-- Kolada publishes the year's figures for financial assistance once a year (date illustrative). The
-- event lists the plan's indicators Kolada brings.
event "kolada_bistand" {
  title = "Kolada publicerar utfall för ekonomiskt bistånd",
  source = "Kolada",
  indicators = { "hushall_fsd", "langvarigt_bistand", "barn_langvarigt_bistand" },
  yearly = { "04-30" },
}

-- The nightly fetch from Kolada's API, on every night of the year.
event "hamta_kolada" {
  title = "Nattlig hämtning från Kolada",
  job = "fetch", fetch = { "kolada" }, cron = "30 2 * * *",
}

-- Tertial follow-ups ----------------------------------------------------------------------------------------
-- A tertial follow-up is due 30 days after tertial 1 (30 April) and tertial 2 (31 August): 30 May and
-- 30 September, after Kolada's delivery. The year-end follow-up of tertial 3 belongs to the annual
-- report in January–February, before Kolada publishes the year's figures; it is left out of this wheel
-- rather than scheduled before its data (the validator would rightly warn).

event "t1_uppfoljning" {
  title = "Tertialuppföljning 1 av 500-uppdraget (januari–april)",
  report = "uppfoljning", to = { "AMN", "SON", "KS" }, yearly = { "05-30" },
  note = "Samma nyckeltal och samma återrapportering i samtliga nämnder (seed 000).",
}

event "t2_uppfoljning" {
  title = "Tertialuppföljning 2 av 500-uppdraget (januari–augusti)",
  report = "uppfoljning", to = { "AMN", "SON", "KS" }, yearly = { "09-30" },
  note = "Samma nyckeltal och samma återrapportering i samtliga nämnder (seed 000).",
}

-- styr renders the report a few days before each follow-up (illustrative).
event "rapportjobb" {
  title = "styr tar fram uppföljningsrapporten",
  job = "report", report = "uppfoljning", yearly = { "05-25", "09-25" }, at = "06:00",
}

-- Meetings -----------------------------------------------------------------------------------------------

-- Arbetsmarknadsnämnden, the responsible committee ("Ansvarig nämnd är arbetsmarknadsnämnden").
-- Every fourth Wednesday (illustrative).
event "amn_sammantrade" {
  title = "Arbetsmarknadsnämndens sammanträde",
  body = "AMN", weekly = { day = "wednesday", every = 4, from = "2019-01-23" }, at = "13:00", duration = 180,
}

-- 500-gruppen: "Kalla till styrgruppsmöten tillsammans med utbildningsdirektören" (the project leader,
-- who attends as adjunct). Every fourth Tuesday (illustrative).
event "500_gruppen" {
  title = "500-gruppens styrgruppsmöte",
  body = "500-gruppen", weekly = { day = "tuesday", every = 4, from = "2019-01-08" }, at = "08:30", duration = 90,
  note = "Kallas av projektledaren tillsammans med utbildningsdirektören; projektledaren deltar adjungerande.",
}

-- The operational working group: "Kalla till arbetsgruppsmöten tillsammans med avdelningschefen för
-- arbetsmarknad och integration" (the coordinators). Every second Thursday (illustrative).
event "arbetsgruppen" {
  title = "Operativa arbetsgruppens möte",
  body = "arbetsgruppen", weekly = { day = "thursday", every = 2, from = "2019-01-10" }, at = "09:00", duration = 90,
  note = "Kallas av projektsamordnarna tillsammans med avdelningschefen för arbetsmarknad och integration.",
}
