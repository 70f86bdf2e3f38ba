-- The report as an Excel workbook for people (styr.xlsx, libxlsxwriter): one sheet per goal table
-- (perspective), indicator table and activity list with headers in the report's language, numbers
-- stored as numbers with a number format of the indicator's decimals, a bold frozen header row,
-- an autofilter and a landscape page one page wide; a sheet of every goal's activities, one of
-- the analyses, a data sheet with the CSV's machine column names and ids, the footnotes, and the
-- sources with links to their public pages. Text is always stored as text: "=cmd" never becomes
-- a formula.
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

local function bold_row(list)
  local head = {}
  for i, h in ipairs(list) do head[i] = { value = h, bold = true } end
  return head
end

-- Text of analysts' Markdown for a cell.
local function plain(text)
  return require("styr.markdown").to_text(text) or text
end

-- The first letter in capitals, for a label written in running text ("ansvarig" → "Ansvarig").
local function cap(s) return (tostring(s):gsub("^%l", string.upper)) end

-- The columns of an indicator row for people, in the report's language, and their widths.
local function row_header(doc)
  local L, X = doc.labels, doc.labels.xlsx
  local header = { L.indicator, X.breakdown, L.unit, X.base_year, L.base }
  local widths = { 50, 14, 10, 8, 12 }
  for _, y in ipairs(doc.value_years) do header[#header + 1] = L.value .. " " .. y; widths[#widths + 1] = 12 end
  for _, y in ipairs(doc.target_years) do header[#header + 1] = L.target .. " " .. y; widths[#widths + 1] = 12 end
  for _, h in ipairs({ { L.status_heading .. " " .. doc.year, 16 }, { X.notes, 60 } }) do
    header[#header + 1] = h[1]; widths[#widths + 1] = h[2]
  end
  return header, widths
end

local function tail_header(doc, header, widths)
  local L, X = doc.labels, doc.labels.xlsx
  if doc.peers then
    for _, h in ipairs({ X.peer_year, L.peer_rank, X.peer_count, L.national }) do
      header[#header + 1] = h; widths[#widths + 1] = 12
    end
  end
  if doc.as_of then header[#header + 1] = X.revised; widths[#widths + 1] = 14 end
end

-- A number cell with the number format of the row's decimals, or the value as it is.
local function number_cell(row)
  return function(v)
    if type(v) == "number" then
      return { value = v, format = M.number_format(row.decimals or format.decimals_of(v)) }
    end
    return v or false
  end
end

-- The cells of an indicator row for people, appended to r; returns the --as-of revised years.
local function row_cells(doc, row, r)
  local L = doc.labels
  local num = number_cell(row)
  local part = row.breakdown and L.breakdown[row.breakdown] or row.org_unit or L.xlsx.total
  for _, v in ipairs({ row.title, part, row.unit and L.units[row.unit] or "", row.base and row.base.year or false,
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

-- The data sheet: the goal tables' rows with the CSV's machine column names and ids (for
-- programs and pivot tables), numbers as numbers.
local function data_rows(doc)
  local L = doc.labels
  local header = { "perspective", "goal_id", "goal", "indicator_id", "indicator", "breakdown", "unit", "base_year",
                   "base_value" }
  for _, y in ipairs(doc.value_years) do header[#header + 1] = "value_" .. y end
  for _, y in ipairs(doc.target_years) do header[#header + 1] = "target_" .. y end
  for _, h in ipairs({ "status_" .. doc.year, "status_label", "notes", "goal_status", "goal_status_label" }) do
    header[#header + 1] = h
  end
  if doc.peers then for _, h in ipairs({ "peer_year", "peer_rank", "peer_count", "national" }) do header[#header + 1] = h end end
  if doc.as_of then header[#header + 1] = "revised_since" end
  local rows = { bold_row(header) }
  for _, section in ipairs(doc.sections) do
    for _, goal in ipairs(section.goals) do
      for _, row in ipairs(goal.rows) do
        local num = number_cell(row)
        local r = { section.perspective, goal.id, goal.title, row.indicator, row.title,
                    row.breakdown or (row.org_unit and ("unit:" .. row.org_unit)) or "total", row.unit or "",
                    row.base and row.base.year or false, num(row.base and row.base.value) }
        for _, y in ipairs(doc.value_years) do
          r[#r + 1] = row.suppressed[y] and L.suppressed or num(row.values[y])
        end
        for _, y in ipairs(doc.target_years) do
          local t = row.targets[y]
          r[#r + 1] = type(t) == "string" and (L.relative[t] or t) or num(t)
        end
        local notes, revised = report_text.row_notes(doc, row)
        for _, v in ipairs({ row.status, L.status[row.status], notes, goal.status, L.status[goal.status] }) do
          r[#r + 1] = v
        end
        tail_cells(doc, row, r, revised, num)
        rows[#rows + 1] = r
      end
    end
  end
  return rows, #header
end

-- A sheet for people: its header row frozen and repeated on every printed page, an autofilter
-- over its table, printed landscape one page wide.
local function people_sheet(name, rows, widths)
  return { name = name, rows = rows, widths = widths, freeze = 1, filter = 1, landscape = true }
end

function M.render(doc)
  local L, X = doc.labels, doc.labels.xlsx
  local used = {}
  local sheets = {}

  -- Goal tables: a sheet per perspective, each row with its goal.
  local rh, rw = row_header(doc)
  local header, widths = { X.goal_number, L.goal }, { 6, 40 }
  for i, h in ipairs(rh) do header[#header + 1] = h; widths[#widths + 1] = rw[i] end
  header[#header + 1] = L.goal_status; widths[#widths + 1] = 16
  tail_header(doc, header, widths)
  local ih, iw = row_header(doc)
  tail_header(doc, ih, iw)
  local act_header = { X.goal_number, L.goal, L.activities, cap(L.owner), cap(L.due), X.state }
  local act_widths = { 6, 40, 60, 30, 12, 14 }
  local goal_titles = {}

  -- Headings and texts in layout order, on the first sheet when the layout has them; every
  -- goal's activities and every analysis on sheets of their own.
  local texts = { bold_row({ L.perspective, "" }) }
  local later = {}
  local activities, seen_goal = { bold_row(act_header) }, {}
  local analyses = { bold_row({ L.indicator, X.period, X.author, X.text }) }
  local function activity_row(a)
    local g = a.goal and goal_titles[a.goal]
    return { g and g.number or a.goal or "", g and g.title or "", a.title, a.owner or "", a.due or "",
             L.activity_state[a.state] }
  end
  for _, blk in ipairs(doc.blocks or {}) do
    for _, goal in ipairs(blk.goals or {}) do goal_titles[goal.id] = goal_titles[goal.id] or goal end
  end
  for _, blk in ipairs(doc.blocks or {}) do
    local k = blk.kind
    if k == "heading" then texts[#texts + 1] = { { value = blk.text, bold = true }, "" }
    elseif k == "text" then texts[#texts + 1] = { "", plain(blk.text) }
    elseif k == "analyses" then
      for _, a in ipairs(blk.items) do
        analyses[#analyses + 1] = { a.title, a.period, a.by or "", plain(a.text) }
      end
    elseif k == "goal_table" then
      local rows = { bold_row(header) }
      for _, goal in ipairs(blk.goals) do
        for _, row in ipairs(goal.rows) do
          local r = { goal.number or goal.id, goal.title }
          local revised, num = row_cells(doc, row, r)
          r[#r + 1] = L.status[goal.status]
          tail_cells(doc, row, r, revised, num)
          rows[#rows + 1] = r
        end
        if not seen_goal[goal.id] then
          seen_goal[goal.id] = true
          for _, a in ipairs(goal.activities or {}) do activities[#activities + 1] = activity_row(a) end
        end
      end
      later[#later + 1] = people_sheet((blk.perspective ~= "" and blk.perspective) or L.indicator, rows, widths)
    elseif k == "indicator_table" then
      local rows = { bold_row(ih) }
      for _, row in ipairs(blk.rows) do
        local r = {}
        local revised, num = row_cells(doc, row, r)
        tail_cells(doc, row, r, revised, num)
        rows[#rows + 1] = r
      end
      later[#later + 1] = people_sheet(blk.caption or (L.indicators .. " " .. blk.number), rows, iw)
    elseif k == "activity_list" then
      local rows = { bold_row(act_header) }
      for _, a in ipairs(blk.items) do rows[#rows + 1] = activity_row(a) end
      later[#later + 1] = people_sheet(blk.caption or (L.activities .. " " .. blk.number), rows, act_widths)
    end
  end
  if #texts > 1 then
    texts[1] = bold_row({ doc.title, "" })
    sheets[#sheets + 1] = { name = M.sheet_name(doc.title, used), rows = texts, widths = { 40, 100 }, freeze = 1 }
  end
  for _, sh in ipairs(later) do sh.name = M.sheet_name(sh.name, used); sheets[#sheets + 1] = sh end
  if #analyses == 1 then analyses[2] = { L.no_analysis, "", "", "" } end
  sheets[#sheets + 1] = people_sheet(M.sheet_name(L.activities, used), activities, act_widths)
  sheets[#sheets + 1] = people_sheet(M.sheet_name(X.analyses, used), analyses, { 40, 10, 24, 100 })
  local data, width = data_rows(doc)
  local data_widths = {}
  for i = 1, width do data_widths[i] = 14 end
  sheets[#sheets + 1] = { name = M.sheet_name(X.data, used), rows = data, widths = data_widths, freeze = 1, filter = 1 }

  local notes = { bold_row({ "#", L.footnotes }) }
  for i, n in ipairs(doc.footnotes) do notes[#notes + 1] = { i, n } end
  sheets[#sheets + 1] = people_sheet(M.sheet_name(L.footnotes, used), notes, { 6, 100 })
  -- Sources as a reader follows them: who published the numbers, the KPI or table and its title,
  -- when they were read and which version, and a link to the public page.
  local sources = { bold_row({ X.publisher, X.series, X.title, X.read, X.version, X.link }) }
  for _, s in ipairs(doc.sources) do
    local series = s.series and (((s.what and L[s.what]) and (cap(L[s.what]) .. " ") or "") .. s.series) or ""
    local page = report_text.link(s)
    sources[#sources + 1] = { report_text.publisher(s, L), series, s.series_title or "", report_text.read_day(s),
                              (s.vintage or ""):sub(1, 10), page and { value = L.source_link, url = page } or "" }
  end
  sheets[#sheets + 1] = people_sheet(M.sheet_name(L.sources, used), sources, { 50, 24, 60, 12, 12, 16 })
  return xlsx.workbook { title = doc.title, created = epoch_of(doc.generated), sheets = sheets }
end

return M
