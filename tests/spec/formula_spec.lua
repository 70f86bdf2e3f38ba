-- Formulas (scripts/formula.lua): every helper, missing inputs, division by zero, errors that
-- name the indicator, area, period and file:line, the dependency order and cycles.
local H = require "tests.spec.helper"
local formula = require "styr.formula"
local model = require "styr.model"

-- A data source over { [id] = { ["area|gender|period"] = value or model.missing(r) } }.
local function data_of(b, values)
  local d = { builder = b }
  function d.find(id, _, area, gender, p)
    local x = values[id] and values[id][area .. "|" .. gender .. "|" .. p]
    if x == nil then return formula.row_answer(nil) end
    if model.is_missing(x) then return formula.row_answer({ status = "missing", note = x.reason, vintage = "v" }) end
    return formula.row_answer({ value = x, status = "ok", vintage = "v" })
  end
  function d.known(id) return b.indicators[id] ~= nil end
  function d.indicator(id) return b.indicators[id] end
  return d
end

local function key(p, gender) return { area = "0580", gender = gender or "T", period = p or "2019" } end

-- Calls an evaluator for a key as compute does: its key string and its parts.
local function at(ev, k) return ev(k.area .. "\0" .. k.gender .. "\0" .. k.period, k.area, k.gender, k.period) end

-- Loads `decls` (indicators a, b, … plus one formula indicator "f") and evaluates f.
local function eval(decls, values, k)
  local b = H.load(decls)
  assert.are.same({}, H.messages(b))
  return formula.evaluate(b.indicators.f, k or key(), data_of(b, values)), b
end

local BASE = [[
indicator "a" { title = "A", unit = "count" }
indicator "b" { title = "B", unit = "count" }
]]

describe("formula helpers on numbers", function()
  it("ratio divides and gives missing on division by zero", function()
    assert.are.equal(2.5, formula.ratio(5, 2))
    local ok, e = pcall(formula.ratio, 5, 0)
    assert.is_false(ok)
    assert.is_true(formula.is_signal(e))
    assert.are.equal("division by zero", e.reason)
  end)
  it("share is a percentage", function() assert.are.equal(25, formula.share(1, 4)) end)
  it("per_capita and per_10000", function()
    assert.are.equal(0.5, formula.per_capita(50, 100))
    assert.are.equal(50, formula.per_10000(5, 1000))
  end)
  it("per_msek in SEK, thousands and millions", function()
    assert.are.equal(2.275, formula.per_msek(182, 80e6))
    assert.are.equal(2.275, formula.per_msek(182, 80e3, "tsek"))
    assert.are.equal(2.275, formula.per_msek(182, 80, "msek"))
    assert.has_error(function() formula.per_msek(1, 1, "nok") end)
  end)
  it("difference, percent_difference and deviation", function()
    assert.are.equal(-3, formula.difference(7, 10))
    assert.are.equal(-30, formula.percent_difference(7, 10))
    assert.near(6.8, formula.deviation(106.8, 100), 1e-9)
    assert.is_false((pcall(formula.deviation, 5, 0)))
  end)
  it("sum and mean", function()
    assert.are.equal(6, formula.sum(1, 2, 3))
    assert.are.equal(2, formula.mean({ 1, 2, 3 }))
    assert.is_false((pcall(formula.sum, 1, nil)))
  end)
  it("refuses infinite and NaN inputs as missing", function()
    local ok, e = pcall(formula.ratio, 1 / 0, 2)
    assert.is_false(ok)
    assert.matches("not a finite number", e.reason)
  end)
end)

