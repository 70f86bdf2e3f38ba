-- Jobindsats (STAR, api.jobindsats.dk, v2): Danish employment-service statistics per
-- municipality. The API needs a key: name the environment variable that holds it in token_env;
-- styr's HTTP layer sends it as Authorization, the connector never sees it.
--
--   POST {url}/data/{table}/json  {"area": "…", "period": ["2024M01", …], "_kon": ["Kvinder"], …}
--   → [ { "Variables": [ { "Label": "Area" }, { "Label": "Periode" }, …, { "Label": "measure" } ],
--         "Data": [ [ "Norddjurs", "2024M01", …, 123.4 ], … ] } ]
--   GET  {url}/tables/{table}/json/ → [ { "Period": [ "2023M01", … ], … } ]   (period = { latest = N })
--
-- Columns are named by their Label. An indicator takes one measure column (its full label, or
-- the part after the last ": ") and, where the table has more categories, the value of other
-- columns:
--
--   source "jobindsats_y30r21" {
--     kind = "jobindsats", token_env = "JOBINDSATS_TOKEN", table = "y30r21",
--     area = "Norddjurs", period = { "2023QMAT04", "2024QMAT04" },
--     filters = { _ygrp_y30r21 = { "Ydelsesgrupper i alt" } },
--     indicators = { fuldtid_faktisk = { measure = "Faktisk antal", Ydelsesgrupper = "Ydelsesgrupper i alt" } },
--   }
--
-- Areas: the answer names them (e.g. "Norddjurs"); `areas = { Norddjurs = "707" }` says which
-- area code each stands for. Without `areas` the answer must hold one area, stored under the
-- configuration's municipality code.
-- Periods: 2024 (year), 2024M01 (month), 2024Q1 (quarter), and Jobindsats' rolling years
-- "2024QMAT02" (the twelve months up to the end of 2024Q2): `rolling = "year"` (the default)
-- keeps QMAT04, the calendar year 2024, and leaves the others out; `rolling = "quarter"` stores
-- every QMATn as the quarter it ends with ("2024Q2"), with a note that it is a rolling year.
local cube = require "styr.plugin.cube"

local M = {}

M.FORMAT = "json"
M.DEFAULT_URL = "https://api.jobindsats.dk/v2"
-- Where Jobindsats' API lives and how styr checks a base URL given for it (scripts/model/baseurl.lua).
-- The test request asks for the table's periods (with the key, as every request).
M.BASE_URL = {
  name = "Jobindsats", default = M.DEFAULT_URL, env = "STYR_URL_JOBINDSATS",
  shape = "https://HOST/…/v2 (the API version v2 at the end)", version = "/v2$", version_text = "/v2 at the end",
  example = "http://127.0.0.1:8080/jobindsats/v2",
  probe = function(base, src)
    return { url = base .. "/tables/" .. tostring(src.table or ""):lower() .. "/json/" }
  end,
}

