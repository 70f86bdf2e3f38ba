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
}

function M.get(language)
  return M[language] or M.en
end

return M
