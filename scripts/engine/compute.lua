-- styr compute: runs every formula indicator for every area × gender × period its inputs have, in
-- dependency order, and stores each indicator's results with db:put_rows (source
-- "formula:FILE:LINE"; a missing result carries its reason as the note; a value that did not
-- change adds nothing), then records the formula's run (db:formula_done: the hash of its source,
-- inputs, targets and base years, and the indicators it read), so that a formula none of whose
-- definition and inputs changed since is not computed again.
local formula = require "styr.formula"
local storage = require "styr.storage"
local sync = require "styr.sync"
local util = require "styr.util"

local M = {}

local SEP = "\0"

-- In-memory view of the stored rows (latest vintage, or the latest known at as_of) of the
-- indicators the formulas read, loaded on first use. get(id, area, gender, period) -> row or nil;
-- get_key(id, k) the same by its key k = area .. SEP .. gender .. SEP .. period; ordered(id) the
-- rows in the order of area, gender and period; release(id) forgets an indicator's rows (read
-- again from the store if asked for later). lean: rows without their provenance
-- (db:latest_values, which gives each row its key), for compute, which needs only the values.
function M.data(b, db, as_of, lean)
  local cache, lists, unsorted = {}, {}, {}
  local d = { builder = b }
  local function load(id)
    local by = cache[id]
    if by then return by end
    local read = lean and db.latest_values or db.latest
    local rows, err, kind = read(db, id, as_of and { as_of = as_of } or nil)
    if not rows then storage.raise(err, kind) end
    by = {}
    -- The store gives the rows in the order of area, gender and period (as of a time: each
    -- period's vintages oldest first, the last one counts), unless it says rows.unsorted (an
    -- area and gender with periods of two kinds: db:latest_values).
    local list, n = {}, 0
    for _, r in ipairs(rows) do
      local k = r.key or (r.area .. SEP .. r.gender .. SEP .. r.period)
      if not by[k] then n = n + 1; list[n] = k end
      by[k] = r
    end
    cache[id], lists[id] = by, list
    if rows.unsorted then unsorted[id] = true end
    return by
  end
  function d.get(id, area, gender, p) return load(id)[area .. SEP .. gender .. SEP .. p] end
  function d.get_key(id, k) return load(id)[k] end
  function d.set(id, row)
    local by, k = load(id), row.key or (row.area .. SEP .. row.gender .. SEP .. row.period)
    if not by[k] then
      local list = lists[id]
      list[#list + 1] = k
      unsorted[id] = true
    end
    by[k] = row
  end
  function d.rows(id) return load(id) end
  -- The keys of an indicator's stored rows, in the order of area, gender and period.
  function d.ordered(id)
    load(id)
    -- Keys compare as their parts do: area, then gender, then period (no part holds a "\0").
    if unsorted[id] then table.sort(lists[id]); unsorted[id] = nil end
    return lists[id]
  end
  function d.release(id) cache[id], lists[id], unsorted[id] = nil, nil, nil end
  function d.known(id) return b.indicators[id] ~= nil end
  function d.indicator(id) return b.indicators[id] end
  return d
end

-- The keys (area, gender, period) a formula indicator is computed for: every key any input has,
-- in the order of area, gender and period; each key is { area, gender, period, period_kind, key }.
-- The first input's keys come in that order from the store; a key only another input has is added
-- and the list sorted again.
local function keys_of(ind, data)
  local ids = {}
  for _, name in ipairs(util.sorted_keys(ind.inputs)) do ids[#ids + 1] = ind.inputs[name] end
  local set, order, added = {}, {}, false
  for i, id in ipairs(ids) do
    for _, k in ipairs(data.ordered(id)) do
      if not set[k] then
        set[k] = data.get_key(id, k)
        order[#order + 1] = k
        if i > 1 then added = true end
      end
    end
  end
  -- Keys compare as their parts do: area, then gender, then period (no part holds a "\0").
  if added then table.sort(order) end
  -- A stored row with its key serves as the key itself (the formula's evaluator only reads it).
  local list = {}
  for i, k in ipairs(order) do
    local r = set[k]
    if r.key == k and r.period_kind then
      list[i] = r
    else
      list[i] = { area = r.area, gender = r.gender, period = r.period, period_kind = r.period_kind or "year", key = k }
    end
  end
  return list
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

-- How many results go to the store in one db:put_rows: enough to make each call cheap, few enough
-- that a formula over the whole country never holds all its rows at once.
M.BATCH = 2000

-- For each indicator a formula reads or computes: the position in `order` of the last formula
-- that needs its rows, after which compute lets them go.
local function last_uses(b, order)
  local last = {}
  for i, id in ipairs(order) do
    last[id] = i
    for _, input in pairs(b.indicators[id].inputs or {}) do last[input] = i end
  end
  return last
end

-- The indicator ids a formula declares as inputs, sorted.
local function input_ids(ind)
  local set, list = {}, {}
  for _, input in pairs(ind.inputs or {}) do
    if not set[input] then set[input] = true; list[#list + 1] = input end
  end
  table.sort(list)
  return list
end

-- Evaluates every formula, one at a time: it reads the series its inputs need, computes, writes
-- its results with db:put_rows in batches of M.BATCH, records the run (db:formula_done) and lets
-- go of every series no later formula reads. A formula whose stored results are current (the
-- store says nothing it read, nor any of its results, was stored after its last recorded run,
-- and its source is unchanged) is not read at all. opts.store = false computes
-- without writing (as-of runs); opts.as_of limits the inputs to vintages known then. Returns
-- counts { new, changed, unchanged, skipped, missing } (missing: a key whose result is missing
-- now, recomputed or not), the list of results { id, key, value | missing } (as-of runs only), the
-- warnings about formulas that yield no value and the formulas { count, skipped } (skipped:
-- current, not read); raises on a formula error, and
-- raises a store failure (styr.storage) when the store fails.
function M.evaluate_all(b, db, now, opts)
  opts = opts or {}
  local order = assert(formula.order(b))
  local data = M.data(b, db, opts.as_of, true)
  local last = last_uses(b, order)
  local counts = { new = 0, changed = 0, unchanged = 0, skipped = 0, missing = 0 }
  local warnings = {}
  local formulas = { count = #order, skipped = 0 }
  local results = {}
  local keep_results = opts.store == false
  for i, id in ipairs(order) do
    local ind = b.indicators[id]
    local src = formula.source(b, ind)
    local source = "formula:" .. src.file .. ":" .. src.first
    local hash = formula.run_hash(b, ind)
    local typed = typed_keys(b, ind)
    local fresh, cells, missing = false, 0, 0
    if opts.store ~= false and next(typed) == nil then
      fresh, cells, missing = storage.check(db:compute_fresh(id, input_ids(ind), hash))
      -- A formula with no value at all is read again, so that its warning says why.
      if missing == cells then fresh = false end
    end
    -- What this indicator's formula gives now, recomputed or not: one definition of "missing"
    -- (a key whose stored result is missing) for every count compute prints.
    local tally = { keys = 0, values = 0, reasons = {}, order = {} }
    local function note_result(missing_reason)
      tally.keys = tally.keys + 1
      if not missing_reason then tally.values = tally.values + 1; return end
      counts.missing = counts.missing + 1
      local why = missing_reason:find("division by zero", 1, true) and "division by zero"
        or missing_reason:match("^input '") and "inputs missing" or missing_reason
      if not tally.reasons[why] then
        tally.reasons[why] = { n = 0, example = missing_reason }
        tally.order[#tally.order + 1] = why
      end
      tally.reasons[why].n = tally.reasons[why].n + 1
    end
    if fresh then
      formulas.skipped = formulas.skipped + 1
      counts.unchanged = counts.unchanged + cells
      counts.skipped = counts.skipped + cells
      counts.missing = counts.missing + missing
    else
      -- Formulas read other indicators only, so no result of this formula is an input of a
      -- value of the same formula: each batch is written as soon as it is full.
      local rows, keys, nrows = {}, {}, 0
      local eval, used = formula.evaluator(ind, data)
      -- What a later formula reads of this one's results; none reads them after the last use.
      local read_later = (last[id] or 0) > i
      local put_opts = { indicator = id, vintage = now, source = source, outcomes = true }
      -- The indicators the formula read (its declared inputs and any other it asked for by id).
      local read_ids = {}
      for _, input in ipairs(input_ids(ind)) do read_ids[input] = true end
      local function flush()
        if nrows == 0 then return end
        -- The indicator's definition goes with the first row of each call.
        rows[1].title, rows[1].unit, rows[1].direction = ind.title, ind.unit, ind.direction
        local stored, what = storage.check(db:put_rows(rows, put_opts))
        counts.new = counts.new + stored.new
        counts.changed = counts.changed + stored.changed
        counts.unchanged = counts.unchanged + stored.unchanged
        -- What later formulas read: a new vintage where one was written; an unchanged value
        -- keeps the vintage it had. The row written serves as the row read.
        if read_later then
          for j, w in ipairs(what) do
            if w ~= "unchanged" then
              local r = rows[j]
              r.vintage, r.key = now, keys[j]
              data.set(id, r)
            end
          end
        end
        rows, keys, nrows = {}, {}, 0
      end
      for _, key in ipairs(keys_of(ind, data)) do
        local k = key.key
        -- A value typed into the configuration is the published figure; the formula leaves it.
        if not typed[k] then
          local value, missing_reason, n_used = eval(key)
          local used_id = used.id
          for j = 1, n_used do read_ids[used_id[j]] = true end
          if keep_results then results[#results + 1] = { id = id, key = key, value = value, missing = missing_reason } end
          if missing_reason then note_result(missing_reason) else tally.keys = tally.keys + 1; tally.values = tally.values + 1 end
          local status = missing_reason and "missing" or "ok"
          if opts.store == false then
            data.set(id, { area = key.area, gender = key.gender, period = key.period, period_kind = key.period_kind,
                           value = value, status = status, note = missing_reason, source = source,
                           vintage = opts.as_of or now, key = key.key })
          else
            nrows = nrows + 1
            rows[nrows] = {
              area = key.area, gender = key.gender, period_kind = key.period_kind, period = key.period,
              value = value, status = status, note = missing_reason,
            }
            keys[nrows] = k
            if nrows >= M.BATCH then flush() end
          end
        end
      end
      flush()
      if opts.store ~= false then
        storage.check(db:formula_done(id, hash, util.sorted_keys(read_ids), now))
      end
    end
    if tally.keys > 0 and tally.values == 0 then
      local parts = {}
      for _, why in ipairs(tally.order) do
        local r = tally.reasons[why]
        parts[#parts + 1] = r.n .. " " .. why .. (why ~= r.example and (" (e.g. " .. r.example .. ")") or "")
      end
      warnings[#warnings + 1] = string.format(
        "%s:%d: warning: indicator '%s': the formula yields no value for any of its %d period%s: %s; " ..
        "check its inputs with styr explain %s", src.file, src.first, id, tally.keys, tally.keys == 1 and "" or "s",
        table.concat(parts, ", "), id)
    end
    -- Let go of what no later formula reads. In an as-of run a formula's results live only
    -- here, so they stay while a later formula might read them.
    for dep, at in pairs(last) do
      if at == i and not (opts.store == false and b.indicators[dep] and b.indicators[dep].formula) then
        data.release(dep)
      end
    end
  end
  return counts, results, warnings, formulas
end

-- The job's entry (scripts/jobs.lua): evaluates inside the caller's transaction. Returns counts
-- and the warnings about formulas that yield no value (a list, as styr compute prints them), or
-- nil, message, kind ("store" when the store failed, "config" for a formula's error).
function M.run(b, db, now)
  local ok, counts, _, warnings = util.pass_memory_error(pcall(M.evaluate_all, b, db, now))
  if not ok then return nil, tostring(counts), storage.is_failure(counts) and "store" or "config" end
  return counts, warnings
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
    latest_in = function(_, id, areas) return db:latest_in(id, areas, { as_of = as_of }) end,
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
    local ok, counts, results, warnings =
      util.pass_memory_error(pcall(M.evaluate_all, b, db, now, { store = false, as_of = as_of }))
    if not ok and storage.is_failure(counts) then return store_failed(counts) end
    if not ok then cli.err("styr compute: " .. tostring(counts)); return EXIT.config end
    for _, r in ipairs(results) do
      cli.out(string.format("%s\t%s\t%s\t%s\t%s", r.id, r.key.area, r.key.gender, r.key.period,
        r.missing and ("missing: " .. r.missing) or fmt_number(r.value)))
    end
    for _, w in ipairs(warnings) do cli.err(w) end
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
  local eok, counts, _, warnings, formulas = util.pass_memory_error(pcall(M.evaluate_all, b, db, now))
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
  for _, w in ipairs(warnings) do cli.err(w) end
  if formulas.skipped > 0 then
    cli.out(string.format("formulas: %d of %d unchanged since their last compute (inputs and source the same), not read again",
      formulas.skipped, formulas.count))
  end
  if defs.changed > 0 then
    cli.out(string.format("definitions: %d changed, recorded (styr explain ID shows the history)", defs.changed))
  end
  return EXIT.ok
end

return M
