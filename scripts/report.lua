-- Builds a report document from the model and the store: goals grouped by perspective, each
-- indicator row with its values by year (latest vintage), targets, base value and status for the
-- follow-up year, the goals' activities, footnotes and sources. The renderers (render_html,
-- render_csv) turn the same document into files, so every format shows the same numbers.
local status = require "styr.status"
local sync = require "styr.sync"
local util = require "styr.util"
local labels = require "styr.labels"
local goal_status = require "styr.goal_status"
local format = require "styr.format"

local M = {}

-- Disclosure control: counts below this in breakdowns (gender and unit rows) are not shown.
M.SUPPRESS_BELOW = 5
local COUNT_UNITS = { count = true, persons = true, households = true, placements = true }

-- Which goals a report covers, in configuration order.
local function selected_goals(b, r)
  local list = {}
  local by_goal = type(r.goals) == "table" and util.set(r.goals)
  local by_perspective = type(r.perspectives) == "table" and util.set(r.perspectives)
  for _, id in ipairs(b.goal_order) do
    local g = b.goals[id]
    if (not by_goal or by_goal[id]) and (not by_perspective or by_perspective[g.perspective]) and
       (r.body == nil or g.body == r.body) then
      list[#list + 1] = g
    end
  end
  return list
end

-- Perspective order: the municipality's list, then any other in order of appearance.
local function perspective_order(b, goals)
  local order, seen = {}, {}
  local declared = b.municipality.perspectives
  if type(declared) == "table" then
    for _, p in ipairs(declared) do order[#order + 1] = p; seen[p] = true end
  end
  for _, g in ipairs(goals) do
    local p = g.perspective or ""
    if not seen[p] then order[#order + 1] = p; seen[p] = true end
  end
  return order
end

-- Latest stored rows of an indicator, keyed by area .. "\0" .. gender, then by year.
local function stored_series(db, id)
  local rows, err = db:latest(id)
  if not rows then return nil, err end
  local by = {}
  for _, row in ipairs(rows) do
    local key = row.area .. "\0" .. row.gender
    by[key] = by[key] or {}
    local year = tonumber(row.period)
    if year then by[key][year] = row end
  end
  return by
end

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

local function cell_value(row)
  if row == nil or row.status == "missing" then return nil end
  if row.text ~= nil then return row.text end
  return row.value
end

-- Builds the report document; returns doc or fail, message.
function M.build(b, db, report_id, opts)
  local r = b.reports[report_id]
  local lang = b.municipality.language
  local L = labels.get(lang, b.label_overrides)
  local year = r.year
  local goals = selected_goals(b, r)
  local doc = {
    id = report_id, title = r.title, intro = r.intro, year = year, language = lang,
    municipality = b.municipality.name, municipality_code = b.municipality.code,
    generated = opts.generated, labels = L, sections = {}, footnotes = {}, sources = {},
    audiences = {}, suppress_below = r.suppress_below or M.SUPPRESS_BELOW,
    peers = type(r.peers) == "table" and #r.peers > 0 and r.peers or nil, national = r.national,
    as_of = opts.current and opts.as_of or nil,
  }
  if type(r.audiences) == "table" then
    for _, a in ipairs(r.audiences) do doc.audiences[#doc.audiences + 1] = b.bodies[a].name end
  end

  -- Footnotes are numbered in order of first use; identical texts share a number.
  local note_numbers = {}
  local function footnote(text)
    if not note_numbers[text] then
      doc.footnotes[#doc.footnotes + 1] = text
      note_numbers[text] = #doc.footnotes
    end
    return note_numbers[text]
  end
  local source_seen = {}
  -- Sources are listed once per file or URL and vintage (config:FILE:LINE counts as FILE).
  local function source(row)
    if not (row and row.source) then return end
    local src = row.source:gsub("^(config:.-):%d+$", "%1")
    if not source_seen[src .. "\0" .. row.vintage] then
      source_seen[src .. "\0" .. row.vintage] = true
      doc.sources[#doc.sources + 1] = { source = src, vintage = row.vintage }
    end
  end

  -- First pass: gather rows, and the years that have values or targets.
  local value_years, target_years = {}, {}
  local rows_by_goal = {}
  for _, g in ipairs(goals) do
    local rows = {}
    for _, ind_id in ipairs(g.indicators) do
      local ind = b.indicators[ind_id]
      local stored, err = stored_series(db, ind_id)
      if not stored then return nil, err end
      local current
      if opts.current then
        current, err = stored_series(opts.current, ind_id)
        if not current then return nil, err end
      end
      for _, s in ipairs(sync.series_of(ind, b.municipality.code)) do
        local data = stored[s.area .. "\0" .. s.gender] or {}
        local declared = s.breakdown and ind[s.breakdown] or s.unit and ind.units[s.unit] or ind
        local targets = type(declared.targets) == "table" and declared.targets or {}
        local row = {
          indicator = ind_id, title = ind.title, unit = ind.unit, kind = ind.kind,
          breakdown = s.breakdown, org_unit = s.unit, decimals = ind.decimals, direction = ind.direction,
          values = {}, missing = {}, targets = targets, notes = {}, revised = {},
          base = (not s.breakdown and not s.unit) and ind.base or nil,
        }
        if s.breakdown then row.label = L.breakdown[s.breakdown]
        elseif s.unit then row.label = s.unit
        else row.label = ind.title end
        for y, stored_row in pairs(data) do
          local v = cell_value(stored_row)
          if v ~= nil then row.values[y] = v else row.missing[y] = stored_row.note or L.missing end
          value_years[y] = true
          if stored_row.note and v ~= nil then row.notes[y] = footnote(stored_row.note) end
          source(stored_row)
        end
        for y in pairs(targets) do target_years[y] = true end
        -- --as-of: values revised since (a later vintage with another value or status) get a
        -- footnote with today's value; row.revised[y] is its number. Only shown years count.
        if current then
          local now_data = current[s.area .. "\0" .. s.gender] or {}
          local years = {}
          for y in pairs(now_data) do years[#years + 1] = y end
          table.sort(years) -- footnotes are numbered in order of first use: years in order
          for _, y in ipairs(years) do
            local now_row, old_row = now_data[y], data[y]
            local nv, ov = cell_value(now_row), old_row and cell_value(old_row)
            if not old_row or nv ~= ov or now_row.status ~= old_row.status then
              local shown
              if nv == nil then shown = now_row.note or L.missing
              elseif type(nv) ~= "number" then shown = tostring(nv)
              elseif (s.breakdown or s.unit) and COUNT_UNITS[ind.unit] and nv < doc.suppress_below then
                shown = L.suppressed
              else shown = format.number(nv, lang, ind.decimals) end
              row.revised[y] = footnote(string.format(L.revised_since, doc.as_of, shown))
            end
          end
        end
        -- Status for the follow-up year.
        local reference = row.values[year - 1]
        if type(reference) ~= "number" and row.base and row.base.value then reference = row.base.value end
        row.status = status.evaluate(row.values[year], targets[year], reference, {
          direction = ind.direction, tolerance = ind.tolerance, kind = ind.kind,
        })
        -- Suppression after the status: the status says nothing a reader could count back.
        if (s.breakdown or s.unit) and COUNT_UNITS[ind.unit] then
          for y, v in pairs(row.values) do
            if type(v) == "number" and v < doc.suppress_below then
              row.values[y] = nil
              row.suppressed = row.suppressed or {}
              row.suppressed[y] = true
              doc.suppression_note = doc.suppression_note or
                footnote((L.suppression_note:gsub("%%d", tostring(doc.suppress_below))))
              row.notes[y] = doc.suppression_note
            end
          end
        end
        row.suppressed = row.suppressed or {}
        if type(r.peers) == "table" and not s.breakdown and not s.unit then
          row.peer = M.peer_comparison(r, s.area, ind, row, stored, year)
        end
        if not s.breakdown and not s.unit and ind.footnote then row.footnote = footnote(ind.footnote) end
        if row.base and row.base.missing then row.base_missing = row.base.missing end
        rows[#rows + 1] = row
      end
    end
    rows_by_goal[g.id] = rows
  end
  doc.value_years = util.sorted_keys(value_years)
  doc.target_years = util.sorted_keys(target_years)

  -- Activities by goal, with done / overdue / open as of the report's date.
  local today = opts.today
  local activities = {}
  for _, a in ipairs(b.activities) do
    activities[a.goal] = activities[a.goal] or {}
    local state = a.done and "done" or ((a.due and today and a.due < today) and "overdue" or "open")
    table.insert(activities[a.goal], {
      title = a.title, owner = a.owner and b.bodies[a.owner] and b.bodies[a.owner].name or a.owner,
      due = a.due, state = state,
    })
  end

  local counts = {}
  for _, p in ipairs(perspective_order(b, goals)) do
    local section = { perspective = p, goals = {} }
    for _, g in ipairs(goals) do
      if (g.perspective or "") == p then
        -- The goal's status from its indicators' totals (breakdowns and units do not vote).
        local entries = {}
        for _, row in ipairs(rows_by_goal[g.id]) do
          if not row.breakdown and not row.org_unit then
            entries[#entries + 1] = { indicator = row.indicator, status = row.status }
          end
        end
        local gs, score = goal_status.aggregate(g.status_rule, entries, g.weights)
        section.goals[#section.goals + 1] = {
          id = g.id, number = g.number, title = g.title, area = g.area, municipal_goal = g.municipal_goal,
          rows = rows_by_goal[g.id], activities = activities[g.id] or {},
          status = gs, status_rule = g.status_rule or goal_status.DEFAULT, status_score = score,
        }
        for _, row in ipairs(rows_by_goal[g.id]) do counts[row.status] = (counts[row.status] or 0) + 1 end
      end
    end
    if #section.goals > 0 then doc.sections[#doc.sections + 1] = section end
  end
  doc.status_counts = counts
  return doc
end

return M
