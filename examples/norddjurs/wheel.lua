-- The annual wheel (årshjul): the measurements of seed 003 with the cadences the text gives, the
-- decisions it dates, and the status report. The cadence is the seed's; the day within the week, month
-- or year is ILLUSTRATIVE unless a comment quotes a date from the text.
wheel { timezone = "Europe/Copenhagen" }

-- Measurements (data) ---------------------------------------------------------------------------------

-- "Ugentlig medarbejdertrivselsmåling"; the weekday is ours.
event "trivselsmaaling" {
  title = "Ugentlig medarbejdertrivselsmåling",
  kind = "data", source = "Egen måling blandt medarbejderne", indicators = { "trivsel" },
  weekly = "monday",
}

-- "Månedlige opgørelser af antallet af stadfæstede, ændrede og hjemviste ankesager i Ankestyrelsen";
-- the day of the month is ours.
event "ankesager" {
  title = "Månedlig opgørelse af stadfæstede, ændrede og hjemviste ankesager",
  source = "Ankestyrelsen",
  indicators = { "ankesager_stadfaestede", "ankesager_aendrede", "ankesager_hjemviste" },
  monthly = { day = 10 },
}

-- "Halvårlig temperaturmåling": the first was taken at the common day on 18 September 2015 and
-- "gentages halvårligt", so every six months from September 2015, on the 18th.
event "temperaturmaaling" {
  title = "Halvårlig temperaturmåling af medarbejdernes opfattelse af fremdrift i handleplanen",
  source = "Temperaturmåling blandt medarbejderne", indicators = { "temperaturmaaling" },
  monthly = { every = 6, day = 18, from = "2015-09" },
}

-- "Halvårlige borgertilfredshedsundersøgelser" (Epinion): two months before each half-year ends (ours).
event "borgertilfredshed" {
  title = "Halvårlig borgertilfredshedsundersøgelse",
  source = "Epinion (forventet samarbejdsaftale)", indicators = { "borgertilfredshed" },
  after = { period = "half_year", days = -60 },
}

-- Yearly measurements; the dates are ours, in spring, before the May status.
event "ledelsesevaluering" {
  title = "Årlig ledelsesevaluering foretaget af medarbejderne",
  source = "Ledelsesevaluering blandt medarbejderne", indicators = { "ledelsesevaluering" },
  yearly = { "04-15" },
}
event "tilfredshed_partnere" {
  title = "Årlig tilfredshedsmåling hos udvalgte samarbejdspartnere",
  source = "Tilfredshedsmåling: faglige organisationer, A-kasser og erhvervsorganisationer",
  indicators = { "tilfredshed_samarbejdspartnere" },
  yearly = { "05-01" },
}
event "tilfredshed_virksomheder" {
  title = "Årlig tilfredshedsmåling hos virksomheder med kontakt til Arbejdsmarkedsforvaltningen",
  source = "Tilfredshedsmåling blandt virksomheder", indicators = { "tilfredshed_virksomheder" },
  yearly = { "05-01" },
}
-- Not a measurement of the plan itself, but the source of one of its effects ("en positiv udvikling i
-- Borgerrådgiverens årsrapport"); the date is ours. The audit's remarks have no date we could defend
-- (it depends on the audit of the accounts), so they have no delivery event.
event "borgerraadgiver_aarsrapport" {
  title = "Borgerrådgiverens årsrapport",
  source = "Borgerrådgiveren", indicators = { "borgerraadgiver" },
  yearly = { "04-30" },
}

-- Meetings and decisions --------------------------------------------------------------------------------

-- Dated in the text.
event "kb_handleplan" {
  title = "Kommunalbestyrelsen beslutter handleplanen for arbejdsmarkedsområdet",
  body = "KB", date = "2014-11-18",
}
event "kb_organisering" {
  title = "Kommunalbestyrelsen beslutter oplæg til ny organisering af arbejdsmarkedsområdet",
  body = "KB", date = "2015-02-24",
}
event "faellesdag" {
  title = "Fællesdag for alle medarbejdere på arbejdsmarkedsområdet",
  body = "chefgruppen", date = "2015-09-18",
  note = "Status for handleplanen drøftet; chefgruppen fremlagde sin plan for det videre udviklingsarbejde; " ..
         "første halvårlige temperaturmåling.",
}

-- Illustrative: the committee meets every fourth Tuesday.
event "amu_moeder" {
  title = "Arbejdsmarkedsudvalgets møde",
  body = "AMU", weekly = { day = "tuesday", every = 4, from = "2015-01-06" }, at = "14:00", duration = 180,
}

-- The status report ------------------------------------------------------------------------------------

-- The seed's own status was the report Økonomiudvalget asked for "i efteråret 2015". As a recurring item
-- we make it half-yearly (our choice) from then on: 20 November 2015, then every May and November, each
-- after the half-year's measurements, so that no status comes before its data (in 2015 too: the first
-- temperature measurement was on 18 September 2015).
event "status_handleplan" {
  title = "Status for handleplanen til Økonomiudvalget og Arbejdsmarkedsudvalget",
  report = "status", to = { "ØU", "AMU" }, monthly = { every = 6, day = 20, from = "2015-11" },
}
