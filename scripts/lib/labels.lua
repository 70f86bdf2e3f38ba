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
  source_formula = "beräknad med formel",
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
  source_formula = "beregnet med formel",
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
  source_formula = "computed by a formula",
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
