-- styr.period from Lua: the binding of core/period.c, loaded from the real C core
-- (build/styr_core.so) through the helper. Periods are canonical strings.
require "tests.spec.helper"
local period = require "styr.period"

-- The periods of a list of aggregation results, as "PERIOD=VALUE" / "PERIOD:REASON" strings.
local function show(results)
  local out = {}
  for i, r in ipairs(results) do
    if r.value ~= nil then
      assert.is_nil(r.reason)
      out[i] = string.format("%s=%.10g", r.period, r.value)
    else
      assert.is_string(r.reason)
      out[i] = r.period .. ":" .. r.reason
    end
  end
  return table.concat(out, " | ")
end

-- A series from a list of { period, value } pairs (value nil = listed but missing).
local function series(pairs_)
  local s = {}
  for i, p in ipairs(pairs_) do s[i] = { period = p[1], value = p[2] } end
  return s
end

describe("styr.period", function()
  it("parses and formats every kind, round trip", function()
    local cases = {
      { "2019", "year", 2019, 1 }, { "2019H1", "half_year", 2019, 1 }, { "2019H2", "half_year", 2019, 2 },
      { "2019T2", "tertial", 2019, 2 }, { "2019Q3", "quarter", 2019, 3 }, { "2019-05", "month", 2019, 5 },
      { "2019-12", "month", 2019, 12 }, { "2019W12", "week", 2019, 12 }, { "2020W53", "week", 2020, 53 },
      { "2026W53", "week", 2026, 53 }, { "0001", "year", 1, 1 }, { "9999W52", "week", 9999, 52 },
    }
    for _, c in ipairs(cases) do
      local p = assert(period.parse(c[1]))
      assert.are.same({ kind = c[2], year = c[3], index = c[4] }, p)
      assert.are.equal(c[1], period.format(p))
      assert.are.equal(c[1], period.format(c[1]))
      assert.are.equal(c[2], period.kind(c[1]))
    end
    -- every period of every kind in 2019 and 2020 round-trips through the table form
    for _, kind in ipairs({ "year", "half_year", "tertial", "quarter", "month", "week" }) do
      for _, year in ipairs({ 2019, 2020 }) do
        for _, p in ipairs(period.children(tostring(year), kind)) do
          assert.are.equal(p, period.format(period.parse(p)))
        end
      end
    end
    -- an integer is a year
    assert.are.equal("2019", period.format(2019))
    assert.are.equal("2019-01", period.children(2019, "month")[1])
  end)

  it("refuses malformed periods with a message naming what is wrong", function()
    local cases = {
      ["2019H3"] = "'2019H3' is not a period: half-year 3 is out of range 1-2",
      ["2019T4"] = "'2019T4' is not a period: tertial 4 is out of range 1-3",
      ["2019Q5"] = "'2019Q5' is not a period: quarter 5 is out of range 1-4",
      ["2019-13"] = "'2019-13' is not a period: month 13 is out of range 01-12",
      ["2019W53"] = "'2019W53' is not a period: ISO week 53 is out of range 01-52 (2019 has 52 weeks)",
      ["2021W53"] = "'2021W53' is not a period: ISO week 53 is out of range 01-52 (2021 has 52 weeks)",
      ["2019W54"] = "'2019W54' is not a period: ISO week 54 is out of range 01-52 (2019 has 52 weeks)",
      ["2020W54"] = "'2020W54' is not a period: ISO week 54 is out of range 01-53 (2020 has 53 weeks)",
      ["2019Q3 "] = "'2019Q3 ' is not a period: unexpected ' ' after '2019Q3'",
      [" 2019"] = "' 2019' is not a period: expected a four-digit year first, as in 2019, 2019H1, 2019T2, "
        .. "2019Q3, 2019-05 or 2019W12",
      ["x2019Q3"] = "'x2019Q3' is not a period: expected a four-digit year first, as in 2019, 2019H1, "
        .. "2019T2, 2019Q3, 2019-05 or 2019W12",
      ["2019-5"] = "'2019-5' is not a period: expected two digits 01-12 after '-'",
      ["2019M05"] = "'2019M05' is not a period: unexpected 'M' after the year 2019 (expected H, T, Q, - or W)",
      ["2019q3"] = "'2019q3' is not a period: unexpected 'q' after the year 2019 (expected H, T, Q, - or W)",
      ["0000"] = "'0000' is not a period: year 0000 is out of range 0001-9999",
      [""] = "'' is not a period: the text is empty",
      ["2019Q3\0"] = "'2019Q3?' is not a period: unexpected byte 0x00 after '2019Q3'",
    }
    for text, message in pairs(cases) do
      local p, msg = period.parse(text)
      assert.is_nil(p, text)
      assert.are.equal(message, msg)
    end
    assert.has_error(function() period.parse() end)
    assert.has_error(function() period.parse({}) end)
    -- other functions raise an error naming the argument
    assert.has_error(function() period.step("2019H3", 1) end,
      "bad argument #1 to 'step' ('2019H3' is not a period: half-year 3 is out of range 1-2)")
    assert.has_error(function() period.format({ kind = "quarter", year = 2019, index = 5 }) end,
      "bad argument #1 to 'format' ({ kind = \"quarter\", year = 2019, index = 5 }: index is out of range 1-4)")
    assert.has_error(function() period.format({ kind = "fortnight", year = 2019, index = 1 }) end)
    assert.has_error(function() period.format({ kind = "month", year = 2019 }) end)
    assert.has_error(function() period.format(10000) end)
    assert.has_error(function() period.format(2019.5) end)
    assert.has_error(function() period.format(true) end)
    assert.has_error(function() period.children("2019", "fortnight") end,
      "bad argument #2 to 'children' (unknown period kind 'fortnight' (expected year, half_year, tertial, "
      .. "quarter, month or week))")
  end)

  it("converts the notations of Statistics Sweden and Denmark", function()
    local cases = {
      ["2019M05"] = "2019-05", ["2019K3"] = "2019Q3", ["2019H1"] = "2019H1", ["2019T2"] = "2019T2",
      ["2019V12"] = "2019W12", ["2021U52"] = "2021W52", ["2019-W12"] = "2019W12", ["2019"] = "2019",
      ["2019Q3"] = "2019Q3", ["2019-05"] = "2019-05", ["2019m05"] = "2019-05",
    }
    for text, canonical in pairs(cases) do assert.are.equal(canonical, period.from_foreign(text), text) end
    local p, msg = period.from_foreign("2019M13")
    assert.is_nil(p)
    assert.are.equal("'2019M13' is not a period: month 13 is out of range 01-12", msg)
    p, msg = period.from_foreign("2019K5")
    assert.is_nil(p)
    assert.are.equal("'2019K5' is not a period: quarter 5 is out of range 1-4", msg)
    p, msg = period.from_foreign("2023QMAT01") -- Jobindsats' moving annual total is no period kind
    assert.is_nil(p)
    assert.matches("expected a digit 1%-4 after 'Q'", msg)
  end)

  it("orders periods within and across kinds", function()
    assert.are.equal(-1, period.compare("2019Q4", "2020Q1"))
    assert.are.equal(1, period.compare("2020W01", "2019W52"))
    assert.are.equal(0, period.compare("2019-05", "2019-05"))
    assert.are.equal(0, period.compare("2019", 2019))
    -- by first day, then the longer period first: a sorted mixed list reads as an outline
    local list = { "2019-02", "2019Q1", "2020", "2019W01", "2019", "2019-01", "2019H1", "2019T1", "2019H2" }
    table.sort(list, function(a, b) return period.compare(a, b) < 0 end)
    assert.are.same({ "2019W01", "2019", "2019H1", "2019T1", "2019Q1", "2019-01", "2019-02", "2019H2", "2020" },
                    list)
  end)

  it("steps across year ends, both ways, and through ISO week 53", function()
    assert.are.equal("2020", period.step("2019", 1))
    assert.are.equal("2020H1", period.step("2019H2", 1))
    assert.are.equal("2018T3", period.step("2019T1", -1))
    assert.are.equal("2020Q1", period.step("2019Q4", 1))
    assert.are.equal("2018Q4", period.step("2019Q1", -1))
    assert.are.equal("2018-12", period.step("2019-01", -1))
    assert.are.equal("2021-03", period.step("2019-05", 22))
    assert.are.equal("2019-05", period.step("2019-05", 0))
    assert.are.equal("2020W01", period.step("2019W52", 1))
    assert.are.equal("2020W53", period.step("2020W52", 1))
    assert.are.equal("2021W01", period.step("2020W53", 1))
    assert.are.equal("2020W53", period.step("2021W01", -1))
    assert.are.equal("2026W53", period.step("2026W52", 1))
    assert.are.equal("2027W01", period.step("2026W53", 1))
    assert.are.equal("2021W11", period.step("2020W12", 52))
    local p, msg = period.step("9999Q4", 1)
    assert.is_nil(p)
    assert.are.equal("9999Q4 stepped by 1 leaves the years 1-9999", msg)
    p = period.step("0001W01", -1)
    assert.is_nil(p)
    p = period.step("2019", math.mininteger)
    assert.is_nil(p)
    assert.has_error(function() period.step("2019", 1.5) end)
    assert.has_error(function() period.step("2019") end)
  end)

  it("knows which years have 53 ISO weeks", function()
    local long = {}
    for y = 2000, 2040 do
      if period.iso_weeks(y) == 53 then long[#long + 1] = y end
    end
    assert.are.same({ 2004, 2009, 2015, 2020, 2026, 2032, 2037 }, long)
    assert.are.equal(52, period.iso_weeks(2021))
    assert.has_error(function() period.iso_weeks(0) end)
  end)

  it("gives the first and last day of each kind", function()
    local cases = {
      { "2019", "2019-01-01", "2019-12-31" }, { "2019H2", "2019-07-01", "2019-12-31" },
      { "2019T2", "2019-05-01", "2019-08-31" }, { "2019Q1", "2019-01-01", "2019-03-31" },
      { "2020-02", "2020-02-01", "2020-02-29" }, { "2019-02", "2019-02-01", "2019-02-28" },
      { "2019W01", "2018-12-31", "2019-01-06" }, { "2020W53", "2020-12-28", "2021-01-03" },
      { "2026W53", "2026-12-28", "2027-01-03" },
    }
    for _, c in ipairs(cases) do
      assert.are.equal(c[2], period.first_day(c[1]), c[1])
      assert.are.equal(c[3], period.last_day(c[1]), c[1])
    end
  end)

  it("lists the months of tertials, quarters and half-years, and weeks by their Thursday", function()
    assert.are.same({ "2019-01", "2019-02", "2019-03", "2019-04" }, period.children("2019T1", "month"))
    assert.are.same({ "2019-05", "2019-06", "2019-07", "2019-08" }, period.children("2019T2", "month"))
    assert.are.same({ "2019-09", "2019-10", "2019-11", "2019-12" }, period.children("2019T3", "month"))
    assert.are.same({ "2019-07", "2019-08", "2019-09" }, period.children("2019Q3", "month"))
    assert.are.same({ "2019Q1", "2019Q2" }, period.children("2019H1", "quarter"))
    assert.are.same({ "2019T1", "2019T2", "2019T3" }, period.children("2019", "tertial"))
    assert.are.same({ "2019H1", "2019H2" }, period.children("2019", "half_year"))
    -- "half", the half-year's former name here, is still read as "half_year"
    assert.are.same({ "2019H1", "2019H2" }, period.children("2019", "half"))
    assert.are.same({ "2019Q1", "2019Q2" }, period.children({ kind = "half", year = 2019, index = 1 }, "quarter"))
    assert.are.equal("half_year", period.kind({ kind = "half", year = 2019, index = 2 }))
    assert.are.same({ "2019W01", "2019W02", "2019W03", "2019W04", "2019W05" }, period.children("2019-01", "week"))
    assert.are.same({ "2020W49", "2020W50", "2020W51", "2020W52", "2020W53" }, period.children("2020-12", "week"))
    assert.are.equal(53, #period.children("2020", "week"))
    assert.are.equal(52, #period.children("2021", "week"))
    assert.are.equal(53, #period.children("2026", "week"))
    assert.are.same({ "2019-05" }, period.children("2019-05", "month"))
    assert.has_error(function() period.children("2019H1", "tertial") end,
      "bad argument #2 to 'children' (tertials do not divide half-years)")
    assert.has_error(function() period.children("2019Q1", "tertial") end)
    assert.has_error(function() period.children("2019-05", "year") end)

    assert.is_true(period.contains("2019T2", "2019-05"))
    assert.is_false(period.contains("2019T2", "2019-09"))
    assert.is_true(period.contains("2019H2", "2019Q3"))
    assert.is_true(period.contains("2019", "2019T3"))
    assert.is_true(period.contains("2019Q2", "2019Q2"))
    assert.is_false(period.contains("2019-05", "2019Q2"))
    assert.is_true(period.contains("2019H1", "2019T1"))  -- by days, though tertials do not divide halves
    assert.is_false(period.contains("2019H1", "2019T2"))
    assert.is_true(period.contains("2019-01", "2019W01")) -- Thursday 3 January; Monday was 2018-12-31
    assert.is_false(period.contains("2018", "2019W01"))
    assert.is_true(period.contains("2019-01", "2019W05")) -- Thursday 31 January; Sunday is 3 February
    assert.is_false(period.contains("2019-02", "2019W05"))
    assert.is_true(period.contains("2020", "2020W53"))
    assert.is_false(period.contains("2021-01", "2020W53"))
    assert.is_false(period.contains("2019W20", "2019-05"))

    assert.is_true(period.divides("month", "tertial"))
    assert.is_true(period.divides("week", "month"))
    assert.is_false(period.divides("tertial", "half_year"))
    assert.is_false(period.divides("quarter", "tertial"))
  end)

  it("finds the period of a date", function()
    local kinds = { year = "2019", half_year = "2019H1", tertial = "2019T2", quarter = "2019Q2", month = "2019-05",
                    week = "2019W20" }
    for kind, want in pairs(kinds) do assert.are.equal(want, period.of_date("2019-05-17", kind)) end
    assert.are.equal("2019W01", period.of_date("2018-12-31", "week"))
    assert.are.equal("2020W53", period.of_date("2021-01-03", "week"))
    assert.are.equal("2021W01", period.of_date("2021-01-04", "week"))
    assert.are.equal("2026W53", period.of_date("2027-01-01", "week"))
    assert.are.equal("2019T1", period.of_date("2019-04-30", "tertial"))
    local p, msg = period.of_date("2019-02-29", "month")
    assert.is_nil(p)
    assert.are.equal("'2019-02-29' is not a date: 2019-02 has 28 days", msg)
    p, msg = period.of_date("17.05.2019", "month")
    assert.is_nil(p)
    assert.are.equal("'17.05.2019' is not a date: expected YYYY-MM-DD, as in 2019-05-17", msg)
    assert.has_error(function() period.of_date("2019-05-17", "day") end)
  end)
end)

describe("styr.period.aggregate", function()
  local full = series({ { "2019Q3", 30 }, { "2019Q1", 10 }, { "2019Q4", 40 }, { "2019Q2", 20 },
                        { "2020Q1", 5 }, { "2020Q2", 6 }, { "2020Q3", 7 }, { "2020Q4", 8 } })
  local gaps = series({ { "2019Q1", 10 }, { "2019Q2", nil }, { "2019Q3", 30 }, { "2019Q4", 40 },
                        { "2020Q1", 5 }, { "2020Q2", 6 }, { "2020Q3", 7 } })

  it("sums, averages, takes the last, the largest and the smallest of complete inputs", function()
    assert.are.equal("2019=100 | 2020=26", show(period.aggregate(full, "year", "sum")))
    assert.are.equal("2019=25 | 2020=6.5", show(period.aggregate(full, "year", "mean")))
    assert.are.equal("2019=40 | 2020=8", show(period.aggregate(full, "year", "last")))
    assert.are.equal("2019=40 | 2020=8", show(period.aggregate(full, "year", "max")))
    assert.are.equal("2019=10 | 2020=5", show(period.aggregate(full, "year", "min")))
    assert.are.equal("2019H1=30 | 2019H2=70 | 2020H1=11 | 2020H2=15", show(period.aggregate(full, "half_year", "sum")))
    local r = period.aggregate(full, "year", "sum")
    assert.are.same({ period = "2019", value = 100, count = 4, expected = 4 }, r[1])
  end)

  it("takes a weighted mean with weights per period", function()
    local weights = { ["2019Q1"] = 1, ["2019Q2"] = 0, ["2019Q3"] = 1, ["2019Q4"] = 2,
                      ["2020Q1"] = 1, ["2020Q2"] = 1, ["2020Q3"] = 1, ["2020Q4"] = 4 }
    assert.are.equal("2019=30 | 2020=7.142857143", show(period.aggregate(full, "year", "weighted_mean", weights)))
    weights["2020Q4"] = nil
    assert.are.equal("2019=30 | 2020:no weight for 2020Q4",
                     show(period.aggregate(full, "year", "weighted_mean", weights)))
    local zero = { ["2019Q1"] = 0, ["2019Q2"] = 0, ["2019Q3"] = 0, ["2019Q4"] = 0 }
    assert.are.equal("2019:the weights add up to 0",
                     show(period.aggregate({ table.unpack(full, 1, 4) }, "year", "weighted_mean", zero)))
    -- weights are checked, and only the weighted mean takes them
    assert.has_error(function() period.aggregate(full, "year", "weighted_mean") end)
    assert.has_error(function() period.aggregate(full, "year", "weighted_mean", { ["2019Q5"] = 1 }) end)
    assert.has_error(function() period.aggregate(full, "year", "weighted_mean", { ["2019Q1"] = "1" }) end,
      "weights[\"2019Q1\"]: expected a number, got string")
    assert.has_error(function() period.aggregate(full, "year", "weighted_mean", { ["2019Q1"] = -1 }) end,
      "aggregate: the weight of 2019Q1 is not a finite number >= 0")
    assert.has_error(function() period.aggregate(full, "year", "sum", { ["2019Q1"] = 1 }) end)
  end)

  it("gives a missing value with a reason when an input is missing, except for a present last", function()
    assert.are.equal("2019:3 of 4 quarters: 2019Q2 missing | 2020:3 of 4 quarters: 2020Q4 missing",
                     show(period.aggregate(gaps, "year", "sum")))
    for _, rule in ipairs({ "mean", "max", "min" }) do
      assert.are.equal("2019:3 of 4 quarters: 2019Q2 missing | 2020:3 of 4 quarters: 2020Q4 missing",
                       show(period.aggregate(gaps, "year", rule)))
    end
    assert.are.equal("2019=40 | 2020:no value for 2020Q4, the last quarter", show(period.aggregate(gaps, "year", "last")))
    assert.are.equal("2019H1:1 of 2 quarters: 2019Q2 missing | 2019H2=70 | 2020H1=11 | "
                     .. "2020H2:1 of 2 quarters: 2020Q4 missing", show(period.aggregate(gaps, "half_year", "sum")))
    local r = period.aggregate(gaps, "year", "sum")[1]
    assert.are.same({ period = "2019", reason = "3 of 4 quarters: 2019Q2 missing", count = 3, expected = 4 }, r)
    -- months to tertials, one month short
    local months = {}
    for m = 1, 11 do months[m] = { period = string.format("2019-%02d", m), value = m } end
    assert.are.equal("2019T1=10 | 2019T2=26 | 2019T3:3 of 4 months: 2019-12 missing",
                     show(period.aggregate(months, "tertial", "sum")))
    assert.are.equal("2019:11 of 12 months: 2019-12 missing", show(period.aggregate(months, "year", "mean")))
    assert.are.same({}, period.aggregate({}, "year", "sum"))
  end)

  it("aggregates ISO weeks by their Thursday, with week 53", function()
    local weeks = {}
    for w = 1, 53 do weeks[w] = { period = string.format("2020W%02d", w), value = 1 } end
    assert.are.equal("2020=53", show(period.aggregate(weeks, "year", "sum")))
    assert.are.equal("2020Q1=13 | 2020Q2=13 | 2020Q3=13 | 2020Q4=14", show(period.aggregate(weeks, "quarter", "sum")))
    weeks[53] = nil
    assert.are.equal("2020:52 of 53 weeks: 2020W53 missing", show(period.aggregate(weeks, "year", "sum")))
    assert.are.equal("2020:no value for 2020W53, the last ISO week", show(period.aggregate(weeks, "year", "last")))
  end)

  it("never gives NaN or infinity", function()
    local huge = series({ { "2019H1", 1.7e308 }, { "2019H2", 1.7e308 } })
    local r = period.aggregate(huge, "year", "sum")[1]
    assert.is_nil(r.value)
    assert.are.equal("the sum is out of the range of numbers", r.reason)
    assert.are.equal(1.7e308, period.aggregate(huge, "year", "mean")[1].value)
    assert.has_error(function() period.aggregate(series({ { "2019Q1", 0 / 0 } }), "year", "sum") end,
      "aggregate: the value of 2019Q1 is not a finite number")
    assert.has_error(function() period.aggregate(series({ { "2019Q1", math.huge } }), "year", "sum") end)
  end)

  it("refuses series it cannot aggregate", function()
    assert.has_error(function() period.aggregate(series({ { "2019Q1", 1 }, { "2019-05", 2 } }), "year", "sum") end,
      "aggregate: the series mixes kinds of period: 2019Q1 is a quarter, 2019-05 a month")
    assert.has_error(function() period.aggregate(series({ { "2019T1", 1 } }), "half_year", "sum") end,
      "aggregate: tertials do not divide half-years, so cannot be summed up")
    assert.has_error(function() period.aggregate(series({ { "2019Q1", 1 }, { "2019Q1", 2 } }), "year", "sum") end,
      "aggregate: 2019Q1 is listed twice in the series")
    assert.has_error(function() period.aggregate(full, "year", "median") end,
      "bad argument #3 to 'aggregate' (unknown rule 'median' (expected sum, mean, last, max, min or weighted_mean))")
    assert.has_error(function() period.aggregate({ { period = "2019Q5", value = 1 } }, "year", "sum") end,
      "series[1].period: '2019Q5' is not a period: quarter 5 is out of range 1-4")
    assert.has_error(function() period.aggregate({ { period = "2019Q1", value = "1" } }, "year", "sum") end,
      "series[1].value: expected a number or nil, got string")
    assert.has_error(function() period.aggregate({ "2019Q1" }, "year", "sum") end)
    assert.has_error(function() period.aggregate(nil, "year", "sum") end)
    assert.has_error(function() period.aggregate(full, "decade", "sum") end)
  end)
end)
