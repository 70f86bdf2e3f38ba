-- The one copy of configuration data the engine keeps. A constructor (indicator { … },
-- report { … }, heading { … }, …) copies the table it receives once, with next and rawget, so
-- no metamethod of the configuration runs and nothing the configuration does later (a __pairs
-- that answers differently the second time, a table changed after it was declared) reaches what
-- was validated. Validation, storage and rendering all read that copy.
--
-- Data must be plain tables: a table with a metatable is refused, since what it shows depends on
-- code, not on its contents. The engine's own values the configuration holds (missing("reason"),
-- layout blocks) are registered here with the private value a copy takes in their place, so a
-- configuration that changes its handle afterwards changes nothing the engine reads.
local M = {}

-- Nesting deeper than this is refused (configuration data is a few levels deep).
M.MAX_DEPTH = 100

-- handle given to the configuration -> the engine's private value (weak: handles come and go).
local private = setmetatable({}, { __mode = "k" })

-- Registers `handle` (a table the engine gave to the configuration) as standing for `value`.
function M.engine(handle, value)
  private[handle] = value
  return handle
end

-- The private value a handle stands for, or nil.
function M.private(handle)
  return private[handle]
end

local function describe(path)
  return path == "" and "the table" or path
end

-- A raw copy of v: tables are copied key by key with next (no __pairs, __index or __len runs),
-- nested tables too; tables shared inside v stay shared in the copy. Returns the copy, or nil
-- and a message naming where in v the problem is ("values[2019]").
function M.copy(v)
  if type(v) ~= "table" then return v end
  local copies, open = {}, {}
  local function path_of(path, k)
    if type(k) == "string" and k:match("^[%a_][%w_]*$") then
      return path == "" and k or (path .. "." .. k)
    end
    return path .. "[" .. (type(k) == "string" and string.format("%q", k) or tostring(k)) .. "]"
  end
  local function walk(t, path, depth)
    local p = private[t]
    if p ~= nil then return p end
    if copies[t] then return copies[t] end
    if open[t] then
      return nil, describe(path) .. " contains itself; data must be a tree of tables, without cycles"
    end
    if getmetatable(t) ~= nil then
      return nil, describe(path) .. " has a metatable; styr reads data only from plain tables { … }, " ..
                  "since what a table with metamethods shows depends on code"
    end
    if depth > M.MAX_DEPTH then
      return nil, describe(path) .. " is nested more than " .. M.MAX_DEPTH .. " levels deep"
    end
    open[t] = true
    local c = {}
    local k, x = next(t)
    while k ~= nil do
      local ck, cx, err = k, x
      if type(k) == "table" then
        ck, err = walk(k, path_of(path, "{key}"), depth + 1)
        if err then return nil, err end
      end
      if type(x) == "table" then
        cx, err = walk(x, path_of(path, k), depth + 1)
        if err then return nil, err end
      end
      rawset(c, ck, cx)
      k, x = next(t, k)
    end
    open[t] = nil
    copies[t] = c
    return c
  end
  return walk(v, "", 1)
end

return M
