-- The web workspace's request handler: guards first (who, the rate limit, what they may do, the
-- CSRF token), then the page or the write. Every write goes through the store API in one
-- transaction with its audit row. The pages are in pages.lua.
local guard = require "styr.guard"
local access = require "styr.access"
local labels = require "styr.labels"
local workflow = require "styr.workflow"
local clock = require "styr.clock"
local html = require "styr.html"
local pages = require "styr.pages"
local cache = require "styr.cache"

local M = {}

local SECURITY_HEADERS = {
  ["X-Content-Type-Options"] = "nosniff",
  ["Referrer-Policy"] = "same-origin",
  ["X-Frame-Options"] = "DENY",
  -- No script runs on any page: an injected <script> or onerror is dead even if escaping failed.
  ["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; " ..
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  ["Cache-Control"] = "no-store",
}

local function headers(extra)
  local h = {}
  for k, v in pairs(SECURITY_HEADERS) do h[k] = v end
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

local function html_response(status, doc, extra)
  local h = headers(extra)
  h["Content-Type"] = "text/html; charset=utf-8"
  return status, h, doc
end
M.html_response = html_response

-- A new application over a loaded configuration and an open store. opts: { dev_user =,
-- read_only =, log = function(line) }.
function M.new(b, db, opts)
  local app = { b = b, db = db, opts = opts, web = access.web(b), gen = 1, cache = cache.new() }
  return setmetatable(app, { __index = M })
end

-- Swaps in a reloaded configuration between requests (what was built from the old one goes).
function M:reload(b)
  self.b = b
  self.web = access.web(b)
  self.gen = self.gen + 1
end

function M:context(user, roles)
  local b = self.b
  local L = labels.get(b.municipality.language, b.label_overrides)
  local W = L.web
  local nav = { { "/", W.home }, { "/reports", W.reports } }
  if not self.opts.read_only then
    nav = { { "/", W.home }, { "/org", W.org }, { "/goals", W.goals }, { "/wheel", W.wheel }, { "/reports", W.reports } }
    if roles and next(roles.approve) then nav[#nav + 1] = { "/audit", W.audit } end
  end
  return { b = b, db = self.db, L = L, W = W, lang = b.municipality.language,
           title = self.web.title or (W.title .. " · " .. b.municipality.name),
           user = user and user.name, roles = roles, read_only = self.opts.read_only, nav = nav, app = self,
           cache = self.cache }
end

-- A message page with a status.
function M.message(_, ctx, status, text, extra)
  return html_response(status, html.page(ctx, tostring(status), html.fill('<p class="problem">{t}</p>', { t = text })), extra)
end

function M.now()
  local now = clock.now()
  return now
end

-- Text from a request as it may go into the log or the audit (which `styr history` prints on a
-- terminal): control characters (a percent-encoded line feed or escape in a URL) become '?'.
local function clean(s) return (tostring(s):gsub("%c", "?")) end
M.clean = clean

-- Writes an audit row on its own (a refused write, for instance).
function M:audit(user, action, target, detail)
  local ok, err = self.db:audit_add({ at = self:now(), user = user and user.name or "-", address = user and user.address,
                                       action = action, target = target and clean(target), detail = detail })
  if not ok and self.opts.log then self.opts.log("styr serve: audit: " .. tostring(err)) end
end

local ROUTES = {
  { "GET", "^/$", "home" },
  { "GET", "^/org$", "org" },
  { "GET", "^/goals$", "goals" },
  { "GET", "^/body/([^/]+)$", "body" },
  { "GET", "^/explain/([^/]+)$", "explain" },
  { "GET", "^/wheel$", "wheel" },
  { "GET", "^/reports$", "reports" },
  { "GET", "^/report/([^/]+)/([^/]+)$", "report" },
  { "GET", "^/period/([^/]+)/([^/]+)$", "period" },
  { "GET", "^/changes/([^/]+)/([^/]+)$", "changes" },
  { "GET", "^/entry/([^/]+)/([^/]+)/([^/]+)$", "entry" },
  { "POST", "^/entry/([^/]+)/([^/]+)/([^/]+)$", "save" },
  { "POST", "^/signoff/([^/]+)/([^/]+)/([^/]+)$", "signoff" },
  { "GET", "^/audit$", "audit" },
}
-- What the read-only mode serves (published reports, without login).
local READ_ONLY = { home = true, reports = true, report = true }

-- What a user must be allowed before a write is even read: decided from the path alone.
local function may_write(b, route, roles, a1, _, a3)
  if route == "save" then
    return roles.report_for[a3] and b.reports[a1] ~= nil
  elseif route == "signoff" then
    return b.reports[a1] ~= nil and (roles.report_for[a3] or roles.approve[a1])
  end
end

-- The handler styr.serve calls for each request; returns status, headers, body.
function M:handle(req)
  -- What was built before the store or the configuration last changed is dropped first.
  self.cache:sync(self.gen, (self.db:data_version()))
  local b = self.b
  if req.method ~= "GET" and req.method ~= "HEAD" and req.method ~= "POST" then
    return 405, headers({ Allow = "GET, HEAD, POST", ["Content-Type"] = "text/plain; charset=utf-8" }), "405 Method not allowed\n"
  end
  local method = req.method == "HEAD" and "GET" or req.method
  local route, args
  for _, r in ipairs(ROUTES) do
    if r[1] == method then
      local c = { req.path:match(r[2]) }
      if c[1] then route, args = r[3], c; break end
    end
  end
  if self.opts.read_only then
    local ctx = self:context(nil, nil)
    if route and not READ_ONLY[route] then return self:message(ctx, 403, ctx.W.read_only_refused) end
    if not route then return self:message(ctx, 404, ctx.W.not_found) end
    local ok, st, h, body = pcall(pages[route], ctx, req, table.unpack(args))
    if not ok then error(st, 0) end
    return st, h, body
  end

  -- Who: only from the trusted proxy's headers (or --dev-user on loopback).
  local user, why = guard.identify(req, self.web, self.opts.dev_user)
  local ctx = self:context(user, nil)
  if not user then
    if self.opts.log then self.opts.log("styr serve: 401 " .. clean(req.method .. " " .. req.path .. ": " .. why)) end
    return self:message(ctx, 401, ctx.W.unauthorized)
  end
  -- How often: per user, before any work.
  local ok_rate, wait = guard.rate_ok(user.name, self.web.rate_limit, os.time())
  if not ok_rate then
    return self:message(ctx, 429, ctx.W.too_many, { ["Retry-After"] = tostring(math.max(1, math.ceil(wait))) })
  end
  local roles = guard.roles(b, user)
  ctx = self:context(user, roles)
  if not roles.any then
    if method == "POST" then self:audit(user, "refused", req.path, "no access in the configuration") end
    return self:message(ctx, 403, ctx.W.forbidden)
  end
  if not route then return self:message(ctx, 404, ctx.W.not_found) end
  if method == "POST" then
    -- The role first, from the path alone; then the form, whose CSRF token is checked before any
    -- other field is used.
    if not may_write(b, route, roles, table.unpack(args)) then
      self:audit(user, "refused", req.path, "not allowed for this user")
      return self:message(ctx, 403, ctx.W.forbidden)
    end
    local form, status, reason = guard.form(req, self.web)
    if not form then
      self:audit(user, "refused", req.path, reason)
      return self:message(ctx, status, status == 413 and ctx.W.too_large or ctx.W.bad_request)
    end
    if not guard.same_token(user.name, form.csrf or req.headers["x-csrf-token"]) then
      self:audit(user, "refused", req.path, "missing or wrong CSRF token")
      return self:message(ctx, 403, ctx.W.csrf)
    end
    ctx.form, ctx.user_info = form, user
    return pages[route](ctx, req, table.unpack(args))
  end
  if not roles.read then return self:message(ctx, 403, ctx.W.forbidden) end
  ctx.user_info = user
  return pages[route](ctx, req, table.unpack(args))
end

M.workflow = workflow
return M
