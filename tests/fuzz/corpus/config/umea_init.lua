-- Umeå: how the coordination association (samordningsförbund, finsam) organises governance of the
-- coordinated rehabilitation work. Seed 004, "Bilaga 2. Organisering av samverkan – ledning och
-- styrning": three levels (beslutande, strategisk, operativ), the association board, its office, the
-- strategic group with its working committee, the analysis group and the operational steering groups.
--   styr validate examples/umea
--   styr show org --config examples/umea
--   styr show wheel --config examples/umea --year 2026
--   styr report uppfoljning --config examples/umea
--
-- The seed describes the organisation only. It gives no goals, no indicator values and no dates: every
-- goal, indicator, value and date in goals.lua, indicators.lua and wheel.lua is ILLUSTRATIVE (marked so
-- there), chosen to show how the analysis group's work is followed up.

-- The seed speaks of "Samordningsförbundet" and of "avtal med Umeå kommun"; the association's own name
-- is not in the text. We call it "Samordningsförbundet Umeå" and give Umeå kommun's code (2480), the
-- municipality the association serves.
municipality {
  code = "2480", name = "Samordningsförbundet Umeå", country = "SE", language = "sv",
  -- Not in the seed: the two headings under which the analysis group's follow-up is reported. Our
  -- choice, after its two kinds of task: analysing the population's support by benefits (SCB:s
  -- helårsekvivalenter, local register data) and following up the prioritised initiatives.
  perspectives = { "Befolkningens försörjning", "Samverkansinitiativ" },
}

-- The goals are the association's, not a committee's ("Nämndmål" is styr's Swedish default).
labels { goal = "Mål" }

