-- Who may do what in styr serve, as configuration: `access "id" { … }` names users or identity-
-- provider groups and what they may do (report for bodies, approve reports, read), and `web { … }`
-- the settings of the web workspace (the trusted reverse proxy and its headers, limits, the
-- activity states officers choose from). Also: what each body reports (its indicators and
-- activities) and each activity's stable id. Nothing here touches the store or the network.
local util = require "styr.util"
local config = require "styr.config"

local M = {}

-- The activity states an officer chooses from unless web { activity_states = … } names others.
M.ACTIVITY_STATES = { "not_started", "on_track", "delayed", "done" }

M.WEB_DEFAULTS = {
  trusted_proxies = { "127.0.0.1", "::1" },
  user_header = "X-Remote-User",
  groups_header = "X-Remote-Groups",
  group_separator = ",",
  rate_limit = 120,        -- requests per user and minute
  max_body = 256 * 1024,   -- bytes of a request body
  max_fields = 200,        -- fields of a form
  max_text = 64 * 1024,    -- bytes of one analysis or comment
  timeout = 30,            -- seconds: a connection idle this long is dropped, a body must arrive within it
}

local function is_list_of_strings(v)
  if type(v) ~= "table" then return false end
  local n = #v
  for k, x in pairs(v) do
    if math.type(k) ~= "integer" or k < 1 or k > n or type(x) ~= "string" or x == "" then return false end
  end
  return true
end

local function strings(v)
  if not is_list_of_strings(v) then return "must be a list of names { \"…\", … }" end
end
local function boolean(v) if type(v) ~= "boolean" then return "must be true or false" end end
local function str(v) if type(v) ~= "string" or v == "" then return "must be a non-empty string" end end
local function positive(max)
  return function(v)
    if math.type(v) ~= "integer" or v < 1 or v > max then return "must be a whole number from 1 to " .. max end
  end
end
local function header(v)
  if type(v) ~= "string" or not v:match("^[%w%-]+$") then return "must be an HTTP header name (letters, digits, '-')" end
end

M.ACCESS_FIELDS = { users = strings, groups = strings, report_for = strings, approve = strings, read = boolean,
                    note = str }
M.WEB_FIELDS = {
  trusted_proxies = strings, user_header = header, groups_header = header, group_separator = str,
  rate_limit = positive(100000), max_body = positive(64 * 1024 * 1024), max_fields = positive(10000),
  max_text = positive(1024 * 1024), timeout = positive(3600), activity_states = strings, title = str,
}

local function check_spec(b, where, what, spec, fields)
  local names = util.sorted_keys(fields)
  local ok = true
  for k, v in pairs(spec) do
    if type(k) ~= "string" then
      b:problem(where, what .. ": unexpected list item " .. tostring(k) .. "; fields are written name = value")
      ok = false
    elseif not fields[k] then
      b:problem(where, what .. ": unknown field '" .. k .. "'" .. util.suggest(k, names))
      ok = false
    else
      local e = fields[k](v)
      if e then b:problem(where, what .. ": " .. k .. " " .. e); ok = false end
    end
  end
  return ok
end

local function here()
  local file, line = config.where()
  return { file = file or "?", line = line or 0 }
end

-- The constructors for the configuration's environment (merged by scripts/model/model.lua).
function M.dsl(b)
  local dsl = {}
  b.accesses, b.access_order = b.accesses or {}, b.access_order or {}
  -- access "amn-reporters" { groups = { "sg-amn" }, report_for = { "AMN" } }
  dsl.access = b:named("access", function(id, spec, where)
    local what = "access '" .. id .. "'"
    local s = {}
    for k, v in pairs(spec) do if k ~= "id" then s[k] = v end end
    check_spec(b, where, what, s, M.ACCESS_FIELDS)
    if s.users == nil and s.groups == nil then
      b:problem(where, what .. ": name who it is for: users = { … } or groups = { … }")
    end
    if s.report_for == nil and s.approve == nil and s.read == nil then
      b:problem(where, what .. ": say what they may do: report_for = { bodies }, approve = { reports } or read = true")
    end
    s.id, s.where = id, where
    b:register("access", b.accesses, b.access_order, id, s)
  end)
  -- web { trusted_proxies = { "10.0.0.5" }, user_header = "X-Remote-User", … }
  function dsl.web(spec)
    local where = here()
    if type(spec) ~= "table" then
      b:problem(where, "expected web { trusted_proxies = { … }, … }, got " .. type(spec))
      return
    end
    if b.web then
      b:problem(where, "web { … } is declared twice (first at " .. b.web.where.file .. ":" .. b.web.where.line .. ")")
      return
    end
    check_spec(b, where, "web", spec, M.WEB_FIELDS)
    local w = { where = where }
    for k, v in pairs(spec) do w[k] = v end
    b.web = w
  end
  return dsl
