-- The report as JSON, schema "styr-report" version 1 (docs/report-json.md, docs/report.schema.json):
-- the same document every format shows, numbers as JSON numbers, keys sorted, so the same data
-- gives the same bytes.
local json = require "styr.json"
local report_text = require "styr.report_text"

local M = {}

M.SCHEMA = "styr-report"
M.VERSION = 1

local null = json.null
local function opt(v) if v == nil then return null end return v end
local function arr(t) return json.array(t or {}) end

-- The peer comparison of a total row: the year compared, rank (null without a direction), how many
-- were compared (the municipality included), the national value, and every compared value.
local function peers_json(p)
  local values = {}
  for i, e in ipairs(p.values) do values[i] = { code = e.code, name = e.name, value = e.value, self = e.self } end
  return { year = p.year, rank = opt(p.rank), count = p.count, national = opt(p.national), values = arr(values) }
end

local function row_json(doc, row)
  local L = doc.labels
  local values = {}
  for _, y in ipairs(doc.value_years) do
    local v = row.values[y]
    local cell = { year = y, value = opt(v), suppressed = row.suppressed[y] == true,
                   missing = opt(row.missing[y]), note = opt(row.notes[y]), detail = opt(row.detail and row.detail[y]) }
    -- --as-of only: revised_since is the footnote with today's value, or null when unchanged.
    if doc.as_of then cell.revised_since = opt(row.revised and row.revised[y]) end
    values[#values + 1] = cell
  end
  local targets = {}
  for _, y in ipairs(doc.target_years) do
    local t = row.targets[y]
    if t ~= nil then targets[#targets + 1] = { year = y, target = t } end
  end
  return {
    indicator = row.indicator, title = row.title, label = row.label,
    breakdown = opt(row.breakdown), org_unit = opt(row.org_unit),
    unit = opt(row.unit), decimals = opt(row.decimals), kind = opt(row.kind),
    base = row.base and row.base.value ~= nil and { year = opt(row.base.year), value = row.base.value } or null,
    base_missing = opt(row.base_missing),
    values = arr(values), targets = arr(targets),
    status = row.status, status_label = L.status[row.status], footnote = opt(row.footnote),
    peers = row.peer and peers_json(row.peer) or null,
  }
end

-- A source of numbers (a provenance record, scripts/report/provenance.lua): file or URL, vintage,
-- when it was read, the source declaration and its id of the series; and as a reader names it:
-- the publisher in the report's language, the KPI or table id, its title and public page.
local function source_json(s, L)
  return { source = report_text.location(s), vintage = s.vintage, fetched = opt(s.fetched), source_id = opt(s.source_id),
           ref = opt(s.ref), publisher = report_text.publisher(s, L), series = opt(s.series),
           series_title = opt(s.series_title), page = opt(report_text.link(s)) }
end
local function sources_json(list, L)
  local out = {}
  for i, s in ipairs(list or {}) do out[i] = source_json(s, L) end
  return arr(out)
end

-- The annual wheel's next deliveries of a table's or chart's indicators.
local function deliveries_json(list)
  local out = {}
  for i, d in ipairs(list or {}) do
    out[i] = { date = d.date, event = d.event, indicators = arr(table.move(d.indicators, 1, #d.indicators, 1, {})) }
  end
  return arr(out)
end

local function activity_json(a)
  return { title = a.title, owner = opt(a.owner), due = opt(a.due), state = a.state }
end

-- The layout's blocks in order; a goal table refers to its entry in `sections` (from 0).
local function blocks_json(doc)
  local out, section_index = {}, {}
  for i, s in ipairs(doc.sections) do section_index[s] = i - 1 end
  for _, blk in ipairs(doc.blocks) do
    local k = blk.kind
    local j = { kind = k }
    if k == "heading" then j.text, j.level = blk.text, blk.level
    elseif k == "text" then j.text = blk.text
    elseif k == "goal_table" then j.section = section_index[blk]
    elseif k == "indicator_table" then
      local rows = {}
      for i, row in ipairs(blk.rows) do rows[i] = row_json(doc, row) end
      j.caption, j.rows, j.sources, j.number = opt(blk.caption), arr(rows), sources_json(blk.sources, doc.labels), blk.number
      j.deliveries = deliveries_json(blk.deliveries)
    elseif k == "chart" then
      j.chart, j.indicator, j.id, j.caption = blk.chart, opt(blk.indicator), opt(blk.id), opt(blk.caption)
      j.sources, j.deliveries = sources_json(blk.sources, doc.labels), deliveries_json(blk.deliveries)
    elseif k == "activity_list" then
      local items = {}
      for i, a in ipairs(blk.items) do items[i] = activity_json(a); items[i].goal = opt(a.goal) end
      j.caption, j.items, j.number = opt(blk.caption), arr(items), blk.number
    elseif k == "analyses" then
      local items = {}
      for i, a in ipairs(blk.items) do
        items[i] = { indicator = a.indicator, title = a.title, period = a.period, text = a.text, by = opt(a.by) }
      end
      j.caption, j.period, j.items = opt(blk.caption), blk.period, arr(items)
    end
    out[#out + 1] = j
  end
  return arr(out)
end

function M.document(doc)
  local sections = {}
  for _, section in ipairs(doc.sections) do
    local goals = {}
    for _, goal in ipairs(section.goals) do
      local rows, activities = {}, {}
      for _, row in ipairs(goal.rows) do rows[#rows + 1] = row_json(doc, row) end
      for _, a in ipairs(goal.activities) do
        activities[#activities + 1] = activity_json(a)
      end
      goals[#goals + 1] = { id = goal.id, number = opt(goal.number and tostring(goal.number)), title = goal.title,
                            area = opt(goal.area), municipal_goal = opt(goal.municipal_goal),
                            status = goal.status, status_label = doc.labels.status[goal.status],
                            status_rule = goal.status_rule, status_score = opt(goal.status_score),
                            rows = arr(rows), activities = arr(activities) }
    end
    sections[#sections + 1] = { perspective = section.perspective, goals = arr(goals),
                                sources = sources_json(section.sources, doc.labels), deliveries = deliveries_json(section.deliveries) }
  end
  local counts = json.object({})
  for k, v in pairs(doc.status_counts) do counts[k] = v end
  local footnotes = {}
  for i, f in ipairs(doc.footnotes) do footnotes[i] = f end
  local audiences = {}
  for i, a in ipairs(doc.audiences) do audiences[i] = a end
  local value_years, target_years = {}, {}
  for i, y in ipairs(doc.value_years) do value_years[i] = y end
  for i, y in ipairs(doc.target_years) do target_years[i] = y end
  return {
    schema = M.SCHEMA, version = M.VERSION,
    id = doc.id, title = doc.title, intro = opt(doc.intro), year = doc.year, language = doc.language,
    municipality = { name = doc.municipality, code = opt(doc.municipality_code) },
    generated = doc.generated, audiences = arr(audiences), suppress_below = doc.suppress_below,
    value_years = arr(value_years), target_years = arr(target_years),
    sections = arr(sections), status_counts = counts, footnotes = arr(footnotes), sources = sources_json(doc.sources, doc.labels),
    blocks = blocks_json(doc),
    audience = doc.audience and { id = doc.audience.id, name = doc.audience.name } or null,
    as_of = doc.as_of, -- --as-of only (absent otherwise)
  }
end

function M.render(doc)
  local text, err = json.encode(M.document(doc), { sort_keys = true, indent = "  " })
  if not text then return nil, err end
  return text .. "\n"
end

return M
