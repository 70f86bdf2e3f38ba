-- The rows of a report's indicator tables: for each indicator, a row for its total and one for
-- each gender or organisational unit, with its values by year (latest vintage), targets, base
-- value, status for the follow-up year, disclosure control, peer comparison, notes and sources.
-- Called by the builder (scripts/report/report.lua) with its build context.
local status = require "styr.status"
local sync = require "styr.sync"
local util = require "styr.util"
local format = require "styr.format"
local stored_series = require "styr.stored_series"
local reasons = require "styr.reasons"
local report_text = require "styr.report_text"

local M = {}

-- Units that count people or things: their small breakdown values are suppressed.
local COUNT_UNITS = { count = true, persons = true, households = true, placements = true }
local cell_value = stored_series.cell_value

-- Peer comparison of a total row (report field peers): the comparison year is the follow-up year
-- when the municipality has a number for it, else the latest earlier year with a number. Rank 1 is
-- best by the indicator's direction (increase: highest; decrease: lowest); equal values share a
-- rank; no direction, no rank. count is how many were compared, the municipality included.
function M.peer_comparison(r, code, ind, row, stored, year)
  local y
  if type(row.values[year]) == "number" then y = year
  else
    for yy, v in pairs(row.values) do
      if type(v) == "number" and yy < year and (not y or yy > y) then y = yy end
    end
  end
  if not y then return nil end
  local names = type(r.peer_names) == "table" and r.peer_names or {}
  local own = row.values[y]
  local list = { { code = code, name = names[code] or code, value = own, self = true } }
  for _, p in ipairs(r.peers) do
    local sr = (stored[p .. "\0T"] or {})[y]
    local v = sr and sr.status ~= "missing" and type(sr.value) == "number" and sr.value or nil
    if v ~= nil and p ~= code then list[#list + 1] = { code = p, name = names[p] or p, value = v, self = false } end
  end
  if #list < 2 then return nil end
  local cmp = { code = code, year = y, count = #list, values = list }
  if ind.direction == "increase" or ind.direction == "decrease" then
    local rank = 1
    for _, e in ipairs(list) do
      if (ind.direction == "increase" and e.value > own) or (ind.direction == "decrease" and e.value < own) then
        rank = rank + 1
      end
    end
    cmp.rank = rank
  end
  if r.national then
    local sr = (stored[r.national .. "\0T"] or {})[y]
    if sr and sr.status ~= "missing" and type(sr.value) == "number" then cmp.national = sr.value end
  end
  return cmp
end

-- A new row of series s (sync.series_of's: total, a gender or a unit) of indicator ind.
local function new_row(ctx, ind, s)
  local declared = s.breakdown and ind[s.breakdown] or s.unit and ind.units[s.unit] or ind
  local row = {
    indicator = ind.id, title = ind.title, unit = ind.unit, kind = ind.kind,
    breakdown = s.breakdown, org_unit = s.unit, decimals = ind.decimals, direction = ind.direction,
    values = {}, missing = {}, detail = {}, targets = type(declared.targets) == "table" and declared.targets or {},
    notes = {},
    revised = {}, sources = {}, source_keys = {},
    base = (not s.breakdown and not s.unit) and ind.base or nil,
  }
  if s.breakdown then row.label = ctx.L.breakdown[s.breakdown]
  elseif s.unit then row.label = s.unit
  else row.label = ind.title end
  return row
end

-- The stored values of the row's series by year: a value, or why it is missing in the reader's
-- words (scripts/report/reasons.lua: a short text for the cell, a sentence as its footnote, the
-- stored technical note kept in row.detail for the JSON format); a value's note as a footnote;
-- where each came from. Every year read and every target year is a column.
local function fill_values(ctx, row, data)
  for _, y in ipairs(util.sorted_keys(data)) do
    local stored_row = data[y]
    local v = cell_value(stored_row)
    local e = ctx.provenance:add(row.indicator, stored_row, row)
    if v ~= nil then
      row.values[y] = v
      local text = reasons.value_note(ctx.L, stored_row)
      if text then row.notes[y] = ctx.footnote(text) end
      if stored_row.note and not text then row.detail[y] = stored_row.note end
    else
      local why = reasons.explain(ctx.b, ctx.L, stored_row, y, e and e.origin == "fetch" and report_text.publisher(e, ctx.L))
      row.missing[y], row.detail[y] = why.cell, why.detail
      if why.note then row.notes[y] = ctx.footnote(why.note) end
    end
    ctx.value_years[y] = true
  end
  for y in pairs(row.targets) do ctx.target_years[y] = true end
end

-- --as-of: values revised since (a later vintage with another value or status) get a footnote
-- with today's value; row.revised[y] is its number. Footnotes are numbered in order of first use.
local function mark_revised(ctx, row, ind, data, now_data)
  local L, doc = ctx.L, ctx.doc
  local counted = (row.breakdown or row.org_unit) and COUNT_UNITS[ind.unit]
  for _, y in ipairs(util.sorted_keys(now_data)) do
    local now_row, old_row = now_data[y], data[y]
    local nv, ov = cell_value(now_row), old_row and cell_value(old_row)
    if not old_row or nv ~= ov or now_row.status ~= old_row.status then
      local shown
      if nv == nil then shown = reasons.explain(ctx.b, L, now_row, y).cell
      elseif type(nv) ~= "number" then shown = tostring(nv)
      elseif counted and nv < doc.suppress_below then shown = L.suppressed
      else shown = format.number(nv, ctx.lang, ind.decimals) end
      row.revised[y] = ctx.footnote(string.format(L.revised_since, doc.as_of, shown))
      doc.revised_any = true
    end
  end
end

-- Disclosure control, after the status (the status says nothing a reader could count back): a
-- breakdown's count below the report's threshold is not shown, and a footnote says why.
local function suppress_small_counts(ctx, row, ind)
  local doc = ctx.doc
  row.suppressed = {}
  if not ((row.breakdown or row.org_unit) and COUNT_UNITS[ind.unit]) then return end
  for _, y in ipairs(util.sorted_keys(row.values)) do
    local v = row.values[y]
    if type(v) == "number" and v < doc.suppress_below then
      row.values[y] = nil
      row.suppressed[y] = true
      doc.suppression_note = doc.suppression_note or
        ctx.footnote((ctx.L.suppression_note:gsub("%%d", tostring(doc.suppress_below))))
      row.notes[y] = doc.suppression_note
    end
  end
end

-- The areas a report shows for an indicator: its series' areas, the report's peers and the
-- national figure it compares with.
local function shown_areas(ctx, ind)
  local set, list = {}, {}
  local function add(a)
    if type(a) == "string" and not set[a] then set[a] = true; list[#list + 1] = a end
  end
  for _, s in ipairs(sync.series_of(ind, ctx.b.municipality.code)) do add(s.area) end
  if type(ctx.r.peers) == "table" then
    for _, p in ipairs(ctx.r.peers) do add(p) end
  end
  add(ctx.r.national)
  return list
end

-- Each indicator's rows (total, gender, units), built once, on first use: the list, or nil and
-- the store's message. Only the areas the report shows are read from the store.
function M.of(ctx, ind_id)
  if ctx.rows[ind_id] then return ctx.rows[ind_id] end
  local ind = ctx.b.indicators[ind_id]
  local areas = shown_areas(ctx, ind)
  local stored, err = stored_series.read(ctx.db, ind_id, ind, ind.aggregate_weights, areas)
  if not stored then return nil, err end
  local current
  if ctx.current then
    current, err = stored_series.read(ctx.current, ind_id, ind, ind.aggregate_weights, areas)
    if not current then return nil, err end
  end
  local year = ctx.year
  local rows = {}
  for _, s in ipairs(sync.series_of(ind, ctx.b.municipality.code)) do
    local key = s.area .. "\0" .. s.gender
    local data = stored[key] or {}
    local row = new_row(ctx, ind, s)
    fill_values(ctx, row, data)
    if current then mark_revised(ctx, row, ind, data, current[key] or {}) end
    -- Status for the follow-up year, against the year before or else the base value.
    local reference = row.values[year - 1]
    if type(reference) ~= "number" and row.base and row.base.value then reference = row.base.value end
    row.status = status.evaluate(row.values[year], row.targets[year], reference, {
      direction = ind.direction, tolerance = ind.tolerance, kind = ind.kind,
    })
    suppress_small_counts(ctx, row, ind)
    local total = not s.breakdown and not s.unit
    if type(ctx.r.peers) == "table" and total then
      row.peer = M.peer_comparison(ctx.r, s.area, ind, row, stored, year)
    end
    if total and ind.footnote then row.footnote = ctx.footnote(ind.footnote) end
    if row.base and row.base.missing then row.base_missing = row.base.missing end
    rows[#rows + 1] = row
  end
  ctx.rows[ind_id] = rows
  return rows
end

return M
