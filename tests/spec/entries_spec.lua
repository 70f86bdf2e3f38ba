-- styr serve's tables in the store: entries as versions never overwritten, optimistic saves,
-- sign-off rows, the audit log.
local H = require "tests.spec.helper"
local store = require "styr.store"

describe("store entries, sign-off and audit", function()
  local dir, db
  before_each(function() db, dir = H.new_store() end)
  after_each(function() H.close_store(db, dir) end)

  local function entry(text, at)
    return { kind = "analysis", subject = "hushall_fsd", period = "2019-05-30", body = "AMN", text = text,
             author = "anna", at = at }
  end

  it("adds a version per save and keeps every earlier one", function()
    assert(db:begin())
    assert.are.equal(1, db:save_entry(entry("first", "2019-05-01T10:00:00Z"), 0))
    assert.are.equal(2, db:save_entry(entry("second", "2019-05-02T10:00:00Z"), 1))
    assert(db:commit())
    local latest = db:entries({ kind = "analysis" })
    assert.are.equal(1, #latest)
    assert.are.equal("second", latest[1].text)
    assert.are.equal(2, latest[1].version)
    local all = db:entries({ subject = "hushall_fsd", all = true })
    assert.are.same({ "first", "second" }, { all[1].text, all[2].text })
    -- As known at a time: the version saved by then.
    local then_ = db:entries({ as_of = "2019-05-01T23:59:59Z" })
    assert.are.equal("first", then_[1].text)
    assert.are.equal(0, #db:entries({ as_of = "2019-04-30T00:00:00Z" }))
  end)

  it("refuses a save that started from an older version, writing nothing", function()
    assert(db:begin())
    assert(db:save_entry(entry("mine", "2019-05-01T10:00:00Z"), 0))
    local ok, msg, kind, newest = db:save_entry(entry("theirs", "2019-05-01T10:01:00Z"), 0)
    assert.is_nil(ok)
    assert.are.equal("conflict", kind)
    assert.are.equal(1, newest)
    assert.matches("saved by someone else", msg)
    assert(db:commit())
    assert.are.equal(1, #db:entries({ all = true }))
  end)

  it("keeps SQL metacharacters and values verbatim", function()
    local text = "'; DROP TABLE entries; -- \"x\" %_ \\"
    assert(db:begin())
    assert(db:save_entry({ kind = "value", subject = "egen'", period = "p", author = "o'brien", at = "2019-01-01T00:00:00Z",
                           text = text, value = 12.5 }, 0))
    assert(db:commit())
    local e = db:entries()[1]
    assert.are.equal(text, e.text)
    assert.are.equal("egen'", e.subject)
    assert.are.equal(12.5, e.value)
  end)

  it("rejects unknown fields and bad values", function()
    assert.has_error(function() db:save_entry({ kind = "analysis", texts = "x" }, 0) end)
    assert.has_error(function() db:save_entry({ kind = "value", value = 0 / 0 }, 0) end)
    local ok, _, kind = db:save_entry({ kind = "analysis" }, 0)
    assert.is_nil(ok)
    assert.are.equal("invalid", kind)
  end)

  it("records sign-off states per body and the audit log, newest first", function()
    assert(db:begin())
    local so = { report = "r", period = "2019-05-30", body = "AMN", by = "anna", at = "2019-05-20T08:00:00Z" }
    so.state = "submitted"; assert.are.equal(1, db:save_signoff(so, 0))
    so.state = "returned"; so.comment = "more on the trend"; so.by = "boss"
    assert.are.equal(2, db:save_signoff(so, 1))
    local ok, _, kind = db:save_signoff(so, 1)
    assert.is_nil(ok); assert.are.equal("conflict", kind)
    assert(db:audit_add({ at = "2019-05-20T08:00:00Z", user = "anna", address = "10.0.0.5", action = "submit",
                          target = "r/2019-05-30/AMN" }))
    assert(db:audit_add({ at = "2019-05-21T08:00:00Z", user = "boss", action = "return", target = "r/2019-05-30/AMN", detail = "more" }))
    assert(db:commit())
    local rows = db:signoffs({ report = "r" })
    assert.are.equal(1, #rows)
    assert.are.equal("returned", rows[1].state)
    assert.are.equal("more on the trend", rows[1].comment)
    assert.are.equal(2, #db:signoffs({ all = true }))
    local log = db:audit()
    assert.are.same({ "boss", "anna" }, { log[1].user, log[2].user })
    assert.are.equal("10.0.0.5", log[2].address)
    assert.are.equal(1, #db:audit({ user = "anna" }))
    assert.has_error(function() db:save_signoff({ report = "r", state = "done", bogus = 1 }, 0) end)
    local bad, _, k2 = db:save_signoff({ report = "r", period = "p", body = "b", by = "x", at = "t", state = "done" }, 0)
    assert.is_nil(bad); assert.are.equal("invalid", k2)
  end)

  it("records how far entries and observations went at a sign-off, and reads exactly that", function()
    local at = "2019-05-30T10:00:00Z" -- every write below happens in this one second
    assert(db:begin())
    local function own(v)
      return { indicator = "hushall_fsd", title = "Hushåll", unit = "households", direction = "decrease",
               area = "0580", gender = "T", period_kind = "year", period = "2019", value = v,
               source = "web:anna", vintage = at }
    end
    assert(db:put_rows({ own(100) }))
    assert.are.equal(1, db:save_entry(entry("approved text", at), 0))
    assert(db:save_signoff({ report = "r", period = "2019-05-30", body = "AMN", state = "approved", by = "boss",
                             at = at }, 0))
    assert.are.equal(2, db:save_entry(entry("edited in the same second", at), 1))
    assert(db:put_rows({ own(200) }))
    assert(db:commit())
    local so = db:signoffs({ report = "r" })[1]
    assert.is_true(so.entries_before > 1)
    assert.is_true(so.values_before > 1)
    -- By time the edit counts (same second); by the marks it does not.
    assert.are.equal("edited in the same second", db:entries({ as_of = at })[1].text)
    local then_ = db:entries({ before = so.entries_before })
    assert.are.equal(1, #then_)
    assert.are.equal("approved text", then_[1].text)
    assert.are.equal(2, #db:entries({ before = so.entries_before + 1, all = true }))
    assert.are.equal(100, db:latest("hushall_fsd", { before = so.values_before })[1].value)
    assert.are.equal(200, db:latest("hushall_fsd", { as_of = at })[1].value)
    assert.are.equal(1, #db:vintages("hushall_fsd", { before = so.values_before }))
    -- A sign-off written before anything was stored still limits: to nothing.
    assert(db:begin())
    assert(db:save_signoff({ report = "empty", period = "p", body = "AMN", state = "submitted", by = "b", at = at }, 0))
    assert(db:commit())
    local first = db:signoffs({ report = "empty" })[1]
    assert.is_true(first.entries_before > 0)
    assert.has_error(function() db:entries({ before = -1 }) end)
  end)

  it("reads sign-offs written before the marks existed (schema 5) with marks 0", function()
    assert(db:begin())
    assert(db:save_signoff({ report = "r", period = "p", body = "AMN", state = "approved", by = "b",
                             at = "2019-05-30T10:00:00Z" }, 0))
    assert(db:commit())
    db:close()
    local path = dir .. "/t.db"
    assert(os.execute("sqlite3 '" .. path .. "' 'ALTER TABLE signoffs DROP COLUMN entries_before; " ..
                      "ALTER TABLE signoffs DROP COLUMN values_before; DROP TABLE config_snapshot_files; " ..
                      "DROP TABLE config_snapshots; DROP TABLE config_contents; ALTER TABLE runs DROP COLUMN slot; " ..
                      "ALTER TABLE runs DROP COLUMN base_url; ALTER TABLE runs DROP COLUMN warnings; " ..
                      "ALTER TABLE runs DROP COLUMN config_snapshot; ALTER TABLE series DROP COLUMN newest_period; " ..
                      "ALTER TABLE series DROP COLUMN last_changed; DROP TABLE formula_runs; " ..
                      "PRAGMA user_version = 5;'"))
    db = assert(store.open(path))
    local so = db:signoffs()[1]
    assert.are.equal(0, so.entries_before)
    assert.are.equal(0, so.values_before)
    assert(db:begin())
    assert(db:save_signoff({ report = "r", period = "p", body = "AMN", state = "returned", by = "b",
                             at = "2019-05-31T10:00:00Z" }, 1))
    assert(db:commit())
    assert.is_true(db:signoffs()[1].entries_before > 0)
  end)

  it("has a data version that moves with every commit, by this connection or another", function()
    local v1 = assert(db:data_version())
    assert.are.equal(v1, db:data_version())
    assert(db:begin())
    assert(db:audit_add({ at = "2019-05-20T08:00:00Z", user = "anna", action = "submit" }))
    assert(db:commit())
    local v2 = assert(db:data_version())
    assert.are_not.equal(v1, v2)
    assert.are.equal(v2, db:data_version())
    local other = assert(store.open(dir .. "/t.db"))
    assert(other:begin())
    assert(other:save_entry(entry("from another process", "2019-05-01T10:00:00Z"), 0))
    assert(other:commit())
    other:close()
    local v3 = assert(db:data_version())
    assert.are_not.equal(v2, v3)
    assert.are.equal(v3, db:data_version())
  end)
end)
