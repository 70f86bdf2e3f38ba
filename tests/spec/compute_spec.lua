-- styr compute (scripts/compute.lua) on real database files: dependency order, missing values with
-- their reason, new / changed / unchanged counts, recomputing only what changed (input vintages,
-- formula source), typed-in values winning, as-of evaluation, and explain's tree.
local H = require "tests.spec.helper"
local store = require "styr.store"
local loader = require "styr.loader"
local sync = require "styr.sync"
local compute = require "styr.compute"
local explain = require "styr.explain"

local INDICATORS = [[
indicator "exits" { title = "Exits", unit = "persons", values = { [2018] = 182, [2019] = 200 } }
indicator "cost" { title = "Cost", unit = "sek", values = { [2018] = 80e6, [2019] = 0 } }
indicator "per_msek" { title = "Per MSEK", unit = "per_msek", inputs = { exits = "exits", cost = "cost" },
  formula = function(v, ctx) return ctx.per_msek(v.exits, v.cost) end }
indicator "doubled" { title = "Doubled", unit = "per_msek", inputs = { x = "per_msek" },
  formula = function(v) return v.x * FACTOR end }
]]

local dir, db

local function write(factor, exits2018)
  local text = H.MUNICIPALITY .. INDICATORS:gsub("FACTOR", tostring(factor)):gsub("182", tostring(exits2018 or 182))
  local f = assert(io.open(dir .. "/init.lua", "wb")); f:write(text); f:close()
end

-- Loads the configuration and runs sync + compute at `now` in one transaction.
local function run(now)
  local b = loader.load(dir)
  assert(b:errors() == 0, table.concat(H.messages(b), "\n"))
  assert(db:begin())
  assert(sync.run(db, b, now))
  local counts = compute.evaluate_all(b, db, now)
  assert(db:commit())
  return counts, b
end

local function value(id, p)
  for _, r in ipairs(db:latest(id)) do if r.period == p then return r end end
end

