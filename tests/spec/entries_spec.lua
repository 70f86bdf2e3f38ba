-- styr serve's tables in the store: entries as versions never overwritten, optimistic saves,
-- sign-off rows, the audit log.
local H = require "tests.spec.helper"
local store = require "styr.store"

describe("store entries, sign-off and audit", function()
  local dir, db
  before_each(function()
    dir = H.config({})
    db = assert(store.open(dir .. "/t.db"))
  end)
  after_each(function() db:close(); H.cleanup(dir) end)

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
end)
