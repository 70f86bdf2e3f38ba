-- Stores the values typed into the configuration, so that reports read every number from the
-- store with its source and vintage. A value that did not change adds nothing; a changed value
-- adds one vintage; a value removed from the configuration gets a "missing" vintage.
local model = require "styr.model"
local util = require "styr.util"

local M = {}

M.PERIOD_KIND = "year"

-- The note of the "missing" vintage a value gets when it is gone from the configuration.
M.REMOVED = "removed from the configuration"

-- The series an indicator declares: { area =, gender =, values =, notes = } for the total,
-- each gender and each organisational unit. The area is the municipality's code, or the
-- indicator's own `area` when its figures are for another (a county's, "24").
function M.series_of(ind, code)
  if type(ind.area) == "string" then code = ind.area end
  local list = {
    { area = code, gender = "T", values = ind.values, notes = ind.notes, breakdown = nil },
  }
  if type(ind.women) == "table" then
    list[#list + 1] = { area = code, gender = "K", values = ind.women.values, notes = ind.women.notes, breakdown = "women" }
  end
  if type(ind.men) == "table" then
    list[#list + 1] = { area = code, gender = "M", values = ind.men.values, notes = ind.men.notes, breakdown = "men" }
  end
  if type(ind.units) == "table" then
    for _, unit in ipairs(util.sorted_keys(ind.units)) do
      local s = ind.units[unit]
      list[#list + 1] = { area = code .. ":" .. unit, gender = "T", values = s.values, notes = s.notes, unit = unit }
    end
  end
  return list
end

-- One row for db:put_rows: a typed-in value (a number, a text or missing("reason")) of one
-- series and year.
local function row(id, ind, s, year, v, note, source)
  local r = { indicator = id, title = ind.title, unit = ind.unit, direction = ind.direction, area = s.area,
              gender = s.gender, period_kind = M.PERIOD_KIND, period = tostring(year), source = source, note = note }
  if model.is_missing(v) then
    r.status, r.note = "missing", v.reason or note
  elseif type(v) == "string" then
    r.text, r.status = v, "ok"
  else
    r.value, r.status = v, "ok"
  end
  return r
end

-- Writes every configured value into db, with one db:put_rows inside the caller's transaction.
-- A value removed from the configuration gets a "missing" vintage. Returns { new =, unchanged = }
-- (a changed value counts as new), or fail, message, kind.
function M.run(db, b, now)
  local code = b.municipality.code
  local rows = {}
  for _, id in ipairs(b.indicator_order) do
    local ind = b.indicators[id]
    local source = "config:" .. ind.where.file .. ":" .. ind.where.line
    local stored = {}
    -- Only the values typed in before matter here (those gone from the configuration get a
    -- missing vintage), not every fetched or computed value of the indicator.
    local latest, lerr, lkind
    if db.latest_from then latest, lerr, lkind = db:latest_from(id, "config:")
    else latest, lerr, lkind = db:latest(id) end
    if not latest then return nil, lerr, lkind end
    for _, r in ipairs(latest) do
      stored[r.area .. "\0" .. r.gender .. "\0" .. r.period] = r
    end
    for _, s in ipairs(M.series_of(ind, code)) do
      local values = type(s.values) == "table" and s.values or {}
      local notes = type(s.notes) == "table" and s.notes or {}
      for _, year in ipairs(util.sorted_keys(values)) do
        rows[#rows + 1] = row(id, ind, s, year, values[year], notes[year], source)
        stored[s.area .. "\0" .. s.gender .. "\0" .. year] = nil
      end
    end
    -- Values that were typed in before and are gone from the configuration now, in a fixed order.
    -- A typed missing("reason") that is gone is marked too: its reason no longer holds, and a
    -- formula indicator's own result takes the period again (the write makes compute run it).
    local gone = {}
    for k, r in pairs(stored) do
      if r.source and r.source:sub(1, 7) == "config:" and not (r.status == "missing" and r.note == M.REMOVED) then
        gone[#gone + 1] = k
      end
    end
    table.sort(gone)
    for _, k in ipairs(gone) do
      local r = stored[k]
      rows[#rows + 1] = { indicator = id, title = ind.title, unit = ind.unit, direction = ind.direction,
                          area = r.area, gender = r.gender, period_kind = r.period_kind, period = r.period,
                          status = "missing", note = M.REMOVED, source = source }
    end
  end
  local counts, err, kind = db:put_rows(rows, { vintage = now })
  if not counts then return nil, err, kind end
  return { new = counts.new + counts.changed, unchanged = counts.unchanged }
end

return M
