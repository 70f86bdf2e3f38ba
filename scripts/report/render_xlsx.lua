-- The report as an Excel workbook (styr.xlsx, libxlsxwriter): one sheet per perspective with the
-- same columns as the CSV (less the perspective), numbers stored as numbers with a number format
-- of the indicator's decimals, a bold frozen header row, column widths; a sheet of footnotes and
-- sources. Text is always stored as text: "=cmd" never becomes a formula.
local xlsx = require "styr.xlsx"
local format = require "styr.format"
local report_text = require "styr.report_text"

local M = {}

-- Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
local function epoch_of(date)
  local y, m, d = tostring(date or ""):match("^(%d%d%d%d)-(%d%d)-(%d%d)")
  if not y then return 0 end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m > 2 and m - 3 or m + 9) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return (era * 146097 + doe - 719468) * 86400
end
M.epoch_of = epoch_of

-- Excel number format for a number of decimals.
function M.number_format(decimals)
  if decimals <= 0 then return "#,##0" end
  return "#,##0." .. string.rep("0", decimals)
end

-- Excel compares sheet names without case, also for letters beyond ASCII.
local UPPER = { ["Å"] = "å", ["Ä"] = "ä", ["Ö"] = "ö", ["Æ"] = "æ", ["Ø"] = "ø", ["Ü"] = "ü", ["É"] = "é" }
local function fold(s)
  return (s:lower():gsub("\195[\128-\159]", UPPER))
end

