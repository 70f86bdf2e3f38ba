-- The stored series a report reads: each indicator's latest values by area, gender and year
-- (the latest vintage, or what a --as-of view shows), years made from months or quarters by the
-- indicator's aggregate rule.
local util = require "styr.util"
local period = require "styr.period"

local M = {}

-- A year made of finer stored rows (months, quarters, weeks …) by the indicator's `aggregate`
-- rule (core/period.h; weighted_mean weighs each period by the `aggregate_weights` indicator's
-- value): the year's value, or a missing row with the reason ("4 of 12 months: 2026-05 missing").
-- The source and vintage are those of the newest row that went into it.
local function aggregate_years(ind, finer, weight_rows)
  local out = {}
  -- One kind at a time (a series normally has one); the kind with the most periods wins a year.
  local kinds = {}
  for _, row in ipairs(finer) do
    kinds[row.period_kind] = kinds[row.period_kind] or {}
    table.insert(kinds[row.period_kind], row)
  end
  for _, kind in ipairs(util.sorted_keys(kinds)) do
    local rows = kinds[kind]
    local series, newest = {}, {}
    for _, row in ipairs(rows) do
      local v = row.status ~= "missing" and type(row.value) == "number" and row.value or nil
      series[#series + 1] = { period = row.period, value = v }
      local y = tonumber(row.period:sub(1, 4))
      if not newest[y] or row.vintage > newest[y].vintage then newest[y] = row end
    end
    local weights
    if ind.aggregate == "weighted_mean" then
      weights = {}
      for _, w in ipairs(weight_rows or {}) do
        if w.period_kind == kind and w.status ~= "missing" and type(w.value) == "number" then weights[w.period] = w.value end
      end
    end
    local ok, results = pcall(period.aggregate, series, "year", ind.aggregate, weights)
    if not ok then error("indicator '" .. ind.id .. "': " .. tostring(results), 0) end
    for _, r in ipairs(results) do
      local y = tonumber(r.period)
      if y and (not out[y] or (r.count or 0) > (out[y].count or 0)) then
        local src = newest[y]
        out[y] = {
          count = r.count, period = tostring(y), period_kind = "year", source = src.source, vintage = src.vintage,
          fetched_at = src.fetched_at, value = r.value, status = r.value == nil and "missing" or "ok",
          note = r.value == nil and r.reason or nil,
          -- a year with periods missing: how many there were of how many (scripts/report/reasons.lua)
          expected = r.value == nil and r.expected or nil, finer_kind = kind,
        }
      end
    end
  end
  return out
end

-- Latest stored rows of an indicator, keyed by area .. "\0" .. gender, then by year; or nil and
-- the store's message. Finer periods make years by the indicator's `aggregate` rule; a year
-- stored as a year comes first. areas (a list of area codes, optional) limits the reading to
-- those areas: a report reads its municipality and peers, not the whole country.
local function latest(db, id, areas)
  if areas and db.latest_in then return db:latest_in(id, areas) end
  return db:latest(id)
end

function M.read(db, id, ind, weights_id, areas)
  local rows, err = latest(db, id, areas)
  if not rows then return nil, err end
  local by, finer = {}, {}
  for _, row in ipairs(rows) do
    local key = row.area .. "\0" .. row.gender
    by[key] = by[key] or {}
    local year = row.period_kind == "year" and tonumber(row.period)
    if year then by[key][year] = row
    elseif ind and ind.aggregate then
      finer[key] = finer[key] or {}
      table.insert(finer[key], row)
    end
  end
  if next(finer) then
    local weight_by = {}
    if weights_id then
      local wrows, werr = latest(db, weights_id, areas)
      if not wrows then return nil, werr end
      for _, w in ipairs(wrows) do
        local key = w.area .. "\0" .. w.gender
        weight_by[key] = weight_by[key] or {}
        table.insert(weight_by[key], w)
      end
    end
    for _, key in ipairs(util.sorted_keys(finer)) do
      local ok, years = pcall(aggregate_years, ind, finer[key], weight_by[key])
      if not ok then return nil, tostring(years) end
      for y, row in pairs(years) do
        if by[key][y] == nil then by[key][y] = row end
      end
    end
  end
  return by
end

-- What a stored row shows in a cell: its number or text, nil when missing.
function M.cell_value(row)
  if row == nil or row.status == "missing" then return nil end
  if row.text ~= nil then return row.text end
  return row.value
end

return M
