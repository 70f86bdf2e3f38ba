-- The configuration language: constructors that build the model (municipality, organisation,
-- goals, indicators, activities, reports) and the checks that find every problem in it, each
-- with the file and line that caused it. Nothing here touches the store or the file system.
local util = require "styr.util"
local config = require "styr.config"
local wheel = require "styr.wheel"
local calendar = require "styr.calendar"
local org = require "styr.org"
local sources = require "styr.sources"
local labels = require "styr.labels"

local M = {}

local snapshot = require "styr.snapshot"

-- The metatable of missing("reason") values, sealed: getmetatable gives the configuration this
-- string, never the table, so it cannot add a finalizer or change the values' behaviour.
local MISSING = { __metatable = "missing value" }
-- Every missing value the engine made -> its reason (false when none). A table is a missing value
-- only when it is a key here; the reason is the one given when it was made.
local missing_reasons = setmetatable({}, { __mode = "k" })

M.LEVELS = { "decision", "strategic", "operational" }
M.KINDS = {
  "executive_board", "committee", "administration", "association_board", "office",
  "management_team", "strategic_group", "steering_group", "working_committee", "analysis_group",
  "working_group", "role",
}
M.UNITS = {
  "count", "persons", "households", "placements", "percent", "days", "index", "ratio", "sek",
  "msek", "per_msek", "text",
}
M.DIRECTIONS = { "increase", "decrease", "target" }
M.RELATIVE_TARGETS = { "lower", "higher", "not_higher", "not_lower" }
M.FORMATS = { "html", "csv", "xlsx", "json", "md", "pdf" }
M.LANGUAGES = { "sv", "da", "en" }
M.COUNTRIES = { "SE", "DK" }
-- A working group's state.
M.STATES = { "planned", "running", "reported", "decided" }
-- How a finer series (months, quarters, …) makes a year in reports: core/period.h's rules.
M.AGGREGATE_RULES = { "sum", "mean", "last", "max", "min", "weighted_mean" }

function M.is_missing(v)
  return missing_reasons[v] ~= nil
end

-- The reason a missing value was made with (nil when none), whatever was done to it since.
function M.missing_reason(v)
  return missing_reasons[v] or nil
end

-- A missing value with its reason, as missing("reason") in a configuration.
function M.missing(reason)
  local v = setmetatable({ reason = reason }, MISSING)
  missing_reasons[v] = reason or false
  return v
end

-- A report's peers as a Kolada municipality group: peers = kolada_group "G33752". The group's
-- members are resolved when styr fetch asks Kolada for them (scripts/engine/fetch.lua's
-- peer_group), and recorded with the fetch's answers.
local GROUP = { __metatable = "kolada group" }
local group_ids = setmetatable({}, { __mode = "k" })

function M.kolada_group(id)
  local v = setmetatable({ kolada_group = id }, GROUP)
  group_ids[v] = id
  return v
end

-- The Kolada group id a value stands for, or nil.
function M.group_of(v)
  return group_ids[v]
end

-- The value missing("reason") gives the configuration: a handle that a copy of the data
-- (scripts/model/snapshot.lua) replaces with a private missing value of the same reason.
local function missing_handle(reason)
  return snapshot.engine(M.missing(reason), M.missing(reason))
end

-- Field checkers: each returns nil when the value is acceptable, else a message.
local check = {}

function check.string(v)
  if type(v) ~= "string" then return "must be a string, not " .. type(v) end
  if v:match("^%s*$") then return "must not be empty" end
end

function check.boolean(v)
  if type(v) ~= "boolean" then return "must be true or false, not " .. type(v) end
end

function check.number(v)
  if type(v) ~= "number" then return "must be a number, not " .. type(v) end
  if not util.finite(v) then return "must be a finite number, not " .. tostring(v) end
end

check["function"] = function(v)
  if type(v) ~= "function" then return "must be a function, not " .. type(v) end
end

function check.integer(v)
  local e = check.number(v)
  if e then return e end
  if math.type(v) ~= "integer" and v ~= math.floor(v) then return "must be a whole number" end
end

local function one_of(list)
  return function(v)
    if type(v) ~= "string" then return "must be one of " .. table.concat(list, ", ") end
    for _, x in ipairs(list) do if x == v then return nil end end
    return "'" .. v .. "' is not one of " .. table.concat(list, ", ") .. util.suggest(v, list)
  end
end

local function list_of(item)
  return function(v)
    if type(v) ~= "table" then return "must be a list { … }, not " .. type(v) end
    local n = #v
    for k in pairs(v) do
      if math.type(k) ~= "integer" or k < 1 or k > n then
        return "must be a list { … } (found the key " .. tostring(k) .. ")"
      end
    end
    for i, x in ipairs(v) do
      local e = item(x)
      if e then return "item " .. i .. " " .. e end
    end
  end
