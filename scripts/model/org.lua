-- The organisation: checks of bodies, groups and roles as a whole (references, reporting lines,
-- seats, chairs, working-group dates), and the views of it: an indented tree for the terminal and
-- a Graphviz DOT chart with the three levels as bands.
local util = require "styr.util"

local M = {}

-- How many people a member list seats: each entry counts 1, or its `count`.
local function headcount(list)
  local n = 0
  for _, m in ipairs(type(list) == "table" and list or {}) do
    n = n + (type(m) == "table" and (m.count or 1) or 1)
  end
  return n
end
M.headcount = headcount

local function role_of(m)
  return type(m) == "table" and m.role or m
end

local function has_role(list, role)
  for _, m in ipairs(type(list) == "table" and list or {}) do
    if role_of(m) == role then return true end
  end
  return false
end

-- Records every organisation problem in builder b.
function M.check_all(b)
  local ids = {}
  for _, id in ipairs(b.body_order) do ids[#ids + 1] = id end
  local report_ids = {}
  for _, id in ipairs(b.report_order) do report_ids[#report_ids + 1] = id end
  local function ref(d, what, field, id, map, list, kind)
    if type(id) == "string" and not map[id] then
      b:problem(d.where, what .. ": " .. field .. " refers to an unknown " .. kind .. " '" .. id .. "'" ..
                util.suggest(id, list))
    end
  end

  for _, id in ipairs(b.body_order) do
    local d = b.bodies[id]
    local what = (d.kind == "role" and "role" or "body") .. " '" .. id .. "'"
    ref(d, what, "reports_to", d.reports_to, b.bodies, ids, "body")
    ref(d, what, "deciding_body", d.deciding_body, b.bodies, ids, "body")
    for _, s in ipairs(type(d.supports) == "table" and d.supports or {}) do
      ref(d, what, "supports", s, b.bodies, ids, "body")
    end
    for _, r in ipairs(type(d.receives) == "table" and d.receives or {}) do
      ref(d, what, "receives", r, b.reports, report_ids, "report")
    end
    -- The chair (and vice chair) sit among the members unless the body says otherwise.
    if type(d.members) == "table" and d.chair_is_member ~= false then
      for _, field in ipairs({ "chair", "vice_chair" }) do
        if type(d[field]) == "string" and not has_role(d.members, d[field]) then
          b:problem(d.where, what .. ": the " .. field:gsub("_", " ") .. " '" .. d[field] .. "' is not one of its " ..
                    "members; add it to members, or write chair_is_member = false when the chair sits outside")
        end
      end
    end
    if type(d.seats) == "table" then
      for _, pair in ipairs({ { "members", "members" }, { "deputies", "deputies" } }) do
        local field, seat = pair[1], pair[2]
        local n, max = headcount(d[field]), d.seats[seat]
        if type(max) == "number" and type(d[field]) == "table" and n > max then
          b:problem(d.where, string.format("%s: %d %s but only %d seat%s (seats.%s)", what, n, field, max,
                    max == 1 and "" or "s", seat))
        end
      end
    end
    if type(d.deadline) == "string" and type(d.decision_date) == "string" and d.deadline > d.decision_date then
      b:problem(d.where, what .. ": the deadline " .. d.deadline .. " falls after the decision date " ..
                d.decision_date .. "; the deciding body cannot decide on a proposal that is not ready")
    end
    if d.state == "decided" and d.decision_date == nil then
      b:problem(d.where, what .. ": state = \"decided\" needs decision_date", "warning")
    end
  end
  -- Reporting lines must end at the top, not go round in a circle.
  local reported = {}
  for _, id in ipairs(b.body_order) do
    local seen, cur, path = {}, id, {}
    while cur and b.bodies[cur] and not seen[cur] do
      seen[cur] = true
      path[#path + 1] = cur
      cur = b.bodies[cur].reports_to
    end
    if cur ~= nil and seen[cur] then
      -- Report each circle once, at the first of its members declared.
      local start = 1
      while path[start] ~= cur do start = start + 1 end
      local circle = { table.unpack(path, start) }
      local key = table.concat((function() local c = { table.unpack(circle) }; table.sort(c); return c end)(), "\0")
      if not reported[key] then
        reported[key] = true
        b:problem(b.bodies[cur].where, "body '" .. cur .. "': reporting lines go round in a circle: " ..
                  table.concat(circle, " → ") .. " → " .. cur)
      end
    end
  end
end

-- Bodies in reporting order: roots (reporting to no one) first, each followed by what reports to it.
-- Returns a list of { id =, depth = }.
function M.tree(b)
  local children = {}
  local roots = {}
  for _, id in ipairs(b.body_order) do
    local d = b.bodies[id]
    local parent = d.reports_to
    if parent and b.bodies[parent] and parent ~= id then
      children[parent] = children[parent] or {}
      table.insert(children[parent], id)
    elseif d.kind ~= "role" or (type(d.supports) ~= "table") then
      roots[#roots + 1] = id
    end
  end
  local out, seen = {}, {}
  local function walk(id, depth)
    if seen[id] then return end
    seen[id] = true
    out[#out + 1] = { id = id, depth = depth }
    for _, c in ipairs(children[id] or {}) do walk(c, depth + 1) end
  end
  for _, r in ipairs(roots) do walk(r, 0) end
  -- Roles that only support groups, and anything in a circle, come last.
  for _, id in ipairs(b.body_order) do
    if not seen[id] then walk(id, 0) end
  end
  return out
end

return M
