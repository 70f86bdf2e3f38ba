local H = require "tests.spec.helper"
local store = require "styr.store"

local function copy(from, to)
  local src = assert(io.open(from, "rb"))
  local data = src:read("a")
  src:close()
  local dst = assert(io.open(to, "wb"))
  dst:write(data)
  dst:close()
end

-- Stores one value of indicator "a" (area 0580, total, period kind year) with db:put_rows;
-- returns "new", "changed" or "unchanged", or fail, message, kind. extra: more row fields.
local function put(db, period, obs, extra)
  local row = { indicator = "a", title = "A", area = "0580", gender = "T", period_kind = "year", period = period }
  for k, v in pairs(obs) do row[k] = v end
  for k, v in pairs(extra or {}) do row[k] = v end
  local counts, what, kind = db:put_rows({ row }, { outcomes = true })
  if not counts then return nil, what, kind end
  return what[1]
end

describe("styr.store from Lua", function()
  local dir, path
  before_each(function()
    dir = H.config({})
    path = dir .. "/t.db"
  end)
  after_each(function() H.cleanup(dir) end)

  it("stores vintages only when a value changes", function()
    local db = assert(store.open(path))
    assert(db:begin())
    local def = { unit = "persons", direction = "increase" }
    assert.are.equal("new", put(db, "2018", { value = 5, source = "config:x:1", vintage = "2019-01-01T00:00:00Z" }, def))
    assert.are.equal("unchanged", put(db, "2018", { value = 5, source = "config:x:1", vintage = "2019-01-02T00:00:00Z" }, def))
    assert.are.equal("changed", put(db, "2018", { value = 6, source = "config:x:1", vintage = "2019-01-03T00:00:00Z" }, def))
    assert.are.equal("new", put(db, "2017",
      { status = "missing", note = "Saknas", source = "config:x:2", vintage = "2019-01-03T00:00:00Z" }, def))
    assert(db:commit())
    local rows = assert(db:latest("a"))
    assert.are.equal(2, #rows)
    assert.are.equal("2017", rows[1].period)
    assert.is_nil(rows[1].value)
    assert.are.equal("Saknas", rows[1].note)
    assert.are.equal(6, rows[2].value)
    assert.are.equal("2019-01-03T00:00:00Z", rows[2].vintage)
    db:close()
  end)

  it("tells new, changed and unchanged apart, comparing value, text, status and note", function()
    local db <close> = assert(store.open(path))
    local obs = { value = 1, source = "s", vintage = "v" }
    local function put2019() return put(db, "2019", obs) end
    assert.are.equal("new", put2019())
    assert.are.equal("unchanged", put2019())
    obs.status = "preliminary"; assert.are.equal("changed", put2019())
    obs.note = "preliminärt"; assert.are.equal("changed", put2019())
    obs.status = "ok"; obs.note = nil; assert.are.equal("changed", put2019())
    obs.source, obs.request = "https://elsewhere", "GET https://elsewhere"
    assert.are.equal("unchanged", put2019()) -- the same figure from elsewhere is no news
    obs.value, obs.status, obs.note = nil, "confidential", "färre än 5"
    assert.are.equal("changed", put2019())
    local ok, msg, kind = put(db, "2019", { value = 0 / 0, source = "s", vintage = "v" })
    assert.is_nil(ok)
    assert.matches("not a finite number", msg)
    assert.are.equal("invalid", kind)
  end)

  it("keeps the request, fetch time and run of every fetched vintage", function()
    local db <close> = assert(store.open(path))
    assert(db:begin())
    local run = assert(db:run_start("fetch kolada", "2020-01-01T05:00:00Z", { source = "kolada", trigger = "schedule" }))
    local req = "POST https://api.scb.se/OV0104/v1/doris/sv/ssd/AM\n{\"query\":[]}"
    assert.are.equal("new", put(db, "2018", { value = 4, source = "https://api.scb.se/AM", vintage = "2020-01-01T05:00:02Z",
      request = req, fetched_at = "2020-01-01T05:00:02Z", run_id = run }))
    assert.are.equal("new", put(db, "2017", { value = 3, source = "config:init.lua:4", vintage = "2020-01-01T00:00:00Z" }))
    assert(db:commit())
    local rows = db:latest("a")
    assert.are.same({ "2017", nil, nil, nil }, { rows[1].period, rows[1].request, rows[1].fetched_at, rows[1].run_id })
    assert.are.same({ "2018", req, "2020-01-01T05:00:02Z", run }, { rows[2].period, rows[2].request, rows[2].fetched_at, rows[2].run_id })
  end)

  it("saves and reads the fetch state of a request, with a 1 MB binary body", function()
    local db <close> = assert(store.open(path))
    local parts = {}
    for i = 0, 1024 * 1024 - 1, 4 do parts[#parts + 1] = string.pack("<I4", (i * 2654435761) % 2 ^ 32) end
    local body = table.concat(parts)
    assert.are.equal(1024 * 1024, #body)
    local key = "GET https://api.kolada.se/v2/data/kpi/N31807"
    assert.is_false(db:fetch_state("kolada", key))
    assert(db:begin())
    local run = assert(db:run_start("fetch kolada", "2020-01-01T05:00:00Z"))
    local ok, changed = db:save_fetch_state("kolada", key, {
      request = key, etag = '"v1"', last_modified = "Wed, 01 Jan 2020 04:00:00 GMT", body = body,
      content_type = "application/json", status = 200, fetched_at = "2020-01-01T05:00:01Z", run_id = run,
    })
    assert.is_true(ok)
    assert.is_true(changed)
    assert(db:commit())
    local st = assert(db:fetch_state("kolada", key))
    assert.is_true(st.body == body)
    assert.are.same({ key, key, '"v1"', "Wed, 01 Jan 2020 04:00:00 GMT", "application/json", 200, "2020-01-01T05:00:01Z", run,
                      "2020-01-01T05:00:01Z", 1024 * 1024, store.hash(body) },
      { st.key, st.request, st.etag, st.last_modified, st.content_type, st.status, st.fetched_at, st.run_id,
        st.changed_at, st.size, st.body_hash })
    assert.matches("^fnv1a64:%x+$", st.body_hash)
    -- Without the body: its size only.
    local light = assert(db:fetch_state("kolada", key, false))
    assert.is_nil(light.body)
    assert.are.equal(1024 * 1024, light.size)
    -- A 304: no body; the stored one stays, the time moves.
    ok, changed = db:save_fetch_state("kolada", key, { etag = '"v1"', fetched_at = "2020-02-01T05:00:00Z" })
    assert.is_true(ok)
    assert.is_false(changed)
    st = db:fetch_state("kolada", key)
    assert.is_true(st.body == body)
    assert.are.same({ "2020-02-01T05:00:00Z", "2020-01-01T05:00:01Z" }, { st.fetched_at, st.changed_at })
    -- The same bytes again are not a change; other bytes are.
    assert.is_false(select(2, db:save_fetch_state("kolada", key, { body = body, fetched_at = "2020-03-01T00:00:00Z" })))
    assert.is_true(select(2, db:save_fetch_state("kolada", key, { body = body .. "\0", fetched_at = "2020-04-01T00:00:00Z" })))
    assert.are.equal("2020-04-01T00:00:00Z", db:fetch_state("kolada", key, false).changed_at)
    -- A 304 with nothing stored is refused with a message.
    local nok, msg, kind = db:save_fetch_state("kolada", "GET other", { fetched_at = "t" })
    assert.is_nil(nok)
    assert.matches("no stored response", msg)
    assert.are.equal("invalid", kind)
  end)

  it("lists the stored responses of a source for offline runs", function()
    local db <close> = assert(store.open(path))
    assert(db:save_fetch_state("kolada", "GET b", { body = "[2]", fetched_at = "t2" }))
    assert(db:save_fetch_state("kolada", "GET a", { body = "[1]", fetched_at = "t1", content_type = "application/json" }))
    assert(db:save_fetch_state("scb", "POST c", { body = "{}", fetched_at = "t3" }))
    local list = assert(db:responses("kolada"))
    assert.are.same({ "GET a", "GET b" }, { list[1].key, list[2].key })
    assert.are.same({ "[1]", "[2]" }, { list[1].body, list[2].body })
    assert.are.same({ 200, "application/json" }, { list[1].status, list[1].content_type })
    assert.is_nil(db:responses("kolada", false)[1].body)
    assert.are.same({}, db:responses("nothing"))
  end)

  it("records runs with counts and failures and lists them newest first", function()
    local db <close> = assert(store.open(path))
    local r1 = assert(db:run_start("report r", "2020-01-01T08:00:00Z"))
    assert(db:run_finish(r1, "2020-01-01T08:00:01Z", "succeeded", "ok"))
    local r2 = assert(db:run_start("fetch kolada", "2020-01-02T05:00:00Z", { source = "kolada", trigger = "schedule" }))
    assert(db:run_finish_ex(r2, { finished = "2020-01-02T05:00:09Z", outcome = "succeeded", message = "3 new",
      new = 3, changed = 1, unchanged = 10, bytes = 12345, duration_ms = 8999.6, attempts = 2 }))
    local r3 = assert(db:run_start("fetch scb", "2020-01-03T05:00:00Z"))
    assert(db:run_finish_ex(r3, { finished = "2020-01-03T05:01:00Z", outcome = "failed", source = "scb",
      trigger = "catch-up", error = "HTTP 503 after 4 attempts", http_status = 503, attempts = 4, new = 0 }))
    local all = assert(db:runs())
    assert.are.same({ r3, r2, r1 }, { all[1].id, all[2].id, all[3].id })
    assert.are.same({ id = r2, command = "fetch kolada", source = "kolada", trigger = "schedule", started = "2020-01-02T05:00:00Z",
      finished = "2020-01-02T05:00:09Z", outcome = "succeeded", message = "3 new", new = 3, changed = 1, unchanged = 10,
      bytes = 12345, duration_ms = 9000, attempts = 2 }, all[2])
    assert.are.same({ "scb", "catch-up", 503, "HTTP 503 after 4 attempts", 0 },
      { all[1].source, all[1].trigger, all[1].http_status, all[1].error, all[1].new })
    assert.is_nil(all[1].changed)     -- not recorded
    assert.are.equal("manual", all[3].trigger)
    assert.are.same({ r2 }, { db:runs({ source = "kolada" })[1].id, db:runs({ source = "kolada" })[2] })
    local failed = db:runs({ failed = true })
    assert.are.same({ 1, r3 }, { #failed, failed[1].id })
    assert.are.equal(2, #db:runs({ limit = 2 }))
    assert.are.same({}, db:runs({ source = "nobody" }))
  end)

  it("records a run as succeeded only after its data were committed", function()
    local db <close> = assert(store.open(path))
    assert(db:begin())
    local run = assert(db:run_start("fetch kolada", "2020-01-01T05:00:00Z", { source = "kolada" }))
    assert(put(db, "2019", { value = 1, source = "s", vintage = "t" }))
    local ok, msg, kind = db:run_finish_ex(run, { finished = "t", outcome = "succeeded" })
    assert.is_nil(ok)
    assert.matches("before its data are committed", msg)
    assert.are.equal("invalid", kind)
    assert(db:commit())
    -- In a short transaction of its own, after the commit.
    assert(db:begin())
    assert(db:run_finish_ex(run, { finished = "t", outcome = "succeeded", new = 1 }))
    assert(db:commit())
    assert.are.equal("succeeded", db:runs()[1].outcome)
  end)

  it("answers what styr status shows", function()
    local db <close> = assert(store.open(path))
    assert(put(db, "2018", { value = 1, source = "s", vintage = "2019-03-01T00:00:00Z" }))
    assert(put(db, "2019", { value = 2, source = "s", vintage = "2020-03-01T00:00:00Z" }))
    assert(put(db, "2020", { status = "missing", source = "s", vintage = "2021-03-01T00:00:00Z" }))
    local run = assert(db:run_start("fetch kolada", "2021-03-01T05:00:00Z", { source = "kolada" }))
    assert(db:run_finish_ex(run, { finished = "2021-03-01T05:00:09Z", outcome = "succeeded" }))
    assert(db:save_fetch_state("kolada", "GET x", { body = "[]", fetched_at = "2021-03-01T05:00:03Z", run_id = run }))
    local st = assert(db:status())
    assert.are.same({ { source = "kolada", last_success = "2021-03-01T05:00:09Z", last_run = "2021-03-01T05:00:00Z",
      last_outcome = "succeeded", last_fetched = "2021-03-01T05:00:03Z", last_changed = "2021-03-01T05:00:03Z",
      responses = 1 } }, st.sources)
    -- periods is counted only for an indicator whose every period is missing (its warning says how many)
    assert.are.same({ { indicator = "a", area = "0580", period_kind = "year", newest_period = "2019",
      last_changed = "2021-03-01T00:00:00Z" } }, st.indicators)
    assert.are.same({}, db:status("other").indicators)
    -- The kept summary follows every write: a later value for 2021, then 2021 missing again (the
    -- newest period is read again), K's values counted with T's, an indicator never valued.
    assert(put(db, "2021", { value = 3, source = "s", vintage = "2022-03-01T00:00:00Z" }))
    assert.are.equal("2021", db:status("a").indicators[1].newest_period)
    assert(put(db, "2021", { status = "missing", source = "s", vintage = "2023-03-01T00:00:00Z" }))
    assert.are.same({ "2019", "2023-03-01T00:00:00Z" },
                    { db:status("a").indicators[1].newest_period, db:status("a").indicators[1].last_changed })
    assert(put(db, "2022", { value = 5, source = "s", vintage = "2023-04-01T00:00:00Z" }, { gender = "K" }))
    assert.are.same({ "2022", "2023-04-01T00:00:00Z" },
                    { db:status("a").indicators[1].newest_period, db:status("a").indicators[1].last_changed })
    assert(put(db, "2018", { status = "missing", source = "s", vintage = "2019-03-01T00:00:00Z" },
               { indicator = "b", title = "B" }))
    assert(put(db, "2019", { status = "missing", source = "s", vintage = "2020-03-01T00:00:00Z" },
               { indicator = "b", title = "B", gender = "M" }))
    assert.are.same({ { indicator = "b", area = "0580", period_kind = "year", last_changed = "2020-03-01T00:00:00Z",
      periods = 2 } }, db:status("b").indicators)
    -- each: the same rows, in the same order, handed over one at a time and not kept in a list;
    -- series = false: the sources only. An error in the function stops the reading and is raised.
    local all = db:status().indicators
    assert.are.equal(2, #all)
    local seen = {}
    local streamed = assert(db:status(nil, { each = function(r) seen[#seen + 1] = r end }))
    assert.are.same(all, seen)
    assert.is_nil(streamed.indicators)
    assert.are.equal(1, #streamed.sources)
    local only = assert(db:status(nil, { series = false }))
    assert.is_nil(only.indicators)
    assert.are.same(st.sources, only.sources)
    seen = {}
    assert(db:status("b", { each = function(r) seen[#seen + 1] = r.indicator end }))
    assert.are.same({ "b" }, seen)
    local n = 0
    assert.has_error(function()
      db:status(nil, { each = function() n = n + 1; error("stop here") end })
    end, "stop here")
    assert.are.equal(1, n)
    assert.has_error(function() db:status(nil, { each = 1 }) end)
    assert.are.equal(2, #db:status().indicators) -- the store reads on after a stopped reading
  end)

  it("migrates a version-1 database written by styr 0.1, keeping every row", function()
    copy("tests/fixtures/store/v1.db", path)
    local db <close> = assert(store.open(path))
    local rows = db:latest("a")
    assert.are.same({ "2017", "missing", "2018", 13 }, { rows[1].period, rows[1].status, rows[2].period, rows[2].value })
    local runs = db:runs()
    assert.are.equal(4, #runs)
    assert.are.same({ "failed", "manual", "report r" }, { runs[1].outcome, runs[1].trigger, runs[1].command })
    assert.matches("cannot create the output folder", runs[1].message)
    assert.are.equal(11, store.schema_version)
    -- The series' summaries are filled from the stored values by the migration (version 9).
    assert.are.equal("2018", db:status("a").indicators[1].newest_period)
  end)

  it("migrates a version-2 database to the current version (formula_runs), keeping every row", function()
    local db = assert(store.open(path))
    assert(db:begin())
    assert(put(db, "2019", { value = 4, source = "config:x:1", vintage = "2026-01-01T00:00:00Z" }, { unit = "count" }))
    assert(db:commit())
    db:close()
    -- what styr with schema 2 wrote: the same tables without computed_inputs and indicator_definitions
    local sql = "DROP TABLE computed_inputs; DROP TABLE indicator_definitions; DROP TABLE entries; " ..
      "DROP TABLE signoffs; DROP TABLE audit; DROP TABLE config_snapshot_files; DROP TABLE config_snapshots; " ..
      "DROP TABLE config_contents; ALTER TABLE runs DROP COLUMN slot; ALTER TABLE runs DROP COLUMN base_url; " ..
      "ALTER TABLE runs DROP COLUMN warnings; ALTER TABLE runs DROP COLUMN config_snapshot; " ..
      "ALTER TABLE series DROP COLUMN newest_period; ALTER TABLE series DROP COLUMN last_changed; " ..
      "DROP TABLE formula_runs; PRAGMA user_version = 2;"
    local h = assert(io.popen("sqlite3 '" .. path .. "' '" .. sql .. "' 2>&1"))
    h:read("a"); h:close()
    db = assert(store.open(path))
    assert.are.equal(4, db:latest("a")[1].value)
    assert(db:begin())
    assert.are.equal("unchanged", put(db, "2019", { value = 4, source = "config:x:1", vintage = "2026-01-02T00:00:00Z" },
      { unit = "count" }))
    assert(db:formula_done("a", "h", { "b" }, "t"))
    assert(db:commit())
    assert.is_true((db:compute_fresh("a", { "b" }, "h")))
    db:close()
    h = assert(io.popen("sqlite3 '" .. path .. "' 'PRAGMA user_version;'")); local v = h:read("l"); h:close()
    assert.are.equal(tostring(store.schema_version), v)
  end)

  it("reads the vintages known at a time (as_of) and every vintage", function()
    local db <close> = assert(store.open(path))
    assert(db:begin())
    assert(put(db, "2019", { value = 1, source = "s", vintage = "2026-01-01T00:00:00Z" }, { unit = "count" }))
    assert(put(db, "2019", { value = 2, source = "s", vintage = "2026-02-01T00:00:00Z" }, { unit = "count" }))
    assert(db:commit())
    assert.are.equal(2, db:latest("a")[1].value)
    assert.are.equal(1, db:latest("a", { as_of = "2026-01-31T23:59:59Z" })[1].value)
    assert.are.equal(0, #db:latest("a", { as_of = "2025-12-31T23:59:59Z" }))
    local all = db:vintages("a")
    assert.are.same({ 1, 2 }, { all[1].value, all[2].value })
    assert.are.equal(1, #db:vintages("a", { as_of = "2026-01-15T00:00:00Z" }))
    assert.has_error(function() db:latest("a", { asof = "x" }) end)
  end)

  it("refuses a database of a newer styr without writing", function()
    copy("tests/fixtures/store/v1.db", path)
    assert(store.open(path)):close() -- migrated to the current version first
    local newer = store.schema_version + 1
    local h = assert(io.popen("sqlite3 '" .. path .. "' 'PRAGMA user_version = " .. newer .. ";' 2>&1"))
    h:read("a"); h:close()
    local db, msg, kind = store.open(path)
    assert.is_nil(db)
    assert.matches("newer styr %(schema version " .. newer, msg)
    assert.are.equal("refused", kind)
  end)

  it("raises an error naming the expected form when called wrongly", function()
    local db <close> = assert(store.open(path))
    local function err(f, ...) local ok, e = pcall(f, db, ...); assert.is_false(ok); return e end
    local function row(fields)
      local r = { indicator = "a", title = "A", area = "0580", gender = "T", period_kind = "year", period = "2018" }
      for k, v in pairs(fields) do r[k] = v end
      return r
    end
    assert.matches("list of rows expected, got string", err(db.put_rows, "5"))
    assert.matches("db:put_rows row 1: expected { indicator = string", err(db.put_rows, { "5" }))
    assert.matches("expected db:put_rows%(", err(db.put_rows, {}, "vintage"))
    assert.matches("unknown field 'vintge'", err(db.put_rows, { row({ value = 1, source = "s", vintge = "v" }) }))
    assert.matches("field 'run_id' must be an integer",
      err(db.put_rows, { row({ value = 1, source = "s", vintage = "v", run_id = 1.5 }) }))
    assert.matches("field 'value' must be a number", err(db.put_rows, { row({ value = "5", source = "s", vintage = "v" }) }))
    assert.matches("unknown field 'etga'", err(db.save_fetch_state, "kolada", "GET x", { etga = "x", fetched_at = "t" }))
    assert.matches("field 'body' must be a string", err(db.save_fetch_state, "kolada", "GET x", { body = {}, fetched_at = "t" }))
    assert.matches("expected db:run_finish_ex", err(db.run_finish_ex, 1, "succeeded"))
    assert.matches("field 'new' must be an integer", err(db.run_finish_ex, 1, { finished = "t", outcome = "failed", new = "3" }))
    assert.matches("expected db:runs%({ source = string, failed = boolean, limit = integer }%)", err(db.runs, "kolada"))
    assert.matches("field 'failed' must be a boolean", err(db.runs, { failed = 1 }))
    assert.matches("unknown field 'sorce'", err(db.run_start, "fetch", "t", { sorce = "kolada" }))
    -- A wrong value rather than a wrong form comes back as fail, message, kind.
    local ok, msg, kind = db:run_start("fetch", "t", { trigger = "cron" })
    assert.is_nil(ok)
    assert.matches("manual, schedule or catch%-up, not 'cron'", msg)
    assert.are.equal("invalid", kind)
  end)

  it("rolls back a transaction completely", function()
    local db = assert(store.open(path))
    assert(db:begin())
    assert(put(db, "2019", { value = 1, source = "s", vintage = "2019-01-01T00:00:00Z" }))
    db:rollback()
    assert.are.same({}, db:latest("a"))
    db:close()
  end)

  it("refuses a file that is not a styr database and reports why", function()
    local f = assert(io.open(path, "wb")); f:write("name,value\nx,1\n"); f:close()
    local db, msg, kind = store.open(path)
    assert.is_nil(db)
    assert.matches("not a styr database", msg)
    assert.are.equal("refused", kind)
  end)

  it("refuses use after close, and closes with <close>", function()
    local db = assert(store.open(path))
    db:close()
    assert.has_error(function() db:latest("a") end, "attempt to use a closed store")
    do
      local db2 <close> = assert(store.open(path))
      assert.matches("styr.Store", tostring(db2))
    end
  end)

  it("rejects a bad gender code", function()
    local db = assert(store.open(path))
    assert(db:begin())
    local ok, msg = put(db, "2019", { value = 1, source = "s", vintage = "2019-01-01T00:00:00Z" }, { gender = "X" })
    assert.is_nil(ok)
    assert.matches("gender must be T, K or M", msg)
    db:rollback()
    db:close()
  end)
end)
