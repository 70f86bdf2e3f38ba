-- Statistics Denmark's StatBank (api.statbank.dk/v1): POST {url}/data with a JSON body naming
-- the table, the language, the format and the values of each variable:
--
--   {"format":"jsonstat","lang":"da","table":"AUK01","valuePresentation":"Default",
--    "variables":[{"code":"OMRÅDE","values":["707"]},{"code":"Tid","values":["*"]}]}
--
-- The answer is JSON-stat 1.x ({"dataset": {…}}, content type text/json), or with format = "csv"
-- a UTF-8 CSV with a byte order mark, ";" between fields, CRLF line ends and decimal commas
-- (valuePresentation "Code", so that cells hold codes, not labels). A variable left out is
-- eliminated (its total) where the table allows that. Statistics Denmark marks confidential
-- cells with "..".
--
--   source "dst_ledighed" {
--     kind = "statbank", table = "AUK01",
--     variables = { ["OMRÅDE"] = { "707" }, Tid = { "*" }, ["YDELSESTYPE"] = { "TOT" } },
--     map = { area = "OMRÅDE", time = "Tid",
--             indicators = { fuldtidsmodtagere = { ContentsCode = "AUK01", YDELSESTYPE = "TOT" } } },
--   }
local cube = require "styr.plugin.cube"

local M = {}

-- "text": the answer is JSON-stat or CSV, as the source says; parse itself refuses anything else
-- (an HTML error page, a JSON error message).
M.FORMAT = "text"
M.DEFAULT_URL = "https://api.statbank.dk/v1"
-- Where StatBank's API lives and how styr checks a base URL given for it (scripts/model/baseurl.lua).
M.BASE_URL = {
  name = "Statistics Denmark's StatBank", default = M.DEFAULT_URL, env = "STYR_URL_STATBANK",
  shape = "https://HOST/…/v1 (the API version v1 at the end)", version = "/v1$", version_text = "/v1 at the end",
  example = "http://127.0.0.1:8080/dst/v1",
  probe = "/subjects?format=JSON",
}

-- Where a reader looks a table up (the report's sources link to it): the publisher, as the language
-- catalogue names it (labels publishers.statbank), and the table's page in StatBank.
M.PUBLIC = { publisher = "statbank", what = "table", page = "https://www.statbank.dk/{id}" }

M.SYMBOLS = {
  [".."] = { status = "confidential", note = "diskretioneret" },
  ["."] = { status = "missing", note = "ikke tilgængelig" },
  ["-"] = { status = "ok", value = 0, note = "nul" },
}

M.FIELDS = {
  table = function(v)
    if type(v) ~= "string" or not v:match("^[%w_]+$") then return "must be a StatBank table id such as \"AUK01\"" end
  end,
  variables = cube.check_selection,
  dataset = cube.check_dataset,
  format = function(v)
    if v ~= "jsonstat" and v ~= "csv" then return "must be \"jsonstat\" (the default) or \"csv\"" end
  end,
  lang = function(v)
    if v ~= "da" and v ~= "en" then return "must be \"da\" or \"en\"" end
  end,
  map = function(v) return cube.check_map(v) end,
}

-- How reports name the series an indicator comes from: Statistics Denmark's table.
function M.series_ref(src, indicator)
  local inds = type(src.map) == "table" and type(src.map.indicators) == "table" and src.map.indicators
  return inds and inds[indicator] and ("Statistikbanken " .. tostring(src.table)) or nil
end

-- The table an indicator comes from, for the report's sources (its title is the source's title =).
function M.series(src, indicator)
  if not M.series_ref(src, indicator) then return nil end
  return { id = tostring(src.table), title = src.title }
end

