-- styr test DIR: runs a configuration's own formula specs, DIR/spec/*_spec.lua, inside styr's Lua
-- host and sandbox (so they need no installed Lua and run under the same budgets as the formulas).
-- The specs are written in busted's style: describe, it, pending, before_each, after_each and
-- assert (equal, same, near, is_true, is_false, is_nil, truthy, falsy, matches, has_error), plus
-- a `styr` table that evaluates the configuration's formulas on given input values:
--
--   local v, reason = styr.evaluate("avslut_per_msek", { exits = 182, cost = 80e6 }, { period = "2019" })
--   styr.indicator(id), styr.missing("reason") (a missing input), styr.config (the loaded model)
local sandbox = require "styr.sandbox"
local config = require "styr.config"
local formula = require "styr.formula"
local model = require "styr.model"
local util = require "styr.util"

local M = {}

-- Assertion failures: their metatable is sealed, as every metatable a spec can reach, and a
-- failure is one the engine made (a spec cannot make its own pass for one).
local FAIL = { __metatable = "assertion failure" }
local failures = setmetatable({}, { __mode = "k" })

local function fail(msg)
  local file, line = config.where()
  local e = setmetatable({ message = (file and (file .. ":" .. line .. ": ") or "") .. msg }, FAIL)
  failures[e] = e.message
  error(e)
end

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) == "number" then
    local short = string.format("%.14g", v)
    return tonumber(short) == v and short or string.format("%.17g", v)
  end
  return tostring(v)
end

