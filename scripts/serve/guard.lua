-- The web workspace's guards, each a plain function of a request: who the user is (only from the
-- trusted reverse proxy's headers, or --dev-user on a loopback address), what the configuration
-- lets them do, the CSRF token of their forms, the rate limit per user, and reading a form within
-- the limits (fields, sizes, UTF-8).
local serve = require "styr.serve"
local util = require "styr.util"

local M = {}

local function split(s, sep)
  local out = {}
  if not s then return out end
  local i = 1
  while true do
    local j = s:find(sep, i, true)
    local part = s:sub(i, (j or 0) - 1):match("^%s*(.-)%s*$")
    if part ~= "" then out[#out + 1] = part end
    if not j then break end
    i = j + #sep
  end
  return out
end

local LOOPBACK = { ["127.0.0.1"] = true, ["::1"] = true }
-- The names a browser uses for this machine: with --dev-user, a request naming any other host
-- (Host:) is a page elsewhere reaching the loopback server through DNS rebinding, and is refused.
local LOCAL_HOSTS = { localhost = true, ["127.0.0.1"] = true, ["[::1]"] = true }

-- A numeric IPv4 or IPv6 address (what a proxy writes into X-Forwarded-For), or nil.
local function ip_address(s)
  if not s then return nil end
  if s:match("^%d+%.%d+%.%d+%.%d+$") then return s end
  if #s <= 45 and s:find(":", 1, true) and s:match("^[%x:%.]+$") then return s end
end
M.ip_address = ip_address

-- The user of a request: { name =, groups = { … }, address = } or nil and why. The headers are
-- believed only from a trusted proxy address, and only when each came once (a proxy that added
-- its own beside one the browser sent must not leave the browser's to be read). The address
-- recorded is the one the proxy names in X-Forwarded-For (its last entry, when it is an
-- address), else the peer's.
function M.identify(req, web, dev_user)
  local trusted = util.set(web.trusted_proxies)
  if dev_user then
    if not LOOPBACK[req.client] then return nil, "--dev-user answers loopback addresses only" end
    local host = (req.headers.host or ""):lower():gsub(":%d+$", "")
    if not LOCAL_HOSTS[host] then
      return nil, "--dev-user answers requests for localhost only, not for host '" .. host .. "'"
    end
    return { name = dev_user, groups = {}, address = req.client, dev = true }
  end
  if not trusted[req.client] then return nil, "not from a trusted proxy (" .. req.client .. ")" end
  local repeated = req.repeated or {}
  for _, h in ipairs({ web.user_header, web.groups_header, "X-Forwarded-For" }) do
    if repeated[h:lower()] then return nil, "the " .. h .. " header came more than once" end
  end
  local name = req.headers[web.user_header:lower()]
  if not name or name:match("^%s*$") then return nil, "no " .. web.user_header .. " header" end
  name = name:match("^%s*(.-)%s*$")
  if #name > 256 or name:find("[%c]") then return nil, "a malformed user name" end
  local fwd = split(req.headers["x-forwarded-for"], ",")
  return { name = name, groups = split(req.headers[web.groups_header:lower()], web.group_separator),
           address = ip_address(fwd[#fwd]) or req.client }
end

-- What a user may do: { report_for = set of bodies, approve = set of reports, read = bool, any = bool }.
function M.roles(b, user)
  local r = { report_for = {}, approve = {}, read = false, any = false }
  local groups = util.set(user.groups or {})
  for _, id in ipairs(b.access_order or {}) do
    local a = b.accesses[id]
    local match = util.set(a.users or {})[user.name]
    for _, g in ipairs(a.groups or {}) do match = match or groups[g] end
    if match then
      r.any = true
      for _, x in ipairs(a.report_for or {}) do r.report_for[x] = true end
      for _, x in ipairs(a.approve or {}) do r.approve[x] = true end
      if a.read then r.read = true end
    end
  end
  -- --dev-user on a configuration that names no access for them: every role, for trying styr out
  -- locally on an example.
  if user.dev and not r.any then
    r.any, r.read = true, true
    for _, id in ipairs(b.body_order) do r.report_for[id] = true end
    for _, id in ipairs(b.report_order) do r.approve[id] = true end
  end
  -- Whoever reports or approves reads too.
  r.read = r.read or next(r.report_for) ~= nil or next(r.approve) ~= nil
  return r
end

-- CSRF tokens: one random token per user, kept for the server's lifetime (a reload keeps them).
local tokens = {}
function M.token(user)
  local t = tokens[user]
  if not t then
    t = assert(serve.random(24))
    tokens[user] = t
  end
  return t
end

-- Compares in time independent of where the first difference is.
function M.same_token(user, given)
  local want = tokens[user]
  if type(given) ~= "string" or not want or #given ~= #want then return false end
  local diff = 0
  for i = 1, #want do diff = diff | (want:byte(i) ~ given:byte(i)) end
  return diff == 0
end

-- Rate limit: at most `limit` requests per key in any 60-second window. A sliding log kept as a
-- queue (times in, old times dropped from the front): constant work per request whatever the
-- limit. Returns true, or false and the seconds until a request is allowed again.
local windows = {}
function M.rate_ok(key, limit, now)
  local w = windows[key]
  if not w then w = { first = 1, last = 0 }; windows[key] = w end
  while w.first <= w.last and now - w[w.first] >= 60 do
    w[w.first] = nil
    w.first = w.first + 1
  end
  if w.last - w.first + 1 >= limit then return false, 60 - (now - w[w.first]) end
  w.last = w.last + 1
  w[w.last] = now
  return true
end

local function unescape(s)
  s = s:gsub("+", " ")
  return (s:gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end

-- Reads an application/x-www-form-urlencoded body. Returns fields or nil, status, reason: 400
-- for a malformed body or a text that is not UTF-8, 413 past max_fields or max_text.
function M.form(req, web)
  local ctype = (req.headers["content-type"] or ""):lower()
  if not ctype:find("^application/x%-www%-form%-urlencoded") then return nil, 400, "not a form" end
  local fields, n = {}, 0
  for pair in req.body:gmatch("[^&]+") do
    n = n + 1
    if n > web.max_fields then return nil, 413, "more than " .. web.max_fields .. " fields" end
    local k, v = pair:match("^([^=]*)=(.*)$")
    if not k then k, v = pair, "" end
    k, v = unescape(k), unescape(v)
    if #v > web.max_text then return nil, 413, "a field over " .. web.max_text .. " bytes" end
    if not utf8.len(k) or not utf8.len(v) then return nil, 400, "a field that is not UTF-8" end
    v = v:gsub("\r\n", "\n")
    if fields[k] == nil then fields[k] = v end
  end
  return fields
end

return M
