-- styr.cron and styr.tz from Lua: the bindings of core/cron.c and core/tz.c, loaded from the
-- real C core (build/styr_core.so) through the helper.
require "tests.spec.helper"
local cron = require "styr.cron"
local tz = require "styr.tz"

local STOCKHOLM, COPENHAGEN = "Europe/Stockholm", "Europe/Copenhagen"

-- Epoch seconds of a UTC date and time, through the binding itself (UTC has no DST).
local function utc(y, mo, d, h, mi)
  return (assert(tz.from_local({ year = y, month = mo, day = d, hour = h or 0, min = mi or 0 }, "UTC")))
end

describe("styr.tz", function()
  it("knows the zones of the tz database and refuses anything else", function()
    assert.is_true(tz.valid(STOCKHOLM))
    assert.is_true(tz.valid(COPENHAGEN))
    assert.is_true(tz.valid("UTC"))
    for _, bad in ipairs({ "", "Europe", "../zoneinfo/UTC", "/etc/localtime", "Mars/Olympus_Mons", "right/UTC" }) do
      assert.is_false(tz.valid(bad), bad)
    end
    assert.has_error(function() tz.valid(nil) end)
    assert.has_error(function() tz.valid({}) end)
  end)

  it("converts an instant to local civil time", function()
    assert.are.same({ year = 2026, month = 3, day = 29, hour = 3, min = 0, sec = 0, wday = 0, yday = 88,
                      offset = 7200, isdst = true }, tz.to_local(utc(2026, 3, 29, 1), STOCKHOLM))
    local t = tz.to_local(utc(2026, 10, 25, 1, 30), COPENHAGEN)
    assert.are.equal(2, t.hour)
    assert.are.equal(30, t.min)
    assert.are.equal(3600, t.offset)
    assert.is_false(t.isdst)
    local ok, msg = tz.to_local(0, "Mars/Olympus_Mons")
    assert.is_nil(ok)
    assert.are.equal("unknown time zone 'Mars/Olympus_Mons'", msg)
    ok, msg = tz.to_local(math.maxinteger, "UTC")
    assert.is_nil(ok)
    assert.matches("out of range", msg)
    assert.has_error(function() tz.to_local("soon", "UTC") end)
    assert.has_error(function() tz.to_local(1.5, "UTC") end)
    assert.has_error(function() tz.to_local(0) end)
  end)

  it("converts local civil time to an instant, saying when it is in a gap or ambiguous", function()
    for _, zone in ipairs({ STOCKHOLM, COPENHAGEN }) do
      assert.are.same({ utc(2026, 6, 1, 10), "unique" },
                      { tz.from_local({ year = 2026, month = 6, day = 1, hour = 12 }, zone) })
      -- 02:30 does not exist on 29 March: shifted forward by the gap, to 03:30 CEST.
      assert.are.same({ utc(2026, 3, 29, 1, 30), "gap" },
                      { tz.from_local({ year = 2026, month = 3, day = 29, hour = 2, min = 30 }, zone) })
      -- 02:30 happens twice on 25 October: the first time, in CEST.
      assert.are.same({ utc(2026, 10, 25, 0, 30), "ambiguous" },
                      { tz.from_local({ year = 2026, month = 10, day = 25, hour = 2, min = 30 }, zone) })
    end
    -- hour, min and sec default to 0
    assert.are.equal(utc(2026, 1, 1) - 3600, tz.from_local({ year = 2026, month = 1, day = 1 }, STOCKHOLM))
  end)

  it("round-trips every hour of a year", function()
    for t = utc(2026, 1, 1), utc(2027, 1, 1), 3600 do
      local c = assert(tz.to_local(t, STOCKHOLM))
      local back, kind = tz.from_local(c, STOCKHOLM)
      if kind == "ambiguous" then assert.is_true(back == t or back == t - 3600) else assert.are.equal(t, back) end
    end
  end)

  it("refuses impossible dates as a failure and malformed tables as an error", function()
    local e, msg = tz.from_local({ year = 2026, month = 2, day = 30 }, STOCKHOLM)
    assert.is_nil(e)
    assert.are.equal("2026-02-30 00:00:00 is not a date and time in the years 1-9999", msg)
    e, msg = tz.from_local({ year = 2026, month = 1, day = 1, hour = 24 }, STOCKHOLM)
    assert.is_nil(e)
    assert.matches("not a date and time", msg)
    e, msg = tz.from_local({ year = 2026, month = 1, day = 1 }, "Nowhere")
    assert.is_nil(e)
    assert.are.equal("unknown time zone 'Nowhere'", msg)
    assert.has_error(function() tz.from_local({ year = 2026, day = 1 }, "UTC") end,
      "expected from_local({ year = integer, month = integer, day = integer, hour = integer?, "
      .. "min = integer?, sec = integer? }, zone): field 'month' is missing")
    assert.has_error(function() tz.from_local({ year = 2026, month = "1", day = 1 }, "UTC") end)
    assert.has_error(function() tz.from_local({ year = 2026, month = 1, day = 1.5 }, "UTC") end)
    assert.has_error(function() tz.from_local("2026-01-01", "UTC") end)
    assert.has_error(function() tz.from_local({ year = 2026, month = 1, day = 1 }) end)
  end)
end)

