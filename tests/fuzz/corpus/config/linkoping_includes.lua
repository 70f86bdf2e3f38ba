-- Linköping: the labour-market committee's operational plan 2019 (seed 002), the organisation of the
-- "500-uppdraget" (seed 000) and its annual wheel, and, as an illustration, the working groups of a
-- Swedish labour-market administration (seed 001). Run:  styr report uppfoljning --config examples/linkoping
municipality {
  code = "0580", name = "Linköpings kommun", country = "SE", language = "sv",
  -- The four perspectives of the plan's goal table, in the document's order.
  perspectives = { "Medborgare", "Ekonomi", "Verksamhet", "Medarbetare" },
  -- The indicators' definitions (unit, direction, formula) hold for the mandate period 2019-2022:
  -- changing one needs a decision, listed on the indicator as decisions = { { ref =, date =, change = } }.
  definition_lock = { from = "2019-01-01", to = "2022-12-31" },
}

include "org.lua"
include "indicators.lua"
include "economy.lua"      -- the inputs of the economy formulas (illustrative figures)
include "goals.lua"
include "activities.lua"
include "reports.lua"
include "workgroups.lua"   -- working groups of seed 001 (an illustration attached to Linköping)
include "wheel.lua"        -- the annual wheel of the 500-uppdraget's follow-up
include "kolada.lua"       -- open data from Kolada for comparison (styr fetch)
