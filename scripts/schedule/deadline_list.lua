-- `styr due --deadlines [--body B,…] [--json]`: what each body must still submit to the follow-up
-- and by when, from the annual wheel (scripts/model/deadlines.lua) and the sign-off states in the
-- store (what styr serve's start page shows a reporter). Lists the parts still open (draft or
-- returned), overdue ones marked in words; runs no job and writes nothing (no store is created).
local deadlines = require "styr.deadlines"
local labels = require "styr.labels"
local clock = require "styr.clock"
local store = require "styr.store"
local json = require "styr.json"
local util = require "styr.util"

local M = {}

-- The set of bodies named by --body ("AMN,SON"), or nil for every body; or nil, message.
function M.bodies(b, spec)
  if spec == nil then return nil end
  local set, any = {}, false
  for id in tostring(spec):gmatch("[^,%s]+") do
    if not b.bodies[id] then
      return nil, "--body: no body '" .. id .. "' in the configuration" .. util.suggest(id, b.body_order)
    end
    set[id], any = true, true
  end
  if not any then return nil, "--body takes body ids, comma-separated (--body AMN,SON)" end
  return set
end

-- cli: { load_config, EXIT, out, err } (scripts/cli/cli.lua).
function M.command(opts, cli)
  local EXIT = cli.EXIT
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local b, code = cli.load_config(dir, opts)
  if not b then return code end
  local bodies, berr = M.bodies(b, opts.body)
  if berr then cli.err("styr due: " .. berr); return EXIT.usage end
  local _, epoch = clock.now()
  if not epoch then cli.err("styr due: the clock cannot be read"); return EXIT.failed end
  -- Without a store nothing was submitted yet (and none is created for a listing).
  local path = opts.db or (dir .. "/styr.db")
  local rows = {}
  if require("styr.config").exists(path) then
    local db <close>, oerr = store.open(path)
    if not db then cli.err("styr due: " .. oerr); return EXIT.failed end
    local rerr
    rows, rerr = db:signoffs()
    if not rows then cli.err("styr due: " .. rerr); return EXIT.failed end
  end
  local today = deadlines.today(b, epoch)
  local open = {}
  for _, d in ipairs(deadlines.mark(deadlines.list(b, bodies), rows, today)) do
    if d.open then open[#open + 1] = d end
  end

  if opts.json then
    local items = {}
    for _, d in ipairs(open) do
      items[#items + 1] = { body = d.body, report = d.report, period = d.period, date = d.date, state = d.state,
                            overdue = d.overdue, event = d.event.id, title = b.reports[d.report].title }
    end
    cli.out(json.encode(json.array(items), { sort_keys = true }))
    return EXIT.ok
  end
  local W = labels.get(b.municipality.language, b.label_overrides).web
  if #open == 0 then cli.out(W.nothing_due); return EXIT.ok end
  -- Grouped by body, in the organisation's order; each body's deadlines in date order.
  local by = {}
  for _, d in ipairs(open) do
    by[d.body] = by[d.body] or {}
    table.insert(by[d.body], d)
  end
  for _, id in ipairs(b.body_order) do
    if by[id] then
      cli.out(string.format("%s (%s)", b.bodies[id].name or id, id))
      for _, d in ipairs(by[id]) do
        local state = W.states[d.state] or d.state
        if d.overdue then state = state .. ", " .. W.overdue end
        cli.out(string.format("  %s %s  %s · %s  %s", W.due, d.date, b.reports[d.report].title, d.event.title, state))
      end
    end
  end
  return EXIT.ok
end

return M