local function same(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in pairs(a) do if not same(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

-- The busted-style assert table.
local function make_assert()
  local A = {}
  function A.equal(expected, actual, msg)
    if expected ~= actual then fail((msg and (msg .. ": ") or "") .. "expected " .. show(expected) .. ", got " .. show(actual)) end
  end
  function A.same(expected, actual, msg)
    if not same(expected, actual) then fail((msg and (msg .. ": ") or "") .. "expected the same table contents") end
  end
  function A.near(expected, actual, tolerance, msg)
    if type(actual) ~= "number" or math.abs(expected - actual) > (tolerance or 1e-9) then
      fail((msg and (msg .. ": ") or "") .. "expected " .. show(expected) .. " ± " .. show(tolerance or 1e-9) ..
           ", got " .. show(actual), 2)
    end
  end
  function A.is_true(v, msg) if v ~= true then fail(msg or ("expected true, got " .. show(v))) end end
  function A.is_false(v, msg) if v ~= false then fail(msg or ("expected false, got " .. show(v))) end end
  function A.is_nil(v, msg) if v ~= nil then fail(msg or ("expected nil, got " .. show(v))) end end
  function A.is_not_nil(v, msg) if v == nil then fail(msg or "expected a value, got nil") end end
  function A.truthy(v, msg) if not v then fail(msg or ("expected a true value, got " .. show(v))) end end
  function A.falsy(v, msg) if v then fail(msg or ("expected a false value, got " .. show(v))) end end
  function A.matches(pattern, s, msg)
    if type(s) ~= "string" or not s:find(pattern) then
      fail((msg and (msg .. ": ") or "") .. "expected " .. show(s) .. " to match " .. show(pattern))
    end
  end
  function A.has_error(fn, expected)
    local ok, e = pcall(fn)
    if ok then fail("expected an error") end
    if expected and not tostring(e):find(expected, 1, true) then
      fail("expected an error containing " .. show(expected) .. ", got " .. show(tostring(e)))
    end
  end
  A.are_equal, A.are_same, A.is_near, A.is_truthy, A.is_falsy = A.equal, A.same, A.near, A.truthy, A.falsy
  A.are = { equal = A.equal, same = A.same, near = A.near }
  A.is = { ["true"] = A.is_true, ["false"] = A.is_false, ["nil"] = A.is_nil, truthy = A.truthy, falsy = A.falsy,
           near = A.near, equal = A.equal, same = A.same }
  return setmetatable(A, {
    __call = function(_, v, msg, ...)
      if not v then fail(msg or "assertion failed!") end
      return v, msg, ...
    end,
    __metatable = "assert",
  })
end

-- styr.evaluate(id, inputs, opts): the formula of indicator id for one key, on the given input
-- values (by input name for the key's period) and opts.values = { [indicator id] = { [period] =
-- value } } for other periods. Returns the value, or nil and the reason it is missing.
local function make_styr(b)
  local S = { config = b }
  function S.indicator(id) return b.indicators[id] end
  S.missing = model.missing
  function S.evaluate(id, inputs, opts)
    opts = opts or {}
    local ind = b.indicators[id]
    if not ind then error("no indicator '" .. tostring(id) .. "'" .. util.suggest(tostring(id), b.indicator_order), 2) end
    if not ind.formula then error("indicator '" .. id .. "' has no formula", 2) end
    local key = { area = opts.area or b.municipality.code, gender = opts.gender or "T",
                  period = tostring(opts.period or "2019") }
    local values = {}
    for rid, by in pairs(opts.values or {}) do
      values[rid] = {}
      for p, x in pairs(by) do values[rid][tostring(p)] = x end
    end
    for name, x in pairs(inputs or {}) do
      local rid = ind.inputs[name]
      if not rid then error("indicator '" .. id .. "' has no input '" .. tostring(name) .. "'", 2) end
      values[rid] = values[rid] or {}
      values[rid][key.period] = x
    end
    local data = { builder = b }
    function data.find(rid, _, _, _, p)
      local x = values[rid] and values[rid][p]
      if x == nil then return nil, false end
      if model.is_missing(x) then return nil, model.missing_reason(x) or true end
      return x
    end
    function data.known(rid) return b.indicators[rid] ~= nil end
    function data.indicator(rid) return b.indicators[rid] end
    local res = formula.evaluate(ind, key, data)
    if res.missing then return nil, res.missing end
    return res.value
  end
  return S
end

-- Runs one spec file's tests; appends results { name, status, message } to `results`.
local function run_file(path, text, b, results)
  local blocks = { { name = nil, before = {}, after = {}, tests = {}, children = {} } }
  local current = blocks[1]
  local dsl = {}
  function dsl.describe(name, fn)
    local block = { name = name, before = {}, after = {}, tests = {}, children = {}, parent = current }
    current.children[#current.children + 1] = block
    current.tests[#current.tests + 1] = { block = block }
    local previous = current
    current = block
    fn()
    current = previous
  end
  function dsl.it(name, fn) current.tests[#current.tests + 1] = { name = name, fn = fn } end
  function dsl.pending(name) current.tests[#current.tests + 1] = { name = name } end
  function dsl.before_each(fn) current.before[#current.before + 1] = fn end
  function dsl.after_each(fn) current.after[#current.after + 1] = fn end
  dsl.assert = make_assert()
  dsl.styr = make_styr(b)
  dsl.missing = dsl.styr.missing
  local env = sandbox.new(dsl)
  local chunk, lerr = load(text, "@" .. path, "t", env)
  if not chunk then
    results[#results + 1] = { name = path, status = "error", message = lerr }
    return
  end
  local ok, rerr = pcall(chunk)
  if not ok then
    results[#results + 1] = { name = path, status = "error", message = tostring(rerr) }
    return
  end
  local function befores(block, list)
    if block.parent then befores(block.parent, list) end
    for _, f in ipairs(block.before) do list[#list + 1] = f end
    return list
  end
  local function run_block(block, prefix)
    for _, t in ipairs(block.tests) do
      if t.block then
        run_block(t.block, prefix .. t.block.name .. " ")
      else
        local name = prefix .. t.name
        if not t.fn then
          results[#results + 1] = { name = name, status = "pending" }
        else
          local tok, terr = pcall(function()
            for _, f in ipairs(befores(block, {})) do f() end
            t.fn()
            local b2 = block
            while b2 do
              for _, f in ipairs(b2.after) do f() end
              b2 = b2.parent
            end
          end)
          if tok then
            results[#results + 1] = { name = name, status = "success" }
          elseif failures[terr] then
            results[#results + 1] = { name = name, status = "failure", message = failures[terr] }
          else
            results[#results + 1] = { name = name, status = "error", message = tostring(terr) }
          end
        end
      end
    end
  end
  run_block(blocks[1], "")
end

-- styr test [DIR]
function M.command(opts, cli)
  local EXIT = cli.EXIT
  local dir = (opts.args[1] or opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local b, code = cli.load_config(dir, opts)
  if not b then return code end
  local spec_dir = dir .. "/spec"
  local names, lerr = config.list(spec_dir)
  if not names then
    cli.err("styr test: " .. tostring(lerr) .. " (the specs live in " .. spec_dir .. "/*_spec.lua)")
    return EXIT.usage
  end
  local files = {}
  for _, n in ipairs(names) do if n:match("_spec%.lua$") then files[#files + 1] = n end end
  table.sort(files)
  if #files == 0 then
    cli.err("styr test: " .. spec_dir .. " has no *_spec.lua files")
    return EXIT.usage
  end
  local results = {}
  for _, f in ipairs(files) do
    local text, path = config.read(dir, "spec/" .. f)
    if not text then
      results[#results + 1] = { name = f, status = "error", message = tostring(path) }
    else
      run_file(path, text, b, results)
    end
  end
  local counts = { success = 0, failure = 0, error = 0, pending = 0 }
  for i, r in ipairs(results) do
    counts[r.status] = counts[r.status] + 1
    local mark = r.status == "success" and "ok" or r.status == "pending" and "ok # SKIP pending" or "not ok"
    cli.out(string.format("%s %d - %s", mark, i, r.name))
    if r.message then cli.out("    # " .. r.message:gsub("\n", "\n    # ")) end
  end
  cli.out(string.format("%d success%s / %d failure%s / %d error%s / %d pending", counts.success,
    counts.success == 1 and "" or "es", counts.failure, counts.failure == 1 and "" or "s", counts.error,
    counts.error == 1 and "" or "s", counts.pending))
  return (counts.failure + counts.error) > 0 and EXIT.failed or EXIT.ok
end

return M
