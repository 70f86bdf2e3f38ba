-- Every word the engine writes into a report, in Swedish, Danish and English.
local M = {}

M.sv = {
  status = { met = "Uppfyllt", on_the_way = "På väg", not_met = "Ej uppfyllt", no_data = "Uppgift saknas",
             no_target = "Målvärde saknas", not_assessed = "Ej bedömd" },
  relative = { lower = "Ska minska", higher = "Ska öka", not_higher = "Ska inte öka", not_lower = "Ska inte minska" },
  units = { count = "antal", persons = "personer", households = "hushåll", placements = "placeringar",
            percent = "%", days = "dagar", index = "index", ratio = "kvot", sek = "kr", msek = "mnkr",
            per_msek = "per mnkr", text = "" },
  breakdown = { women = "Kvinnor", men = "Män" },
  indicator = "Indikator", unit = "Enhet", base = "Basvärde", value = "Utfall", target = "Mål",
  status_heading = "Status", goal = "Nämndmål", perspective = "Perspektiv", activities = "Aktiviteter",
  activity_state = { done = "Slutförd", open = "Pågår", overdue = "Försenad" }, due = "klar senast",
  owner = "ansvarig",
  footnotes = "Fotnoter", sources = "Källor", generated = "Skapad", audiences = "Rapporteras till",
  follow_up_year = "Uppföljningsår", municipal_goal = "Kommunövergripande mål", area = "Målområde",
  source_config = "inmatat i konfigurationen", fetched = "inläst", missing = "saknas",
  legend = "Statusen avser uppföljningsåret; symbolen och ordet bär samma information som färgen.",
  kinds = { executive_board = "kommunstyrelse", committee = "nämnd", administration = "förvaltning",
            association_board = "förbundsstyrelse", office = "kansli", management_team = "ledningsgrupp",
            strategic_group = "strategisk grupp", steering_group = "styrgrupp", working_committee = "arbetsutskott",
            analysis_group = "analysgrupp", working_group = "arbetsgrupp", role = "roll" },
  levels = { decision = "beslutande nivå", strategic = "strategisk nivå", operational = "operativ nivå" },
  member_roles = { chair = "ordförande", vice_chair = "vice ordförande", members = "ledamöter",
                   deputies = "ersättare", adjunct = "adjungerade", secretary = "sekreterare",
                   process_support = "processtöd", seats = "platser", appointed_by = "utses av",
                   mandate = "uppdrag", mission = "uppdrag", deadline = "klar senast", deciding_body = "beslut i",
                   decision_date = "beslutsdatum", owner_area = "ägare", via = "via", supports = "stöder",
                   receives = "tar emot", state = "läge", count = "antal" },
  states = { planned = "planerad", running = "pågår", reported = "rapporterad", decided = "beslutad" },
  event_kinds = { meeting = "möte", report = "rapport", data = "data", job = "jobb" },
  weekdays = { "sön", "mån", "tis", "ons", "tor", "fre", "lör" },
  months = { "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december" },
  organisation = "Organisation", wheel = "Årshjul", all_day = "heldag", to = "till", times = "gånger",
  no_events = "Inga händelser detta år.",
  revised_since = "reviderat efter %s: nu %s",
  suppressed = "..", suppression_note = "Värden under %d i uppdelningar (kön, enhet) redovisas inte av röjandeskäl (..).",
  year = "År", status_overview = "Status per perspektiv",
  peer_rank = "Rang bland jämförda", national = "Riket", goal_status = "Målets status",
  peer_chart = "Jämförelse",
  analyses = "Analys", no_analysis = "Ingen analys är skriven för perioden.", analysis_by = "av",
  audience = "Till", table_sources = "Källa", next_update = "nästa leverans", indicators = "Indikatorer",
  period = "Period",
  no_chart = "Diagrammet visas inte: underlaget räcker inte.",
  chart_numbers = "Diagrammets siffror som tabell",
  source_formula = "beräknad med formel",
  -- Why a value is missing or cannot be computed, as a reader understands it (the technical
  -- reason stays in styr explain and the JSON format). %s are filled in order.
  reasons = {
    missing = "Uppgift saknas", not_computable = "Kan inte beräknas",
    no_value = "Uppgift saknas för %s.",
    input_missing = "Kan inte beräknas: uppgift saknas för %s %s.",
    zero_denominator = "Kan inte beräknas: nämnaren är 0.",
    no_target = "Kan inte beräknas: målvärde saknas för %s %s.",
    no_base = "Kan inte beräknas: basår saknas.",
    part_of_year = "Uppgift finns bara för %s av %s.", last_missing = "Uppgift saknas för årets sista period (%s).",
    source_missing = "%s redovisar inget värde för %s.",
    preliminary = "Preliminär uppgift.", confidential = "Uppgiften redovisas inte av sekretesskäl.",
  },
  -- Counts with their plural forms: one (1) and other (0, 2, 3 …).
  plural = {
    months = { one = "%s månad", other = "%s månader" }, quarters = { one = "%s kvartal", other = "%s kvartal" },
    tertials = { one = "%s tertial", other = "%s tertial" }, half_years = { one = "%s halvår", other = "%s halvår" },
    weeks = { one = "%s vecka", other = "%s veckor" }, years = { one = "%s år", other = "%s år" },
    goals = { one = "%s mål", other = "%s mål" }, indicators = { one = "%s indikator", other = "%s indikatorer" },
    reports = { one = "%s rapport", other = "%s rapporter" }, activities = { one = "%s aktivitet", other = "%s aktiviteter" },
  },
  -- Where numbers come from: the publisher, its KPI or table, when it was read, and a link.
  publishers = { kolada = "Kolada (RKA)", pxweb = "Statistiska centralbyrån (SCB)", statbank = "Danmarks Statistik",
                 jobindsats = "Jobindsats (STAR)" },
  own_register = "%s, eget register", own_figures = "%s, egna uppgifter", computed_from = "%s, beräknat ur %s",
  kpi = "nyckeltal", table = "tabell", read_on = "hämtad %s", registered_on = "registrerad %s",
  computed_on = "beräknad %s", version = "version %s", source_link = "källans sida", and_word = "och",
  -- The Excel workbook's words (column headers and sheet names).
  xlsx = { breakdown = "Uppdelning", total = "Totalt", base_year = "Basår", notes = "Noter", goal_number = "Nr",
           analyses = "Analyser", data = "Data", publisher = "Utgivare", series = "Nyckeltal eller tabell",
           title = "Benämning", read = "Hämtad", version = "Version", link = "Länk", unit_row = "Enhet",
           period = "Period", author = "Författare", text = "Text", state = "Läge", peer_year = "Jämförelseår",
           peer_count = "Antal jämförda", revised = "Reviderat efter" },
}

