-- The mandate-period lock of indicator definitions (scripts/definitions.lua) on real database
-- files: the first run records, an unchanged definition records nothing, a change inside the
-- locked period needs a decision dated since the last recording (and not used before), a change
-- outside the period or of an exempt indicator is recorded, the configuration's fields are
-- checked with file:line, and the store binding refuses a call of the wrong form.
local H = require "tests.spec.helper"
local store = require "styr.store"
local loader = require "styr.loader"
local definitions = require "styr.definitions"

local LOCK = [[
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv",
               definition_lock = { from = "2019-01-01", to = "2022-12-31" } }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
goal "G" { title = "G", body = "AMN", indicators = { "share", "twice" } }
]]

local dir, db

-- Writes the configuration: the indicator "share" with `unit` and extra fields, and the formula
-- indicator "twice" multiplying by `factor`.
local function write(unit, extra, factor)
  local text = LOCK .. string.format([[
indicator "share" { title = "Share", unit = %q, direction = "increase", values = { [2018] = 5 }%s }
indicator "twice" { title = "Twice", unit = "count", inputs = { x = "share" },
  formula = function(v) return v.x * %d end }
]], unit, extra and (", " .. extra) or "", factor or 2)
  local f = assert(io.open(dir .. "/init.lua", "wb")); f:write(text); f:close()
end

-- Loads the configuration and checks it at `now` in one transaction (committed when it passes).
local function check(now, opts)
  local b = loader.load(dir)
  assert(b:errors() == 0, table.concat(H.messages(b), "\n"))
  assert(db:begin())
  local counts, err, kind = definitions.check(b, db, now, opts)
  if counts then assert(db:commit()) else db:rollback() end
  return counts, err, kind, b
end

