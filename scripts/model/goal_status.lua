-- A goal's status from its indicators' statuses, by the rule the goal's configuration chooses
-- (status_rule = "worst" | "majority" | "weighted"; docs/configuration.md, "Goal status").
-- Only met / on_the_way / not_met count; no_data, no_target and not_assessed do not.
local M = {}

M.RULES = { "worst", "majority", "weighted" }
M.DEFAULT = "worst"
-- Weighted rule: each counted status scores this much; the weighted mean is then banded.
M.SCORE = { met = 1, on_the_way = 0.5, not_met = 0 }
M.MET_FROM, M.ON_THE_WAY_FROM = 0.75, 0.4

local SEVERITY = { met = 1, on_the_way = 2, not_met = 3 }

-- entries: list of { indicator = id, status = s }; weights: { [id] = positive number } or nil.
-- Returns the goal's status and, for the weighted rule, the score (0..1).
function M.aggregate(rule, entries, weights)
  rule = rule or M.DEFAULT
  local counted, all_no_data = {}, true
  for _, e in ipairs(entries) do
    if SEVERITY[e.status] then counted[#counted + 1] = e end
    if e.status ~= "no_data" then all_no_data = false end
  end
  if #counted == 0 then return all_no_data and "no_data" or "not_assessed" end
  if rule == "weighted" then
    local sum, total = 0, 0
    for _, e in ipairs(counted) do
      local w = type(weights) == "table" and weights[e.indicator] or 1
      sum, total = sum + w * M.SCORE[e.status], total + w
    end
    local score = sum / total
    if score >= M.MET_FROM then return "met", score end
    if score >= M.ON_THE_WAY_FROM then return "on_the_way", score end
    return "not_met", score
  end
  if rule == "majority" then
    local n = { met = 0, on_the_way = 0, not_met = 0 }
    for _, e in ipairs(counted) do n[e.status] = n[e.status] + 1 end
    local best
    for _, s in ipairs({ "not_met", "on_the_way", "met" }) do   -- worse first: a tie goes to the worse
      if not best or n[s] > n[best] then best = s end
    end
    return best
  end
  local worst = "met"
  for _, e in ipairs(counted) do
    if SEVERITY[e.status] > SEVERITY[worst] then worst = e.status end
  end
  return worst
end

-- weights = { indicator_id = number > 0 }: returns an error message or nil.
function M.check_weights(v)
  if type(v) ~= "table" then return "must be { indicator_id = number, … }, not " .. type(v) end
  for k, w in pairs(v) do
    if type(k) ~= "string" then return "keys must be indicator ids, found " .. tostring(k) end
    if math.type(w) == nil or w ~= w or w <= 0 or w == math.huge then
      return "'" .. k .. "' must be a positive number, not " .. tostring(w)
    end
  end
end

return M
