-- The scheduler: which jobs are due, from the annual wheel and the run history; the catch-up
-- policy after downtime; dependency order; and the commands `styr due` (one pass, for system
-- cron or a systemd timer), `styr daemon` (a pass at every due time, until SIGTERM) and
-- `styr run JOB` (one job now).
--
-- Slots. A job's slots are the instants its recurrence names, in the wheel's time zone (cron
-- expressions with the DST rules of core/cron.h; other recurrences at their local time, or local
-- midnight without `at`). A job run records the slot it covered in its command ("job ID @SLOT");
-- a manual run covers everything up to its start. A job is due when a slot lies after the one
-- its newest run covered and not after now. A job that never ran runs for its newest slot
-- of the last GRACE seconds, if any (a new job does not catch up on the past).
--
-- Missed slots. A slot is on time while it is at most GRACE old; older ones were missed (the
-- machine was off, the timer did not fire). When the newest due slot is on time the job runs
-- once for it (trigger "schedule"), taking the missed ones along (with catch_up = "each" they
-- run first, one by one, trigger "catch-up"). When every due slot was missed: "once" (the
-- default) runs once for all of them, "each" runs once per slot (the oldest EACH_MAX), "skip"
-- runs none and records a "skipped" run, so the job next runs at its next slot.
--
-- Dependencies. In a pass jobs run in dependency order (a job after the jobs it needs). A job
-- whose needed job failed (its newest run, in this pass or before) or was itself stopped does not
-- run: a "skipped" run says why, once per slot. Such a skip does not cover the slot: the job still
-- owes it, and runs as soon as what it needs has succeeded (in a later pass, or in this one after
-- a retry), not at its next slot. Unrelated jobs go on.
--
-- Retries. A job that fails runs again for the same slot after a back-off that doubles each
-- time, up to its retry policy's attempts (job_checks.retry_of: fetch jobs three times, others
-- once, unless retry = { … } says otherwise); every attempt is a run of its own in the history,
-- with the slot. On a clock fixed by STYR_NOW the back-off is not waited (the clock never moves).
local jobs = require "styr.jobs"
local wheel = require "styr.wheel"
local loader = require "styr.loader"
local storage = require "styr.storage"
local clock = require "styr.clock"
local sched = require "styr.sched"
local log = require "styr.log"
local util = require "styr.util"

local M = {}

M.GRACE = 3600
M.EACH_MAX = 100
M.COUNT_MAX = 1000 -- missed slots counted one by one; more are reported as "more than"

local EXIT = { ok = 0, failed = 1, usage = 2, config = 3 }

local function iso(epoch) return os.date("!%Y-%m-%dT%H:%M:%SZ", epoch) end

-- "2019-09-30 05:00 CEST"-style local time of an instant in the wheel's zone.
local function local_time(b, epoch)
  local t = require("styr.tz").to_local(epoch, b.timezone)
  if not t then return iso(epoch) end
  return string.format("%04d-%02d-%02d %02d:%02d", t.year, t.month, t.day, t.hour, t.min)
end

-- ---- slots ----------------------------------------------------------------------------------

-- A function next_after(ev, t) -> the job's first slot after instant t, or nil when it has no
-- more (a date passed, a cron expression that never fires). Occurrences are cached per year.
function M.slot_finder(b)
  local cache = {}
  local zone = b.timezone
  local cron = require "styr.cron"
  local tz = require "styr.tz"
  return function(ev, t)
    if ev.cron ~= nil then
      return (cron.next(ev.cron, t, zone))
    end
    local lt = tz.to_local(t, zone)
    if not lt then return nil end
    for y = lt.year, lt.year + 9 do
      local key = ev.id .. "\0" .. y
      local occ = cache[key]
      if not occ then
        occ = wheel.occurrences(ev, y, zone)
        cache[key] = occ
      end
      for _, o in ipairs(occ) do
        if o.epoch > t then return o.epoch end
      end
    end
    return nil
  end
end

