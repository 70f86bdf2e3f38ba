-- Small helpers shared by the engine's Lua layer.
local M = {}

-- Edit distance between two short strings (for "did you mean …?").
local function distance(a, b)
  local la, lb = #a, #b
  if la == 0 then return lb end
  if lb == 0 then return la end
  local prev, cur = {}, {}
  for j = 0, lb do prev[j] = j end
  for i = 1, la do
    cur[0] = i
    local ca = a:byte(i)
    for j = 1, lb do
      local cost = (ca == b:byte(j)) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev, cur = cur, prev
  end
  return prev[lb]
end
M.distance = distance

-- The closest of `candidates` (a list of strings) to `name`, or nil when none is close.
function M.closest(name, candidates)
  if type(name) ~= "string" then return nil end
  local best, best_d
  local lname = name:lower()
  for _, c in ipairs(candidates) do
    local d = distance(lname, c:lower())
    if best_d == nil or d < best_d or (d == best_d and c < best) then best, best_d = c, d end
  end
  if best and best_d <= math.max(2, #name // 3) then return best end
  return nil
end

-- " (did you mean 'x'?)" or "".
function M.suggest(name, candidates)
  local c = M.closest(name, candidates)
  return c and (" (did you mean '" .. c .. "'?)") or ""
end

function M.sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) == "number"
  end)
  return keys
end

-- nil when every key of t is one of the names in known, else "has an unknown field 'k'" with
-- the closest name (field checkers of nested tables: monthly { … }, definition_lock { … }).
function M.unknown_field(t, known)
  local names = M.set(known)
  for k in pairs(t) do
    if type(k) ~= "string" or not names[k] then
      return "has an unknown field '" .. tostring(k) .. "'" .. M.suggest(tostring(k), known)
    end
  end
end

-- An error value as text. A configuration may raise any value; its __tostring is configuration
-- code that may itself fail or return no string, so it runs protected.
function M.error_text(e)
  if type(e) == "string" then return e end
  if type(e) == "number" then return tostring(e) end
  local ok, s = pcall(tostring, e)
  if ok and type(s) == "string" then return s end
  return "an error value (a " .. type(e) .. ") that cannot be shown as text"
end

function M.set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- A finite number (not NaN, not ±inf).
function M.finite(v)
  return math.type(v) ~= nil and v == v and v ~= math.huge and v ~= -math.huge
end

-- Lua's own out-of-memory error, caught by a pcall of styr's (a formula's or a connector's run),
-- is raised again as it is: the host turns it into the memory-limit message ("this job needs
-- more"), instead of the command reporting "not enough memory" as the configuration's error.
function M.pass_memory_error(ok, e, ...)
  if not ok and e == "not enough memory" then error(e, 0) end
  return ok, e, ...
end

return M
