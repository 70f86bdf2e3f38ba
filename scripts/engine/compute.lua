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

-- The columns of an indicator's values as db:latest_values gives them: keys[i] = area .. "\0" ..
-- gender .. "\0" .. period with the key's parts in area[i], gender[i], period_kind[i] and
-- period[i]; value[key] the number a formula computes with, else note[key] (the row's note, or
-- false). Built here from whole rows (db:latest, for explain), which row[key] keeps; a later
-- vintage of a key (rows as of a time, oldest first) replaces an earlier one.
local function columns_of_rows(rows)
  local t = { keys = {}, area = {}, gender = {}, period_kind = {}, period = {}, value = {}, note = {}, row = {} }
  local n = 0
  for _, r in ipairs(rows) do
    local k = r.area .. SEP .. r.gender .. SEP .. r.period
    if not t.row[k] then
      n = n + 1
      t.keys[n], t.area[n], t.gender[n], t.period_kind[n], t.period[n] = k, r.area, r.gender, r.period_kind or "year",
        r.period
    end
    t.row[k] = r
    -- (what a formula reads of a row: formula.row_answer, the rule db:latest_values applies in C)
    local x, why = formula.row_answer(r)
    if x ~= nil then t.value[k], t.note[k] = x, nil else t.value[k], t.note[k] = nil, why ~= true and why or false end
  end
  t.unsorted = rows.unsorted
  return t
end

local PARTS = { "keys", "area", "gender", "period_kind", "period" }

-- Sorts the columns' keys (and their parts with them): keys compare as their parts do (area,
-- then gender, then period; no part holds a "\0").
local function sort_columns(t)
  local keys, at = t.keys, {}
  for i, k in ipairs(keys) do at[k] = i end
  local order = {}
  for i = 1, #keys do order[i] = keys[i] end
  table.sort(order)
  for _, part in ipairs(PARTS) do
    local old, new = t[part], {}
    for i, k in ipairs(order) do new[i] = old[at[k]] end
    t[part] = new
  end
  t.unsorted = nil
end

