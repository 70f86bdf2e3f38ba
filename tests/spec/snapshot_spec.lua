-- The one copy of configuration data (scripts/model/snapshot.lua) and the sealed metatables of the
-- engine's values: what validation sees is what is stored and shown.
local H = require "tests.spec.helper"
local snapshot = require "styr.snapshot"

describe("snapshot.copy", function()
  it("copies raw, nested tables included, keeping shared tables shared", function()
    local shared = { 1, 2 }
    local t = { a = shared, b = shared, c = { d = { e = "x" } } }
    local c = assert(snapshot.copy(t))
    assert.are_not.equal(t, c)
    assert.are.same(t, c)
    assert.are.equal(c.a, c.b)
    assert.are_not.equal(shared, c.a)
  end)

  it("runs no metamethod and refuses a table with a metatable, naming where it is", function()
    local ran = false
    local bad = setmetatable({}, { __pairs = function() ran = true; return next, {}, nil end,
                                   __index = function() ran = true end })
    local c, err = snapshot.copy({ values = { [2019] = bad } })
    assert.is_nil(c)
    assert.are.equal("values[2019] has a metatable; styr reads data only from plain tables { … }, " ..
                     "since what a table with metamethods shows depends on code", err)
    assert.is_false(ran)
    c, err = snapshot.copy(setmetatable({}, { __metatable = false }))
    assert.is_nil(c)
    assert.truthy(err:find("^the table has a metatable"))
  end)

  it("refuses cycles and nesting deeper than MAX_DEPTH", function()
    local t = { a = {} }
    t.a.back = t
    local c, err = snapshot.copy(t)
    assert.is_nil(c)
    assert.are.equal("a.back contains itself; data must be a tree of tables, without cycles", err)
    local deep = {}
    local p = deep
    for _ = 1, snapshot.MAX_DEPTH + 1 do p.x = {}; p = p.x end
    c, err = snapshot.copy(deep)
    assert.is_nil(c)
    assert.truthy(err:find("is nested more than " .. snapshot.MAX_DEPTH .. " levels deep", 1, true))
  end)

  it("puts the engine's private value in place of a handle", function()
    local private = { reason = "engine's" }
    local handle = snapshot.engine({ reason = "handle" }, private)
    local c = assert(snapshot.copy({ x = handle }))
    assert.are.equal(private, c.x)
  end)
end)

describe("configuration data", function()
  it("is copied when declared: later changes reach neither validation nor storage", function()
    local b = H.load([[
local values = { [2018] = 10 }
local gap = missing("not yet")
indicator "a" { title = "A", unit = "persons", direction = "decrease", values = values, notes = { [2018] = "n" } }
values[2018.5] = 7
values[2019] = gap
rawset(gap, "reason", 5)
local blk = heading "Rubrik"
rawset(blk, "text", { "not a string" })
report "r" { title = "R", year = 2019, layout = { blk } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
]])
    assert.are.same({}, H.messages(b))
    local ind = b.indicators.a
    assert.are.same({ [2018] = 10 }, ind.values)
    assert.are.equal("Rubrik", b.reports.r.layout[1].text)
  end)

  it("gives a missing value its reason from when it was made", function()
    local model = require "styr.model"
    local b = H.load([[
local gap = missing("not yet")
rawset(gap, "reason", 5)
indicator "a" { title = "A", unit = "persons", values = { [2018] = gap } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
]])
    assert.are.same({}, H.messages(b))
    local v = b.indicators.a.values[2018]
    assert.is_true(model.is_missing(v))
    assert.are.equal("not yet", model.missing_reason(v))
    assert.are.equal("not yet", v.reason)
    -- A table that only looks like one is not a missing value.
    assert.is_false(model.is_missing(setmetatable({ reason = "x" }, { __metatable = "missing value" })))
  end)

  it("refuses a table with a metatable in any constructor, at its line", function()
    local b = H.load([[
local mt = { __index = function() return "Titel" end }
indicator "a" (setmetatable({ unit = "persons" }, mt))
goal { id = "G", title = "G", indicators = setmetatable({ "a" }, {}) }
activity (setmetatable({ goal = "G", title = "T" }, {}))
heading (setmetatable({ "x" }, {}))
]])
    local m = H.messages(b)
    assert.truthy(H.has(b, "^5: indicator 'a': the table has a metatable"))
    assert.truthy(H.has(b, "^6: goal: indicators has a metatable"))
    assert.truthy(H.has(b, "^7: activity: the table has a metatable"))
    assert.truthy(H.has(b, "^8: layout block heading: the table has a metatable"), table.concat(m, "\n"))
  end)
end)

describe("the engine's metatables", function()
  it("are sealed and out of reach of configuration code", function()
    local b = H.load([[
assert(getmetatable(missing("x")) == "missing value")
assert(not pcall(function() getmetatable(missing("x")).__gc = print end))
assert(getmetatable("") == "protected")
local mine = {}
assert(getmetatable(setmetatable({}, mine)) == mine)
]])
    assert.are.same({}, H.messages(b))
  end)

  it("of formula inputs and missing signals are sealed", function()
    local formula = require "styr.formula"
    local seen = {}
    local ind = { id = "x", inputs = { a = "a" }, formula = function(v, ctx)
      seen.v = getmetatable(v)
      local ok, e = pcall(ctx.missing, "why")
      seen.ok, seen.signal = ok, getmetatable(e)
      return 1
    end }
    local data = { get = function() return nil end, known = function() return true end,
                   indicator = function() return nil end }
    local res = formula.evaluate(ind, { period = "2019", area = "0580", gender = "T" }, data)
    assert.are.equal(1, res.value)
    assert.are.equal("formula inputs", seen.v)
    assert.is_false(seen.ok)
    assert.are.equal("missing signal", seen.signal)
  end)
end)
