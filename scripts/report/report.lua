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
local layout = require "styr.layout"
local charts = require "styr.charts"

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

-- A year made of finer stored rows (months, quarters, weeks …) by the indicator's `aggregate`
-- rule (core/period.h; weighted_mean weighs each period by the `aggregate_weights` indicator's
-- value): the year's value, or a missing row with the reason ("4 of 12 months: 2026-05 missing").
-- The source and vintage are those of the newest row that went into it.
local function aggregate_years(ind, finer, weight_rows)
  local period = require "styr.period"
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
        }
      end
    end
  end
  return out
end

-- Latest stored rows of an indicator, keyed by area .. "\0" .. gender, then by year. Finer
-- periods make years by the indicator's `aggregate` rule; a year stored as a year comes first.
local function stored_series(db, id, ind, weights_id)
  local rows, err = db:latest(id)
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
      local wrows, werr = db:latest(weights_id)
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

-- The describable source of a stored source text: config:FILE for values typed in, else the URL,
-- and which source declaration (and its own id of the series: a Kolada KPI, a PxWeb table) feeds
-- the indicator. Returns source, source_id, ref; report.build keeps the answers, as every stored
-- row of a series asks the same.
local function describe_source(b, ind_id, raw)
  -- config:FILE:LINE (typed in) and formula:FILE:LINE (computed) name the file, relative to the
  -- configuration folder: the same report whatever path --config was given.
  local src = raw:gsub("^((%a+):.-):%d+$", function(whole, kind)
    if kind == "config" or kind == "formula" then return whole end
  end)
  local kind, path = src:match("^(%a+):(.*)$")
  if kind == "config" or kind == "formula" then
    -- The stored path is FOLDER/FILE with the folder as --config named it when the value was
    -- stored; the file is the longest of today's configuration files it ends with.
    local folder = b.entry and b.entry:match("^(.*)/[^/]+$")
    local best
    for file in pairs(b.file_texts or {}) do
      local rel = folder and file:sub(1, #folder + 1) == folder .. "/" and file:sub(#folder + 2)
      if rel and (path == rel or path:sub(-(#rel + 1)) == "/" .. rel) and (not best or #rel > #best) then best = rel end
    end
    if best then src = kind .. ":" .. best end
  end
  if not src:find("^config:") and not src:find("^formula:") then
    for _, sid in ipairs(b.source_order) do
      local decl = b.sources[sid]
      local plugin = require("styr.sources").plugin(decl.kind)
      local ref = plugin and plugin.series_ref and plugin.series_ref(decl, ind_id)
      if ref then return src, sid, ref end
    end
  end
  return src
end

-- A source in words, for the footnote under a table or chart and the list of sources: the file
-- typed in, or the series id and the source declaration ("Kolada N31807 (kolada)"), and when it
-- was read (fetched, or stored from the configuration: the vintage's day).
local function source_name(e, L)
  if e.source:find("^config:") then return (e.source:gsub("^config:", "")) .. " (" .. L.source_config .. ")" end
  if e.source:find("^formula:") then return (e.source:gsub("^formula:", "")) .. " (" .. L.source_formula .. ")" end
  return e.ref and (e.ref .. " (" .. e.source_id .. ")") or e.source_id or e.source
end
local function read_day(e) return (e.fetched or e.vintage):sub(1, 10) end

function M.source_text(e, L)
  return source_name(e, L) .. ", " .. L.fetched .. " " .. read_day(e)
end

-- A table's or chart's sources in one line: each source once, with the days its numbers were
-- read ("indicators.lua (inmatat i konfigurationen), inläst 2019-10-01, 2020-01-15").
function M.sources_line(list, L)
  local order, days = {}, {}
  for _, e in ipairs(list) do
    local name = source_name(e, L)
    if not days[name] then days[name] = {}; order[#order + 1] = name end
    local d = read_day(e)
    if not util.set(days[name])[d] then table.insert(days[name], d) end
  end
  local parts = {}
  for _, name in ipairs(order) do
    table.sort(days[name])
    parts[#parts + 1] = name .. ", " .. L.fetched .. " " .. table.concat(days[name], ", ")
  end
  return table.concat(parts, "; ")
end

-- A row's notes as one text for a table cell (CSV, XLSX): why values are missing, the missing
-- base value, value footnotes, the indicator's footnote and, with --as-of, today's values of what
-- was revised; and the list of revised years.
function M.row_notes(doc, row)
  local L = doc.labels
  local notes, revised = {}, {}
  for _, y in ipairs(doc.value_years) do
    if row.missing[y] then notes[#notes + 1] = y .. ": " .. row.missing[y] end
  end
  if row.base_missing then notes[#notes + 1] = L.base .. ": " .. row.base_missing end
  for _, y in ipairs(doc.value_years) do
    if row.notes[y] then notes[#notes + 1] = y .. ": " .. doc.footnotes[row.notes[y]] end
  end
  if row.footnote then notes[#notes + 1] = doc.footnotes[row.footnote] end
  for _, y in ipairs(doc.value_years) do
    if row.revised and row.revised[y] then
      notes[#notes + 1] = y .. ": " .. doc.footnotes[row.revised[y]]
      revised[#revised + 1] = tostring(y)
    end
  end
  return table.concat(notes, "; "), revised
end

-- The wheel's next deliveries of a table's or chart's indicators, in words.
function M.deliveries_text(list, L)
  local parts = {}
  for _, d in ipairs(list) do parts[#parts + 1] = d.date .. " (" .. d.event .. ")" end
  return L.next_update:sub(1, 1):upper() .. L.next_update:sub(2) .. ": " .. table.concat(parts, "; ")
end

-- The default layout: the status overview, a goal table per perspective (with each goal's
-- charts and activities), footnotes and sources.
local DEFAULT_LAYOUT = { { block = "chart", kind = "status" }, { block = "goal_table" }, { block = "footnotes" } }

-- Builds the report document; returns doc or fail, message. opts.audience: the body the
-- rendering is for (its name fills {audience}; blocks for other audiences are left out);
-- opts.charts = false: no format shows charts, so none are drawn.
function M.build(b, db, report_id, opts)
  local r = b.reports[report_id]
  local lang = b.municipality.language
  local L = labels.get(lang, b.label_overrides)
  local year = r.year
  local report_goals = selected_goals(b, r)
  local doc = {
    id = report_id, title = r.title, intro = r.intro, year = year, language = lang,
    municipality = b.municipality.name, municipality_code = b.municipality.code,
    generated = opts.generated, labels = L, sections = {}, blocks = {}, footnotes = {}, sources = {},
    audiences = {}, suppress_below = r.suppress_below or M.SUPPRESS_BELOW,
    peers = type(r.peers) == "table" and #r.peers > 0 and r.peers or nil, national = r.national,
    as_of = opts.current and opts.as_of or nil,
  }
  if type(r.audiences) == "table" then
    for _, a in ipairs(r.audiences) do doc.audiences[#doc.audiences + 1] = b.bodies[a].name end
  end
  if opts.audience then doc.audience = { id = opts.audience, name = b.bodies[opts.audience].name } end
  local calendar = require "styr.calendar"
  local from_day = calendar.parse_date(opts.generated or "") or calendar.parse_date(year .. "-01-01")
  local next_delivery = require("styr.views").next_deliveries(b, from_day, tonumber(calendar.format_date(from_day):sub(1, 4)))

  -- Footnotes are numbered in order of first use; identical texts share a number.
  local note_numbers = {}
  local function footnote(text)
    if not note_numbers[text] then
      doc.footnotes[#doc.footnotes + 1] = text
      note_numbers[text] = #doc.footnotes
    end
    return note_numbers[text]
  end
  -- Sources are listed once per file or URL and vintage (config:FILE:LINE counts as FILE), for
  -- the whole report and for each table and chart (row.sources).
  local source_seen = {}
  local described = {}
  local function source(ind_id, stored_row, row)
    if not (stored_row and stored_row.source) then return end
    local dkey = ind_id .. "\0" .. stored_row.source
    if not described[dkey] then described[dkey] = { describe_source(b, ind_id, stored_row.source) } end
    local d = described[dkey]
    local e = { source = d[1], source_id = d[2], ref = d[3], vintage = stored_row.vintage,
                fetched = stored_row.fetched_at }
    -- One request may serve several series (Kolada: many KPIs in one URL): each is named.
    local key = e.source .. "\0" .. e.vintage .. "\0" .. (e.ref or "")
    if not source_seen[key] then
      source_seen[key] = e
      doc.sources[#doc.sources + 1] = e
    end
    if not row.source_keys[key] then
      row.source_keys[key] = true
      row.sources[#row.sources + 1] = source_seen[key]
    end
  end

  -- Each indicator's rows (total, gender, units), built once, on first use.
  local cache = {}
  local value_years, target_years = {}, {}
  local function rows_of(ind_id)
    if cache[ind_id] then return cache[ind_id] end
    local ind = b.indicators[ind_id]
    local stored, err = stored_series(db, ind_id, ind, ind.aggregate_weights)
    if not stored then return nil, err end
    local current
    if opts.current then
      current, err = stored_series(opts.current, ind_id, ind, ind.aggregate_weights)
      if not current then return nil, err end
    end
    local rows = {}
    for _, s in ipairs(sync.series_of(ind, b.municipality.code)) do
      local data = stored[s.area .. "\0" .. s.gender] or {}
      local declared = s.breakdown and ind[s.breakdown] or s.unit and ind.units[s.unit] or ind
      local targets = type(declared.targets) == "table" and declared.targets or {}
      local row = {
        indicator = ind_id, title = ind.title, unit = ind.unit, kind = ind.kind,
        breakdown = s.breakdown, org_unit = s.unit, decimals = ind.decimals, direction = ind.direction,
        values = {}, missing = {}, targets = targets, notes = {}, revised = {}, sources = {}, source_keys = {},
        base = (not s.breakdown and not s.unit) and ind.base or nil,
      }
      if s.breakdown then row.label = L.breakdown[s.breakdown]
      elseif s.unit then row.label = s.unit
      else row.label = ind.title end
      local data_years = util.sorted_keys(data)
      for _, y in ipairs(data_years) do
        local stored_row = data[y]
        local v = cell_value(stored_row)
        if v ~= nil then row.values[y] = v else row.missing[y] = stored_row.note or L.missing end
        value_years[y] = true
        if stored_row.note and v ~= nil then row.notes[y] = footnote(stored_row.note) end
        source(ind_id, stored_row, row)
      end
      for y in pairs(targets) do target_years[y] = true end
      -- --as-of: values revised since (a later vintage with another value or status) get a
      -- footnote with today's value; row.revised[y] is its number. Only shown years count.
      if current then
        local now_data = current[s.area .. "\0" .. s.gender] or {}
        for _, y in ipairs(util.sorted_keys(now_data)) do -- footnotes numbered in order of first use
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
      row.suppressed = {}
      if (s.breakdown or s.unit) and COUNT_UNITS[ind.unit] then
        for _, y in ipairs(util.sorted_keys(row.values)) do
          local v = row.values[y]
          if type(v) == "number" and v < doc.suppress_below then
            row.values[y] = nil
            row.suppressed[y] = true
            doc.suppression_note = doc.suppression_note or
              footnote((L.suppression_note:gsub("%%d", tostring(doc.suppress_below))))
            row.notes[y] = doc.suppression_note
          end
        end
      end
      if type(r.peers) == "table" and not s.breakdown and not s.unit then
        row.peer = M.peer_comparison(r, s.area, ind, row, stored, year)
      end
      if not s.breakdown and not s.unit and ind.footnote then row.footnote = footnote(ind.footnote) end
      if row.base and row.base.missing then row.base_missing = row.base.missing end
      rows[#rows + 1] = row
    end
    cache[ind_id] = rows
    return rows
  end

  -- The sources of a list of rows, each once, in order of first use; and the wheel's next
  -- delivery of their indicators: { date =, event = (its title), indicators = { … } }.
  local function sources_of(rows)
    local list, seen = {}, {}
    local deliveries, by_key, counted = {}, {}, {}
    for _, row in ipairs(rows) do
      for _, e in ipairs(row.sources) do
        if not seen[e] then seen[e] = true; list[#list + 1] = e end
      end
      local nd = next_delivery[row.indicator]
      if nd and not counted[row.indicator] then
        counted[row.indicator] = true
        local key = nd.date .. "\0" .. nd.ev
        if not by_key[key] then
          local ev = b.events[nd.ev]
          by_key[key] = { date = nd.date, event = ev and ev.title or nd.ev, indicators = {} }
          deliveries[#deliveries + 1] = by_key[key]
        end
        table.insert(by_key[key].indicators, row.indicator)
      end
    end
    table.sort(deliveries, function(x, y)
      if x.date ~= y.date then return x.date < y.date end
      return x.event < y.event
    end)
    return list, deliveries
  end

  -- A placeholder's text ({hushall_fsd.2019}, {audience}, …; scripts/layout.lua checks them).
  local function number_text(row, v)
    if type(v) == "number" then return format.number(v, lang, row.decimals) end
    return tostring(v)
  end
  local function resolve(ph)
    local p = ph.parts
    local head = p[1]
    if head == "audience" then
      if not doc.audience then return table.concat(doc.audiences, ", ") end
      return p[2] == "id" and doc.audience.id or doc.audience.name
    elseif head == "municipality" then return doc.municipality
    elseif head == "year" then return tostring(year)
    elseif head == "title" then return doc.title
    elseif head == "generated" then return doc.generated or "" end
    local rows = assert(rows_of(head))
    local total, by = nil, {}
    for _, row in ipairs(rows) do
      if row.breakdown then by[row.breakdown] = row elseif not row.org_unit and not total then total = row end
    end
    local function year_of(s)
      if s == "year" then return year elseif s == "previous" then return year - 1 end
      return tonumber(s)
    end
    local function value_text(row, y)
      if not row then return L.missing end
      if row.suppressed[y] then return L.suppressed end
      local v = row.values[y]
      if v == nil then return row.missing[y] or L.missing end
      return number_text(row, v)
    end
    local what = p[2]
    if what == "title" then return total.title
    elseif what == "unit" then return total.unit and L.units[total.unit] or ""
    elseif what == "status" then return L.status[total.status]
    elseif what == "base" then
      if total.base and total.base.value then return number_text(total, total.base.value) end
      return total.base_missing or L.missing
    elseif what == "target" then
      local t = total.targets[year_of(p[3])]
      if t == nil then return L.missing end
      if type(t) == "string" then return L.relative[t] or t end
      return number_text(total, t)
    elseif what == "women" or what == "men" then return value_text(by[what], year_of(p[3]))
    end
    return value_text(total, year_of(what))
  end
  -- A text with its placeholders filled, or nil and a message. The placeholders' indicators are
  -- read first, so that a store error is an error of the report, not of the filling. markdown:
  -- the text is Markdown, so a value is escaped to stay text ("*", "_", "[" in a name).
  local function fill(text, markdown)
    if text == nil then return nil end
    local pieces = assert(layout.parse_text(text)) -- checked when the configuration was loaded
    for _, piece in ipairs(pieces) do
      if type(piece) == "table" and b.indicators[piece.parts[1]] then
        local ok, err = rows_of(piece.parts[1])
        if not ok then return nil, err end
      end
    end
    if not markdown then return layout.fill(pieces, resolve) end
    return layout.fill(pieces, function(ph) return (resolve(ph):gsub("%p", "\\%0")) end)
  end

  -- Activities with done / overdue / open as of the report's date.
  local today = opts.today
  local function activity(a)
    local state = a.done and "done" or ((a.due and today and a.due < today) and "overdue" or "open")
    return { title = a.title, goal = a.goal, owner = a.owner and b.bodies[a.owner] and b.bodies[a.owner].name or a.owner,
             due = a.due, state = state }
  end

  local function goal_entry(g)
    local rows = {}
    for _, ind_id in ipairs(g.indicators) do
      local list, err = rows_of(ind_id)
      if not list then return nil, err end
      for _, row in ipairs(list) do rows[#rows + 1] = row end
    end
    -- The goal's status from its indicators' totals (breakdowns and units do not vote).
    local entries = {}
    for _, row in ipairs(rows) do
      if not row.breakdown and not row.org_unit then
        entries[#entries + 1] = { indicator = row.indicator, status = row.status }
      end
    end
    local gs, score = goal_status.aggregate(g.status_rule, entries, g.weights)
    local acts = {}
    for _, a in ipairs(b.activities) do if a.goal == g.id then acts[#acts + 1] = activity(a) end end
    return {
      id = g.id, number = g.number, title = g.title, area = g.area, municipal_goal = g.municipal_goal,
      rows = rows, activities = acts, status = gs, status_rule = g.status_rule or goal_status.DEFAULT,
      status_score = score,
    }
  end

  local report_indicators = {}
  do
    local seen = {}
    for _, g in ipairs(report_goals) do
      for _, i in ipairs(g.indicators) do
        if not seen[i] then seen[i] = true; report_indicators[#report_indicators + 1] = i end
      end
    end
  end

  -- Every block is built for every rendering, in layout order, whoever it is for: footnote
  -- numbers, chart ids and table numbers are then the same for every audience, and only at the
  -- end are the blocks for other audiences left out.
  local blocks = type(r.layout) == "table" and r.layout or DEFAULT_LAYOUT
  local has_footnotes = false
  local numbers = {}
  local function add_block(out, blk)
    out.only = type(blk.audiences) == "table" and util.set(blk.audiences) or nil
    numbers[out.kind] = (numbers[out.kind] or 0) + 1
    out.number = numbers[out.kind] -- NAME-indicators-N.csv: the same N for every audience
    doc.blocks[#doc.blocks + 1] = out
  end
  for _, blk in ipairs(blocks) do
    local kind = blk.block
    local out = { kind = kind, where = blk.where }
    local err
    out.caption, err = fill(blk.caption)
    if err then return nil, err end
    if kind == "heading" then
      out.text, err = fill(blk.text)
      out.level = blk.level or 2
    elseif kind == "text" then
      out.text, err = fill(blk.text, true)
    elseif kind == "goal_table" then
      -- A caption heads the whole block; each perspective keeps its own heading.
      if out.caption then add_block({ kind = "heading", text = out.caption, level = 2, where = blk.where }, blk) end
      out = nil
      local goals = {}
      if type(blk.goals) == "table" then
        for _, id in ipairs(blk.goals) do goals[#goals + 1] = b.goals[id] end
      else
        for _, g in ipairs(report_goals) do
          if (not blk.perspective or g.perspective == blk.perspective) and (not blk.body or g.body == blk.body) then
            goals[#goals + 1] = g
          end
        end
      end
      for _, p in ipairs(perspective_order(b, goals)) do
        local section = { kind = "goal_table", perspective = p, goals = {}, where = blk.where,
                          with_charts = blk.charts ~= false, with_activities = blk.activities ~= false }
        local rows = {}
        for _, g in ipairs(goals) do
          if (g.perspective or "") == p then
            local entry, gerr = goal_entry(g)
            if not entry then return nil, gerr end
            section.goals[#section.goals + 1] = entry
            for _, row in ipairs(entry.rows) do rows[#rows + 1] = row end
          end
        end
        if #section.goals > 0 then
          section.sources, section.deliveries = sources_of(rows)
          add_block(section, blk)
        end
      end
    elseif kind == "indicator_table" then
      out.rows = {}
      for _, id in ipairs(blk.indicators) do
        local list, lerr = rows_of(id)
        if not list then return nil, lerr end
        for _, row in ipairs(list) do
          if blk.breakdowns ~= false or (not row.breakdown and not row.org_unit) then out.rows[#out.rows + 1] = row end
        end
      end
      out.sources, out.deliveries = sources_of(out.rows)
    elseif kind == "chart" then
      out.chart, out.indicator = blk.kind, blk.indicator
      if blk.indicator then
        local list, lerr = rows_of(blk.indicator)
        if not list then return nil, lerr end
        out.rows = list
        out.sources, out.deliveries = sources_of(list)
      end
    elseif kind == "activity_list" then
      local goal_set = util.set(type(blk.goals) == "table" and blk.goals or {})
      if type(blk.goals) ~= "table" then for _, g in ipairs(report_goals) do goal_set[g.id] = true end end
      local states = type(blk.state) == "table" and util.set(blk.state) or nil
      out.items = {}
      for _, a in ipairs(b.activities) do
        if goal_set[a.goal] and (not blk.owner or a.owner == blk.owner) then
          local item = activity(a)
          if not states or states[item.state] then out.items[#out.items + 1] = item end
        end
      end
    elseif kind == "analyses" then
      local period = blk.period and tostring(blk.period) or tostring(year)
      out.period, out.items = period, {}
      for _, id in ipairs(type(blk.indicators) == "table" and blk.indicators or report_indicators) do
        for _, a in ipairs(b.analyses or {}) do
          if a.indicator == id and a.period == period then
            out.items[#out.items + 1] = { indicator = id, title = b.indicators[id].title, period = period,
                                          text = a.text, by = a.by }
          end
        end
      end
    elseif kind == "footnotes" then
      has_footnotes = true
    end
    if err then return nil, err end
    if out then add_block(out, blk) end
  end
  if not has_footnotes then add_block({ kind = "footnotes" }, {}) end
  doc.value_years = util.sorted_keys(value_years)
  doc.target_years = util.sorted_keys(target_years)

  -- Status counts and the status overview count each goal once, however many tables show it.
  local seen_goal, counted_sections = {}, {}
  local counts = {}
  for _, blk in ipairs(doc.blocks) do
    if blk.kind == "goal_table" then
      local section = { perspective = blk.perspective, goals = {} }
      for _, goal in ipairs(blk.goals) do
        if not seen_goal[goal.id] then
          seen_goal[goal.id] = true
          section.goals[#section.goals + 1] = goal
          for _, row in ipairs(goal.rows) do counts[row.status] = (counts[row.status] or 0) + 1 end
        end
      end
      if #section.goals > 0 then counted_sections[#counted_sections + 1] = section end
    end
  end
  doc.status_counts = counts

  -- Charts, once every table is known: numbered chart-1, chart-2, … in document order (status
  -- overviews chart-status, chart-status-2, …). A goal shown in two tables gets its charts twice.
  -- opts.charts = false (formats that show none: CSV, XLSX) skips drawing them.
  local n, n_status = 0, 0
  local function next_id() n = n + 1; return "chart-" .. n end
  local all_kinds = { line = true, gender = true, ranking = true }
  for _, blk in ipairs(opts.charts == false and {} or doc.blocks) do
    if blk.kind == "chart" and blk.chart == "status" then
      n_status = n_status + 1
      local id = n_status == 1 and "chart-status" or ("chart-status-" .. n_status)
      local svg = charts.status_chart({ sections = counted_sections, labels = L, language = lang }, id)
      if svg then blk.id, blk.svg = id, svg end
    elseif blk.kind == "chart" then
      local list = charts.for_indicator(doc, blk.rows, { [blk.chart] = true }, next_id)
      if list[1] then blk.id, blk.svg = list[1].id, list[1].svg end
    elseif blk.kind == "goal_table" and blk.with_charts then
      for _, goal in ipairs(blk.goals) do
        local charted = {}
        local by_indicator, order = {}, {}
        for _, row in ipairs(goal.rows) do
          if not by_indicator[row.indicator] then by_indicator[row.indicator] = {}; order[#order + 1] = row.indicator end
          table.insert(by_indicator[row.indicator], row)
        end
        for _, id in ipairs(order) do
          for _, ch in ipairs(charts.for_indicator(doc, by_indicator[id], all_kinds, next_id)) do
            ch.goal = goal.id
            charted[#charted + 1] = ch
          end
        end
        blk.charts = blk.charts or {}
        blk.charts[goal.id] = charted
      end
    end
  end

  -- The blocks of this rendering: those for every audience and those for this one.
  local kept = {}
  for _, blk in ipairs(doc.blocks) do
    if not blk.only or (opts.audience and blk.only[opts.audience]) then kept[#kept + 1] = blk end
  end
  doc.blocks = kept
  for _, blk in ipairs(kept) do
    if blk.kind == "goal_table" then doc.sections[#doc.sections + 1] = blk end
  end
  return doc
end

return M