describe("compute", function()
  before_each(function()
    dir = H.config({ ["init.lua"] = "" })
    db = assert(store.open(dir .. "/styr.db"))
    write(2)
  end)
  after_each(function() db:close(); H.cleanup(dir) end)

  it("computes in dependency order and stores values with the formula as source", function()
    local c = run("2026-01-10T00:00:00Z")
    assert.are.same({ new = 4, changed = 0, unchanged = 0, skipped = 0, missing = 2 }, c)
    local r = value("per_msek", "2018")
    assert.are.equal(2.275, r.value)
    assert.matches("^formula:.*init.lua:7$", r.source)
    assert.are.equal(4.55, value("doubled", "2018").value)
  end)

  it("stores a missing value with its reason, never inf or NaN", function()
    run("2026-01-10T00:00:00Z")
    local r = value("per_msek", "2019")
    assert.are.same({ "missing", "division by zero" }, { r.status, r.note })
    assert.is_nil(r.value)
    r = value("doubled", "2019")
    assert.are.equal("missing", r.status)
    assert.matches("input 'x' %(per_msek%) is missing for 2019: division by zero", r.note)
  end)

  it("recomputes nothing when nothing changed", function()
    run("2026-01-10T00:00:00Z")
    local c = run("2026-01-11T00:00:00Z")
    -- missing counts the keys whose result is missing now, recomputed or not (issue 14): the two
    -- 2019 values are still missing.
    assert.are.same({ new = 0, changed = 0, unchanged = 4, skipped = 4, missing = 2 }, c)
    assert.are.equal("2026-01-10T00:00:00Z", value("doubled", "2018").vintage)
  end)

  it("recomputes what depends on a revised input, through the chain", function()
    run("2026-01-10T00:00:00Z")
    write(2, 190)
    local c = run("2026-02-10T00:00:00Z")
    -- Both formulas read the revised input (doubled through per_msek): each is computed again,
    -- and only the values that changed are written.
    assert.are.same({ new = 0, changed = 2, unchanged = 2, skipped = 0, missing = 2 }, c)
    assert.are.equal(4.75, value("doubled", "2018").value)
    assert.are.equal("2026-02-10T00:00:00Z", value("doubled", "2018").vintage)
    -- every vintage is kept, and as-of sees the old ones
    assert.are.equal(3, #db:vintages("per_msek")) -- 2018 twice, 2019 once
    local _, results = compute.evaluate_all(loader.load(dir), db, "2026-03-01T00:00:00Z",
      { store = false, as_of = "2026-01-31T23:59:59Z" })
    for _, r in ipairs(results) do
      if r.id == "doubled" and r.key.period == "2018" then assert.are.equal(4.55, r.value) end
    end
  end)

  it("report --as-of marks the values revised since with today's value, and only with --as-of", function()
    local report = require "styr.report"
    local f = assert(io.open(dir .. "/init.lua", "ab"))
    f:write('goal "G" { title = "G", body = "AMN", indicators = { "per_msek" } }\n' ..
            'report "r" { title = "R", year = 2018, formats = { "csv" } }\n')
    f:close()
    run("2026-01-10T00:00:00Z")
    local text = assert(io.open(dir .. "/init.lua", "rb")):read("a")
    f = assert(io.open(dir .. "/init.lua", "wb")); f:write((text:gsub("%[2018%] = 182", "[2018] = 190"))); f:close()
    local _, b = run("2026-02-10T00:00:00Z")
    local as_of = "2026-01-31T23:59:59Z"
    local doc = assert(report.build(b, compute.as_of_view(db, as_of), "r",
      { generated = "2026-01-31", today = "2026-01-31", current = db, as_of = "2026-01-31" }))
    local row = doc.sections[1].goals[1].rows[1]
    assert.are.equal(2.275, row.values[2018])
    assert.are.equal("reviderat efter 2026-01-31: nu 2,38", doc.footnotes[row.revised[2018]])
    assert.is_nil(row.revised[2019]) -- missing then and now: not revised
    assert.are.equal("2026-01-31", doc.as_of)
    local plain = assert(report.build(b, db, "r", { generated = "2026-02-10", today = "2026-02-10" }))
    assert.is_nil(plain.as_of)
    assert.is_nil(next(plain.sections[1].goals[1].rows[1].revised))
  end)

  it("recomputes an indicator whose formula changed, and only that one", function()
    run("2026-01-10T00:00:00Z")
    write(3)
    local c = run("2026-01-12T00:00:00Z")
    assert.are.same({ new = 0, changed = 1, unchanged = 3, skipped = 2, missing = 2 }, c)
    assert.near(6.825, value("doubled", "2018").value, 1e-9)
  end)

  it("records each formula's run with its hash, so that it is current until an input changes", function()
    local _, b = run("2026-01-10T00:00:00Z")
    local hash = require("styr.formula").run_hash(b, b.indicators.per_msek)
    assert.are.same({ true, 2, 1 }, { db:compute_fresh("per_msek", { "cost", "exits" }, hash) })
    assert.is_false((db:compute_fresh("per_msek", { "cost", "exits" }, "another formula")))
    -- The revised input stored (sync), not yet computed: the formula is stale.
    write(2, 190)
    b = loader.load(dir)
    assert(db:begin())
    assert(sync.run(db, b, "2026-02-10T00:00:00Z"))
    assert.is_false((db:compute_fresh("per_msek", { "cost", "exits" }, hash)))
    compute.evaluate_all(b, db, "2026-02-10T00:00:00Z")
    assert(db:commit())
    assert.is_true((db:compute_fresh("per_msek", { "cost", "exits" }, hash)))
  end)

  it("computes again a formula when an indicator it reads by id, not declared, changes", function()
    local function config(cost)
      local f = assert(io.open(dir .. "/init.lua", "wb"))
      f:write(H.MUNICIPALITY .. ([[
indicator "exits" { title = "Exits", unit = "persons", values = { [2019] = 200 } }
indicator "cost" { title = "Cost", unit = "sek", values = { [2019] = COST } }
indicator "sum" { title = "Sum", unit = "sek", inputs = { x = "exits" },
  formula = function(v, ctx) return v.x + ctx.value("cost") end }
]]):gsub("COST", tostring(cost)))
      f:close()
    end
    config(10)
    run("2026-01-10T00:00:00Z")
    assert.are.equal(210, value("sum", "2019").value)
    local c = run("2026-01-11T00:00:00Z")
    assert.are.equal(1, c.skipped) -- current: nothing it read changed
    config(20)
    c = run("2026-01-12T00:00:00Z")
    assert.are.same({ new = 0, changed = 1, unchanged = 0, skipped = 0, missing = 0 }, c)
    assert.are.equal(220, value("sum", "2019").value)
  end)

  it("computes again a formula whose targets or base year changed", function()
    local function config(target, base)
      local f = assert(io.open(dir .. "/init.lua", "wb"))
      f:write(H.MUNICIPALITY .. ([[
indicator "exits" { title = "Exits", unit = "persons", direction = "increase", values = { [2018] = 182, [2019] = 200 },
  targets = { [2019] = TARGET }, base = { year = BASE, value = 1 } }
indicator "gap" { title = "Gap", unit = "persons", inputs = { x = "exits" },
  formula = function(v, ctx) return v.x - ctx.target("x") end }
indicator "since" { title = "Since", unit = "persons", inputs = { x = "exits" },
  formula = function(v, ctx) return ctx.change("x", "base") end }
]]):gsub("TARGET", tostring(target)):gsub("BASE", tostring(base)))
      f:close()
    end
    config(210, 2018)
    run("2026-01-10T00:00:00Z")
    assert.are.equal(-10, value("gap", "2019").value)
    assert.are.equal(18, value("since", "2019").value)
    config(190, 2018)
    local c = run("2026-01-11T00:00:00Z")
    assert.are.equal(10, value("gap", "2019").value)
    -- Both formulas read exits, whose targets are part of their run's hash: both run again.
    assert.are.same({ new = 0, changed = 1, unchanged = 3, skipped = 0, missing = 1 }, c)
    config(190, 2019)
    run("2026-01-12T00:00:00Z")
    assert.are.equal(0, value("since", "2019").value)
  end)

  it("gives a formula indicator's period back to its formula when a typed-in missing value is removed", function()
    local function config(typed)
      local f = assert(io.open(dir .. "/init.lua", "wb"))
      f:write(H.MUNICIPALITY .. [[
indicator "exits" { title = "Exits", unit = "persons", values = { [2018] = 182, [2019] = 200 } }
indicator "twice" { title = "Twice", unit = "persons", inputs = { x = "exits" }, ]] ..
        (typed and 'values = { [2018] = missing("not published") },' or "") .. [[

  formula = function(v) return v.x * 2 end }
]])
      f:close()
    end
    config(true)
    run("2026-01-10T00:00:00Z")
    assert.are.equal("not published", value("twice", "2018").note)
    assert.are.equal(400, value("twice", "2019").value)
    config(false)
    run("2026-01-11T00:00:00Z")
    local r = value("twice", "2018")
    assert.are.equal(364, r.value)
    assert.matches("^formula:", r.source)
  end)

  it("leaves a value typed into the configuration to the configuration", function()
    local text = H.MUNICIPALITY .. INDICATORS:gsub("FACTOR", "2"):gsub('inputs = { x = "per_msek" }',
      'values = { [2018] = 1 }, inputs = { x = "per_msek" }')
    local f = assert(io.open(dir .. "/init.lua", "wb")); f:write(text); f:close()
    run("2026-01-10T00:00:00Z")
    assert.are.equal(1, value("doubled", "2018").value)
    assert.matches("^config:", value("doubled", "2018").source)
  end)

  it("explain shows the value, the formula and the inputs down to the typed-in values", function()
    run("2026-01-10T00:00:00Z")
    write(2, 190)
    local b = select(2, run("2026-02-10T00:00:00Z"))
    local node = explain.node(b, db, compute.data(b, db), "doubled", { area = "0580", gender = "T", period = "2018" })
    assert.are.equal(4.75, node.value)
    assert.matches("v.x %* 2", node.formula.text)
    assert.are.equal("per_msek", node.inputs[1].indicator)
    local exits = node.inputs[1].inputs[1].indicator == "exits" and node.inputs[1].inputs[1] or node.inputs[1].inputs[2]
    assert.are.equal(190, exits.value)
    assert.are.equal(2, #exits.vintages)
    local text = table.concat(explain.lines(node), "\n")
    assert.matches("doubled 0580 T 2018: 4.75", text)
    assert.matches("2026%-01%-10T00:00:00Z  182", text)
    local old = explain.node(b, db, compute.data(b, db, "2026-01-31T23:59:59Z"), "doubled",
      { area = "0580", gender = "T", period = "2018" }, "2026-01-31T23:59:59Z")
    assert.are.equal(4.55, old.value)
  end)

  it("a formula error stops the run and names indicator, area, period and line", function()
    local text = H.MUNICIPALITY .. INDICATORS:gsub("FACTOR", "nil")
    local f = assert(io.open(dir .. "/init.lua", "wb")); f:write(text); f:close()
    local b = loader.load(dir)
    assert(db:begin())
    assert(sync.run(db, b, "2026-01-10T00:00:00Z"))
    local ok, e = pcall(compute.evaluate_all, b, db, "2026-01-10T00:00:00Z")
    db:rollback()
    assert.is_false(ok)
    assert.matches("indicator 'doubled', area 0580, gender T, period 2018: .*init.lua:9:", e)
  end)

  it("computes an input with periods of two kinds in the order of area, gender and period", function()
    local f = assert(io.open(dir .. "/init.lua", "wb"))
    f:write(H.MUNICIPALITY .. [[
indicator "m" { title = "M", unit = "persons" }
indicator "d" { title = "D", unit = "persons", inputs = { x = "m" }, formula = function(v) return v.x * 2 end }
]])
    f:close()
    -- The store keeps one series per period kind; months sort before years there, not in keys.
    local rows = {}
    for _, p in ipairs({ { "year", "2020", 1 }, { "month", "2020-06", 2 }, { "year", "2021", 3 } }) do
      rows[#rows + 1] = { indicator = "m", title = "M", area = "0580", gender = "T", period_kind = p[1],
                          period = p[2], value = p[3], source = "fetch:test" }
    end
    assert(db:put_rows(rows, { vintage = "2026-01-01T00:00:00Z" }))
    local b = loader.load(dir)
    local _, results = compute.evaluate_all(b, db, "2026-01-10T00:00:00Z", { store = false, as_of = "2026-01-05T00:00:00Z" })
    local got = {}
    for _, r in ipairs(results) do got[#got + 1] = r.key.period .. "=" .. string.format("%g", r.value) end
    assert.are.same({ "2020=2", "2020-06=4", "2021=6" }, got)
  end)

  it("gives a later formula the keys of an earlier one's results in order, an early key computed last", function()
    local function config(values)
      local f = assert(io.open(dir .. "/init.lua", "wb"))
      f:write(H.MUNICIPALITY .. [[
indicator "exits" { title = "Exits", unit = "persons", values = { ]] .. values .. [[ } }
indicator "twice" { title = "Twice", unit = "persons", inputs = { x = "exits" }, formula = function(v) return v.x * 2 end }
indicator "quad" { title = "Quad", unit = "persons", inputs = { x = "twice" }, formula = function(v) return v.x * 2 end }
]])
      f:close()
    end
    config("[2019] = 200")
    run("2026-01-10T00:00:00Z")
    -- 2018 stored, not computed: as of now, twice has 2019 only, and 2018 comes after it.
    config("[2018] = 100, [2019] = 200")
    local b = loader.load(dir)
    assert(db:begin()); assert(sync.run(db, b, "2026-01-11T00:00:00Z")); assert(db:commit())
    local _, results = compute.evaluate_all(b, db, "2026-01-12T00:00:00Z", { store = false, as_of = "2026-01-12T00:00:00Z" })
    local got = {}
    for _, r in ipairs(results) do
      if r.id == "quad" then got[#got + 1] = r.key.period .. "=" .. string.format("%g", r.value) end
    end
    assert.are.same({ "2018=400", "2019=800" }, got)
  end)

  it("parses --as-of dates and times", function()
    assert.are.equal("2026-01-10T23:59:59Z", compute.as_of({ ["as-of"] = "2026-01-10" }))
    assert.are.equal("2026-01-10T08:00:00Z", compute.as_of({ ["as-of"] = "2026-01-10T08:00:00Z" }))
    assert.is_nil(compute.as_of({}))
    local v, e = compute.as_of({ ["as-of"] = "10/1/2026" })
    assert.is_nil(v)
    assert.matches("YYYY%-MM%-DD", e)
  end)
end)