-- In-memory view of the stored values (latest vintage, or the latest known at as_of) of the
-- indicators the formulas read, as columns (columns_of_rows), loaded on first use:
--   find(id, k) answers a formula's read as formula.row_answer does (the number, or nil and why
--     not; the whole row too unless lean);
--   columns(id) the columns, keys in the order of area, gender and period;
--   set(id, k, area, gender, period_kind, period, value, note) a result computed in this run (an
--     as-of run's, or one a later formula reads), value nil when missing with note;
--   release(id) forgets an indicator (read again from the store if asked for later).
-- lean: compute's, without whole rows (db:latest_values); else db:latest's rows with their
-- provenance (explain).
function M.data(b, db, as_of, lean)
  local cache = {}
  local d = { builder = b }
  local function load(id)
    local t = cache[id]
    if t then return t end
    local err, kind
    if lean then
      t, err, kind = db:latest_values(id, as_of and { as_of = as_of } or nil)
    else
      t, err, kind = db:latest(id, as_of and { as_of = as_of } or nil)
      if t then t = columns_of_rows(t) end
    end
    if not t then storage.raise(err, kind) end
    cache[id] = t
    return t
  end
  function d.find(id, k)
    local t = cache[id] or load(id)
    local x = t.value[k]
    if x ~= nil then return x, nil, t.row and t.row[k] end
    local note = t.note[k]
    if note == nil then return nil, false end
    return nil, note or true, t.row and t.row[k]
  end
  function d.set(id, k, area, gender, period_kind, p, value, note)
    local t = load(id)
    if t.value[k] == nil and t.note[k] == nil then
      local keys = t.keys
      local n = #keys + 1
      keys[n], t.area[n], t.gender[n], t.period_kind[n], t.period[n] = k, area, gender, period_kind, p
      -- Results come in the order of their keys: the columns stay sorted unless one comes early.
      if n > 1 and k < keys[n - 1] then t.unsorted = true end
    end
    if value ~= nil then t.value[k], t.note[k] = value, nil else t.value[k], t.note[k] = nil, note or false end
    if t.row then t.row[k] = nil end
  end
  function d.columns(id)
    local t = load(id)
    if t.unsorted then sort_columns(t) end
    return t
  end
  function d.release(id) cache[id] = nil end
  function d.known(id) return b.indicators[id] ~= nil end
  function d.indicator(id) return b.indicators[id] end
  return d
end

-- The keys (area, gender, period) a formula indicator is computed for: every key any input has,
-- in the order of area, gender and period, as columns (keys, area, gender, period_kind, period).
-- The first input's columns serve as they are unless another input adds keys; then the list is
-- sorted again.
local function keys_of(ind, data)
  local ids = {}
  for _, name in ipairs(util.sorted_keys(ind.inputs)) do ids[#ids + 1] = ind.inputs[name] end
  local first = data.columns(ids[1])
  local merged
  for i = 2, #ids do
    if ids[i] ~= ids[1] then
      local t = data.columns(ids[i])
      for j, k in ipairs(t.keys) do
        if first.value[k] == nil and first.note[k] == nil and not (merged and merged.at[k]) then
          if not merged then
            merged = { at = {} }
            for _, part in ipairs(PARTS) do merged[part] = table.move(first[part], 1, #first.keys, 1, {}) end
          end
          local n = #merged.keys + 1
          for _, part in ipairs(PARTS) do merged[part][n] = t[part][j] end
          merged.at[k] = true
        end
      end
    end
  end
  if not merged then return first end
  sort_columns(merged)
  return merged
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
    -- (n_values counts the keys with a value, note_result each missing one with its reason.)
    local tally = { missing = 0, reasons = {}, order = {} }
    local n_values = 0
    local function note_result(missing_reason)
      tally.missing = tally.missing + 1
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
      -- value of the same formula: each batch is written as soon as it is full. The batch's
      -- values are columns (db:put_columns), reused from one batch to the next.
      local out = { n = 0, area = {}, gender = {}, period_kind = {}, period = {}, value = {}, note = {} }
      local o_area, o_gender, o_kind, o_period, o_value, o_note, keys =
        out.area, out.gender, out.period_kind, out.period, out.value, out.note, {}
      local nrows = 0
      local eval, used = formula.evaluator(ind, data)
      -- What a later formula reads of this one's results; none reads them after the last use.
      local read_later = (last[id] or 0) > i
      local put_opts = { indicator = id, vintage = now, source = source, outcomes = true,
                         title = ind.title, unit = ind.unit, direction = ind.direction }
      -- The indicators the formula read (its declared inputs and any other it asked for by id).
      local read_ids = {}
      for _, input in ipairs(input_ids(ind)) do read_ids[input] = true end
      local function flush()
        if nrows == 0 then return end
        out.n = nrows
        local stored, what = storage.check(db:put_columns(out, put_opts))
        counts.new = counts.new + stored.new
        counts.changed = counts.changed + stored.changed
        counts.unchanged = counts.unchanged + stored.unchanged
        -- What later formulas read: the values written; an unchanged value is already there.
        if read_later then
          for j, w in ipairs(what) do
            if w ~= "unchanged" then
              data.set(id, keys[j], o_area[j], o_gender[j], o_kind[j], o_period[j], o_value[j], o_note[j])
            end
          end
        end
        nrows = 0
      end
      local cols = keys_of(ind, data)
      local ks, areas, genders, kinds, periods = cols.keys, cols.area, cols.gender, cols.period_kind, cols.period
      for j = 1, #ks do
        local k = ks[j]
        -- A value typed into the configuration is the published figure; the formula leaves it.
        if not typed[k] then
          local area, gender, p = areas[j], genders[j], periods[j]
          local value, missing_reason = eval(k, area, gender, p)
          if missing_reason then note_result(missing_reason) else n_values = n_values + 1 end
          if keep_results then
            results[#results + 1] = { id = id, key = { area = area, gender = gender, period = p, period_kind = kinds[j] },
                                      value = value, missing = missing_reason }
            data.set(id, k, area, gender, kinds[j], p, value, missing_reason)
          else
            nrows = nrows + 1
            o_area[nrows], o_gender[nrows], o_kind[nrows], o_period[nrows] = area, gender, kinds[j], p
            o_value[nrows], o_note[nrows], keys[nrows] = value, missing_reason, k
            if nrows >= M.BATCH then flush() end
          end
        end
      end
      flush()
      for other in pairs(used.undeclared) do read_ids[other] = true end
      if opts.store ~= false then
        storage.check(db:formula_done(id, hash, util.sorted_keys(read_ids), now))
      end
    end
    local n_keys = n_values + tally.missing
    if n_keys > 0 and n_values == 0 then
      local parts = {}
      for _, why in ipairs(tally.order) do
        local r = tally.reasons[why]
        parts[#parts + 1] = r.n .. " " .. why .. (why ~= r.example and (" (e.g. " .. r.example .. ")") or "")
      end
      warnings[#warnings + 1] = string.format(
        "%s:%d: warning: indicator '%s': the formula yields no value for any of its %d period%s: %s; " ..
        "check its inputs with styr explain %s", src.file, src.first, id, n_keys, n_keys == 1 and "" or "s",
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
