-- Why a value is missing, in the reader's words (scripts/report/reasons.lua). The formula engine's
-- messages are made here by running real formulas, so that a changed message is caught: the reader
-- then gets "Kan inte beräknas" with a sentence naming the indicator by its title, and the stored
-- technical note stays for the JSON format.
local H = require "tests.spec.helper"
local formula = require "styr.formula"
local model = require "styr.model"
local labels = require "styr.labels"
local reasons = require "styr.reasons"

-- A data source over { [id] = { ["period"] = value } } for area 0580, all genders.
local function data_of(b, values)
  local d = { builder = b }
  function d.find(id, _, _, _, p)
    local x = values[id] and values[id][p]
    if x == nil then return formula.row_answer(nil) end
    if model.is_missing(x) then return formula.row_answer({ status = "missing", note = x.reason, vintage = "v" }) end
    return formula.row_answer({ value = x, status = "ok", vintage = "v" })
  end
  function d.known(id) return b.indicators[id] ~= nil end
  function d.indicator(id) return b.indicators[id] end
  return d
end

local CONFIG = [[
indicator "avslut" { title = "Avslut till arbete", unit = "count", targets = { [2020] = 10 } }
indicator "kostnad" { title = "Kostnad", unit = "count" }
indicator "f" { title = "F", unit = "ratio", inputs = { a = "avslut", k = "kostnad" },
  formula = function(v) return v.a / v.k end }
indicator "t" { title = "T", unit = "percent", inputs = { a = "avslut" },
  formula = function(v, ctx) return ctx.deviation(v.a, ctx.target("a")) end }
indicator "c" { title = "C", unit = "percent", inputs = { a = "avslut" },
  formula = function(_, ctx) return ctx.change("a", "base") end }
]]

-- The missing reason a real formula gives, stored as styr compute stores it.
local function computed(b, id, values, p)
  local r = formula.evaluate(b.indicators[id], { area = "0580", gender = "T", period = p or "2019" }, data_of(b, values))
  assert.is_nil(r.value)
  return { status = "missing", note = r.missing, source = "formula:/cfg/init.lua:3" }
end

describe("a missing value in the reader's words", function()
  local b = H.load(CONFIG)
  local sv, da, en = labels.get("sv"), labels.get("da"), labels.get("en")

  it("names the missing input by its title and keeps the engine's message as the detail", function()
    local row = computed(b, "f", { kostnad = { ["2019"] = 5 } })
    local why = reasons.explain(b, sv, row, 2019)
    assert.are.same({ cell = "Kan inte beräknas", note = "Kan inte beräknas: uppgift saknas för Avslut till arbete 2019.",
                      detail = "input 'a' (avslut) has no value for 2019" }, why)
    assert.are.equal("Kan ikke beregnes: data mangler for Avslut till arbete 2019.", reasons.explain(b, da, row, 2019).note)
    -- an input stored as missing is said the same way
    row = computed(b, "f", { avslut = { ["2019"] = model.missing("x") }, kostnad = { ["2019"] = 5 } })
    assert.are.equal("Kan inte beräknas: uppgift saknas för Avslut till arbete 2019.", reasons.explain(b, sv, row, 2019).note)
  end)

  it("says a zero denominator, a missing target and a missing base year plainly", function()
    local row = computed(b, "f", { avslut = { ["2019"] = 1 }, kostnad = { ["2019"] = 0 } })
    assert.are.same({ cell = "Kan inte beräknas", note = "Kan inte beräknas: nämnaren är 0.", detail = "division by zero" },
                    reasons.explain(b, sv, row, 2019))
    assert.are.equal("Cannot be computed: the denominator is 0.", reasons.explain(b, en, row, 2019).note)
    row = computed(b, "t", { avslut = { ["2019"] = 1 } })
    assert.are.equal("Kan inte beräknas: målvärde saknas för Avslut till arbete 2019.", reasons.explain(b, sv, row, 2019).note)
    row = computed(b, "c", { avslut = { ["2019"] = 1 } })
    assert.are.equal("Kan inte beräknas: basår saknas.", reasons.explain(b, sv, row, 2019).note)
  end)

  it("keeps the analyst's own words for a value typed in as missing, and credits a source's gap to its publisher", function()
    assert.are.same({ cell = "Ej redovisat" },
                    reasons.explain(b, sv, { status = "missing", note = "Ej redovisat", source = "config:/c/i.lua:4" }, 2019))
    assert.are.same({ cell = "Uppgift saknas", detail = reasons.REMOVED },
                    reasons.explain(b, sv, { status = "missing", note = reasons.REMOVED, source = "config:/c/i.lua:4" }, 2019))
    assert.are.same({ cell = "Uppgift saknas", note = "Kolada (RKA) redovisar inget värde för 2019.", detail = "ej publicerad" },
                    reasons.explain(b, sv, { status = "missing", note = "ej publicerad", source = "https://k/x" }, 2019,
                                    "Kolada (RKA)"))
    assert.are.equal("Tallet vises ikke af diskretionshensyn.",
                     reasons.explain(b, da, { status = "confidential", note = "diskretioneret", source = "https://j" }, 2019).note)
  end)

  it("counts the missing months of a year with the plural form the number takes", function()
    local row = { status = "missing", note = "2 of 12 months", source = "formula:x:1", count = 1, expected = 12,
                  finer_kind = "month" }
    assert.are.equal("Uppgift finns bara för 1 av 12 månader.", reasons.explain(b, sv, row, 2019).note)
    assert.are.equal("Der er kun data for 1 af 12 måneder.", reasons.explain(b, da, row, 2019).note)
    row.finer_kind, row.count, row.expected = "quarter", 3, 4
    assert.are.equal("Data for only 3 of 4 quarters.", reasons.explain(b, en, row, 2019).note)
    -- a stock counted at the year's end lacks its last month
    local last = { status = "missing", note = "no value for 2019-12, the last month", source = "formula:x:1",
                   count = 2, expected = 12, finer_kind = "month" }
    assert.are.same({ cell = "Uppgift saknas", note = "Uppgift saknas för årets sista period (2019-12).",
                      detail = "no value for 2019-12, the last month" }, reasons.explain(b, sv, last, 2019))
  end)

  it("gives a count its plural form in every language", function()
    assert.are.equal("1 rapport", labels.count(sv, "reports", 1))
    assert.are.equal("3 rapporter", labels.count(sv, "reports", 3))
    assert.are.equal("0 indikatorer", labels.count(sv, "indicators", 0))
    assert.are.equal("1 tiltag", labels.count(da, "activities", 1))
    assert.are.equal("2 måneder", labels.count(da, "months", 2))
    assert.are.equal("1 report", labels.count(en, "reports", 1))
    assert.are.equal("2,5 år", labels.count(sv, "years", 2.5, "2,5"))
  end)
end)
