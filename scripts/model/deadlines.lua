-- The follow-up's deadlines, from the configuration alone: the reporting periods the annual wheel
-- defines for each report (the days of its events that deliver the report: report = id and no
-- job, in the report's year) and what each body must submit by then (its part: the indicators of
-- the report's goals it answers for and the activities it owns, access.responsibilities). Used by
-- styr serve (the forms and the start page), `styr due --deadlines` and the iCalendar export.
-- The state of a part (draft, submitted, returned, approved) is in the store; `mark` joins a list
-- with the sign-off rows a caller read, so nothing here touches the store.
local access = require "styr.access"
local wheel = require "styr.wheel"
local calendar = require "styr.calendar"

local M = {}

-- Today in the wheel's time zone, "YYYY-MM-DD", for epoch seconds `now` (clock.now()'s second
-- value): a deadline is a local day.
function M.today(b, now)
  local t = require("styr.tz").to_local(now, b.timezone)
  return string.format("%04d-%02d-%02d", t.year, t.month, t.day)
end

-- The reporting periods of a report: { id = "YYYY-MM-DD", date =, event = }, in date order (one
-- per day: the first event of that day in the wheel's order, all-day events first, then by time,
-- then as declared). Only the events that deliver the report are expanded, so a nightly cron job
-- costs nothing here.
function M.periods(b, report_id)
  local r = b.reports[report_id]
  if not r then return {} end
  local found = {}
  for _, id in ipairs(b.event_order or {}) do
    local ev = b.events[id]
    if ev.report == report_id and not ev.job then
      for _, o in ipairs(wheel.occurrences(ev, r.year, b.timezone)) do
        found[#found + 1] = { day = o.day, at = o.all_day and -1 or o.epoch, line = ev.where and ev.where.line or 0,
                              ev = ev }
      end
    end
  end
  table.sort(found, function(x, y)
    if x.day ~= y.day then return x.day < y.day end
    if x.at ~= y.at then return x.at < y.at end
    return x.line < y.line
  end)
  local list, seen = {}, {}
  for _, f in ipairs(found) do
    local day = calendar.format_date(f.day)
    if not seen[day] then
      seen[day] = true
      list[#list + 1] = { id = day, date = day, event = f.ev }
    end
  end
  return list
end

-- The period of a report with this id (its date), or nil.
function M.period(b, report_id, period_id)
  for _, p in ipairs(M.periods(b, report_id)) do
    if p.id == period_id then return p end
  end
end

-- Every (report, period, body) that the given bodies (a set; nil: every body) must submit, in
-- date order, then report and body: { report =, period =, date =, body =, event = }. A body
-- with nothing to report for a report has no deadline for it.
function M.list(b, bodies)
  local list = {}
  for _, rid in ipairs(b.report_order) do
    local parts, order = access.responsibilities(b, rid)
    local periods
    for _, body in ipairs(order) do
      if (not bodies or bodies[body]) and (#parts[body].indicators + #parts[body].activities) > 0 then
        periods = periods or M.periods(b, rid)
        for _, p in ipairs(periods) do
          list[#list + 1] = { report = rid, period = p.id, date = p.date, body = body, event = p.event }
        end
      end
    end
  end
  table.sort(list, function(x, y)
    if x.date ~= y.date then return x.date < y.date end
    if x.report ~= y.report then return x.report < y.report end
    return x.body < y.body
  end)
  return list
end

-- Marks each deadline of `list` with the state of its part, from the latest sign-off rows
-- (db:signoffs(): { report =, period =, body =, state = }; no row: "draft"), whether it is still
-- open (not submitted or approved) and whether it is overdue (open and dated before `today`,
-- "YYYY-MM-DD"). Returns the list.
function M.mark(list, rows, today)
  local state = {}
  for _, r in ipairs(rows or {}) do state[r.report .. "\0" .. r.period .. "\0" .. r.body] = r.state end
  for _, d in ipairs(list) do
    d.state = state[d.report .. "\0" .. d.period .. "\0" .. d.body] or "draft"
    d.open = d.state ~= "submitted" and d.state ~= "approved"
    d.overdue = d.open and today ~= nil and d.date < today
  end
  return list
end

return M
