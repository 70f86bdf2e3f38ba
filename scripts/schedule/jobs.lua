-- Jobs: the wheel's events of kind "job" (fetch, compute, report, custom). This module orders
-- jobs so that each comes after the jobs it needs, and runs one job against the store. What only
-- jobs may declare (needs, catch_up, out, run) is checked with the configuration
-- (scripts/model/job_checks.lua); when a job runs is the scheduler's business
-- (scripts/schedule/scheduler.lua).
local checks = require "styr.job_checks"

local M = {}

M.TYPES = { "fetch", "compute", "report", "custom" }
M.DEFAULT_OUT = "reports"

-- The job type of an event (job = …, or told by fetch / run), or nil for other events.
M.type_of = checks.type_of

-- The retry policy of a job: { attempts =, backoff = } (scripts/model/job_checks.lua).
M.retry_of = checks.retry_of

-- The job events in an order where each comes after the jobs it needs (declaration order
-- otherwise). Jobs in a cycle are left out (job_checks.check_all reports the cycle).
function M.order(b)
  local list, state = {}, {}
  local function visit(id)
    if state[id] == "done" then return true end
    if state[id] == "visiting" then return false end
    state[id] = "visiting"
    local ev = b.events[id]
    for _, n in ipairs(type(ev.needs) == "table" and ev.needs or {}) do
      if b.events[n] and M.type_of(b.events[n]) then
        if not visit(n) then state[id] = "cycle"; return false end
      end
    end
    state[id] = "done"
    list[#list + 1] = ev
    return true
  end
  for _, id in ipairs(b.event_order) do
    if M.type_of(b.events[id]) and state[id] == nil then visit(id) end
  end
  return list
end

-- A read-only view of t (and of the tables inside it).
local function read_only(t, name)
  local proxies = {}
  local function wrap(v, path)
    if type(v) ~= "table" then return v end
    if proxies[v] then return proxies[v] end
    local p = setmetatable({}, {
      __index = function(_, k) return wrap(v[k], path .. "." .. tostring(k)) end,
      __newindex = function(_, k) error(path .. " is read-only (cannot set '" .. tostring(k) .. "')", 2) end,
      __pairs = function()
        return function(_, k)
          local nk, nv = next(v, k)
          return nk, wrap(nv, path .. "." .. tostring(nk))
        end, nil, nil
      end,
      __len = function() return #v end,
      __metatable = "read-only",
    })
    proxies[v] = p
    return p
  end
  return wrap(t, name)
end

-- The sources a fetch job fetches: its list, or every source.
local function fetch_ids(b, ev)
  if type(ev.fetch) == "table" and #ev.fetch > 0 then return ev.fetch end
  return b.source_order
end

local function env_ms(name)
  local v = require("styr.console").env(name)
  return v and tonumber(v) or nil
end

-- Each runner returns a result: { ok =, message =, error =, new =, changed =, unchanged =,
-- bytes =, attempts = }. A runner may also raise an error (the scheduler records it).
local run = {}

function run.fetch(b, db, ev, ctx)
  local fetch = require "styr.fetch"
  local clock = require "styr.clock"
  local ids = fetch_ids(b, ev)
  if #ids == 0 then return { ok = true, message = "no sources to fetch" } end
  local results = fetch.run(b, db, ids, {
    now = ctx.now, clock = function() return (clock.now()) end, dir = ctx.dir, quiet = true,
    elapsed_ms = clock.elapsed_ms, trigger = ctx.trigger,
    backoff_ms = env_ms("STYR_HTTP_BACKOFF_MS"), backoff_max_ms = env_ms("STYR_HTTP_BACKOFF_MAX_MS"),
    retry_after_max_s = env_ms("STYR_HTTP_RETRY_AFTER_MAX_S"), timeout = env_ms("STYR_HTTP_TIMEOUT_S"),
    connect_timeout = env_ms("STYR_HTTP_CONNECT_TIMEOUT_S"), low_speed_time = env_ms("STYR_HTTP_LOW_SPEED_S"),
  })
  local res = { ok = true, new = 0, changed = 0, unchanged = 0, bytes = 0, attempts = 0 }
  local failed, parts = {}, {}
  for _, r in ipairs(results) do
    res.new = res.new + (r.new or 0)
    res.changed = res.changed + (r.changed or 0)
    res.unchanged = res.unchanged + (r.unchanged or 0)
    res.bytes = res.bytes + (r.bytes or 0)
    res.attempts = res.attempts + (r.attempts or 0)
    if r.ok then
      -- A scheduled run says which base URL it used (the public API when no STYR_URL_… is set).
      parts[#parts + 1] = string.format("%s: %d new, %d changed, %d unchanged%s", r.source, r.new or 0, r.changed or 0,
                                        r.unchanged or 0, r.base_url and (" (base URL " .. r.base_url .. ")") or "")
    else
      failed[#failed + 1] = r.source .. ": " .. tostring(r.error)
      parts[#parts + 1] = r.source .. ": failed"
    end
  end
  res.message = table.concat(parts, "; ")
  if #failed > 0 then
    res.ok = false
    res.error = string.format("%d of %d source%s failed (%s)", #failed, #results, #results == 1 and "" or "s",
                              table.concat(failed, "; "))
  end
  return res
end

-- Stores the configuration's values (and runs the indicator formulas, when styr has them), in
-- one transaction.
function run.compute(b, db, _, ctx)
  local sync = require "styr.sync"
  local ok, err = db:begin()
  if not ok then return { ok = false, error = err } end
  -- The mandate-period lock: a definition changed without a decision fails the job, nothing stored.
  local defs, derr = require("styr.definitions").check(b, db, ctx.now)
  if not defs then db:rollback(); return { ok = false, error = derr } end
  local counts, serr = sync.run(db, b, ctx.now)
  if not counts then db:rollback(); return { ok = false, error = serr } end
  local has_compute, compute = pcall(require, "styr.compute")
  local missing, warnings
  if has_compute and type(compute) == "table" and compute.run then
    local c, cerr = compute.run(b, db, ctx.now)
    if not c then db:rollback(); return { ok = false, error = cerr } end
    counts.new = counts.new + (c.new or 0)
    counts.changed = (counts.changed or 0) + (c.changed or 0)
    counts.unchanged = counts.unchanged + (c.unchanged or 0)
    missing, warnings = c.missing, cerr
  end
  ok, err = db:commit()
  if not ok then db:rollback(); return { ok = false, error = err } end
  local changed = counts.changed or 0
  -- As styr compute says it: how many computed values are missing, and each formula that yields
  -- no value at all (recorded with the run, shown by styr history and status).
  return { ok = true, new = counts.new, changed = changed, unchanged = counts.unchanged,
           warnings = warnings and #warnings > 0 and table.concat(warnings, "\n"):gsub(": warning: ", ": ") or nil,
           message = string.format("%d values stored (%d new, %d changed, %d unchanged)%s",
                                   counts.new + changed + counts.unchanged, counts.new, changed, counts.unchanged,
                                   missing and missing > 0 and string.format("; %d computed value%s missing", missing,
                                     missing == 1 and " is" or "s are") or "") }
end

-- Stores the configuration's values, then renders the report into `out` (relative to the
-- configuration folder), atomically.
function run.report(b, db, ev, ctx)
  local output = require "styr.output"
  local stored = run.compute(b, db, ev, ctx)
  if not stored.ok then return stored end
  -- Rendered for the event's receivers (to = { … }) among the report's audiences, else for all.
  local files, rerr = require("styr.pipeline").render_report(b, db, ev.report, {
    generated = ctx.now:sub(1, 10), today = ctx.now:sub(1, 10), audiences = type(ev.to) == "table" and ev.to or nil })
  if not files then return { ok = false, error = rerr } end
  -- The folder stays inside the configuration folder, links included (as include does).
  local ok, werr = output.write_inside(ctx.dir, ev.out or M.DEFAULT_OUT, files)
  if not ok then
    if werr:find("; refused$") then
      werr = ev.where.file .. ":" .. ev.where.line .. ": event '" .. ev.id .. "': out: " .. werr
    end
    return { ok = false, error = werr }
  end
  -- The run history names the main files (one per format and audience); charts and per-table CSV
  -- files are counted.
  local names = {}
  for _, f in ipairs(files) do
    if not f.name:find("%-chart%-[%w-]+%.svg$") and not f.name:find("%-indicators%-%d+%.csv$") and
       not f.name:find("%-activities%-%d+%.csv$") then
      names[#names + 1] = f.name
    end
  end
  local more = #files - #names
  local to = type(ev.to) == "table" and #ev.to > 0 and (" for " .. table.concat(ev.to, ", ")) or ""
  return { ok = true, new = stored.new, changed = stored.changed, unchanged = stored.unchanged,
           message = string.format("wrote %s%s to %s%s", table.concat(names, ", "),
             more > 0 and string.format(" and %d chart and table file%s", more, more == 1 and "" or "s") or "",
             ev.out or M.DEFAULT_OUT, to) }
end

-- The configuration's own function, with a read-only context.
function run.custom(b, db, ev, ctx)
  local log = require "styr.log"
  local prefix = "job " .. ev.id .. ": "
  local view = {
    job = ev.id, now = ctx.now, epoch = ctx.epoch, slot = ctx.slot, trigger = ctx.trigger,
    municipality = b.municipality,
  }
  local c = read_only(view, "ctx")
  -- Functions are added outside the proxy's table so they are not wrapped.
  local methods = {
    log = function(...)
      local parts = {}
      for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
      log.info(prefix .. table.concat(parts, " "))
    end,
    -- The newest vintage of each value of an indicator: { area, gender, period, value, status, … }.
    latest = function(indicator)
      if type(indicator) ~= "string" then error("ctx.latest(indicator): indicator must be a string", 2) end
      local rows, err = db:latest(indicator)
      if not rows then error("ctx.latest: " .. tostring(err), 2) end
      return read_only(rows, "ctx.latest('" .. indicator .. "')")
    end,
  }
  local ctx_view = setmetatable({}, {
    __index = function(_, k) if methods[k] then return methods[k] end return c[k] end,
    __newindex = function(_, k) error("ctx is read-only (cannot set '" .. tostring(k) .. "')", 2) end,
    __metatable = "read-only",
  })
  local result = ev.run(ctx_view)
  if type(result) == "string" then return { ok = true, message = result } end
  return { ok = true, message = "done" }
end

-- Runs job `ev` of builder b against db. ctx: { now = ISO time, epoch =, slot = ISO or nil,
-- trigger =, dir = configuration folder }. Returns a result table (see above); errors propagate.
function M.run(b, db, ev, ctx)
  local jt = M.type_of(ev)
  local runner = run[jt]
  if not runner then return { ok = false, error = "unknown job type '" .. tostring(jt) .. "'" } end
  return runner(b, db, ev, ctx)
end

return M
