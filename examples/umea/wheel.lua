-- The annual wheel (årshjul). Seed 004 gives the cadences: the analysis group compiles SCB:s
-- helårsekvivalenter "två gånger/år", local register data "1 gång/år" and shortage occupations
-- "1 gång/år", and proposes initiatives "under våren"; the board and the strategic group then
-- prioritise them and the board finally decides; the working committee prepares the strategic group's
-- meetings "utifrån beslutat årshjul". The seed gives no dates: every DATE and TIME below is
-- ILLUSTRATIVE, chosen so that each step follows the one it needs (deliveries → analysis → proposal →
-- prioritisation → decision). The order is the seed's; the dates are ours.
wheel { timezone = "Europe/Stockholm" }

-- The strategic group's meetings; the working committee prepares each one two weeks before.
local SSG_MOTEN = { "02-10", "05-05", "09-22", "11-10" }         -- illustrative

-- "MM-DD" n days earlier (in a common year; none of these dates is near 29 February).
local DAYS_IN_MONTH = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
local function days_before(md, n)
  local m, d = md:match("^(%d%d)%-(%d%d)$")
  m, d = tonumber(m), tonumber(d) - n
  while d < 1 do
    m = m == 1 and 12 or m - 1
    d = d + DAYS_IN_MONTH[m]
  end
  return string.format("%02d-%02d", m, d)
end

local AU_MOTEN = {}
for i, md in ipairs(SSG_MOTEN) do AU_MOTEN[i] = days_before(md, 14) end

-- Data deliveries -----------------------------------------------------------------------------------

event "initiativ_data" {
  title = "Deltagaruppföljning från de prioriterade samverkansinitiativen",
  source = "Samverkansinitiativens deltagaruppföljning", indicators = { "initiativ_arbete_studier" },
  yearly = { "01-31" },                                           -- illustrative
}

-- "Sammanställa och analysera SCB:s helårsekvivalenter två gånger/år": two deliveries a year.
event "scb_helarsekv" {
  title = "SCB levererar helårsekvivalenter",
  source = "SCB: helårsekvivalenter", indicators = { "helarsekv", "helarsekv_andel" },
  yearly = { "02-15", "08-15" },                                  -- illustrative
}

event "registerdata" {
  title = "Parterna levererar lokala registerdata",
  source = "Parternas lokala registerdata", indicators = { "malgrupp_unga" },
  yearly = { "02-28" },                                           -- illustrative
}

event "bristyrken" {
  title = "Bedömning av bristyrken publiceras",
  source = "Arbetsförmedlingens bedömning av bristyrken",         -- illustrative source and date
  yearly = { "12-15" },
}

-- The analysis group's compilations ------------------------------------------------------------------

event "ag_helarsekv" {
  title = "Analysgruppen sammanställer och analyserar SCB:s helårsekvivalenter",
  body = "analysgruppen", yearly = { "03-03", "09-01" }, at = "09:00", duration = 180,
  note = "Två gånger/år. Parterna presenterar relevant statistik och sedan görs en gemensam analys.",
}

event "ag_registerdata" {
  title = "Analysgruppen kompletterar med lokala registerdata: nuläge för prioriterade målgrupper",
  body = "analysgruppen", yearly = { "03-17" }, at = "09:00", duration = 180,
  note = "1 gång/år.",
}

event "ag_bristyrken" {
  title = "Analysgruppen kompletterar analysen med beskrivningar av bristyrken",
  body = "analysgruppen", yearly = { "03-31" }, at = "09:00", duration = 120,
  note = "1 gång/år.",
}

-- The spring proposal: a report to the board and the strategic group, after every delivery it needs.
event "ag_forslag" {
  title = "Analysgruppen lämnar förslag på samverkansinitiativ (våren)",
  report = "uppfoljning", to = { "styrelsen", "ssg" }, yearly = { "04-15" },   -- "under våren"
  note = "Förslag på samverkansinitiativ, avveckling av initiativ, indikatorer och mål, med uppföljning " ..
         "på indikatornivå.",
}

event "ag_uppfoljning" {
  title = "Analysgruppens uppföljning av de prioriterade initiativen på indikatornivå (hösten)",
  report = "uppfoljning", to = { "ssg" }, yearly = { "09-15" },  -- illustrative: before the autumn meeting
}

event "rapportjobb" {
  title = "styr tar fram analysgruppens uppföljningsrapport",
  job = "report", report = "uppfoljning", yearly = { "04-14", "09-14" }, at = "06:00",
}

-- The strategic group and its working committee ----------------------------------------------------

event "au_forbereder" {
  title = "Arbetsutskottet förbereder strategiska samverkansgruppens sammanträde",
  body = "ssg_au", yearly = AU_MOTEN, at = "13:00", duration = 90,
  note = "Utifrån beslutat årshjul, två veckor före varje sammanträde (illustrativt avstånd).",
}

event "ssg_moten" {
  title = "Strategiska samverkansgruppens sammanträde",
  body = "ssg", yearly = SSG_MOTEN, at = "09:00", duration = 180,
  note = "I maj prioriterar och viktar gruppen analysgruppens förslag på samverkansinitiativ.",
}

-- The board ------------------------------------------------------------------------------------------

event "styrelsen_moten" {
  title = "Styrelsens sammanträde",
  body = "styrelsen", yearly = { "02-24", "05-26", "09-29" }, at = "13:00", duration = 180,   -- illustrative
  note = "Februari: årsredovisning. Maj: styrelsen prioriterar och viktar förslagen på samverkansinitiativ.",
}

event "styrelsen_beslut" {
  title = "Styrelsen beslutar vilka samverkansinitiativ som ska antas och verkställas",
  body = "styrelsen", yearly = { "11-24" }, at = "13:00", duration = 180,                      -- illustrative
  note = "Beslut om verksamhetsplan och budget för nästa år, med de samverkansinitiativ som ska antas.",
}
