-- Base URLs: where a source's connector sends its requests. Each connector states its own facts
-- in plugins/NAME.lua as M.BASE_URL (the public default, the environment variable, what a base
-- URL must look like, its version part and a cheap request to test it); styr fetch, styr doctor
-- and the docs test all read them from there. This module resolves the base URL a source uses
-- and checks it, so that a wrong one is said before (or right after) the first request, with
-- what it must look like.
local M = {}

-- The connector's facts for a source: plugin.BASE_URL, with the variant the source chooses
-- (PxWeb's api = "v1") merged in. nil for connectors without a base URL (csv).
function M.facts(plugin, src)
  local f = plugin and plugin.BASE_URL
  if type(f) ~= "table" then return nil end
  local variant = f.variants and src and src.api and f.variants[src.api]
  if not variant then return f end
  local merged = {}
  for k, v in pairs(f) do merged[k] = v end
  for k, v in pairs(variant) do merged[k] = v end
  merged.variants = nil
  return merged
end

-- The environment variable of one source: STYR_URL_ and the source id in capitals, other
-- characters as "_" (source "scb_befolkning": STYR_URL_SCB_BEFOLKNING).
function M.source_env(id)
  return "STYR_URL_" .. tostring(id):upper():gsub("[^%w]", "_")
end

-- The base URL a source uses and where it comes from, the first that is set:
-- STYR_URL_<SOURCE ID>, the connector's variable (STYR_URL_KOLADA), the source's url, the
-- connector's default. Returns { url =, from =, facts = }, or nil for a connector without a base
-- URL. `env` reads a variable (default: styr.console.env).
function M.resolve(src, plugin, env)
  local facts = M.facts(plugin, src)
  if not facts then return nil end
  env = env or require("styr.console").env
  local names = { M.source_env(src.id) }
  if facts.env and facts.env ~= names[1] then names[#names + 1] = facts.env end
  for _, name in ipairs(names) do
    local v = env(name)
    if v and v ~= "" then return { url = (v:gsub("/+$", "")), from = name, facts = facts } end
  end
  if src.url then return { url = (src.url:gsub("/+$", "")), from = "the source's url", facts = facts } end
  return { url = facts.default, from = "the default", facts = facts }
end

-- "http://HOST/a/b?x" → "/a/b": the path of a URL, without its query.
local function path_of(url)
  local rest = url:match("^[%a][%w+.-]*://[^/]*(.*)$") or ""
  return (rest:gsub("[?#].*$", ""))
end

-- What a good base URL looks like, as one sentence: "Kolada's base URL must look like
-- https://HOST/…/v3 (the API version at the end), e.g. https://api.kolada.se/v3".
function M.shape(facts)
  return string.format("%s's base URL must look like %s, e.g. %s", facts.name, facts.shape, facts.default)
end

-- How to set it: "set STYR_URL_KOLADA (or the source's url) to it".
local function how(r, src)
  if r.from == "the source's url" then return "change the url of source '" .. tostring(src.id) .. "' to it" end
  if r.from == "the default" then return "set " .. r.facts.env .. " or the source's url to it" end
  return "set " .. r.from .. " to it"
end

-- Checks a resolved base URL's form: http(s) and the API's version part. Returns nil when it is
-- good, else a message naming the URL, where it came from, what it must look like and what to do.
function M.check(r, src)
  local f = r.facts
  local url = r.url
  if not url:match("^https?://[^/%s]+") then
    return string.format("the base URL '%s' (from %s) is not an http:// or https:// address; %s; %s", url, r.from,
                         M.shape(f), how(r, src))
  end
  if f.version and not path_of(url):match(f.version) then
    return string.format("the base URL %s (from %s) misses the API version (%s); %s; %s", url, r.from,
                         f.version_text or f.version, M.shape(f), how(r, src))
  end
end

-- The words added to an HTTP 404 under a base URL: the API's root was not found there.
function M.not_found(r, src)
  return string.format("the server at the base URL %s (from %s) answers 404 (not found): it is not %s's API " ..
                       "there; %s; %s", r.url, r.from, r.facts.name, M.shape(r.facts), how(r, src))
end

-- The cheap request that tests a base URL (styr doctor): the connector's probe, which is a path
-- under the base URL or a function(base, src) giving a request.
function M.probe(r, src)
  local p = r.facts.probe
  if type(p) == "function" then return p(r.url, src) end
  return { url = r.url .. (p or "") }
end

-- "base URL http://… (from STYR_URL_KOLADA)": the words the run history and a scheduled run's
-- message use.
function M.describe(r)
  return "base URL " .. r.url .. " (from " .. r.from .. ")"
end

return M
