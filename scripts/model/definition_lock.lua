-- The configuration side of the mandate-period lock (scripts/engine/definitions.lua compares and
-- records definitions in the store): the field checkers of municipality { definition_lock = … }
-- and indicator { decisions = … }, and the lock period of a configuration.
local util = require "styr.util"

local M = {}

local LOCK_FIELDS = { "from", "to" }
local DECISION_FIELDS = { "ref", "date", "change" }

local unknown_field = util.unknown_field

local function date_problem(v)
  -- The model's own date check; required here lazily, because the model loads this file.
  return require("styr.model").check.date(v)
end

-- municipality { definition_lock = { from = "YYYY-MM-DD", to = "YYYY-MM-DD" } }: nil when
-- acceptable, else a message (a field checker of scripts/model/model.lua).
function M.check_lock(v)
  if type(v) ~= "table" then return "must be { from = \"YYYY-MM-DD\", to = \"YYYY-MM-DD\" }, not " .. type(v) end
  local e = unknown_field(v, LOCK_FIELDS)
  if e then return e end
  for _, k in ipairs(LOCK_FIELDS) do
    if v[k] == nil then return "needs " .. k .. " = \"YYYY-MM-DD\"" end
    e = date_problem(v[k])
    if e then return k .. " " .. e end
  end
  if v.from > v.to then return "from (" .. v.from .. ") is after to (" .. v.to .. ")" end
end

-- indicator { decisions = { { ref = "…", date = "YYYY-MM-DD", change = "…" }, … } }.
function M.check_decisions(v)
  local check = require("styr.model").check
  local e = require("styr.model").list_of(function(d)
    if type(d) ~= "table" then return "must be { ref = \"…\", date = \"YYYY-MM-DD\", change = \"…\" }" end
    local u = unknown_field(d, DECISION_FIELDS)
    if u then return u end
    for _, k in ipairs(DECISION_FIELDS) do
      if d[k] == nil then return "needs " .. k .. " = " .. (k == "date" and "\"YYYY-MM-DD\"" or "\"…\"") end
      local fe = (k == "date" and date_problem or check.string)(d[k])
      if fe then return k .. " " .. fe end
    end
  end)(v)
  if e then return e end
  local seen = {}
  for i, d in ipairs(v) do
    if seen[d.ref] then return "item " .. i .. " repeats the ref \"" .. d.ref .. "\" of item " .. seen[d.ref] end
    seen[d.ref] = i
  end
end

-- The lock period of a valid configuration, or nil.
function M.lock_of(b)
  local m = b.municipality
  local l = m and m.definition_lock
  if type(l) == "table" and not M.check_lock(l) then return l end
end

return M