end

-- The web settings in force: the declared ones over the defaults.
function M.web(b)
  local w = {}
  for k, v in pairs(M.WEB_DEFAULTS) do w[k] = v end
  for k, v in pairs(b.web or {}) do if k ~= "where" then w[k] = v end end
  w.activity_states = w.activity_states or M.ACTIVITY_STATES
  return w
end

-- An activity's stable id: its own `id`, else its goal and its place among the goal's
-- activities ("AMN-1.2").
function M.activity_ids(b)
  local ids, count = {}, {}
  for _, a in ipairs(b.activities) do
    count[a.goal] = (count[a.goal] or 0) + 1
    ids[#ids + 1] = a.id or (tostring(a.goal) .. "." .. count[a.goal])
  end
  return ids
end

-- What each body reports for a report: the indicators of the report's goals whose goal the body
-- answers for, and the activities it owns (an activity without owner: its goal's body). Returns
-- { [body] = { indicators = { … }, activities = { { id =, activity = } … } } } and the bodies in
-- order.
function M.responsibilities(b, report_id)
  local r = b.reports[report_id]
  local goals = {}
  local wanted = type(r.goals) == "table" and util.set(r.goals) or nil
  local persp = type(r.perspectives) == "table" and util.set(r.perspectives) or nil
  for _, gid in ipairs(b.goal_order) do
    local g = b.goals[gid]
    if (not wanted or wanted[gid]) and (not persp or persp[g.perspective]) and (r.body == nil or g.body == r.body) then
      goals[gid] = g
    end
  end
  local out, order = {}, {}
  local function of(body)
    if not out[body] then out[body] = { indicators = {}, activities = {}, seen = {} }; order[#order + 1] = body end
    return out[body]
  end
  for _, gid in ipairs(b.goal_order) do
    local g = goals[gid]
    if g and g.body then
      local part = of(g.body)
      for _, ind in ipairs(g.indicators or {}) do
        if not part.seen[ind] then part.seen[ind] = true; part.indicators[#part.indicators + 1] = ind end
      end
    end
  end
  local ids = M.activity_ids(b)
  for i, a in ipairs(b.activities) do
    local g = goals[a.goal]
    local owner = a.owner or (g and g.body)
    if g and owner then
      local part = of(owner)
      part.activities[#part.activities + 1] = { id = ids[i], activity = a }
    end
  end
  for _, part in pairs(out) do part.seen = nil end
  return out, order
end

-- Cross-checks after every file has run: the bodies and reports an access names exist.
function M.check_all(b)
  for _, id in ipairs(b.access_order or {}) do
    local a = b.accesses[id]
    local what = "access '" .. id .. "'"
    for _, body in ipairs(is_list_of_strings(a.report_for) and a.report_for or {}) do
      if not b.bodies[body] then
        b:problem(a.where, what .. ": report_for names an unknown body '" .. body .. "'" .. util.suggest(body, b.body_order))
      end
    end
    for _, rep in ipairs(is_list_of_strings(a.approve) and a.approve or {}) do
      if not b.reports[rep] then
        b:problem(a.where, what .. ": approve names an unknown report '" .. rep .. "'" .. util.suggest(rep, b.report_order))
      end
    end
  end
  local seen = {}
  local ids = M.activity_ids(b)
  for i, a in ipairs(b.activities) do
    if seen[ids[i]] then
      b:problem(a.where, "activity '" .. tostring(a.title) .. "': id '" .. ids[i] .. "' is used twice (also at " ..
                seen[ids[i]].file .. ":" .. seen[ids[i]].line .. ")")
    else
      seen[ids[i]] = a.where
    end
  end
end

return M
