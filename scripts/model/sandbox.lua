-- The environment configuration files run in: an allow-list of safe functions, copies of the
-- safe libraries (so a configuration cannot change the engine's), the DSL, and a metatable that
-- makes typos fail: reading an unknown name or creating a global is an error naming the line.
local util = require "styr.util"
local console = require "styr.console"
local config = require "styr.config"

local M = {}

local ALLOWED = {
  "assert", "error", "ipairs", "pairs", "next", "select", "pcall", "xpcall", "tonumber",
  "tostring", "type", "rawequal", "rawlen", "rawget", "rawset", "_VERSION",
}
local LIBRARIES = { "string", "table", "math", "utf8" }
local OS_ALLOWED = { "clock", "date", "difftime", "time" }

local function copy(t)
  local c = {}
  for k, v in pairs(t) do c[k] = v end
  return c
end

-- The metatables configuration code set itself (weak: they go with their tables).
local own = setmetatable({}, { __mode = "k" })

-- setmetatable without finalizers: a __gc could run code after the budget is gone (Lua runs
-- finalizers with hooks off, so no limit would stop it).
local function safe_setmetatable(t, mt)
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("setmetatable: __gc metamethods are not allowed in a configuration", 2)
  end
  local r = setmetatable(t, mt)
  if type(mt) == "table" then own[mt] = true end
  return r
end

-- getmetatable that hands out only what configuration code could already hold: a metatable it
-- set itself, or a metatable's __metatable. Every metatable of the engine is sealed with
-- __metatable; one that is not (a handle of a C module, a table of styr's) still never reaches
-- configuration code, which could otherwise add a __gc to it.
local function safe_getmetatable(v)
  local mt = getmetatable(v)
  if type(mt) == "table" and not own[mt] then return "protected" end
  return mt
end

local function safe_collectgarbage(opt)
  if opt == "count" then return 0 end
  error("collectgarbage is not available in a configuration (only \"count\")", 2)
end

-- print goes to stderr with the configuration line, so it never mixes with report output.
local function config_print(...)
  local parts = {}
  for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
  local file, line = config.where()
  console.err((file and (file .. ":" .. line .. ": ") or "") .. table.concat(parts, "\t") .. "\n")
end

-- Builds a fresh environment holding the safe globals and `dsl` (name -> function).
function M.new(dsl)
  local env = {}
  for _, name in ipairs(ALLOWED) do env[name] = _G[name] end
  for _, lib in ipairs(LIBRARIES) do env[lib] = copy(_G[lib]) end
  env.string.dump = nil -- the host removes it from the real table too; this covers other hosts
  env.os = {}
  for _, name in ipairs(OS_ALLOWED) do env.os[name] = os[name] end
  env.setmetatable = safe_setmetatable
  env.getmetatable = safe_getmetatable
  env.collectgarbage = safe_collectgarbage
  env.print = config_print
  for name, fn in pairs(dsl) do env[name] = fn end

  local known = {}
  for name in pairs(env) do known[#known + 1] = name end
  table.sort(known)
  return setmetatable(env, {
    __index = function(_, name)
      error("unknown name '" .. tostring(name) .. "'" .. util.suggest(name, known), 2)
    end,
    __newindex = function(_, name)
      error("cannot create the global variable '" .. tostring(name) ..
            "'; declare it with 'local " .. tostring(name) .. " = …'" .. util.suggest(name, known), 2)
    end,
    __metatable = "configuration environment",
  })
end

return M
