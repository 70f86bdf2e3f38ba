-- ILLUSTRATIVE goals. Seed 004 gives the board the task to "besluta om mål och riktlinjer för den
-- finansiella samordningen" and the analysis group the task to "identifiera indikatorer och föreslå mål
-- för initiativen", but it states no goal. The goals below show the kind the analysis group would
-- follow; the board owns them (it decides goals), the analysis group follows them up.

goal "F-1" {
  number = 1, perspective = "Befolkningens försörjning", body = "styrelsen",
  area = "Befolkningens försörjning",
  title = "Färre personer i Umeå ska försörjas av sociala ersättningar och bidrag (illustrativt mål)",
  indicators = { "helarsekv", "helarsekv_andel" },
}

goal "F-2" {
  number = 2, perspective = "Befolkningens försörjning", body = "styrelsen",
  area = "Prioriterade målgrupper",
  title = "Fler i de prioriterade målgrupperna ska bli självförsörjande (illustrativt mål)",
  indicators = { "malgrupp_unga" },
}

goal "S-1" {
  number = 3, perspective = "Samverkansinitiativ", body = "styrelsen",
  area = "Prioriterade samverkansinitiativ",
  title = "De prioriterade samverkansinitiativen ska leda till arbete eller studier (illustrativt mål)",
  indicators = { "initiativ_arbete_studier", "initiativ_antal" },
}
