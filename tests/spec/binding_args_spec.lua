-- Every C binding that takes a table of named fields reads it through one helper
-- (core/lua/args.c): a misspelt field is an error naming the function, the field and the closest
-- known one; a value of the wrong type names the field and the type expected.
require "tests.spec.helper"

-- The message of the error f(...) raises (a failure returned as nil, message does not count).
local function raised(f, ...)
  local ok, err = pcall(f, ...)
  assert.is_false(ok, "expected an error, got a result")
  return tostring(err)
end

local function plain(s, needle)
  assert.truthy(s:find(needle, 1, true), "expected «" .. needle .. "» in «" .. s .. "»")
end

describe("binding arguments", function()
  local json = require "styr.json"

  it("refuse json.decode's misspelt max_depth, which used to be ignored", function()
    local e = raised(json.decode, "[1]", { max_dpeth = 1 })
    assert.are.equal("json.decode options: unknown field 'max_dpeth' (did you mean 'max_depth'?)", e)
    -- still accepted when spelt right
    assert.are.same({ 1 }, json.decode("[1]", { max_depth = 1 }))
  end)

  it("name the field and the type expected for a value of the wrong type", function()
    assert.are.equal("json.decode options: field 'max_depth' must be an integer, not a string",
                     raised(json.decode, "[1]", { max_depth = "2" }))
    assert.are.equal("json.decode options: field 'max_depth' must be an integer, not 1.5",
                     raised(json.decode, "[1]", { max_depth = 1.5 }))
    assert.are.equal("json.decode options: field 'max_depth' must be an integer from 1 to 1000000, not 0",
                     raised(json.decode, "[1]", { max_depth = 0 }))
    assert.are.equal("json.encode options: field 'indent' must be a string or a boolean, not a number",
                     raised(json.encode, {}, { indent = 2 }))
  end)

  it("list the known fields when none is close, and refuse keys that are not names", function()
    assert.are.equal("json.decode options: unknown field 'depth_limit_of_parser' (known: max_depth, "
                     .. "max_bytes, allow_nul)", raised(json.decode, "[1]", { depth_limit_of_parser = 3 }))
    assert.are.equal("json.decode options: a field name must be a string, not 1 (known: max_depth, "
                     .. "max_bytes, allow_nul)", raised(json.decode, "[1]", { 5 }))
  end)

  it("name the same field on every run when several are wrong", function()
    local t = {}
    for i = 9, 1, -1 do t["bogus" .. i] = true end
    plain(raised(json.decode, "[1]", t), "unknown field 'bogus1'")
    -- types are checked in the order the binding lists its fields
    plain(raised(json.decode, "[1]", { allow_nul = 1, max_bytes = "x", max_depth = "y" }), "field 'max_depth'")
  end)

  it("find the closest field regardless of case and prefer none over a far one", function()
    plain(raised(json.encode, {}, { SORT_KEYS = true }), "(did you mean 'sort_keys'?)")
    plain(raised(json.encode, {}, { x = true }), "unknown field 'x' (known: ")
  end)

  -- One misspelt field per binding: the call, the table's name in the message, the field and
  -- the suggestion.
  local db_path = os.tmpname()
  local store = require "styr.store"
  local db = assert(store.open(db_path))
  local function row(fields)
    local r = { indicator = "a", title = "A", area = "0580", gender = "T", period_kind = "year", period = "2018",
                source = "s", vintage = "v" }
    for k, v in pairs(fields) do r[k] = v end
    return r
  end
  local run = assert(db:run_start("fetch", "2019-01-01T00:00:00Z"))
  local http = require "styr.http"
  local xlsx = require "styr.xlsx"
  local output = require "styr.output"
  local period = require "styr.period"
  local jsonstat = require "styr.jsonstat"
  local tz = require "styr.tz"

  local cases = {
    { "json.decode", function() return json.decode("[1]", { alow_nul = true }) end,
      "json.decode options", "alow_nul", "allow_nul" },
    { "json.encode", function() return json.encode({}, { sort_key = true }) end,
      "json.encode options", "sort_key", "sort_keys" },
    { "jsonstat.read", function() return jsonstat.read("{}", { datset = "x" }) end,
      "jsonstat.read options", "datset", "dataset" },
    { "http.fetch options", function() return http.fetch({}, { atempts = 2 }) end,
      "http.fetch options", "atempts", "attempts" },
    { "http.fetch request", function() return http.fetch({ { url = "http://127.0.0.1:9/", methd = "GET" } }) end,
      "http.fetch request 1", "methd", "method" },
    { "http.fetch secret_header", function()
        return http.fetch({ { url = "http://127.0.0.1:9/", secret_header = { name = "A", evn = "B" } } })
      end, "http.fetch request 1 secret_header", "evn", "env" },
    { "db:put_rows", function() return db:put_rows({ row({}), row({ value = 1, vintge = "v" }) }) end,
      "db:put_rows row 2", "vintge", "vintage" },
    { "db:put_rows options", function() return db:put_rows({}, { vintag = "v" }) end,
      "db:put_rows options", "vintag", "vintage" },
    { "db:latest", function() return db:latest("a", { asof = "2019-01-01" }) end,
      "db:latest options", "asof", "as_of" },
    { "db:vintages", function() return db:vintages("a", { as_off = "2019-01-01" }) end,
      "db:vintages options", "as_off", "as_of" },
    { "db:save_definition", function() return db:save_definition({ indicator = "a", unti = "x" }) end,
      "db:save_definition", "unti", "unit" },
    { "db:save_fetch_state", function() return db:save_fetch_state("s", "k", { etga = "x" }) end,
      "db:save_fetch_state", "etga", "etag" },
    { "db:run_start", function() return db:run_start("fetch", "t", { trigger = "manual", sorce = "k" }) end,
      "db:run_start options", "sorce", "source" },
    { "db:run_finish_ex", function() return db:run_finish_ex(run, { outcom = "succeeded" }) end,
      "db:run_finish_ex", "outcom", "outcome" },
    { "db:runs", function() return db:runs({ limti = 1 }) end, "db:runs options", "limti", "limit" },
    { "db:save_entry", function() return db:save_entry({ kind = "analysis", subjct = "a" }, 0) end,
      "db:save_entry", "subjct", "subject" },
    { "db:entries", function() return db:entries({ kinds = "analysis" }) end, "db:entries options", "kinds", "kind" },
    { "db:save_signoff", function() return db:save_signoff({ report = "r", stat = "done" }, 0) end,
      "db:save_signoff", "stat", "state" },
    { "db:signoffs", function() return db:signoffs({ reprt = "r" }) end, "db:signoffs options", "reprt", "report" },
    { "db:audit_add", function() return db:audit_add({ at = "t", usr = "u", action = "a" }) end,
      "db:audit_add", "usr", "user" },
    { "db:audit", function() return db:audit({ limt = 5 }) end, "db:audit options", "limt", "limit" },
    { "http.fetch deadline", function() return http.fetch({}, { dedline = 5 }) end,
      "http.fetch options", "dedline", "deadline" },
    { "serve.listen", function() return require("styr.serve").listen({ adress = "127.0.0.1" }) end,
      "serve.listen options", "adress", "address" },
    { "output.write_inside", function()
        return output.write_inside("/nonexistent", "out", { { nme = "a", data = "x" } })
      end, "output.write_inside file 1", "nme", "name" },
    { "output.write_all", function() return output.write_all("/nonexistent", { { name = "a", dta = "x" } }) end,
      "output.write_all file 1", "dta", "data" },
    { "xlsx.workbook", function() return xlsx.workbook({ titel = "T", sheets = {} }) end,
      "xlsx.workbook", "titel", "title" },
    { "xlsx.workbook sheet", function() return xlsx.workbook({ sheets = { { name = "A", freze = 1 } } }) end,
      "xlsx.workbook sheet 1", "freze", "freeze" },
    { "xlsx.workbook cell", function()
        return xlsx.workbook({ sheets = { { name = "A", rows = { { { value = 1, bodl = true } } } } } })
      end, "xlsx.workbook sheet 1, row 1, column 1", "bodl", "bold" },
    { "period table", function() return period.format({ kind = "year", yeer = 2019 }) end,
      "{ kind, year, index }", "yeer", "year" },
    { "period.aggregate entry", function()
        return period.aggregate({ { period = "2019Q1", valu = 1 } }, "year", "sum")
      end, "period.aggregate series[1]", "valu", "value" },
    { "tz.from_local", function() return tz.from_local({ year = 2026, month = 1, day = 1, secs = 5 }, "UTC") end,
      "tz.from_local", "secs", "sec" },
  }
  for _, c in ipairs(cases) do
    local name, call, what, wrong, right = table.unpack(c)
    it(name .. " names the misspelt field '" .. wrong .. "' and suggests '" .. right .. "'", function()
      local e = raised(call)
      plain(e, what .. ": unknown field '" .. wrong .. "' (did you mean '" .. right .. "'?)")
    end)
  end

  it("accept to_local's result in from_local (its extra fields are known)", function()
    local t = assert(tz.from_local({ year = 2026, month = 6, day = 1, hour = 12 }, "UTC"))
    assert.are.equal(t, tz.from_local(assert(tz.to_local(t, "UTC")), "UTC"))
  end)

  it("check types in every binding the same way", function()
    plain(raised(db.put_rows, db, { row({ value = "1" }) }), "db:put_rows row 1: field 'value' must be a number, not a string")
    plain(raised(db.runs, db, { failed = "yes" }), "db:runs options: field 'failed' must be a boolean, not a string")
    plain(raised(xlsx.workbook, { created = "today", sheets = {} }),
          "xlsx.workbook: field 'created' must be an integer, not a string")
    plain(raised(http.fetch, {}, { rate = -1 }),
          "http.fetch options: field 'rate' must be a number of requests per second from 0 to 1000000, not -1")
    plain(raised(jsonstat.read, "{}", { file = "yes" }), "jsonstat.read options: field 'file' must be a boolean, not a string")
  end)

  teardown(function()
    db:close()
    for _, suffix in ipairs({ "", "-wal", "-shm" }) do os.remove(db_path .. suffix) end
  end)
end)
