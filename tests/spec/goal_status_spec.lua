require "tests.spec.helper"
local gs = require "styr.goal_status"

-- entries from a list of statuses, indicators named i1, i2, …
local function E(...)
  local list = {}
  for i, s in ipairs({ ... }) do list[i] = { indicator = "i" .. i, status = s } end
  return list
end

describe("goal status", function()
  it("defaults to the worst rule", function()
    assert.are.equal("not_met", gs.aggregate(nil, E("met", "met", "not_met")))
    assert.are.equal("worst", gs.DEFAULT)
  end)

  it("worst: the worst counted status", function()
    assert.are.equal("met", gs.aggregate("worst", E("met", "met")))
    assert.are.equal("on_the_way", gs.aggregate("worst", E("met", "on_the_way", "met")))
    assert.are.equal("not_met", gs.aggregate("worst", E("on_the_way", "not_met")))
  end)

  it("does not count no data, no target or not assessed", function()
    assert.are.equal("met", gs.aggregate("worst", E("met", "no_data", "no_target", "not_assessed")))
    assert.are.equal("on_the_way", gs.aggregate("majority", E("on_the_way", "no_data", "no_data")))
    assert.are.equal("met", gs.aggregate("weighted", E("met", "no_data")))
  end)

  it("is no data when every indicator is no data, or the goal has none", function()
    for _, rule in ipairs(gs.RULES) do
      assert.are.equal("no_data", gs.aggregate(rule, E("no_data", "no_data")))
      assert.are.equal("no_data", gs.aggregate(rule, {}))
    end
  end)

  it("is not assessed when nothing counts but not everything is no data", function()
    for _, rule in ipairs(gs.RULES) do
      assert.are.equal("not_assessed", gs.aggregate(rule, E("no_target", "no_data")))
      assert.are.equal("not_assessed", gs.aggregate(rule, E("not_assessed")))
    end
  end)

  it("majority: the most frequent counted status", function()
    assert.are.equal("met", gs.aggregate("majority", E("met", "met", "not_met")))
    assert.are.equal("not_met", gs.aggregate("majority", E("not_met", "not_met", "met", "on_the_way")))
    assert.are.equal("on_the_way", gs.aggregate("majority", E("on_the_way", "on_the_way", "met", "no_data")))
  end)

  it("majority: a tie goes to the worse status", function()
    assert.are.equal("not_met", gs.aggregate("majority", E("met", "not_met")))
    assert.are.equal("on_the_way", gs.aggregate("majority", E("met", "on_the_way")))
    assert.are.equal("not_met", gs.aggregate("majority", E("on_the_way", "not_met")))
    assert.are.equal("not_met", gs.aggregate("majority", E("met", "on_the_way", "not_met")))
    assert.are.equal("on_the_way", gs.aggregate("majority", E("met", "met", "on_the_way", "on_the_way", "not_met")))
  end)

  it("weighted: equal weights by default, banded at 0.75 and 0.4", function()
    local s, score = gs.aggregate("weighted", E("met", "met", "met", "not_met"))
    assert.are.equal("met", s); assert.are.equal(0.75, score)             -- exactly 0.75 is met
    s, score = gs.aggregate("weighted", E("met", "on_the_way", "not_met"))
    assert.are.equal("on_the_way", s); assert.are.equal(0.5, score)
    s, score = gs.aggregate("weighted", E("on_the_way", "not_met", "not_met", "met", "not_met"))
    assert.are.equal("not_met", s); assert.are.equal(0.3, score)
    s, score = gs.aggregate("weighted", E("met", "not_met", "not_met", "on_the_way", "on_the_way"))
    assert.are.equal("on_the_way", s); assert.are.equal(0.4, score)      -- exactly 0.4 is on the way
    s, score = gs.aggregate("weighted", E("not_met"))
    assert.are.equal("not_met", s); assert.are.equal(0, score)
  end)

  it("weighted: weights by indicator id; unlisted indicators weigh 1", function()
    local s, score = gs.aggregate("weighted", E("met", "not_met"), { i1 = 3 })
    assert.are.equal("met", s); assert.are.equal(0.75, score)
    s, score = gs.aggregate("weighted", E("met", "not_met"), { i2 = 3 })
    assert.are.equal("not_met", s); assert.are.equal(0.25, score)
    s = gs.aggregate("weighted", E("met", "not_met", "no_data"), { i3 = 100 })   -- no data does not weigh
    assert.are.equal("on_the_way", s)
  end)

  it("checks weights", function()
    assert.is_nil(gs.check_weights({ a = 1, b = 0.5 }))
    assert.matches("positive", gs.check_weights({ a = 0 }))
    assert.matches("positive", gs.check_weights({ a = -1 }))
    assert.matches("positive", gs.check_weights({ a = "2" }))
    assert.matches("positive", gs.check_weights({ a = 0 / 0 }))
    assert.matches("indicator ids", gs.check_weights({ 1 }))
    assert.matches("must be", gs.check_weights(3))
  end)
end)

