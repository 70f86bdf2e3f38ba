-- types/styr.lua (the LuaLS annotations IT staff's editors read) must keep up with the
-- configuration language: every global a configuration file can call is declared there with its
-- parameters, and every field a constructor accepts is a field of its class, with the same
-- required fields and the same enumerations. The lists come from the engine itself: the
-- configuration environment, and each check's own list of known fields, which it hands to
-- util.suggest when it meets an unknown field.
local H = require "tests.spec.helper"
local util = require "styr.util"
local model = require "styr.model"
local layout = require "styr.layout"
local sources = require "styr.sources"

local TYPES = "types/styr.lua"
local PROBE = "zz_probe" -- a field no constructor knows

-- The declarations of a LuaLS definition file: classes (fields, which are optional, parent),
-- aliases (their string values) and global functions (their doc comment lines).
local function parse(text)
  local classes, aliases, globals = {}, {}, {}
  local class, alias, doc = nil, nil, {}
  for line in (text .. "\n"):gmatch("(.-)\n") do
    local name, parent = line:match("^%-%-%-@class%s+([%w_%.]+)%s*:?%s*([%w_%.]*)")
    local field, optional = line:match("^%-%-%-@field%s+([%a_][%w_]*)(%??)%s")
    if name then
      class = { fields = {}, optional = {}, parent = parent ~= "" and parent or nil }
      classes[name] = class
    elseif field and class then
      class.fields[field], class.optional[field] = true, optional == "?"
    elseif line:match("^%-%-%-@field%s+%[1%]") and class then
      class.positional = true
    elseif not line:match("^%-%-%-@field") then
      class = nil
    end
    local a = line:match("^%-%-%-@alias%s+([%w_%.]+)%s*$")
    if a then
      alias = {}
      aliases[a] = alias
    elseif alias and line:match("^%-%-%-|") then
      local v = line:match('^%-%-%-|%s*"([^"]*)"')
      if v then alias[#alias + 1] = v end
    else
      alias = nil
    end
    local fn = line:match("^function%s+([%a_][%w_]*)%s*%(")
    if fn then globals[fn] = doc end
    if line:match("^%-%-%-") then doc[#doc + 1] = line else doc = {} end
  end
  return classes, aliases, globals
end

local classes, aliases, globals = parse(H.read(TYPES))

-- A class's fields with its parents', as a set.
local function fields_of(name)
  local c = classes[name]
  if not c then return nil end
  local all = c.parent and fields_of(c.parent) or {}
  for f in pairs(c.fields) do all[f] = true end
  return all
end

local function sorted(set)
  local list = {}
  for k in pairs(set) do list[#list + 1] = k end
  table.sort(list)
  return list
end

-- "goal_table" → "GoalTable"
local function camel(s)
  return (s:gsub("^%l", string.upper):gsub("_(%l)", string.upper))
end

-- The fields a check accepts: run(dsl, PROBE) gives some constructor the unknown field PROBE,
-- and the check names the closest known field out of its whole list, which is caught here.
local function accepted(run)
  local real, seen = util.suggest, nil
  util.suggest = function(name, candidates)
    if name == PROBE then
      seen = {}
      for _, c in ipairs(candidates) do seen[c] = true end
    end
    return real(name, candidates)
  end
  local ok, err = pcall(run, model.builder():dsl(), PROBE)
  util.suggest = real
  assert(ok, err)
  assert(seen, "the check did not name its known fields (it no longer calls util.suggest?)")
  return seen
end

-- The fields a constructor says are required when given an empty spec.
local function required(run)
  local b = model.builder()
  run(b:dsl())
  local req = {}
  for _, p in ipairs(b.problems) do
    local f = p.message:match(": ([%a_][%w_]*) is required")
    if f then req[f] = true end
  end
  return req
end

local function named(kind, extra)
  return function(d, p)
    local spec = { [p] = 1 }
    for k, v in pairs(extra or {}) do spec[k] = v end
    d[kind] "probe" (spec)
  end
end

local function with(fn) return function(d, p) fn(d, { [p] = 1 }) end end

-- Class name → how to make its check list its fields.
local CASES = {
  ["styr.Municipality"] = with(function(d, s) d.municipality(s) end),
  ["styr.Body"] = named("body"),
  ["styr.Role"] = named("role"),
  ["styr.Goal"] = named("goal"),
  ["styr.Indicator"] = named("indicator"),
  ["styr.Activity"] = with(function(d, s) d.activity(s) end),
  ["styr.Report"] = named("report"),
  ["styr.Event"] = named("event"),
  ["styr.Wheel"] = with(function(d, s) d.wheel(s) end),
  ["styr.Labels"] = function(d, p) d.labels { [p] = "x" } end,
  ["styr.Analysis"] = with(function(d, s) d.analysis(s) end),
  ["styr.Access"] = named("access"),
  ["styr.Web"] = with(function(d, s) d.web(s) end),
  -- nested tables
  ["styr.DefinitionLock"] = with(function(d, s) d.municipality { definition_lock = s } end),
  ["styr.Member"] = function(d, p) d.body "b" { name = "B", members = { { role = "r", [p] = 1 } } } end,
  ["styr.Seats"] = with(function(d, s) d.body "b" { name = "B", seats = s } end),
  ["styr.IndicatorBase"] = with(function(d, s) d.indicator "i" { title = "I", base = s } end),
  ["styr.Split"] = with(function(d, s) d.indicator "i" { title = "I", women = s } end),
  ["styr.Tolerance"] = with(function(d, s) d.indicator "i" { title = "I", tolerance = s } end),
  ["styr.Decision"] = with(function(d, s) d.indicator "i" { title = "I", decisions = { s } } end),
  ["styr.Monthly"] = with(function(d, s) d.event "e" { title = "E", monthly = s } end),
  ["styr.After"] = with(function(d, s) d.event "e" { title = "E", after = s } end),
  ["styr.Weekly"] = with(function(d, s) d.event "e" { title = "E", weekly = s } end),
  ["styr.CubeMap"] = with(function(d, s) d.source "s" { kind = "pxweb", map = s } end),
}
for _, kind in ipairs(layout.KINDS) do
  CASES["styr." .. camel(kind) .. "Block"] = with(function(d, s) d[kind](s) end)
end
for _, kind in ipairs(sources.KINDS) do
  CASES["styr." .. camel(kind) .. "Source"] = named("source", { kind = kind })
end

describe("types/styr.lua", function()
  it("declares every global of the configuration language, with its parameters", function()
    -- The real environment a configuration file runs in (the loader adds include to the DSL).
    local dir = H.config({ ["init.lua"] = [[
local names = {}
for k in pairs(_ENV) do names[#names + 1] = k end
error("GLOBALS " .. table.concat(names, " "), 0)
]] })
    local b = require("styr.loader").load(dir)
    H.cleanup(dir)
    local list
    for _, p in ipairs(b.problems) do list = list or p.message:match("GLOBALS (.*)") end
    assert(list, "the configuration environment could not be listed")
    local dsl = {}
    for name in list:gmatch("%S+") do
      if _G[name] == nil then dsl[name] = true end -- not one of Lua's own
    end
    for name in pairs(model.builder():dsl()) do
      assert(dsl[name], "the DSL's " .. name .. " is not in the configuration environment")
    end
    assert.truthy(dsl.include)
    for _, name in ipairs(sorted(dsl)) do
      local doc = globals[name]
      assert(doc, TYPES .. " does not declare the global '" .. name .. "' (function " .. name .. "(…) end)")
      local has_param = false
      for _, l in ipairs(doc) do has_param = has_param or l:match("^%-%-%-@param") ~= nil end
      assert(has_param, TYPES .. ": function " .. name .. " has no ---@param")
    end
    for name in pairs(globals) do
      assert(dsl[name], TYPES .. " declares '" .. name .. "', which a configuration cannot call")
    end
  end)

  it("has a class for each schema and layout block, with every field the engine accepts", function()
    for class, run in pairs(CASES) do
      local have = fields_of(class)
      assert(have, TYPES .. " has no ---@class " .. class)
      local want = accepted(run)
      for _, f in ipairs(sorted(want)) do
        assert(have[f], TYPES .. ": class " .. class .. " lacks ---@field " .. f)
      end
      for _, f in ipairs(sorted(have)) do
        assert(want[f], TYPES .. ": class " .. class .. " has the field " .. f .. ", which styr does not accept")
      end
    end
  end)

  it("covers every constructor's schema", function()
    -- A new schema without its class fails here: group shares body's, the rest have their own.
    local B = getmetatable(model.builder()).__index
    local schemas
    for i = 1, 50 do
      local name, v = debug.getupvalue(B.check_fields, i)
      if name == nil then break end
      if name == "SCHEMAS" then schemas = v end
    end
    assert(schemas, "model.lua's SCHEMAS are not where this spec looks (Builder:check_fields)")
    for kind in pairs(schemas) do
      assert(CASES["styr." .. camel(kind)], "schema " .. kind .. " has no case here (and no class styr." .. camel(kind) .. "?)")
    end
    assert.same(accepted(named("body")), accepted(named("group")))
  end)

  it("marks a field required exactly when the engine requires it", function()
    local cases = {
      ["styr.Municipality"] = function(d) d.municipality {} end,
      ["styr.Activity"] = function(d) d.activity {} end,
      ["styr.Analysis"] = function(d) d.analysis {} end,
    }
    for _, kind in ipairs({ "body", "role", "goal", "indicator", "report", "event" }) do
      cases["styr." .. camel(kind)] = function(d) d[kind] "probe" {} end
    end
    for _, kind in ipairs(layout.KINDS) do
      cases["styr." .. camel(kind) .. "Block"] = function(d) d[kind] {} end
    end
    for class, run in pairs(cases) do
      local c = classes[class]
      local req = required(run)
      for f in pairs(req) do
        -- heading and text take their text positionally as well: heading { "…" }
        assert(c.optional[f] == false or c.positional,
               TYPES .. ": " .. class .. "." .. f .. " is required by styr; write ---@field " .. f .. " (without ?)")
      end
      for f, opt in pairs(c.optional) do
        assert(opt or req[f], TYPES .. ": " .. class .. "." .. f .. " is optional in styr; write ---@field " .. f .. "?")
      end
    end
  end)

  it("lists the same values as the engine in each enumeration", function()
    local wheel, calendar = require "styr.wheel", require "styr.calendar"
    local ENUMS = {
      ["styr.Country"] = model.COUNTRIES, ["styr.Language"] = model.LANGUAGES, ["styr.Level"] = model.LEVELS,
      ["styr.BodyKind"] = model.KINDS, ["styr.GroupState"] = model.STATES, ["styr.Unit"] = model.UNITS,
      ["styr.Direction"] = model.DIRECTIONS, ["styr.RelativeTarget"] = model.RELATIVE_TARGETS,
      ["styr.Format"] = model.FORMATS, ["styr.StatusRule"] = require("styr.goal_status").RULES,
      ["styr.EventKind"] = wheel.KINDS, ["styr.JobKind"] = wheel.JOBS, ["styr.PeriodKind"] = wheel.PERIODS,
      ["styr.Weekday"] = calendar.WEEKDAYS, ["styr.BlockKind"] = layout.KINDS, ["styr.ChartKind"] = layout.CHARTS,
      ["styr.ActivityState"] = layout.ACTIVITY_STATES, ["styr.SourceKind"] = sources.KINDS,
    }
    for alias, list in pairs(ENUMS) do
      assert(aliases[alias], TYPES .. " has no ---@alias " .. alias)
      local want, have = { table.unpack(list) }, { table.unpack(aliases[alias]) }
      table.sort(want)
      table.sort(have)
      assert.same(want, have, alias)
    end
  end)
end)
