-- Norddjurs: status for the implementation of the action plan for the labour-market area (seed 003,
-- "Status for implementering af handleplanen på arbejdsmarkedsområdet", autumn 2015).
--   styr validate examples/norddjurs
--   styr show org --config examples/norddjurs
--   styr export wheel --format ics --config examples/norddjurs --year 2026
--   styr report status --config examples/norddjurs
-- Danish labels throughout. The status report gives the objectives and their cadences but no measured
-- values (the first temperature measurement is shown only in a figure that is not in the text), so
-- the values are missing("…") with the reason; the one figure it gives is the budget, 5,5 mio. kr.
municipality {
  code = "707", name = "Norddjurs Kommune", country = "DK", language = "da",
  -- "Handleplanen omfatter 5 indsatsområder", in the document's order: the focus areas are the
  -- perspectives under which the objectives are reported.
  perspectives = {
    "Hurtigere sagsbehandling",
    "Bedre kommunikation med borgerne",
    "Styrke dialogen med omverdenen",
    "Godt arbejdsmiljø",
    "Fastlægge en klar og tydelig ledelsesstruktur",
  },
}

-- Words that fit a Danish labour-market administration better than styr's defaults: the focus areas
-- are "indsatsområder"; the departments are modelled as kind "office", shown as "afdeling"; the
-- municipal council is modelled as kind "executive_board" (see org.lua), shown as "kommunalbestyrelse".
labels {
  perspective = "Indsatsområde",
  kinds = { office = "afdeling", executive_board = "kommunalbestyrelse" },
}

