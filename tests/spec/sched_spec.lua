-- The scheduler's Lua layer: the slots of jobs from every kind of recurrence (tertial ends, the
-- last day of the month, leap days, cron across the DST changes of Stockholm and Copenhagen), the
-- catch-up plans, dependency order and the checks of job fields.
local H = require "tests.spec.helper"
local scheduler = require "styr.scheduler"
local jobs = require "styr.jobs"
local clock = require "styr.clock"

local function utc(s) return assert(clock.parse(s)) end
local function iso(t) return os.date("!%Y-%m-%dT%H:%M:%SZ", t) end

-- The first n slots of job `id` after instant `from` (ISO), as ISO strings.
local function slots(b, id, from, n)
  local next_after = scheduler.slot_finder(b)
  local list, t = {}, utc(from)
  for _ = 1, n do
    t = next_after(b.events[id], t)
    if not t then break end
    list[#list + 1] = iso(t)
  end
  return list
end

local function load(body, country)
  local b = H.load(body)
  assert.are.same({}, H.messages(b))
  if country then b.timezone = country end
  return b
end

describe("job slots", function()
  it("tertial ends through the wheel (local midnight, and at a time)", function()
    local b = load([[
event "t" { title = "Tertial", job = "compute", after = { period = "tertial" } }
event "t30" { title = "Tertial + 30", job = "compute", after = { period = "tertial", days = 30 }, at = "06:00" }
]])
    -- 30 April, 31 August, 31 December at 00:00 in Stockholm (CEST, CEST, CET).
    assert.are.same({ "2026-04-29T22:00:00Z", "2026-08-30T22:00:00Z", "2026-12-30T23:00:00Z", "2027-04-29T22:00:00Z" },
                    slots(b, "t", "2026-01-01T00:00:00Z", 4))
    assert.are.same({ "2026-01-30T05:00:00Z", "2026-05-30T04:00:00Z", "2026-09-30T04:00:00Z", "2027-01-30T05:00:00Z" },
                    slots(b, "t30", "2026-01-01T00:00:00Z", 4))
    -- Strictly after: from the slot itself, the next one.
    assert.are.same({ "2026-08-30T22:00:00Z" }, slots(b, "t", "2026-04-29T22:00:00Z", 1))
  end)

  it("the last day of each month, leap February included", function()
    local b = load([[event "m" { title = "Månadsslut", job = "compute", monthly = { day = "last" }, at = "23:00" }]])
    assert.are.same({ "2028-01-31T22:00:00Z", "2028-02-29T22:00:00Z", "2028-03-31T21:00:00Z", "2028-04-30T21:00:00Z" },
                    slots(b, "m", "2028-01-01T00:00:00Z", 4))
  end)

  it("29 February only in leap years, and a date that has passed has no slot", function()
    local b = load([[
event "skott" { title = "Skottdag", job = "compute", yearly = { "02-29" }, at = "12:00" }
event "en" { title = "En gång", job = "compute", date = "2026-05-01" }
]])
    assert.are.same({ "2028-02-29T11:00:00Z", "2032-02-29T11:00:00Z" }, slots(b, "skott", "2026-01-01T00:00:00Z", 2))
    assert.are.same({ "2026-04-30T22:00:00Z" }, slots(b, "en", "2026-01-01T00:00:00Z", 3))
    assert.are.same({}, slots(b, "en", "2026-05-01T00:00:00Z", 1))
  end)

  it("cron ranges, steps, names and day-of-month OR day-of-week", function()
    local b = load([[
event "c" { title = "Vardagar", job = "compute", cron = "15 5-6/1 * JAN mon-fri" }
event "or" { title = "13:e eller fredag", job = "compute", cron = "0 0 13 * FRI" }
]])
    assert.are.same({ "2026-01-01T04:15:00Z", "2026-01-01T05:15:00Z", "2026-01-02T04:15:00Z", "2026-01-02T05:15:00Z",
                      "2026-01-05T04:15:00Z" }, slots(b, "c", "2026-01-01T00:00:00Z", 5))
    -- Friday 6 February 2026, Friday 13 February (once), then Friday 20 February.
    assert.are.same({ "2026-02-05T23:00:00Z", "2026-02-12T23:00:00Z", "2026-02-19T23:00:00Z" },
                    slots(b, "or", "2026-02-01T00:00:00Z", 3))
  end)

  for _, zone in ipairs({ "Europe/Stockholm", "Europe/Copenhagen" }) do
    it("a 02:30 job on the DST days of " .. zone .. " runs once each", function()
      local b = load([[wheel { timezone = "]] .. zone .. [[" }
event "natt" { title = "Natt", job = "compute", cron = "30 2 * * *" }
event "tim" { title = "Varje timme", job = "compute", cron = "0 * * * *" }
event "dag" { title = "Dag", job = "compute", weekly = "sunday", at = "02:30" }
]])
      -- Spring forward, 29 March 2026: at the end of the gap (03:00 CEST); autumn back, 25 October:
      -- at the first 02:30 (CEST) only.
      assert.are.same({ "2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z" },
                      slots(b, "natt", "2026-03-28T00:00:00Z", 3))
      assert.are.same({ "2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z" },
                      slots(b, "natt", "2026-10-24T00:00:00Z", 3))
      -- Hourly follows the wall clock: one real hour apart across both changes.
      local h = slots(b, "tim", "2026-10-24T23:30:00Z", 4)
      assert.are.same({ "2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z", "2026-10-25T03:00:00Z" }, h)
      -- A wheel time in the gap is moved forward by the gap (03:30 CEST), once.
      assert.are.same({ "2026-03-29T01:30:00Z", "2026-04-05T00:30:00Z" }, slots(b, "dag", "2026-03-28T00:00:00Z", 2))
      assert.are.same({ "2026-10-25T00:30:00Z", "2026-11-01T01:30:00Z" }, slots(b, "dag", "2026-10-24T00:00:00Z", 2))
    end)
  end
end)

describe("catch-up plans", function()
  local b = load([[
event "once" { title = "Once", job = "compute", cron = "0 5 * * *" }
event "each" { title = "Each", job = "compute", cron = "0 5 * * *", catch_up = "each" }
event "skip" { title = "Skip", job = "compute", cron = "0 5 * * *", catch_up = "skip" }
event "minut" { title = "Minut", job = "compute", cron = "* * * * *", catch_up = "each" }
]])
  local S = { b = b, next_after = scheduler.slot_finder(b) }
  local function plan(id, now, covered)
    local p = scheduler.plan(S, b.events[id], utc(now), covered and { covered = utc(covered) } or nil)
    if not p then return "nothing" end
    if p.skip then return "skip " .. p.skip.count .. " " .. iso(p.skip.newest) end
    local parts = {}
    for _, r in ipairs(p.runs) do parts[#parts + 1] = r.trigger .. " " .. iso(r.slot) end
    return table.concat(parts, ", ")
  end

  it("three missed slots: once, each, skip", function()
    local last, now = "2019-09-27T12:00:00Z", "2019-10-01T00:00:00Z"
    assert.are.equal("catch-up 2019-09-30T03:00:00Z", plan("once", now, last))
    assert.are.equal("catch-up 2019-09-28T03:00:00Z, catch-up 2019-09-29T03:00:00Z, catch-up 2019-09-30T03:00:00Z",
                     plan("each", now, last))
    assert.are.equal("skip 3 2019-09-30T03:00:00Z", plan("skip", now, last))
  end)

  it("an on-time slot runs on schedule and takes missed ones along (each runs them first)", function()
    local last, now = "2019-09-28T12:00:00Z", "2019-10-01T03:30:00Z"
    assert.are.equal("schedule 2019-10-01T03:00:00Z", plan("once", now, last))
    assert.are.equal("schedule 2019-10-01T03:00:00Z", plan("skip", now, last))
    assert.are.equal("catch-up 2019-09-29T03:00:00Z, catch-up 2019-09-30T03:00:00Z, schedule 2019-10-01T03:00:00Z",
                     plan("each", now, last))
    -- Exactly an hour late is still on time; a second later it was missed.
    assert.are.equal("schedule 2019-10-01T03:00:00Z", plan("skip", "2019-10-01T04:00:00Z", "2019-09-30T12:00:00Z"))
    assert.are.equal("skip 1 2019-10-01T03:00:00Z", plan("skip", "2019-10-01T04:00:01Z", "2019-09-30T12:00:00Z"))
  end)

  it("nothing is due before the next slot, and a new job does not catch up on the past", function()
    assert.are.equal("nothing", plan("once", "2019-10-01T02:59:59Z", "2019-09-30T03:00:00Z"))
    assert.are.equal("nothing", plan("each", "2019-10-01T12:00:00Z", nil))
    assert.are.equal("schedule 2019-10-01T03:00:00Z", plan("each", "2019-10-01T03:10:00Z", nil))
    -- Only the newest slot of the last hour, not the hour's earlier ones.
    assert.are.equal("schedule 2019-10-01T03:10:00Z", plan("minut", "2019-10-01T03:10:30Z", nil))
  end)

  it("each runs at most EACH_MAX missed slots", function()
    local p = scheduler.plan(S, b.events.minut, utc("2019-10-01T12:00:00Z"), { covered = utc("2019-10-01T00:00:00Z") })
    assert.are.equal(scheduler.EACH_MAX + 1, #p.runs)
    assert.are.equal("2019-10-01T00:01:00Z", iso(p.runs[1].slot))
    assert.are.equal("schedule", p.runs[#p.runs].trigger)
    assert.are.equal("2019-10-01T12:00:00Z", iso(p.runs[#p.runs].slot))
  end)
end)

describe("job checks and order", function()
  it("orders jobs after the jobs they need", function()
    local b = load([[
event "rapport" { title = "R", job = "report", report = "r", needs = { "berakna" }, cron = "0 6 * * *" }
event "berakna" { title = "B", job = "compute", needs = { "hamta" }, cron = "0 5 * * *" }
event "moete" { title = "Möte", body = "AMN", date = "2026-01-01" }
event "hamta" { title = "H", job = "custom", run = function() end, cron = "0 4 * * *" }
event "annat" { title = "A", job = "compute", cron = "0 4 * * *" }
report "r" { title = "R", year = 2019 }
]])
    local ids = {}
    for _, ev in ipairs(jobs.order(b)) do ids[#ids + 1] = ev.id end
    assert.are.same({ "hamta", "berakna", "rapport", "annat" }, ids)
  end)

  it("reports cycles, unknown needs and misplaced job fields with their lines", function()
    local b = H.load([[
event "a" { title = "A", job = "compute", cron = "0 5 * * *", needs = { "b" } }
event "b" { title = "B", job = "compute", cron = "0 5 * * *", needs = { "c" } }
event "c" { title = "C", job = "compute", cron = "0 5 * * *", needs = { "a" } }
event "m" { title = "M", body = "AMN", date = "2026-01-01", catch_up = "each" }
event "r" { title = "R", job = "compute", cron = "0 5 * * *", out = "x" }
event "x" { title = "X", job = "report", report = "rr", cron = "0 5 * * *", out = "/var/www" }
report "rr" { title = "R", year = 2019 }
event "y" { title = "Y", job = "compute", cron = "0 5 * * *", run = 5 }
]])
    assert.truthy(H.has(b, "^4: event 'a': needs form a cycle %(a → b → c → a%)"))
    assert.truthy(H.has(b, "^7: event 'm': catch_up is for jobs only"))
    assert.truthy(H.has(b, "^8: event 'r': out is the output folder of a report job"))
    assert.truthy(H.has(b, "^9: event 'x': out must be a folder relative to the configuration folder"))
    assert.truthy(H.has(b, "^11: event 'y': run must be a function, not number"))
    -- The cycle is reported once.
    local n = 0
    for _, m in ipairs(H.messages(b)) do if m:find("cycle") then n = n + 1 end end
    assert.are.equal(1, n)
  end)
end)