local function history(id)
  local list = {}
  for _, r in ipairs(assert(db:definitions(id))) do
    list[#list + 1] = table.concat({ r.unit or "-", r.changes or "-", r.decision_ref or "-", r.recorded_at:sub(1, 10) }, "|")
  end
  return list
end

describe("definition lock", function()
  before_each(function()
    dir = H.config({ ["init.lua"] = "" })
    db = assert(store.open(dir .. "/styr.db"))
    write("percent")
  end)
  after_each(function() db:close(); H.cleanup(dir) end)

  it("records every indicator's definition the first time, and nothing while it is unchanged", function()
    local c = assert(check("2019-10-01T00:00:00Z"))
    assert.are.same({ new = 2, changed = 0, unchanged = 0, recorded = 2 }, c)
    local rows = db:definitions()
    assert.are.same({ "share", "percent", "increase", "number" }, { rows[1].indicator, rows[1].unit, rows[1].direction, rows[1].kind })
    assert.is_nil(rows[1].formula_hash)
    assert.are.equal("twice", rows[2].indicator)
    assert.matches("^fnv1a64:", rows[2].formula_hash)
    assert.matches("init.lua:7$", rows[2].formula_at)
    c = assert(check("2020-01-01T00:00:00Z"))
    assert.are.same({ new = 0, changed = 0, unchanged = 2, recorded = 0 }, c)
    assert.are.equal(2, #db:definitions())
  end)

  it("refuses a change inside the period without a decision, naming file:line and what changed", function()
    check("2019-10-01T00:00:00Z")
    write("count")
    local c, err, kind, b = check("2020-01-01T00:00:00Z")
    assert.is_nil(c)
    assert.are.equal("config", kind)
    assert.matches("init.lua:5: indicator 'share': its definition is locked for the mandate period 2019%-01%-01 to " ..
                   "2022%-12%-31, and it changed since it was recorded on 2019%-10%-01 %(unit: percent → count%); " ..
                   "add decisions = { { ref = ", err)
    assert.matches("or revert the change", err)
    assert.are.same({ "5: " .. err:match("init.lua:5: (.*)$") }, H.messages(b))
    assert.are.same({ "percent|-|-|2019-10-01" }, history("share"))
  end)

  it("refuses a formula change the same way, and a dry check records nothing", function()
    check("2019-10-01T00:00:00Z")
    write("percent", nil, 3)
    local c, err = check("2020-01-01T00:00:00Z", { record = false })
    assert.is_nil(c)
    assert.matches("init.lua:6: indicator 'twice': .*%(formula changed%)", err)
    write("percent")
    assert.are.same({ new = 0, changed = 0, unchanged = 2, recorded = 0 }, check("2020-01-01T00:00:00Z", { record = false }))
  end)

  it("records a change with a decision dated since the last recording, and not one dated before", function()
    check("2019-10-01T00:00:00Z")
    write("count", 'decisions = { { ref = "AMN 2019-05-02 § 3", date = "2019-05-02", change = "old" } }')
    assert.is_nil((check("2020-01-01T00:00:00Z")))
    write("count", 'decisions = { { ref = "AMN 2019-12-12 § 45", date = "2019-12-12", change = "Antal" }, ' ..
                   '{ ref = "AMN 2020-06-01 § 9", date = "2020-06-01", change = "future" } }')
    local c = assert(check("2020-01-01T00:00:00Z"))
    assert.are.same({ new = 0, changed = 1, unchanged = 1, recorded = 1 }, c)
    assert.are.same({ "percent|-|-|2019-10-01", "count|unit: percent → count|AMN 2019-12-12 § 45|2020-01-01" },
                    history("share"))
    local last = db:definitions("share")[2]
    assert.are.same({ "2019-12-12", "Antal" }, { last.decision_date, last.decision_change })
    -- The same decision does not allow a second change; the later one does once its day came.
    write("percent", 'decisions = { { ref = "AMN 2019-12-12 § 45", date = "2019-12-12", change = "Antal" }, ' ..
                     '{ ref = "AMN 2020-06-01 § 9", date = "2020-06-01", change = "back" } }')
    assert.is_nil((check("2020-03-01T00:00:00Z")))
    assert(check("2020-06-01T00:00:00Z"))
    assert.are.equal("AMN 2020-06-01 § 9", db:definitions("share")[3].decision_ref)
  end)

  it("records a change outside the period, and of an indicator with lock = false", function()
    check("2018-06-01T00:00:00Z")
    write("count")
    assert(check("2018-12-31T00:00:00Z")) -- before the period
    write("count", "lock = false", 3)
    local c, err = check("2020-01-01T00:00:00Z")
    assert.is_nil(c)
    assert.matches("indicator 'twice'", err)
    assert.not_matches("indicator 'share'", err)
    write("index", nil, 2)
    assert.is_nil((check("2022-12-31T23:00:00Z"))) -- the last day is locked
    assert(check("2023-01-01T00:00:00Z"))
    assert.are.same({ "percent", "count", "index" }, { history("share")[1]:match("^[^|]*"),
      history("share")[2]:match("^[^|]*"), history("share")[3]:match("^[^|]*") })
    assert.are.equal("formula added", definitions.diff({}, { formula_hash = "h" })[1])
  end)

  it("checks the lock and the decisions with file:line", function()
    local b = H.load([[
indicator "a" { title = "A", unit = "count", lock = "no",
  decisions = { { ref = "AMN 1", date = "2020-02-30", change = "x" } } }
indicator "b" { title = "B", decisions = { { ref = "AMN 1", date = "2020-02-01" } } }
indicator "c" { title = "C", decisions = { { ref = "AMN 1", date = "2020-02-01", change = "x", chnage = "y" } } }
indicator "d" { title = "D", decisions = { { ref = "R", date = "2020-02-01", change = "x" },
                                            { ref = "R", date = "2020-03-01", change = "y" } } }
]])
    local m = table.concat(H.messages(b), "\n")
    assert.matches("4: indicator 'a': decisions item 1 date \"2020%-02%-30\" is not a real date", m)
    assert.matches("4: indicator 'a': lock must be true or false", m)
    assert.matches("6: indicator 'b': decisions item 1 needs change = ", m)
    assert.matches("7: indicator 'c': decisions item 1 has an unknown field 'chnage' %(did you mean 'change'", m)
    assert.matches("8: indicator 'd': decisions item 2 repeats the ref \"R\" of item 1", m)
    local function problems_of(municipality)
      local d = H.config({ ["init.lua"] = municipality })
      local list = H.messages(loader.load(d))
      H.cleanup(d)
      return table.concat(list, "\n")
    end
    assert.matches("1: municipality: definition_lock from %(2023%-01%-01%) is after to %(2019%-12%-31%)", problems_of([[
municipality { code = "0580", name = "T", country = "SE", language = "sv",
               definition_lock = { from = "2023-01-01", to = "2019-12-31" } }
]]))
    assert.matches("1: municipality: definition_lock needs to = \"YYYY%-MM%-DD\"", problems_of([[
municipality { code = "0580", name = "T", country = "SE", language = "sv", definition_lock = { from = "2019-01-01" } }
]]))
    assert.matches("1: municipality: definition_lock has an unknown field 'form' %(did you mean 'from'", problems_of([[
municipality { code = "0580", name = "T", country = "SE", language = "sv", definition_lock = { form = "2019-01-01" } }
]]))
  end)

  it("refuses a save_definition call of the wrong form", function()
    local function err(...) local ok, e = pcall(db.save_definition, db, ...); assert.is_false(ok); return e end
    assert.matches("expected db:save_definition%({ indicator = string", err("x"))
    assert.matches("unknown field 'unti'", err({ indicator = "a", kind = "number", recorded_at = "t", unti = "x" }))
    local ok, msg, kind = db:save_definition({ indicator = "a", recorded_at = "t" })
    assert.is_nil(ok)
    assert.matches("needs indicator, kind and recorded_at", msg)
    assert.are.equal("invalid", kind)
  end)
end)
