-- The annual wheel (årshjul): events tied to a body (meeting), a report (due to committees), a data
-- delivery (when a source is expected to publish) or a job (fetch / compute / report), each with one
-- recurrence. This module checks recurrences, expands them into the occurrences of a year in the
-- municipality's time zone, and checks the wheel as a whole (references, report-before-data).
local calendar = require "styr.calendar"
local util = require "styr.util"

local M = {}

M.KINDS = { "meeting", "report", "data", "job" }
M.JOBS = { "fetch", "compute", "report", "custom" }
M.RECURRENCES = { "date", "yearly", "monthly", "after", "weekly", "cron" }
M.PERIODS = { "month", "quarter", "tertial", "half_year", "year" }
M.DEFAULT_ZONE = { SE = "Europe/Stockholm", DK = "Europe/Copenhagen" }

local fields_known = util.unknown_field

local function whole(x, lo, hi)
  if type(x) ~= "number" or x ~= x or x ~= math.floor(x) then return false end
  return x >= lo and x <= hi
end

-- Field checkers for event declarations: each returns nil or a message.
M.check = {}

function M.check.date(v)
  if not calendar.parse_date(v) then return "must be a real date \"YYYY-MM-DD\", not " .. tostring(v) end
end

function M.check.yearly(v)
  if type(v) == "string" then v = { v } end
  if type(v) ~= "table" or #v == 0 then return "must be a list of dates in the year, { \"03-15\", \"09-15\" }" end
  for i, s in ipairs(v) do
    if not calendar.parse_month_day(s) then
      return "item " .. i .. " must be a month and day \"MM-DD\", not " .. tostring(s)
    end
  end
end

function M.check.monthly(v)
  if type(v) ~= "table" then return "must be { every = N, day = D or \"last\", from = \"YYYY-MM\" }" end
  local e = fields_known(v, { "every", "day", "from" })
  if e then return e end
  if v.every ~= nil and not whole(v.every, 1, 120) then return "every must be a number of months from 1 to 120" end
  if v.day ~= "last" and not whole(v.day, 1, 31) then return "day must be 1 to 31 or \"last\"" end
  if v.from ~= nil and not (type(v.from) == "string" and calendar.parse_date(v.from .. "-01")) then
    return "from must be a month \"YYYY-MM\", not " .. tostring(v.from)
  end
end

function M.check.after(v)
  if type(v) ~= "table" then return "must be { period = \"tertial\", days = N }" end
  local e = fields_known(v, { "period", "days" })
  if e then return e end
  if not util.set(M.PERIODS)[v.period] then
    return "period must be one of " .. table.concat(M.PERIODS, ", ") .. util.suggest(tostring(v.period), M.PERIODS)
  end
  if v.days ~= nil and not whole(v.days, -366, 366) then return "days must be a whole number from -366 to 366" end
end

function M.check.weekly(v)
  if type(v) == "string" then v = { day = v } end
  if type(v) ~= "table" then return "must be a weekday (\"monday\") or { day = \"monday\", every = N, from = DATE }" end
  local e = fields_known(v, { "day", "every", "from" })
  if e then return e end
  if not calendar.weekday_number(v.day) then
    return "day must be a weekday, one of " .. table.concat(calendar.WEEKDAYS, ", ") ..
           util.suggest(tostring(v.day), calendar.WEEKDAYS)
  end
  if v.every ~= nil and not whole(v.every, 1, 52) then return "every must be a number of weeks from 1 to 52" end
  if v.from ~= nil and not calendar.parse_date(v.from) then return "from must be a date \"YYYY-MM-DD\"" end
end

function M.check.cron(v)
  if type(v) ~= "string" then return "must be a cron expression \"MIN HOUR DOM MON DOW\", not " .. type(v) end
  local ok, msg = require("styr.cron").parse(v)
  if not ok then return "\"" .. v .. "\": " .. tostring(msg):gsub("^cron expression '.-': ", "") end
end

function M.check.at(v)
  if not calendar.parse_time(v) then return "must be a time \"HH:MM\", not " .. tostring(v) end
end

function M.check.duration(v)
  if not whole(v, 1, 7 * 24 * 60) then return "must be a number of minutes from 1 to 10080" end
end

-- Which recurrence field an event uses (or nil).
function M.recurrence_of(ev)
  for _, r in ipairs(M.RECURRENCES) do
    if ev[r] ~= nil then return r end
  end
