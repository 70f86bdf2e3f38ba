-- The configuration side of jobs (the wheel's events of kind "job": fetch, compute, report,
-- custom): which job an event is, and the checks of what only jobs have (needs, catch_up, out,
-- run, retry). Running a job is scripts/schedule/jobs.lua's; when it runs, the scheduler's.
local util = require "styr.util"

local M = {}

M.CATCH_UP = { "once", "each", "skip" }

-- A failed job is run again for the same slot after a back-off that doubles each time: fetch
-- jobs (the network and the sources fail now and then) three times in all, the others once,
-- unless the job's retry = { attempts = N, backoff = SECONDS } says otherwise.
M.RETRY_DEFAULTS = {
  fetch = { attempts = 3, backoff = 60 },
  compute = { attempts = 1, backoff = 60 },
  report = { attempts = 1, backoff = 60 },
  custom = { attempts = 1, backoff = 60 },
}
M.RETRY_MAX_ATTEMPTS = 10
M.RETRY_MAX_BACKOFF = 86400

-- The retry policy of a job: { attempts =, backoff = } (seconds before the second attempt).
function M.retry_of(ev)
  local d = M.RETRY_DEFAULTS[M.type_of(ev) or "custom"] or M.RETRY_DEFAULTS.custom
  local r = type(ev.retry) == "table" and ev.retry or {}
  return { attempts = math.tointeger(r.attempts) or d.attempts, backoff = r.backoff or d.backoff }
end

-- The field checker of retry = { attempts = N, backoff = SECONDS }: nil, or what is wrong.
function M.check_retry(v)
  if type(v) ~= "table" then return "must be { attempts = N, backoff = SECONDS }, not " .. type(v) end
  local e = util.unknown_field(v, { "attempts", "backoff" })
  if e then return e end
  local a = v.attempts
  if a ~= nil and (math.type(a) ~= "integer" and not (type(a) == "number" and a == math.floor(a)) or
                   a < 1 or a > M.RETRY_MAX_ATTEMPTS) then
    return "attempts must be a whole number from 1 to " .. M.RETRY_MAX_ATTEMPTS .. " (1: no retry), not " ..
           tostring(a)
  end
  local s = v.backoff
  if s ~= nil and (type(s) ~= "number" or s ~= s or s < 0 or s > M.RETRY_MAX_BACKOFF) then
    return "backoff must be a number of seconds from 0 to " .. M.RETRY_MAX_BACKOFF .. ", not " .. tostring(s)
  end
end

-- The job type of an event (job = …, or told by fetch / run), or nil for other events.
function M.type_of(ev)
  if ev.kind ~= nil and ev.kind ~= "job" then return nil end
  if ev.job then return ev.job end
  if ev.fetch then return "fetch" end
  if ev.run then return "custom" end
  return nil
end

-- A folder relative to the configuration folder, inside it: nil, or what is wrong.
local function bad_folder(out)
  if out:sub(1, 1) == "/" then return "must be a folder relative to the configuration folder, not an absolute path" end
  for part in out:gmatch("[^/]+") do
    if part == ".." then return "must stay inside the configuration folder (no '..')" end
  end
  if out:find("%z") or out:find("[\r\n]") then return "must be a plain folder name" end
end

-- Checks after the wheel's own checks: needs name jobs and form no cycle, job-only fields sit on
-- jobs, run goes with job = "custom", out with report jobs and stays inside the folder.
function M.check_all(b)
  local job_ids = {}
  for _, id in ipairs(b.event_order) do
    if M.type_of(b.events[id]) then job_ids[#job_ids + 1] = id end
  end
  for _, id in ipairs(b.event_order) do
    local ev = b.events[id]
    local what = "event '" .. id .. "'"
    local jt = M.type_of(ev)
    if not jt then
      for _, f in ipairs({ "needs", "catch_up", "out", "run", "retry" }) do
        if ev[f] ~= nil then
          b:problem(ev.where, what .. ": " .. f .. " is for jobs only (events with job = \"fetch\", \"compute\", " ..
                    "\"report\" or \"custom\")")
        end
      end
    else
      if jt == "custom" and ev.run == nil then
        b:problem(ev.where, what .. ": a custom job needs run = function(ctx) … end")
      elseif ev.run ~= nil and jt ~= "custom" then
        b:problem(ev.where, what .. ": run is the code of a custom job; write job = \"custom\" (this job is \"" ..
                  tostring(jt) .. "\")")
      end
      if ev.out ~= nil and jt ~= "report" then
        b:problem(ev.where, what .. ": out is the output folder of a report job; this job is \"" .. tostring(jt) .. "\"")
      elseif type(ev.out) == "string" and bad_folder(ev.out) then
        b:problem(ev.where, what .. ": out " .. bad_folder(ev.out))
      end
      if ev.fetch ~= nil and jt ~= "fetch" then
        b:problem(ev.where, what .. ": fetch lists the sources of a fetch job; this job is \"" .. tostring(jt) .. "\"")
      end
      for _, n in ipairs(type(ev.needs) == "table" and ev.needs or {}) do
        if n == id then
          b:problem(ev.where, what .. ": needs itself")
        elseif not b.events[n] then
          b:problem(ev.where, what .. ": needs refers to an unknown job '" .. n .. "'" .. util.suggest(n, job_ids))
        elseif not M.type_of(b.events[n]) then
          b:problem(ev.where, what .. ": needs '" .. n .. "', which is not a job (only jobs run and can be waited for)")
        end
      end
    end
  end
  -- Cycles: each reported once, at the first of its jobs in declaration order.
  local state, stack, reported = {}, {}, {}
  local function visit(id)
    state[id] = "visiting"
    stack[#stack + 1] = id
    local ev = b.events[id]
    for _, n in ipairs(type(ev.needs) == "table" and ev.needs or {}) do
      if n ~= id and b.events[n] and M.type_of(b.events[n]) then
        if state[n] == "visiting" then
          local from
          for i, s in ipairs(stack) do if s == n then from = i end end
          local cycle = {}
          for i = from, #stack do cycle[#cycle + 1] = stack[i] end
          local key = table.concat(cycle, "\0")
          if not reported[key] then
            reported[key] = true
            cycle[#cycle + 1] = n
            local first = b.events[n]
            b:problem(first.where, "event '" .. n .. "': needs form a cycle (" .. table.concat(cycle, " → ") ..
                      "); a job cannot wait for itself")
          end
        elseif state[n] == nil then
          visit(n)
        end
      end
    end
    stack[#stack] = nil
    state[id] = "done"
  end
  for _, id in ipairs(job_ids) do
    if state[id] == nil then visit(id) end
  end
end

return M