M.da = {
  status = { met = "Opfyldt", on_the_way = "På vej", not_met = "Ikke opfyldt", no_data = "Data mangler",
             no_target = "Intet mål", not_assessed = "Ikke vurderet" },
  relative = { lower = "Skal falde", higher = "Skal stige", not_higher = "Må ikke stige", not_lower = "Må ikke falde" },
  units = { count = "antal", persons = "personer", households = "husstande", placements = "placeringer",
            percent = "%", days = "dage", index = "indeks", ratio = "forhold", sek = "kr.", msek = "mio. kr.",
            per_msek = "pr. mio. kr.", text = "" },
  breakdown = { women = "Kvinder", men = "Mænd" },
  indicator = "Indikator", unit = "Enhed", base = "Basisværdi", value = "Resultat", target = "Mål",
  status_heading = "Status", goal = "Mål", perspective = "Perspektiv", activities = "Aktiviteter",
  activity_state = { done = "Afsluttet", open = "I gang", overdue = "Forsinket" }, due = "frist",
  owner = "ansvarlig",
  footnotes = "Fodnoter", sources = "Kilder", generated = "Dannet", audiences = "Afrapporteres til",
  follow_up_year = "Opfølgningsår", municipal_goal = "Tværgående mål", area = "Målområde",
  source_config = "indtastet i konfigurationen", fetched = "indlæst", missing = "mangler",
  legend = "Status gælder opfølgningsåret; symbolet og ordet bærer samme information som farven.",
  kinds = { executive_board = "økonomiudvalg", committee = "udvalg", administration = "forvaltning",
            association_board = "bestyrelse", office = "sekretariat", management_team = "ledelse",
            strategic_group = "strategisk gruppe", steering_group = "styregruppe", working_committee = "forretningsudvalg",
            analysis_group = "analysegruppe", working_group = "arbejdsgruppe", role = "rolle" },
  levels = { decision = "beslutningsniveau", strategic = "strategisk niveau", operational = "operativt niveau" },
  member_roles = { chair = "formand", vice_chair = "næstformand", members = "medlemmer",
                   deputies = "stedfortrædere", adjunct = "tilforordnede", secretary = "sekretær",
                   process_support = "processtøtte", seats = "pladser", appointed_by = "udpeges af",
                   mandate = "opgaver", mission = "opgave", deadline = "frist", deciding_body = "beslutning i",
                   decision_date = "beslutningsdato", owner_area = "ejer", via = "via", supports = "støtter",
                   receives = "modtager", state = "status", count = "antal" },
  states = { planned = "planlagt", running = "i gang", reported = "afrapporteret", decided = "besluttet" },
  event_kinds = { meeting = "møde", report = "rapport", data = "data", job = "job" },
  weekdays = { "søn", "man", "tir", "ons", "tor", "fre", "lør" },
  months = { "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december" },
  organisation = "Organisation", wheel = "Årshjul", all_day = "hele dagen", to = "til", times = "gange",
  no_events = "Ingen begivenheder i år.",
  revised_since = "revideret efter %s: nu %s",
  suppressed = "..", suppression_note = "Værdier under %d i opdelinger (køn, enhed) vises ikke af diskretionshensyn (..).",
  year = "År", status_overview = "Status pr. perspektiv",
  peer_rank = "Placering blandt sammenlignede", national = "Hele landet", goal_status = "Målets status",
  peer_chart = "Sammenligning",
  analyses = "Analyse", no_analysis = "Der er ikke skrevet nogen analyse for perioden.", analysis_by = "af",
  audience = "Til", table_sources = "Kilde", next_update = "næste levering", indicators = "Indikatorer",
  period = "Periode",
  no_chart = "Diagrammet vises ikke: der er ikke data nok.",
  chart_numbers = "Diagrammets tal som tabel",
  source_formula = "beregnet med formel",
  reasons = {
    missing = "Data mangler", not_computable = "Kan ikke beregnes",
    no_value = "Data mangler for %s.",
    input_missing = "Kan ikke beregnes: data mangler for %s %s.",
    zero_denominator = "Kan ikke beregnes: nævneren er 0.",
    no_target = "Kan ikke beregnes: mål mangler for %s %s.",
    no_base = "Kan ikke beregnes: basisår mangler.",
    part_of_year = "Der er kun data for %s af %s.", last_missing = "Data mangler for årets sidste periode (%s).",
    source_missing = "%s har ingen værdi for %s.",
    preliminary = "Foreløbigt tal.", confidential = "Tallet vises ikke af diskretionshensyn.",
  },
  plural = {
    months = { one = "%s måned", other = "%s måneder" }, quarters = { one = "%s kvartal", other = "%s kvartaler" },
    tertials = { one = "%s tertial", other = "%s tertialer" }, half_years = { one = "%s halvår", other = "%s halvår" },
    weeks = { one = "%s uge", other = "%s uger" }, years = { one = "%s år", other = "%s år" },
    goals = { one = "%s mål", other = "%s mål" }, indicators = { one = "%s indikator", other = "%s indikatorer" },
    reports = { one = "%s rapport", other = "%s rapporter" }, activities = { one = "%s tiltag", other = "%s tiltag" },
  },
  publishers = { kolada = "Kolada (RKA, Sverige)", pxweb = "Statistiska centralbyrån (SCB, Sverige)",
                 statbank = "Danmarks Statistik", jobindsats = "Jobindsats (STAR)" },
  own_register = "%s, eget register", own_figures = "%s, egne oplysninger", computed_from = "%s, beregnet ud fra %s",
  kpi = "nøgletal", table = "tabel", read_on = "hentet %s", registered_on = "registreret %s",
  computed_on = "beregnet %s", version = "version %s", source_link = "kildens side", and_word = "og",
  xlsx = { breakdown = "Opdeling", total = "I alt", base_year = "Basisår", notes = "Noter", goal_number = "Nr.",
           analyses = "Analyser", data = "Data", publisher = "Udgiver", series = "Nøgletal eller tabel",
           title = "Betegnelse", read = "Hentet", version = "Version", link = "Link", unit_row = "Enhed",
           period = "Periode", author = "Forfatter", text = "Tekst", state = "Status", peer_year = "Sammenligningsår",
           peer_count = "Antal sammenlignede", revised = "Revideret efter" },
}