end

-- What kind an event is, given or told by its fields.
function M.kind_of(ev)
  if ev.kind then return ev.kind end
  if ev.job or ev.fetch or ev.run then return "job" end
  if ev.body then return "meeting" end
  if ev.report then return "report" end
  if ev.source or ev.indicators then return "data" end
end

local function normalise_weekly(w)
  if type(w) == "string" then return { day = w } end
  return w
end

-- The days (day numbers) in year y on which a date-based recurrence falls.
local function days_in_year(ev, y)
  local first, last = calendar.day_number(y, 1, 1), calendar.day_number(y, 12, 31)
  local days = {}
  local r = M.recurrence_of(ev)
  if r == "date" then
    local n = calendar.parse_date(ev.date)
    if n >= first and n <= last then days[1] = n end
  elseif r == "yearly" then
    local list = type(ev.yearly) == "string" and { ev.yearly } or ev.yearly
    for _, s in ipairs(list) do
      local m, d = calendar.parse_month_day(s)
      -- 29 February falls only in leap years, as in iCalendar.
      if d <= calendar.days_in_month(y, m) then days[#days + 1] = calendar.day_number(y, m, d) end
    end
  elseif r == "monthly" then
    local every = ev.monthly.every or 1
    local fy, fm = 1970, 1
    if ev.monthly.from then fy, fm = ev.monthly.from:match("^(%d+)%-(%d+)$"); fy, fm = tonumber(fy), tonumber(fm) end
    for m = 1, 12 do
      local index = (y - fy) * 12 + (m - fm)
      if index >= 0 and index % every == 0 then
        local dim = calendar.days_in_month(y, m)
        local d = ev.monthly.day == "last" and dim or ev.monthly.day
        -- A day the month does not have is skipped, as in iCalendar (use "last" for month ends).
        if d <= dim then days[#days + 1] = calendar.day_number(y, m, d) end
      end
    end
  elseif r == "after" then
    local offset = ev.after.days or 0
    for py = y - 2, y + 2 do
      for _, e in ipairs(calendar.period_ends(ev.after.period, py)) do
        local n = e + offset
        if n >= first and n <= last then days[#days + 1] = n end
      end
    end
  elseif r == "weekly" then
    local w = normalise_weekly(ev.weekly)
    local wd = calendar.weekday_number(w.day)
    local every = w.every or 1
    local anchor = w.from and calendar.parse_date(w.from) or nil
    for n = first, last do
      if calendar.weekday(n) == wd then
        if not anchor then days[#days + 1] = n
        elseif n >= anchor and ((n - anchor) // 7) % every == 0 then days[#days + 1] = n end
      end
    end
  end
  table.sort(days)
  return days
end
M.days_in_year = days_in_year

-- Every occurrence of an event in year y, in time zone `zone`, in time order:
-- { day = day number, hour =, min =, all_day = bool, epoch = UTC seconds }.
function M.occurrences(ev, y, zone)
  local tz = require "styr.tz"
  local list = {}
  if M.recurrence_of(ev) == "cron" then
    local cron = require "styr.cron"
    local from = tz.from_local({ year = y, month = 1, day = 1 }, zone)
    local to = tz.from_local({ year = y + 1, month = 1, day = 1 }, zone)
    local epochs = cron.occurrences(ev.cron, from - 1, to, zone, 600000) or {}
    for _, e in ipairs(epochs) do
      if e >= from and e < to then
        local t = tz.to_local(e, zone)
        list[#list + 1] = { day = calendar.day_number(t.year, t.month, t.day), hour = t.hour, min = t.min,
                            all_day = false, epoch = e }
      end
    end
    return list
  end
  local h, mi = calendar.parse_time(ev.at)
  for _, n in ipairs(days_in_year(ev, y)) do
    local yy, mm, dd = calendar.civil(n)
    local e = tz.from_local({ year = yy, month = mm, day = dd, hour = h or 0, min = mi or 0 }, zone)
    list[#list + 1] = { day = n, hour = h, min = mi, all_day = h == nil, epoch = e }
  end
  return list
end

-- Every occurrence of every event of builder b in year y, in time order: { ev =, occ = }. All-day
-- items come first on a day, then by time, then in declaration order. sel (optional) narrows it:
-- sel.keep(ev) says which events, sel.from and sel.to (day numbers) which days, and then sel.years
-- lists the years to look in instead of y (styr show wheel --body/--kind/--from/--to).
function M.year_occurrences(b, y, sel)
  local all = {}
  for _, id in ipairs(b.event_order) do
    local ev = b.events[id]
    if not (sel and sel.keep) or sel.keep(ev) then
      for _, yy in ipairs(sel and sel.years or { y }) do
        for _, o in ipairs(M.occurrences(ev, yy, b.timezone)) do
          if not (sel and sel.from) or (o.day >= sel.from and o.day <= sel.to) then
            all[#all + 1] = { ev = ev, occ = o }
          end
        end
      end
    end
  end
  table.sort(all, function(a, c)
    if a.occ.day ~= c.occ.day then return a.occ.day < c.occ.day end
    local ta = a.occ.all_day and -1 or a.occ.epoch
    local tc = c.occ.all_day and -1 or c.occ.epoch
    if ta ~= tc then return ta < tc end
    return a.ev.where.line < c.ev.where.line
  end)
  return all
end

-- When the wheel next expects each indicator's data: { [indicator] = { date = "YYYY-MM-DD",
-- ev = event id } } from the data events (with indicators = { … }) on or after `from_day` (a day
-- number, calendar.parse_date's), or at or after `from_epoch` when given, looking at `year` and
-- the next. The reports' "next update" lines and styr status read it.
function M.next_deliveries(b, from_day, year, from_epoch)
  local next_delivery = {}
  for _, y in ipairs({ year, year + 1 }) do
    for _, item in ipairs(M.year_occurrences(b, y)) do
      local ev = item.ev
      local ahead = from_epoch and item.occ.epoch >= from_epoch or (not from_epoch and item.occ.day >= from_day)
      if ev.kind == "data" and type(ev.indicators) == "table" and ahead then
        for _, i in ipairs(ev.indicators) do
          if not next_delivery[i] then next_delivery[i] = { date = calendar.format_date(item.occ.day), ev = ev.id } end
        end
      end
    end
  end
  return next_delivery
end

-- The indicators a report covers: those of its goals (as the report selects them).
local function report_indicators(b, report_id)
  local r = b.reports[report_id]
  if not r then return {} end
  local goals = type(r.goals) == "table" and util.set(r.goals)
  local persp = type(r.perspectives) == "table" and util.set(r.perspectives)
  local list = {}
  for _, gid in ipairs(b.goal_order) do
    local g = b.goals[gid]
    if (not goals or goals[gid]) and (not persp or persp[g.perspective]) and (r.body == nil or g.body == r.body) then
      for _, i in ipairs(g.indicators) do list[#list + 1] = i end
    end
  end
  return list
end
M.report_indicators = report_indicators

-- Whole-wheel checks after every file has run: kinds and their fields, references, the time zone,
-- and a warning for a report due before the data it needs is published (in `year`).
function M.check_all(b, year)
  local ids = { bodies = {}, reports = {}, indicators = {} }
  for _, id in ipairs(b.body_order) do ids.bodies[#ids.bodies + 1] = id end
  for _, id in ipairs(b.report_order) do ids.reports[#ids.reports + 1] = id end
  for _, id in ipairs(b.indicator_order) do ids.indicators[#ids.indicators + 1] = id end
  local function ref(ev, field, id, map, list, what)
    if type(id) == "string" and not map[id] then
      b:problem(ev.where, "event '" .. ev.id .. "': " .. field .. " refers to an unknown " .. what .. " '" ..
                id .. "'" .. util.suggest(id, list))
      return false
    end
    return true
  end

  local zone = b.wheel_zone or (b.municipality and M.DEFAULT_ZONE[b.municipality.country]) or "UTC"
  b.timezone = zone
  local zone_ok = require("styr.tz").valid(zone)
  if not zone_ok then
    b:problem(b.wheel_where, "wheel: timezone '" .. tostring(zone) .. "' is not in the time-zone database " ..
              "(use a name such as Europe/Stockholm or Europe/Copenhagen)")
  end

  local ok_events = {}
  for _, id in ipairs(b.event_order) do
    local ev = b.events[id]
    local what = "event '" .. id .. "'"
    local good = true
    local recs = {}
    for _, r in ipairs(M.RECURRENCES) do if ev[r] ~= nil then recs[#recs + 1] = r end end
    if #recs == 0 then
      b:problem(ev.where, what .. ": says not when it happens; give one of " .. table.concat(M.RECURRENCES, ", "))
      good = false
    elseif #recs > 1 then
      b:problem(ev.where, what .. ": has more than one recurrence (" .. table.concat(recs, ", ") .. "); give one")
      good = false
    end
    if ev.cron ~= nil and ev.at ~= nil then
      b:problem(ev.where, what .. ": a cron expression gives its own time; remove at")
      good = false
    end
    if type(ev.monthly) == "table" and type(ev.monthly.day) == "number" and ev.monthly.day > 28 then
      b:problem(ev.where, what .. ": monthly day " .. ev.monthly.day .. " is skipped in months that have fewer " ..
                "days; write day = \"last\" for the last day of each month", "warning")
    end
    local kind = M.kind_of(ev)
    ev.kind = kind
    if kind == nil then
      b:problem(ev.where, what .. ": cannot tell what kind of event this is; add kind = \"meeting\", \"report\", " ..
                "\"data\" or \"job\"")
      good = false
    elseif kind == "meeting" and ev.body == nil then
      b:problem(ev.where, what .. ": a meeting needs body = the id of the body that meets")
      good = false
    elseif kind == "report" and ev.report == nil then
      b:problem(ev.where, what .. ": a report event needs report = the id of the report that is due")
      good = false
    elseif kind == "data" and ev.source == nil then
      b:problem(ev.where, what .. ": a data delivery needs source = what is published (e.g. \"SCB helårsekvivalenter\")")
      good = false
    elseif kind == "job" and ev.job == nil and ev.fetch == nil and ev.run == nil then
      b:problem(ev.where, what .. ": a job needs job = \"fetch\", \"compute\", \"report\" or \"custom\"")
      good = false
    elseif kind == "job" and ev.job == "report" and ev.report == nil then
      b:problem(ev.where, what .. ": a report job needs report = the id of the report to render")
      good = false
    end
    good = ref(ev, "body", ev.body, b.bodies, ids.bodies, "body") and good
    good = ref(ev, "report", ev.report, b.reports, ids.reports, "report") and good
    for _, t in ipairs(type(ev.to) == "table" and ev.to or {}) do
      good = ref(ev, "to", t, b.bodies, ids.bodies, "body") and good
    end
    for _, i in ipairs(type(ev.indicators) == "table" and ev.indicators or {}) do
      good = ref(ev, "indicators", i, b.indicators, ids.indicators, "indicator") and good
    end
    for _, f in ipairs(type(ev.fetch) == "table" and ev.fetch or {}) do
      good = ref(ev, "fetch", f, b.sources, b.source_order, "source") and good
    end
    if good then ok_events[#ok_events + 1] = ev end
  end
  if not zone_ok then return end

  -- A report due before the data it needs is published shows last period's figures.
  local first_delivery = {}
  for _, ev in ipairs(ok_events) do
    if ev.kind == "data" and type(ev.indicators) == "table" then
      local occ = M.occurrences(ev, year, zone)
      if occ[1] then
        for _, i in ipairs(ev.indicators) do
          local f = first_delivery[i]
          if not f or occ[1].epoch < f.epoch then first_delivery[i] = { epoch = occ[1].epoch, day = occ[1].day, ev = ev } end
        end
      end
    end
  end
  for _, ev in ipairs(ok_events) do
    if ev.kind == "report" then
      local needs = type(ev.indicators) == "table" and ev.indicators or report_indicators(b, ev.report)
      local occ = M.occurrences(ev, year, zone)
      if occ[1] then
        local late = {}
        for _, i in ipairs(needs) do
          local f = first_delivery[i]
          if f and f.epoch > occ[1].epoch then late[#late + 1] = { i = i, f = f } end
        end
        table.sort(late, function(a, c) return a.i < c.i end)
        for _, l in ipairs(late) do
          b:problem(ev.where, string.format("event '%s': report '%s' is due %s, before its data are published: " ..
            "'%s' delivers indicator '%s' on %s; move the report or the delivery", ev.id, ev.report,
            calendar.format_date(occ[1].day), l.f.ev.id, l.i, calendar.format_date(l.f.day)), "warning")
        end
      end
    end
  end
end

return M
