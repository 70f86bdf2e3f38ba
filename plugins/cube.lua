-- Shared by the statistics connectors (pxweb, statbank, jobindsats): period codes, JSON-stat
-- cubes, and the `map` that turns cube cells into styr rows. Not a connector itself (no `kind`
-- names it); embedded as styr.plugin.cube like the connectors.
--
-- A map says which dimension holds the area, which the time and which the gender, and which
-- cells feed which indicator:
--
--   map = { area = "Region", time = "Tid", gender = "Kon",
--           indicators = { folkmangd = { ContentsCode = "000007SF", Alder = "20-29" } } }
--
-- Every dimension an indicator does not pin (and that is not the area, time or gender) must
-- have one category in the answer; two cells that would give the same indicator, area, gender
-- and period are an error that names both, never a silent overwrite.
local M = {}

------------------------------------------------------------------------------------------------
-- Periods

-- A period code of Statistics Sweden, Statistics Denmark, Jobindsats or styr itself, as styr
-- writes it (styr.period.from_foreign): "2019", "2019H1", "2019T2", "2019Q3", "2019-05",
-- "2019W12". Returns period, kind, or nil and a message.
--   2019            year           2019M05, 2019-05            month ("2019-05")
--   2019K3, 2019Q3  quarter        2019H1                      half year
--   2019T2          tertial        2019U05, 2019V05, 2019W05   ISO week ("2019W05")
function M.period(code)
  if type(code) ~= "string" then return nil, "a period must be a string, not " .. type(code) end
  local P = require "styr.period"
  local p, err = P.from_foreign(code)
  if not p then return nil, tostring(err) end
  return p, P.kind(p)
end

------------------------------------------------------------------------------------------------
-- Reading JSON

function M.json_decode(body, url)
  local json = require "styr.json"
  local doc, err = json.decode(body)
  if doc == nil then return nil, url .. ": the response is not valid JSON (" .. tostring(err) .. ")" end
  return doc
end

function M.is_null(v)
  return v == nil or v == require("styr.json").null
end

-- A short quote of a response for a message ("… answered: {"error": …}").
function M.quote(body)
  local s = tostring(body or ""):gsub("%s+", " ")
  if #s > 120 then
    local cut = 120
    while cut > 100 and (s:byte(cut + 1) or 0) & 0xC0 == 0x80 do cut = cut - 1 end
    s = s:sub(1, cut) .. "…"
  end
  return s
end

------------------------------------------------------------------------------------------------
-- JSON-stat (1.x and 2.0) through styr.jsonstat, the streaming reader in C.

