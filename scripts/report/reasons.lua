-- Why a value is missing, as a reader understands it. The store keeps each missing value's reason
-- as its note: the analyst's own words for a value typed in as missing("…"), the source's flag for
-- a fetched one, and for a computed one the formula engine's message (English and technical:
-- "input 'avslut' (avslut_arbete_studier) has no value for 2019", "division by zero"), which
-- styr explain and the JSON format keep. A report shows the reader a short cell text and, where it
-- helps, a sentence for a footnote, both in the report's language:
--
--   { cell = "Kan inte beräknas",
--     note = "Kan inte beräknas: uppgift saknas för ”Avslut till arbete eller studier” 2019.",
--     detail = the stored note (technical, for the JSON format) }
--
-- The formula engine's messages are read here, in one place; tests/spec/reasons_spec.lua runs the
-- real formulas so that a changed message is caught.
local labels = require "styr.labels"

local M = {}

-- The period kinds a year is made of, as the plural entries of the language catalogue name them.
local KIND_WORDS = { month = "months", quarter = "quarters", tertial = "tertials", half_year = "half_years",
                     week = "weeks" }

-- The note styr sync stores for a value that was typed in and is gone from the configuration.
M.REMOVED = require("styr.sync").REMOVED

-- What the formula engine's message says, outermost first (a formula that reads another computed
-- value repeats that value's reason after its own): { code =, id =, period = }.
function M.formula_reason(note)
  note = tostring(note or "")
  local _, id, p = note:match("^input '(.-)' %((.-)%) has no value for ([^%s:]+)")
  if id then return { code = "input_missing", id = id, period = p } end
  _, id, p = note:match("^input '(.-)' %((.-)%) is missing for ([^%s:]+)")
  if id then return { code = "input_missing", id = id, period = p } end
  if note:find("^division by zero") then return { code = "zero_denominator" } end
  id, p = note:match("^'(.-)' has no numeric target for (%d+)")
  if id then return { code = "no_target", id = id, period = p } end
  if note:find("^no base year") then return { code = "no_base" } end
  return { code = "not_computable" }
end

-- The title of indicator id in the configuration, or the id itself.
local function title_of(b, id)
  local ind = b.indicators and b.indicators[id]
  return ind and ind.title or id
end

-- The reader's words for a stored missing row `stored` (status "missing", with its note, source,
-- and for a year made of finer periods count and expected) of the year `year`. b: the model;
-- publisher: who published a fetched value (its name in the report's language), or nil.
function M.explain(b, L, stored, year, publisher)
  local R = L.reasons
  local note = stored and stored.note
  local source = stored and stored.source or ""
  if stored and stored.expected then
    -- A year made of months (quarters, …) with some of them missing; a stock counted at the
    -- year's end (aggregate = "last") needs its last period.
    local last = tostring(note or ""):match("^no value for (%S+), the last")
    if last then return { cell = R.missing, note = string.format(R.last_missing, last), detail = note } end
    local kind = KIND_WORDS[stored.finer_kind] or "months"
    return { cell = R.missing, note = string.format(R.part_of_year, tostring(stored.count or 0),
                                                    labels.count(L, kind, stored.expected)),
             detail = note }
  end
  if source:find("^config:") then
    -- Typed in as missing("…"): the analyst's own words, in the report's language already; a value
    -- taken out of the configuration is stored as missing with the engine's note.
    if note == M.REMOVED then return { cell = R.missing, detail = note } end
    return { cell = (note and note ~= "") and note or R.missing }
  end
  if source:find("^formula:") then
    local why = M.formula_reason(note)
    local text
    if why.code == "input_missing" then
      text = string.format(R.input_missing, title_of(b, why.id), why.period)
    elseif why.code == "no_target" then
      text = string.format(R.no_target, title_of(b, why.id), why.period)
    elseif why.code == "zero_denominator" or why.code == "no_base" then
      text = R[why.code]
    end
    return { cell = R.not_computable, note = text, detail = note }
  end
  if stored and stored.status == "confidential" then return { cell = R.missing, note = R.confidential, detail = note } end
  if note == nil then return { cell = R.missing } end
  -- Fetched: the source has no value; its own flag stays in the JSON format.
  return { cell = R.missing, note = publisher and string.format(R.source_missing, publisher, tostring(year)) or nil,
           detail = note }
end

-- The reader's words for the note of a value that is there (a fetched value's flag): preliminary
-- figures are said so, other flags of a source are left to the JSON format; notes typed into the
-- configuration are the analyst's own words. Returns the text, or nil.
function M.value_note(L, stored)
  if not (stored and stored.note) then return nil end
  local source = stored.source or ""
  if source:find("^config:") then return stored.note end
  if stored.status == "preliminary" then return L.reasons.preliminary end
  return nil
end

return M
