-- Indicator formulas: the helpers an analyst's formula calls (ratio, share, per capita, per
-- 10 000, per million SEK, change and percent change, moving average, year to date, sum of parts),
-- the checks of `formula` and `inputs` with the dependency graph (cycles are configuration
-- errors), and the evaluation of one formula for one area × gender × period.
--
-- A missing input or a division by zero never yields 0, NaN or inf: it stops the formula with a
-- "missing" signal that carries the reason, and the computed value is stored as missing with it.
local util = require "styr.util"
local period = require "styr.period"

local M = {}

-- The metatable of the error object that means "the result is missing", sealed like every
-- metatable a formula can reach (a formula can catch the object with pcall).
local SIGNAL = { __metatable = "missing signal" }
local signals = setmetatable({}, { __mode = "k" }) -- signal -> its reason

-- Stops the running formula: its result is missing, for `reason`.
function M.missing(reason)
  local e = setmetatable({ reason = reason }, SIGNAL)
  signals[e] = reason
  error(e, 0)
end

function M.is_signal(e)
  return signals[e] ~= nil
end

local HUGE = math.huge

-- A number, or a missing signal naming `what`; a value of another type is a formula error.
local function num(x, what)
  if type(x) == "number" then
    if x ~= x or x == HUGE or x == -HUGE then M.missing(what .. " is not a finite number") end
    return x
  end
  if x == nil then M.missing(what .. " is missing") end
  error(what .. " must be a number, not " .. type(x), 3)
end

-- ---- helpers on numbers -------------------------------------------------------------------

-- a / b; b = 0 gives a missing value ("division by zero").
function M.ratio(a, b)
  a, b = num(a, "the numerator"), num(b, "the denominator")
  if b == 0 then M.missing("division by zero") end
  return a / b
end

-- part as a percentage of whole.
function M.share(part, whole)
  return 100 * M.ratio(num(part, "the part"), num(whole, "the whole"))
end

-- value per inhabitant.
function M.per_capita(value, population)
  return M.ratio(num(value, "the value"), num(population, "the population"))
end

-- value per 10 000 inhabitants.
function M.per_10000(value, population)
  return 10000 * M.ratio(num(value, "the value"), num(population, "the population"))
end

local SEK_PER = { sek = 1, tsek = 1e3, msek = 1e6 }

-- value per million SEK; amount is in SEK unless unit says "tsek" (thousands) or "msek".
function M.per_msek(value, amount, unit)
  local f = SEK_PER[unit or "sek"]
  if not f then error("per_msek: unit must be \"sek\", \"tsek\" or \"msek\", not " .. tostring(unit), 2) end
  return M.ratio(num(value, "the value"), num(amount, "the amount") * f / 1e6)
end

-- Sum of the numbers given (women + men); any missing part makes the sum missing.
function M.sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + num((select(i, ...)), "part " .. i) end
  return s
end

-- Mean of a list of numbers.
function M.mean(list)
  if type(list) ~= "table" or #list == 0 then M.missing("no values to average") end
  local s = 0
  for i, x in ipairs(list) do s = s + num(x, "value " .. i) end
  return s / #list
end

-- now - before.
function M.difference(now, before)
  return num(now, "the value") - num(before, "the earlier value")
end

-- Change from `before` to `now` in percent of `before` (also: deviation of outcome from budget).
function M.percent_difference(now, before)
  now, before = num(now, "the value"), num(before, "the reference value")
  if before == 0 then M.missing("division by zero (the reference value is 0)") end
  return 100 * (now - before) / math.abs(before)
end

-- Deviation of an outcome from its budget, in percent of the budget.
function M.deviation(outcome, budget)
  return M.percent_difference(num(outcome, "the outcome"), num(budget, "the budget"))
end

M.HELPERS = { "ratio", "share", "per_capita", "per_10000", "per_msek", "sum", "mean", "difference",
              "percent_difference", "deviation", "change", "percent_change", "moving_average",
              "year_to_date", "sum_of_parts", "value", "target", "missing" }

-- ---- checks and the dependency graph ------------------------------------------------------

local function loc(where) return (where.file or "?") .. ":" .. (where.line or 0) end