end

function check.date(v)
  if type(v) ~= "string" then return "must be a date \"YYYY-MM-DD\", not " .. type(v) end
  local y, m, d = v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return "must be a date \"YYYY-MM-DD\", not \"" .. v .. "\"" end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if y < 1 or m < 1 or m > 12 or d < 1 or d > calendar.days_in_month(y, m) then
    return "\"" .. v .. "\" is not a real date"
  end
end

-- A member entry: "role" or { role = "…", appointed_by = "…", count = N }.
local function member(v)
  if type(v) == "string" then return check.string(v) end
  if type(v) ~= "table" then return "must be a role name or { role = …, appointed_by = … }" end
  for k in pairs(v) do
    if k ~= "role" and k ~= "appointed_by" and k ~= "count" then
      return "has an unknown field '" .. tostring(k) .. "'" ..
             util.suggest(k, { "role", "appointed_by", "count" })
    end
  end
  if check.string(v.role) then return "needs role = \"…\"" end
  if v.appointed_by ~= nil and check.string(v.appointed_by) then return "appointed_by must be a string" end
  if v.count ~= nil and (check.integer(v.count) or v.count < 1) then return "count must be a positive whole number" end
end

local function year_key(k)
  return math.type(k) == "integer" and k >= 1900 and k <= 2200
end

-- A four-digit whole number: a year as written, which Builder:finish checks against the plan's
-- years (a target for 2205 is a typo to point at, not a key of the wrong kind).
local function written_year(k)
  return math.type(k) == "integer" and k >= 1000 and k <= 9999
end

-- { [year] = value } where value passes `item`. With `any_year`, every four-digit key passes here
-- and check_indicator says which years are outside the plan.
local function by_year(item, any_year)
  return function(v)
    if type(v) ~= "table" then return "must be a table { [2019] = … }, not " .. type(v) end
    for k, x in pairs(v) do
      if not year_key(k) and not (any_year and written_year(k)) then
        return "has the key " .. tostring(k) .. "; keys must be years, written [2019] = …"
      end
      local e = item(x)
      if e then return "[" .. k .. "] " .. e end
    end
  end
end

local function value_item(x)
  if M.is_missing(x) then return nil end
  if type(x) == "string" then return nil end -- checked against the indicator's kind later
  return check.number(x)
end

local function target_item(x)
  if type(x) == "string" then return nil end -- relative targets, or text targets; checked later
  return check.number(x)
end

local function split_checker(v)
  if type(v) ~= "table" then return "must be { values = {…}, targets = {…} }" end
  for k in pairs(v) do
    if k ~= "values" and k ~= "targets" and k ~= "notes" then
      return "has an unknown field '" .. tostring(k) .. "'" .. util.suggest(k, { "values", "targets", "notes" })
    end
  end
  if v.values ~= nil then
    local e = by_year(value_item)(v.values)
    if e then return "values " .. e end
  end
  if v.targets ~= nil then
    local e = by_year(target_item, true)(v.targets)
    if e then return "targets " .. e end
  end
  if v.notes ~= nil then
    local e = by_year(check.string)(v.notes)
    if e then return "notes " .. e end
  end
end

-- municipality { plan = { from = 2019, to = 2022 } }: the years the goals and targets plan for.
local function plan_checker(v)
  if type(v) ~= "table" then return "must be { from = 2019, to = 2022 } (the first and last year of the plan)" end
  for k in pairs(v) do
    if k ~= "from" and k ~= "to" then
      return "has an unknown field '" .. tostring(k) .. "'" .. util.suggest(tostring(k), { "from", "to" })
    end
  end
  for _, k in ipairs({ "from", "to" }) do
    if not year_key(v[k]) then return "needs " .. k .. " = a year such as 2019, not " .. tostring(v[k]) end
  end
  if v.from > v.to then return "from (" .. v.from .. ") is after to (" .. v.to .. ")" end
end

local function units_checker(v)
  if type(v) ~= "table" then return "must be { UNIT = { values = {…} }, … }" end
  for k, x in pairs(v) do
    if type(k) ~= "string" then return "keys must be unit names" end
    local e = split_checker(x)
    if e then return k .. " " .. e end
  end
end

local function base_checker(v)
  if type(v) ~= "table" then return "must be { year = 2018, value = … } or { missing = \"reason\" }" end
  for k in pairs(v) do
    if k ~= "year" and k ~= "value" and k ~= "missing" then
      return "has an unknown field '" .. tostring(k) .. "'" .. util.suggest(k, { "year", "value", "missing" })
    end
  end
  if v.missing ~= nil then return check.string(v.missing) end
  if not year_key(v.year) then return "needs year = a year such as 2018" end
  return check.number(v.value)
end