describe("goal status in the configuration", function()
  local H = require "tests.spec.helper"
  local INDICATORS = [[
indicator "a" { title = "A", unit = "count", direction = "increase" }
indicator "b" { title = "B", unit = "count", direction = "increase" }
]]
  local function load(goal) return H.load(INDICATORS .. goal .. "\n") end

  it("accepts the rules and weights for the goal's own indicators", function()
    for _, rule in ipairs(gs.RULES) do
      local b = load('goal "g" { title = "G", indicators = { "a", "b" }, status_rule = "' .. rule .. '" }')
      assert.are.same({}, H.messages(b))
    end
    local b = load('goal "g" { title = "G", indicators = { "a", "b" }, status_rule = "weighted", weights = { a = 2 } }')
    assert.are.same({}, H.messages(b))
    assert.are.same({}, H.warnings(b))
  end)

  it("names an unknown rule with its line", function()
    local b = load('goal "g" { title = "G", indicators = { "a" }, status_rule = "mean" }')
    assert.is_true(H.has(b, "^6: .*status_rule"))
  end)

  it("refuses weights for unknown indicators and non-positive weights", function()
    local b = load('goal "g" { title = "G", indicators = { "a" }, status_rule = "weighted", weights = { bb = 1 } }')
    assert.is_true(H.has(b, "^6: goal 'g': weights names 'bb', which is not one of the goal's indicators"))
    b = load('goal "g" { title = "G", indicators = { "a" }, status_rule = "weighted", weights = { a = 0 } }')
    assert.is_true(H.has(b, "^6: .*weights.*positive"))
  end)

  it("warns about weights without the weighted rule", function()
    local b = load('goal "g" { title = "G", indicators = { "a" }, weights = { a = 2 } }')
    assert.are.same({}, H.messages(b))
    assert.matches("weights are used only with status_rule = \"weighted\"", table.concat(H.warnings(b), "\n"))
  end)
end)

describe("peer rank", function()
  local report_rows = require "styr.report_rows"
  local function stored(t)   -- { ["0581"] = { [2019] = 5 } } → stored rows keyed "area\0T"
    local s = {}
    for area, years in pairs(t) do
      s[area .. "\0T"] = {}
      for y, v in pairs(years) do s[area .. "\0T"][y] = { value = v, status = "ok" } end
    end
    return s
  end
  local r = { peers = { "0581", "1880", "0680" }, national = "0000", peer_names = { ["0581"] = "Norrköping" } }

  it("ranks higher first for increase, lower first for decrease, ties sharing a rank", function()
    local st = stored { ["0581"] = { [2019] = 60 }, ["1880"] = { [2019] = 50 }, ["0680"] = { [2019] = 30 },
                        ["0000"] = { [2019] = 45 } }
    local row = { values = { [2019] = 50 } }
    local p = report_rows.peer_comparison(r, "0580", { direction = "increase" }, row, st, 2019)
    assert.are.equal(2, p.rank); assert.are.equal(4, p.count); assert.are.equal(45, p.national)
    assert.are.equal(2019, p.year)
    assert.are.equal("Norrköping", p.values[2].name)
    p = report_rows.peer_comparison(r, "0580", { direction = "decrease" }, row, st, 2019)
    assert.are.equal(2, p.rank)       -- 30 is better; 50 ties with 0580
  end)

  it("has no rank without a direction, and no comparison without peer values", function()
    local st = stored { ["0581"] = { [2019] = 60 } }
    local p = report_rows.peer_comparison(r, "0580", {}, { values = { [2019] = 5 } }, st, 2019)
    assert.is_nil(p.rank); assert.are.equal(2, p.count); assert.is_nil(p.national)
    assert.is_nil(report_rows.peer_comparison(r, "0580", { direction = "increase" }, { values = { [2019] = 5 } },
                                          stored {}, 2019))
  end)

  it("compares in the latest earlier year when the follow-up year has no value", function()
    local st = stored { ["0581"] = { [2017] = 1, [2018] = 9, [2019] = 3 } }
    local p = report_rows.peer_comparison(r, "0580", { direction = "increase" }, { values = { [2017] = 4, [2018] = 7 } },
                                     st, 2019)
    assert.are.equal(2018, p.year); assert.are.equal(2, p.rank)
    assert.is_nil(report_rows.peer_comparison(r, "0580", { direction = "increase" }, { values = { [2020] = 7 } }, st, 2019))
  end)
end)
