-- The report as Markdown: the same headings, goal tables, activities, footnotes and sources as
-- the HTML, numbers formatted for the language. Table cells escape "|", "\" and markup characters
-- and fold line breaks, so configuration text cannot break a table or inject HTML.
local format = require "styr.format"
local charts = require "styr.charts"

local M = {}

-- Escapes text for Markdown (inline and table cells).
function M.escape(s)
  s = tostring(s):gsub("[%z\1-\8\11\12\14-\31\127]", ""):gsub("\r\n?", "\n"):gsub("\n", " ")
  return (s:gsub("[\\`*_{}%[%]<>()#+!|~&]", "\\%0"))
end
local esc = M.escape

local function num(row, v, lang)
  if v == nil then return "" end
  if type(v) == "string" then return esc(v) end
  return esc(format.number(v, lang, row.decimals))
end

-- Returns the Markdown text, nil, and the chart files beside it ("NAME-chart-N.svg").
function M.render(doc, name)
  local L, lang = doc.labels, doc.language
  local out, files = {}, {}
  local function add(s) out[#out + 1] = s end
  local by_goal, overview = {}, nil
  for _, ch in ipairs(charts.for_report(doc)) do
    ch.file = (name or doc.id) .. "-" .. ch.id .. ".svg"
    files[#files + 1] = { name = ch.file, data = '<?xml version="1.0" encoding="UTF-8"?>\n' .. ch.svg }
    if ch.kind == "status" then overview = ch
    else by_goal[ch.goal] = by_goal[ch.goal] or {}; table.insert(by_goal[ch.goal], ch) end
  end
  local function image(ch)
    local title = ch.svg:match("<title[^>]*>(.-)</title>") or ""
    title = title:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&#39;", "'"):gsub("&amp;", "&")
    add("![" .. esc(title) .. "](" .. ch.file .. ")\n\n")
  end
  add("# " .. esc(doc.title) .. "\n\n")
  add(esc(doc.municipality) .. " · " .. esc(L.follow_up_year) .. " " .. doc.year .. " · " .. esc(L.generated) ..
      " " .. esc(doc.generated) .. "\n\n")
  if #doc.audiences > 0 then add(esc(L.audiences) .. ": " .. esc(table.concat(doc.audiences, ", ")) .. "\n\n") end
  if doc.intro then add(esc(doc.intro) .. "\n\n") end
  add("*" .. esc(L.legend) .. "*\n\n")
  if overview then image(overview) end
  for _, section in ipairs(doc.sections) do
    add("## " .. esc(section.perspective) .. "\n\n")
    for _, goal in ipairs(section.goals) do
      add("### " .. esc(goal.number and (goal.number .. ". ") or "") .. esc(goal.title) .. "\n\n")
      add(esc(L.goal_status) .. ": **" .. esc(L.status[goal.status]) .. "**\n\n")
      if goal.area then add(esc(L.area) .. ": " .. esc(goal.area) .. "\n\n") end
      if goal.municipal_goal then add(esc(L.municipal_goal) .. ": " .. esc(goal.municipal_goal) .. "\n\n") end
      if #goal.rows > 0 then
        local head = { esc(L.indicator), esc(L.unit), esc(L.base) }
        local align = { "---", "---", "---:" }
        for _, y in ipairs(doc.value_years) do head[#head + 1] = esc(L.value) .. " " .. y; align[#align + 1] = "---:" end
        for _, y in ipairs(doc.target_years) do head[#head + 1] = esc(L.target) .. " " .. y; align[#align + 1] = "---:" end
        head[#head + 1] = esc(L.status_heading) .. " " .. doc.year
        align[#align + 1] = "---"
        if doc.peers then
          head[#head + 1] = esc(L.peer_rank); align[#align + 1] = "---:"
          head[#head + 1] = esc(L.national); align[#align + 1] = "---:"
        end
        add("| " .. table.concat(head, " | ") .. " |\n|" .. table.concat(align, "|") .. "|\n")
        for _, row in ipairs(goal.rows) do
          local label = esc(row.label)
          if row.breakdown or row.org_unit then label = "  " .. label end
          if row.footnote then label = label .. " [" .. row.footnote .. "]" end
          local cells = { label, esc(row.unit and L.units[row.unit] or "") }
          if row.base and row.base.value then
            cells[#cells + 1] = num(row, row.base.value, lang) .. " (" .. esc(row.base.year) .. ")"
          else
            cells[#cells + 1] = row.base_missing and ("*" .. esc(row.base_missing) .. "*") or ""
          end
          for _, y in ipairs(doc.value_years) do
            local c
            if row.suppressed[y] then c = esc(L.suppressed)
            elseif row.values[y] == nil and row.missing[y] then c = "*" .. esc(row.missing[y]) .. "*"
            else c = num(row, row.values[y], lang) end
            if row.notes[y] then c = c .. " [" .. row.notes[y] .. "]" end
            cells[#cells + 1] = c
          end
          for _, y in ipairs(doc.target_years) do
            local t = row.targets[y]
            cells[#cells + 1] = type(t) == "string" and esc(L.relative[t] or t) or num(row, t, lang)
          end
          cells[#cells + 1] = esc(L.status[row.status])
          if doc.peers then
            local p = row.peer
            cells[#cells + 1] = (p and p.rank) and (p.rank .. " / " .. p.count .. " (" .. p.year .. ")") or ""
            cells[#cells + 1] = num(row, p and p.national, lang)
          end
          add("| " .. table.concat(cells, " | ") .. " |\n")
        end
        add("\n")
      end
      for _, ch in ipairs(by_goal[goal.id] or {}) do image(ch) end
      if #goal.activities > 0 then
        add("**" .. esc(L.activities) .. "**\n\n")
        for _, a in ipairs(goal.activities) do
          add("- " .. esc(a.title) .. " \\[" .. esc(L.activity_state[a.state]) .. "\\]" ..
              (a.due and (" " .. esc(L.due) .. " " .. esc(a.due)) or "") .. "\n")
        end
        add("\n")
      end
    end
  end
  if #doc.footnotes > 0 then
    add("## " .. esc(L.footnotes) .. "\n\n")
    for i, n in ipairs(doc.footnotes) do add(i .. ". " .. esc(n) .. "\n") end
    add("\n")
  end
  if #doc.sources > 0 then
    add("## " .. esc(L.sources) .. "\n\n")
    for _, s in ipairs(doc.sources) do
      local text = s.source:gsub("^config:", "")
      add("- " .. esc(text) .. " (" .. esc(s.source:find("^config:") and (L.source_config .. ", ") or "") ..
          esc(L.fetched) .. " " .. esc(s.vintage) .. ")\n")
    end
    add("\n")
  end
  return table.concat(out), nil, files
end

return M