local function tolerance_checker(v)
  if type(v) ~= "table" then return "must be { percent = P } or { absolute = A }" end
  local n = 0
  for k, x in pairs(v) do
    n = n + 1
    if k ~= "percent" and k ~= "absolute" then
      return "has an unknown field '" .. tostring(k) .. "'" .. util.suggest(k, { "percent", "absolute" })
    end
    local e = check.number(x)
    if e then return k .. " " .. e end
    if x < 0 then return k .. " must not be negative" end
  end
  if n ~= 1 then return "must have exactly one of percent or absolute" end
end

local function notes_checker(v) return by_year(check.string)(v) end

-- inputs = { name = "indicator id", … }: the names a formula reads as v.name.
local function inputs_checker(v)
  if type(v) ~= "table" then return "must be { name = \"indicator id\", … }, not " .. type(v) end
  if next(v) == nil then return "must name at least one input" end
  for k, x in pairs(v) do
    if type(k) ~= "string" or not k:match("^[%a_][%w_]*$") then
      return "keys must be names (letters, digits, _), written name = \"indicator id\"; found " .. tostring(k)
    end
    local e = check.string(x)
    if e then return k .. " " .. e .. " (an indicator id)" end
  end
end

-- seats = { members = 9, deputies = 9 }
local function seats_checker(v)
  if type(v) ~= "table" then return "must be { members = N, deputies = N }" end
  for k, x in pairs(v) do
    if k ~= "members" and k ~= "deputies" then
      return "has an unknown field '" .. tostring(k) .. "'" .. util.suggest(k, { "members", "deputies" })
    end
    if check.integer(x) or x < 0 then return k .. " must be a whole number of seats (0 or more)" end
  end
end

-- peer_names = { ["0581"] = "Norrköping", … }
local function peer_names_checker(v)
  if type(v) ~= "table" then return "must be { [\"code\"] = \"name\", … }, not " .. type(v) end
  for k, x in pairs(v) do
    if type(k) ~= "string" or type(x) ~= "string" then return "must map municipality codes to names (strings)" end
  end
end

local function string_or_list(v)
  if type(v) == "string" then return check.string(v) end
  return list_of(check.string)(v)
end
M.check, M.one_of, M.list_of, M.string_or_list = check, one_of, list_of, string_or_list

local function peers_checker(v)
  if M.group_of(v) then
    if not tostring(M.group_of(v)):match("^G%d+$") then
      return "names the Kolada group '" .. tostring(M.group_of(v)) .. "'; a group id is G and digits, e.g. " ..
             "kolada_group \"G33752\" (find it at https://api.kolada.se/v3/municipality_groups?title=…)"
    end
    return nil
  end
  local e = M.list_of(check.string)(v)
  if e then return e .. "; or name a Kolada municipality group: peers = kolada_group \"G33752\"" end
end

