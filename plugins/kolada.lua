-- Kolada (api.kolada.se, API v3): Swedish municipal KPIs. A source maps indicators to KPI ids and
-- names the municipalities and years to fetch; the connector first asks Kolada's KPI catalogue for
-- the ids (an unknown id is an error, not an empty result), then the data, at most 25 ids per path
-- segment, following next_url paging (and stopping on an empty page). Gender T/K/M is kept; a null
-- value is stored as missing with Kolada's status as the reason.
--
--   source "kolada" { kind = "kolada", kpis = { bistand_andel = "N31807" },
--                     municipalities = { "0580", "1480", "1280" }, years = { from = 2015, to = 2024 } }
local M = {}

M.FORMAT = "json"
M.DEFAULT_URL = "https://api.kolada.se/v3"
-- Where Kolada's API lives and how styr checks a base URL given for it (STYR_URL_KOLADA, a
-- source's url): read by styr fetch, styr doctor and docs/sources.md's table (scripts/model/baseurl.lua).
M.BASE_URL = {
  name = "Kolada", default = M.DEFAULT_URL, env = "STYR_URL_KOLADA",
  shape = "https://HOST/…/v3 (the API version v3 at the end)", version = "/v3$", version_text = "/v3 at the end",
  example = "http://127.0.0.1:8080/kolada/v3",
  probe = "/kpi?per_page=1",
}
-- Where a reader looks a KPI up (the report's sources link to it): the publisher, as the language
-- catalogue names it (labels publishers.kolada), what the id names, and the public page of a KPI.
M.PUBLIC = { publisher = "kolada", what = "kpi", page = "https://www.kolada.se/verktyg/fri-sokning/?kpis={id}" }
M.CHUNK = 25          -- ids per path segment, as Kolada asks
M.PER_PAGE = 5000

local function kpi_id(v)
  return type(v) == "string" and v:match("^[NU]%d%d%d%d%d$") ~= nil
end

local function years_of(v)
  if type(v) ~= "table" then return nil end
  if v.from or v.to then
    local list = {}
    for y = v.from, v.to do list[#list + 1] = y end
    return list
  end
  return v
end

-- Field checkers for `source { kind = "kolada", … }`.
M.FIELDS = {
  kpis = function(v)
    if type(v) ~= "table" then return "must be { indicator = \"N31807\", … }" end
    for k, id in pairs(v) do
      if type(k) ~= "string" then return "keys must be indicator ids: { bistand_andel = \"N31807\" }" end
      if not kpi_id(id) then return "[" .. k .. "] must be a Kolada KPI id such as \"N31807\", not " .. tostring(id) end
    end
  end,
  municipalities = function(v)
    if type(v) ~= "table" or #v == 0 then return "must be a list of municipality codes { \"0580\", … }" end
    for i, c in ipairs(v) do
      if type(c) ~= "string" or not c:match("^%d%d%d?%d?$") then
        return "item " .. i .. " must be a municipality code such as \"0580\" (a string)"
      end
    end
  end,
  years = function(v)
    if type(v) ~= "table" then return "must be { from = 2015, to = 2024 } or a list of years" end
    if v.from or v.to then
      if math.type(v.from) ~= "integer" or math.type(v.to) ~= "integer" or v.from > v.to or v.to - v.from > 100 then
        return "must be { from = Y1, to = Y2 } with Y1 ≤ Y2, whole years, at most 100 apart"
      end
      return
    end
    for i, y in ipairs(v) do
      if math.type(y) ~= "integer" or y < 1900 or y > 2200 then return "item " .. i .. " must be a year" end
    end
  end,
  -- Unit-level data (Kolada's "oudata"): organisational units by name, as the indicator's
  -- `units` names them, mapped to Kolada OU ids: { JKT = "V15E058000301" }.
  ous = function(v)
    if type(v) ~= "table" or next(v) == nil then return "must be { UNIT = \"Kolada OU id\", … }" end
    for k, id in pairs(v) do
      if type(k) ~= "string" then return "keys must be unit names, as the indicator's units name them" end
      if type(id) ~= "string" or not id:match("^V%w+$") then
        return "[" .. k .. "] must be a Kolada OU id such as \"V15E058000301\", not " .. tostring(id)
      end
    end
  end,
  from_date = function(v)
    if type(v) ~= "string" or not v:match("^%d%d%d%d%-%d%d%-%d%d$") then return "must be a date \"YYYY-MM-DD\"" end
  end,
}

-- How reports name the series an indicator comes from: Kolada's KPI id.
function M.series_ref(src, indicator)
  local kpi = type(src.kpis) == "table" and src.kpis[indicator]
  return type(kpi) == "string" and ("Kolada " .. kpi) or nil
end

-- The KPI an indicator comes from, for the report's sources: its id and, from the bundled
-- catalogue, its title.
function M.series(src, indicator)
  local kpi = type(src.kpis) == "table" and src.kpis[indicator]
  if type(kpi) ~= "string" then return nil end
  local known = M.bundled(kpi)
  return { id = kpi, title = known and known.title or nil }
end

-- References: every mapped indicator exists.
function M.check(src, b)
  local problems = {}
  if type(src.kpis) ~= "table" or next(src.kpis) == nil then
    problems[#problems + 1] = "kpis is required: { indicator = \"N31807\", … }"
    return problems
  end
  for ind in pairs(src.kpis) do
    if not b.indicators[ind] then
      problems[#problems + 1] = "kpis refers to an unknown indicator '" .. ind .. "'" ..
        require("styr.util").suggest(ind, b.indicator_order)
    end
  end
  table.sort(problems)
  return problems
end

local function chunks(list, n)
  local out = {}
  for i = 1, #list, n do out[#out + 1] = table.concat(list, ",", i, math.min(i + n - 1, #list)) end
  return out
end

local function sorted_kpis(src)
  local set, list = {}, {}
  for _, id in pairs(src.kpis) do
    if not set[id] then set[id] = true; list[#list + 1] = id end
  end
  table.sort(list)
  return list
end

-- The first requests of a fetch: the KPI metadata, and the data.
-- The request for a Kolada municipality group (a report's peers = kolada_group "G33752"):
-- GET {url}/municipality_groups/{id}, answered { "count", "values": [ { id, title, members:
-- [ { id, title }, … ] } ] }.
function M.group_request(src, id)
  local base = (src.url or M.DEFAULT_URL):gsub("/+$", "")
  return { url = base .. "/municipality_groups/" .. id, role = "group", group = id }
end

-- The group an answer describes: { id, title, members = { "0180", … } }, or nil and a message.
function M.group_members(body, url, id)
  local doc, err = require("styr.json").decode(body)
  if type(doc) ~= "table" or type(doc.values) ~= "table" then
    return nil, url .. ": the answer is not a Kolada municipality group (" .. tostring(err or "no \"values\" list") .. ")"
  end
  for _, g in ipairs(doc.values) do
    if type(g) == "table" and g.id == id and type(g.members) == "table" then
      local members = {}
      for _, m in ipairs(g.members) do
        if type(m) == "table" and type(m.id) == "string" then members[#members + 1] = m.id end
      end
      table.sort(members)
      return { id = id, title = type(g.title) == "string" and g.title or id, members = members }
    end
  end
  return nil, url .. ": Kolada knows no municipality group " .. id .. " (find its id at " ..
              "https://api.kolada.se/v3/municipality_groups?title=…)"
end

local function data_requests(src, base, kpis, munis, ystrings)
  local reqs = {}
  local query = "?per_page=" .. M.PER_PAGE .. (src.from_date and ("&from_date=" .. src.from_date) or "")
  for _, k in ipairs(chunks(kpis, M.CHUNK)) do
    for _, m in ipairs(chunks(munis, M.CHUNK)) do
      for _, y in ipairs(chunks(ystrings, M.CHUNK)) do
        reqs[#reqs + 1] = { url = base .. "/data/kpi/" .. k .. "/municipality/" .. m .. "/year/" .. y .. query,
                            role = "data" }
      end
    end
  end
  return reqs
end

function M.requests(src, ctx)
  local base = (src.url or M.DEFAULT_URL):gsub("/+$", "")
  local kpis = sorted_kpis(src)
  local munis = src.municipalities or { ctx.municipality.code }
  local years = years_of(src.years) or { tonumber(ctx.now:sub(1, 4)) - 1 }
  local ystrings = {}
  for i, y in ipairs(years) do ystrings[i] = tostring(y) end
  local reqs = {}
  for _, k in ipairs(chunks(kpis, M.CHUNK)) do
    reqs[#reqs + 1] = { url = base .. "/kpi/" .. k, role = "meta" }
  end
  -- The reports' peer groups: their members' data are asked for once the group has answered.
  for _, g in ipairs(ctx.peer_groups or {}) do reqs[#reqs + 1] = M.group_request(src, g) end
  for _, r in ipairs(data_requests(src, base, kpis, munis, ystrings)) do reqs[#reqs + 1] = r end
  local query = "?per_page=" .. M.PER_PAGE .. (src.from_date and ("&from_date=" .. src.from_date) or "")
  if type(src.ous) == "table" then
    local ous = {}
    for _, id in pairs(src.ous) do ous[#ous + 1] = id end
    table.sort(ous)
    for _, k in ipairs(chunks(kpis, M.CHUNK)) do
      for _, o in ipairs(chunks(ous, M.CHUNK)) do
        for _, y in ipairs(chunks(ystrings, M.CHUNK)) do
          reqs[#reqs + 1] = { url = base .. "/oudata/kpi/" .. k .. "/ou/" .. o .. "/year/" .. y .. query, role = "data" }
        end
      end
    end
  end
  return reqs
end

-- What the source asks for: every KPI × municipality × year, one entry per KPI as { indicator,
-- code, areas, periods } (styr fetch warns about each area and period the answers leave without a
-- row; a national job asks for hundreds of thousands, so they are not listed one by one).
-- Unit-level data (ous) are not counted: a unit may report some KPIs only.
function M.expected(src, ctx)
  local munis = src.municipalities or { ctx.municipality.code }
  local periods = {}
  for i, y in ipairs(years_of(src.years) or { tonumber(ctx.now:sub(1, 4)) - 1 }) do periods[i] = tostring(y) end
  local list = {}
  for _, ind in ipairs(require("styr.util").sorted_keys(src.kpis or {})) do
    list[#list + 1] = { indicator = ind, code = "KPI " .. src.kpis[ind], areas = munis, periods = periods }
  end
  return list
end

-- "Kolada knows no area 0851 (did you mean 0581 Norrköping?)", or nil for a code Kolada knows.
function M.unknown_area(code)
  return require("styr.plugin.areas").unknown("kolada", code, "Kolada")
end

local function decode(body, url)
  local json = require "styr.json"
  local doc, err = json.decode(body)
  if doc == nil then return nil, url .. ": the response is not valid JSON (" .. tostring(err) .. ")" end
  if type(doc) ~= "table" or type(doc.values) ~= "table" then
    return nil, url .. ": the response is not a Kolada answer (no \"values\" list)"
  end
  return doc
end

-- Reads one response. Returns { rows = {…} } (metadata: none) or { columns = {…} } (a data page),
-- with more = {requests}, or nil, message.
-- state is shared by all responses of one fetch of this source.
function M.parse(src, req, body, ctx, state)
  local out = { rows = {}, more = {} }
  state.seen = state.seen or {}
  if req.role ~= "group" and req.role ~= "meta" then return M.parse_data(src, req, body, ctx, out) end
  local doc, err = decode(body, req.url)
  if not doc then return nil, err end
  if req.role == "group" then
    local g, gerr = M.group_members(body, req.url, req.group)
    if not g then return nil, gerr end
    state.groups = state.groups or {}
    state.groups[#state.groups + 1] = g
    local asked = {}
    for _, m in ipairs(src.municipalities or { ctx.municipality.code }) do asked[m] = true end
    local more = {}
    for _, m in ipairs(g.members) do if not asked[m] then more[#more + 1] = m end end
    local years = years_of(src.years) or { tonumber(ctx.now:sub(1, 4)) - 1 }
    local ystrings = {}
    for i, y in ipairs(years) do ystrings[i] = tostring(y) end
    if #more > 0 then
      out.more = data_requests(src, (src.url or M.DEFAULT_URL):gsub("/+$", ""), sorted_kpis(src), more, ystrings)
    end
    return out
  else -- meta
    for _, k in ipairs(doc.values) do
      if type(k) == "table" and type(k.id) == "string" then state.seen[k.id] = k.title or true end
    end
  end
  return out
end

-- The members of a data page json.records reads: each cell's gender, value and status, and its
-- entry's KPI, municipality (or unit) and period.
local CELL_FIELDS, ENTRY_FIELDS = { "gender", "value", "status" }, { outer = { "kpi", "municipality", "ou", "period" } }

-- A page of values: { count, next_url, values = { { kpi, municipality | ou, period, values = {
-- { gender, value, status, count }, … } }, … } }, read cell by cell without building the page as
-- tables (json.records), into out.columns; out.more gets the next page.
function M.parse_data(src, req, body, ctx, out)
  local json = require "styr.json"
  local cells, top, found = json.records(body, "values[].values[]", CELL_FIELDS, ENTRY_FIELDS)
  if not cells then return nil, req.url .. ": the response is not valid JSON (" .. tostring(top) .. ")" end
  if found.arrays[1] ~= 1 then
    return nil, req.url .. ": the response is not a Kolada answer (no \"values\" list)"
  end
  local entries = found.items[1]
  if found.objects[1] ~= entries or found.arrays[2] ~= entries then
    return nil, req.url .. ": a value entry has no \"values\" list"
  end
  local by_kpi = {}
  for ind, id in pairs(src.kpis) do
    by_kpi[id] = by_kpi[id] or {}
    table.insert(by_kpi[id], ind)
  end
  -- A page holds thousands of cells: JSON's null is looked up once and the rows counted here.
  local null = json.null
  local ous = type(src.ous) == "table" and src.ous or {}
  local c_kpi, c_muni, c_ou, c_period = cells.kpi, cells.municipality, cells.ou, cells.period
  local c_gender, c_value, c_status = cells.gender, cells.value, cells.status
  -- The page's values as columns (docs/sources.md), not a table per value.
  local cols = { n = 0, indicator = {}, area = {}, gender = {}, period = {}, value = {}, status = {}, note = {} }
  local o_ind, o_area, o_gender, o_period = cols.indicator, cols.area, cols.gender, cols.period
  local o_value, o_status, o_note = cols.value, cols.status, cols.note
  local n = 0
  -- The cells of one entry come one after another: its period and area are worked out once.
  local last_kpi, last_p, last_muni, last_ou, inds, period, area
  for i = 1, cells.n do
    local kpi, p, muni, ou = c_kpi[i], c_period[i], c_muni[i], c_ou[i]
    if kpi ~= last_kpi or p ~= last_p or muni ~= last_muni or ou ~= last_ou then
      last_kpi, last_p, last_muni, last_ou = kpi, p, muni, ou
      inds = by_kpi[kpi]
      period = p ~= nil and p ~= null and tostring(math.tointeger(p) or p) or nil
      -- A unit's value is stored for "MUNICIPALITY:UNIT", as the configuration's units are.
      area = muni
      if type(ou) == "string" then
        area = nil
        for name, id in pairs(ous) do
          if id == ou then area = ctx.municipality.code .. ":" .. name end
        end
      end
    end
    local gender = c_gender[i]
    if inds and period and type(area) == "string" and (gender == "T" or gender == "K" or gender == "M") then
      local raw = c_value[i]
      local value = raw ~= nil and raw ~= null and tonumber(raw) or nil
      local status = c_status[i]
      status = type(status) == "string" and status ~= "" and status or nil
      local state, note = value and "ok" or "missing", value == nil and ("Kolada: " .. (status or "värde saknas")) or status
      for _, ind in ipairs(inds) do
        n = n + 1
        o_ind[n], o_area[n], o_gender[n], o_period[n] = ind, area, gender, period
        o_value[n], o_status[n], o_note[n] = value, state, note
      end
    end
  end
  cols.n = n
  out.columns, out.rows = cols, nil
  -- Paging: follow next_url, unless the page was empty.
  if type(top.next_url) == "string" and top.next_url ~= "" and entries > 0 then
    out.more[1] = { url = top.next_url, role = "data" }
  end
  return out
end

-- Case folding for searching Swedish titles (string.lower leaves å, ä, ö alone).
local function fold(s)
  return (s:lower():gsub("Å", "å"):gsub("Ä", "ä"):gsub("Ö", "ö"):gsub("É", "é"))
end

-- The request that searches the live catalogue for KPIs whose title contains `text`.
function M.search_request(src, text)
  local base = ((src and src.url) or M.DEFAULT_URL):gsub("/+$", "")
  local enc = text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end)
  return { url = base .. "/kpi?title=" .. enc .. "&per_page=" .. M.PER_PAGE, role = "search" }
end

-- Which areas Kolada has a KPI for, in words, from its municipality_type (K, L or A).
M.COVERAGE = { K = "municipalities", L = "regions", A = "municipalities and regions" }

local function entry(id, title, mtype, latest)
  return { id = id, title = title, coverage = M.COVERAGE[mtype or ""],
           latest = type(latest) == "string" and latest:match("^%d%d%d%d$") and latest or nil }
end

-- { { id =, title =, coverage =, latest = }, … } from a live search answer, or nil, message.
-- coverage and latest (the newest year published) are nil where Kolada does not say.
function M.search_parse(body, url)
  local doc, err = decode(body, url)
  if not doc then return nil, err end
  local list = {}
  for _, k in ipairs(doc.values) do
    if type(k) == "table" and type(k.id) == "string" then
      local latest = k.publ_period
      if type(latest) == "number" then latest = tostring(math.tointeger(latest) or latest) end
      list[#list + 1] = entry(k.id, tostring(k.title), type(k.municipality_type) == "string" and k.municipality_type,
                              latest)
    end
  end
  return list
end

-- Every entry of the bundled catalogue (plugins/kolada_catalog.lua), in its order, to f(entry).
local function each_bundled(f)
  for line in require("styr.plugin.kolada_catalog"):gmatch("[^\n]+") do
    local id, title, mtype, latest = line:match("^([^\t]+)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if id and f(entry(id, title, mtype, latest)) then return end
  end
end

-- { { id =, title =, coverage =, latest = }, … } from the bundled catalogue: every KPI whose id or
-- title contains each word of `text`, ignoring case.
function M.search_bundled(text)
  local words = {}
  for w in fold(text):gmatch("%S+") do words[#words + 1] = w end
  local list = {}
  each_bundled(function(k)
    local hay = fold(k.id .. " " .. k.title)
    local all = true
    for _, w in ipairs(words) do all = all and hay:find(w, 1, true) ~= nil end
    if all then list[#list + 1] = k end
  end)
  return list
end

-- The bundled catalogue's entry of one KPI id, or nil.
function M.bundled(id)
  local found
  each_bundled(function(k)
    if k.id == id then found = k; return true end
  end)
  return found
end

-- After every response: the KPI ids Kolada does not know are an error.
function M.finish(src, state)
  local missing = {}
  for ind, id in pairs(src.kpis) do
    if not (state.seen or {})[id] then missing[#missing + 1] = id .. " (indicator " .. ind .. ")" end
  end
  table.sort(missing)
  if #missing > 0 then
    return "Kolada does not know the KPI id" .. (#missing > 1 and "s " or " ") .. table.concat(missing, ", ") ..
           "; check the id in the Kolada catalogue (styr sources search kolada WORD)"
  end
end

return M
