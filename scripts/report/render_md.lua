-- The report as Markdown: the same headings, goal tables, activities, footnotes and sources as
-- the HTML, numbers formatted for the language. Table cells escape "|", "\" and markup characters
-- and fold line breaks, so configuration text cannot break a table or inject HTML.
local format = require "styr.format"
local report_text = require "styr.report_text"

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

local function rows_table(add, doc, rows)
  local L, lang = doc.labels, doc.language
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
  for _, row in ipairs(rows) do
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
      -- --as-of: a value revised since is marked, its footnote gives today's value.
      if row.revised and row.revised[y] then c = c .. " \\* [" .. row.revised[y] .. "]" end
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

local function table_sources(add, doc, blk)
  local has_sources = blk.sources and #blk.sources > 0
  local has_next = blk.deliveries and #blk.deliveries > 0
  if not has_sources and not has_next then return end
  if has_sources then
    add("*" .. esc(doc.labels.table_sources) .. ": " .. esc(report_text.sources_line(blk.sources, doc.labels)) .. "*\n")
  end
  if has_next then add("*" .. esc(report_text.deliveries_text(blk.deliveries, doc.labels)) .. "*\n") end
  add("\n")
end

local function activity_items(add, doc, items)
  local L = doc.labels
  for _, a in ipairs(items) do
    add("- " .. esc(a.title) .. " \\[" .. esc(L.activity_state[a.state]) .. "\\]" ..
        (a.due and (" " .. esc(L.due) .. " " .. esc(a.due)) or "") .. "\n")
  end
  add("\n")
end

-- Analysts' Markdown, normalised: no raw HTML, headings below the report's own.
local function markdown(text)
  return require("styr.markdown").to_markdown(text) or esc(text)
end

-- Returns the Markdown text, nil, and the chart files beside it ("NAME-chart-N.svg").
function M.render(doc, name)
  local L = doc.labels
  local out, files = {}, {}
  local function add(s) out[#out + 1] = s end
  local function image(ch)
    local file = (name or doc.id) .. "-" .. ch.id .. ".svg"
    files[#files + 1] = { name = file, data = '<?xml version="1.0" encoding="UTF-8"?>\n' .. ch.svg }
    add("![" .. esc(ch.title or "") .. "](" .. file .. ")\n\n")
  end
  add("# " .. esc(doc.title) .. "\n\n")
  add(esc(doc.municipality) .. " · " .. esc(L.follow_up_year) .. " " .. doc.year .. " · " .. esc(L.generated) ..
      " " .. esc(doc.generated) .. "\n\n")
  if doc.audience then add(esc(L.audience) .. ": " .. esc(doc.audience.name) .. "\n\n")
  elseif #doc.audiences > 0 then add(esc(L.audiences) .. ": " .. esc(table.concat(doc.audiences, ", ")) .. "\n\n") end
  if doc.intro then add(esc(doc.intro) .. "\n\n") end
  add("*" .. esc(L.legend) .. "*\n\n")
  for _, blk in ipairs(doc.blocks) do
    local k = blk.kind
    if k == "heading" then
      add(string.rep("#", blk.level) .. " " .. esc(blk.text) .. "\n\n")
    elseif k == "text" then
      add(markdown(blk.text) .. "\n")
    elseif k == "goal_table" then
      add("## " .. esc(blk.perspective) .. "\n\n")
      for _, goal in ipairs(blk.goals) do
        add("### " .. esc(goal.number and (goal.number .. ". ") or "") .. esc(goal.title) .. "\n\n")
        add(esc(L.goal_status) .. ": **" .. esc(L.status[goal.status]) .. "**\n\n")
        if goal.area then add(esc(L.area) .. ": " .. esc(goal.area) .. "\n\n") end
        if goal.municipal_goal then add(esc(L.municipal_goal) .. ": " .. esc(goal.municipal_goal) .. "\n\n") end
        if #goal.rows > 0 then rows_table(add, doc, goal.rows) end
        for _, ch in ipairs(blk.charts and blk.charts[goal.id] or {}) do image(ch) end
        if blk.with_activities and #goal.activities > 0 then
          add("**" .. esc(L.activities) .. "**\n\n")
          activity_items(add, doc, goal.activities)
        end
      end
      table_sources(add, doc, blk)
    elseif k == "indicator_table" then
      add("**" .. esc(blk.caption or L.indicators) .. "**\n\n")
      rows_table(add, doc, blk.rows)
      table_sources(add, doc, blk)
    elseif k == "chart" then
      if blk.svg then
        image(blk)
        if blk.caption then add(esc(blk.caption) .. "\n\n") end
        table_sources(add, doc, blk)
      else
        add("*" .. esc(L.no_chart) .. "*\n\n")
      end
    elseif k == "activity_list" then
      add("### " .. esc(blk.caption or L.activities) .. "\n\n")
      activity_items(add, doc, blk.items)
    elseif k == "analyses" then
      add("### " .. esc(blk.caption or (L.analyses .. " " .. blk.period)) .. "\n\n")
      if #blk.items == 0 then add("*" .. esc(L.no_analysis) .. "*\n\n") end
      for _, a in ipairs(blk.items) do
        add("#### " .. esc(a.title) .. " (" .. esc(a.period) .. ")\n\n" .. markdown(a.text) .. "\n")
        if a.by then add("*" .. esc(L.analysis_by) .. " " .. esc(a.by) .. "*\n\n") end
      end
    elseif k == "footnotes" then
      if #doc.footnotes > 0 then
        add("## " .. esc(L.footnotes) .. "\n\n")
        for i, n in ipairs(doc.footnotes) do add(i .. ". " .. esc(n) .. "\n") end
        add("\n")
      end
      if #doc.sources > 0 then
        add("## " .. esc(L.sources) .. "\n\n")
        for _, s in ipairs(doc.sources) do
          -- the public page of the KPI or table; the file or API address stays in the JSON
          local page = report_text.link(s)
          local url = page and (" <" .. page:gsub("[<>%s]", "") .. ">") or ""
          add("- " .. esc(report_text.source_text(s, L)) .. url .. "\n")
        end
        add("\n")
      end
    end
  end
  return table.concat(out), nil, files
end

return M
