-- The areas a statistical office knows by code, for a did-you-mean when a source names an area
-- the office does not know: Kolada's municipalities, regions ("0001" …) and the whole country
-- ("0000"), and Statistics Denmark's municipalities, regions ("081" …) and the whole country
-- ("000"). Read from the municipality catalogue bundled with styr (municipality_catalog.lua,
-- generated from the recorded lists in tests/fixtures/opendata). Not a connector.
local M = {}

local cache = {}

-- { [code] = name } of the areas an office ("kolada" or "statbank") knows, or nil for others.
function M.known(office)
  if cache[office] then return cache[office] end
  local country = office == "kolada" and "SE" or office == "statbank" and "DK" or nil
  if not country then return nil end
  local data = require "styr.plugin.municipality_catalog"
  local known = {}
  for c, code, name in data.list:gmatch("(%u%u)\t(%d+)\t([^\t\n]+)\t[^\t\n]+") do
    if c == country then known[code] = name end
  end
  if country == "SE" then
    known["0000"] = "Riket"
    for county, name in pairs(data.groups.SE) do known["00" .. county] = name end
  else
    known["000"] = "Hele landet"
    for _, r in ipairs({ { "081", "Region Nordjylland" }, { "082", "Region Midtjylland" },
                         { "083", "Region Syddanmark" }, { "084", "Region Hovedstaden" },
                         { "085", "Region Sjælland" } }) do
      known[r[1]] = r[2]
    end
  end
  cache[office] = known
  return known
end

-- The positions where a and b (of one length) differ.
local function differences(a, b)
  local diff = {}
  for i = 1, #a do
    if a:sub(i, i) ~= b:sub(i, i) then diff[#diff + 1] = i end
  end
  return diff
end

-- Whether b is a with two neighbouring characters swapped.
local function swapped(a, b)
  if #a ~= #b then return false end
  local d = differences(a, b)
  return #d == 2 and d[2] == d[1] + 1 and a:sub(d[1], d[1]) == b:sub(d[2], d[2]) and
         a:sub(d[2], d[2]) == b:sub(d[1], d[1])
end

-- Whether b is one typing slip from a: one character wrong, missing or extra, or two
-- neighbouring characters swapped.
local function one_slip(a, b)
  if a == b then return false end
  if #a == #b then return #differences(a, b) == 1 or swapped(a, b) end
  if math.abs(#a - #b) ~= 1 then return false end
  local long, short = a, b
  if #b > #a then long, short = b, a end
  for i = 1, #long do
    if long:sub(1, i - 1) .. long:sub(i + 1) == short then return true end
  end
  return false
end

-- Up to max (3) known codes one typing slip from code, swapped characters first, each as
-- "0581 Norrköping".
function M.suggestions(code, known, max)
  local first, other = {}, {}
  for k in pairs(known) do
    if one_slip(code, k) then
      local list = swapped(code, k) and first or other
      list[#list + 1] = k
    end
  end
  table.sort(first)
  table.sort(other)
  local out = {}
  for _, list in ipairs({ first, other }) do
    for _, k in ipairs(list) do
      if #out < (max or 3) then out[#out + 1] = k .. " " .. known[k] end
    end
  end
  return out
end

-- nil when the office knows code; else the words saying it does not, with a did-you-mean:
-- "Kolada knows no area 0851 (did you mean 0581 Norrköping?)". nil too for an office whose
-- list styr does not have.
function M.unknown(office, code, office_name)
  local known = M.known(office)
  if not known or type(code) ~= "string" or known[code] then return nil end
  local near = M.suggestions(code, known)
  return string.format("%s knows no area %s%s", office_name or office, code,
                       #near > 0 and (" (did you mean " .. table.concat(near, ", or ") .. "?)") or "")
end

return M
