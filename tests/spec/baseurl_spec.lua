-- Base URLs (scripts/model/baseurl.lua): the facts each connector states in plugins/NAME.lua, how
-- a source's base URL is chosen and checked, and docs/sources.md's table, which must say what the
-- connectors say.
local H = require "tests.spec.helper"
local baseurl = require "styr.baseurl"

local CONNECTORS = { "kolada", "pxweb", "statbank", "jobindsats" }

local function env_of(t) return function(name) return t[name] end end

describe("base URLs", function()
  it("every HTTP connector states its default, variable, form and test request", function()
    for _, kind in ipairs(CONNECTORS) do
      local f = require("styr.plugin." .. kind).BASE_URL
      assert.is_table(f, kind)
      assert.matches("^https://", f.default, 1, false, kind)
      assert.are.equal("STYR_URL_" .. kind:upper(), f.env)
      assert.is_string(f.shape)
      assert.is_not_nil(f.default:match("^https://[^/]+(.*)$"):match(f.version), kind .. ": the default has the version part")
      assert.is_not_nil(f.probe, kind)
    end
    assert.is_nil(require("styr.plugin.csv").BASE_URL)
  end)

  it("takes STYR_URL_<SOURCE>, then the connector's variable, then url, then the default", function()
    local kolada = require "styr.plugin.kolada"
    local src = { id = "kommun_data", kind = "kolada", url = "https://mirror.example/kolada/v3/" }
    local r = baseurl.resolve(src, kolada, env_of({ STYR_URL_KOMMUN_DATA = "http://a/v3", STYR_URL_KOLADA = "http://b/v3" }))
    assert.are.same({ "http://a/v3", "STYR_URL_KOMMUN_DATA" }, { r.url, r.from })
    r = baseurl.resolve(src, kolada, env_of({ STYR_URL_KOLADA = "http://b/v3/" }))
    assert.are.same({ "http://b/v3", "STYR_URL_KOLADA" }, { r.url, r.from })
    r = baseurl.resolve(src, kolada, env_of({}))
    assert.are.same({ "https://mirror.example/kolada/v3", "the source's url" }, { r.url, r.from })
    r = baseurl.resolve({ id = "k", kind = "kolada" }, kolada, env_of({}))
    assert.are.same({ "https://api.kolada.se/v3", "the default" }, { r.url, r.from })
    assert.is_nil(baseurl.resolve({ id = "c", kind = "csv" }, require("styr.plugin.csv"), env_of({})))
  end)

  it("refuses a base URL without the version part, saying what it must look like and what to set", function()
    local kolada = require "styr.plugin.kolada"
    local src = { id = "kolada", kind = "kolada" }
    local r = baseurl.resolve(src, kolada, env_of({ STYR_URL_KOLADA = "http://127.0.0.1:8080/kolada" }))
    assert.are.equal("the base URL http://127.0.0.1:8080/kolada (from STYR_URL_KOLADA) misses the API version " ..
      "(/v3 at the end); Kolada's base URL must look like https://HOST/…/v3 (the API version v3 at the end), " ..
      "e.g. https://api.kolada.se/v3; set STYR_URL_KOLADA to it", baseurl.check(r, src))
    r = baseurl.resolve({ id = "k", kind = "kolada", url = "https://api.kolada.se/v2" }, kolada, env_of({}))
    assert.matches("change the url of source 'k' to it$", baseurl.check(r, { id = "k" }))
    r = baseurl.resolve(src, kolada, env_of({ STYR_URL_KOLADA = "ftp://x/v3" }))
    assert.matches("is not an http:// or https:// address", baseurl.check(r, src))
    r = baseurl.resolve(src, kolada, env_of({ STYR_URL_KOLADA = "http://127.0.0.1:8080/kolada/v3" }))
    assert.is_nil(baseurl.check(r, src))
  end)

  it("checks PxWeb v1 sources against v1's form", function()
    local pxweb = require "styr.plugin.pxweb"
    local v1 = { id = "scb", kind = "pxweb", api = "v1", url = "https://api.scb.se/OV0104/v1/doris/sv/ssd" }
    assert.is_nil(baseurl.check(baseurl.resolve(v1, pxweb, env_of({})), v1))
    v1.url = "https://api.scb.se/OV0104/doris/sv/ssd"
    assert.matches("/v1/ in the path", baseurl.check(baseurl.resolve(v1, pxweb, env_of({})), v1))
    local v2 = { id = "scb", kind = "pxweb", url = "https://api.scb.se/OV0104/v1/doris/sv/ssd" }
    assert.matches("misses the API version %(/v2 at the end%)", baseurl.check(baseurl.resolve(v2, pxweb, env_of({})), v2))
  end)

  it("docs/sources.md lists each connector's default, variable, form and example as the connector states them", function()
    local doc = H.read("docs/sources.md")
    local rows = {}
    for line in doc:gmatch("[^\n]+") do
      local cells = {}
      for c in line:gmatch("|%s*([^|]-)%s*%f[|]") do cells[#cells + 1] = c end
      if cells[1] and cells[1]:match("^`%w+`") and cells[2] and cells[2]:match("^`https://") then rows[cells[1]] = cells end
    end
    local function expect(key, f)
      local row = rows[key]
      assert.is_table(row, "docs/sources.md has no base-URL row for " .. key)
      assert.are.equal("`" .. f.default .. "`", row[2], key)
      assert.are.equal("`" .. f.env .. "`", row[3], key)
      local shape = f.shape:gsub(" %(", "` (", 1)
      assert.are.equal("`" .. shape, row[4], key)
      assert.are.equal("`" .. f.env .. "=" .. f.example .. "`", row[5], key)
    end
    for _, kind in ipairs(CONNECTORS) do expect("`" .. kind .. "`", require("styr.plugin." .. kind).BASE_URL) end
    expect('`pxweb` with `api = "v1"`', baseurl.facts(require("styr.plugin.pxweb"), { api = "v1" }))
  end)
end)
