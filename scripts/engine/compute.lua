-- styr compute: runs every formula indicator for every area × gender × period its inputs have, in
-- dependency order, and stores each indicator's results with one db:put_rows (source
-- "formula:FILE:LINE"; a missing result carries its reason as the note), with what each value was
-- computed from (the hash of the formula's source and the inputs' vintages), so a value whose
-- formula and inputs did not change is not computed again.
local formula = require "styr.formula"
local storage = require "styr.storage"
local sync = require "styr.sync"
local util = require "styr.util"

local M = {}

local SEP = "\0"

-- In-memory view of the stored rows (latest vintage, or the latest known at as_of) of the
-- indicators the formulas read. get(id, area, gender, period) -> row or nil.
function M.data(b, db, as_of)
  local cache = {}
  local d = { builder = b }
  local function load(id)
    if cache[id] then return cache[id] end
    local rows, err, kind = db:latest(id, as_of and { as_of = as_of } or nil)
    if not rows then storage.raise(err, kind) end
    local by = {}
    for _, r in ipairs(rows) do by[r.area .. SEP .. r.gender .. SEP .. r.period] = r end
    cache[id] = by
    return by
  end
  function d.get(id, area, gender, p) return load(id)[area .. SEP .. gender .. SEP .. p] end
  function d.set(id, row) load(id)[row.area .. SEP .. row.gender .. SEP .. row.period] = row end
  function d.rows(id) return load(id) end
  function d.known(id) return b.indicators[id] ~= nil end
  function d.indicator(id) return b.indicators[id] end
  return d
end

