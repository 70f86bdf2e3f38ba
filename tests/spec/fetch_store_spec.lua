-- styr fetch storing a source's rows (scripts/engine/fetch.lua): one db:put_rows per source in the
-- source's transaction; a source whose connector hands over a row the store refuses fails alone,
-- with the row and field named, and stores nothing; the other sources go on.
local H = require "tests.spec.helper"

describe("fetch storing a source's rows", function()
  local cfg, db, csv, parse
  before_each(function()
    cfg = H.config({
      ["init.lua"] = H.MUNICIPALITY .. [[
indicator "cost" { title = "Cost", unit = "sek" }
indicator "visits" { title = "Visits", unit = "count" }
source "a" { kind = "csv", file = "a.csv", columns = { period = "year" }, values = { cost = "cost" } }
source "b" { kind = "csv", file = "b.csv", columns = { period = "year" }, values = { visits = "visits" } }
]],
      ["a.csv"] = "year;cost\n2018;80\n2019;64\n",
      ["b.csv"] = "year;visits\n2018;5\n2019;6\n",
    })
    db = assert(require("styr.store").open(cfg .. "/styr.db"))
    csv = require "styr.plugin.csv"
    parse = csv.parse
  end)
  after_each(function()
    csv.parse = parse
    db:close()
    H.cleanup(cfg)
  end)

  local function fetch()
    local b = require("styr.loader").load(cfg)
    assert.are.same({}, H.messages(b))
    local n = 0
    local out = require("styr.fetch").run(b, db, { "a", "b" }, {
      dir = cfg, now = "2026-06-10T05:00:00Z", quiet = true,
      clock = function() n = n + 1; return string.format("2026-06-10T05:00:%02dZ", n) end })
    local by = {}
    for _, s in ipairs(out) do by[s.source] = s end
    return by
  end

  -- The csv connector, made to hand over a broken second row for source a only.
  local function break_row(change)
    csv.parse = function(src, ...)
      local parsed, err = parse(src, ...)
      if parsed and src.id == "a" then change(parsed.rows[2]) end
      return parsed, err
    end
  end

  it("stores every source's rows, with the counts of each", function()
    local by = fetch()
    assert.is_true(by.a.ok, tostring(by.a.error))
    assert.are.same({ 2, 0, 0 }, { by.a.new, by.a.changed, by.a.unchanged })
    assert.are.same({ 2, 0, 0 }, { by.b.new, by.b.changed, by.b.unchanged })
    by = fetch()
    assert.are.same({ 0, 0, 2 }, { by.a.new, by.a.changed, by.a.unchanged })
  end)

  it("fails a source whose connector gives a row of the wrong form, naming the row, and goes on", function()
    break_row(function(r) r.value = "64" end)
    local by = fetch()
    assert.is_false(by.a.ok)
    assert.matches("storing failed, nothing was stored: .*db:put_rows row 2: field 'value' must be a number, not a string",
      by.a.error)
    assert.are.same({ 0, 0, 0 }, { by.a.new, by.a.changed, by.a.unchanged })
    assert.is_true(by.b.ok, tostring(by.b.error))
    assert.are.same({}, db:latest("cost"))
    assert.are.equal(2, #db:latest("visits"))
    assert.are.equal("failed", db:runs({ source = "a" })[1].outcome)
  end)

  it("fails a source whose connector gives a row with a field the store does not know, naming it", function()
    break_row(function(r) r.vaule = 64 end)
    local by = fetch()
    assert.is_false(by.a.ok)
    assert.matches("db:put_rows row 2: unknown field 'vaule' %(did you mean 'value'%?%)", by.a.error)
    assert.are.same({}, db:latest("cost"))
    assert.is_true(by.b.ok)
  end)

  it("fails a source whose connector sets what styr records itself (where and when a value came from)", function()
    break_row(function(r) r.vintage = "1999-01-01T00:00:00Z" end)
    local by = fetch()
    assert.is_false(by.a.ok)
    assert.matches("the csv connector gave row 2 with field 'vintage', which styr records itself", by.a.error)
    assert.are.same({}, db:latest("cost"))
    assert.is_true(by.b.ok)
  end)

  it("stores a connector's row with the request it answers, its URL and a year by default", function()
    local by = fetch()
    assert.is_true(by.a.ok, tostring(by.a.error))
    local rows = db:latest("cost")
    assert.are.same({ "year", "ok", "year", "ok" }, { rows[1].period_kind, rows[1].status, rows[2].period_kind, rows[2].status })
    assert.are.same({ "file:a.csv", "READ file:a.csv" }, { rows[1].source, rows[1].request })
  end)

  it("fails a source whose connector gives a value the store refuses, naming the row and field", function()
    break_row(function(r) r.gender = "X" end)
    local by = fetch()
    assert.is_false(by.a.ok)
    assert.matches("row 2 %(indicator 'cost', area '0580', gender 'X', period '2019'%): gender must be T, K or M",
      by.a.error)
    assert.are.same({}, db:latest("cost"))
    assert.is_true(by.b.ok)
  end)

  it("fails a source whose connector gives a row for an indicator the configuration does not declare", function()
    break_row(function(r) r.indicator = "nowhere" end)
    local by = fetch()
    assert.is_false(by.a.ok)
    assert.matches("the csv connector gave row 2 for indicator 'nowhere', which the configuration does not declare",
      by.a.error)
    assert.are.same({}, db:latest("cost"))
    assert.is_true(by.b.ok)
  end)
end)
