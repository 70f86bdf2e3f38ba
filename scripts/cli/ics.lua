-- The annual wheel as an iCalendar file (RFC 5545) that calendar programs import: CRLF line ends,
-- lines folded at 75 octets (never inside a UTF-8 character), a VTIMEZONE for the municipality's
-- zone, one VEVENT per event (per date for fixed yearly dates) with an RRULE where the recurrence
-- has one, stable UIDs so a re-import updates instead of duplicating, and DTSTAMP from styr's clock.
local wheel = require "styr.wheel"
local calendar = require "styr.calendar"
local labels = require "styr.labels"
local version = require "styr.version"

local M = {}

-- Folds one content line: at most 75 octets per physical line, continuation lines start with a space.
function M.fold(line)
  local parts = {}
  local pos, limit = 1, 75
  while #line - pos + 1 > limit do
    local cut = pos + limit
    -- Step back while the octet at `cut` continues a UTF-8 character.
    while cut > pos + 1 and (line:byte(cut) or 0) & 0xC0 == 0x80 do cut = cut - 1 end
    parts[#parts + 1] = line:sub(pos, cut - 1)
    pos, limit = cut, 74
  end
  parts[#parts + 1] = line:sub(pos)
  return table.concat(parts, "\r\n ")
end

-- TEXT value escaping (RFC 5545 3.3.11).
function M.text(s)
  return (tostring(s):gsub("[\\;,]", "\\%0"):gsub("\r?\n", "\\n"):gsub("%c", " "))
end

local function offset(secs)
  local sign = secs < 0 and "-" or "+"
  secs = math.abs(secs)
  return string.format("%s%02d%02d", sign, secs // 3600, secs % 3600 // 60)
end

local function stamp_local(t)
  return string.format("%04d%02d%02dT%02d%02d%02d", t.year, t.month, t.day, t.hour, t.min, t.sec or 0)
end

local function ymd(n)
  local y, m, d = calendar.civil(n)
  return string.format("%04d%02d%02d", y, m, d)
end

local BYDAY = { "SU", "MO", "TU", "WE", "TH", "FR", "SA" }

-- VTIMEZONE for `zone` as it applies in year y, read from the time-zone database: the offsets
-- and transition instants of that year; a transition on the last Sunday of its month (the EU
-- rule of Stockholm and Copenhagen) recurs yearly.
local function vtimezone(zone, y)
  local tz = require "styr.tz"
  local lines = { "BEGIN:VTIMEZONE", "TZID:" .. zone }
  local start = tz.from_local({ year = y, month = 1, day = 1 }, "UTC")
  local prev = tz.to_local(start, zone)
  local transitions = {}
  for day = 1, 366 do
    local e = start + day * 86400
    local t = tz.to_local(e, zone)
    if t.offset ~= prev.offset then
      -- Narrow the change down to the second within the day.
      local lo, hi = e - 86400, e
      while hi - lo > 1 do
        local mid = (lo + hi) // 2
        if tz.to_local(mid, zone).offset == prev.offset then lo = mid else hi = mid end
      end
      transitions[#transitions + 1] = { at = hi, from = prev.offset, to = t.offset, dst = t.isdst }
    end
    prev = t
  end
  if #transitions == 0 then
    lines[#lines + 1] = "BEGIN:STANDARD"
    lines[#lines + 1] = "DTSTART:19700101T000000"
    lines[#lines + 1] = "TZOFFSETFROM:" .. offset(prev.offset)
    lines[#lines + 1] = "TZOFFSETTO:" .. offset(prev.offset)
    lines[#lines + 1] = "END:STANDARD"
  end
  for _, tr in ipairs(transitions) do
    local comp = tr.dst and "DAYLIGHT" or "STANDARD"
    -- DTSTART is the local time just before the change, in the offset in force before it.
    local before = tz.to_local(tr.at + tr.from, "UTC")
    lines[#lines + 1] = "BEGIN:" .. comp
    lines[#lines + 1] = "DTSTART:" .. stamp_local(before)
    local n = calendar.day_number(before.year, before.month, before.day)
    if calendar.weekday(n) == 0 and before.day + 7 > calendar.days_in_month(before.year, before.month) then
      lines[#lines + 1] = "RRULE:FREQ=YEARLY;BYMONTH=" .. before.month .. ";BYDAY=-1SU"
    end
    lines[#lines + 1] = "TZOFFSETFROM:" .. offset(tr.from)
    lines[#lines + 1] = "TZOFFSETTO:" .. offset(tr.to)
    lines[#lines + 1] = "END:" .. comp
  end
  lines[#lines + 1] = "END:VTIMEZONE"
  return lines
end

local function join(list)
  local s = {}
  for i, v in ipairs(list) do s[i] = tostring(v) end
  return table.concat(s, ",")
end

-- RRULE (and RDATEs) of a date-based recurrence whose first date in the exported year is `first`.
local function date_rule(ev, y)
  local r = wheel.recurrence_of(ev)
  if r == "monthly" then
    local day = ev.monthly.day == "last" and -1 or ev.monthly.day
    return "FREQ=MONTHLY;INTERVAL=" .. (ev.monthly.every or 1) .. ";BYMONTHDAY=" .. day
  elseif r == "weekly" then
    local w = type(ev.weekly) == "string" and { day = ev.weekly } or ev.weekly
    return "FREQ=WEEKLY;INTERVAL=" .. (w.every or 1) .. ";BYDAY=" .. BYDAY[calendar.weekday_number(w.day) + 1]
  elseif r == "after" then
    local d = ev.after.days or 0
    local ends = calendar.PERIOD_END_MONTHS[ev.after.period]
    -- d days after a month's end is day d of the next month, when that month has d days; d ≤ 0
    -- counts back from the end (BYMONTHDAY=-1 is the last day), when the month is long enough.
    local function shortest(months)
      local n = 31
      for _, m in ipairs(months) do n = math.min(n, m == 2 and 28 or calendar.days_in_month(2001, m)) end
      return n
    end
    local next_months = {}
    for _, m in ipairs(ends) do next_months[#next_months + 1] = m % 12 + 1 end
    if (d > 0 and d <= shortest(next_months)) or (d <= 0 and 1 - d <= shortest(ends)) then
      local monthday = d > 0 and d or (d - 1)
      if ev.after.period == "month" then return "FREQ=MONTHLY;BYMONTHDAY=" .. monthday end
      local months = {}
      for _, m in ipairs(ends) do months[#months + 1] = d > 0 and (m % 12 + 1) or m end
      table.sort(months)
      return "FREQ=YEARLY;BYMONTH=" .. join(months) .. ";BYMONTHDAY=" .. monthday
    end
    -- Offsets beyond four weeks have no single rule: list the dates of five years.
    local dates = {}
    for yy = y, y + 4 do
      for _, n in ipairs(wheel.days_in_year(ev, yy)) do dates[#dates + 1] = n end
    end
    return nil, dates
  end
end

-- RRULE of a cron expression, or nil when day-of-month and day-of-week are both restricted (cron
-- then fires on either, which one rule cannot say).
local function cron_rule(expr)
  local f = require("styr.cron").fields(expr)
  if not f.dom_any and not f.dow_any then return nil end
  local parts = { "FREQ=DAILY" }
  if #f.month < 12 then parts[#parts + 1] = "BYMONTH=" .. join(f.month) end
  if not f.dom_any then parts[#parts + 1] = "BYMONTHDAY=" .. join(f.dom) end
  if not f.dow_any then
    local days = {}
    for _, d in ipairs(f.dow) do days[#days + 1] = BYDAY[d % 7 + 1] end
    parts[#parts + 1] = "BYDAY=" .. table.concat(days, ",")
  end
  parts[#parts + 1] = "BYHOUR=" .. join(f.hour)
  parts[#parts + 1] = "BYMINUTE=" .. join(f.minute)
  return table.concat(parts, ";")
end

local function uid(id, n, code)
  local safe = tostring(id):gsub("[^%w%.%-_]", function(c) return string.format("%%%02X", c:byte()) end)
  return safe .. (n and ("-" .. n) or "") .. "@" .. code .. ".styr"
end

-- The calendar of builder b's wheel, with first dates in year y. `now` is "YYYY-MM-DDTHH:MM:SSZ".
-- opts.bodies (with opts given): also the submission deadline of each body's part of every
-- reporting period (scripts/model/deadlines.lua), one all-day event per body, report and period,
-- for the bodies in the set (nil: every body), from opts.builder (default b). Returns the text and
-- the number of events.
function M.calendar(b, y, now, opts)
  local L = labels.get(b.municipality.language, b.label_overrides)
  local zone = b.timezone
  local tz = require "styr.tz"
  local views = require "styr.views"
  local lines = {
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//styr//styr " .. version .. "//" .. b.municipality.language:upper(),
    "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
    "X-WR-CALNAME:" .. M.text(b.municipality.name .. " — " .. L.wheel),
    "X-WR-TIMEZONE:" .. zone,
  }
  for _, l in ipairs(vtimezone(zone, y)) do lines[#lines + 1] = l end
  local dtstamp = now:gsub("[-:]", "")
  local count = 0

  local function vevent(ev, n, start_lines, rule, rdates, all_day)
    count = count + 1
    lines[#lines + 1] = "BEGIN:VEVENT"
    lines[#lines + 1] = "UID:" .. uid(ev.id, n, b.municipality.code)
    lines[#lines + 1] = "DTSTAMP:" .. dtstamp
    for _, l in ipairs(start_lines) do lines[#lines + 1] = l end
    if rule then lines[#lines + 1] = "RRULE:" .. rule end
    if rdates and #rdates > 0 then
      local list = {}
      for _, d in ipairs(rdates) do list[#list + 1] = d end
      lines[#lines + 1] = (all_day and "RDATE;VALUE=DATE:" or ("RDATE;TZID=" .. zone .. ":")) .. table.concat(list, ",")
    end
    lines[#lines + 1] = "SUMMARY:" .. M.text(ev.title)
    local detail = views.event_detail(b, ev, L)
    local desc = detail .. (ev.note and ((detail ~= "" and "\n" or "") .. ev.note) or "")
    if desc ~= "" then lines[#lines + 1] = "DESCRIPTION:" .. M.text(desc) end
    lines[#lines + 1] = "CATEGORIES:" .. M.text(L.event_kinds[ev.kind] or ev.kind)
    lines[#lines + 1] = "END:VEVENT"
  end

  local function start_of(n, h, mi, minutes)
    if h == nil then
      return { "DTSTART;VALUE=DATE:" .. ymd(n), "DTEND;VALUE=DATE:" .. ymd(n + 1) }
    end
    local yy, mm, dd = calendar.civil(n)
    return { "DTSTART;TZID=" .. zone .. ":" .. stamp_local({ year = yy, month = mm, day = dd, hour = h, min = mi }),
             "DURATION:PT" .. (minutes or 60) .. "M" }
  end

  for _, id in ipairs(b.event_order) do
    local ev = b.events[id]
    local r = wheel.recurrence_of(ev)
    local h, mi = calendar.parse_time(ev.at)
    if r == "yearly" then
      local list = type(ev.yearly) == "string" and { ev.yearly } or ev.yearly
      for i, s in ipairs(list) do
        local m, d = calendar.parse_month_day(s)
        local yy = y
        while d > calendar.days_in_month(yy, m) do yy = yy + 1 end -- 29 February: the next leap year
        vevent(ev, #list > 1 and i or nil, start_of(calendar.day_number(yy, m, d), h, mi, ev.duration),
               "FREQ=YEARLY;BYMONTH=" .. m .. ";BYMONTHDAY=" .. d)
      end
    elseif r == "date" then
      vevent(ev, nil, start_of(calendar.parse_date(ev.date), h, mi, ev.duration))
    elseif r == "cron" then
      local cron = require "styr.cron"
      local from = tz.from_local({ year = y, month = 1, day = 1 }, zone)
      local first = cron.next(ev.cron, from - 1, zone)
      if first then
        local t = tz.to_local(first, zone)
        local rule = cron_rule(ev.cron)
        local rdates
        if not rule then
          rdates = {}
          local to = tz.from_local({ year = y + 1, month = 1, day = 1 }, zone)
          for _, e in ipairs(cron.occurrences(ev.cron, first, to, zone, 5000) or {}) do
            rdates[#rdates + 1] = stamp_local(tz.to_local(e, zone))
          end
        end
        vevent(ev, nil, { "DTSTART;TZID=" .. zone .. ":" .. stamp_local(t), "DURATION:PT" .. (ev.duration or 15) .. "M" },
               rule, rdates, false)
      end
    else
      local days = wheel.days_in_year(ev, y)
      local yy = y
      while #days == 0 and yy < y + 10 do yy = yy + 1; days = wheel.days_in_year(ev, yy) end
      if days[1] then
        local rule, extra = date_rule(ev, y)
        local rdates
        if extra then
          rdates = {}
          for i = 2, #extra do
            if h == nil then rdates[#rdates + 1] = ymd(extra[i])
            else
              local ey, em, ed = calendar.civil(extra[i])
              rdates[#rdates + 1] = stamp_local({ year = ey, month = em, day = ed, hour = h, min = mi })
            end
          end
        end
        vevent(ev, nil, start_of(days[1], h, mi, ev.duration), rule, rdates, h == nil)
      end
    end
  end
  if opts then
    local W = L.web
    -- From the whole wheel (opts.builder), whatever events the calendar itself was narrowed to.
    for _, d in ipairs(require("styr.deadlines").list(opts.builder or b, opts.bodies)) do
      count = count + 1
      local n = calendar.parse_date(d.date)
      local body = b.bodies[d.body]
      lines[#lines + 1] = "BEGIN:VEVENT"
      lines[#lines + 1] = "UID:" .. uid("deadline-" .. d.report .. "-" .. d.period .. "-" .. d.body, nil, b.municipality.code)
      lines[#lines + 1] = "DTSTAMP:" .. dtstamp
      lines[#lines + 1] = "DTSTART;VALUE=DATE:" .. ymd(n)
      lines[#lines + 1] = "DTEND;VALUE=DATE:" .. ymd(n + 1)
      lines[#lines + 1] = "SUMMARY:" .. M.text(W.due_title .. ": " .. b.reports[d.report].title .. " — " ..
                                               (body and body.name or d.body))
      lines[#lines + 1] = "DESCRIPTION:" .. M.text(d.event.title .. " (" .. d.report .. ", " .. d.period .. ", " .. d.body .. ")")
      lines[#lines + 1] = "CATEGORIES:" .. M.text(W.due_title)
      lines[#lines + 1] = "END:VEVENT"
    end
  end
  lines[#lines + 1] = "END:VCALENDAR"
  local folded = {}
  for i, l in ipairs(lines) do folded[i] = M.fold(l) end
  return table.concat(folded, "\r\n") .. "\r\n", count
end

return M
