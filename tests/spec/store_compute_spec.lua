-- What compute and the report ask the store beyond one indicator's rows (core/store/
-- store_compute.c): whether a formula's results are current (db:compute_fresh), an indicator's
-- latest rows for a few areas only (db:latest_in) or from one kind of source (db:latest_from), its
-- values without provenance (db:latest_values), and the report reading only the areas it shows
-- (stored_series.read).
local H = require "tests.spec.helper"
local stored_series = require "styr.stored_series"

local function row(fields)
  local r = { indicator = "a", title = "A", unit = "persons", area = "0580", gender = "T", period_kind = "year",
              period = "2020", value = 1, source = "fetch:test" }
  for k, v in pairs(fields) do r[k] = v end
  return r
end

-- A computed result of "f".
local function result(area, value)
  return row({ indicator = "f", area = area, value = value, source = "formula:init.lua:9" })
end

local function areas_of(rows)
  local out = {}
  for _, r in ipairs(rows) do out[#out + 1] = r.area .. "/" .. r.period .. "=" .. tostring(r.value) end
  return out
end

describe("store compute queries", function()
  local dir, db
  before_each(function() db, dir = H.new_store() end)
  after_each(function() H.close_store(db, dir) end)

  it("db:compute_fresh: current while nothing the formula read, nor its results, was stored after its recorded run",
    function()
    assert(db:put_rows({ row({ area = "0580", value = 1 }), row({ area = "0114", value = 2 }) }, { vintage = "v1" }))
    assert.are.same({ false, 0, 0 }, { db:compute_fresh("f", { "a" }, "H1") }) -- no results yet
    assert(db:put_rows({ result("0580", 10), result("0114", 20) }, { vintage = "v2" }))
    assert.are.same({ false, 2, 0 }, { db:compute_fresh("f", { "a" }, "H1") }) -- results, but no run recorded
    assert(db:formula_done("f", "H1", { "a" }, "v2"))
    assert.are.same({ true, 2, 0 }, { db:compute_fresh("f", { "a" }, "H1") })
    assert.are.same({ false, 2, 0 }, { db:compute_fresh("f", { "a" }, "H2") }) -- the formula changed
    -- An input stored after the run: not current until the formula has run again.
    assert(db:put_rows({ row({ area = "0114", value = 3 }) }, { vintage = "v3" }))
    assert.are.same({ false, 2, 0 }, { db:compute_fresh("f", { "a" }, "H1") })
    assert(db:put_rows({ result("0114", 30) }, { vintage = "v4" }))
    assert(db:formula_done("f", "H1", { "a", "b" }, "v4"))
    assert.are.same({ true, 2, 0 }, { db:compute_fresh("f", { "a" }, "H1") })
    -- An indicator read without being declared (named in the record) counts as well.
    assert(db:put_rows({ row({ indicator = "b", area = "0114", value = 5 }) }, { vintage = "v5" }))
    assert.are.same({ false, 2, 0 }, { db:compute_fresh("f", { "a" }, "H1") })
    assert(db:formula_done("f", "H1", { "a", "b" }, "v5"))
    assert.are.same({ true, 2, 0 }, { db:compute_fresh("f", { "a" }, "H1") })
    -- A result stored after the run by another writer: not current. The third value counts the
    -- results that are missing.
    assert(db:put_rows({ row({ indicator = "f", area = "0114", value = nil, status = "missing", note = "division by zero",
                               source = "formula:init.lua:9" }) }, { vintage = "v6" }))
    assert.are.same({ false, 2, 1 }, { db:compute_fresh("f", { "a" }, "H1") })
    assert(db:formula_done("f", "H1", { "a" }, "v6"))
    assert.are.same({ true, 2, 1 }, { db:compute_fresh("f", { "a" }, "H1") })
    assert.has_error(function() db:compute_fresh("f", { 1 }, "H1") end)
    assert.has_error(function() db:formula_done("f", "H1", { "a\nb" }, "v7") end)
  end)

  it("db:latest_in: the latest rows of the given areas only, as of a time when asked", function()
    assert(db:put_rows({ row({ area = "0580", value = 1 }), row({ area = "0114", value = 2 }),
                         row({ area = "0115", value = 3 }) }, { vintage = "2020-01-01T00:00:00Z" }))
    assert(db:put_rows({ row({ area = "0114", value = 4 }) }, { vintage = "2021-01-01T00:00:00Z" }))
    assert.are.same({ "0114/2020=4.0", "0580/2020=1.0" }, areas_of(assert(db:latest_in("a", { "0580", "0114" }))))
    assert.are.same({ "0114/2020=2.0" },
      areas_of(assert(db:latest_in("a", { "0114" }, { as_of = "2020-06-01T00:00:00Z" }))))
    assert.are.same({}, assert(db:latest_in("a", {})))
    assert.are.same({}, assert(db:latest_in("a", { "011" }))) -- a code's prefix is not the code
  end)

  it("db:latest_values: each period's latest vintage (as of a time when asked) as columns, in order", function()
    -- One line per key: its parts, then the value a formula computes with or the note.
    local function list(t)
      local out = {}
      for i, k in ipairs(t.keys) do
        assert.are.equal(t.area[i] .. "\0" .. t.gender[i] .. "\0" .. t.period[i], k)
        local v = t.value[k]
        assert.is_true(v == nil or t.note[k] == nil) -- one or the other
        out[#out + 1] = table.concat({ t.area[i], t.gender[i], t.period_kind[i], t.period[i],
          v ~= nil and tostring(v) or ("note " .. tostring(t.note[k])) }, " ")
      end
      local n = 0
      for _ in pairs(t.value) do n = n + 1 end
      for _ in pairs(t.note) do n = n + 1 end
      assert.are.equal(#t.keys, n) -- no value or note without its key
      return out
    end
    assert(db:put_rows({ row({ area = "0580", period = "2020", value = 1 }), row({ area = "0580", period = "2021", value = 2 }),
                         row({ area = "0114", gender = "K", period = "2020", value = 3 }),
                         row({ area = "0114", gender = "T", period = "2020", value = 4 }) },
      { vintage = "2020-01-01T00:00:00Z" }))
    -- Newer vintages: one changed, one missing with its note, one missing without, one a text.
    local gone = row({ area = "0114", gender = "K", period = "2020", status = "missing", note = "sekretess" })
    gone.value = nil
    local bare = row({ area = "0580", period = "2021", status = "missing" })
    bare.value = nil
    local text = row({ area = "0114", gender = "T", period = "2020", text = "ej tillämpligt" })
    text.value = nil
    assert(db:put_rows({ row({ area = "0580", period = "2020", value = 10 }), gone, bare, text },
      { vintage = "2021-01-01T00:00:00Z" }))
    local latest = assert(db:latest_values("a"))
    assert.are.same({ "0114 K year 2020 note sekretess", "0114 T year 2020 note false", "0580 T year 2020 10.0",
                      "0580 T year 2021 note false" }, list(latest))
    assert.is_nil(latest.unsorted)
    -- As of a time before the newer vintages: the older ones; before anything: nothing.
    assert.are.same({ "0114 K year 2020 3.0", "0114 T year 2020 4.0", "0580 T year 2020 1.0", "0580 T year 2021 2.0" },
      list(assert(db:latest_values("a", { as_of = "2020-06-01T00:00:00Z" }))))
    assert.are.same({}, list(assert(db:latest_values("a", { as_of = "2019-01-01T00:00:00Z" }))))
    assert.are.same({}, list(assert(db:latest_values("nothing"))))
    -- An area and gender with periods of two kinds: by kind, then period, and the answer says it
    -- is not in the order of the keys.
    assert(db:put_rows({ row({ area = "0580", period_kind = "month", period = "2020-06", value = 5 }) },
      { vintage = "2021-02-01T00:00:00Z" }))
    latest = assert(db:latest_values("a"))
    assert.are.same({ "0114 K year 2020 note sekretess", "0114 T year 2020 note false", "0580 T month 2020-06 5.0",
                      "0580 T year 2020 10.0", "0580 T year 2021 note false" }, list(latest))
    assert.is_true(latest.unsorted)
    -- One period string under two period kinds: one key, the last row's value or note.
    local twice = row({ area = "0999", period_kind = "year", period = "2019", status = "missing", note = "x" })
    twice.value = nil
    assert(db:put_rows({ twice, row({ area = "0999", period_kind = "zz", period = "2019", value = 5 }) },
      { vintage = "2021-03-01T00:00:00Z" }))
    latest = assert(db:latest_values("a"))
    local n = 0
    for _, k in ipairs(latest.keys) do if k:sub(1, 4) == "0999" then n = n + 1 end end
    assert.are.same({ 1, 5.0, nil }, { n, latest.value["0999\0T\0002019"], latest.note["0999\0T\0002019"] })
  end)

  it("db:latest_from: the rows whose latest vintage has a source beginning with the prefix", function()
    assert(db:put_rows({ row({ area = "0580", value = 1, source = "config:init.lua:3" }),
                         row({ area = "0114", value = 2, source = "config:init.lua:3" }),
                         row({ area = "0115", value = 3 }) }, { vintage = "v1" }))
    -- 0114's typed value is overtaken by a fetched one: no longer in force.
    assert(db:put_rows({ row({ area = "0114", value = 4 }) }, { vintage = "v2" }))
    assert.are.same({ "0580/2020=1.0" }, areas_of(assert(db:latest_from("a", "config:"))))
    assert.are.same({ "0114/2020=4.0", "0115/2020=3.0" }, areas_of(assert(db:latest_from("a", "fetch:"))))
  end)

  it("stored_series.read reads only the areas it is given", function()
    assert(db:put_rows({ row({ area = "0580", value = 1 }), row({ area = "0114", value = 2 }),
                         row({ area = "0115", value = 3 }) }, { vintage = "v1" }))
    local by = assert(stored_series.read(db, "a", { id = "a" }, nil, { "0580", "0115" }))
    local keys = {}
    for k in pairs(by) do keys[#keys + 1] = k end
    table.sort(keys)
    assert.are.same({ "0115\0T", "0580\0T" }, keys)
    local all = assert(stored_series.read(db, "a", { id = "a" }))
    assert.is_not_nil(all["0114\0T"])
  end)
end)