-- Where a reader looks a table up (the report's sources link to it): the publisher, as the language
-- catalogue names it (labels publishers.jobindsats). Jobindsats has no address per table that styr
-- knows, so the link is the portal itself and the sources name the table's id beside it; a source
-- may give its table's own page = "https://…".
M.PUBLIC = { publisher = "jobindsats", what = "table", page = "https://www.jobindsats.dk/" }

-- Values that are not numbers: Jobindsats leaves out figures on few persons.
M.SYMBOLS = {
  [".."] = { status = "confidential", note = "diskretioneret" },
  ["x"] = { status = "confidential", note = "diskretioneret" },
  ["X"] = { status = "confidential", note = "diskretioneret" },
  ["-"] = { status = "missing", note = "ingen værdi" },
}

local RESERVED = { measure = true }

M.FIELDS = {
  table = function(v)
    if type(v) ~= "string" or not v:match("^%a%w+$") then return "must be a Jobindsats table id such as \"y30r21\"" end
  end,
  area = function(v)
    if type(v) == "string" and v ~= "" then return end
    if cube.check_string_list(v, "areas") then return "must be an area (\"Norddjurs\", \"*\" for all) or a list of areas" end
  end,
  areas = function(v)
    if type(v) ~= "table" or next(v) == nil then return "must be { [\"Norddjurs\"] = \"707\", … }" end
    for k, code in pairs(v) do
      if type(k) ~= "string" or type(code) ~= "string" or code == "" then
        return "must map the areas of the answer to area codes: { [\"Norddjurs\"] = \"707\" }"
      end
    end
  end,
  period = function(v)
    if type(v) == "table" and v.latest ~= nil then
      if math.type(v.latest) ~= "integer" or v.latest < 1 or next(v, next(v)) ~= nil or next(v) ~= "latest" then
        return "must be a list of periods or { latest = N } (N a positive whole number)"
      end
      return
    end
    local e = cube.check_string_list(v, "periods")
    if e then return e .. ", e.g. { \"2024M01\", \"2024M02\" }, or { latest = 4 }" end
    for _, p in ipairs(v) do
      if not (p:match("^%d%d%d%dQMAT0[1-4]$") or cube.period(p)) then
        return "has '" .. p .. "', which is not a Jobindsats period (2024, 2024M01, 2024Q1, 2024QMAT04)"
      end
    end
  end,
  filters = function(v)
    if type(v) ~= "table" or next(v) == nil then return "must be { _kon = { \"Kvinder\", \"Mænd\" }, … }" end
    for k, vals in pairs(v) do
      if type(k) ~= "string" or not k:match("^_") then
        return "keys must be Jobindsats variable names, which start with \"_\" (e.g. _kon), not " .. tostring(k)
      end
      if not cube.is_code_list(vals) then return k .. " must be a value or a list of values" end
    end
  end,
  indicators = function(v)
    if type(v) ~= "table" or next(v) == nil then
      return "must be { indicator_id = { measure = \"Faktisk antal\", Column = \"value\" }, … }"
    end
    local e = cube.check_map({ indicators = v }, RESERVED)
    if e then return (e:gsub("^indicators%.", "")) end
    for ind, f in pairs(v) do
      if type(f.measure) ~= "string" or f.measure == "" then
        return ind .. " needs measure = \"…\": the label of the column that holds its number"
      end
    end
  end,
  columns = function(v)
    if type(v) ~= "table" then return "must be { area = \"Area\", period = \"Periode\", gender = \"Køn\" }" end
    for k, name in pairs(v) do
      if not ({ area = true, period = true, gender = true })[k] or type(name) ~= "string" then
        return "must be { area = \"Area\", period = \"Periode\", gender = \"Køn\" } (column labels)"
      end
    end
  end,
  genders = function(v)
    if type(v) ~= "table" then return "must be { [\"Kvinder\"] = \"K\", … }" end
    for code, to in pairs(v) do
      if type(code) ~= "string" or not (to == "T" or to == "K" or to == "M" or to == false) then
        return "must map values to \"T\", \"K\", \"M\" or false (skip)"
      end
    end
  end,
  rolling = function(v)
    if v ~= "year" and v ~= "quarter" then return "must be \"year\" (the default) or \"quarter\"" end
  end,
  decimal = function(v)
    if v ~= "." and v ~= "," then return "must be \".\" (the default) or \",\"" end
  end,
}

-- How reports name the series an indicator comes from: Jobindsats' table.
function M.series_ref(src, indicator)
  return type(src.indicators) == "table" and src.indicators[indicator] and ("Jobindsats " .. tostring(src.table)) or nil
end

-- The table an indicator comes from, for the report's sources (its title is the source's title =).
function M.series(src, indicator)
  if not M.series_ref(src, indicator) then return nil end
  return { id = tostring(src.table):upper(), title = src.title }
end