function M.check(src, b)
  local problems = {}
  if src.table == nil then problems[#problems + 1] = "table is required (e.g. \"AUK01\")" end
  if type(src.map) ~= "table" then
    problems[#problems + 1] = "map is required: { indicators = { id = { ContentsCode = \"…\" } } }"
    return problems
  end
  for _, p in ipairs(cube.check_indicators(src.map.indicators, b, "map.indicators")) do problems[#problems + 1] = p end
  return problems
end

-- The request body: the same text every time for the same source (keys sorted, variables in
-- code order), since a request's text is its key in the store.
function M.body(src)
  local json = require "styr.json"
  local vars = {}
  for code, values in pairs(src.variables or {}) do
    vars[#vars + 1] = { code = code, values = json.array(type(values) == "string" and { values }
                                                          or table.move(values, 1, #values, 1, {})) }
  end
  table.sort(vars, function(a, b) return a.code < b.code end)
  local csv = src.format == "csv"
  local text, err = json.encode({
    table = src.table, lang = src.lang or "da", format = csv and "csv" or "jsonstat",
    valuePresentation = csv and "Code" or "Default", variables = json.array(vars),
  }, { sort_keys = true })
  if not text then error("statbank: cannot write the request body: " .. tostring(err)) end
  return text
end

function M.requests(src, _ctx)
  local base = (src.url or M.DEFAULT_URL):gsub("/+$", "")
  return { { url = base .. "/data", method = "POST", body = M.body(src), content_type = "application/json", role = "data" } }
end

-- A StatBank CSV answer as a cube: every column but the last (INDHOLD) is a dimension, cells
-- hold codes; the last column holds the value.
local function csv_cube(body, url, src)
  local csv = require "styr.plugin.csv"
  local text, err = csv.decode(body, "utf-8", url)
  if not text then return nil, err end
  local records
  records, err = csv.records(text, ";", url)
  if not records then return nil, err end
  if #records == 0 then return nil, url .. ": the CSV answer is empty" end
  local header = table.remove(records, 1).fields
  if #header < 2 then
    return nil, url .. ": the answer is not a StatBank CSV table (header: " .. cube.quote(table.concat(header, ";")) .. ")"
  end
  local dims = {}
  for i = 1, #header - 1 do
    dims[i] = { id = header[i], categories = {}, by_code = {} }
  end
  -- The contents: a table has one, named after the table (as in JSON-stat's ContentsCode).
  dims[#dims + 1] = { id = "ContentsCode", role = "metric", categories = { { code = src.table, index = 0 } },
                      by_code = {} }
  dims[#dims].by_code[src.table] = dims[#dims].categories[1]
  for _, r in ipairs(records) do
    if #r.fields ~= #header then
      return nil, string.format("%s:%d: %d fields, but the header has %d", url, r.line, #r.fields, #header)
    end
    for i = 1, #header - 1 do
      local d, code = dims[i], r.fields[i]
      if not d.by_code[code] then
        d.categories[#d.categories + 1] = { code = code, index = #d.categories }
        d.by_code[code] = d.categories[#d.categories]
      end
    end
  end
  local function each(fn)
    local codes = { ContentsCode = src.table }
    for _, r in ipairs(records) do
      for i = 1, #header - 1 do codes[header[i]] = r.fields[i] end
      local raw = r.fields[#header]
      local value, status
      if M.SYMBOLS[raw] then
        status = raw
      elseif raw ~= "" then
        value = csv.number(raw, ",") or csv.number(raw, ".")
        if value == nil then
          return string.format("%s:%d: column '%s': '%s' is not a number", url, r.line, header[#header], cube.quote(raw))
        end
      end
      local e = fn(codes, value, status)
      if e then return e end
    end
  end
  return { dims = dims, each = each }
end

-- An answer that is not what was asked for: an HTML page, or StatBank's JSON error message
-- ({"errorTypeCode": …, "message": …}).
local function refused(src, url, body)
  local head = body:sub(1, 512):gsub("^\xEF\xBB\xBF", ""):match("^%s*(.?)")
  if head == "<" then
    return url .. ": expected " .. (src.format == "csv" and "CSV" or "JSON-stat") ..
           " but the server sent an HTML page: " .. cube.quote(body)
  end
  if head == "{" and body:find('"errorTypeCode"', 1, true) then
    local doc = require("styr.json").decode(body)
    local msg = type(doc) == "table" and type(doc.message) == "string" and doc.message or cube.quote(body)
    return url .. ": Statistics Denmark refused the request: " .. msg
  end
end

function M.parse(src, req, body, _ctx, state)
  local bad = refused(src, req.url, body)
  if bad then return nil, bad end
  local c, err
  if src.format == "csv" then
    c, err = csv_cube(body, req.url, src)
  else
    c, err = cube.jsonstat(body, req.url, src.dataset)
  end
  if not c then return nil, err end
  local rows
  rows, err = cube.cube_rows(c, src.map, req.url, { symbols = M.SYMBOLS, source = "Danmarks Statistik" }, state)
  if not rows then return nil, err end
  return { rows = rows, more = {} }
end

function M.finish(src, state)
  return cube.unseen_codes(src.map and src.map.indicators, state)
end

return M
