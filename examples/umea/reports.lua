-- The analysis group's follow-up "på indikatornivå", to the board and the strategic group, which
-- prioritise the initiatives it proposes in spring (seed 004). The wheel (wheel.lua) says when it is due.
-- The year is the last whole year: in spring 2026 the group reports on 2025.
report "uppfoljning" {
  title = "Analysgruppens uppföljning på indikatornivå 2025",
  year = 2025,
  formats = { "html", "csv" },
  audiences = { "styrelsen", "ssg" },
  intro = "Underlag till styrelsen och strategiska samverkansgruppen inför prioriteringen av samverkansinitiativ. " ..
          "OBS: målen och siffrorna är illustrativa; källdokumentet (bilaga 2, organisering av samverkan) " ..
          "anger inga mål eller värden.",
}