describe("formula evaluation", function()
  it("computes per million SEK from two inputs", function()
    local r = eval(BASE .. [[
indicator "f" { title = "F", unit = "per_msek", inputs = { exits = "a", cost = "b" },
  formula = function(v, ctx) return ctx.per_msek(v.exits, v.cost) end }
]], { a = { ["0580|T|2019"] = 182 }, b = { ["0580|T|2019"] = 80e6 } })
    assert.are.equal(2.275, r.value)
    assert.are.equal(2, #r.used)
  end)

  it("reuses one evaluator for every key: each key reads its own inputs and sees its own ctx", function()
    local b = H.load(BASE .. [[
indicator "f" { title = "F", unit = "ratio", inputs = { x = "a", y = "b" },
  formula = function(v, ctx)
    ctx.seen = (ctx.seen or 0) + 1 -- written into ctx: gone by the next key
    if ctx.period == "2020" then ctx.ratio = nil end
    return ctx.ratio(v.x, v.y) * ctx.seen
  end }
]])
    assert.are.same({}, H.messages(b))
    local d = data_of(b, { a = { ["0580|T|2019"] = 6, ["0580|T|2020"] = 8, ["0580|K|2020"] = 1 },
                           b = { ["0580|T|2019"] = 3, ["0580|T|2020"] = 2, ["0580|K|2020"] = 0 } })
    local ev, used = formula.evaluator(b.indicators.f, d, true)
    local v, missing, n = at(ev, key("2019"))
    assert.are.same({ 2, nil, 2 }, { v, missing, n })
    assert.are.same({ "a", "b" }, { used.id[1], used.id[2] })
    v, missing, n = at(ev, key("2020"))
    assert.are.same({ 4, nil, 2 }, { v, missing, n })
    assert.are.equal("2020", used.period[1])
    v, missing = at(ev, key("2020", "K"))
    assert.is_nil(v)
    assert.are.equal("division by zero", missing)
    v, missing = at(ev, key("2021"))
    assert.is_nil(v)
    assert.matches("input 'x' %(a%) has no value for 2021", missing)
  end)

  it("seals the shared context: a formula cannot change what later keys see through its metatable", function()
    local b = H.load(BASE .. [[
indicator "f" { title = "F", unit = "ratio", inputs = { x = "a" },
  formula = function(v, ctx) setmetatable(ctx, {}); return v.x end }
]])
    local d = data_of(b, { a = { ["0580|T|2019"] = 6 } })
    local ev = formula.evaluator(b.indicators.f, d)
    local ok, err = pcall(at, ev, key("2019"))
    assert.is_false(ok)
    assert.matches("indicator 'f', area 0580, gender T, period 2019: .*protected metatable", err)
  end)

  it("gives a missing value with a reason when an input is missing or absent", function()
    local decl = BASE .. [[
indicator "f" { title = "F", unit = "percent", inputs = { part = "a", whole = "b" },
  formula = function(v, ctx) return ctx.share(v.part, v.whole) end }
]]
    local r = eval(decl, { a = { ["0580|T|2019"] = model.missing("Saknas") }, b = { ["0580|T|2019"] = 4 } })
    assert.is_nil(r.value)
    assert.matches("input 'part' %(a%) is missing for 2019: Saknas", r.missing)
    r = eval(decl, { a = { ["0580|T|2019"] = 1 } })
    assert.matches("input 'whole' %(b%) has no value for 2019", r.missing)
  end)

  it("gives missing for division by zero, also with a plain /", function()
    local r = eval(BASE .. [[
indicator "f" { title = "F", unit = "ratio", inputs = { x = "a", y = "b" },
  formula = function(v) return v.x / v.y end }
]], { a = { ["0580|T|2019"] = 1 }, b = { ["0580|T|2019"] = 0 } })
    assert.are.equal("division by zero", r.missing)
    r = eval(BASE .. [[
indicator "f" { title = "F", unit = "ratio", inputs = { x = "a", y = "b" },
  formula = function(v) return (v.x - v.x) / v.y end }
]], { a = { ["0580|T|2019"] = 1 }, b = { ["0580|T|2019"] = 0 } })
    assert.matches("not a number", r.missing)
  end)

  it("passes missing(\"reason\") and nil through as missing", function()
    local r = eval(BASE .. [[
indicator "f" { title = "F", unit = "ratio", inputs = { x = "a" }, formula = function() return missing("not yet") end }
]], {})
    assert.are.equal("not yet", r.missing)
    r = eval(BASE .. [[
indicator "f" { title = "F", unit = "ratio", inputs = { x = "a" }, formula = function() end }
]], {})
    assert.are.equal("the formula returned no value", r.missing)
  end)

  it("change and percent change against the previous period and the base year", function()
    local decl = [[
indicator "a" { title = "A", unit = "count", base = { year = 2017, value = 50 } }
indicator "f" { title = "F", unit = "count", inputs = { x = "a" },
  formula = function(v, ctx) return { ctx.change("x"), ctx.percent_change("x"), ctx.change("x", "base"),
    ctx.percent_change("x", "base"), ctx.change(v.x, 10) } end }
]]
    local b = H.load(decl)
    -- the formula returns a table: wrap to check the parts one by one
    local f = b.indicators.f.formula
    local got
    b.indicators.f.formula = function(v, ctx) got = f(v, ctx); return 0 end
    formula.evaluate(b.indicators.f, key(), data_of(b, { a = {
      ["0580|T|2017"] = 50, ["0580|T|2018"] = 80, ["0580|T|2019"] = 100 } }))
    assert.are.same({ 20, 25, 50, 100, 90 }, got)
  end)

  it("moving average and year to date over months and quarters", function()
    local decl = [[
indicator "a" { title = "A", unit = "count" }
indicator "f" { title = "F", unit = "count", inputs = { x = "a" },
  formula = function(v, ctx) return ctx.moving_average("x", 3) * 1000 + ctx.year_to_date("x") end }
]]
    local vals = { a = { ["0580|T|2019-01"] = 1, ["0580|T|2019-02"] = 2, ["0580|T|2019-03"] = 6,
                         ["0580|T|2018-12"] = 10 } }
    local r = eval(decl, vals, key("2019-03"))
    assert.are.equal(3 * 1000 + 9, r.value)
    r = eval(decl, vals, key("2019-02")) -- across the year end: 2018-12, 2019-01, 2019-02
    assert.near(13 / 3 * 1000 + 3, r.value, 1e-9)
    r = eval(decl, { a = { ["0580|T|2019-01"] = 1, ["0580|T|2019-03"] = 1 } }, key("2019-03"))
    assert.matches("has no value for 2019%-02", r.missing)
    r = eval([[
indicator "a" { title = "A", unit = "count" }
indicator "f" { title = "F", unit = "count", inputs = { x = "a" }, formula = function(v, ctx) return ctx.year_to_date("x") end }
]], { a = { ["0580|T|2019Q1"] = 5, ["0580|T|2019Q2"] = 7, ["0580|T|2019Q3"] = 100 } }, key("2019Q2"))
    assert.are.equal(12, r.value)
  end)

  it("sum of parts adds women and men", function()
    local decl = [[
indicator "a" { title = "A", unit = "count" }
indicator "f" { title = "F", unit = "count", inputs = { x = "a" }, formula = function(v, ctx) return ctx.sum_of_parts("x") end }
]]
    assert.are.equal(30, eval(decl, { a = { ["0580|K|2019"] = 12, ["0580|M|2019"] = 18 } }).value)
    assert.matches("%(M%)", eval(decl, { a = { ["0580|K|2019"] = 12 } }).missing)
  end)

  it("reads targets that change between years", function()
    local decl = [[
indicator "a" { title = "A", unit = "count", direction = "increase", targets = { [2019] = 100, [2020] = 120 },
  women = { targets = { [2019] = 40 } } }
indicator "f" { title = "F", unit = "percent", inputs = { x = "a" },
  formula = function(v, ctx) return ctx.deviation(v.x, ctx.target("x")) end }
]]
    local vals = { a = { ["0580|T|2019"] = 110, ["0580|T|2020"] = 110, ["0580|K|2019"] = 50, ["0580|T|2021"] = 1 } }
    assert.near(10, eval(decl, vals, key("2019")).value, 1e-9)
    assert.near(-100 / 12, eval(decl, vals, key("2020")).value, 1e-9)
    assert.near(25, eval(decl, vals, key("2019", "K")).value, 1e-9)
    assert.matches("no numeric target for 2021", eval(decl, vals, key("2021")).missing)
  end)

  it("ctx.value reads another period, gender or indicator", function()
    local r = eval(BASE .. [[
indicator "f" { title = "F", unit = "count", inputs = { x = "a" },
  formula = function(v, ctx) return ctx.value("x", "2018") + ctx.value("b") end }
]], { a = { ["0580|T|2018"] = 3 }, b = { ["0580|T|2019"] = 4 } })
    assert.are.equal(7, r.value)
  end)

  it("refuses to read, by its id, a formula indicator it does not declare, or its own results", function()
    -- Written in the source: validate names the line.
    local b = H.load(BASE .. [[
indicator "g" { title = "G", unit = "count", inputs = { x = "a" }, formula = function(v) return v.x end }
indicator "f" { title = "F", unit = "count", inputs = { x = "a" },
  formula = function(v, ctx)
    return ctx.value("g") + ctx.change("f") + ctx.target("g", "2019")
  end }
]])
    local msgs = table.concat(H.messages(b), "\n")
    -- (messages are "line: message"; the formula's return is line 9 of init.lua)
    assert.matches("9: indicator 'f': the formula reads ctx.value%(\"g\"%), which is computed by its own " ..
      "formula and is not one of the inputs; declare it in inputs = { g = \"g\" } so that it is computed first", msgs)
    assert.matches("9: indicator 'f': the formula reads ctx.change%(\"f\"%), its own results", msgs)
    -- ctx.target reads the configuration, not computed values: no problem for it.
    assert.is_nil(msgs:find("ctx.target", 1, true))
    -- Named at run time: the formula fails with the same words.
    b = H.load(BASE .. [[
indicator "g" { title = "G", unit = "count", inputs = { x = "a" }, formula = function(v) return v.x end }
indicator "f" { title = "F", unit = "count", inputs = { x = "a" },
  formula = function(v, ctx) local id = "g"; return ctx.value(id) end }
]])
    assert.are.same({}, H.messages(b))
    local ok, e = pcall(formula.evaluate, b.indicators.f, key(), data_of(b, { a = { ["0580|T|2019"] = 1 } }))
    assert.is_false(ok)
    assert.matches("indicator 'f', area 0580, gender T, period 2019: .*init.lua:%d+: the formula reads the indicator " ..
      "'g', which is computed by its own formula", e)
    -- A declared formula input is read as usual, by its name or by its id (written in the source
    -- or built at run time).
    assert.are.equal(5, eval(BASE .. [[
indicator "g" { title = "G", unit = "count", inputs = { x = "a" }, formula = function(v) return v.x end }
indicator "f" { title = "F", unit = "count", inputs = { x = "a", g = "g" },
  formula = function(v, ctx) return ctx.value("g") end }
]], { g = { ["0580|T|2019"] = 5 } }).value)
    assert.are.equal(11, eval(BASE .. [[
indicator "twice" { title = "T", unit = "count", inputs = { x = "a" }, formula = function(v) return v.x end }
indicator "f" { title = "F", unit = "count", inputs = { t = "twice" },
  formula = function(v, ctx) return v.t + ctx.value("twice", "2018") + ctx.value(("twi") .. "ce", "2017") end }
]], { twice = { ["0580|T|2019"] = 5, ["0580|T|2018"] = 4, ["0580|T|2017"] = 2 } }).value)
  end)

  it("names the indicator, area, gender, period and file:line when a formula fails", function()
    local b = H.load(BASE .. [[
indicator "f" { title = "F", unit = "count", inputs = { x = "a" },
  formula = function(v)
    return v.x .. {}
  end }
]])
    local ok, e = pcall(formula.evaluate, b.indicators.f, key(), data_of(b, { a = { ["0580|T|2019"] = 1 } }))
    assert.is_false(ok)
    assert.matches("indicator 'f', area 0580, gender T, period 2019: .*init.lua:8:", e)
  end)

  it("an unknown input name is an error listing the inputs", function()
    local b = H.load(BASE .. [[
indicator "f" { title = "F", unit = "count", inputs = { x = "a" }, formula = function(v) return v.y end }
]])
    local ok, e = pcall(formula.evaluate, b.indicators.f, key(), data_of(b, {}))
    assert.is_false(ok)
    assert.matches("unknown input 'y'.*the inputs are: x", e)
  end)

  it("a non-number result is an error naming file:line", function()
    local b = H.load(BASE .. [[
indicator "f" { title = "F", unit = "count", inputs = { x = "a" }, formula = function() return "ten" end }
]])
    local ok, e = pcall(formula.evaluate, b.indicators.f, key(), data_of(b, {}))
    assert.is_false(ok)
    assert.matches("init.lua:6: the formula must return a number", e)
  end)

  it("gives the formula's source text and a hash that changes with it", function()
    local b1 = H.load(BASE .. 'indicator "f" { title = "F", unit = "count", inputs = { x = "a" },\n' ..
                      '  formula = function(v) return v.x * 2 end }\n')
    local b2 = H.load(BASE .. 'indicator "f" { title = "F", unit = "count", inputs = { x = "a" },\n' ..
                      '  formula = function(v) return v.x * 3 end }\n')
    local src = formula.source(b1, b1.indicators.f)
    assert.are.equal(7, src.first)
    assert.matches("return v.x %* 2", src.text)
    assert.are_not.equal(formula.hash(b1, b1.indicators.f), formula.hash(b2, b2.indicators.f))
  end)
end)

describe("formula configuration checks", function()
  it("orders formulas after the indicators they read", function()
    local b = H.load([[
indicator "c" { title = "C", unit = "count", inputs = { x = "b" }, formula = function(v) return v.x end }
indicator "b" { title = "B", unit = "count", inputs = { x = "a" }, formula = function(v) return v.x end }
indicator "a" { title = "A", unit = "count" }
]])
    assert.are.same({}, H.messages(b))
    assert.are.same({ "b", "c" }, formula.order(b))
  end)

  it("a cycle is a configuration error naming the indicators with file:line", function()
    local b = H.load([[
indicator "p" { title = "P", unit = "count", inputs = { x = "q" }, formula = function(v) return v.x end }
indicator "q" { title = "Q", unit = "count", inputs = { x = "r" }, formula = function(v) return v.x end }
indicator "r" { title = "R", unit = "count", inputs = { x = "p" }, formula = function(v) return v.x end }
]])
    local msgs = table.concat(H.messages(b), "\n")
    assert.matches("in a cycle: 'p' %(.-init.lua:4%) %-> 'q' %(.-init.lua:5%) %-> 'r' %(.-init.lua:6%) %-> 'p'", msgs)
  end)

  it("a formula reading itself is a cycle", function()
    local b = H.load([[
indicator "p" { title = "P", unit = "count", inputs = { x = "p" }, formula = function(v) return v.x end }
]])
    assert.matches("cycle: 'p'", table.concat(H.messages(b), "\n"))
  end)

  it("checks inputs: unknown indicators, bad names, formula without inputs", function()
    local b = H.load([[
indicator "a" { title = "A", unit = "count" }
indicator "f" { title = "F", unit = "count", inputs = { x = "aa" }, formula = function(v) return v.x end }
indicator "g" { title = "G", unit = "count", formula = function() return 1 end }
indicator "h" { title = "H", unit = "count", inputs = { [1] = "a" }, formula = function() return 1 end }
indicator "i" { title = "I", unit = "count", inputs = { x = "a" } }
indicator "j" { title = "J", unit = "count", inputs = { x = "a" }, formula = 5 }
]])
    local msgs = table.concat(H.messages(b), "\n")
    assert.matches("'f': inputs.x refers to an unknown indicator 'aa'", msgs)
    assert.matches("'g': a formula needs inputs", msgs)
    assert.matches("'h': inputs keys must be names", msgs)
    assert.matches("'i': inputs are given but no formula", msgs)
    assert.matches("'j': formula must be a function", msgs)
  end)
end)
