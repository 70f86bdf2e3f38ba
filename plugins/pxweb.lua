-- Statistics Sweden's Statistical Database (PxWeb). Two APIs:
--
--   v2 (default): GET {url}/tables/{table}/data?lang=sv&outputFormat=json-stat2&valueCodes[Var]=a,b
--                 (POST with {"selection": [{"variableCode", "valueCodes"}]} when method = "POST"
--                 or the address would be longer than 4000 bytes); answers JSON-stat 2.0.
--   v1:           POST {url}/{table path} with {"query": [...], "response": {"format": "json-stat"}};
--                 answers JSON-stat 1.x (or PX "json" with format = "json").
--
-- A selection larger than max_cells (SCB's limit, 150 000 cells per request in /api/v2/config)
-- is split into several requests along its largest variable (usually time).
--
--   source "scb_befolkning" {
--     kind = "pxweb", table = "TAB6471",
--     selection = { Region = { "0580" }, Alder = { "20-29" }, Kon = { "1", "2", "TotSa" },
--                   ContentsCode = { "000007SF" }, Tid = { "2026M01", "2026M02" } },
--     map = { area = "Region", time = "Tid", gender = "Kon",
--             indicators = { befolkning_20_29 = { ContentsCode = "000007SF", Alder = "20-29" } } },
--   }
--
--   source "scb_tathet" {
--     kind = "pxweb", api = "v1", table = "BE/BE0101/BE0101C/BefArealTathetKon",
--     selection = { Region = { "0580" }, ContentsCode = { "BE0101U1" }, Tid = { "*" } },
--     map = { indicators = { befolkningstathet = { ContentsCode = "BE0101U1" } } },
--   }
local cube = require "styr.plugin.cube"

local M = {}

M.FORMAT = "json"
M.DEFAULT_URL = "https://statistikdatabasen.scb.se/api/v2"
M.DEFAULT_URL_V1 = "https://api.scb.se/OV0104/v1/doris/sv/ssd"
-- Where the PxWeb API lives (v2 by default, v1 with api = "v1") and how styr checks a base URL
-- given for it (scripts/model/baseurl.lua).
M.BASE_URL = {
  name = "PxWeb (Statistics Sweden)", default = M.DEFAULT_URL, env = "STYR_URL_PXWEB",
  shape = "https://HOST/…/v2 (the API version v2 at the end)", version = "/v2$", version_text = "/v2 at the end",
  example = "http://127.0.0.1:8080/scb/v2",
  probe = "/config",
  variants = {
    v1 = { name = "PxWeb v1 (Statistics Sweden)", default = M.DEFAULT_URL_V1,
           shape = "https://HOST/…/v1/doris/LANGUAGE/DATABASE (the API version v1 in the path)",
           version = "/v1/", version_text = "/v1/ in the path", example = "http://127.0.0.1:8080/scb/v1/doris/sv/ssd",
           probe = "" },
  },
}
-- Where a reader looks a table up (the report's sources link to it): the publisher, as the language
-- catalogue names it (labels publishers.pxweb), and the table's page in Statistikdatabasen (PxWeb 2
-- pages for the v2 API's table ids, the classic START__… path for a v1 table path). A source whose
-- PxWeb API is not Statistics Sweden's gives publisher = and page = itself.
M.PUBLIC = {
  publisher = "pxweb", what = "table",
  page = function(src, id)
    if src.api == "v1" then
      local path, name = tostring(src.table):match("^(.*)/([^/]+)$")
      if not path then return nil end
      return "https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__" .. path:gsub("/", "__") .. "/" .. name .. "/"
    end
    return "https://www.statistikdatabasen.scb.se/sv/table/" .. id
  end,
}
M.MAX_CELLS = 150000          -- maxDataCells of https://statistikdatabasen.scb.se/api/v2/config
M.MAX_GET_URL = 4000          -- longer selections go in a POST body

-- PX symbols in a cell's status (or in place of a value in the v1 "json" format).
M.SYMBOLS = {
  [".."] = { status = "missing", note = "uppgift inte tillgänglig eller för osäker för att anges" },
  ["..."] = { status = "missing", note = "uppgift inte tillgänglig" },
  ["."] = { status = "missing", note = "uppgift kan inte förekomma" },
  ["-"] = { status = "ok", value = 0, note = "inget finns att redovisa" },
  ["p"] = { status = "preliminary", note = "preliminär uppgift" },
  ["P"] = { status = "preliminary", note = "preliminär uppgift" },
  ["*"] = { status = "preliminary", note = "preliminär uppgift" },
}

local function is_wildcard(code)
  return code:find("[%*%?]") ~= nil or code:lower():match("^top%(") ~= nil or code:lower():match("^bottom%(") ~= nil
    or code:lower():match("^from%(") ~= nil or code:lower():match("^to%(") ~= nil or code:lower():match("^range%(") ~= nil
end

M.FIELDS = {
  table = function(v)
    if type(v) ~= "string" or v == "" then return "must be a table id such as \"TAB6471\" (v2) or a path (v1)" end
    -- Statistics Finland, Greenland and Åland address v1 tables by their file: "…/statfin_vaerak_pxt_11ra.px".
    if v:find("%.%.") or v:match("^/") or not v:match("^[%w_/%-%.]+$") then
      return "must be a table id such as \"TAB6471\" or a path such as \"BE/BE0101/BE0101C/BefArealTathetKon\", not " ..
             string.format("%q", v)
    end
  end,
  api = function(v)
    if v ~= "v1" and v ~= "v2" then return "must be \"v2\" (the default) or \"v1\"" end
  end,
  lang = function(v)
    if v ~= "sv" and v ~= "en" then return "must be \"sv\" or \"en\"" end
  end,
  method = function(v)
    if v ~= "GET" and v ~= "POST" then return "must be \"GET\" or \"POST\" (api v2)" end
  end,
  format = function(v)
    if v ~= "json-stat" and v ~= "json" then return "must be \"json-stat\" (the default) or \"json\" (api v1)" end
  end,
  selection = cube.check_selection,
  dataset = cube.check_dataset,
  query = function(v)
    if type(v) ~= "table" or #v == 0 then
      return "must be a v1 query list { { code = \"Region\", selection = { filter = \"item\", values = { \"0580\" } } }, … }"
    end
    for i, q in ipairs(v) do
      if type(q) ~= "table" or type(q.code) ~= "string" or type(q.selection) ~= "table"
         or type(q.selection.filter) ~= "string" or cube.check_string_list(q.selection.values, "values") then
        return "item " .. i .. " must be { code = \"Var\", selection = { filter = \"item\", values = { … } } }"
      end
    end
  end,
  map = function(v) return cube.check_map(v) end,
  max_cells = function(v)
    if math.type(v) ~= "integer" or v < 1 then return "must be a positive whole number (SCB allows 150000)" end
  end,
}

-- How reports name the series an indicator comes from: SCB's (PxWeb) table.
function M.series_ref(src, indicator)
  local inds = type(src.map) == "table" and type(src.map.indicators) == "table" and src.map.indicators
  return inds and inds[indicator] and ("PxWeb " .. tostring(src.table)) or nil
end

-- The table an indicator comes from, for the report's sources (its title is the source's title =).
function M.series(src, indicator)
  if not M.series_ref(src, indicator) then return nil end
  return { id = tostring(src.table):match("([^/]+)$"), title = src.title }
end

function M.check(src, b)
  local problems = {}
  if src.table == nil then problems[#problems + 1] = "table is required (e.g. \"TAB6471\")" end
  if type(src.map) ~= "table" then
    problems[#problems + 1] = "map is required: { indicators = { id = { ContentsCode = \"…\" } } }"
    return problems
  end
  if src.query and src.selection then problems[#problems + 1] = "give either selection or query, not both" end
  if src.query and (src.api or "v2") ~= "v1" then
    problems[#problems + 1] = "query is a v1 query list; with api v2 use selection = { Var = { codes } }"
  end
  if (src.api or "v2") == "v1" then
    if type(src.table) == "string" and not src.table:find("/") then
      problems[#problems + 1] = "with api v1, table is the path under the database, e.g. \"BE/BE0101/BE0101C/BefArealTathetKon\""
    end
    if src.method then problems[#problems + 1] = "method is for api v2 (v1 is always POST)" end
  elseif src.format then
    problems[#problems + 1] = "format is for api v1 (v2 answers JSON-stat 2.0)"
  end
  for _, p in ipairs(cube.check_indicators(src.map.indicators, b, "map.indicators")) do problems[#problems + 1] = p end
  return problems
end

------------------------------------------------------------------------------------------------
-- Requests

-- The selection as an ordered list { {var, codes}, … } (variables sorted: requests must be the
-- same text every time, since a request's text is its key in the store).
local function selection_list(src)
  local list = {}
  if src.query then
    for _, q in ipairs(src.query) do
      list[#list + 1] = { var = q.code, codes = q.selection.values, filter = q.selection.filter }
    end
    return list
  end
  for var, codes in pairs(src.selection or {}) do
    list[#list + 1] = { var = var, codes = type(codes) == "string" and { codes } or codes }
  end
  table.sort(list, function(a, b) return a.var < b.var end)
  return list
end

-- The number of cells a selection asks for, counting a wildcard or a v1 filter other than
-- "item" as one (the real count is not known before the answer).
local function cells(sel)
  local n = 1
  for _, s in ipairs(sel) do
    if M.countable(s) then n = n * #s.codes end
  end
  return n
end

function M.countable(s)
  if s.filter and s.filter ~= "item" then return false end
  for _, c in ipairs(s.codes) do
    if is_wildcard(c) then return false end
  end
  return true
end

local function copy_with(sel, i, codes)
  local out = {}
  for k, s in ipairs(sel) do
    out[k] = k == i and { var = s.var, codes = codes, filter = s.filter } or s
  end
  return out
end

-- Splits a selection into selections of at most max cells, along the largest variable first
-- (time when sizes tie), recursively when one value of it is still too large.
function M.split(sel, max, time_var)
  local total = cells(sel)
  if total <= max then return { sel } end
  local best
  for i, s in ipairs(sel) do
    if M.countable(s) and #s.codes > 1 then
      if not best or #s.codes > #sel[best].codes or (#s.codes == #sel[best].codes and s.var == time_var) then
        best = i
      end
    end
  end
  if not best then return { sel } end
  local codes = sel[best].codes
  local rest = total // #codes
  local out = {}
  if rest <= max then
    local per = max // rest
    for i = 1, #codes, per do
      out[#out + 1] = copy_with(sel, best, table.move(codes, i, math.min(i + per - 1, #codes), 1, {}))
    end
  else
    for _, c in ipairs(codes) do
      for _, part in ipairs(M.split(copy_with(sel, best, { c }), max, time_var)) do out[#out + 1] = part end
    end
  end
  return out
end

local function encode(v)
  local text, err = require("styr.json").encode(v, { sort_keys = true })
  if not text then error("pxweb: cannot write the request body: " .. tostring(err)) end
  return text
end

local function v2_request(src, base, sel)
  local lang = src.lang or "sv"
  local url = base .. "/tables/" .. cube.urlencode(src.table) .. "/data?lang=" .. lang .. "&outputFormat=json-stat2"
  local get = url
  for _, s in ipairs(sel) do
    local codes = {}
    for i, c in ipairs(s.codes) do codes[i] = cube.urlencode(c) end
    get = get .. "&valueCodes%5B" .. cube.urlencode(s.var) .. "%5D=" .. table.concat(codes, ",")
  end
  if src.method == "POST" or (src.method == nil and #get > M.MAX_GET_URL) then
    local json = require "styr.json"
    local selection = json.array()
    for i, s in ipairs(sel) do
      selection[i] = { variableCode = s.var, valueCodes = json.array(table.move(s.codes, 1, #s.codes, 1, {})) }
    end
    return { url = url, method = "POST", body = encode({ selection = selection }), content_type = "application/json",
             role = "data" }
  end
  return { url = get, method = "GET", role = "data" }
end

local function v1_request(src, base, sel)
  local json = require "styr.json"
  local query = json.array()
  for i, s in ipairs(sel) do
    local filter = s.filter
    if not filter then
      filter = "item"
      for _, c in ipairs(s.codes) do
        if is_wildcard(c) then filter = "all" end
      end
    end
    query[i] = { code = s.var, selection = { filter = filter, values = json.array(table.move(s.codes, 1, #s.codes, 1, {})) } }
  end
  local body = encode({ query = query, response = { format = src.format or "json-stat" } })
  return { url = base .. "/" .. src.table, method = "POST", body = body, content_type = "application/json", role = "data" }
end

function M.requests(src, _ctx)
  local v1 = src.api == "v1"
  local base = (src.url or (v1 and M.DEFAULT_URL_V1 or M.DEFAULT_URL)):gsub("/+$", "")
  local time_var = (src.map and src.map.time) or "Tid"
  local reqs = {}
  for _, sel in ipairs(M.split(selection_list(src), src.max_cells or M.MAX_CELLS, time_var)) do
    reqs[#reqs + 1] = v1 and v1_request(src, base, sel) or v2_request(src, base, sel)
  end
  return reqs
end

------------------------------------------------------------------------------------------------
-- Answers

-- PX-Web v1 "json" format: { columns = { {code, text, type = "d"|"t"|"c"} }, data = { {key =
-- {…}, values = {"254.9", …}} } }, as a cube whose content columns form a ContentsCode dimension.
local function px_json_cube(doc, url)
  if type(doc.columns) ~= "table" or type(doc.data) ~= "table" then
    return nil, url .. ": the response is neither JSON-stat nor PX-Web json (no \"columns\" and \"data\")"
  end
  local keys, contents, dims, by_id = {}, {}, {}, {}
  for i, c in ipairs(doc.columns) do
    if type(c) ~= "table" or type(c.code) ~= "string" then return nil, url .. ": column " .. i .. " has no code" end
    if c.type == "c" then
      contents[#contents + 1] = c
    else
      keys[#keys + 1] = c.code
      local d = { id = c.code, label = c.text, role = c.type == "t" and "time" or nil, categories = {}, by_code = {} }
      dims[#dims + 1] = d
      by_id[c.code] = d
    end
  end
  local cd = { id = "ContentsCode", label = "tabellinnehåll", role = "metric", categories = {}, by_code = {} }
  for i, c in ipairs(contents) do
    cd.categories[i] = { code = c.code, label = c.text, index = i - 1 }
    cd.by_code[c.code] = cd.categories[i]
  end
  dims[#dims + 1] = cd
  for r, row in ipairs(doc.data) do
    if type(row) ~= "table" or type(row.key) ~= "table" or #row.key ~= #keys or type(row.values) ~= "table"
       or #row.values ~= #contents then
      return nil, url .. ": data row " .. r .. " does not have " .. #keys .. " keys and " .. #contents .. " values"
    end
    for k, code in ipairs(row.key) do
      local d = by_id[keys[k]]
      if not d.by_code[code] then
        d.categories[#d.categories + 1] = { code = code, index = #d.categories }
        d.by_code[code] = d.categories[#d.categories]
      end
    end
  end
  local function each(fn)
    for r, row in ipairs(doc.data) do
      local codes = {}
      for k, code in ipairs(row.key) do codes[keys[k]] = code end
      for i, c in ipairs(contents) do
        codes.ContentsCode = c.code
        local raw, value, status = row.values[i], nil, nil
        if type(raw) == "number" then
          value = raw
        elseif type(raw) == "string" then
          value = tonumber(raw)
          if value == nil then
            if M.SYMBOLS[raw] then
              status = raw
            else
              return url .. ": data row " .. r .. ", " .. c.code .. ": '" .. cube.quote(raw) .. "' is not a number"
            end
          end
        end
        local e = fn(codes, value, status)
        if e then return e end
      end
    end
  end
  return { dims = dims, each = each }
end

function M.parse(src, req, body, _ctx, state)
  local c, err
  if src.api == "v1" and src.format == "json" then
    local doc
    doc, err = cube.json_decode(body, req.url)
    if not doc then return nil, err end
    c, err = px_json_cube(doc, req.url)
  else
    c, err = cube.jsonstat(body, req.url, src.dataset)
  end
  if not c then return nil, err end
  local rows
  rows, err = cube.cube_rows(c, src.map, req.url, { symbols = M.SYMBOLS, source = "SCB" }, state)
  if not rows then return nil, err end
  return { rows = rows, more = {} }
end

-- After every answer: an indicator's code that no answer held is a configuration error.
function M.finish(src, state)
  return cube.unseen_codes(src.map and src.map.indicators, state)
end

return M
