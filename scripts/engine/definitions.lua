-- The mandate-period lock of indicator definitions. An indicator's definition is its unit,
-- direction, kind and formula (the hash of the formula's source and inputs, as compute records
-- it). The store keeps each indicator's definitions as they were first seen and every change
-- since (table indicator_definitions). While municipality { definition_lock = { from =, to = } }
-- covers today, a definition may change only with a decision recorded on the indicator
-- (decisions = { { ref =, date =, change = } }) dated on or after the previous recording and not
-- used for an earlier change; otherwise the configuration is invalid. Outside the period, or for
-- an indicator with lock = false, a change is simply recorded. The configuration's own checks of
-- the lock and the decisions are the model's (scripts/model/definition_lock.lua).
local formula = require "styr.formula"
-- The lock's configuration fields and period (checked when the configuration loads).
local lock_config = require "styr.definition_lock"

local M = {}

-- An indicator's definition as the configuration declares it now.
function M.current(b, ind)
  local d = { indicator = ind.id, unit = ind.unit, direction = ind.direction, kind = ind.kind or "number" }
  if ind.formula then
    local src = formula.source(b, ind)
    d.formula_hash = formula.hash(b, ind)
    d.formula_at = src.file .. ":" .. src.first
  end
  return d
end

local function shown(v) return v == nil and "none" or v end

-- What differs between a recorded definition and another: a list of texts such as
-- "unit: percent → count" and "formula changed"; empty when they are the same.
function M.diff(old, new)
  local out = {}
  for _, f in ipairs({ "unit", "direction", "kind" }) do
    if old[f] ~= new[f] then out[#out + 1] = f .. ": " .. shown(old[f]) .. " → " .. shown(new[f]) end
  end
  if old.formula_hash ~= new.formula_hash then
    out[#out + 1] = old.formula_hash == nil and "formula added" or new.formula_hash == nil and "formula removed" or
                    "formula changed"
  end
  return out
end

-- The decision that allows changing a definition recorded on `since` (a date) today: the latest
-- one dated from `since` to `today` whose ref was not used for an earlier change, or nil.
local function decision_for(ind, since, today, used)
  local best
  for _, d in ipairs(type(ind.decisions) == "table" and ind.decisions or {}) do
    if type(d) == "table" and type(d.ref) == "string" and type(d.date) == "string" and not used[d.ref] and
       d.date >= since and d.date <= today and (not best or d.date >= best.date) then
      best = d
    end
  end
  return best
end

-- Each indicator's recorded definitions, oldest first: { [id] = { row, … } }, or nil, message.
function M.recorded(db)
  local rows, err = db:definitions()
  if not rows then return nil, err end
  local by = {}
  for _, r in ipairs(rows) do
    by[r.indicator] = by[r.indicator] or {}
    table.insert(by[r.indicator], r)
  end
  return by
end

-- Compares every indicator's definition with the latest one recorded and records what is new or
-- changed, in the caller's transaction (call it between db:begin() and db:commit(), and roll
-- back on failure). opts.record = false only checks. A change during the lock period without a
-- decision is a problem, added to the builder (b:problem at the indicator's file:line); when
-- there is one, nothing is recorded.
-- Returns { new = n, changed = n, unchanged = n, recorded = n (rows written) }; or nil, message,
-- "config" (the problems as "file:line: message" lines); or nil, message, "store" when the store
-- failed.
function M.check(b, db, now, opts)
  opts = opts or {}
  local today = now:sub(1, 10)
  local lock = lock_config.lock_of(b)
  local locked = lock and today >= lock.from and today <= lock.to
  local recorded, rerr = M.recorded(db)
  if not recorded then return nil, rerr, "store" end
  local plan, problems = {}, {}
  local counts = { new = 0, changed = 0, unchanged = 0, recorded = 0 }
  for _, id in ipairs(b.indicator_order) do
    local ind = b.indicators[id]
    local cur = M.current(b, ind)
    local history = recorded[id]
    local prev = history and history[#history]
    if not prev then
      plan[#plan + 1] = cur
      counts.new = counts.new + 1
    else
      local changes = M.diff(prev, cur)
      if #changes == 0 then
        counts.unchanged = counts.unchanged + 1
      else
        local used = {}
        for _, r in ipairs(history) do if r.decision_ref then used[r.decision_ref] = true end end
        local since = prev.recorded_at:sub(1, 10)
        local decision = decision_for(ind, since, today, used)
        if locked and ind.lock ~= false and not decision then
          local message = string.format("indicator '%s': its definition is locked for the mandate period %s to %s, " ..
            "and it changed since it was recorded on %s (%s); add decisions = { { ref = \"…\", date = \"YYYY-MM-DD\", " ..
            "change = \"…\" } } to the indicator, with the decision dated %s or later, or revert the change",
            id, lock.from, lock.to, since, table.concat(changes, "; "), since)
          b:problem(ind.where, message)
          problems[#problems + 1] = require("styr.loader").format_problem({ file = ind.where.file,
            line = ind.where.line, message = message })
        else
          cur.changes = table.concat(changes, "; ")
          if decision then
            cur.decision_ref, cur.decision_date, cur.decision_change = decision.ref, decision.date, decision.change
          end
          plan[#plan + 1] = cur
          counts.changed = counts.changed + 1
        end
      end
    end
  end
  if #problems > 0 then return nil, table.concat(problems, "\n"), "config" end
  if opts.record == false then return counts end
  for _, d in ipairs(plan) do
    d.recorded_at = now
    local ok, err = db:save_definition(d)
    if not ok then return nil, err, "store" end
    counts.recorded = counts.recorded + 1
  end
  return counts
end

-- One recorded definition as a line of text for styr explain.
function M.line(r)
  local parts = { "unit " .. shown(r.unit), "direction " .. shown(r.direction), r.kind }
  parts[#parts + 1] = r.formula_hash and ("formula " .. (r.formula_at or "?")) or "no formula"
  local text = r.recorded_at .. "  " .. table.concat(parts, ", ")
  text = text .. (r.changes and ("; changed: " .. r.changes) or "; first recorded")
  if r.decision_ref then
    text = text .. "; decision " .. r.decision_ref .. " (" .. tostring(r.decision_date) .. ")" ..
           (r.decision_change and (": " .. r.decision_change) or "")
  end
  return text
end

return M
