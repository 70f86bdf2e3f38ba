-- The report as an Excel workbook (styr.xlsx, libxlsxwriter): one sheet per perspective with the
-- same columns as the CSV (less the perspective), numbers stored as numbers with a number format
-- of the indicator's decimals, a bold frozen header row, column widths; a sheet of footnotes and
-- sources. Text is always stored as text: "=cmd" never becomes a formula.
local xlsx = require "styr.xlsx"
local format = require "styr.format"

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

-- A sheet name Excel accepts: no []:*?/\, at most 31 characters (UTF-8 aware), unique.
local function sheet_name(s, used)
  s = tostring(s):gsub("[%[%]:%*%?/\\%c]", " "):gsub("^'", ""):gsub("'$", "")
  if s == "" then s = "-" end
  local function cut(t, n)
    if utf8.len(t) and utf8.len(t) > n then return t:sub(1, utf8.offset(t, n + 1) - 1) end
    return t
  end
  local name, i = cut(s, 31), 1
  while used[name:lower()] do
    i = i + 1
    local suffix = " (" .. i .. ")"
    name = cut(s, 31 - #suffix) .. suffix
  end
  used[name:lower()] = true
  return name
end

function M.render(doc)
  local L = doc.labels
  local used = {}
  local header = { "goal_id", L.goal, "indicator_id", L.indicator, "breakdown", L.unit,
                   L.base .. " " .. L.year:lower(), L.base }
  for _, y in ipairs(doc.value_years) do header[#header + 1] = L.value .. " " .. y end
  for _, y in ipairs(doc.target_years) do header[#header + 1] = L.target .. " " .. y end
  header[#header + 1] = "status_" .. doc.year
  header[#header + 1] = L.status_heading .. " " .. doc.year
  header[#header + 1] = L.footnotes
  header[#header + 1] = "goal_status"
  header[#header + 1] = L.goal_status
  if doc.peers then
    for _, h in ipairs({ "peer_year", "peer_rank", "peer_count", L.national }) do header[#header + 1] = h end
  end
  local head = {}
  for i, h in ipairs(header) do head[i] = { value = h, bold = true } end
  local widths = { 10, 40, 18, 50, 12, 12, 10, 12 }
  for _ = 1, #doc.value_years + #doc.target_years do widths[#widths + 1] = 12 end
  widths[#widths + 1] = 12
  widths[#widths + 1] = 16
  widths[#widths + 1] = 50
  widths[#widths + 1] = 12
  widths[#widths + 1] = 16
  if doc.peers then for _ = 1, 4 do widths[#widths + 1] = 10 end end

  local sheets = {}
  for _, section in ipairs(doc.sections) do
    local rows = { head }
    for _, goal in ipairs(section.goals) do
      for _, row in ipairs(goal.rows) do
        local function num(v)
          if type(v) == "number" then
            return { value = v, format = M.number_format(row.decimals or format.decimals_of(v)) }
          end
          return v or false
        end
        local r = { goal.id, goal.title, row.indicator, row.label,
                    row.breakdown or (row.org_unit and ("unit:" .. row.org_unit)) or "total",
                    row.unit and L.units[row.unit] or "",
                    row.base and row.base.year or false, num(row.base and row.base.value) }
        local notes = {}
        for _, y in ipairs(doc.value_years) do
          if row.suppressed[y] then r[#r + 1] = L.suppressed
          else r[#r + 1] = num(row.values[y]) end
          if row.missing[y] then notes[#notes + 1] = y .. ": " .. row.missing[y] end
        end
        for _, y in ipairs(doc.target_years) do
          local t = row.targets[y]
          if type(t) == "string" then r[#r + 1] = L.relative[t] or t else r[#r + 1] = num(t) end
        end
        r[#r + 1] = row.status
        r[#r + 1] = L.status[row.status]
        if row.base_missing then notes[#notes + 1] = L.base .. ": " .. row.base_missing end
        for _, y in ipairs(doc.value_years) do
          if row.notes[y] then notes[#notes + 1] = y .. ": " .. doc.footnotes[row.notes[y]] end
        end
        if row.footnote then notes[#notes + 1] = doc.footnotes[row.footnote] end
        r[#r + 1] = table.concat(notes, "; ")
        r[#r + 1] = goal.status
        r[#r + 1] = L.status[goal.status]
        if doc.peers then
          local p = row.peer or {}
          r[#r + 1] = p.year or false
          r[#r + 1] = p.rank or false
          r[#r + 1] = p.count or false
          r[#r + 1] = num(p.national)
        end
        rows[#rows + 1] = r
      end
    end
    sheets[#sheets + 1] = { name = sheet_name(section.perspective ~= "" and section.perspective or L.indicator, used),
                            rows = rows, widths = widths, freeze = 1 }
  end
  local bold = function(s) return { value = s, bold = true } end
  local notes = { { bold("#"), bold(L.footnotes) } }
  for i, n in ipairs(doc.footnotes) do notes[#notes + 1] = { i, n } end
  sheets[#sheets + 1] = { name = sheet_name(L.footnotes, used), rows = notes, widths = { 6, 100 }, freeze = 1 }
  local sources = { { bold(L.sources), bold(L.fetched) } }
  for _, s in ipairs(doc.sources) do sources[#sources + 1] = { s.source, s.vintage } end
  sheets[#sheets + 1] = { name = sheet_name(L.sources, used), rows = sources, widths = { 80, 24 }, freeze = 1 }
  return xlsx.workbook { title = doc.title, created = epoch_of(doc.generated), sheets = sheets }
end

return M
