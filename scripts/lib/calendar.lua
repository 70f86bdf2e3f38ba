-- Civil dates for the annual wheel: parsing of dates, month-days and times, day numbers (days since
-- 1970-01-01, no time zone involved), and the ends of tertials, quarters and half-years. The
-- arithmetic and the time zones are the C core's (styr.tz); this module never looks at a clock.
local M = {}

local tz = require "styr.tz"

-- The arithmetic itself is the C core's (core/time/civil.c), shared with clock, tz, cron and periods.
M.days_in_month = tz.days_in_month
M.day_number = tz.day_number
M.civil = tz.civil
M.weekday = tz.weekday -- 0 = Sunday … 6 = Saturday (as cron and struct tm count)

local MAX_DAY = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

-- "YYYY-MM-DD" → day number, or nil when it is not a real date.
function M.parse_date(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if y < 1 or m < 1 or m > 12 or d < 1 or d > M.days_in_month(y, m) then return nil end
  return M.day_number(y, m, d)
end

-- "MM-DD" → month, day (29 February allowed), or nil.
function M.parse_month_day(s)
  if type(s) ~= "string" then return nil end
  local m, d = s:match("^(%d%d)%-(%d%d)$")
  if not m then return nil end
  m, d = tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 or d > MAX_DAY[m] then return nil end
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
