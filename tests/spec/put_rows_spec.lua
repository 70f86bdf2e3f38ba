-- db:put_rows, the one way values are written: vintages, batches, defaults, refusals that name
-- the row and the field, and all-or-nothing inside and outside the caller's transaction.
local H = require "tests.spec.helper"
local store = require "styr.store"

-- A row of indicator "a" (area 0580, total, year) with fields added or replaced.
local function row(fields)
  local r = { indicator = "a", title = "A", unit = "persons", direction = "decrease", area = "0580", gender = "T",
              period_kind = "year", source = "config:init.lua:3" }
  for k, v in pairs(fields) do r[k] = v end
  return r
end

-- The latest rows of an indicator as "area gender period value|-|status note" lines.
local function latest(db, id)
  local out = {}
  for _, r in ipairs(assert(db:latest(id))) do
    out[#out + 1] = table.concat({ r.area, r.gender, r.period, r.value and string.format("%g", r.value) or "-",
                                   r.status, r.note or "-" }, " ")
  end
  return out
end

-- One value of a query run by the sqlite3 program on path.
local function sql(path, query)
  local h = assert(io.popen("sqlite3 '" .. path .. "' \"" .. query .. "\" 2>&1"))
  local out = h:read("a")
  h:close()
  return (out:gsub("\n$", ""))
end

