local H = require "tests.spec.helper"
local calendar = require "styr.calendar"
local wheel = require "styr.wheel"

local function dates(ev, year, zone)
  local list = {}
  for _, o in ipairs(wheel.occurrences(ev, year, zone or "Europe/Stockholm")) do
    list[#list + 1] = calendar.format_date(o.day) .. (o.all_day and "" or string.format(" %02d:%02d", o.hour, o.min))
  end
  return list
end

local warnings = H.warnings

describe("calendar arithmetic", function()
  it("round-trips day numbers across centuries and leap days", function()
    for _, d in ipairs({ "1970-01-01", "2000-02-29", "2024-02-29", "2100-03-01", "2026-12-31", "1999-12-31" }) do
      assert.are.equal(d, calendar.format_date(calendar.parse_date(d)))
    end
    assert.is_nil(calendar.parse_date("2026-02-29"))
    assert.is_nil(calendar.parse_date("2100-02-29"))
    assert.are.equal(0, calendar.parse_date("1970-01-01"))
  end)
  it("knows weekdays (0 = Sunday)", function()
    assert.are.equal(0, calendar.weekday(calendar.parse_date("2026-03-29")))
    assert.are.equal(4, calendar.weekday(calendar.parse_date("1970-01-01")))
  end)
end)

describe("wheel recurrences", function()
  it("fixed yearly dates; 29 February only in leap years", function()
    assert.are.same({ "2026-03-15", "2026-09-15" }, dates({ yearly = { "09-15", "03-15" } }, 2026))
    assert.are.same({}, dates({ yearly = { "02-29" } }, 2026))
    assert.are.same({ "2028-02-29" }, dates({ yearly = { "02-29" } }, 2028))
  end)

  it("every N months on a day, and on the last day of the month (leap February)", function()
    assert.are.same({ "2026-01-15", "2026-04-15", "2026-07-15", "2026-10-15" },
                    dates({ monthly = { every = 3, day = 15, from = "2025-10" } }, 2026))
    local last = dates({ monthly = { day = "last" } }, 2028)
    assert.are.equal("2028-02-29", last[2])
    assert.are.equal("2028-04-30", last[4])
    assert.are.equal(12, #last)
    -- Day 31 is skipped in shorter months, as in iCalendar.
    assert.are.equal(7, #dates({ monthly = { day = 31 } }, 2026))
  end)

  it("the end of each tertial, quarter and half-year plus an offset", function()
    assert.are.same({ "2026-04-30", "2026-08-31", "2026-12-31" }, dates({ after = { period = "tertial" } }, 2026))
    assert.are.same({ "2026-01-30", "2026-05-30", "2026-09-30" },
                    dates({ after = { period = "tertial", days = 30 } }, 2026))
    assert.are.same({ "2026-03-21", "2026-06-20", "2026-09-20", "2026-12-21" },
                    dates({ after = { period = "quarter", days = -10 } }, 2026))
    assert.are.same({ "2026-07-20", "2027-01-20" },
                    { dates({ after = { period = "half_year", days = 20 } }, 2026)[2],
                      dates({ after = { period = "half_year", days = 20 } }, 2027)[1] })
  end)

  it("weekly on a weekday, every other week from an anchor", function()
    local mondays = dates({ weekly = "monday" }, 2026)
    assert.are.equal(52, #mondays)
    assert.are.equal("2026-01-05", mondays[1])
    local fortnight = dates({ weekly = { day = "monday", every = 2, from = "2026-01-12" } }, 2026)
    assert.are.equal("2026-01-12", fortnight[1])
    assert.are.equal("2026-01-26", fortnight[2])
  end)

  it("keeps local wall-clock time across daylight saving in both zones", function()
    for _, zone in ipairs({ "Europe/Stockholm", "Europe/Copenhagen" }) do
      local occ = wheel.occurrences({ weekly = "sunday", at = "09:00" }, 2026, zone)
      local by_day = {}
      for _, o in ipairs(occ) do by_day[calendar.format_date(o.day)] = o end
      local before, after = by_day["2026-03-22"], by_day["2026-03-29"]
      assert.are.equal(9, after.hour)
      -- One week minus the lost hour between the two 09:00s.
      assert.are.equal(7 * 86400 - 3600, after.epoch - before.epoch)
      -- Summer time ends early on 25 October: from 09:00 CEST on the 18th to 09:00 CET on the 25th.
      assert.are.equal(7 * 86400 + 3600, by_day["2026-10-25"].epoch - by_day["2026-10-18"].epoch)
      assert.are.equal(7 * 86400, by_day["2026-11-01"].epoch - by_day["2026-10-25"].epoch)
    end
  end)
end)

describe("wheel checks", function()
  it("accepts a wheel of every recurrence kind", function()
    local b = H.load([[
report "r" { title = "R", year = 2026 }
wheel { timezone = "Europe/Stockholm",
  { title = "Nattlig hämtning", job = "fetch", cron = "0 5 * * *" } }
event "m" { title = "Möte", body = "AMN", monthly = { day = "last" }, at = "13:00" }
event "t" { title = "Tertial", report = "r", to = { "AMN" }, after = { period = "tertial", days = 30 } }
event "d" { title = "Data", source = "SCB", yearly = { "03-15" } }
event "w" { title = "Vecka", kind = "data", source = "Egen", weekly = "monday" }
event "o" { title = "Beslut", body = "AMN", date = "2026-04-25" }
]])
    assert.are.same({}, H.messages(b))
    assert.are.equal("job", b.events["wheel-1"].kind)
    assert.are.equal("meeting", b.events.m.kind)
  end)

  it("refuses events with no recurrence, two recurrences, bad values, unknown references", function()
    local b = H.load([[
event "a" { title = "A", body = "AMN" }
event "b" { title = "B", body = "AMN", date = "2026-01-01", yearly = { "01-01" } }
event "c" { title = "C", body = "AMN", date = "2026-02-30" }
event "d" { title = "D", body = "AMX", cron = "0 25 * * *" }
event "e" { title = "E", report = "nope", weekly = "funday" }
event "f" { title = "F", after = { period = "tertail" } }
event "g" { title = "G", body = "AMN", cron = "0 5 * * *", at = "05:00" }
event "h" { title = "H", body = "AMN", yearly = { "13-01" } }
event "i" { title = "I", body = "AMN", monthly = { day = 32 } }
event "j" { title = "J", job = "fetch", fetch = { "kolada" }, cron = "0 5 * * *" }
]])
    assert.truthy(H.has(b, "^4: event 'a': says not when it happens"))
    assert.truthy(H.has(b, "^5: event 'b': has more than one recurrence %(date, yearly%)"))
    assert.truthy(H.has(b, "^6: event 'c': date must be a real date"))
    assert.truthy(H.has(b, "^7: event 'd': cron \"0 25 %* %* %*\": hour"))
    assert.truthy(H.has(b, "^8: event 'e': weekly day must be a weekday.*did you mean 'sunday'"))
    assert.truthy(H.has(b, "^9: event 'f': after period must be one of .*did you mean 'tertial'"))
    assert.truthy(H.has(b, "^10: event 'g': a cron expression gives its own time"))
    assert.truthy(H.has(b, "^11: event 'h': yearly item 1 must be a month and day"))
    assert.truthy(H.has(b, "^12: event 'i': monthly day must be 1 to 31"))
    assert.truthy(H.has(b, "^13: event 'j': fetch refers to an unknown source 'kolada'"))
  end)

  it("refuses a time zone that does not exist", function()
    local b = H.load('wheel { timezone = "Europe/Stokholm" }\n')
    assert.truthy(H.has(b, "wheel: timezone 'Europe/Stokholm' is not in the time%-zone database"))
  end)

  local DATA = [[
indicator "hushall" { title = "Hushåll", unit = "households", direction = "decrease", values = { [2025] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "hushall" } }
report "r" { title = "R", year = 2026 }
event "kolada" { title = "Kolada publicerar", source = "Kolada N31807", indicators = { "hushall" }, yearly = { "04-30" } }
]]
  it("warns when a report is due before the data it needs is published", function()
    local b = H.load(DATA .. 'event "rap" { title = "Rapport", report = "r", to = { "AMN" }, yearly = { "03-31" } }\n')
    assert.are.same({}, H.messages(b))
    local w = warnings(b)
    assert.are.equal(1, #w)
    assert.truthy(w[1]:find("event 'rap': report 'r' is due 2026%-03%-31, before its data are published: " ..
                            "'kolada' delivers indicator 'hushall' on 2026%-04%-30"))
  end)

  it("is quiet when the data come first", function()
    local b = H.load(DATA .. 'event "rap" { title = "Rapport", report = "r", to = { "AMN" }, yearly = { "05-31" } }\n')
    assert.are.same({}, warnings(b))
  end)
end)

describe("iCalendar writing", function()
  local ics = require "styr.ics"
  it("folds lines at 75 octets without splitting a UTF-8 character", function()
    local line = "SUMMARY:" .. string.rep("å", 60)
    local folded = ics.fold(line)
    for part in (folded .. "\r\n"):gmatch("(.-)\r\n") do
      assert.is_true(#part <= 75)
      assert.truthy(utf8.len(part), "a physical line is not valid UTF-8")
    end
    assert.are.equal(line, (folded:gsub("\r\n ", "")))
  end)
  it("escapes text values", function()
    assert.are.equal("a\\, b\\; c\\\\ d\\ne", ics.text("a, b; c\\ d\ne"))
  end)
end)