-- What each constructor accepts: field -> checker; `required` lists what must be given.
local SCHEMAS = {
  municipality = {
    fields = { code = check.string, name = check.string, country = one_of(M.COUNTRIES),
               language = one_of(M.LANGUAGES), perspectives = list_of(check.string),
               definition_lock = require("styr.definition_lock").check_lock, plan = plan_checker },
    required = { "code", "name", "country", "language" },
  },
  body = {
    fields = { id = check.string, name = check.string, kind = one_of(M.KINDS), level = one_of(M.LEVELS),
               reports_to = check.string, via = check.string, chair = check.string,
               vice_chair = check.string, chair_is_member = check.boolean,
               members = list_of(member), deputies = list_of(member), adjunct = list_of(member),
               secretary = list_of(member), process_support = list_of(member),
               seats = seats_checker, appointed_by = string_or_list,
               mandate = list_of(check.string), receives = list_of(check.string),
               mission = check.string, owner_area = check.string, deadline = check.date,
               deciding_body = check.string, decision_date = check.date, state = one_of(M.STATES),
               note = check.string },
    required = { "name" },
  },
  role = {
    fields = { id = check.string, name = check.string, appointed_by = check.string,
               supports = list_of(check.string), count = check.integer, level = one_of(M.LEVELS),
               reports_to = check.string, via = check.string,
               mandate = list_of(check.string), note = check.string },
    required = { "name" },
  },
  goal = {
    fields = { id = check.string, title = check.string, perspective = check.string, body = check.string,
               area = check.string, municipal_goal = check.string, number = check.integer,
               indicators = list_of(check.string), note = check.string,
               status_rule = one_of(require("styr.goal_status").RULES),
               weights = require("styr.goal_status").check_weights },
    required = { "title" },
  },
  indicator = {
    fields = { id = check.string, title = check.string, unit = one_of(M.UNITS),
               kind = one_of({ "number", "text" }), direction = one_of(M.DIRECTIONS),
               base = base_checker, values = by_year(value_item), targets = by_year(target_item, true),
               women = split_checker, men = split_checker, units = units_checker,
               tolerance = tolerance_checker, decimals = check.integer, notes = notes_checker,
               footnote = check.string, formula = check["function"], inputs = inputs_checker,
               decisions = require("styr.definition_lock").check_decisions, lock = check.boolean,
               aggregate = one_of(M.AGGREGATE_RULES), aggregate_weights = check.string, area = check.string,
               -- the body whose figures these are (a report credits typed-in and computed values to it)
               owner = check.string },
    required = { "title" },
  },
  activity = {
    fields = { goal = check.string, title = check.string, owner = check.string, due = check.date,
               done = check.boolean, note = check.string, id = check.string },
    required = { "goal", "title" },
  },
  event = {
    fields = { id = check.string, title = check.string, kind = one_of(wheel.KINDS), body = check.string,
               report = check.string, to = list_of(check.string), source = check.string,
               indicators = list_of(check.string), job = one_of(wheel.JOBS), fetch = list_of(check.string),
               date = wheel.check.date, yearly = wheel.check.yearly, monthly = wheel.check.monthly,
               after = wheel.check.after, weekly = wheel.check.weekly, cron = wheel.check.cron,
               at = wheel.check.at, duration = wheel.check.duration, note = check.string,
               -- jobs (scripts/model/job_checks.lua): dependencies, catch-up policy, report folder, custom code
               needs = list_of(check.string), catch_up = one_of(require("styr.job_checks").CATCH_UP), out = check.string,
               run = check["function"], retry = require("styr.job_checks").check_retry },
    required = { "title" },
  },
  report = {
    fields = { id = check.string, title = check.string, year = check.integer,
               perspectives = list_of(check.string), goals = list_of(check.string), body = check.string,
               formats = list_of(one_of(M.FORMATS)), audiences = list_of(check.string),
               intro = check.string, suppress_below = check.integer,
               peers = function(v) return peers_checker(v) end, national = check.string,
               peer_names = peer_names_checker,
               years = function(v) return require("styr.layout").check_years(v) end,
               layout = function(v) if type(v) ~= "table" then return "must be a list of blocks { heading \"…\", … }" end end },
    required = { "title", "year" },
  },
}

