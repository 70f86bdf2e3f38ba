-- The report as one CSV table: a row per indicator (and per gender or unit breakdown), with
-- plain numbers ("." decimals, no grouping) so that other programs can read it back.
local csv = require "styr.csv"

local M = {}

function M.render(doc)
  local L = doc.labels
  local header = { "perspective", "goal_id", "goal", "indicator_id", "indicator", "breakdown", "unit",
                   "base_year", "base_value" }
  for _, y in ipairs(doc.value_years) do header[#header + 1] = "value_" .. y end
  for _, y in ipairs(doc.target_years) do header[#header + 1] = "target_" .. y end
  header[#header + 1] = "status_" .. doc.year
  header[#header + 1] = "status_label"
  header[#header + 1] = "notes"
  header[#header + 1] = "goal_status"
  header[#header + 1] = "goal_status_label"
  if doc.peers then
    for _, h in ipairs({ "peer_year", "peer_rank", "peer_count", "national" }) do header[#header + 1] = h end
  end
  -- --as-of: the years whose value was revised since, and the notes say today's value.
  if doc.as_of then header[#header + 1] = "revised_since" end
  local n = #header
  local out = { csv.line(header) }
  for _, section in ipairs(doc.sections) do
    for _, goal in ipairs(section.goals) do
      for _, row in ipairs(goal.rows) do
        local f = { section.perspective, goal.id, goal.title, row.indicator, row.title,
                    row.breakdown or (row.org_unit and ("unit:" .. row.org_unit)) or "total",
                    row.unit or "",
                    row.base and row.base.year or "", row.base and row.base.value or "" }
        local notes = {}
        for _, y in ipairs(doc.value_years) do
          f[#f + 1] = (row.suppressed and row.suppressed[y]) and L.suppressed or row.values[y] or ""
          if row.missing[y] then notes[#notes + 1] = y .. ": " .. row.missing[y] end
        end
        for _, y in ipairs(doc.target_years) do
          local t = row.targets[y]
          f[#f + 1] = type(t) == "number" and t or (t and (L.relative[t] or t)) or ""
        end
        f[#f + 1] = row.status
        f[#f + 1] = L.status[row.status]
        if row.base_missing then notes[#notes + 1] = L.base .. ": " .. row.base_missing end
        for _, y in ipairs(doc.value_years) do
          if row.notes[y] then notes[#notes + 1] = y .. ": " .. doc.footnotes[row.notes[y]] end
        end
        if row.footnote then notes[#notes + 1] = doc.footnotes[row.footnote] end
        local revised = {}
        for _, y in ipairs(doc.value_years) do
          if row.revised and row.revised[y] then
            notes[#notes + 1] = y .. ": " .. doc.footnotes[row.revised[y]]
            revised[#revised + 1] = tostring(y)
          end
        end
        f[#f + 1] = table.concat(notes, "; ")
        f[#f + 1] = goal.status
        f[#f + 1] = L.status[goal.status]
        if doc.peers then
          local p = row.peer or {}
          f[#f + 1] = p.year or ""
          f[#f + 1] = p.rank or ""
          f[#f + 1] = p.count or ""
          f[#f + 1] = p.national or ""
        end
        if doc.as_of then f[#f + 1] = table.concat(revised, " ") end
        out[#out + 1] = csv.line(f, n)
      end
    end
  end
  return table.concat(out)
end

return M
