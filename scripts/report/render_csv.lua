-- The report as CSV (RFC 4180), one file per table: NAME.csv holds the goal tables (a row per
-- indicator and per gender or unit breakdown, with its perspective and goal), and each indicator
-- table and activity list of the layout gets NAME-indicators-N.csv / NAME-activities-N.csv.
-- Plain numbers ("." decimals, no grouping), so that other programs can read them back.
local csv = require "styr.csv"
local report_text = require "styr.report_text"

local M = {}

-- The columns of an indicator row, after the columns that place it (perspective, goal).
local function row_header(doc)
  local header = { "indicator_id", "indicator", "breakdown", "unit", "base_year", "base_value" }
  for _, y in ipairs(doc.value_years) do header[#header + 1] = "value_" .. y end
  for _, y in ipairs(doc.target_years) do header[#header + 1] = "target_" .. y end
  header[#header + 1] = "status_" .. doc.year
  header[#header + 1] = "status_label"
  header[#header + 1] = "notes"
  return header
end

-- Appends the row's fields to f; returns the --as-of revised years.
local function row_fields(doc, row, f)
  local L = doc.labels
  for _, v in ipairs({ row.indicator, row.title,
                       row.breakdown or (row.org_unit and ("unit:" .. row.org_unit)) or "total",
                       row.unit or "", row.base and row.base.year or "", row.base and row.base.value or "" }) do
    f[#f + 1] = v
  end
  for _, y in ipairs(doc.value_years) do
    f[#f + 1] = (row.suppressed and row.suppressed[y]) and L.suppressed or row.values[y] or ""
  end
  for _, y in ipairs(doc.target_years) do
    local t = row.targets[y]
    f[#f + 1] = type(t) == "number" and t or (t and (L.relative[t] or t)) or ""
  end
  f[#f + 1] = row.status
  f[#f + 1] = L.status[row.status]
  local notes, revised = report_text.row_notes(doc, row)
  f[#f + 1] = notes
  return revised
end

local function peer_fields(doc, row, f)
  if not doc.peers then return end
  local p = row.peer or {}
  f[#f + 1] = p.year or ""
  f[#f + 1] = p.rank or ""
  f[#f + 1] = p.count or ""
  f[#f + 1] = p.national or ""
end

local function tail_header(doc, header)
  if doc.peers then
    for _, h in ipairs({ "peer_year", "peer_rank", "peer_count", "national" }) do header[#header + 1] = h end
  end
  -- --as-of: the years whose value was revised since, and the notes say today's value.
  if doc.as_of then header[#header + 1] = "revised_since" end
end

local function goal_tables(doc)
  local L = doc.labels
  local header = { "perspective", "goal_id", "goal" }
  for _, h in ipairs(row_header(doc)) do header[#header + 1] = h end
  header[#header + 1] = "goal_status"
  header[#header + 1] = "goal_status_label"
  tail_header(doc, header)
  local n = #header
  local out = { csv.line(header) }
  for _, section in ipairs(doc.sections) do
    for _, goal in ipairs(section.goals) do
      for _, row in ipairs(goal.rows) do
        local f = { section.perspective, goal.id, goal.title }
        local revised = row_fields(doc, row, f)
        f[#f + 1] = goal.status
        f[#f + 1] = L.status[goal.status]
        peer_fields(doc, row, f)
        if doc.as_of then f[#f + 1] = table.concat(revised, " ") end
        out[#out + 1] = csv.line(f, n)
      end
    end
  end
  return table.concat(out)
end

local function indicator_table(doc, blk)
  local header = row_header(doc)
  tail_header(doc, header)
  local n = #header
  local out = { csv.line(header) }
  for _, row in ipairs(blk.rows) do
    local f = {}
    local revised = row_fields(doc, row, f)
    peer_fields(doc, row, f)
    if doc.as_of then f[#f + 1] = table.concat(revised, " ") end
    out[#out + 1] = csv.line(f, n)
  end
  return table.concat(out)
end

local function activity_list(doc, blk)
  local L = doc.labels
  local out = { csv.line({ "goal_id", "activity", "owner", "due", "state", "state_label" }) }
  for _, a in ipairs(blk.items) do
    out[#out + 1] = csv.line({ a.goal or "", a.title, a.owner or "", a.due or "", a.state, L.activity_state[a.state] }, 6)
  end
  return table.concat(out)
end

function M.render(doc, name)
  local files = {}
  local what = { indicator_table = { "indicators", indicator_table }, activity_list = { "activities", activity_list } }
  -- N counts the layout's tables of the kind, the same for every audience (report.lua's number).
  for _, blk in ipairs(doc.blocks or {}) do
    local w = what[blk.kind]
    if w then
      files[#files + 1] = { name = (name or doc.id) .. "-" .. w[1] .. "-" .. blk.number .. ".csv", data = w[2](doc, blk) }
    end
  end
  return goal_tables(doc), nil, files
end

return M
