-- Stores the values typed into the configuration, so that reports read every number from the
-- store with its source and vintage. A value that did not change adds nothing; a changed value
-- adds one vintage; a value removed from the configuration gets a "missing" vintage.
local model = require "styr.model"
local util = require "styr.util"

local M = {}

M.PERIOD_KIND = "year"

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

local function observation(v, note, source, vintage)
  if model.is_missing(v) then
    return { status = "missing", note = v.reason or note, source = source, vintage = vintage }
  elseif type(v) == "string" then
    return { text = v, status = "ok", note = note, source = source, vintage = vintage }
  end
  return { value = v, status = "ok", note = note, source = source, vintage = vintage }
end

-- Writes every configured value into db (inside the caller's transaction).
-- Returns { new =, unchanged = } or fail, message.
function M.run(db, b, now)
  local code = b.municipality.code
  local counts = { new = 0, unchanged = 0 }
  for _, id in ipairs(b.indicator_order) do
    local ind = b.indicators[id]
    local ok, err = db:indicator(id, ind.title, ind.unit, ind.direction, now)
    if not ok then return nil, err end
    local source = "config:" .. ind.where.file .. ":" .. ind.where.line
    local stored = {}
    local rows, lerr = db:latest(id)
    if not rows then return nil, lerr end
    for _, r in ipairs(rows) do
      stored[r.area .. "\0" .. r.gender .. "\0" .. r.period] = r
    end
    for _, s in ipairs(M.series_of(ind, code)) do
      local sid, serr = db:series(id, s.area, s.gender, M.PERIOD_KIND)
      if not sid then return nil, serr end
      local values = type(s.values) == "table" and s.values or {}
      local notes = type(s.notes) == "table" and s.notes or {}
      for _, year in ipairs(util.sorted_keys(values)) do
        local obs = observation(values[year], notes[year], source, now)
        local changed, perr = db:put(sid, tostring(year), obs)
        if changed == nil then return nil, perr end
        local k = changed == "unchanged" and "unchanged" or "new"; counts[k] = counts[k] + 1
        stored[s.area .. "\0" .. s.gender .. "\0" .. year] = nil
      end
    end
    -- Values that were typed in before and are gone from the configuration now.
    for _, r in pairs(stored) do
      if r.source and r.source:sub(1, 7) == "config:" and r.status ~= "missing" then
        local sid = db:series(id, r.area, r.gender, r.period_kind)
        local changed, perr = db:put(sid, r.period, {
          status = "missing", note = "removed from the configuration", source = source, vintage = now,
        })
        if changed == nil then return nil, perr end
        if changed ~= "unchanged" then counts.new = counts.new + 1 end
      end
    end
  end
  return counts
end

return M