describe("styr.cron", function()
  it("parses expressions and explains the bad ones", function()
    assert.is_true(cron.parse("*/15 9-17 * * MON-FRI"))
    assert.is_true(cron.parse("@weekly"))
    local ok, msg = cron.parse("0 0 32 * *")
    assert.is_nil(ok)
    assert.are.equal("cron expression '0 0 32 * *': day-of-month: 32 is out of range 1-31", msg)
    ok, msg = cron.parse("0 0 * * FUN")
    assert.is_nil(ok)
    assert.matches("day%-of%-week: 'FUN' is not a number or a day name %(SUN%-SAT%)", msg)
    ok, msg = cron.parse("* * *")
    assert.is_nil(ok)
    assert.matches("expected 5 fields", msg)
    assert.has_error(function() cron.parse() end)
    assert.has_error(function() cron.parse({}) end)
  end)

  it("lists the values of each field, for exporters", function()
    assert.are.same({ minute = { 0, 30 }, hour = { 9, 10, 11 }, dom = { 13 }, month = { 1, 4, 7, 10 },
                      dow = { 0, 5 }, dom_any = false, dow_any = false, hour_any = false },
                    cron.fields("0,30 9-11 13 */3 FRI,7"))
    local f = cron.fields("@hourly")
    assert.are.equal(60 - 59, #f.minute)
    assert.are.equal(24, #f.hour)
    assert.are.equal(31, #f.dom)
    assert.is_true(f.dom_any and f.dow_any and f.hour_any)
    local ok, msg = cron.fields("0 0 * * 8")
    assert.is_nil(ok)
    assert.matches("day%-of%-week: 8 is out of range 0%-7", msg)
  end)

  it("finds the next fire time in local time", function()
    assert.are.equal(utc(2026, 6, 11, 7), cron.next("0 9 * * *", utc(2026, 6, 10, 12), STOCKHOLM))
    assert.are.equal(utc(2028, 2, 29), cron.next("0 0 29 2 *", utc(2026, 1, 1), "UTC"))
    local t, msg = cron.next("0 0 30 2 *", utc(2026, 1, 1), "UTC")
    assert.is_nil(t)
    assert.are.equal("cron expression '0 0 30 2 *' never fires", msg)
    t, msg = cron.next("0 0 1 1 *", 0, "Nowhere")
    assert.is_nil(t)
    assert.are.equal("unknown time zone 'Nowhere'", msg)
    t, msg = cron.next("0 0 32 * *", 0, "UTC")
    assert.is_nil(t)
    assert.matches("day%-of%-month: 32", msg)
    t, msg = cron.next("* * * * *", math.maxinteger, "UTC")
    assert.is_nil(t)
    assert.matches("1%-9999", msg)
    assert.has_error(function() cron.next("* * * * *", "now", "UTC") end)
    assert.has_error(function() cron.next("* * * * *", 0) end)
  end)

  it("fires on the 13th and on every Friday when both day fields are set", function()
    local list, truncated = cron.occurrences("0 0 13 * FRI", utc(2026, 5, 1), utc(2026, 6, 1), "UTC")
    assert.are.same({ utc(2026, 5, 1), utc(2026, 5, 8), utc(2026, 5, 13), utc(2026, 5, 15), utc(2026, 5, 22),
                      utc(2026, 5, 29) }, list)
    assert.is_false(truncated)
  end)

  for _, zone in ipairs({ STOCKHOLM, COPENHAGEN }) do
    it("runs a 02:30 job once on both DST change days in " .. zone, function()
      -- March: at 03:00 CEST, when the gap ends. October: at the first 02:30, in CEST.
      assert.are.same({ utc(2026, 3, 28, 1, 30), utc(2026, 3, 29, 1, 0), utc(2026, 3, 30, 0, 30) },
                      cron.occurrences("30 2 * * *", utc(2026, 3, 27, 12), utc(2026, 3, 31), zone))
      assert.are.same({ utc(2026, 10, 24, 0, 30), utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30) },
                      cron.occurrences("30 2 * * *", utc(2026, 10, 23, 12), utc(2026, 10, 27), zone))
    end)

    it("runs an hourly job every real hour across both changes in " .. zone, function()
      local spring = cron.occurrences("@hourly", utc(2026, 3, 28, 23), utc(2026, 3, 29, 22), zone)
      local autumn = cron.occurrences("0 * * * *", utc(2026, 10, 24, 22), utc(2026, 10, 25, 23), zone)
      assert.are.equal(23, #spring)
      assert.are.equal(25, #autumn)
      for i = 2, #spring do assert.are.equal(3600, spring[i] - spring[i - 1]) end
      for i = 2, #autumn do assert.are.equal(3600, autumn[i] - autumn[i - 1]) end
    end)
  end

  it("includes from, excludes to, and reports truncation", function()
    local list, truncated = cron.occurrences("0 * * * *", 3600, 4 * 3600, "UTC")
    assert.are.same({ 3600, 7200, 10800 }, list)
    assert.is_false(truncated)
    list, truncated = cron.occurrences("* * * * *", 0, 86400, "UTC", 5)
    assert.are.same({ 0, 60, 120, 180, 240 }, list)
    assert.is_true(truncated)
    list, truncated = cron.occurrences("* * * * *", 0, 300, "UTC", 5)
    assert.are.equal(5, #list)
    assert.is_false(truncated)
    list, truncated = cron.occurrences("* * * * *", 0, 86400 * 30, "UTC")
    assert.are.equal(10000, #list)
    assert.is_true(truncated)
    list, truncated = cron.occurrences("* * * * *", 0, 86400, "UTC", 0)
    assert.are.same({}, list)
    assert.is_true(truncated)
    assert.are.same({}, (cron.occurrences("0 0 30 2 *", 0, 86400 * 3650, "UTC")))
    assert.are.same({}, (cron.occurrences("* * * * *", 100, 50, "UTC")))
    local none, msg = cron.occurrences("* * * * *", 0, 60, "Nowhere")
    assert.is_nil(none)
    assert.are.equal("unknown time zone 'Nowhere'", msg)
    assert.has_error(function() cron.occurrences("* * * * *", 0, 60, "UTC", -1) end)
    assert.has_error(function() cron.occurrences("* * * * *", 0, nil, "UTC") end)
  end)

  it("is registered with the engine's modules", function()
    assert.are.equal(cron, package.loaded["styr.cron"])
    assert.are.equal(tz, package.loaded["styr.tz"])
  end)
end)