-- A sheet name Excel accepts: no []:*?/\, at most 31 characters (UTF-8 aware), unique.
function M.sheet_name(s, used)
  s = tostring(s):gsub("[%[%]:%*%?/\\%c]", " "):gsub("^'", ""):gsub("'$", "")
  if s == "" then s = "-" end
  local function cut(t, n)
    if utf8.len(t) and utf8.len(t) > n then return t:sub(1, utf8.offset(t, n + 1) - 1) end
    return t
  end
  local name, i = cut(s, 31), 1
  while used[fold(name)] do
    i = i + 1
    local suffix = " (" .. i .. ")"
    name = cut(s, 31 - #suffix) .. suffix
  end
  used[fold(name)] = true
  return name
end

-- The columns of an indicator row, and their widths.
local function row_header(doc)
  local L = doc.labels
  local header = { "indicator_id", L.indicator, "breakdown", L.unit, L.base .. " " .. L.year:lower(), L.base }
  local widths = { 18, 50, 12, 12, 10, 12 }
  for _, y in ipairs(doc.value_years) do header[#header + 1] = L.value .. " " .. y; widths[#widths + 1] = 12 end
  for _, y in ipairs(doc.target_years) do header[#header + 1] = L.target .. " " .. y; widths[#widths + 1] = 12 end
  for _, h in ipairs({ { "status_" .. doc.year, 12 }, { L.status_heading .. " " .. doc.year, 16 }, { L.footnotes, 50 } }) do
    header[#header + 1] = h[1]; widths[#widths + 1] = h[2]
  end
  return header, widths
end

local function tail_header(doc, header, widths)
  if doc.peers then
    for _, h in ipairs({ "peer_year", "peer_rank", "peer_count", doc.labels.national }) do
      header[#header + 1] = h; widths[#widths + 1] = 10
    end
  end
  if doc.as_of then header[#header + 1] = "revised_since"; widths[#widths + 1] = 14 end
end

-- The cells of an indicator row, appended to r; returns the --as-of revised years.
local function row_cells(doc, row, r)
  local L = doc.labels
  local function num(v)
    if type(v) == "number" then
      return { value = v, format = M.number_format(row.decimals or format.decimals_of(v)) }
    end
    return v or false
  end
  for _, v in ipairs({ row.indicator, row.label, row.breakdown or (row.org_unit and ("unit:" .. row.org_unit)) or "total",
                       row.unit and L.units[row.unit] or "", row.base and row.base.year or false,
                       num(row.base and row.base.value) }) do
    r[#r + 1] = v
  end
  for _, y in ipairs(doc.value_years) do
    if row.suppressed[y] then r[#r + 1] = L.suppressed
    else r[#r + 1] = num(row.values[y]) end
  end
  for _, y in ipairs(doc.target_years) do
    local t = row.targets[y]
    if type(t) == "string" then r[#r + 1] = L.relative[t] or t else r[#r + 1] = num(t) end
  end
  r[#r + 1] = row.status
  r[#r + 1] = L.status[row.status]
  local notes, revised = report_text.row_notes(doc, row)
  r[#r + 1] = notes
  return revised, num
end

local function tail_cells(doc, row, r, revised, num)
  if doc.peers then
    local p = row.peer or {}
    r[#r + 1] = p.year or false
    r[#r + 1] = p.rank or false
    r[#r + 1] = p.count or false
    r[#r + 1] = num(p.national)
  end
  if doc.as_of then r[#r + 1] = table.concat(revised, " ") end
end

local function bold_row(list)
  local head = {}
  for i, h in ipairs(list) do head[i] = { value = h, bold = true } end
  return head
end

-- Text of analysts' Markdown for a cell.
local function plain(text)
  return require("styr.markdown").to_text(text) or text
end

function M.render(doc)
  local L = doc.labels
  local used = {}
  local sheets = {}

  -- Goal tables: a sheet per perspective, each row with its goal.
  local rh, rw = row_header(doc)
  local header, widths = { "goal_id", L.goal }, { 10, 40 }
  for i, h in ipairs(rh) do header[#header + 1] = h; widths[#widths + 1] = rw[i] end
  header[#header + 1] = "goal_status"; widths[#widths + 1] = 12
  header[#header + 1] = L.goal_status; widths[#widths + 1] = 16
  tail_header(doc, header, widths)
  local ih, iw = row_header(doc)
  tail_header(doc, ih, iw)

  -- Texts, headings and analyses in layout order, on the first sheet when the layout has them.
  local texts = { bold_row({ L.perspective, "" }) }
  local later = {}
  for _, blk in ipairs(doc.blocks or {}) do
    local k = blk.kind
    if k == "heading" then texts[#texts + 1] = { { value = blk.text, bold = true }, "" }
    elseif k == "text" then texts[#texts + 1] = { "", plain(blk.text) }
    elseif k == "analyses" then
      texts[#texts + 1] = { { value = blk.caption or (L.analyses .. " " .. blk.period), bold = true }, "" }
      if #blk.items == 0 then texts[#texts + 1] = { "", L.no_analysis } end
      for _, a in ipairs(blk.items) do
        texts[#texts + 1] = { a.title .. " (" .. a.period .. ")", plain(a.text) .. (a.by and ("\n" .. L.analysis_by .. " " .. a.by) or "") }
      end
    elseif k == "goal_table" then
      local rows = { bold_row(header) }
      for _, goal in ipairs(blk.goals) do
        for _, row in ipairs(goal.rows) do
          local r = { goal.id, goal.title }
          local revised, num = row_cells(doc, row, r)
          r[#r + 1] = goal.status
          r[#r + 1] = L.status[goal.status]
          tail_cells(doc, row, r, revised, num)
          rows[#rows + 1] = r
        end
      end
      later[#later + 1] = { name = (blk.perspective ~= "" and blk.perspective) or L.indicator,
                            rows = rows, widths = widths, freeze = 1 }
    elseif k == "indicator_table" then
      local rows = { bold_row(ih) }
      for _, row in ipairs(blk.rows) do
        local r = {}
        local revised, num = row_cells(doc, row, r)
        tail_cells(doc, row, r, revised, num)
        rows[#rows + 1] = r
      end
      later[#later + 1] = { name = blk.caption or (L.indicators .. " " .. blk.number), rows = rows, widths = iw, freeze = 1 }
    elseif k == "activity_list" then
      local rows = { bold_row({ "goal_id", L.activities, L.owner, L.due, "state", L.status_heading }) }
      for _, a in ipairs(blk.items) do
        rows[#rows + 1] = { a.goal or "", a.title, a.owner or "", a.due or "", a.state, L.activity_state[a.state] }
      end
      later[#later + 1] = { name = blk.caption or (L.activities .. " " .. blk.number), rows = rows,
                            widths = { 10, 60, 30, 12, 10, 14 }, freeze = 1 }
    end
  end
  if #texts > 1 then
    texts[1] = bold_row({ doc.title, "" })
    sheets[#sheets + 1] = { name = M.sheet_name(doc.title, used), rows = texts, widths = { 40, 100 }, freeze = 1 }
  end
  for _, sh in ipairs(later) do sh.name = M.sheet_name(sh.name, used); sheets[#sheets + 1] = sh end

  local notes = { bold_row({ "#", L.footnotes }) }
  for i, n in ipairs(doc.footnotes) do notes[#notes + 1] = { i, n } end
  sheets[#sheets + 1] = { name = M.sheet_name(L.footnotes, used), rows = notes, widths = { 6, 100 }, freeze = 1 }
  local sources = { bold_row({ L.sources, L.fetched, "vintage", "source_id", "ref" }) }
  for _, s in ipairs(doc.sources) do
    sources[#sources + 1] = { report_text.location(s), report_text.read_day(s), s.vintage, s.source_id or "", s.ref or "" }
  end
  sheets[#sheets + 1] = { name = M.sheet_name(L.sources, used), rows = sources, widths = { 80, 12, 24, 16, 16 }, freeze = 1 }
  return xlsx.workbook { title = doc.title, created = epoch_of(doc.generated), sheets = sheets }
end

return M