M.en = {
  status = { met = "Met", on_the_way = "On the way", not_met = "Not met", no_data = "No data",
             no_target = "No target", not_assessed = "Not assessed" },
  relative = { lower = "Lower", higher = "Higher", not_higher = "Not higher", not_lower = "Not lower" },
  units = { count = "count", persons = "persons", households = "households", placements = "placements",
            percent = "%", days = "days", index = "index", ratio = "ratio", sek = "SEK", msek = "MSEK",
            per_msek = "per MSEK", text = "" },
  breakdown = { women = "Women", men = "Men" },
  indicator = "Indicator", unit = "Unit", base = "Base value", value = "Value", target = "Target",
  status_heading = "Status", goal = "Goal", perspective = "Perspective", activities = "Activities",
  activity_state = { done = "Done", open = "Open", overdue = "Overdue" }, due = "due",
  owner = "owner",
  footnotes = "Notes", sources = "Sources", generated = "Generated", audiences = "Reported to",
  follow_up_year = "Follow-up year", municipal_goal = "Municipal goal", area = "Goal area",
  source_config = "typed into the configuration", fetched = "read", missing = "missing",
  legend = "The status is for the follow-up year; the symbol and the word carry the same information as the colour.",
  kinds = { executive_board = "executive board", committee = "committee", administration = "administration",
            association_board = "association board", office = "office", management_team = "management team",
            strategic_group = "strategic group", steering_group = "steering group", working_committee = "working committee",
            analysis_group = "analysis group", working_group = "working group", role = "role" },
  levels = { decision = "decision level", strategic = "strategic level", operational = "operational level" },
  member_roles = { chair = "chair", vice_chair = "vice chair", members = "members",
                   deputies = "deputies", adjunct = "adjunct", secretary = "secretary",
                   process_support = "process support", seats = "seats", appointed_by = "appointed by",
                   mandate = "mandate", mission = "mission", deadline = "deadline", deciding_body = "decided by",
                   decision_date = "decision date", owner_area = "owner", via = "via", supports = "supports",
                   receives = "receives", state = "state", count = "count" },
  states = { planned = "planned", running = "running", reported = "reported", decided = "decided" },
  event_kinds = { meeting = "meeting", report = "report", data = "data", job = "job" },
  weekdays = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" },
  months = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December" },
  organisation = "Organisation", wheel = "Annual wheel", all_day = "all day", to = "to", times = "times",
  no_events = "No events this year.",
  revised_since = "revised after %s: now %s",
  suppressed = "..", suppression_note = "Values below %d in breakdowns (gender, unit) are suppressed for confidentiality (..).",
  year = "Year", status_overview = "Status by perspective",
  peer_rank = "Rank among peers", national = "National", goal_status = "Goal status",
  peer_chart = "Comparison",
  analyses = "Analysis", no_analysis = "No analysis has been written for the period.", analysis_by = "by",
  audience = "To", table_sources = "Source", next_update = "next delivery", indicators = "Indicators",
  period = "Period",
  no_chart = "The chart is not shown: there is not enough data.",
  chart_numbers = "The chart's numbers as a table",
  source_formula = "computed by a formula",
  reasons = {
    missing = "No data", not_computable = "Cannot be computed",
    no_value = "No data for %s.",
    input_missing = "Cannot be computed: no data for %s %s.",
    zero_denominator = "Cannot be computed: the denominator is 0.",
    no_target = "Cannot be computed: no target for %s %s.",
    no_base = "Cannot be computed: no base year.",
    part_of_year = "Data for only %s of %s.", last_missing = "No data for the year's last period (%s).",
    source_missing = "%s has no value for %s.",
    preliminary = "Preliminary figure.", confidential = "Not shown for confidentiality.",
  },
  plural = {
    months = { one = "%s month", other = "%s months" }, quarters = { one = "%s quarter", other = "%s quarters" },
    tertials = { one = "%s tertial", other = "%s tertials" }, half_years = { one = "%s half-year", other = "%s half-years" },
    weeks = { one = "%s week", other = "%s weeks" }, years = { one = "%s year", other = "%s years" },
    goals = { one = "%s goal", other = "%s goals" }, indicators = { one = "%s indicator", other = "%s indicators" },
    reports = { one = "%s report", other = "%s reports" }, activities = { one = "%s activity", other = "%s activities" },
  },
  publishers = { kolada = "Kolada (RKA, Sweden)", pxweb = "Statistics Sweden (SCB)", statbank = "Statistics Denmark",
                 jobindsats = "Jobindsats (STAR, Denmark)" },
  own_register = "%s, own register", own_figures = "%s, own figures", computed_from = "%s, computed from %s",
  kpi = "KPI", table = "table", read_on = "fetched %s", registered_on = "registered %s",
  computed_on = "computed %s", version = "version %s", source_link = "the source's page", and_word = "and",
  xlsx = { breakdown = "Breakdown", total = "Total", base_year = "Base year", notes = "Notes", goal_number = "No.",
           analyses = "Analyses", data = "Data", publisher = "Publisher", series = "KPI or table",
           title = "Title", read = "Fetched", version = "Version", link = "Link", unit_row = "Unit",
           period = "Period", author = "Author", text = "Text", state = "State", peer_year = "Comparison year",
           peer_count = "Compared", revised = "Revised after" },
}

