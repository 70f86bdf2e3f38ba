-- Municipalities by code, from the catalogue bundled with styr (plugins/municipality_catalog.lua:
-- Sweden's 290 and Denmark's 98, with their comparison groups), for `styr init`.
local M = {}

local COUNTRY = {
  SE = { language = "sv", timezone = "Europe/Stockholm", national = "0000" },
  DK = { language = "da", timezone = "Europe/Copenhagen", national = "000" },
}
M.COUNTRY = COUNTRY

local loaded

-- Every municipality: { list = { … }, by_key = { ["SE:0581"] = … } }, read once.
local function all()
  if loaded then return loaded end
  local data = require "styr.plugin.municipality_catalog"
  local list, by_key = {}, {}
  for country, code, name, group in data.list:gmatch("(%u%u)\t(%d+)\t([^\t\n]+)\t([^\t\n]+)") do
    local m = { country = country, code = code, short = name, group = group,
                group_name = data.groups[country][group], language = COUNTRY[country].language }
    list[#list + 1] = m
    by_key[country .. ":" .. code] = m
  end
  loaded = { list = list, by_key = by_key }
  return loaded
end

-- The country a code's form says: four digits Sweden (0581), three Denmark (707). nil otherwise.
function M.country_of(code)
  if type(code) ~= "string" then return nil end
  if code:match("^%d%d%d%d$") then return "SE" end
  if code:match("^%d%d%d$") then return "DK" end
end

-- Names that do not follow the rule below: the municipality's own form.
local OFFICIAL = {
  ["SE:0980"] = "Region Gotland", ["SE:2080"] = "Falu kommun",
  ["DK:101"] = "Københavns Kommune",
}

-- The municipality's name as reports show it: "Norrköpings kommun", "Norddjurs Kommune". Swedish
-- names take a genitive s unless they end in a vowel or an s-sound.
function M.full_name(m)
  local official = OFFICIAL[m.country .. ":" .. m.code]
  if official then return official end
  if m.country == "DK" then return m.short .. " Kommune" end
  local last = m.short:match("[%z\1-\127\194-\244][\128-\191]*$") or ""
  local vowels = { a = 1, e = 1, i = 1, o = 1, u = 1, y = 1, ["å"] = 1, ["ä"] = 1, ["ö"] = 1, s = 1, x = 1, z = 1 }
  return m.short .. (vowels[last] and "" or "s") .. " kommun"
end

-- The municipality of a code: { country, code, short, name, group, group_name, language }, or nil.
function M.lookup(code)
  local country = M.country_of(code)
  local m = country and all().by_key[country .. ":" .. code]
  if not m then return nil end
  local copy = {}
  for k, v in pairs(m) do copy[k] = v end
  copy.name = M.full_name(m)
  return copy
end

-- The other municipalities of m's comparison group, by code: { { code =, short = }, … }.
function M.peers(m)
  local out = {}
  for _, p in ipairs(all().list) do
    if p.country == m.country and p.group == m.group and p.code ~= m.code then
      out[#out + 1] = { code = p.code, short = p.short }
    end
  end
  return out
end

-- Short names by code, for any codes of one country.
function M.short_names(country)
  local names = {}
  for _, p in ipairs(all().list) do
    if p.country == country then names[p.code] = p.short end
  end
  return names
end

-- The codes of a country, for did-you-mean.
function M.codes(country)
  local codes = {}
  for _, p in ipairs(all().list) do
    if p.country == country then codes[#codes + 1] = p.code end
  end
  return codes
end

-- Municipalities whose name contains `text` (any case), for a code asked by name.
function M.find(text)
  local out = {}
  local want = text:lower()
  for _, p in ipairs(all().list) do
    if p.short:lower():find(want, 1, true) then out[#out + 1] = p end
  end
  return out
end

return M