-- Reads a JSON-stat response. Returns a cube { dims = { {id, label, role, categories = {
-- {code, label, index}, … }, by_code = {code → category}}, … }, each = function(fn) } where
-- each calls fn(codes, value, status) for every cell (codes: dimension id → category code;
-- value nil for null cells), or nil and a message naming the URL. dataset names the dataset to
-- read in a JSON-stat 1.x bundle of several (the source's dataset field).
function M.jsonstat(body, url, dataset)
  local ok, js = pcall(require, "styr.jsonstat")
  if not ok then return nil, url .. ": styr has no JSON-stat reader (" .. tostring(js) .. ")" end
  local cube, err = js.read(body, { dataset = dataset })
  if not cube then return nil, url .. ": the response is not a JSON-stat dataset (" .. tostring(err) .. ")" end
  local dims = {}
  for i, d in ipairs(cube:dimensions()) do
    local cats, by_code = {}, {}
    for j, c in ipairs(d.categories or {}) do
      cats[j] = { code = c.code, label = c.label, index = c.index or (j - 1) }
      by_code[c.code] = cats[j]
    end
    dims[i] = { id = d.id, label = d.label, role = d.role, categories = cats, by_code = by_code }
  end
  local function each(fn)
    return cube:each(fn) or nil
  end
  return { dims = dims, each = each, label = cube:label() }
end

------------------------------------------------------------------------------------------------
-- Gender codes

-- Codes for total / women / men as Statistics Sweden, Statistics Denmark and Jobindsats write
-- them (case ignored). A map's own `codes` come first.
M.GENDER_CODES = {
  t = "T", tot = "T", total = "T", totsa = "T", ["1+2"] = "T", ["i alt"] = "T", totalt = "T",
  ["män och kvinnor"] = "T", ["mænd og kvinder"] = "T", ["køn i alt"] = "T", alle = "T", samtliga = "T",
  k = "K", ["2"] = "K", kvinnor = "K", kvinder = "K", women = "K", female = "K", f = "K", w = "K",
  m = "M", ["1"] = "M", ["män"] = "M", ["mænd"] = "M", men = "M", male = "M",
}

function M.gender_of(code, own)
  if own and own[code] ~= nil then return own[code] end
  if type(code) ~= "string" then return nil end
  return M.GENDER_CODES[M.fold(code)]
end

------------------------------------------------------------------------------------------------
-- Checking a map in the configuration

local function is_code_list(v)
  if type(v) == "string" then return true end
  if type(v) ~= "table" or #v == 0 then return false end
  for k, c in pairs(v) do
    if math.type(k) ~= "integer" or type(c) ~= "string" then return false end
  end
  return true
end
M.is_code_list = is_code_list

-- Checks `map` (the field checker of pxweb and statbank). `reserved`: keys an indicator's
-- filter may hold besides dimension ids (jobindsats: "measure").
function M.check_map(v, reserved)
  if type(v) ~= "table" then
    return "must be { area = \"Region\", time = \"Tid\", indicators = { id = { ContentsCode = \"…\" } } }"
  end
  local known = { area = true, time = true, gender = true, indicators = true, area_code = true }
  for k in pairs(v) do
    if not known[k] then
      return "has an unknown key '" .. tostring(k) .. "' (area, area_code, time, gender, indicators)" ..
             require("styr.util").suggest(tostring(k), { "area", "area_code", "time", "gender", "indicators" })
    end
  end
  for _, k in ipairs({ "area", "time", "area_code" }) do
    if v[k] ~= nil and (type(v[k]) ~= "string" or v[k] == "") then return k .. " must be a string" end
  end
  if v.gender ~= nil then
    local g = v.gender
    if type(g) == "table" then
      if type(g.dimension) ~= "string" then
        return "gender must be a dimension id, or { dimension = \"Kon\", codes = { [\"1\"] = \"M\", … } }"
      end
      if g.codes ~= nil and type(g.codes) ~= "table" then return "gender.codes must be a table { code = \"T\"|\"K\"|\"M\"|false }" end
      for code, to in pairs(g.codes or {}) do
        if type(code) ~= "string" or not (to == "T" or to == "K" or to == "M" or to == false) then
          return "gender.codes must map codes to \"T\", \"K\", \"M\" or false (skip), not " ..
                 tostring(code) .. " = " .. tostring(to)
        end
      end
    elseif type(g) ~= "string" then
      return "gender must be a dimension id such as \"Kon\""
    end
  end
  if type(v.indicators) ~= "table" or next(v.indicators) == nil then
    return "indicators is required: { indicator_id = { ContentsCode = \"…\" }, … }"
  end
  for ind, filter in pairs(v.indicators) do
    if type(ind) ~= "string" then return "indicators: keys must be indicator ids" end
    if type(filter) ~= "table" then
      return "indicators." .. ind .. " must be a table of dimension = code, e.g. { ContentsCode = \"000006XY\" }"
    end
    for dim, codes in pairs(filter) do
      if type(dim) ~= "string" then return "indicators." .. ind .. ": keys must be dimension ids" end
      if not (reserved and reserved[dim]) and not is_code_list(codes) then
        return "indicators." .. ind .. "." .. dim .. " must be a code or a list of codes"
      end
    end
  end
end

-- The problems of a map's indicator references (M.check of a connector).
function M.check_indicators(indicators, b, field)
  local problems = {}
  if type(indicators) ~= "table" then return problems end
  local util = require "styr.util"
  for ind in pairs(indicators) do
    if type(ind) == "string" and not b.indicators[ind] then
      problems[#problems + 1] = field .. " refers to an unknown indicator '" .. ind .. "'" ..
                                util.suggest(ind, b.indicator_order)
    end
  end
  table.sort(problems)
  return problems
end

------------------------------------------------------------------------------------------------
-- From cells to rows

local AREA_IDS = { "Region", "OMRÅDE", "OMRADE", "KOMK", "Område", "Area", "area" }
local TIME_IDS = { "Tid", "TID", "tid", "Periode", "Period" }
local GENDER_IDS = { "Kon", "KON", "KØN", "Køn", "Kön", "kon", "Gender" }

-- Dimension ids compared without case ("TID" in a CSV header is "Tid" in JSON-stat), the
-- Scandinavian letters included.
local FOLD = { ["Å"] = "å", ["Ä"] = "ä", ["Ö"] = "ö", ["Æ"] = "æ", ["Ø"] = "ø" }
function M.fold(s)
  return (s:lower():gsub("\xC3[\x80-\x9E]", FOLD))
end

local function dim_index(dims)
  local by = {}
  for _, d in ipairs(dims) do by[M.fold(d.id)] = by[M.fold(d.id)] or d end
  return by
end

local function find_dim(dims, wanted, role)
  local by = dim_index(dims)
  if type(wanted) == "string" then return by[M.fold(wanted)] end
  if role then
    for _, d in ipairs(dims) do
      if d.role == role then return d end
    end
  end
  for _, id in ipairs(wanted) do
    if by[M.fold(id)] then return by[M.fold(id)] end
  end
end
M.find_dim = find_dim

local function dim_list(dims)
  local ids = {}
  for i, d in ipairs(dims) do ids[i] = d.id end
  return table.concat(ids, ", ")
end

local function code_list(d)
  local codes = {}
  for i, c in ipairs(d.categories) do
    if i > 12 then codes[#codes + 1] = "…"; break end
    codes[i] = c.code
  end
  return table.concat(codes, ", ")
end

-- Prepares a map against the dimensions of one answer. opts: { symbols = { [status] = {
-- status =, value =, note = } }, source = "Statistics Sweden" }. Returns a mapper, or nil and a
-- message (naming `where`, the URL).
function M.mapper(map, dims, where, opts)
  opts = opts or {}
  local by = dim_index(dims)
  local function lookup(id) return by[M.fold(id)] end
  local mp = { where = where, symbols = opts.symbols or {}, source = opts.source or "" }
  -- area
  if map.area then
    mp.area = lookup(map.area)
    if not mp.area then
      return nil, where .. ": map.area names the dimension '" .. map.area .. "', which the answer does not have " ..
                  "(it has " .. dim_list(dims) .. ")" .. require("styr.util").suggest(map.area, (function()
                    local l = {}
                    for i, d in ipairs(dims) do l[i] = d.id end
                    return l
                  end)())
    end
  elseif not map.area_code then
    mp.area = find_dim(dims, AREA_IDS, "geo")
    if not mp.area then
      return nil, where .. ": the answer has no area dimension (it has " .. dim_list(dims) ..
                  "); name it with map.area, or give map.area_code for a table without one"
    end
  end
  mp.area_code = map.area_code
  -- time
  mp.time = find_dim(dims, map.time or TIME_IDS, "time")
  if not mp.time then
    return nil, where .. ": " .. (map.time and ("map.time names the dimension '" .. map.time .. "', which the answer does not have")
                or "the answer has no time dimension") .. " (it has " .. dim_list(dims) .. ")"
  end
  -- gender
  local g = map.gender
  local gdim = type(g) == "table" and g.dimension or g
  if gdim then
    mp.gender = lookup(gdim)
    if not mp.gender then
      return nil, where .. ": map.gender names the dimension '" .. gdim .. "', which the answer does not have " ..
                  "(it has " .. dim_list(dims) .. ")"
    end
  else
    mp.gender = find_dim(dims, GENDER_IDS)
  end
  mp.gender_codes = type(g) == "table" and g.codes or nil
  if mp.gender then
    for _, c in ipairs(mp.gender.categories) do
      if M.gender_of(c.code, mp.gender_codes) == nil then
        return nil, where .. ": the gender dimension " .. mp.gender.id .. " has the code '" .. c.code .. "' (" ..
                    tostring(c.label) .. "), which is not total, women or men; map it: gender = { dimension = \"" ..
                    mp.gender.id .. "\", codes = { [\"" .. c.code .. "\"] = \"T\" } } (or false to skip it)"
      end
    end
  end
  -- indicators: their filters, checked against the dimensions
  mp.indicators = {}
  local role_dims = { [mp.time.id] = true }
  if mp.area then role_dims[mp.area.id] = true end
  if mp.gender then role_dims[mp.gender.id] = true end
  local ids = require("styr.util").sorted_keys(map.indicators)
  for _, ind in ipairs(ids) do
    local filter, f = map.indicators[ind], {}
    for dim, codes in pairs(filter) do
      local d = lookup(dim)
      if not d then
        return nil, where .. ": indicator " .. ind .. " picks " .. dim .. " = …, but the answer has no dimension '" ..
                    dim .. "' (it has " .. dim_list(dims) .. ")"
      end
      local set = {}
      for _, c in ipairs(type(codes) == "table" and codes or { codes }) do set[c] = true end
      f[d.id] = set
    end
    mp.indicators[#mp.indicators + 1] = { id = ind, filter = f }
  end
  -- A dimension with more than one category that no indicator pins and that is not the area,
  -- time or gender would give several cells for one row.
  for _, d in ipairs(dims) do
    if not role_dims[d.id] and #d.categories > 1 then
      for _, ind in ipairs(mp.indicators) do
        if not ind.filter[d.id] then
          return nil, where .. ": the dimension " .. d.id .. " has " .. #d.categories .. " categories (" ..
                      code_list(d) .. ") but indicator " .. ind.id .. " does not say which one it takes; add " ..
                      d.id .. " = \"" .. d.categories[1].code .. "\" (or the code you want) to map.indicators." .. ind.id
        end
      end
    end
  end
  return setmetatable(mp, { __index = M.Mapper })
end

M.Mapper = {}

-- The rows one cell gives (appended to `rows`); `seen` (shared by a fetch) catches two cells
-- landing on one row. Returns nil, or a message.
function M.Mapper:add(codes, value, status, rows, seen, cell_name)
  local area = self.area_code or codes[self.area.id]
  local time = codes[self.time.id]
  local gender = "T"
  if self.gender then
    gender = M.gender_of(codes[self.gender.id], self.gender_codes)
    if gender == false then return end
  end
  local matched = false
  for _, ind in ipairs(self.indicators) do
    local ok = true
    for dim, set in pairs(ind.filter) do
      if not set[codes[dim]] then ok = false; break end
    end
    if ok then
      if not matched then
        matched = true
        self.period, self.kind = M.period(time)
        if not self.period then return self.where .. ": " .. self.kind .. " (dimension " .. self.time.id .. ")" end
      end
      local key = ind.id .. "\0" .. area .. "\0" .. gender .. "\0" .. self.period
      if seen[key] then
        return self.where .. ": two cells give indicator " .. ind.id .. ", area " .. area .. ", gender " .. gender ..
               ", period " .. self.period .. " (" .. seen[key] .. " and " .. cell_name() ..
               "); pin the dimension that tells them apart in map.indicators." .. ind.id
      end
      seen[key] = cell_name()
      local row = { indicator = ind.id, area = area, gender = gender, period = self.period, period_kind = self.kind,
                    value = value, status = value ~= nil and "ok" or "missing" }
      local sym = status ~= nil and self.symbols[status] or nil
      if sym then
        row.status = sym.status or row.status
        if sym.value ~= nil and row.value == nil then row.value = sym.value end
        if sym.status == "missing" or sym.status == "confidential" then row.value = nil end
        row.note = self.source .. ": " .. status .. " (" .. sym.note .. ")"
        if row.value == nil and row.status ~= "confidential" then row.status = "missing" end
      elseif status ~= nil then
        row.note = self.source .. ": status " .. status
      elseif value == nil then
        row.note = self.source .. ": no value"
      end
      rows[#rows + 1] = row
    end
  end
end

-- Every cell of a cube through the mapper. Returns rows, or nil and a message.
function M.cube_rows(cube, map, where, opts, state)
  local mp, err = M.mapper(map, cube.dims, where, opts)
  if not mp then return nil, err end
  M.note_categories(state, cube.dims)
  state.seen_rows = state.seen_rows or {}
  local rows = {}
  local current
  local function name()
    local parts = {}
    for _, d in ipairs(cube.dims) do parts[#parts + 1] = d.id .. "=" .. tostring(current[d.id]) end
    return table.concat(parts, " ")
  end
  local e = cube.each(function(codes, value, status)
    current = codes
    return mp:add(codes, value, status, rows, state.seen_rows, name)
  end)
  if e then return nil, e end
  return rows
end

-- Remembers which categories the answers of one fetch held, for M.unseen_codes.
function M.note_categories(state, dims)
  state.categories = state.categories or {}
  for _, d in ipairs(dims) do
    local set = state.categories[M.fold(d.id)] or {}
    for _, c in ipairs(d.categories) do set[c.code] = true end
    state.categories[M.fold(d.id)] = set
  end
end

-- After a fetch: the codes an indicator's filter asks for that no answer held (a wrong code in
-- the configuration), as a message, or nil.
function M.unseen_codes(indicators, state, reserved)
  if not state.categories then return end
  local missing = {}
  for ind, filter in pairs(indicators or {}) do
    for dim, codes in pairs(filter) do
      local seen = state.categories[M.fold(dim)]
      if not (reserved and reserved[dim]) and seen then
        for _, c in ipairs(type(codes) == "table" and codes or { codes }) do
          if not seen[c] then
            missing[#missing + 1] = "indicator " .. ind .. " asks for " .. dim .. " = " .. c
          end
        end
      end
    end
  end
  if #missing > 0 then
    table.sort(missing)
    return table.concat(missing, "; ") .. ", which no answer holds; check the code in the table's metadata"
  end
end

------------------------------------------------------------------------------------------------
-- Small helpers for field checkers

-- The dataset field of a connector that reads JSON-stat: which dataset of a 1.x bundle to read.
function M.check_dataset(v)
  if type(v) ~= "string" or not v:match("^[%w_%-%.]+$") then
    return "must be the name of one dataset in the response, such as \"dataset1\""
  end
end

function M.check_string_list(v, what)
  if type(v) ~= "table" or #v == 0 then return "must be a list of " .. what end
  for k, s in pairs(v) do
    if math.type(k) ~= "integer" then return "must be a list of " .. what .. " (no named keys)" end
    if type(s) ~= "string" or s == "" then return "item " .. k .. " must be " .. what:gsub("s$", "") .. " (a string)" end
  end
end

-- { Var = { "code", … }, … }: a selection of codes per variable.
function M.check_selection(v)
  if type(v) ~= "table" or next(v) == nil then
    return "must be { Variable = { \"code\", … }, … }, e.g. { Region = { \"0580\" }, Tid = { \"2023\", \"2024\" } }"
  end
  for var, codes in pairs(v) do
    if type(var) ~= "string" or var == "" then return "keys must be variable codes such as \"Region\"" end
    if type(codes) == "string" then codes = { codes } end
    local e = M.check_string_list(codes, "codes")
    if e then return var .. " " .. e end
  end
end

-- Percent-encoding for a URL's query (RFC 3986 unreserved characters stay).
function M.urlencode(s)
  return (tostring(s):gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

return M