-- The web workspace's words (styr serve, scripts/serve/): its navigation, forms, sign-off and
-- messages. A configuration overrides them as labels { web = { … } }.
M.sv.web = {
  title = "Uppföljning", skip = "Hoppa till innehållet", nav = "Huvudmeny", signed_in = "Inloggad som",
  read_only = "Endast läsning", home = "Start", org = "Organisation", goals = "Mål", bodies = "Indikatorer per organ",
  wheel = "Årshjul", reports = "Rapporter", audit = "Logg",
  due_title = "Att lämna in", nothing_due = "Inget att lämna in.", due = "senast", period = "Period",
  due_date = "Senast", report = "Rapport", overdue = "försenad", action = "Åtgärd",
  figures = "Utfall, mål och status",
  part = "Del", state = "Status", open_form = "Skriv uppföljningen",
  states = { draft = "Utkast", submitted = "Inlämnad", approved = "Godkänd", returned = "Återsänd" },
  activity_states = { not_started = "Ej påbörjad", on_track = "Enligt plan", delayed = "Försenad", done = "Klar" },
  analysis = "Analys", analysis_help = "Markdown: **fet**, *kursiv*, listor med -.", preview = "Förhandsvisning",
  activity = "Aktivitet", activity_status = "Status", comment = "Kommentar", value = "Värde (egen mätning)",
  save = "Spara", saved = "Sparat.", submit = "Lämna in", approve = "Godkänn", return_ = "Återsänd",
  return_comment = "Varför återsänds delen?", history = "Historik", version = "version", by = "av",
  no_history = "Inget sparat ännu.", config_wins = "Analysen finns i konfigurationen (%s) och används i rapporten; ändra den där.",
  conflict_title = "Någon annan har sparat under tiden",
  conflict_text = "Din text är inte sparad. Här är båda; kopiera det du vill behålla till formuläret och spara igen.",
  yours = "Din text", theirs = "Den sparade texten",
  busy_title = "Inte sparat: databasen är upptagen",
  busy_text = "Styr hämtar eller beräknar data just nu. Din text finns kvar i formuläret; spara igen om en minut.",
  unauthorized = "Inloggning krävs. Öppna sidan via kommunens inloggning.",
  forbidden = "Du har inte behörighet till detta.", csrf = "Formuläret har gått ut. Ladda om sidan och försök igen.",
  not_found = "Sidan finns inte.", too_many = "För många förfrågningar. Vänta en stund och försök igen.",
  bad_request = "Förfrågan kunde inte läsas.", error = "Något gick fel; felet är loggat.",
  too_large = "Förfrågan är för stor.", read_only_refused = "Tjänsten visar bara publicerade rapporter.",
  approved_version = "Godkänd version", changes = "Ändringar sedan godkännandet", no_changes = "Inga ändringar.",
  current = "Nu", formats = "Format", audience = "Mottagare", as_of = "Per", lineage = "Härkomst",
  wheel_next = "Nästa i årshjulet", members = "Ledamöter", reports_to = "Rapporterar till",
  signoff = "Godkännande", all_approved = "Alla delar är godkända.", not_all_approved = "Alla delar är inte godkända ännu.",
  indicator = "Indikator", audit_when = "Tid", audit_who = "Användare", audit_what = "Händelse", audit_from = "Adress",
}
M.da.web = {
  title = "Opfølgning", skip = "Spring til indholdet", nav = "Hovedmenu", signed_in = "Logget ind som",
  read_only = "Kun læsning", home = "Start", org = "Organisation", goals = "Mål", bodies = "Indikatorer pr. enhed",
  wheel = "Årshjul", reports = "Rapporter", audit = "Log",
  due_title = "Skal afleveres", nothing_due = "Intet at aflevere.", due = "senest", period = "Periode",
  due_date = "Senest", report = "Rapport", overdue = "forsinket", action = "Handling",
  figures = "Resultat, mål og status",
  part = "Del", state = "Status", open_form = "Skriv opfølgningen",
  states = { draft = "Kladde", submitted = "Afleveret", approved = "Godkendt", returned = "Sendt retur" },
  activity_states = { not_started = "Ikke startet", on_track = "Efter planen", delayed = "Forsinket", done = "Færdig" },
  analysis = "Analyse", analysis_help = "Markdown: **fed**, *kursiv*, lister med -.", preview = "Forhåndsvisning",
  activity = "Aktivitet", activity_status = "Status", comment = "Kommentar", value = "Værdi (egen måling)",
  save = "Gem", saved = "Gemt.", submit = "Aflever", approve = "Godkend", return_ = "Send retur",
  return_comment = "Hvorfor sendes delen retur?", history = "Historik", version = "version", by = "af",
  no_history = "Intet gemt endnu.", config_wins = "Analysen findes i konfigurationen (%s) og bruges i rapporten; ret den dér.",
  conflict_title = "En anden har gemt i mellemtiden",
  busy_title = "Ikke gemt: databasen er optaget",
  busy_text = "Styr henter eller beregner data lige nu. Din tekst er stadig i formularen; gem igen om et minut.",
  conflict_text = "Din tekst er ikke gemt. Her er begge; kopier det, du vil beholde, til formularen og gem igen.",
  yours = "Din tekst", theirs = "Den gemte tekst",
  unauthorized = "Log ind først. Åbn siden via kommunens log-ind.",
  forbidden = "Du har ikke adgang til dette.", csrf = "Formularen er udløbet. Genindlæs siden og prøv igen.",
  not_found = "Siden findes ikke.", too_many = "For mange forespørgsler. Vent lidt og prøv igen.",
  bad_request = "Forespørgslen kunne ikke læses.", error = "Noget gik galt; fejlen er logget.",
  too_large = "Forespørgslen er for stor.", read_only_refused = "Tjenesten viser kun offentliggjorte rapporter.",
  approved_version = "Godkendt version", changes = "Ændringer siden godkendelsen", no_changes = "Ingen ændringer.",
  current = "Nu", formats = "Formater", audience = "Modtager", as_of = "Pr.", lineage = "Oprindelse",
  wheel_next = "Næste i årshjulet", members = "Medlemmer", reports_to = "Refererer til",
  signoff = "Godkendelse", all_approved = "Alle dele er godkendt.", not_all_approved = "Ikke alle dele er godkendt endnu.",
  indicator = "Indikator", audit_when = "Tid", audit_who = "Bruger", audit_what = "Hændelse", audit_from = "Adresse",
}
M.en.web = {
  title = "Follow-up", skip = "Skip to content", nav = "Main menu", signed_in = "Signed in as",
  read_only = "Read only", home = "Home", org = "Organisation", goals = "Goals", bodies = "Indicators by body",
  wheel = "Annual wheel", reports = "Reports", audit = "Audit log",
  due_title = "To submit", nothing_due = "Nothing to submit.", due = "due", period = "Period",
  due_date = "Due", report = "Report", overdue = "overdue", action = "Action",
  figures = "Values, target and status",
  part = "Part", state = "State", open_form = "Write the follow-up",
  states = { draft = "Draft", submitted = "Submitted", approved = "Approved", returned = "Returned" },
  activity_states = { not_started = "Not started", on_track = "On track", delayed = "Delayed", done = "Done" },
  analysis = "Analysis", analysis_help = "Markdown: **bold**, *italic*, lists with -.", preview = "Preview",
  activity = "Activity", activity_status = "Status", comment = "Comment", value = "Value (own measurement)",
  save = "Save", saved = "Saved.", submit = "Submit", approve = "Approve", return_ = "Return",
  return_comment = "Why is the part returned?", history = "History", version = "version", by = "by",
  no_history = "Nothing saved yet.", config_wins = "The analysis is in the configuration (%s) and the report uses it; change it there.",
  conflict_title = "Someone else saved meanwhile",
  busy_title = "Not saved: the database is busy",
  busy_text = "Styr is fetching or computing data right now. Your text is still in the form; save again in a minute.",
  conflict_text = "Your text was not saved. Here are both; copy what you want to keep into the form and save again.",
  yours = "Your text", theirs = "The saved text",
  unauthorized = "Sign-in required. Open the page through the organisation's sign-in.",
  forbidden = "You may not do this.", csrf = "The form has expired. Reload the page and try again.",
  not_found = "No such page.", too_many = "Too many requests. Wait a moment and try again.",
  bad_request = "The request could not be read.", error = "Something went wrong; the error is logged.",
  too_large = "The request is too large.", read_only_refused = "This service shows published reports only.",
  approved_version = "Approved version", changes = "Changes since approval", no_changes = "No changes.",
  current = "Now", formats = "Formats", audience = "Audience", as_of = "As of", lineage = "Lineage",
  wheel_next = "Next in the annual wheel", members = "Members", reports_to = "Reports to",
  signoff = "Sign-off", all_approved = "Every part is approved.", not_all_approved = "Not every part is approved yet.",
  indicator = "Indicator", audit_when = "When", audit_who = "User", audit_what = "What", audit_from = "Address",
}

