-- Status rules: turn a value, a target, a direction and a tolerance into
-- met / on_the_way / not_met / no_data / no_target / not_assessed.
-- The rules are written out in docs/configuration.md and the README.
local util = require "styr.util"

local M = {}

M.ORDER = { "met", "on_the_way", "not_met", "no_data", "no_target", "not_assessed" }

-- The tolerance of a numeric target, in the indicator's unit (0 when none is given).
function M.tolerance(tol, target)
  if type(tol) ~= "table" then return 0 end
  if tol.percent then return math.abs(target) * tol.percent / 100 end
  return tol.absolute or 0
end

-- value: number, string (text indicator) or nil (missing)
-- target: number, "lower" | "higher" | "not_higher" | "not_lower", or nil
-- reference: the value a relative target is compared with (previous year, else base), or nil
-- opts: { direction =, tolerance =, kind = }
function M.evaluate(value, target, reference, opts)
  opts = opts or {}
  if value == nil then return "no_data" end
  if opts.kind == "text" or type(value) ~= "number" then return "not_assessed" end
  if target == nil then return "no_target" end
  if type(target) == "string" then
    if not util.finite(reference) then return "no_data" end
    local ok
    if target == "lower" then ok = value < reference
    elseif target == "higher" then ok = value > reference
    elseif target == "not_higher" then ok = value <= reference
    elseif target == "not_lower" then ok = value >= reference
    else return "no_target" end
    return ok and "met" or "not_met"
  end
  local tol = M.tolerance(opts.tolerance, target)
  local dir = opts.direction
  if dir == "increase" then
    if value >= target then return "met" end
    if tol > 0 and value >= target - tol then return "on_the_way" end
    return "not_met"
  elseif dir == "decrease" then
    if value <= target then return "met" end
    if tol > 0 and value <= target + tol then return "on_the_way" end
    return "not_met"
  elseif dir == "target" then
    return math.abs(value - target) <= tol and "met" or "not_met"
  end
  return "no_target"
end

return M
