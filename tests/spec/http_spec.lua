-- styr.http from Lua, against the local replay server (tests/server/replay.py): results for every
-- request, network failures as results (ok = false), misuse as Lua errors. Run from the project root.
local H = require "tests.spec.helper"
local http = require "styr.http"

local FIXTURES = "tests/fixtures/opendata"
local CSV = "dst/data_STRAF42_csv_en.csv"
local JSON = "dst/data_STRAF42_jsonstat_en.json"
-- The secret the specs send: PATH, because a Lua process cannot set an environment variable and
-- PATH is always set. The server accepts /auth/… only with it as Authorization.
local SECRET = os.getenv("PATH")

local read = H.read

local FAST = { timeout = 2, connect_timeout = 1, attempts = 3, backoff_ms = 10, backoff_max_ms = 50,
               retry_after_max_s = 1, quiet = true }

local function opts(extra)
  local o = {}
  for k, v in pairs(FAST) do o[k] = v end
  for k, v in pairs(extra or {}) do o[k] = v end
  return o
end

describe("styr.http", function()
  local server, port

  local function url(path) return ("http://127.0.0.1:%d%s"):format(port, path) end

  local function get(path, extra)
    local results = http.fetch({ { url = url(path) } }, opts(extra))
    assert.are.equal(1, #results)
    return results[1]
  end

  local function requests_for(path)
    local r = get("/_log?path=" .. path:gsub("[^%w/._~-]", function(c) return ("%%%02X"):format(c:byte()) end))
    return tonumber(r.body)
  end

  setup(function()
    assert(SECRET and #SECRET >= 8, "PATH must be set")
    -- LD_PRELOAD is emptied: a sanitizer run preloads ASan for Lua, not for the Python server.
    server = H.start_replay(FIXTURES, 'REPLAY_AUTH="$PATH"')
    port = server.port
  end)

  teardown(function()
    if server then server.stop() end
  end)

  before_each(function() get("/_reset") end)

  it("fetches a fixture with its exact bytes, validators and content type", function()
    local r = get("/" .. CSV)
    assert.is_true(r.ok)
    assert.are.equal(200, r.status)
    assert.are.equal(read(FIXTURES .. "/" .. CSV), r.body)
    assert.are.equal(#r.body, r.bytes)
    assert.are.equal(1, r.attempts)
    assert.is_false(r.not_modified)
    assert.are.equal("text/csv; charset=utf-8", r.content_type)
    assert.are.equal(url("/" .. CSV), r.url)
    assert.is_string(r.etag)
    assert.is_string(r.last_modified)
    assert.is_nil(r.error)
  end)

  it("posts a JSON body", function()
    local body = '{"table":"STRAF42","format":"jsonstat"}'
    local r = http.fetch({ { url = url("/echo"), method = "POST", body = body,
                             content_type = "application/json" } }, opts())[1]
    assert.is_true(r.ok)
    assert.are.equal(body, r.body)
    assert.are.equal("application/json", r.content_type)
  end)

  it("sends extra headers and its User-Agent", function()
    assert.are.equal("styr/" .. require("styr_core").version, http.user_agent)
    local r = http.fetch({ { url = url("/_headers"), headers = { ["X-Styr-Test"] = "one" } } }, opts())[1]
    assert.is_true(r.ok)
    assert.truthy(r.body:find("User-Agent: " .. http.user_agent .. "\n", 1, true))
    assert.truthy(r.body:find("X-Styr-Test: one\n", 1, true))
  end)

  it("reports 304 as not modified and keeps the validators", function()
    local first = get("/" .. JSON)
    local results = http.fetch({ { url = url("/" .. JSON), etag = first.etag },
                                 { url = url("/" .. JSON), last_modified = first.last_modified },
                                 { url = url("/" .. JSON), etag = '"old"' } }, opts())
    assert.is_true(results[1].ok and results[1].not_modified)
    assert.are.equal(304, results[1].status)
    assert.are.equal("", results[1].body)
    assert.are.equal(first.etag, results[1].etag)
    assert.is_true(results[2].not_modified)
    assert.is_false(results[3].not_modified)
    assert.are.equal(first.body, results[3].body)
  end)

  it("retries a 500 and succeeds on the second attempt", function()
    local path = "/fault/status/500/1/" .. CSV
    local r = get(path)
    assert.is_true(r.ok)
    assert.are.equal(2, r.attempts)
    assert.are.equal(2, requests_for(path))
  end)

  it("honours Retry-After, and gives up after the configured attempts", function()
    local r = get("/fault/retry/429/date:-10/1/" .. CSV)
    assert.is_true(r.ok)
    assert.are.equal(2, r.attempts)
    local path = "/fault/retry/503/raw:whenever/100/" .. CSV
    r = get(path, { attempts = 2 })
    assert.is_false(r.ok)
    assert.are.equal(503, r.status)
    assert.are.equal(2, r.attempts)
    assert.truthy(r.error:find("failed after 2 attempts: HTTP 503", 1, true))
    assert.are.equal(2, requests_for(path))
  end)

  it("returns network failures as results, not Lua errors", function()
    local results = http.fetch({ { url = "http://127.0.0.1:1/" .. CSV },
                                 { url = url("/fault/hang/x") },
                                 { url = url("/fault/truncate/" .. JSON) } },
                               opts({ timeout = 1, attempts = 2 }))
    for i = 1, 3 do
      assert.is_false(results[i].ok)
      assert.are.equal(2, results[i].attempts)
      assert.is_string(results[i].error)
      assert.is_nil(results[i].body)
    end
    assert.truthy(results[1].error:find("connect"))
    assert.truthy(results[2].error:find("Timeout"))
    assert.truthy(results[3].error:find("partial"))
  end)

  it("refuses other protocols, redirect loops and bodies over the cap", function()
    local results = http.fetch({ { url = url("/fault/redirect-to/file%3A%2F%2F%2Fetc%2Fpasswd") },
                                 { url = url("/fault/redirect-loop/x") },
                                 { url = url("/fault/big-chunked/1000000") },
                                 { url = "file:///etc/passwd" } },
                               opts({ max_bytes = 10000, max_redirects = 2 }))
    for i = 1, 4 do assert.is_false(results[i].ok) end
    assert.truthy(results[1].error:find("rotocol"))
    assert.truthy(results[2].error:find("redirects"))
    assert.truthy(results[3].error:find("larger than 10000 bytes", 1, true))
    assert.truthy(results[4].error:find("only http and https", 1, true))
    assert.are.equal(0, results[4].attempts)
  end)

  it("sends a secret header from the environment and never shows its value", function()
    local secret = { name = "Authorization", env = "PATH" }
    local results = http.fetch({ { url = url("/auth/" .. CSV), secret_header = secret },
                                 { url = url("/auth/" .. CSV) },
                                 { url = url("/auth/fault/status/500/100/" .. CSV), secret_header = secret },
                                 { url = url("/auth/fault/reflect-auth/redirect/" .. CSV), secret_header = secret },
                                 { url = url("/auth/fault/reflect-auth/headers/x"), secret_header = secret },
                                 { url = url("/auth/" .. CSV),
                                   secret_header = { name = "Authorization", env = "STYR_SPEC_UNSET_TOKEN" } } },
                               opts({ attempts = 2 }))
    assert.is_true(results[1].ok)
    assert.are.equal(401, results[2].status)
    assert.is_false(results[3].ok)
    assert.is_true(results[4].ok)
    assert.is_true(results[5].ok)
    assert.is_false(results[6].ok)
    assert.truthy(results[6].error:find("STYR_SPEC_UNSET_TOKEN is not set", 1, true))
    for i, r in ipairs(results) do
      for _, field in ipairs({ "error", "url", "etag", "last_modified", "content_type" }) do
        assert.is_falsy((r[field] or ""):find(SECRET, 1, true), ("result %d, %s"):format(i, field))
      end
    end
  end)

  it("fetches many URLs in parallel within the per-host limit, results in order", function()
    local requests = {}
    for i = 1, 10 do requests[i] = { url = url("/fault/delay/0.2/" .. CSV .. "?i=" .. i) } end
    local results = http.fetch(requests, opts({ per_host = 2, rate = 100 }))
    assert.are.equal(10, #results)
    local want = read(FIXTURES .. "/" .. CSV)
    for i, r in ipairs(results) do
      assert.is_true(r.ok)
      assert.are.equal(requests[i].url, r.url)
      assert.are.equal(want, r.body)
    end
    local most = tonumber(get("/_active").body)
    assert.is_true(most >= 2 and most <= 2)
    assert.are.same({}, http.fetch({}))
  end)

  it("rejects malformed arguments with Lua errors", function()
    local u = url("/" .. CSV)
    assert.has_error(function() http.fetch("x") end)
    assert.has_error(function() http.fetch({ "x" }) end, "http.fetch request 1: expected { url = string, method = \"GET\"|\"POST\", … }")
    assert.has_error(function() http.fetch({ { url = 1 } }) end, "http.fetch request 1: field 'url' must be a string, not a number")
    assert.has_error(function() http.fetch({ {} }) end, "http.fetch request 1: url is missing")
    assert.has_error(function() http.fetch({ { url = u, method = "PUT" } }) end,
                     "http.fetch request 1: field 'method' must be \"GET\" or \"POST\", not 'PUT'")
    assert.error_matches(function() http.fetch({ { url = u, bodyy = "x" } }) end, "unknown field 'bodyy'")
    assert.error_matches(function() http.fetch({ { url = u, body = "x" } }) end, "need method = \"POST\"")
    assert.error_matches(function() http.fetch({ { url = u, headers = { X = "a\r\nb" } } }) end, "header 'X'")
    assert.error_matches(function() http.fetch({ { url = u, headers = { "X: 1" } } }) end, "headers =")
    assert.error_matches(function() http.fetch({ { url = u, secret_header = "PATH" } }) end, "field 'secret_header' must be a table")
    assert.error_matches(function() http.fetch({ { url = u, secret_header = { name = "A: b", env = "X" } } }) end,
                         "header name")
    assert.error_matches(function() http.fetch({}, { timeot = 1 }) end, "unknown field 'timeot'")
    assert.error_matches(function() http.fetch({}, { attempts = 0 }) end, "options: field 'attempts'")
    assert.error_matches(function() http.fetch({}, { attempts = 1.5 }) end, "options: field 'attempts'")
    assert.error_matches(function() http.fetch({}, { timeout = 0 / 0 }) end, "options: field 'timeout'")
    assert.error_matches(function() http.fetch({}, { timeout = math.huge }) end, "options: field 'timeout'")
    assert.error_matches(function() http.fetch({}, { max_bytes = -1 }) end, "options: field 'max_bytes'")
    assert.error_matches(function() http.fetch({}, { quiet = 1 }) end, "options: field 'quiet'")
    assert.error_matches(function() http.fetch({}, "fast") end, "table expected")
  end)

  it("redacts secrets in URLs for messages and provenance", function()
    assert.are.equal("https://***@api.example.org/v1?api_key=***&page=2",
                     http.redact_url("https://u:p@api.example.org/v1?api_key=abc&page=2"))
    assert.are.equal("https://api.kolada.se/v3/kpi?page=1", http.redact_url("https://api.kolada.se/v3/kpi?page=1"))
  end)
end)