-- Checks formula/inputs of every indicator, then looks for cycles. Records problems in b.
function M.check_all(b)
  local ids = b.indicator_order
  for _, id in ipairs(ids) do
    local ind = b.indicators[id]
    local what = "indicator '" .. id .. "'"
    if ind.formula ~= nil and ind.inputs == nil then
      b:problem(ind.where, what .. ": a formula needs inputs = { name = \"indicator id\", … }")
    elseif ind.inputs ~= nil and ind.formula == nil then
      b:problem(ind.where, what .. ": inputs are given but no formula = function(v, ctx) … end")
    end
    if type(ind.inputs) == "table" then
      for _, name in ipairs(util.sorted_keys(ind.inputs)) do
        local ref = ind.inputs[name]
        if type(ref) == "string" and not b.indicators[ref] then
          b:problem(ind.where, what .. ": inputs." .. name .. " refers to an unknown indicator '" .. ref .. "'" ..
                    util.suggest(ref, ids))
        end
      end
    end
  end
  for _, id in ipairs(ids) do
    local ind = b.indicators[id]
    if type(ind.formula) == "function" and type(ind.inputs) == "table" then M.check_reads(b, ind) end
  end
  local _, cycle = M.order(b)
  if cycle then
    local parts = {}
    for _, id in ipairs(cycle) do parts[#parts + 1] = "'" .. id .. "' (" .. loc(b.indicators[id].where) .. ")" end
    b:problem(b.indicators[cycle[1]].where, "indicators refer to each other through their inputs in a cycle: " ..
              table.concat(parts, " -> "))
  end
end

-- Helpers of ctx whose first argument names an input (or another indicator's id).
local NAMED_HELPERS = { "value", "change", "percent_change", "moving_average", "year_to_date", "sum_of_parts", "target" }

-- Reads the formula's source text for the inputs it names (v.name, v["name"], ctx.value("name"),
-- ctx.change("name"), …) and records a problem at the line of each name that is neither one of
-- its inputs nor (for ctx helpers) an indicator, with a did-you-mean from the inputs. Done before
-- the formula runs, so that a typo fails validate instead of every period of compute.
function M.check_reads(b, ind)
  local src = M.source(b, ind)
  if src.text == "" then return end
  local names = util.sorted_keys(ind.inputs)
  local inputs_text = table.concat(names, ", ")
  local what = "indicator '" .. ind.id .. "'"
  local first = src.text:match("function%s*[%w_.:]*%s*%(%s*([%a_][%w_]*)")
  local vname = first or "v"
  local ctxname = src.text:match("function%s*[%w_.:]*%s*%(%s*[%a_][%w_]*%s*,%s*([%a_][%w_]*)") or "ctx"
  local reported = {}
  local declared = {} -- the ids of the inputs: read by id, a declared input is read in order too
  for _, id in pairs(ind.inputs) do declared[id] = true end
  local function report(lineno, shown, name, also_ids, reads_values)
    if ind.inputs[name] ~= nil or reported[name] then return end
    local other = also_ids and b.indicators[name]
    if other and reads_values and other.formula and not declared[name] then
      reported[name] = true
      b:problem({ file = src.file, line = src.first + lineno - 1 }, what .. ": " .. M.undeclared_formula(ind.id, name, shown))
      return
    end
    if other then return end
    reported[name] = true
    b:problem({ file = src.file, line = src.first + lineno - 1 },
              what .. ": the formula reads " .. shown .. ", which is not one of its inputs" ..
              util.suggest(name, names) .. "; the inputs are: " .. inputs_text ..
              " (declare it in inputs = { " .. name .. " = \"indicator id\" } or fix the name)")
  end
  local lineno = 0
  for line in (src.text .. "\n"):gmatch("([^\n]*)\n") do
    lineno = lineno + 1
    line = line:gsub("%-%-.*$", "")
    for name in line:gmatch("%f[%w_]" .. vname .. "%s*%.%s*([%a_][%w_]*)") do
      report(lineno, vname .. "." .. name, name, false)
    end
    for name in line:gmatch("%f[%w_]" .. vname .. "%s*%[%s*[\"']([^\"']+)[\"']%s*%]") do
      report(lineno, vname .. "[\"" .. name .. "\"]", name, false)
    end
    for _, helper in ipairs(NAMED_HELPERS) do
      for name in line:gmatch("%f[%w_]" .. ctxname .. "%s*%.%s*" .. helper .. "%s*%(%s*[\"']([^\"']+)[\"']") do
        report(lineno, ctxname .. "." .. helper .. "(\"" .. name .. "\")", name, true, helper ~= "target")
      end
    end
  end
end

-- Why a formula may not read, by its id, the values of an indicator computed by a formula (its
-- own or another's) without declaring it: compute runs the formulas in the order of their declared
-- inputs, so such a read would see results of an earlier run or of none, and the result would
-- depend on what the store happened to hold.
function M.undeclared_formula(id, other, shown)
  if other == id then
    return "the formula reads " .. shown .. ", its own results; a formula computes each period from its inputs " ..
      "(declare the indicator it should read in inputs = { name = \"indicator id\" })"
  end
  return "the formula reads " .. shown .. ", which is computed by its own formula and is not one of the inputs; " ..
    "declare it in inputs = { " .. other:gsub("[^%w_]", "_") .. " = \"" .. other .. "\" } so that it is computed first"
end

local function deps(b, id)
  local ind = b.indicators[id]
  local list = {}
  if ind and ind.formula and type(ind.inputs) == "table" then
    for _, name in ipairs(util.sorted_keys(ind.inputs)) do
      local ref = ind.inputs[name]
      if type(ref) == "string" and b.indicators[ref] then list[#list + 1] = ref end
    end
  end
  return list
end

-- The formula indicators in an order where each comes after the indicators it reads, or nil and
-- a cycle { id1, id2, …, id1 }.
function M.order(b)
  local state, order = {}, {}
  local stack = {}
  local function visit(id)
    if state[id] == "done" then return nil end
    if state[id] == "active" then
      local cycle, start = {}, nil
      for i, s in ipairs(stack) do if s == id then start = i end end
      for i = start, #stack do cycle[#cycle + 1] = stack[i] end
      cycle[#cycle + 1] = id
      return cycle
    end
    state[id] = "active"
    stack[#stack + 1] = id
    for _, d in ipairs(deps(b, id)) do
      local c = visit(d)
      if c then return c end
    end
    stack[#stack] = nil
    state[id] = "done"
    if b.indicators[id].formula then order[#order + 1] = id end
    return nil
  end
  for _, id in ipairs(b.indicator_order) do
    local c = visit(id)
    if c then return nil, c end
  end
  return order
end

-- ---- source text and hash -----------------------------------------------------------------

-- What M.source has read, per configuration (weak: a configuration loaded again starts afresh):
-- each loaded file's lines, split once, and each indicator's source. A configuration of a thousand
-- formulas in one file read each formula's lines by scanning the file from its top: 13 s of a
-- compute (tests/bench/store_bench.py).
local read_sources = setmetatable({}, { __mode = "k" })

-- { file =, first =, last =, text = } of an indicator's formula (text from the loaded files), the
-- same table each time for one configuration (read it, do not change it).
function M.source(b, ind)
  local seen = read_sources[b]
  if not seen then seen = { lines = {}, of = setmetatable({}, { __mode = "k" }) }; read_sources[b] = seen end
  local src = seen.of[ind]
  if src then return src end
  local file, first, last = require("styr.config").function_where(ind.formula)
  if not file then
    src = { file = ind.where.file, first = ind.where.line, last = ind.where.line, text = "" }
  else
    local lines = seen.lines[file]
    if not lines then
      lines = {}
      local text = b.file_texts and b.file_texts[file]
      if text then for line in (text .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = line end end
      seen.lines[file] = lines
    end
    src = { file = file, first = first, last = last,
            text = table.concat(lines, "\n", math.max(first, 1), math.min(last, #lines)) }
  end
  seen.of[ind] = src
  return src
end

-- The hash of what defines an indicator's formula: its source text and its inputs.
function M.hash(b, ind)
  local src = M.source(b, ind)
  local parts = { src.text ~= "" and src.text or (src.file .. ":" .. src.first) }
  for _, name in ipairs(util.sorted_keys(ind.inputs or {})) do parts[#parts + 1] = name .. "=" .. tostring(ind.inputs[name]) end
  return require("styr.store").hash(table.concat(parts, "\n"))
end

-- A canonical text of a configuration value (numbers, strings, booleans and tables of them, keys
-- sorted), for hashing.
local function canonical(x)
  if type(x) == "table" then
    local parts = {}
    for _, k in ipairs(util.sorted_keys(x)) do parts[#parts + 1] = canonical(k) .. "=" .. canonical(x[k]) end
    return "{" .. table.concat(parts, ",") .. "}"
  elseif type(x) == "number" then
    return math.type(x) == "integer" and tostring(x) or string.format("%.17g", x)
  elseif type(x) == "string" then
    return string.format("%q", x)
  end
  return tostring(x)
end

-- The hash compute records with a formula's run (formula_runs): the formula's hash, and the
-- targets and base years its helpers can read (ctx.target, change(name, "base")) of the
-- indicator itself, of its inputs and of every indicator its source names in quotes. A changed
-- target or base year makes the formula run again. The definition lock keeps M.hash.
function M.run_hash(b, ind)
  local ids = { [ind.id] = true }
  for _, input in pairs(ind.inputs or {}) do ids[input] = true end
  for quoted in M.source(b, ind).text:gmatch("[\"']([^\"'\n]+)[\"']") do
    if b.indicators[quoted] then ids[quoted] = true end
  end
  local parts = { M.hash(b, ind) }
  for _, id in ipairs(util.sorted_keys(ids)) do
    local other = b.indicators[id]
    if other then
      parts[#parts + 1] = id .. ":" .. canonical({ base = other.base, targets = other.targets,
        women = type(other.women) == "table" and other.women.targets or nil,
        men = type(other.men) == "table" and other.men.targets or nil })
    end
  end
  return require("styr.store").hash(table.concat(parts, "\n"))
end

-- ---- evaluation ---------------------------------------------------------------------------

-- The answer data.find gives for a stored row (or nil): the number a formula computes with, or
-- nil and why not: false when there is no row, else the row's note (true when it has none); third,
-- the row. For data sources that hold whole rows (styr spec's, the tests').
function M.row_answer(row)
  if row == nil then return nil, false end
  local x = row.value
  if x ~= nil and row.status ~= "missing" then return x, nil, row end
  return nil, row.note or true, row
end

local SEP = "\0"

-- The evaluator of indicator `ind`'s formula: one context (v, ctx and its helpers) built once
-- and reused for every key, so that computing a whole country costs one formula call per value
-- and no new closures. `data` answers data.find(id, k, area, gender, period) (k = area .. "\0" ..
-- gender .. "\0" .. period) as M.row_answer does, data.known(id) and data.indicator(id).
--
-- The evaluator eval(k, area, gender, period) returns value, missing reason, n: the number of
-- inputs the formula read, whose ids are in the evaluator's list `used.id` (overwritten by the next
-- call); with `trace` (explain) also their name, area, gender, period and row (`used.name[i]`, …).
-- The set `used.undeclared` collects, over every call, the ids read that are not inputs.
-- A formula error raises "indicator 'x', area A, gender G, period P: file:line: message".
function M.evaluator(ind, data, trace)
  -- the key being evaluated
  local key_k, key_area, key_gender, key_period
  local n = 0
  local used = { id = {}, area = {}, gender = {}, period = {}, row = {}, name = {}, undeclared = {} }
  local u_id, u_area, u_gender, u_period, u_row, u_name = used.id, used.area, used.gender, used.period, used.row,
    used.name
  local inputs = ind.inputs
  local declared = {} -- the inputs' ids: a formula may read a declared input by its id too
  for _, id in pairs(inputs) do declared[id] = true end
  local find = data.find
  local function read(name, p, gender, area)
    local id = inputs[name]
    if id == nil then
      -- another indicator's id may be given directly to ctx.value
      if type(name) == "string" and data.known(name) then
        id = name
        if not declared[id] then
          if data.indicator(id).formula then error(M.undeclared_formula(ind.id, id, "the indicator '" .. id .. "'"), 3) end
          used.undeclared[id] = true
        end
      else
        error("unknown input '" .. tostring(name) .. "'" .. util.suggest(tostring(name), util.sorted_keys(inputs)) ..
              "; the inputs are: " .. table.concat(util.sorted_keys(inputs), ", "), 3)
      end
    end
    local k
    if p == nil and gender == nil and area == nil then
      p, gender, area, k = key_period, key_gender, key_area, key_k
    else
      p = p or key_period
      gender = gender or key_gender
      area = area or key_area
      k = area .. SEP .. gender .. SEP .. p
    end
    local x, why, row = find(id, k, area, gender, p)
    n = n + 1
    u_id[n] = id
    if trace then u_area[n], u_gender[n], u_period[n], u_row[n], u_name[n] = area, gender, p, row or false, name end
    if x == nil then
      if not why then
        M.missing("input '" .. tostring(name) .. "' (" .. id .. ") has no value for " .. p ..
                  (gender ~= "T" and (" (" .. gender .. ")") or ""))
      end
      M.missing("input '" .. tostring(name) .. "' (" .. id .. ") is missing for " .. p ..
                (why ~= true and (": " .. why) or ""))
    end
    return x
  end

  local v = setmetatable({}, {
    -- Not tail calls (here and in ctx.value): read's errors point two levels up, at the formula's line.
    __index = function(_, name)
      -- The common case first: a declared input with a value for the key being evaluated.
      local id = inputs[name]
      if id ~= nil and not trace then
        local x = find(id, key_k)
        if x ~= nil then
          n = n + 1
          u_id[n] = id
          return x
        end
      end
      local x = read(name)
      return x
    end,
    __newindex = function() error("the inputs v are read-only", 2) end,
    __metatable = "formula inputs",
  })
  -- What ctx offers: the helpers, then (per key) period, area, gender and indicator. ctx itself
  -- is empty and reads through to `cur`, so a formula that writes into ctx changes nothing the
  -- next key sees (what it wrote is cleared after each call).
  local helpers = {}
  for _, h in ipairs({ "ratio", "share", "per_capita", "per_10000", "per_msek", "sum", "mean", "difference",
                       "percent_difference", "deviation", "missing" }) do
    helpers[h] = M[h]
  end
  local cur = setmetatable({ indicator = ind.id }, { __index = helpers, __metatable = "formula context" })
  local ctx = setmetatable({}, { __index = cur, __metatable = "formula context" })
  -- ctx.value(name or indicator id [, period [, gender [, area]]])
  function helpers.value(name, p, gender, area)
    local x = read(name, p, gender, area)
    return x
  end

  -- The period a change is measured against: "previous", "base" (the base year) or a period.
  local function reference(name, against)
    against = against or "previous"
    if against == "previous" then
      local prev, perr = period.step(key_period, -1)
      if not prev then error("change: " .. tostring(perr), 3) end
      return prev
    elseif against == "base" then
      local id = inputs[name] or name
      local src = data.indicator(id)
      local base = (ind.base and ind.base.year) or (src and src.base and src.base.year)
      if not base then M.missing("no base year: declare base = { year = … } on '" .. ind.id .. "' or '" .. id .. "'") end
      return tostring(base)
    end
    return tostring(against)
  end
  -- change(name [, against]) or change(now, before) on numbers.
  function helpers.change(a, b)
    if type(a) == "number" then return M.difference(a, b) end
    return M.difference(read(a), read(a, reference(a, b)))
  end
  function helpers.percent_change(a, b)
    if type(a) == "number" then return M.percent_difference(a, b) end
    return M.percent_difference(read(a), read(a, reference(a, b)))
  end
  -- Mean of the input over the n periods ending with this one.
  function helpers.moving_average(name, count)
    if math.type(count) ~= "integer" or count < 1 then error("moving_average: n must be a whole number >= 1", 2) end
    local list = {}
    for i = 0, count - 1 do list[#list + 1] = read(name, assert(period.step(key_period, -i))) end
    return M.mean(list)
  end
  -- Sum of the input over this year's periods up to and including this one.
  function helpers.year_to_date(name)
    local kind = period.kind(key_period)
    if kind == "year" then
      local x = read(name)
      return x
    end
    local year = key_period:sub(1, 4)
    local s = 0
    for _, p in ipairs(period.children(year, kind)) do
      if period.compare(p, key_period) > 0 then break end
      s = s + read(name, p)
    end
    return s
  end
  -- The target declared for an input (or the indicator itself, with no name) for this period
  -- (or `p`): targets may change from year to year. A missing or relative target is missing.
  function helpers.target(name, p)
    local id = name == nil and ind.id or inputs[name] or name
    local src = data.indicator(id)
    if not src then error("target: no indicator '" .. tostring(id) .. "'", 2) end
    local year = tonumber(tostring(p or key_period):sub(1, 4))
    local split = key_gender == "K" and src.women or key_gender == "M" and src.men or nil
    local t = (type(split) == "table" and type(split.targets) == "table" and split.targets[year]) or
              (key_gender == "T" and type(src.targets) == "table" and src.targets[year]) or nil
    if type(t) ~= "number" then M.missing("'" .. id .. "' has no numeric target for " .. tostring(year)) end
    return t
  end
  -- women + men of the input, for this area and period.
  function helpers.sum_of_parts(name)
    return read(name, nil, "K") + read(name, nil, "M")
  end

  local fn = ind.formula
  local model -- styr.model, loaded on first need
  local function fail(msg)
    local src = M.source(data.builder, ind)
    if msg:sub(1, #src.file + 1) ~= src.file .. ":" then msg = src.file .. ":" .. src.first .. ": " .. msg end
    error(string.format("indicator '%s', area %s, gender %s, period %s: %s", ind.id, key_area, key_gender,
                        key_period, msg), 0)
  end
  local function eval(k, area, gender, p)
    key_k, key_area, key_gender, key_period, n = k, area, gender, p, 0
    cur.period, cur.area, cur.gender = p, area, gender
    local ok, res = pcall(fn, v, ctx)
    -- (next and rawset: the metatables are sealed, so nothing a formula did can run here)
    local f = next(ctx)
    while f ~= nil do rawset(ctx, f, nil); f = next(ctx) end
    if ok and type(res) == "number" then
      if res ~= res then return nil, "the result is not a number (0/0)", n end
      if res == HUGE or res == -HUGE then return nil, "division by zero", n end
      return res, nil, n
    end
    if not ok then
      if signals[res] then return nil, signals[res], n end
      -- The store failed while the formula read an input: not the formula's fault.
      if require("styr.storage").is_failure(res) then error(res, 0) end
      -- The message names the formula's file:line: Lua's own position when the error came from
      -- the formula's code, else the line the formula starts on.
      fail(tostring(res))
    end
    model = model or require "styr.model"
    if model.is_missing(res) then
      -- missing("reason") from the configuration language
      return nil, model.missing_reason(res) or "missing", n
    end
    if res == nil then return nil, "the formula returned no value", n end
    local src = M.source(data.builder, ind)
    error(string.format("indicator '%s', area %s, gender %s, period %s: %s:%d: the formula must return a number " ..
                        "(or missing(\"reason\")), not %s", ind.id, key_area, key_gender, key_period, src.file,
                        src.first, type(res)), 0)
  end
  return eval, used
end

-- Evaluates indicator `ind` for one key (M.evaluator for a single key). Returns a result table:
--   { value = number } or { missing = reason }, and .used = list of { name, id, area, gender,
--   period, row } the formula read.
function M.evaluate(ind, key, data)
  local eval, used = M.evaluator(ind, data, true)
  local value, missing, n = eval(key.key or (key.area .. SEP .. key.gender .. SEP .. key.period), key.area, key.gender,
    key.period)
  local list = {}
  for i = 1, n do
    list[i] = { name = used.name[i], id = used.id[i], area = used.area[i], gender = used.gender[i],
                period = used.period[i], row = used.row[i] or nil }
  end
  return { value = value, missing = missing, used = list }
end

return M