describe("db:put_rows", function()
  local dir, path
  before_each(function()
    dir = H.config({})
    path = dir .. "/t.db"
  end)
  after_each(function() H.cleanup(dir) end)

  it("tells new, changed and unchanged apart, in one call and across calls, and stores missing vintages", function()
    local db <close> = assert(store.open(path))
    local counts, what = db:put_rows({
      row({ period = "2017", value = 10 }),
      row({ period = "2018", value = 12 }),
      row({ period = "2019", status = "missing", note = "Saknas" }),
    }, { vintage = "2019-10-01T00:00:00Z", outcomes = true })
    assert.are.same({ new = 3, changed = 0, unchanged = 0 }, counts)
    assert.are.same({ "new", "new", "new" }, what)

    counts, what = db:put_rows({
      row({ period = "2017", value = 10, source = "https://elsewhere" }), -- the same figure from elsewhere
      row({ period = "2018", value = 13 }),
      row({ period = "2019", note = "Saknas" }),                           -- no value: status missing
      row({ period = "2020", value = 1 }),
    }, { vintage = "2019-10-02T00:00:00Z", outcomes = true })
    assert.are.same({ new = 1, changed = 1, unchanged = 2 }, counts)
    assert.are.same({ "unchanged", "changed", "unchanged", "new" }, what)

    -- A value that goes away gets a missing vintage; the same missing one again adds nothing.
    local gone = row({ period = "2018", status = "missing", note = "removed from the configuration" })
    assert.are.same({ new = 0, changed = 1, unchanged = 0 }, db:put_rows({ gone }, { vintage = "2019-10-03T00:00:00Z" }))
    assert.are.same({ new = 0, changed = 0, unchanged = 1 }, db:put_rows({ gone }, { vintage = "2019-10-04T00:00:00Z" }))

    assert.are.same({ "0580 T 2017 10 ok -", "0580 T 2018 - missing removed from the configuration",
                      "0580 T 2019 - missing Saknas", "0580 T 2020 1 ok -" }, latest(db, "a"))
    local v2018 = {}
    for _, r in ipairs(db:vintages("a")) do
      if r.period == "2018" then
        v2018[#v2018 + 1] = (r.value and string.format("%g", r.value) or "-") .. " " .. r.status .. " " .. r.vintage
      end
    end
    assert.are.same({ "12 ok 2019-10-01T00:00:00Z", "13 ok 2019-10-02T00:00:00Z", "- missing 2019-10-03T00:00:00Z" }, v2018)
    -- Without outcomes = true only the counts come back.
    assert.are.equal(1, select("#", db:put_rows({ row({ period = "2017", value = 10 }) }, { vintage = "v" })))
  end)

  it("compares repeated values of one series and period in the order given", function()
    local db <close> = assert(store.open(path))
    local counts, what = db:put_rows({
      row({ period = "2018", value = 1 }), row({ period = "2018", value = 1 }), row({ period = "2018", value = 2 }),
    }, { vintage = "v", outcomes = true })
    assert.are.same({ new = 1, changed = 1, unchanged = 1 }, counts)
    assert.are.same({ "new", "unchanged", "changed" }, what)
  end)

  it("stores many rows of many series in one call", function()
    local db <close> = assert(store.open(path))
    local rows = {}
    for _, id in ipairs({ "a", "b", "c" }) do
      for _, area in ipairs({ "0580", "0580:AMF" }) do
        for _, gender in ipairs({ "T", "K", "M" }) do
          for m = 1, 200 do
            rows[#rows + 1] = { indicator = id, title = id:upper(), area = area, gender = gender, period_kind = "month",
                                period = string.format("%d-%02d", 2000 + (m - 1) // 12, (m - 1) % 12 + 1), value = m }
          end
        end
      end
    end
    assert.are.equal(3600, #rows)
    local counts = assert(db:put_rows(rows, { source = "s", vintage = "2026-01-01T00:00:00Z" }))
    assert.are.same({ new = 3600, changed = 0, unchanged = 0 }, counts)
    -- Again, with every tenth value revised.
    for i, r in ipairs(rows) do if i % 10 == 0 then r.value = r.value + 0.5 end end
    counts = assert(db:put_rows(rows, { source = "s", vintage = "2026-02-01T00:00:00Z" }))
    assert.are.same({ new = 0, changed = 360, unchanged = 3240 }, counts)
    assert.are.equal(1200, #db:latest("b"))
    assert.are.equal(1320, #db:vintages("b"))
    assert.are.equal("18|3960", sql(path, "SELECT (SELECT count(*) FROM series) || '|' || (SELECT count(*) FROM observations)"))
  end)

  it("takes the call's defaults for every row, and a row's own field over them", function()
    local db <close> = assert(store.open(path))
    local run = assert(db:run_start("fetch kolada", "2020-01-01T05:00:00Z"))
    assert(db:put_rows({
      { indicator = "a", title = "A", area = "0580", gender = "T", period = "2018", value = 4, request = "GET u" },
      { indicator = "a", title = "A", area = "0580", gender = "T", period = "2018T2", period_kind = "tertial", value = 5,
        source = "https://other", vintage = "2020-01-02T00:00:00Z", run_id = 0 },
    }, { period_kind = "year", source = "https://u", vintage = "2020-01-01T05:00:02Z", fetched_at = "2020-01-01T05:00:01Z",
         run_id = run }))
    local rows = db:latest("a")
    assert.are.same({ "2018", "year", "https://u", "2020-01-01T05:00:02Z", "2020-01-01T05:00:01Z", run, "GET u" },
      { rows[1].period, rows[1].period_kind, rows[1].source, rows[1].vintage, rows[1].fetched_at, rows[1].run_id, rows[1].request })
    assert.are.same({ "2018T2", "tertial", "https://other", "2020-01-02T00:00:00Z", "2020-01-01T05:00:01Z" },
      { rows[2].period, rows[2].period_kind, rows[2].source, rows[2].vintage, rows[2].fetched_at })
    assert.is_nil(rows[2].run_id)
  end)

  it("stores an indicator's definition once per call, from the first row that carries one", function()
    local db <close> = assert(store.open(path))
    assert(db:put_rows({
      { indicator = "a", area = "0580", gender = "T", period = "2017", value = 1 }, -- no definition on this row
      row({ period = "2018", value = 2 }),
      row({ period = "2019", value = 3 }),
    }, { vintage = "2019-10-01T00:00:00Z", source = "s", period_kind = "year" }))
    assert.are.equal("A|persons|decrease|2019-10-01T00:00:00Z", sql(path, "SELECT title, unit, direction, updated_at FROM indicators"))
    -- An unchanged definition writes nothing; a changed one is an update; rows without one use the stored one.
    assert(db:put_rows({ row({ period = "2018", value = 2 }) }, { vintage = "2019-11-01T00:00:00Z" }))
    assert.are.equal("2019-10-01T00:00:00Z", sql(path, "SELECT updated_at FROM indicators"))
    assert(db:put_rows({ row({ period = "2018", value = 2, unit = "households" }) }, { vintage = "2019-12-01T00:00:00Z" }))
    assert.are.equal("households|2019-12-01T00:00:00Z", sql(path, "SELECT unit, updated_at FROM indicators"))
    assert(db:put_rows({ { indicator = "a", area = "0580", gender = "K", period = "2018", value = 1, source = "s",
                           vintage = "v", period_kind = "year" } }))
    assert.are.equal("1", sql(path, "SELECT count(*) FROM indicators"))
  end)

  it("has no record per computed value: a row's computed fields are unknown (schema 11: one per formula)", function()
    local db <close> = assert(store.open(path))
    local ok, e = pcall(db.put_rows, db, { row({ period = "2019", value = 4, inputs = "b|0580|T|2019|v1" }) },
      { vintage = "v" })
    assert.is_false(ok)
    assert.matches("db:put_rows row 1: unknown field 'inputs'", tostring(e))
    ok, e = pcall(db.put_rows, db, { row({ period = "2019", value = 4 }) }, { vintage = "v", formula_hash = "h" })
    assert.is_false(ok)
    assert.matches("db:put_rows options: unknown field 'formula_hash'", tostring(e))
    assert.is_nil(db.computed)
  end)

  it("takes the request every row answers from the call", function()
    local db <close> = assert(store.open(path))
    local rows = { row({ period = "2018", value = 4 }), row({ period = "2019", value = 5 }) }
    for _, r in ipairs(rows) do r.source = nil end -- the call's source, the request's URL
    assert(db:put_rows(rows, { vintage = "v", source = "https://u/1", request = "GET https://u/1" }))
    rows = db:latest("a")
    assert.are.same({ "GET https://u/1", "https://u/1", "GET https://u/1" }, { rows[1].request, rows[1].source, rows[2].request })
  end)

  describe("refuses", function()
    -- Calls f; returns its error message (f must raise).
    local function raised(f, ...)
      local ok, e = pcall(f, ...)
      assert.is_false(ok)
      return tostring(e)
    end

    it("a row of the wrong form, naming the row and the field, and stores nothing of the call", function()
      local db <close> = assert(store.open(path))
      local good = { row({ period = "2017", value = 1 }), row({ period = "2018", value = 2 }) }
      local function with(bad) return { good[1], good[2], bad } end
      local opts = { vintage = "v" }
      assert.are.equal("db:put_rows row 3: unknown field 'vlaue' (did you mean 'value'?)",
        raised(db.put_rows, db, with(row({ period = "2019", vlaue = 3 })), opts):match("db:put_rows.*$"))
      assert.are.equal("db:put_rows row 3: field 'value' must be a number, not a string",
        raised(db.put_rows, db, with(row({ period = "2019", value = "3" })), opts):match("db:put_rows.*$"))
      assert.are.equal("db:put_rows row 3: field 'period' must be a string, not a number",
        raised(db.put_rows, db, with(row({ period = 2019, value = 3 })), opts):match("db:put_rows.*$"))
      assert.matches("db:put_rows row 3: expected { indicator = string", raised(db.put_rows, db, with("2019"), opts))
      assert.matches("db:put_rows options: unknown field 'outcome' %(did you mean 'outcomes'%?%)",
        raised(db.put_rows, db, good, { outcome = true }))
      assert.are.same({}, latest(db, "a"))
      assert.are.equal("0|0|0", sql(path, "SELECT (SELECT count(*) FROM indicators) || '|' || " ..
        "(SELECT count(*) FROM series) || '|' || (SELECT count(*) FROM observations)"))
    end)

    it("a bad value, naming the row and the field, as fail, message, kind, and stores nothing of the call", function()
      local db <close> = assert(store.open(path))
      local cases = {
        { { gender = "X" }, "gender must be T, K or M, not 'X' %(field 'gender'%)" },
        { { status = "guessed" }, "field 'status' must be ok, missing, preliminary or confidential, not 'guessed'" },
        { { value = 0 / 0 }, "field 'value' is not a finite number" },
        { { value = math.huge }, "field 'value' is not a finite number" },
        { { area = false }, "field 'area' is required" },
        { { run_id = -1 }, "field 'run_id' cannot be negative" },
        { { title = "Another title" }, "indicator 'a' is defined differently in row 1" },
        { { title = false, unit = false, direction = false, indicator = "never_stored" },
          "indicator 'never_stored' is not in the store; give the row its title" },
      }
      for _, c in ipairs(cases) do
        local bad = row({ period = "2019", value = 3 })
        for k, v in pairs(c[1]) do if v == false then bad[k] = nil else bad[k] = v end end -- false: leave it out
        local rows = { row({ period = "2017", value = 1 }), row({ period = "2018", value = 2 }), bad }
        local ok, msg, kind = db:put_rows(rows, { vintage = "v" })
        assert.is_nil(ok)
        assert.are.equal("invalid", kind)
        assert.matches("^row 3 %(indicator '" .. (bad.indicator or "a") .. "'", msg)
        assert.matches(c[2], msg)
        assert.are.same({}, latest(db, "a"))
        assert.are.equal("0|0|0", sql(path, "SELECT (SELECT count(*) FROM indicators) || '|' || " ..
          "(SELECT count(*) FROM series) || '|' || (SELECT count(*) FROM observations)"))
      end
      -- A missing vintage names the field and what it is.
      local ok, msg = db:put_rows({ row({ period = "2019", value = 3 }) })
      assert.is_nil(ok)
      assert.matches("^row 1 %(indicator 'a', area '0580', gender 'T', period '2019'%): field 'vintage' is required", msg)
    end)
  end)

  describe("inside the caller's transaction", function()
    it("leaves nothing when the transaction is rolled back", function()
      local db <close> = assert(store.open(path))
      assert(db:begin())
      assert(db:put_rows({ row({ period = "2018", value = 1 }) }, { vintage = "v" }))
      assert(db:formula_done("a", "h", { "b" }, "t"))
      assert.are.equal(1, #db:latest("a"))
      db:rollback()
      assert.are.same({}, latest(db, "a"))
      assert.are.equal("0", sql(path, "SELECT count(*) FROM formula_runs"))
      assert.are.equal("0|0|0", sql(path, "SELECT (SELECT count(*) FROM indicators) || '|' || " ..
        "(SELECT count(*) FROM series) || '|' || (SELECT count(*) FROM observations)"))
    end)

    it("undoes only its own writes when it fails half-way, and the transaction goes on", function()
      local db <close> = assert(store.open(path))
      assert(db:begin())
      assert(db:put_rows({ row({ period = "2017", value = 1 }) }, { vintage = "v1" }))
      -- Rows 1 and 2 are written before row 3's unknown indicator is found: they are undone.
      local ok, msg, kind = db:put_rows({
        row({ period = "2018", value = 2 }), row({ period = "2019", value = 3, gender = "K" }),
        { indicator = "b", area = "0580", gender = "T", period_kind = "year", period = "2019", value = 1, source = "s" },
      }, { vintage = "v2" })
      assert.is_nil(ok)
      assert.are.equal("invalid", kind)
      assert.matches("^row 3 %(indicator 'b'.*not in the store", msg)
      assert(db:put_rows({ row({ period = "2020", value = 4 }) }, { vintage = "v3" }))
      assert(db:commit())
      assert.are.same({ "0580 T 2017 1 ok -", "0580 T 2020 4 ok -" }, latest(db, "a"))
      assert.are.equal("1", sql(path, "SELECT count(*) FROM series"))
    end)

    it("waits for another process's write lock, then fails as busy without storing anything", function()
      local holder <close> = assert(store.open(path))
      assert(holder:begin())
      assert(holder:run_start("lock", "t"))
      local db <close> = assert(store.open(path, 100))
      local ok, msg, kind = db:put_rows({ row({ period = "2018", value = 1 }) }, { vintage = "v" })
      assert.is_nil(ok)
      assert.are.equal("busy", kind)
      assert.matches("the database is locked by another styr process %(waited 100 ms%)", msg)
      holder:rollback()
      assert.are.same({}, latest(db, "a"))
    end)
  end)
end)

describe("db:put_columns", function()
  local dir, db
  before_each(function() db, dir = H.new_store() end)
  after_each(function() H.close_store(db, dir) end)

  local OPTS = { indicator = "r", title = "R", unit = "ratio", direction = "increase", source = "formula:init.lua:9",
                 vintage = "2026-01-01T00:00:00Z", outcomes = true }
  local function cols(list)
    local c = { n = #list, area = {}, gender = {}, period_kind = {}, period = {}, value = {}, note = {} }
    for i, v in ipairs(list) do
      c.area[i], c.gender[i], c.period_kind[i], c.period[i] = "0580", "T", "year", v[1]
      c.value[i], c.note[i] = v[2], v[3]
    end
    return c
  end

  it("stores values and missing values with their reason as db:put_rows does, with the definition", function()
    local c, what = db:put_columns(cols({ { "2019", 1.5 }, { "2020", nil, "division by zero" } }), OPTS)
    assert.are.same({ new = 2, changed = 0, unchanged = 0 }, c)
    assert.are.same({ "new", "new" }, what)
    assert.are.same({ "0580 T 2019 1.5 ok -", "0580 T 2020 - missing division by zero" }, latest(db, "r"))
    local r = assert(db:latest("r"))[1]
    assert.are.equal("formula:init.lua:9", r.source)
    assert.are.equal("2026-01-01T00:00:00Z", r.vintage)
    -- The same values again add nothing; a changed one adds a vintage.
    local opts2 = { indicator = "r", source = OPTS.source, vintage = "2026-02-01T00:00:00Z", outcomes = true }
    c, what = db:put_columns(cols({ { "2019", 1.5 }, { "2020", 4 } }), opts2)
    assert.are.same({ new = 0, changed = 1, unchanged = 1 }, c)
    assert.are.same({ "unchanged", "changed" }, what)
    assert.are.same({ "0580 T 2019 1.5 ok -", "0580 T 2020 4 ok -" }, latest(db, "r"))
    -- Only cols.n values count: what lies beyond (a reused batch's rest) is not stored.
    local reused = cols({ { "2021", 7 }, { "2022", 8 } })
    reused.n = 1
    assert.are.same({ new = 1, changed = 0, unchanged = 0 }, (db:put_columns(reused, opts2)))
    assert.are.equal(3, #assert(db:latest("r")))
  end)

  it("refuses a column of the wrong form, naming it and the value, and stores nothing", function()
    local function refused(c, opts)
      local ok, e = pcall(db.put_columns, db, c, opts or OPTS)
      assert.is_false(ok)
      return e
    end
    local bad = cols({ { "2019", 1 }, { "2020", "2" } })
    local e = refused(bad)
    assert.matches("db:put_columns: value%[2%] must be a number or nil, not string", e)
    bad = cols({ { "2019", 1 } })
    bad.period[1] = nil
    e = refused(bad)
    assert.matches("db:put_columns: period%[1%] must be a string, not nil", e)
    bad = cols({ { "2019", 1 } })
    bad.note = nil
    e = refused(bad)
    assert.matches("db:put_columns: cols.note must be a list", e)
    bad = cols({ { "2019", 1 } })
    bad.n = -1
    e = refused(bad)
    assert.matches("db:put_columns: cols.n must be the count of values", e)
    bad = cols({ { "2019", 1 } })
    bad.text = {}
    e = refused(bad)
    assert.matches("db:put_columns: cols has an unknown column 'text'", e)
    e = refused(cols({ { "2019", 1 } }), { indicator = "r", source = "x", vintage = "v", colour = 1 })
    assert.matches("colour", e)
    assert.are.same({}, assert(db:latest("r")))
  end)
end)