function M.check(src, b)
  local problems = {}
  if src.table == nil then problems[#problems + 1] = "table is required (e.g. \"y30r21\")" end
  if src.period == nil then problems[#problems + 1] = "period is required: { \"2024M01\", … } or { latest = 4 }" end
  if src.token_env == nil then
    problems[#problems + 1] = "token_env is required: the environment variable holding the Jobindsats API key"
  end
  if type(src.indicators) ~= "table" then
    problems[#problems + 1] = "indicators is required: { id = { measure = \"Faktisk antal\" } }"
  else
    for _, p in ipairs(cube.check_indicators(src.indicators, b, "indicators")) do problems[#problems + 1] = p end
  end
  return problems
end

------------------------------------------------------------------------------------------------
-- Requests

local function base_of(src)
  return (src.url or M.DEFAULT_URL):gsub("/+$", "")
end

local function data_request(src, periods)
  local json = require "styr.json"
  local body = { area = src.area or "*", period = json.array(table.move(periods, 1, #periods, 1, {})) }
  for k, vals in pairs(src.filters or {}) do
    body[k] = json.array(type(vals) == "table" and table.move(vals, 1, #vals, 1, {}) or { vals })
  end
  if type(body.area) == "table" then body.area = json.array(table.move(body.area, 1, #body.area, 1, {})) end
  local text, err = json.encode(body, { sort_keys = true })
  if not text then error("jobindsats: cannot write the request body: " .. tostring(err)) end
  return { url = base_of(src) .. "/data/" .. src.table:lower() .. "/json", method = "POST", body = text,
           content_type = "application/json", role = "data" }
end

function M.requests(src, _ctx)
  if src.period.latest then
    return { { url = base_of(src) .. "/tables/" .. src.table:lower() .. "/json/", role = "periods" } }
  end
  return { data_request(src, src.period) }
end

------------------------------------------------------------------------------------------------
-- Answers

-- The one result object of an answer, or nil and a message (an error answer is an object such
-- as {"Forkert nøgle eller nøglen er udløbet.": ""}).
local function result_of(doc, url, src, want)
  local r = doc
  if type(doc) == "table" and doc[1] ~= nil then r = doc[1] end
  if type(r) ~= "table" or r[want] == nil then
    local keys = {}
    if type(doc) == "table" then
      for k in pairs(doc) do keys[#keys + 1] = tostring(k) end
      table.sort(keys)
    end
    local what = #keys > 0 and table.concat(keys, "; ") or cube.quote(require("styr.json").encode(doc) or "")
    local hint = (what:lower():find("nøgle") or what:lower():find("key")) and
                 (" (check the API key in the environment variable " .. tostring(src.token_env) .. ")") or ""
    return nil, url .. ": Jobindsats did not answer with \"" .. want .. "\": " .. what .. hint
  end
  return r
end

-- A period of the answer as styr writes it, or false to leave the row out, or nil and a message.
local function period_of(src, code)
  local y, q = tostring(code):match("^(%d%d%d%d)QMAT0([1-4])$")
  if y then
    if (src.rolling or "year") == "year" then
      if q == "4" then return y, "year" end
      return false
    end
    return y .. "Q" .. q, "quarter", "løbende år: de 12 måneder til og med " .. y .. "Q" .. q .. " (" .. code .. ")"
  end
  return cube.period(code)
end

local function number(raw, decimal)
  local csv = require "styr.plugin.csv"
  return csv.number(raw, decimal or ".", decimal == "," and "." or nil)
end

local function find_column(labels, wanted, defaults)
  if wanted then
    for i, l in ipairs(labels) do
      if l == wanted then return i end
    end
    return nil
  end
  for _, d in ipairs(defaults) do
    for i, l in ipairs(labels) do
      if cube.fold(l) == cube.fold(d) then return i end
    end
  end
  for i, l in ipairs(labels) do
    for _, d in ipairs(defaults) do
      if cube.fold(l):sub(1, #d) == cube.fold(d) then return i end
    end
  end
end

-- The column label a measure names: the label itself, or the one label whose part after the last
-- ": " it is.
local function measure_label(labels, m)
  for _, l in ipairs(labels) do
    if l == m then return l end
  end
  local found
  for _, l in ipairs(labels) do
    if l:match("([^:]*)$"):gsub("^%s+", "") == m then
      if found then return nil, "matches both '" .. found .. "' and '" .. l .. "'" end
      found = l
    end
  end
  return found
end

local function parse_periods(src, req, doc)
  local r, err = result_of(doc, req.url, src, "Period")
  if not r then return nil, err end
  local periods = {}
  for _, p in ipairs(type(r.Period) == "table" and r.Period or {}) do
    if type(p) == "string" and period_of(src, p) ~= nil then periods[#periods + 1] = p end
  end
  if #periods == 0 then return nil, req.url .. ": Jobindsats lists no periods for table " .. src.table end
  table.sort(periods)
  local n = math.min(src.period.latest, #periods)
  return { rows = {}, more = { data_request(src, table.move(periods, #periods - n + 1, #periods, 1, {})) } }
end

function M.parse(src, req, body, ctx, state)
  local doc, err = cube.json_decode(body, req.url)
  if not doc then return nil, err end
  if req.role == "periods" then return parse_periods(src, req, doc) end
  local r
  r, err = result_of(doc, req.url, src, "Data")
  if not r then return nil, err end
  if type(r.Variables) ~= "table" or type(r.Data) ~= "table" then
    return nil, req.url .. ": the answer has no \"Variables\" list"
  end
  local labels = {}
  for i, v in ipairs(r.Variables) do
    local l = type(v) == "table" and (v.Label or v.label or v.Name) or nil
    if type(l) ~= "string" then return nil, req.url .. ": variable " .. i .. " has no Label" end
    labels[i] = l
  end
  local cols = src.columns or {}
  local ca = find_column(labels, cols.area, { "Area", "Område" })
  local cp = find_column(labels, cols.period, { "Periode", "Period" })
  local cg = find_column(labels, cols.gender, { "Køn" })
  local all = table.concat(labels, ", ")
  if not ca then return nil, req.url .. ": no area column" .. (cols.area and (" '" .. cols.area .. "'") or "") .. " among " .. all end
  if not cp then return nil, req.url .. ": no period column" .. (cols.period and (" '" .. cols.period .. "'") or "") .. " among " .. all end
  if cols.gender and not cg then return nil, req.url .. ": no gender column '" .. cols.gender .. "' among " .. all end
  -- Which columns are measures (numbers) and which are categories: the indicators say.
  local indicators, measures, dims_used = {}, {}, {}
  for ind, f in pairs(src.indicators) do
    local m, merr = measure_label(labels, f.measure)
    if not m then
      return nil, req.url .. ": indicator " .. ind .. " takes the measure '" .. f.measure .. "', which " ..
                  (merr or ("is not a column of the answer (" .. all .. ")"))
    end
    local filter = { measure = m }
    for k, v in pairs(f) do
      if k ~= "measure" then
        filter[k] = v
        dims_used[k] = true
      end
    end
    indicators[ind] = filter
    measures[m] = true
  end
  local col_of = {}
  for i, l in ipairs(labels) do col_of[l] = i end
  -- The cube: area, period, gender and every column an indicator picks by value are dimensions;
  -- the measures form one more dimension, "measure".
  local dim_cols = { ca, cp }
  if cg then dim_cols[#dim_cols + 1] = cg end
  for k in pairs(dims_used) do
    if not col_of[k] then
      return nil, req.url .. ": an indicator picks the column '" .. k .. "', which the answer does not have (" .. all .. ")"
    end
    if col_of[k] ~= ca and col_of[k] ~= cp and col_of[k] ~= cg then dim_cols[#dim_cols + 1] = col_of[k] end
  end
  local mlist = require("styr.util").sorted_keys(measures)
  local dims = {}
  for i, c in ipairs(dim_cols) do
    dims[i] = { id = labels[c], categories = {}, by_code = {} }
  end
  dims[#dims + 1] = { id = "measure", categories = {}, by_code = {} }
  for i, m in ipairs(mlist) do
    dims[#dims].categories[i] = { code = m, index = i - 1 }
    dims[#dims].by_code[m] = dims[#dims].categories[i]
  end
  -- Rows: areas mapped to codes, periods converted (rolling years per `rolling`).
  local areas_seen, notes, kept = {}, {}, {}
  state.areas_seen = state.areas_seen or {}
  for n, row in ipairs(r.Data) do
    if type(row) ~= "table" or #row ~= #labels then
      return nil, req.url .. ": data row " .. n .. " does not have " .. #labels .. " values"
    end
    local a = tostring(row[ca])
    areas_seen[a] = true
    state.areas_seen[a] = true
    local area = src.areas and src.areas[a] or (not src.areas and a) or nil
    local p, kind, note = period_of(src, tostring(row[cp]))
    if p == nil then return nil, req.url .. ": data row " .. n .. ": " .. kind end
    if area and p then
      local codes = {}
      for _, c in ipairs(dim_cols) do codes[labels[c]] = tostring(row[c]) end
      codes[labels[ca]] = area
      codes[labels[cp]] = p
      if note then notes[p] = note end
      kept[#kept + 1] = { n = n, row = row, codes = codes, kind = kind }
      for i, c in ipairs(dim_cols) do
        local d, code = dims[i], codes[labels[c]]
        if not d.by_code[code] then
          d.categories[#d.categories + 1] = { code = code, index = #d.categories }
          d.by_code[code] = d.categories[#d.categories]
        end
      end
    end
  end
  if not src.areas then
    local list = require("styr.util").sorted_keys(areas_seen)
    if #list > 1 then
      return nil, req.url .. ": the answer holds several areas (" .. table.concat(list, ", ") .. "); say which area " ..
                  "code each stands for with areas = { [\"" .. list[1] .. "\"] = \"…\" }"
    end
    local code = ctx and ctx.municipality and ctx.municipality.code
    for _, k in ipairs(kept) do k.codes[labels[ca]] = code or k.codes[labels[ca]] end
    dims[1].categories, dims[1].by_code = { { code = code or list[1] or "?", index = 0 } }, {}
  end
  local c = {
    dims = dims,
    each = function(fn)
      for _, k in ipairs(kept) do
        for _, m in ipairs(mlist) do
          k.codes.measure = m
          local raw, value, status = k.row[col_of[m]], nil, nil
          if type(raw) == "number" then
            value = raw
          elseif type(raw) == "string" then
            local t = raw:match("^%s*(.-)%s*$")
            if M.SYMBOLS[t] then
              status = t
            elseif t ~= "" then
              value = number(t, src.decimal)
              if value == nil then
                return req.url .. ": data row " .. k.n .. ", column '" .. m .. "': '" .. cube.quote(raw) .. "' is not a number"
              end
            end
          elseif not cube.is_null(raw) then
            return req.url .. ": data row " .. k.n .. ", column '" .. m .. "': a " .. type(raw) .. " is not a number"
          end
          local e = fn(k.codes, value, status)
          if e then return e end
        end
      end
    end,
  }
  local map = { area = labels[ca], time = labels[cp], indicators = indicators }
  if cg then map.gender = { dimension = labels[cg], codes = src.genders } end
  local rows
  rows, err = cube.cube_rows(c, map, req.url, { symbols = M.SYMBOLS, source = "Jobindsats" }, state)
  if not rows then return nil, err end
  for _, row in ipairs(rows) do
    if notes[row.period] then row.note = row.note and (notes[row.period] .. "; " .. row.note) or notes[row.period] end
  end
  return { rows = rows, more = {} }
end

function M.finish(src, state)
  local unseen = {}
  for a in pairs(src.areas or {}) do
    if state.areas_seen and not state.areas_seen[a] then unseen[#unseen + 1] = a end
  end
  if #unseen > 0 and state.areas_seen then
    table.sort(unseen)
    return "Jobindsats answered with no rows for the area" .. (#unseen > 1 and "s " or " ") .. table.concat(unseen, ", ") ..
           " (the answers name " .. table.concat(require("styr.util").sorted_keys(state.areas_seen), ", ") .. ")"
  end
  return cube.unseen_codes(src.indicators, state, RESERVED)
end

return M
