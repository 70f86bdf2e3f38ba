-- styr fetch storing a source's rows (scripts/engine/fetch.lua): one db:put_rows per source in the
-- source's transaction; a source whose connector hands over a row the store refuses fails alone,
-- with the row and field named, and stores nothing; the other sources go on.
local H = require "tests.spec.helper"

-- A configuration folder of files, its store, and the csv connector with its own parse (a test
-- may replace csv.parse; close_config puts it back).
local function open_config(files)
  local cfg = H.config(files)
  local csv = require "styr.plugin.csv"
  return cfg, assert(require("styr.store").open(cfg .. "/styr.db")), csv, csv.parse
end

local function close_config(cfg, db, csv, parse)
  csv.parse = parse
  db:close()
  H.cleanup(cfg)
end

describe("fetch storing a source's rows", function()
  local cfg, db, csv, parse
  before_each(function()
    cfg, db, csv, parse = open_config({
      ["init.lua"] = H.MUNICIPALITY .. [[
indicator "cost" { title = "Cost", unit = "sek" }
indicator "visits" { title = "Visits", unit = "count" }
source "a" { kind = "csv", file = "a.csv", columns = { period = "year" }, values = { cost = "cost" } }
source "b" { kind = "csv", file = "b.csv", columns = { period = "year" }, values = { visits = "visits" } }
]],
      ["a.csv"] = "year;cost\n2018;80\n2019;64\n",
      ["b.csv"] = "year;visits\n2018;5\n2019;6\n",
    })
  end)
  after_each(function() close_config(cfg, db, csv, parse) end)

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

describe("fetch storing a connector's columns", function()
  local cfg, db, csv, parse
  local TYPED = ""
  before_each(function()
    cfg, db, csv, parse = open_config({
      ["init.lua"] = H.MUNICIPALITY .. [[
indicator "cost" { title = "Cost", unit = "sek" TYPED}
indicator "visits" { title = "Visits", unit = "count" }
source "a" { kind = "csv", file = "a.csv", columns = { period = "year" }, values = { cost = "cost", visits = "visits" } }
]],
      ["a.csv"] = "year;cost;visits\n2018;80;5\n2019;64;6\n",
    })
  end)
  after_each(function() close_config(cfg, db, csv, parse) end)

  -- The csv connector, made to hand over its rows as columns (changed by change, when given).
  local function as_columns(change)
    csv.parse = function(...)
      local parsed, err = parse(...)
      if not parsed then return nil, err end
      local c = { n = #parsed.rows, indicator = {}, area = {}, gender = {}, period = {}, value = {}, status = {}, note = {} }
      for i, r in ipairs(parsed.rows) do
        c.indicator[i], c.area[i], c.gender[i], c.period[i] = r.indicator, r.area, r.gender, r.period
        c.value[i], c.status[i], c.note[i] = r.value, r.status, r.note
      end
      if change then change(c) end
      return { columns = c, more = parsed.more }
    end
  end

  local function fetch(typed)
    if typed then
      local f = assert(io.open(cfg .. "/init.lua", "rb")); local text = f:read("a"); f:close()
      f = assert(io.open(cfg .. "/init.lua", "wb")); f:write((text:gsub("TYPED", typed))); f:close()
    end
    local b = require("styr.loader").load(cfg)
    assert.are.same({}, H.messages(b))
    local out = require("styr.fetch").run(b, db, { "a" }, {
      dir = cfg, now = "2026-06-10T05:00:00Z", quiet = true, clock = function() return "2026-06-10T05:00:00Z" end })
    return out[1]
  end

  it("stores them as the same values in rows would be, with the request, its URL and the definitions", function()
    as_columns()
    local s = fetch(TYPED)
    assert.is_true(s.ok, tostring(s.error))
    assert.are.same({ 4, 0, 0 }, { s.new, s.changed, s.unchanged })
    local rows = db:latest("cost")
    assert.are.same({ 80, 64 }, { rows[1].value, rows[2].value })
    assert.are.same({ "year", "ok", "file:a.csv", "READ file:a.csv" },
      { rows[1].period_kind, rows[1].status, rows[1].source, rows[1].request })
    local h = assert(io.popen("sqlite3 '" .. cfg .. "/styr.db' \"SELECT id || ' ' || title FROM indicators ORDER BY id\""))
    local titles = h:read("a")
    h:close()
    assert.are.equal("cost Cost\nvisits Visits\n", titles)
    s = fetch()
    assert.are.same({ 0, 0, 4 }, { s.new, s.changed, s.unchanged })
  end)

  it("names the connector's own value when one after a typed-in value is refused", function()
    as_columns(function(c) c.indicator[4] = "nowhere" end)
    local s = fetch(", values = { [2018] = 81 }")
    assert.is_false(s.ok)
    assert.matches("the csv connector gave row 4 for indicator 'nowhere'", s.error)
  end)

  it("leaves out what the configuration types in, and counts it", function()
    as_columns()
    local s = fetch(", values = { [2018] = 81 }")
    assert.is_true(s.ok, tostring(s.error))
    assert.are.same({ 3, 1 }, { s.new, s.kept })
    assert.are.same({ 64 }, { db:latest("cost")[1] and db:latest("cost")[1].value })
  end)

  it("fails the source, storing nothing, for columns of the wrong form, naming the value", function()
    local cases = {
      { function(c) c.indicator[2] = "nowhere" end,
        "the csv connector gave row 2 for indicator 'nowhere', which the configuration does not declare" },
      { function(c) c.vaule = {} end, "the csv connector gave a column 'vaule', which is not one of indicator, area" },
      { function(c) c.value[2] = "64" end, "db:put_columns: value%[2%] must be a number or nil, not string" },
      { function(c) c.gender[2] = "X" end, "gender must be T, K or M" },
      { function(c) c.n = nil end, "the csv connector gave columns without their count n" },
      { function(c) c.indicator = nil end, "the csv connector gave columns without the list indicator" },
    }
    for _, case in ipairs(cases) do
      as_columns(case[1])
      local s = fetch(TYPED)
      assert.is_false(s.ok)
      assert.matches(case[2], s.error)
      assert.are.same({}, db:latest("cost"))
      assert.are.same({}, db:latest("visits"))
    end
  end)
end)
