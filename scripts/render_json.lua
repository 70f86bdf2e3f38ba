-- The report as JSON, schema "styr-report" version 1 (docs/report-json.md, docs/report.schema.json):
-- the same document every format shows, numbers as JSON numbers, keys sorted, so the same data
-- gives the same bytes.
local json = require "styr.json"

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
                   missing = opt(row.missing[y]), note = opt(row.notes[y]) }
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

function M.document(doc)
  local sections = {}
  for _, section in ipairs(doc.sections) do
    local goals = {}
    for _, goal in ipairs(section.goals) do
      local rows, activities = {}, {}
      for _, row in ipairs(goal.rows) do rows[#rows + 1] = row_json(doc, row) end
      for _, a in ipairs(goal.activities) do
        activities[#activities + 1] = { title = a.title, owner = opt(a.owner), due = opt(a.due), state = a.state }
      end
      goals[#goals + 1] = { id = goal.id, number = opt(goal.number and tostring(goal.number)), title = goal.title,
                            area = opt(goal.area), municipal_goal = opt(goal.municipal_goal),
                            status = goal.status, status_label = doc.labels.status[goal.status],
                            status_rule = goal.status_rule, status_score = opt(goal.status_score),
                            rows = arr(rows), activities = arr(activities) }
    end
    sections[#sections + 1] = { perspective = section.perspective, goals = arr(goals) }
  end
  local counts = json.object({})
  for k, v in pairs(doc.status_counts) do counts[k] = v end
  local sources = {}
  for _, s in ipairs(doc.sources) do sources[#sources + 1] = { source = s.source, vintage = s.vintage } end
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
    sections = arr(sections), status_counts = counts, footnotes = arr(footnotes), sources = arr(sources),
    as_of = doc.as_of, -- --as-of only (absent otherwise)
  }
end

function M.render(doc)
  local text, err = json.encode(M.document(doc), { sort_keys = true, indent = "  " })
  if not text then return nil, err end
  return text .. "\n"
end

return M
