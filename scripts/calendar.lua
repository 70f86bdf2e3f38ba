-- Civil-date arithmetic for the annual wheel: dates as day numbers (days since 1970-01-01, no time
-- zone involved), weekdays, month lengths, and the ends of tertials, quarters and half-years.
-- Time zones and instants are the C core's (styr.tz); this module never looks at a clock.
local M = {}

function M.is_leap(y)
  return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)
end

local DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

function M.days_in_month(y, m)
  if m == 2 and M.is_leap(y) then return 29 end
  return DAYS[m]
end

-- Day number of a civil date (proleptic Gregorian), 1970-01-01 = 0.
function M.day_number(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

-- The civil date of a day number: year, month, day.
function M.civil(n)
  n = n + 719468
  local era = (n >= 0 and n or n - 146096) // 146097
  local doe = n - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400
  return m <= 2 and y + 1 or y, m, d
end

-- 0 = Sunday … 6 = Saturday (as cron and struct tm count).
function M.weekday(n)
  return (n + 4) % 7
end

-- "YYYY-MM-DD" → day number, or nil when it is not a real date.
function M.parse_date(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 or d > M.days_in_month(y, m) then return nil end
  return M.day_number(y, m, d)
end

-- "MM-DD" → month, day (29 February allowed), or nil.
function M.parse_month_day(s)
  if type(s) ~= "string" then return nil end
  local m, d = s:match("^(%d%d)%-(%d%d)$")
  if not m then return nil end
  m, d = tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 or d > (m == 2 and 29 or DAYS[m]) then return nil end
  return m, d
end

-- "HH:MM" → hour, minute, or nil.
function M.parse_time(s)
  if type(s) ~= "string" then return nil end
  local h, mi = s:match("^(%d%d?):(%d%d)$")
  if not h then return nil end
  h, mi = tonumber(h), tonumber(mi)
  if h > 23 or mi > 59 then return nil end
  return h, mi
end

function M.format_date(n)
  local y, m, d = M.civil(n)
  return string.format("%04d-%02d-%02d", y, m, d)
end

-- The months that end each period of a kind, in calendar order.
M.PERIOD_END_MONTHS = {
  month = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 },
  quarter = { 3, 6, 9, 12 },
  tertial = { 4, 8, 12 },
  half_year = { 6, 12 },
  year = { 12 },
}

-- Day numbers of the last day of each period of `kind` that ends in year y.
function M.period_ends(kind, y)
  local list = {}
  for _, m in ipairs(M.PERIOD_END_MONTHS[kind]) do
    list[#list + 1] = M.day_number(y, m, M.days_in_month(y, m))
  end
  return list
end

M.WEEKDAYS = { "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" }

-- "monday" → 1 (0 = Sunday), or nil.
function M.weekday_number(name)
  if type(name) ~= "string" then return nil end
  for i, w in ipairs(M.WEEKDAYS) do
    if w == name:lower() then return i - 1 end
  end
  return nil
end

return M