-- The slots in (lo, hi], oldest first, at most max; `more` when there are others after them.
local function slots_between(next_after, ev, lo, hi, max)
  local list = {}
  local t = next_after(ev, lo)
  while t and t <= hi do
    if #list == max then return list, true end
    list[#list + 1] = t
    t = next_after(ev, t)
  end
  return list, false
end

-- The newest slot in (lo, hi], looking back in widening steps.
local function newest_slot(next_after, ev, lo, hi)
  for _, back in ipairs({ 3600, 86400, 32 * 86400, 400 * 86400, 3000 * 86400 }) do
    local from = math.max(lo, hi - back)
    local s = next_after(ev, from)
    if s and s <= hi then
      local n = next_after(ev, s)
      while n and n <= hi do s, n = n, next_after(ev, n) end
      return s
    end
    if from == lo then return nil end
  end
  return nil
end

-- ---- the run history of jobs ------------------------------------------------------------------

local function job_source(id) return "job:" .. id end

-- The reason a job did not run because a job it needs failed: how such a skip is recognised.
M.NEEDS_SKIP = "not run: it needs '"

local function is_need_skip(r)
  return r.outcome == "skipped" and (r.error or ""):sub(1, #M.NEEDS_SKIP) == M.NEEDS_SKIP
end

-- The slot a run belongs to (its slot column, or " @SLOT" in the command of older runs), as an
-- epoch, or nil for a manual run.
local function slot_of(r)
  local slot = r.slot or (r.command and r.command:match(" @(%S+)$"))
  return slot and clock.parse(slot) or nil
end

local function with_covered(r)
  r.covered = slot_of(r) or clock.parse(r.started or "") or 0
  return r
end

-- The newest run of a job, and the newest that covered its slot (a manual run covers all up to
-- its start; a skip because a needed job failed covers nothing), each { outcome =, trigger =,
-- started =, slot =, covered = epoch } or nil. When every run is such a skip, the covered one
-- stands just before the oldest skipped slot, so that slot is still owed.
local function last_runs(db, id)
  local runs, err = db:runs({ source = job_source(id), limit = 200 })
  if not runs then error("reading the run history: " .. tostring(err)) end
  local newest = runs[1] and with_covered(runs[1])
  for _, r in ipairs(runs) do
    if not is_need_skip(r) then return newest, with_covered(r) end
  end
  local oldest = runs[#runs]
  if oldest then return newest, { outcome = "skipped", covered = (slot_of(oldest) or oldest.covered) - 1 } end
  return nil, nil
end

-- The newest run of a job (see last_runs).
local function last_run(db, id)
  return (last_runs(db, id))
end

-- ---- plans ------------------------------------------------------------------------------------

-- What a job should do now, given its newest run (nil: never ran): nil (nothing is due), or
-- { runs = { { slot =, trigger =, also = missed slots it stands for }, … } (oldest first),
--   skip = { count =, newest = } (catch_up = "skip": run nothing), missed = N, more = bool
--   (more than COUNT_MAX slots), newest = the newest due slot, dropped = (catch_up = "each":
--   how many missed slots there were when only EACH_MAX run) }.
function M.plan(S, ev, now, last)
  if not last then
    -- A job that never ran starts with its newest slot of the last GRACE seconds, if any.
    local newest = newest_slot(S.next_after, ev, now - M.GRACE - 1, now)
    if not newest then return nil end
    return { runs = { { slot = newest, trigger = "schedule", also = 0 } }, missed = 0, more = false, newest = newest }
  end
  local lo = last.covered
  local slots, more = slots_between(S.next_after, ev, lo, now, M.COUNT_MAX)
  if #slots == 0 then return nil end
  local newest = more and newest_slot(S.next_after, ev, lo, now) or slots[#slots]
  local on_time = now - newest <= M.GRACE
  local policy = ev.catch_up or "once"
  local p = { runs = {}, missed = on_time and #slots - 1 or #slots, more = more, newest = newest }
  local function each(list, upto)
    for i = 1, math.min(upto, M.EACH_MAX) do p.runs[#p.runs + 1] = { slot = list[i], trigger = "catch-up" } end
    if upto > M.EACH_MAX or more then p.dropped = more and ("more than " .. M.COUNT_MAX) or tostring(upto) end
  end
  if on_time then
    if policy == "each" and #slots > 1 then each(slots, #slots - 1) end
    p.runs[#p.runs + 1] = { slot = newest, trigger = "schedule", also = policy ~= "each" and p.missed or 0 }
  elseif policy == "once" then
    p.runs[1] = { slot = newest, trigger = "catch-up", also = p.missed }
  elseif policy == "each" then
    each(slots, #slots)
  else
    p.skip = { count = p.missed, newest = newest }
  end
  return p
end

-- The job a job is waiting for that failed (directly or further up), or nil.
local function blocked_by(S, ev, outcome, seen)
  seen = seen or {}
  for _, n in ipairs(type(ev.needs) == "table" and ev.needs or {}) do
    local need = S.b.events[n]
    if need and not seen[n] then
      seen[n] = true
      local o = outcome[n]
      if o == nil then
        local r = last_run(S.db, n)
        o = r and r.outcome or "never"
        outcome[n] = o
      end
      if o == "failed" then return n end
      if o == "stopped" then return n end
      local up = blocked_by(S, need, outcome, seen)
      if up then return up end
    end
  end
  return nil
end

-- ---- running ----------------------------------------------------------------------------------

local function finish_run(S, run_id, t)
  t.finished = t.finished or (clock.now())
  local ok, err = S.db:run_finish_ex(run_id, t)
  if not ok then log.error("recording the run failed: " .. tostring(err)) end
end

-- Records the slot a job's run belongs to and the configuration it runs with.
local function note_run(S, ev, run_id, slot)
  if slot then
    local ok, err = S.db:run_note(run_id, { slot = iso(slot) })
    if not ok then log.warn("job " .. ev.id .. ": recording the run's slot failed: " .. tostring(err)) end
  end
  local _, err = require("styr.config_snapshots").record(S.db, S.b, run_id, (clock.now()))
  if err then log.warn("job " .. ev.id .. ": recording the configuration it runs with failed: " .. tostring(err)) end
end

-- Records a job that did not run (outcome "skipped") with the reason.
local function record_skip(S, ev, slot, trigger, reason)
  local now = clock.now()
  local command = "job " .. ev.id .. (slot and (" @" .. iso(slot)) or "")
  local run_id, err = S.db:run_start(command, now, { source = job_source(ev.id), trigger = trigger })
  if not run_id then log.error("job " .. ev.id .. ": recording the skip failed: " .. tostring(err)); return end
  if slot then S.db:run_note(run_id, { slot = iso(slot) }) end
  finish_run(S, run_id, { finished = now, outcome = "skipped", message = reason, error = reason })
end

-- Runs one job for one slot (nil for a manual run) and records it. retry: { attempt =, of = }
-- for a second or later attempt. Returns "succeeded", "failed" or "aborted".
local function execute(S, ev, slot, trigger, also, retry)
  local now, epoch = clock.now()
  local command = "job " .. ev.id .. (slot and (" @" .. iso(slot)) or "")
  local run_id, err = S.db:run_start(command, now, { source = job_source(ev.id), trigger = trigger })
  if not run_id then
    log.error("job " .. ev.id .. ": cannot record the run, not starting it: " .. tostring(err))
    return "failed"
  end
  note_run(S, ev, run_id, slot)
  S.current_run = run_id
  local function missed_text(n)
    if (n or 0) == 0 then return nil end
    return (trigger == "catch-up" and "for " or "also for ") .. n .. " missed slot" .. (n == 1 and "" or "s")
  end
  local attempt_text = retry and string.format("attempt %d of %d", retry.attempt, retry.of) or nil
  local what = slot and string.format(" for %s (%s%s%s)", local_time(S.b, slot), trigger,
    missed_text(also) and (", " .. missed_text(also)) or "", attempt_text and (", " .. attempt_text) or "")
    or " (manual)"
  log.info("job " .. ev.id .. ": started" .. what)
  local t0 = clock.elapsed_ms()
  local ctx = { now = now, epoch = epoch, slot = slot and iso(slot), trigger = trigger, dir = S.dir,
                strict = S.opts and S.opts.strict }
  local ok, res, aborted = sched.call("job " .. ev.id, jobs.run, S.b, S.db, ev, ctx)
  S.db:rollback() -- whatever the job left open (nothing, unless it failed mid-transaction)
  local duration = clock.elapsed_ms() - t0
  local t = { trigger = trigger, duration_ms = duration }
  local outcome
  if not ok then
    outcome = aborted and "aborted" or "failed"
    t.outcome = "failed"
    -- styr_pcall names the call ("job ID: …"); the run is already the job's.
    local msg = tostring(res)
    if msg:sub(1, #("job " .. ev.id .. ": ")) == "job " .. ev.id .. ": " then msg = msg:sub(#("job " .. ev.id .. ": ") + 1) end
    t.error = aborted and "aborted by a second stop signal; its transaction was rolled back" or msg
    t.message = t.error
  else
    outcome = res.ok and "succeeded" or "failed"
    t.outcome = outcome
    t.message, t.error = res.message, res.error
    t.new, t.changed, t.unchanged, t.bytes, t.attempts = res.new, res.changed, res.unchanged, res.bytes, res.attempts
    if missed_text(also) then t.message = (t.message and (t.message .. "; ") or "") .. missed_text(also) end
    if res.warnings and res.warnings ~= "" then
      local ok_note, nerr = S.db:run_note(run_id, { warnings = res.warnings })
      if not ok_note then log.warn("job " .. ev.id .. ": recording its warnings failed: " .. tostring(nerr)) end
    end
  end
  if attempt_text then t.message = (t.message and (t.message .. "; ") or "") .. attempt_text end
  finish_run(S, run_id, t)
  S.current_run = nil
  if outcome == "succeeded" then
    log.info(string.format("job %s: succeeded in %d ms%s", ev.id, duration, t.message and (": " .. t.message) or ""))
  else
    log.error(string.format("job %s: %s after %d ms: %s", ev.id, outcome, duration, tostring(t.error)))
  end
  return outcome
end

-- Waits `seconds` of the scheduler's clock before a retry (scaled by STYR_CLOCK_SPEED). Returns
-- early on a signal.
local function back_off(seconds)
  local _, now = clock.now()
  local woke, err = sched.sleep_until(now + math.max(1, math.ceil(seconds)))
  if not woke then log.error(err) end
  return woke
end

-- Runs a job for one slot, again after a back-off while it fails, up to its retry policy's
-- attempts. Returns the outcome of its last attempt.
local function run_with_retries(S, ev, slot, trigger, also)
  local policy = jobs.retry_of(ev)
  local o
  for attempt = 1, policy.attempts do
    o = execute(S, ev, slot, trigger, also, attempt > 1 and { attempt = attempt, of = policy.attempts } or nil)
    if o ~= "failed" or attempt == policy.attempts or sched.stopping() > 0 then break end
    local wait = policy.backoff * 2 ^ (attempt - 1)
    -- A clock fixed by STYR_NOW never moves: the back-off is not waited.
    local fixed = sched.clock_rate() == 0
    log.warn(string.format("job %s: attempt %d of %d failed; trying again after %g s%s", ev.id, attempt,
      policy.attempts, wait, fixed and " (not waited: the clock is fixed by STYR_NOW)" or ""))
    if not fixed then back_off(wait) end
    if sched.stopping() > 0 then break end
  end
  return o
end

-- One pass: every due job, in dependency order. Stops starting jobs once a stop signal came.
-- Returns the number of runs and of failures.
local function pass(S)
  local _, now = clock.now()
  local outcome = {} -- job id -> outcome of its newest run ("stopped": not run for a need)
  local ran, failed = 0, 0
  for _, ev in ipairs(jobs.order(S.b)) do
    if sched.stopping() > 0 then
      log.info("stopping: no further jobs start")
      break
    end
    local newest, last = last_runs(S.db, ev.id)
    outcome[ev.id] = outcome[ev.id] or (newest and newest.outcome)
    local p = M.plan(S, ev, now, last)
    if p then
      local blocker = blocked_by(S, ev, outcome)
      if blocker then
        local reason = string.format("%s%s', whose newest run %s; it runs once '%s' has succeeded", M.NEEDS_SKIP,
          blocker, outcome[blocker] == "stopped" and "did not run either" or "failed", blocker)
        -- Said once per slot: the next passes find the same skip and keep quiet.
        if newest and is_need_skip(newest) and slot_of(newest) == p.newest and newest.error == reason then
          log.debug("job " .. ev.id .. ": still waiting: " .. reason)
        else
          log.warn("job " .. ev.id .. ": " .. reason)
          record_skip(S, ev, p.newest, p.runs[1] and p.runs[#p.runs].trigger or "catch-up", reason)
        end
        outcome[ev.id] = "stopped"
      elseif p.skip then
        local reason = string.format("%s missed slot%s skipped (catch_up = \"skip\"), the newest %s",
          p.more and ("more than " .. M.COUNT_MAX) or tostring(p.skip.count), p.skip.count == 1 and "" or "s",
          local_time(S.b, p.skip.newest))
        log.info("job " .. ev.id .. ": " .. reason)
        record_skip(S, ev, p.skip.newest, "catch-up", reason)
      else
        if p.dropped then
          log.warn(string.format("job %s: %s missed slots; catch_up = \"each\" runs the oldest %d", ev.id, p.dropped,
            M.EACH_MAX))
        end
        for _, r in ipairs(p.runs) do
          if sched.stopping() > 0 then break end
          local o = run_with_retries(S, ev, r.slot, r.trigger, r.also)
          ran = ran + 1
          outcome[ev.id] = o == "succeeded" and "succeeded" or "failed"
          if o ~= "succeeded" then failed = failed + 1 end
          if o == "aborted" then return ran, failed end
        end
      end
    end
  end
  return ran, failed
end

-- ---- configuration, store, lock -------------------------------------------------------------

local function config_dir(opts)
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  return dir
end

-- Loads and validates the configuration (with a budget of its own). Returns the builder, or nil
-- and the list of problem lines.
local function load(dir, opts)
  local ok, b = sched.call("loading the configuration", loader.load, dir, opts)
  if not ok then return nil, { tostring(b) } end
  if b:errors() > 0 then
    local lines = {}
    for _, p in ipairs(b:sorted_problems()) do
      if p.level == "error" then lines[#lines + 1] = loader.format_problem(p) end
    end
    return nil, lines
  end
  return b
end

local function job_count(b)
  return #jobs.order(b)
end

-- Opens what every scheduler command needs: { b, db, dir, db_path, next_after }, or nil, code.
-- The configuration's warnings are logged at `warning_level`.
local function setup(opts, warning_level)
  local dir = config_dir(opts)
  local b, problems = load(dir, opts)
  if not b then
    for _, l in ipairs(problems) do log.error(l) end
    log.error(string.format("%s: %d problem%s in the configuration; nothing was run", dir, #problems,
      #problems == 1 and "" or "s"))
    return nil, EXIT.config
  end
  for _, p in ipairs(b:sorted_problems()) do log[warning_level](loader.format_problem(p)) end
  local db_path = opts.db or (dir .. "/styr.db")
  local db, err = storage.open(db_path)
  if not db then log.error(err); return nil, EXIT.failed end
  return { b = b, db = db, dir = dir, db_path = db_path, next_after = M.slot_finder(b), opts = opts }
end

-- Records that a scheduler did not run because another holds the lock.
local function record_held(S, command, message)
  local now = clock.now()
  local run_id, err = S.db:run_start(command, now, { trigger = "schedule" })
  if run_id then
    finish_run(S, run_id, { finished = now, outcome = "skipped", message = message, error = message })
  else
    log.warn("recording the skipped pass failed: " .. tostring(err))
  end
end

-- Scheduled job runs still "running" when we hold the lock belong to a scheduler that was killed
-- or crashed (only a lock holder starts them; a manual `styr run` may still be going and is left
-- alone): record them as failed, so the history is complete and their dependants wait.
local function close_interrupted(S)
  local runs, err = S.db:runs({ limit = 1000 })
  if not runs then log.warn("reading the run history for interrupted runs failed: " .. tostring(err)) end
  for _, r in ipairs(runs or {}) do
    if r.outcome == "running" and r.trigger ~= "manual" and (r.source or ""):sub(1, 4) == "job:" then
      log.warn(string.format("%s (started %s) was interrupted: the scheduler stopped during the run; recorded as failed",
        r.command, r.started))
      finish_run(S, r.id, { outcome = "failed",
                            error = "interrupted: the scheduler stopped during the run (killed or crashed)" })
    end
  end
end

-- Takes the scheduler lock of the store. Returns the lock, or nil and the holder's message.
local function take_lock(S, command)
  local now = clock.now()
  local path = S.db_path .. ".lock"
  local lock, prev_or_err, holder = sched.lock(path, command, now)
  if not lock then return nil, prev_or_err, holder end
  if prev_or_err then
    log.warn(string.format("%s: took over a stale lock: pid %s (%s, started %s) ended without releasing it",
      path, tostring(prev_or_err.pid), prev_or_err.command or "?", prev_or_err.started or "?"))
  end
  close_interrupted(S)
  return lock
end

local function clock_note()
  local rate = sched.clock_rate()
  if rate == 0 then return "clock fixed at " .. (clock.now()) .. " (STYR_NOW)" end
  if rate ~= 1 then
    return string.format("fast clock from %s at %g× (STYR_NOW, STYR_CLOCK_SPEED)",
      require("styr.console").env("STYR_NOW") or "?", rate)
  end
  return "real clock"
end

-- ---- commands ---------------------------------------------------------------------------------

function M.due(opts)
  local started, cerr = clock.now()
  if not started then log.error(cerr); return EXIT.usage end
  local S, scode = setup(opts, "debug")
  if not S then return scode end
  local lock, msg, holder = take_lock(S, "due")
  if not lock and not holder then
    log.error(msg)
    S.db:close()
    return EXIT.failed
  elseif not lock then
    log.warn(msg .. "; this pass is skipped")
    record_held(S, "due", msg)
    S.db:close()
    return EXIT.ok
  end
  local sok, serr = sched.signals()
  if not sok then log.error(serr); lock:release(); S.db:close(); return EXIT.failed end
  log.debug(string.format("due: %s, %d job%s, time zone %s, %s", S.dir, job_count(S.b),
    job_count(S.b) == 1 and "" or "s", S.b.timezone, clock_note()))
  local ok, ran, failed = sched.call("styr due", pass, S)
  local code = EXIT.ok
  if not ok then
    if S.current_run then
      finish_run(S, S.current_run, { outcome = "failed", error = "aborted by a second stop signal" })
    end
    log.error(tostring(ran))
    code = EXIT.failed
  else
    if ran == 0 then log.info("due: nothing was due") end
    if failed > 0 then code = EXIT.failed end
  end
  lock:release()
  S.db:close()
  return code
end

-- The earliest next slot of any job after `now`: epoch, job id (or nil).
local function next_wake(S, now)
  local best, who
  for _, ev in ipairs(jobs.order(S.b)) do
    local _, last = last_runs(S.db, ev.id)
    local from = math.max(now, last and last.covered or now)
    local t = S.next_after(ev, from)
    if t and (not best or t < best) then best, who = t, ev.id end
  end
  return best, who
end

local function reload(S)
  log.info("SIGHUP: reloading " .. S.dir)
  local b, problems = load(S.dir, S.opts)
  if not b then
    for _, l in ipairs(problems) do log.error("reload: " .. l) end
    log.error(string.format("reload: %d problem%s; keeping the configuration loaded at %s", #problems,
      #problems == 1 and "" or "s", S.loaded_at))
    return false
  end
  S.b, S.next_after, S.loaded_at = b, M.slot_finder(b), (clock.now())
  log.info(string.format("reload: configuration reloaded (%d job%s)", job_count(b), job_count(b) == 1 and "" or "s"))
  return true
end

function M.daemon(opts)
  local started, cerr = clock.now()
  if not started then log.error(cerr); return EXIT.usage end
  local S, code = setup(opts, "warn")
  if not S then return code end
  local lock, msg, holder = take_lock(S, "daemon")
  if not lock and not holder then
    log.error(msg)
    S.db:close()
    return EXIT.failed
  elseif not lock then
    log.error(msg .. "; not starting a second one")
    record_held(S, "daemon", msg)
    S.db:close()
    return EXIT.failed
  end
  local sok, serr = sched.signals()
  if not sok then log.error(serr); lock:release(); S.db:close(); return EXIT.failed end
  S.loaded_at = clock.now()
  log.info(string.format("daemon started: %s, database %s, %d job%s, time zone %s, %s", S.dir, S.db_path,
    job_count(S.b), job_count(S.b) == 1 and "" or "s", S.b.timezone, clock_note()))
  local exit = EXIT.ok
  while true do
    if sched.stopping() > 0 then break end
    if sched.reload_requested() then reload(S) end
    local ok, err = sched.call("scheduler pass", pass, S)
    if not ok then
      if S.current_run then
        finish_run(S, S.current_run, { outcome = "failed", error = "aborted by a second stop signal" })
        S.current_run = nil
      end
      log.error(tostring(err))
      if sched.stopping() >= 2 then exit = EXIT.failed; break end
    end
    if sched.stopping() > 0 then break end
    if not sched.reload_requested() then
      local _, now = clock.now()
      local okn, wake, who = sched.call("scheduler next", next_wake, S, now)
      if not okn then log.error(tostring(wake)); wake = nil end
      if wake then
        log.debug(string.format("sleeping until %s (job %s)", local_time(S.b, wake), who))
      else
        log.info("no job has a slot to come; waiting for a signal")
        wake = math.maxinteger
      end
      local woke, werr = sched.sleep_until(wake)
      if not woke then log.error(werr); exit = EXIT.failed; break end
    else
      reload(S)
    end
  end
  local n, sig = sched.stopping()
  if n >= 2 then exit = EXIT.failed end
  log.info(string.format("daemon stopped%s", sig and (" (" .. sig .. ")") or ""))
  lock:release()
  S.db:close()
  return exit
end

function M.run(opts)
  local started, cerr = clock.now()
  if not started then log.error(cerr); return EXIT.usage end
  local S, code = setup(opts, "debug")
  if not S then return code end
  local id = opts.args[1]
  local ev = S.b.events[id]
  if not ev or not jobs.type_of(ev) then
    local ids = {}
    for _, j in ipairs(jobs.order(S.b)) do ids[#ids + 1] = j.id end
    log.error(string.format("%s has no job named '%s'%s; %s", S.dir, tostring(id), util.suggest(id, ids),
      #ids > 0 and ("it has: " .. table.concat(ids, ", ")) or "it declares no job"))
    S.db:close()
    return EXIT.usage
  end
  local sok, serr = sched.signals()
  if not sok then log.error(serr); S.db:close(); return EXIT.failed end
  local blocker = blocked_by(S, ev, {})
  if blocker then log.warn("job " .. id .. ": it needs '" .. blocker .. "', whose newest run failed; running it anyway") end
  local ok, outcome = sched.call("styr run", execute, S, ev, nil, "manual")
  if not ok then
    if S.current_run then finish_run(S, S.current_run, { outcome = "failed", error = "aborted by a second stop signal" }) end
    log.error(tostring(outcome))
    outcome = "failed"
  end
  S.db:close()
  return outcome == "succeeded" and EXIT.ok or EXIT.failed
end

-- ---- status ---------------------------------------------------------------------------------

-- How a job's recurrence reads: "cron 0 5 * * *", "after tertial +30 days", …
local function schedule_text(ev)
  local r = wheel.recurrence_of(ev)
  local v = ev[r]
  if r == "cron" or r == "date" then return r .. " " .. v end
  if r == "yearly" then return "yearly " .. (type(v) == "table" and table.concat(v, ", ") or v) .. (ev.at and (" " .. ev.at) or "") end
  if r == "weekly" then return "weekly " .. (type(v) == "table" and v.day or v) .. (ev.at and (" " .. ev.at) or "") end
  if r == "monthly" then return "monthly day " .. tostring(v.day) .. (ev.at and (" " .. ev.at) or "") end
  if r == "after" then return string.format("after %s %+d days", v.period, v.days or 0) .. (ev.at and (" " .. ev.at) or "") end
  return tostring(r)
end

-- Every job with its schedule, next due time and newest run; and whether a scheduler runs:
-- { jobs = { { id, type, schedule, catch_up, needs, next, next_local, due_now, last = run } },
--   scheduler = { running, pid, command, started } }.
function M.status(b, db, db_path)
  local S = { b = b, db = db, next_after = M.slot_finder(b) }
  local _, now = clock.now()
  local list = {}
  for _, ev in ipairs(jobs.order(b)) do
    local last, covering = last_runs(db, ev.id)
    local lo = covering and covering.covered or (now - M.GRACE - 1)
    local first = S.next_after(ev, lo)
    local item = { id = ev.id, type = jobs.type_of(ev), schedule = schedule_text(ev), catch_up = ev.catch_up or "once",
                   needs = type(ev.needs) == "table" and ev.needs or {}, last = last }
    if first and first <= now then
      item.due_now = true
      item.next = first
    else
      item.next = S.next_after(ev, math.max(now, lo))
    end
    item.next_local = item.next and local_time(b, item.next)
    list[#list + 1] = item
  end
  local held, holder = sched.probe(db_path .. ".lock")
  local scheduler = { running = held == true }
  if held then scheduler.pid, scheduler.command, scheduler.started = holder.pid, holder.command, holder.started end
  return { jobs = list, scheduler = scheduler, zone = b.timezone }
end

return M