local function field_names(schema)
  local names = {}
  for k in pairs(schema.fields) do names[#names + 1] = k end
  table.sort(names)
  return names
end

-- A builder collects declarations and problems while configuration files run.
local Builder = {}
Builder.__index = Builder

function M.builder()
  return setmetatable({
    municipality = nil,
    bodies = {}, body_order = {},
    goals = {}, goal_order = {},
    indicators = {}, indicator_order = {},
    activities = {},
    reports = {}, report_order = {},
    events = {}, event_order = {},
    sources = {}, source_order = {},
    label_overrides = {},
    problems = {},
    pending = {},
  }, Builder)
end

-- Records a problem at a location ({ file =, line = }) or at the running configuration line.
function Builder:problem(where, message, level)
  if not where then
    local file, line = config.where()
    where = { file = file, line = line }
  end
  self.problems[#self.problems + 1] = {
    file = where.file, line = where.line, message = message, level = level or "error",
  }
end

local function here()
  local file, line = config.where()
  return { file = file or "?", line = line or 0 }
end

local function loc(where)
  return (where.file or "?") .. ":" .. (where.line or 0)
end

-- Checks a declaration table against its schema, recording one problem per bad field.
function Builder:check_fields(kind, id, spec, where)
  local schema = SCHEMAS[kind]
  local names = field_names(schema)
  local what = id and (kind .. " '" .. id .. "'") or kind
  local ok = true
  for k, v in pairs(spec) do
    local checker = schema.fields[k]
    if type(k) ~= "string" then
      self:problem(where, what .. ": unexpected list item " .. tostring(k) ..
                   "; fields are written name = value")
      ok = false
    elseif not checker then
      self:problem(where, what .. ": unknown field '" .. k .. "'" .. util.suggest(k, names))
      ok = false
    else
      local e = checker(v)
      if e then
        self:problem(where, what .. ": " .. k .. " " .. e)
        ok = false
      end
    end
  end
  for _, k in ipairs(schema.required) do
    if spec[k] == nil then
      self:problem(where, what .. ": " .. k .. " is required")
      ok = false
    end
  end
  return ok
end

-- Registers a named declaration in `map`/`order`, refusing duplicates.
function Builder:register(kind, map, order, id, decl)
  local previous = map[id]
  if previous then
    self:problem(decl.where, "duplicate " .. kind .. " '" .. id .. "' (first declared at " ..
                 loc(previous.where) .. ")")
    return
  end
  map[id] = decl
  order[#order + 1] = id
end

-- The constructor's one raw copy of spec (scripts/model/snapshot.lua), or nil after recording at
-- `where` why it cannot be copied.
function Builder:snapshot(spec, where, what)
  local c, err = snapshot.copy(spec)
  if c == nil then self:problem(where, what .. ": " .. err) end
  return c
end

-- Makes a constructor usable both as name "id" { … } and as name { id = "id", … }.
function Builder:named(kind, finish)
  return function(arg)
    local where = here()
    if type(arg) == "string" then
      local token = {}
      self.pending[token] = { kind = kind, id = arg, where = where }
      return function(spec)
        self.pending[token] = nil
        if type(spec) ~= "table" then
          self:problem(where, kind .. " '" .. arg .. "': expected " .. kind .. " \"" .. arg ..
                       "\" { … }, got " .. type(spec))
          return
        end
        spec = self:snapshot(spec, where, kind .. " '" .. arg .. "'")
        if not spec then return end
        if spec.id ~= nil and spec.id ~= arg then
          self:problem(where, kind .. " '" .. arg .. "': id is given twice, as '" .. tostring(spec.id) .. "'")
        end
        finish(arg, spec, where)
      end
    elseif type(arg) == "table" then
      arg = self:snapshot(arg, where, kind)
      if not arg then return end
      if check.string(arg.id) then
        self:problem(where, kind .. ": needs an id: write " .. kind .. " \"id\" { … }")
        return
      end
      finish(arg.id, arg, where)
    else
      self:problem(where, "expected " .. kind .. " \"id\" { … }, got " .. type(arg))
    end
  end
end

function Builder:dsl()
  local b = self
  local dsl = require("styr.layout").dsl(b) -- report layout blocks and analysis { … }
  for k, v in pairs(require("styr.access").dsl(b)) do dsl[k] = v end -- access { … } and web { … }

  function dsl.municipality(spec)
    local where = here()
    if type(spec) ~= "table" then
      b:problem(where, "expected municipality { code = …, name = …, … }, got " .. type(spec))
      return
    end
    spec = b:snapshot(spec, where, "municipality")
    if not spec then return end
    if b.municipality then
      b:problem(where, "municipality is declared twice (first at " .. loc(b.municipality.where) .. ")")
      return
    end
    b:check_fields("municipality", nil, spec, where)
    local m = {}
    for k, v in pairs(spec) do m[k] = v end
    m.where = where
    b.municipality = m
  end

  local function org_constructor(kind_default, schema)
    return b:named(schema, function(id, spec, where)
      b:check_fields(schema, id, spec, where)
      local d = { id = id, where = where, kind = spec.kind or kind_default }
      for k, v in pairs(spec) do if k ~= "id" then d[k] = v end end
      if schema == "role" then d.kind = "role" end
      b:register("organisation id", b.bodies, b.body_order, id, d)
    end)
  end
  dsl.body = org_constructor("committee", "body")
  dsl.group = org_constructor("working_group", "body")
  dsl.role = org_constructor("role", "role")

  dsl.goal = b:named("goal", function(id, spec, where)
    b:check_fields("goal", id, spec, where)
    local d = { id = id, where = where, indicators = {} }
    for k, v in pairs(spec) do if k ~= "id" then d[k] = v end end
    if type(d.indicators) ~= "table" then d.indicators = {} end
    b:register("goal", b.goals, b.goal_order, id, d)
  end)

  dsl.indicator = b:named("indicator", function(id, spec, where)
    b:check_fields("indicator", id, spec, where)
    local d = { id = id, where = where, kind = "number" }
    for k, v in pairs(spec) do if k ~= "id" then d[k] = v end end
    b:register("indicator", b.indicators, b.indicator_order, id, d)
  end)

  function dsl.activity(spec)
    local where = here()
    if type(spec) ~= "table" then
      b:problem(where, "expected activity { goal = …, title = …, … }, got " .. type(spec))
      return
    end
    spec = b:snapshot(spec, where, "activity")
    if not spec then return end
    b:check_fields("activity", nil, spec, where)
    local d = { where = where, done = false }
    for k, v in pairs(spec) do d[k] = v end
    b.activities[#b.activities + 1] = d
  end

  dsl.report = b:named("report", function(id, spec, where)
    b:check_fields("report", id, spec, where)
    if not id:match("^[%w_][%w_%-%.]*$") or #id > 100 then
      b:problem(where, "report '" .. id .. "': the id names the output files, so it may use only " ..
                "letters, digits, '_', '-' and '.' (and not start with '.' or '-')")
    end
    local d = { id = id, where = where, formats = { "html", "csv" } }
    for k, v in pairs(spec) do if k ~= "id" then d[k] = v end end
    b:register("report", b.reports, b.report_order, id, d)
  end)

  local function add_event(id, spec, where)
    b:check_fields("event", id, spec, where)
    local d = { id = id, where = where }
    for k, v in pairs(spec) do if k ~= "id" then d[k] = v end end
    b:register("event", b.events, b.event_order, id, d)
  end
  dsl.event = b:named("event", add_event)

  -- source "kolada" { kind = "kolada", … }: a connector and what to fetch with it.
  dsl.source = b:named("source", function(id, spec, where)
    for _, m in ipairs(sources.check(id, spec)) do b:problem(where, m) end
    local d = { id = id, where = where }
    for k, v in pairs(spec) do if k ~= "id" then d[k] = v end end
    b:register("source", b.sources, b.source_order, id, d)
  end)

  -- wheel { timezone = "Europe/Stockholm", { title = …, … }, … }: the zone and unnamed events.
  function dsl.wheel(spec)
    local where = here()
    if type(spec) ~= "table" then
      b:problem(where, "expected wheel { timezone = …, { title = …, … }, … }, got " .. type(spec))
      return
    end
    spec = b:snapshot(spec, where, "wheel")
    if not spec then return end
    if b.wheel_where then
      b:problem(where, "wheel is declared twice (first at " .. loc(b.wheel_where) .. "); declare more events with event")
      return
    end
    b.wheel_where = where
    for k, v in pairs(spec) do
      if k == "timezone" then
        if check.string(v) then b:problem(where, "wheel: timezone " .. check.string(v)) else b.wheel_zone = v end
      elseif math.type(k) ~= "integer" then
        b:problem(where, "wheel: unknown field '" .. tostring(k) .. "'" .. util.suggest(tostring(k), { "timezone" }))
      end
    end
    for i, ev in ipairs(spec) do
      if type(ev) ~= "table" then
        b:problem(where, "wheel: item " .. i .. " must be an event { title = …, … }")
      else
        add_event(type(ev.id) == "string" and ev.id or ("wheel-" .. i), ev, where)
      end
    end
  end

  -- labels { status = { met = "Nått" }, … }: overrides any word styr prints or writes.
  function dsl.labels(spec)
    local where = here()
    if type(spec) ~= "table" then
      b:problem(where, "expected labels { key = \"text\", … }, got " .. type(spec))
      return
    end
    spec = b:snapshot(spec, where, "labels")
    if not spec then return end
    for _, e in ipairs(labels.check_overrides(spec)) do b:problem(where, "labels: " .. e) end
    b.label_overrides[#b.label_overrides + 1] = spec
  end

  function dsl.kolada_group(id)
    if type(id) ~= "string" then error("kolada_group \"G…\": the group's id must be a string", 2) end
    local handle = setmetatable({}, { __metatable = "kolada group" })
    return snapshot.engine(handle, M.kolada_group(id))
  end

  function dsl.missing(reason)
    if reason ~= nil and type(reason) ~= "string" then
      error("missing(reason): reason must be a string", 2)
    end
    return missing_handle(reason)
  end

  return dsl
end

-- The years targets may be set for: the municipality's plan { from, to }, else the locked
-- mandate (definition_lock), else nil. Returns from, to, what they are called, where they are set, and the level of a
-- target outside them (outside the plan: an error; outside the mandate: a warning, since a goal
-- may look further than the mandate).
local function target_years(b)
  local m = b.municipality
  if not m then return nil end
  if type(m.plan) == "table" and not plan_checker(m.plan) then
    return m.plan.from, m.plan.to, "the plan's years", "municipality plan at " .. loc(m.where), "error"
  end
  local lock = require("styr.definition_lock").lock_of(b)
  if lock then
    local from, to = tonumber(lock.from:sub(1, 4)), tonumber(lock.to:sub(1, 4))
    return from, to, "the locked mandate", "definition_lock at " .. loc(m.where), "warning"
  end
end

-- A year from..to written with the same digits as `year` (2025 for 2205): what a typo meant.
local function year_suggestion(year, from, to)
  local function sorted_digits(n)
    local d = {}
    for c in tostring(n):gmatch("%d") do d[#d + 1] = c end
    table.sort(d)
    return table.concat(d)
  end
  for y = from, to do
    if sorted_digits(y) == sorted_digits(year) then return " (did you mean " .. y .. "?)" end
  end
  return ""
end

-- Checks the years an indicator sets targets for against the plan's years.
local function check_target_years(b, ind, tbl, label)
  if type(tbl) ~= "table" then return end
  local from, to, name, set_at, level = target_years(b)
  local years = {}
  for year in pairs(tbl) do if math.type(year) == "integer" then years[#years + 1] = year end end
  table.sort(years)
  for _, year in ipairs(years) do
    local what = "indicator '" .. ind.id .. "': " .. label .. "[" .. year .. "]"
    if from and (year < from or year > to) then
      b:problem(ind.where, what .. ": " .. year .. " is outside " .. name .. ", " .. from .. "–" .. to ..
                year_suggestion(year, from, to) .. " (" .. set_at .. "); write a year from " .. from .. " to " .. to ..
                " or change the " .. (level == "error" and "plan" or "target"), level)
    elseif not year_key(year) then
      b:problem(ind.where, what .. ": " .. year .. " is not a year styr can use (1900–2200); " ..
                "is it a typo? Give the municipality plan = { from = …, to = … } to have targets checked against it")
    end
  end
end

-- Checks an indicator's values and targets against its kind and direction.
local function check_indicator(b, ind)
  local what = "indicator '" .. ind.id .. "'"
  local text = ind.kind == "text"
  local function values_of(tbl, label)
    if type(tbl) ~= "table" then return end
    for year, v in pairs(tbl) do
      if year_key(year) then
        if type(v) == "string" and not text then
          b:problem(ind.where, what .. ": " .. label .. "[" .. year .. "] is the text \"" .. v ..
                    "\"; a value must be a number (or missing(\"reason\"); use kind = \"text\" for statements)")
        elseif type(v) == "number" and text then
          b:problem(ind.where, what .. ": " .. label .. "[" .. year .. "] is a number, but the indicator has kind = \"text\"")
        end
      end
    end
  end
  local function targets_of(tbl, label)
    if type(tbl) ~= "table" then return end
    for year, t in pairs(tbl) do
      if year_key(year) then
        if type(t) == "number" and not text and ind.direction == nil then
          b:problem(ind.where, what .. ": " .. label .. "[" .. year .. "] is a target, but the indicator " ..
                    "has no direction; add direction = \"increase\", \"decrease\" or \"target\"")
        elseif type(t) == "string" and not text then
          local ok = false
          for _, r in ipairs(M.RELATIVE_TARGETS) do ok = ok or r == t end
          if not ok then
            b:problem(ind.where, what .. ": " .. label .. "[" .. year .. "] \"" .. t .. "\" is not a target; " ..
                      "use a number or one of " .. table.concat(M.RELATIVE_TARGETS, ", ") ..
                      util.suggest(t, M.RELATIVE_TARGETS))
          end
        end
      end
    end
  end
  values_of(ind.values, "values")
  targets_of(ind.targets, "targets")
  check_target_years(b, ind, ind.targets, "targets")
  for _, g in ipairs({ "women", "men" }) do
    if type(ind[g]) == "table" then
      values_of(ind[g].values, g .. ".values")
      targets_of(ind[g].targets, g .. ".targets")
      check_target_years(b, ind, ind[g].targets, g .. ".targets")
    end
  end
  if type(ind.units) == "table" then
    for _, unit in ipairs(util.sorted_keys(ind.units)) do
      local s = ind.units[unit]
      if type(s) == "table" then
        values_of(s.values, "units." .. tostring(unit) .. ".values")
        targets_of(s.targets, "units." .. tostring(unit) .. ".targets")
        check_target_years(b, ind, s.targets, "units." .. tostring(unit) .. ".targets")
      end
    end
  end
  if text and ind.unit ~= nil and ind.unit ~= "text" then
    b:problem(ind.where, what .. ": kind = \"text\" goes with unit = \"text\" (or no unit)")
  end
  if ind.unit == "text" and not text then
    b:problem(ind.where, what .. ": unit = \"text\" needs kind = \"text\"")
  end
end

-- Cross-references and whole-model rules, after every file has run.
function Builder:finish()
  for _, p in pairs(self.pending) do
    self:problem(p.where, p.kind .. " '" .. p.id .. "' has no body: write " .. p.kind .. " \"" ..
                 p.id .. "\" { … }")
  end
  -- A file that stopped half-way leaves declarations out; checking references now would only
  -- report their absence.
  if self.aborted then return end
  local m = self.municipality
  if not m then
    self:problem({ file = self.entry or "init.lua", line = 1 },
                 "no municipality declared; add municipality { code = …, name = …, country = …, language = … }")
  end
  local perspectives = m and type(m.perspectives) == "table" and m.perspectives or nil
  local perspective_set = perspectives and util.set(perspectives)

  local body_ids, indicator_ids, goal_ids = {}, {}, {}
  for _, id in ipairs(self.body_order) do body_ids[#body_ids + 1] = id end
  for _, id in ipairs(self.indicator_order) do indicator_ids[#indicator_ids + 1] = id end
  for _, id in ipairs(self.goal_order) do goal_ids[#goal_ids + 1] = id end

  local function ref(where, what, field, id, map, ids, kind)
    if type(id) == "string" and not map[id] then
      self:problem(where, what .. ": " .. field .. " refers to an unknown " .. kind .. " '" .. id .. "'" ..
                   util.suggest(id, ids))
    end
  end

  local used = {}
  for _, id in ipairs(self.goal_order) do
    local g = self.goals[id]
    local what = "goal '" .. id .. "'"
    ref(g.where, what, "body", g.body, self.bodies, body_ids, "body")
    for _, ind in ipairs(g.indicators) do
      ref(g.where, what, "indicators", ind, self.indicators, indicator_ids, "indicator")
      used[ind] = true
    end
    if type(g.weights) == "table" then
      local own = util.set(g.indicators)
      local names = {}
      for k in pairs(g.weights) do if type(k) == "string" then names[#names + 1] = k end end
      table.sort(names)
      for _, k in ipairs(names) do
        if not own[k] then
          self:problem(g.where, what .. ": weights names '" .. k .. "', which is not one of the goal's indicators" ..
                       util.suggest(k, g.indicators))
        end
      end
      if g.status_rule ~= "weighted" then
        self:problem(g.where, what .. ": weights are used only with status_rule = \"weighted\"", "warning")
      end
    end
    if perspective_set and type(g.perspective) == "string" and not perspective_set[g.perspective] then
      self:problem(g.where, what .. ": perspective '" .. g.perspective .. "' is not one of the municipality's " ..
                   "perspectives (" .. table.concat(perspectives, ", ") .. ")" .. util.suggest(g.perspective, perspectives))
    end
  end

  -- An indicator a formula of a used indicator reads is in use too, even when no goal lists it.
  local grew = true
  while grew do
    grew = false
    for _, id in ipairs(self.indicator_order) do
      local inputs = self.indicators[id].inputs
      if used[id] and type(inputs) == "table" then
        for _, input in pairs(inputs) do
          if type(input) == "string" and not used[input] then used[input] = true; grew = true end
        end
      end
    end
  end
  for _, id in ipairs(self.indicator_order) do
    local ind = self.indicators[id]
    check_indicator(self, ind)
    local what = "indicator '" .. id .. "'"
    if (ind.aggregate == "weighted_mean") ~= (ind.aggregate_weights ~= nil) then
      self:problem(ind.where, what .. ": aggregate = \"weighted_mean\" goes with aggregate_weights = \"indicator\" " ..
                   "(the series that weighs each period), and aggregate_weights only with it")
    end
    ref(ind.where, what, "aggregate_weights", ind.aggregate_weights, self.indicators, indicator_ids, "indicator")
    ref(ind.where, what, "owner", ind.owner, self.bodies, body_ids, "body")
    if not used[id] then
      self:problem(ind.where, "indicator '" .. id .. "' belongs to no goal, so no report shows it", "warning")
    end
  end

  require("styr.formula").check_all(self)
  org.check_all(self)
  sources.check_all(self)
  wheel.check_all(self, self.check_year or tonumber(os.date("!%Y")))
  require("styr.job_checks").check_all(self)
  require("styr.layout").check_all(self)
  require("styr.access").check_all(self)

  for _, a in ipairs(self.activities) do
    local what = "activity '" .. tostring(a.title) .. "'"
    ref(a.where, what, "goal", a.goal, self.goals, goal_ids, "goal")
    ref(a.where, what, "owner", a.owner, self.bodies, body_ids, "body")
  end

  local known_perspectives = {}
  for _, id in ipairs(self.goal_order) do
    local p = self.goals[id].perspective
    if type(p) == "string" then known_perspectives[#known_perspectives + 1] = p end
  end
  local kp_set = util.set(perspectives or known_perspectives)
  for _, id in ipairs(self.report_order) do
    local r = self.reports[id]
    local what = "report '" .. id .. "'"
    if type(r.goals) == "table" then
      for _, g in ipairs(r.goals) do ref(r.where, what, "goals", g, self.goals, goal_ids, "goal") end
    end
    ref(r.where, what, "body", r.body, self.bodies, body_ids, "body")
    if type(r.audiences) == "table" then
      for _, a in ipairs(r.audiences) do ref(r.where, what, "audiences", a, self.bodies, body_ids, "body") end
    end
    if type(r.perspectives) == "table" then
      for _, p in ipairs(r.perspectives) do
        if type(p) == "string" and not kp_set[p] then
          self:problem(r.where, what .. ": perspectives refers to an unknown perspective '" .. p .. "'" ..
                       util.suggest(p, perspectives or known_perspectives))
        end
      end
    end
  end
end

function Builder:errors()
  local n = 0
  for _, p in ipairs(self.problems) do if p.level == "error" then n = n + 1 end end
  return n
end

-- Problems sorted by file and line, for printing.
function Builder:sorted_problems()
  local list = {}
  for i, p in ipairs(self.problems) do list[i] = p; p.seq = i end
  table.sort(list, function(a, b)
    if a.file ~= b.file then return tostring(a.file) < tostring(b.file) end
    if a.line ~= b.line then return (a.line or 0) < (b.line or 0) end
    return a.seq < b.seq
  end)
  return list
end

return M