-- The keys (area, gender, period) a formula indicator is computed for: every key any input has.
local function keys_of(ind, data)
  local set, list = {}, {}
  for _, name in ipairs(util.sorted_keys(ind.inputs)) do
    for k, r in pairs(data.rows(ind.inputs[name])) do
      if not set[k] then
        set[k] = true
        list[#list + 1] = { area = r.area, gender = r.gender, period = r.period, period_kind = r.period_kind or "year" }
      end
    end
  end
  table.sort(list, function(a, c)
    if a.area ~= c.area then return a.area < c.area end
    if a.gender ~= c.gender then return a.gender < c.gender end
    return a.period < c.period
  end)
  return list
end

-- The inputs' vintages as one text: a line "id|area|gender|period|vintage" per value read.
local function inputs_text(used)
  local lines, seen = {}, {}
  for _, u in ipairs(used) do
    local line = table.concat({ u.id, u.area, u.gender, u.period, u.row and u.row.vintage or "-" }, "|")
    if not seen[line] then seen[line] = true; lines[#lines + 1] = line end
  end
  table.sort(lines)
  return table.concat(lines, "\n")
end

-- Whether the recorded inputs still have the vintages they had.
local function inputs_unchanged(text, data)
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    if line ~= "" then
      local id, area, gender, p, vintage = line:match("^(.-)|(.-)|(.-)|(.-)|(.*)$")
      if not id then return false end
      local row = data.get(id, area, gender, p)
      if (row and row.vintage or "-") ~= vintage then return false end
    end
  end
  return true
end

-- Periods that the configuration types in for an indicator (they win over its formula).
local function typed_keys(b, ind)
  local set = {}
  for _, s in ipairs(sync.series_of(ind, b.municipality.code)) do
    if type(s.values) == "table" then
      for year in pairs(s.values) do set[s.area .. SEP .. s.gender .. SEP .. tostring(year)] = true end
    end
  end
  return set
end

-- Evaluates every formula. opts.store = false computes without writing (as-of runs); opts.as_of
-- limits the inputs to vintages known then. Returns counts { new, changed, unchanged, skipped,
-- missing } and the list of results { id, key, value | missing }; raises on a formula error, and
-- raises a store failure (styr.storage) when the store fails.
function M.evaluate_all(b, db, now, opts)
  opts = opts or {}
  local order = assert(formula.order(b))
  local data = M.data(b, db, opts.as_of)
  local counts = { new = 0, changed = 0, unchanged = 0, skipped = 0, missing = 0 }
  local results = {}
  for _, id in ipairs(order) do
    local ind = b.indicators[id]
    local src = formula.source(b, ind)
    local source = "formula:" .. src.file .. ":" .. src.first
    local hash = formula.hash(b, ind)
    local typed = typed_keys(b, ind)
    local recorded = {}
    if opts.store ~= false then
      for _, r in ipairs(storage.check(db:computed(id))) do recorded[r.area .. SEP .. r.gender .. SEP .. r.period] = r end
    end
    -- This indicator's results: computed first, then stored with one db:put_rows (formulas read
    -- other indicators only, so none of them reads a result of this batch).
    local rows, keys = {}, {}
    for _, key in ipairs(keys_of(ind, data)) do
      local k = key.area .. SEP .. key.gender .. SEP .. key.period
      local rec = recorded[k]
      -- A value typed into the configuration is the published figure; the formula leaves it.
      if typed[k] then goto next_key end
      if rec and rec.formula_hash == hash and inputs_unchanged(rec.inputs, data) and data.get(id, key.area, key.gender, key.period) then
        counts.unchanged = counts.unchanged + 1
        counts.skipped = counts.skipped + 1
      else
        local res = formula.evaluate(ind, key, data)
        results[#results + 1] = { id = id, key = key, value = res.value, missing = res.missing }
        if res.missing then counts.missing = counts.missing + 1 end
        local row = { area = key.area, gender = key.gender, period = key.period, period_kind = key.period_kind,
                      value = res.value, status = res.missing and "missing" or "ok", note = res.missing,
                      source = source, vintage = opts.as_of or now }
        if opts.store == false then
          data.set(id, row)
        else
          rows[#rows + 1] = {
            indicator = id, title = ind.title, unit = ind.unit, direction = ind.direction, area = key.area,
            gender = key.gender, period_kind = key.period_kind, period = key.period, value = res.value,
            status = row.status, note = res.missing,
            computed = { formula_hash = hash, inputs = inputs_text(res.used), computed_at = now },
          }
          keys[#rows] = row
        end
      end
      ::next_key::
    end
    if #rows > 0 then
      local stored, what = storage.check(db:put_rows(rows, { vintage = now, source = source, outcomes = true }))
      counts.new = counts.new + stored.new
      counts.changed = counts.changed + stored.changed
      counts.unchanged = counts.unchanged + stored.unchanged
      -- What later formulas read: a new vintage where one was written; an unchanged value keeps
      -- the vintage it had (the inputs' vintages are what compute compares).
      for i, w in ipairs(what) do
        if w ~= "unchanged" then data.set(id, keys[i]) end
      end
    end
  end
  return counts, results
end

-- The job's entry (scripts/jobs.lua): evaluates inside the caller's transaction. Returns counts
-- or nil, message, kind ("store" when the store failed, "config" for a formula's error).
function M.run(b, db, now)
  local ok, counts = pcall(M.evaluate_all, b, db, now)
  if not ok then return nil, tostring(counts), storage.is_failure(counts) and "store" or "config" end
  return counts
end

-- --as-of DATE or TIME as the UTC time vintages are compared with: a date means the end of that
-- day. Returns the time, or nil and a message; nil, nil without the option.
function M.as_of(opts)
  local a = opts["as-of"]
  if a == nil then return nil end
  if a:match("^%d%d%d%d%-%d%d%-%d%d$") then return a .. "T23:59:59Z" end
  if a:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ$") then return a end
  return nil, "--as-of takes a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM:SSZ, not '" .. a .. "'"
end

-- The store as it was at as_of, for readers (the report): latest() and vintages() hide later
-- vintages; every other method is the store's own.
function M.as_of_view(db, as_of)
  return setmetatable({
    latest = function(_, id) return db:latest(id, { as_of = as_of }) end,
    vintages = function(_, id) return db:vintages(id, { as_of = as_of }) end,
  }, {
    __index = function(_, k)
      local f = db[k]
      if type(f) ~= "function" then return f end
      return function(_, ...) return f(db, ...) end
    end,
  })
end

local function fmt_number(x)
  if math.type(x) == "integer" or x == math.floor(x) and math.abs(x) < 1e15 then return string.format("%d", x) end
  return (string.format("%.6f", x):gsub("0+$", ""):gsub("%.$", ""))
end
M.fmt_number = fmt_number

-- The definition lock (scripts/definitions.lua), in the caller's transaction when recording.
-- Returns the counts, or nil and the exit code after printing the problems.
-- command names the styr command in the message (compute, report).
local function check_definitions(b, db, now, cli, record, command)
  local counts, derr, kind = require("styr.definitions").check(b, db, now, { record = record })
  if counts then return counts end
  if kind ~= "config" then return nil, storage.report(cli.err, command or "compute", derr) end
  local n = select(2, derr:gsub("\n", "")) + 1
  cli.err(derr)
  cli.err(string.format("styr %s: %d indicator definition%s changed during the locked mandate period; " ..
    "nothing was stored", command or "compute", n, n == 1 and "" or "s"))
  return nil, cli.EXIT.config
end
M.check_definitions = check_definitions

-- styr compute [--config DIR] [--db FILE] [--as-of DATE]. cli: { load_config, EXIT, out, err }.
function M.command(opts, cli)
  local EXIT = cli.EXIT
  local as_of, aerr = M.as_of(opts)
  if aerr then cli.err("styr compute: " .. aerr); return EXIT.usage end
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local b, code = cli.load_config(dir, opts)
  if not b then return code end
  local clock = require "styr.clock"
  local now, nerr = clock.now()
  if not now then cli.err("styr: " .. nerr); return EXIT.usage end
  local function store_failed(message) return storage.report(cli.err, "compute", message) end
  local db <close>, oerr = storage.open(opts.db or (dir .. "/styr.db"))
  if not db then return store_failed(oerr) end

  if as_of then
    local checked, ccode = check_definitions(b, db, now, cli, false)
    if not checked then return ccode end
    -- As the store knew it then: computed in memory, nothing written.
    local ok, counts, results = pcall(M.evaluate_all, b, db, now, { store = false, as_of = as_of })
    if not ok and storage.is_failure(counts) then return store_failed(counts) end
    if not ok then cli.err("styr compute: " .. tostring(counts)); return EXIT.config end
    for _, r in ipairs(results) do
      cli.out(string.format("%s\t%s\t%s\t%s\t%s", r.id, r.key.area, r.key.gender, r.key.period,
        r.missing and ("missing: " .. r.missing) or fmt_number(r.value)))
    end
    cli.err(string.format("styr compute: %d value%s as known at %s (nothing stored)", #results,
      #results == 1 and "" or "s", as_of))
    return EXIT.ok
  end

  -- One transaction: the run record, the typed-in values and every computed value, or nothing.
  local ok, berr = db:begin()
  if not ok then return store_failed(berr) end
  local run_id, rerr = db:run_start("compute", now, { source = "compute" })
  if not run_id then db:rollback(); return store_failed(rerr) end
  -- The configuration the values were computed with (scripts/engine/config_snapshots.lua).
  local _, snerr = require("styr.config_snapshots").record(db, b, run_id, now)
  if snerr then db:rollback(); return store_failed(snerr) end
  local defs, dcode = check_definitions(b, db, now, cli, true)
  if not defs then db:rollback(); return dcode end
  local stored, serr = sync.run(db, b, now)
  if not stored then db:rollback(); return store_failed(serr) end
  local eok, counts = pcall(M.evaluate_all, b, db, now)
  if not eok then
    db:rollback()
    if storage.is_failure(counts) then
      store_failed(counts)
      cli.err("styr compute: nothing was stored")
      return storage.EXIT
    end
    cli.err("styr compute: " .. tostring(counts))
    cli.err("styr compute: nothing was stored")
    return EXIT.config
  end
  ok, berr = db:commit()
  if not ok then db:rollback(); return store_failed(berr) end
  local summary = string.format("%d new, %d changed, %d unchanged (%d not recomputed, %d missing)", counts.new,
    counts.changed, counts.unchanged, counts.skipped, counts.missing)
  local fin, ferr = db:run_finish_ex(run_id, { finished = (clock.now()), outcome = "succeeded", message = summary,
    new = counts.new, changed = counts.changed, unchanged = counts.unchanged })
  if not fin then return store_failed("the values were stored, but recording the run failed: " .. tostring(ferr)) end
  cli.out("computed: " .. summary)
  if defs.changed > 0 then
    cli.out(string.format("definitions: %d changed, recorded (styr explain ID shows the history)", defs.changed))
  end
  return EXIT.ok
end

return M
