require "tests.spec.helper"
local layout = require "styr.layout"

-- A model with just what placeholders are checked against.
local function model()
  return { indicators = { hushall = {}, andel = {} }, indicator_order = { "hushall", "andel" } }
end

local function parts(s)
  local out = {}
  for _, p in ipairs(assert(layout.parse_text(s))) do
    out[#out + 1] = type(p) == "string" and p or ("<" .. p.raw .. ">")
  end
  return table.concat(out, "|")
end

describe("layout texts", function()
  it("splits literal text and placeholders", function()
    assert.equal("Hushåll |<hushall.2018>| mot |<hushall.2017>", parts("Hushåll {hushall.2018} mot {hushall.2017}"))
    assert.equal("<audience>", parts("{audience}"))
    assert.equal("", parts(""))
  end)

  it("reads {{ and }} as literal braces", function()
    assert.equal("{x} och |<year>", parts("{{x}} och {year}"))
  end)

  it("refuses an unclosed placeholder, a lone } and an empty or odd one", function()
    local _, e = layout.parse_text("Värdet {hushall.2018 och mer")
    assert.matches("has no closing }", e, 1, true)
    _, e = layout.parse_text("ett } för mycket")
    assert.matches("write }} for a literal brace", e, 1, true)
    _, e = layout.parse_text("tomt {}")
    assert.matches("is not {indicator.year}", e, 1, true)
    _, e = layout.parse_text("{hushall 2018}")
    assert.matches("is not {indicator.year}", e, 1, true)
  end)

  it("fills placeholders with what the resolver says", function()
    local pieces = assert(layout.parse_text("A {x.1} B {y} C"))
    assert.equal("A [x.1] B [y] C", layout.fill(pieces, function(ph) return "[" .. ph.raw .. "]" end))
  end)
end)

describe("layout placeholders", function()
  local b = model()
  local function check(s)
    local pieces = assert(layout.parse_text(s))
    for _, p in ipairs(pieces) do
      if type(p) == "table" then return layout.check_placeholder(b, p) end
    end
  end

  it("accepts the forms of an indicator's values, targets and facts", function()
    for _, s in ipairs({ "{hushall.2018}", "{hushall.year}", "{hushall.previous}", "{hushall.target.2019}",
                         "{hushall.target.year}", "{hushall.women.2018}", "{hushall.men.year}", "{hushall.title}",
                         "{hushall.unit}", "{hushall.base}", "{hushall.status}" }) do
      assert.is_nil(check(s), s)
    end
  end)

  it("accepts the report's own words", function()
    for _, s in ipairs({ "{audience}", "{audience.id}", "{audience.name}", "{municipality}", "{year}", "{title}",
                         "{generated}" }) do
      assert.is_nil(check(s), s)
    end
  end)

  it("names an unknown indicator with a suggestion", function()
    assert.matches("'hushal' is no indicator", check("{hushal.2018}"), 1, true)
    assert.matches("did you mean 'hushall'", check("{hushal.2018}"), 1, true)
  end)

  it("refuses a part an indicator does not have", function()
    assert.matches("'tagret.2019' is not a part", check("{hushall.tagret.2019}"), 1, true)
    assert.matches("which value?", check("{hushall}"), 1, true)
    assert.matches("is not a part", check("{hushall.target}"), 1, true)
    assert.matches("is not a part", check("{hushall.2018.2019}"), 1, true)
    assert.matches("takes no further part", check("{year.2019}"), 1, true)
    assert.matches("only {audience.id} or {audience.name}", check("{audience.title}"), 1, true)
  end)
end)

describe("a report's, table's or chart's years", function()
  it("are from and to, or the last N, and each wrong form is named", function()
    assert.is_nil(layout.check_years({ from = 2017, to = 2020 }))
    assert.is_nil(layout.check_years({ from = 2017 }))
    assert.is_nil(layout.check_years({ last = 4 }))
    assert.are.equal("from 2021 comes after to 2020", layout.check_years({ from = 2021, to = 2020 }))
    assert.are.equal("gives either last = N or from and to, not both", layout.check_years({ last = 2, to = 2020 }))
    assert.are.equal("from must be a year such as 2019", layout.check_years({ from = "2019" }))
    assert.are.equal("last must be a whole number of years, 1 to 100", layout.check_years({ last = 0 }))
    assert.are.equal("must say from = …, to = … or last = …", layout.check_years({}))
    assert.matches("unknown key 'form'.*from", layout.check_years({ form = 2019 }))
  end)

  it("are checked where a report or block gives them", function()
    local H = require "tests.spec.helper"
    local b = H.load([[
indicator "a" { title = "A", unit = "count", values = { [2019] = 1 } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "r" { title = "R", year = 2019, years = { last = 0 },
  layout = { chart { kind = "line", indicator = "a", years = { from = 2020, to = 2019 } } } }
]])
    local text = table.concat(H.messages(b), "\n")
    assert.matches("years.-last must be a whole number of years", text)
    assert.matches("years.-from 2020 comes after to 2019", text)
  end)
end)

describe("a table's source line", function()
  local report_text = require "styr.report_text"
  local L = require("styr.labels").get("sv")
  it("names each source once, by publisher and series or by whose figures they are, with the days its numbers were read", function()
    local url = "https://api.kolada.se/v3/data/kpi/N31807,N31816"
    local own = { owner = "Arbetsmarknadsnämnden", municipality = "Linköpings kommun" }
    local function typed(line, vintage)
      return { origin = "config", file = "cfg/indicators.lua", lines = { line }, vintage = vintage,
               owner = own.owner, municipality = own.municipality }
    end
    local function kpi(id)
      return { origin = "fetch", url = url, vintage = "2026-01-10T08:00:00Z", fetched = "2026-01-10T08:00:01Z",
               source_id = "kolada", connector = "kolada", ref = "Kolada " .. id, publisher_key = "kolada",
               what = "kpi", series = id }
    end
    local list = { typed(3, "2020-01-15T08:00:00Z"), kpi("N31807"), typed(3, "2019-10-01T08:00:00Z"),
                   typed(9, "2019-10-01T09:00:00Z"), kpi("N31816") }
    assert.equal("Arbetsmarknadsnämnden, Linköpings kommun, egna uppgifter, registrerad 2019-10-01, 2020-01-15; " ..
                 "Kolada (RKA): nyckeltal N31807, hämtad 2026-01-10; Kolada (RKA): nyckeltal N31816, hämtad 2026-01-10",
                 report_text.sources_line(list, L))
  end)
end)

describe("a gender chart", function()
  local H = require "tests.spec.helper"
  local REPORT = [[
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "r" { title = "R", year = 2019, layout = { chart { kind = "gender", indicator = "a" } } }
]]

  it("needs the indicator's women and men rows, typed in or declared for a source's figures", function()
    local b = H.load('indicator "a" { title = "A", unit = "count", values = { [2019] = 1 } }\n' .. REPORT)
    assert.truthy(H.has(b, "indicator 'a' has no women/men values to chart"))
    b = H.load('indicator "a" { title = "A", unit = "count", women = { values = { [2019] = 1 } } }\n' .. REPORT)
    assert.are.same({}, H.messages(b))
    -- styr init declares empty rows for a KPI Kolada has by gender: the fetched K and M fill them.
    b = H.load('indicator "a" { title = "A", unit = "percent", women = {}, men = {} }\n' ..
               'source "k" { kind = "kolada", kpis = { a = "N03937" }, years = { 2019 } }\n' .. REPORT)
    assert.are.same({}, H.messages(b))
  end)
end)