-- Problems with a configuration's label overrides: every key must be one styr knows, and every
-- text a string. Returns a list of messages (empty when all is well).
function M.check_overrides(spec)
  local problems = {}
  local function walk(over, base, path)
    for k, v in pairs(over) do
      local name = path .. tostring(k)
      local known = {}
      for bk in pairs(base) do known[#known + 1] = tostring(bk) end
      table.sort(known)
      if base[k] == nil then
        problems[#problems + 1] = "unknown label '" .. name .. "'" .. require("styr.util").suggest(tostring(k), known)
      elseif type(base[k]) == "table" then
        if type(v) ~= "table" then problems[#problems + 1] = "label '" .. name .. "' must be a table { … }"
        else walk(v, base[k], name .. ".") end
      elseif type(v) ~= "string" then
        problems[#problems + 1] = "label '" .. name .. "' must be a string, not " .. type(v)
      end
    end
  end
  walk(spec, M.en, "")
  return problems
end

-- A count in words with the plural form the number takes ("1 indikator", "3 indikatorer"): key
-- names an entry of L.plural; n is written as `shown` when given (a formatted number), else as is.
-- Swedish, Danish and English all take "one" for exactly 1 and "other" for every other number.
function M.count(L, key, n, shown)
  local entry = L.plural[key]
  return (string.format(n == 1 and entry.one or entry.other, shown or tostring(n)))
end

-- The labels of a language, with a configuration's overrides (a list of tables) laid over them.
function M.get(language, overrides)
  local base = M[language] or M.en
  if not overrides or #overrides == 0 then return base end
  local function merge(a, o)
    local r = {}
    for k, v in pairs(a) do r[k] = v end
    for k, v in pairs(o) do
      if type(v) == "table" and type(r[k]) == "table" then r[k] = merge(r[k], v) else r[k] = v end
    end
    return r
  end
  local merged = base
  for _, o in ipairs(overrides) do merged = merge(merged, o) end
  return merged
end

return M
