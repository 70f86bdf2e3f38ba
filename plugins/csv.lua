-- Local register extracts: a CSV file exported from a case system, in the configuration folder.
--
--   source "ekb_register" {
--     kind = "csv", file = "data/ekb_2024.csv",          -- relative to the configuration folder
--     encoding = "windows-1252", delimiter = ";", decimal = ",",
--     columns = { area = "Kommun", period = "Månad", gender = "Kön" },
--     values = { ekb_hushall = "Antal hushåll", ekb_personer = "Antal personer" },
--   }
--
-- Which indicator a row feeds, one of three ways:
--   indicator = "id", columns = { value = "Värde", … }              one indicator
--   columns = { indicator = "Mått", value = "Värde", … },
--   indicators = { ekb_hushall = "HUSH", ekb_personer = "PERS" }    a column of codes
--   values = { ekb_hushall = "Antal hushåll", … }                    one column per indicator
--
-- The file: UTF-8 (a byte order mark is skipped) or Windows-1252 (`encoding`), CRLF or LF,
-- fields separated by `delimiter` (";", "," or tab; by default the one the header line uses),
-- quoted with "…" where they hold the delimiter, a quote (doubled) or a line break. Every record
-- has as many fields as the header. Numbers use `decimal` ("," by default with ";" files,
-- "." otherwise) and, if `thousands` says so, a thousands separator; an empty cell is missing,
-- ".." or "x" confidential. Periods: 2024, 2024-05, 2024M05, 2024Q2, 2024K2, 2024T2, 2024H1,
-- 2024W05; a date (2024-05-31) when `period_kind` says which period it stands for. Gender:
-- T/K/M, kvinnor/män/totalt, kvinder/mænd/i alt, women/men/total, or `genders` of its own.
--
-- Personal identity numbers. styr stores aggregates, not people: a file with Swedish
-- personnummer or samordningsnummer, or Danish CPR numbers, in any column is refused, naming the
-- file, the column and the first row. Recognised (and validated, to leave ordinary numbers
-- alone):
--   * anywhere in a cell: YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN with a real date (day + 60
--     for a samordningsnummer) and a correct Luhn check digit (Swedish), or DDMMYY-NNNN with a
--     real date (Danish CPR, which has had no check digit since 2007);
--   * a cell that is only digits, YYYYMMDDNNNN or YYMMDDNNNN (date + Luhn) or DDMMYYNNNN
--     (date): these look like ordinary numbers now and then, so the column is refused when at
--     least half of its non-empty cells are such numbers.
-- The one way to read such a file: name the column in `drop_columns` (it is then never read)
-- AND set `aggregate = "count"` (rows counted) or `"sum"` (values added up) per indicator, area,
-- gender and period, so that no row of one person reaches the store; `suppress_below = 5`
-- marks aggregates below 5 as confidential.
--
-- `filter = { Verksamhet = "Försörjningsstöd" }` reads only the rows with those values.
--
-- Errors name the file, the line a record starts on and the column:
--   register.csv:12: column 'värde': '12,3,4' is not a number
local cube = require "styr.plugin.cube"

local M = {}

M.FORMAT = "csv"
-- Whose numbers these are (the report's sources): the municipality's own register (labels
-- own_register, with the source's owner = body, else the municipality), never the file's name; no
-- public page. A source's title = names the register.
M.PUBLIC = { publisher = "own_register" }
M.MAX_FIELD = 64 * 1024          -- a register field longer than this is an error, not data
M.MAX_BYTES = 256 * 1024 * 1024  -- the largest file read (styr.config.read_data's default)

------------------------------------------------------------------------------------------------
-- Encodings

-- Windows-1252 bytes 0x80-0x9F; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are not characters.
local CP1252 = {
  [0x80] = 0x20AC, [0x82] = 0x201A, [0x83] = 0x0192, [0x84] = 0x201E, [0x85] = 0x2026, [0x86] = 0x2020,
  [0x87] = 0x2021, [0x88] = 0x02C6, [0x89] = 0x2030, [0x8A] = 0x0160, [0x8B] = 0x2039, [0x8C] = 0x0152,
  [0x8E] = 0x017D, [0x91] = 0x2018, [0x92] = 0x2019, [0x93] = 0x201C, [0x94] = 0x201D, [0x95] = 0x2022,
  [0x96] = 0x2013, [0x97] = 0x2014, [0x98] = 0x02DC, [0x99] = 0x2122, [0x9A] = 0x0161, [0x9B] = 0x203A,
  [0x9C] = 0x0153, [0x9E] = 0x017E, [0x9F] = 0x0178,
}
local TO_UTF8 = {}
for b = 0x80, 0xFF do
  local cp = b >= 0xA0 and b or CP1252[b]   -- 0xA0-0xFF: Latin-1, the same code points
  if cp then TO_UTF8[string.char(b)] = utf8.char(cp) end
end

local function line_at(text, pos)
  local n = 1
  for _ in text:sub(1, pos - 1):gmatch("\n") do n = n + 1 end
  return n
end

-- The text as UTF-8 without a byte order mark, or nil and a message.
function M.decode(raw, encoding, name)
  if raw:sub(1, 2) == "\xFF\xFE" or raw:sub(1, 2) == "\xFE\xFF" then
    return nil, name .. ":1: the file is UTF-16 (Excel's \"Unicode text\"); save it as CSV UTF-8 or set the " ..
                "encoding it really has"
  end
  local nul = raw:find("\0", 1, true)
  if nul then return nil, name .. ":" .. line_at(raw, nul) .. ": the file holds a NUL byte; it is not a text file" end
  if encoding == "windows-1252" then
    if raw:sub(1, 3) == "\xEF\xBB\xBF" then
      return nil, name .. ":1: the file starts with a UTF-8 byte order mark, but encoding = \"windows-1252\"; " ..
                  "set encoding = \"utf-8\""
    end
    local bad = raw:find("[\x81\x8D\x8F\x90\x9D]")
    if bad then
      return nil, string.format("%s:%d: byte 0x%02X is not a Windows-1252 character; is the file in another encoding?",
                                name, line_at(raw, bad), raw:byte(bad))
    end
    return (raw:gsub("[\x80-\xFF]", TO_UTF8))
  end
  if raw:sub(1, 3) == "\xEF\xBB\xBF" then raw = raw:sub(4) end
  local ok, bad = utf8.len(raw)
  if not ok then
    return nil, string.format("%s:%d: invalid UTF-8 (byte 0x%02X); if the file comes from Excel's \"CSV " ..
                              "(semikolonavgränsad)\", set encoding = \"windows-1252\"", name, line_at(raw, bad), raw:byte(bad))
  end
  return raw
end

------------------------------------------------------------------------------------------------
-- Records

-- The delimiter the header line uses (";", "," or tab), or nil and a message.
function M.sniff(text, name)
  local first = text:match("^[^\r\n]*") or ""
  first = first:gsub('"[^"]*"', "")
  local best, best_n, tie = nil, 0, false
  for _, d in ipairs({ ";", ",", "\t" }) do
    local _, n = first:gsub(d == "\t" and "\t" or "%" .. d, "")
    if n > best_n then
      best, best_n, tie = d, n, false
    elseif n == best_n and n > 0 then
      tie = true
    end
  end
  if not best or tie then
    return nil, name .. ":1: cannot tell the delimiter from the header line; set delimiter = \";\" (or \",\" or \"\\t\")"
  end
  return best
end

-- Splits CSV text into records: { fields = {…}, line = N } (N: the line the record starts on;
-- the header is line 1). Blank lines are skipped. Returns records, or nil and a message.
function M.records(text, delim, name)
  local records = {}
  local pos, line, len = 1, 1, #text
  local stop = "[" .. (delim == "\t" and "\t" or "%" .. delim) .. "\r\n\"]"
  while pos <= len do
    local fields, start_line = {}, line
    while true do
      local field
      local col = #fields + 1
      if text:byte(pos) == 34 then -- '"'
        local k, parts = pos + 1, {}
        while true do
          local q = text:find('"', k, true)
          if not q then
            return nil, name .. ":" .. line .. ": column " .. col .. ": a quoted field starting here is never closed"
          end
          parts[#parts + 1] = text:sub(k, q - 1)
          if text:byte(q + 1) == 34 then
            parts[#parts + 1] = '"'
            k = q + 2
          else
            pos = q + 1
            break
          end
        end
        field = table.concat(parts)
        for _ in field:gmatch("\n") do line = line + 1 end
        local c = text:sub(pos, pos)
        if c ~= "" and c ~= delim and c ~= "\r" and c ~= "\n" then
          return nil, name .. ":" .. line .. ": column " .. col .. ": text after the closing quote of a quoted field"
        end
      else
        local e = text:find(stop, pos)
        if e and text:byte(e) == 34 then
          return nil, name .. ":" .. line .. ": column " .. col .. ": a quote inside an unquoted field; " ..
                      "quote the whole field and double the quote (\"\")"
        end
        e = e or len + 1
        field = text:sub(pos, e - 1)
        pos = e
      end
      if #field > M.MAX_FIELD then
        return nil, name .. ":" .. start_line .. ": column " .. col .. ": a field of " .. #field ..
                    " bytes (at most " .. M.MAX_FIELD .. ")"
      end
      fields[col] = field
      local c = text:sub(pos, pos)
      if c == delim then
        pos = pos + 1
      else
        if c == "\r" then pos = pos + 1 end
        if text:sub(pos, pos) == "\n" then pos = pos + 1 end
        if c ~= "" then line = line + 1 end
        break
      end
    end
    if not (#fields == 1 and fields[1] == "") then
      records[#records + 1] = { fields = fields, line = start_line }
    end
  end
  return records
end

------------------------------------------------------------------------------------------------
-- Personal identity numbers

local function valid_date(y, m, d)
  return m >= 1 and m <= 12 and d >= 1 and d <= require("styr.tz").days_in_month(y, m)
end

-- Luhn over the ten digits YYMMDDNNNN.
local function luhn(digits)
  local sum = 0
  for i = 1, 10 do
    local v = digits:byte(i) - 48
    if i % 2 == 1 then
      v = v * 2
      if v > 9 then v = v - 9 end
    end
    sum = sum + v
  end
  return sum % 10 == 0
end

-- Swedish: date (YY or YYYY, MM, DD or DD+60) and Luhn over YYMMDDNNNN.
local function swedish(date, serial)
  local y, m, d
  if #date == 8 then
    y, m, d = tonumber(date:sub(1, 4)), tonumber(date:sub(5, 6)), tonumber(date:sub(7, 8))
    if y < 1850 or y > 2100 then return false end
    date = date:sub(3)
  else
    y, m, d = 2000 + tonumber(date:sub(1, 2)), tonumber(date:sub(3, 4)), tonumber(date:sub(5, 6))
    if y % 4 == 0 then y = 2000 end -- a two-digit year may be 1900 or 2000: allow 29 February
  end
  if d > 60 then d = d - 60 end
  return valid_date(y, m, d) and luhn(date .. serial)
end

-- Danish CPR: DDMMYY.
local function danish(date)
  local d, m, y = tonumber(date:sub(1, 2)), tonumber(date:sub(3, 4)), tonumber(date:sub(5, 6))
  return valid_date(y % 4 == 0 and 2000 or 2001, m, d)
end

local SWEDISH = "a Swedish personal identity number (personnummer or samordningsnummer)"
local DANISH = "a Danish CPR number"

-- What a cell holds: nil, or strength ("strong"/"weak") and what it looks like.
function M.personal_number(cell)
  if #cell < 10 or not cell:find("%d%d%d%d%d%d[%-%+%d]%d%d%d") then return nil end
  -- With a separator, anywhere in the cell.
  for date, sep, serial in cell:gmatch("%f[%d](%d%d%d%d%d%d%d?%d?)([%-%+])(%d%d%d%d)%f[%D]") do
    if #date == 6 or #date == 8 then
      if swedish(date, serial) then return "strong", SWEDISH end
      if #date == 6 and sep == "-" and danish(date) then return "strong", DANISH end
    end
  end
  -- Digits only: an ordinary number now and then.
  local digits = cell:match("^%s*(%d+)%s*$")
  if digits and (#digits == 10 or #digits == 12) then
    if swedish(digits:sub(1, #digits - 4), digits:sub(-4)) then return "weak", SWEDISH end
    if #digits == 10 and danish(digits:sub(1, 6)) then return "weak", DANISH end
  end
end

-- Scans the columns for which `wanted(index)` is true; returns nil, or the first column that
-- holds personal identity numbers: { column = index, line = N, what = "…" }.
function M.scan(header, records, wanted)
  local hits = {}
  for c = 1, #header do hits[c] = { weak = 0, filled = 0 } end
  for _, r in ipairs(records) do
    for c, cell in ipairs(r.fields) do
      local h = hits[c]
      if h and cell ~= "" and (not wanted or wanted(c)) then
        h.filled = h.filled + 1
        local strength, what = M.personal_number(cell)
        if strength == "strong" then
          return { column = c, line = r.line, what = what }
        elseif strength == "weak" then
          h.weak = h.weak + 1
          h.first = h.first or { column = c, line = r.line, what = what }
        end
      end
    end
  end
  for c = 1, #header do
    local h = hits[c]
    if h.weak > 0 and h.weak * 2 >= h.filled then return h.first end
  end
end

------------------------------------------------------------------------------------------------
-- Fields

local function column_name(v)
  return type(v) == "string" and v ~= ""
end

local COLUMN_ROLES = { area = true, period = true, gender = true, value = true, indicator = true }

M.FIELDS = {
  file = function(v)
    if type(v) ~= "string" or v == "" then return "must be a file name relative to the configuration folder" end
    if v:match("^/") or v:match("^%a:[/\\]") or v:match("^\\") then
      return "must be relative to the configuration folder, not an absolute path"
    end
    for part in v:gmatch("[^/\\]+") do
      if part == ".." then return "must stay inside the configuration folder (no \"..\")" end
    end
  end,
  delimiter = function(v)
    if v ~= ";" and v ~= "," and v ~= "\t" then return "must be \";\", \",\" or \"\\t\"" end
  end,
  decimal = function(v)
    if v ~= "," and v ~= "." then return "must be \",\" or \".\"" end
  end,
  thousands = function(v)
    if v ~= " " and v ~= "." and v ~= "," then return "must be \" \", \".\" or \",\"" end
  end,
  encoding = function(v)
    if v ~= "utf-8" and v ~= "windows-1252" then return "must be \"utf-8\" or \"windows-1252\"" end
  end,
  columns = function(v)
    if type(v) ~= "table" then return "must be { area = \"Kommun\", period = \"År\", gender = \"Kön\", value = \"Värde\" }" end
    for k, name in pairs(v) do
      if not COLUMN_ROLES[k] then
        return "has an unknown key '" .. tostring(k) .. "' (area, period, gender, value, indicator)" ..
               require("styr.util").suggest(tostring(k), { "area", "period", "gender", "value", "indicator" })
      end
      if not column_name(name) then return k .. " must be a column name from the header line" end
    end
  end,
  indicator = function(v)
    if type(v) ~= "string" or v == "" then return "must be an indicator id" end
  end,
  indicators = function(v)
    if type(v) ~= "table" or next(v) == nil then
      return "must be { indicator_id = \"code in the indicator column\", … }"
    end
    for k, codes in pairs(v) do
      if type(k) ~= "string" or not cube.is_code_list(codes) then
        return "must be { indicator_id = \"code\" or { \"code\", … }, … }"
      end
    end
  end,
  values = function(v)
    if type(v) ~= "table" or next(v) == nil then return "must be { indicator_id = \"value column\", … }" end
    for k, name in pairs(v) do
      if type(k) ~= "string" or not column_name(name) then return "must be { indicator_id = \"value column\", … }" end
    end
  end,
  area = function(v)
    if type(v) ~= "string" or v == "" then return "must be an area code such as \"0580\" (for a file without an area column)" end
  end,
  period_kind = function(v)
    local kinds = { year = true, half_year = true, tertial = true, quarter = true, month = true, week = true }
    if not kinds[v] then return "must be year, half_year, tertial, quarter, month or week" end
  end,
  genders = function(v)
    if type(v) ~= "table" then return "must be { [\"1\"] = \"M\", [\"2\"] = \"K\", … }" end
    for code, to in pairs(v) do
      if type(code) ~= "string" or not (to == "T" or to == "K" or to == "M" or to == false) then
        return "must map codes to \"T\", \"K\", \"M\" or false (skip the row)"
      end
    end
  end,
  filter = function(v)
    if type(v) ~= "table" or next(v) == nil then return "must be { column = \"value\" or { \"value\", … }, … }" end
    for k, vals in pairs(v) do
      if not column_name(k) or not cube.is_code_list(vals) then return "must be { column = \"value\" or { \"value\", … }, … }" end
    end
  end,
  drop_columns = function(v)
    local e = cube.check_string_list(v, "column names")
    if e then return e end
  end,
  aggregate = function(v)
    if v ~= "count" and v ~= "sum" then return "must be \"count\" (rows counted) or \"sum\" (values added up)" end
  end,
  suppress_below = function(v)
    if math.type(v) ~= "integer" or v < 1 then return "must be a positive whole number" end
  end,
}

-- How reports name the series an indicator comes from: the file (and the column or code).
function M.series_ref(src, indicator)
  local what
  if src.indicator == indicator then what = ""
  elseif type(src.indicators) == "table" and src.indicators[indicator] then what = " " .. tostring(src.indicators[indicator])
  elseif type(src.values) == "table" and src.values[indicator] then what = " " .. tostring(src.values[indicator]) end
  return what and (tostring(src.file) .. what) or nil
end

-- The register an indicator comes from, for the report's sources: no public id, its title only.
function M.series(src, indicator)
  if not M.series_ref(src, indicator) then return nil end
  return { title = src.title }
end

function M.check(src, b)
  local problems = {}
  local function add(m) problems[#problems + 1] = m end
  if src.file == nil then add("file is required: a CSV file in the configuration folder") end
  local cols = type(src.columns) == "table" and src.columns or {}
  local ways = (src.indicator and 1 or 0) + (src.indicators and 1 or 0) + (src.values and 1 or 0)
  if ways ~= 1 then
    add("say which indicator the rows feed with exactly one of indicator = \"id\", indicators = { id = \"code\" } " ..
        "(with columns.indicator) or values = { id = \"column\" }")
  end
  if src.indicators and not cols.indicator then add("indicators needs columns.indicator: the column holding the codes") end
  if cols.indicator and not src.indicators then add("columns.indicator needs indicators = { id = \"code\", … }") end
  if cols.period == nil then add("columns.period is required: the column holding the period") end
  if src.values and cols.value then add("give either values (one column per indicator) or columns.value, not both") end
  if src.values and src.aggregate == "count" then add("aggregate = \"count\" counts rows; it takes indicator or indicators, not values") end
  if not src.values and not cols.value and src.aggregate ~= "count" and ways == 1 then
    add("columns.value is required: the column holding the numbers (or aggregate = \"count\" to count rows)")
  end
  if src.suppress_below and not src.aggregate then add("suppress_below applies to aggregates; set aggregate") end
  local refs = {}
  if src.indicator then refs[src.indicator] = true end
  for ind in pairs(type(src.indicators) == "table" and src.indicators or {}) do refs[ind] = true end
  for ind in pairs(type(src.values) == "table" and src.values or {}) do refs[ind] = true end
  local field = src.indicator and "indicator" or src.indicators and "indicators" or "values"
  for _, p in ipairs(cube.check_indicators(refs, b, field)) do add(p) end
  return problems
end

------------------------------------------------------------------------------------------------
-- Requests and parsing

function M.requests(src, _ctx)
  -- A file, not HTTP: styr's fetch reads it from the configuration folder (styr.config.read_data).
  return { { file = src.file, url = "file:" .. src.file, method = "READ", role = "file" } }
end

local MISSING = { [""] = true, ["NA"] = true, ["n/a"] = true }
local CONFIDENTIAL = { [".."] = true, ["x"] = true, ["X"] = true }

-- Surrounding white space (a no-break space included) removed.
local function trim(s)
  return (s:gsub("\xC2\xA0", " "):match("^%s*(.-)%s*$"))
end

-- A number written with `decimal` and, if given, `thousands` (groups of three digits); nil when
-- it is not one: "1 234,5" and "1.234,5" (thousands = " " / ".") are 1234.5, "12,3,4" is nothing.
function M.number(s, decimal, thousands)
  s = trim(s):gsub("^\xE2\x88\x92", "-"):gsub("\xE2\x80\xAF", " ")  -- minus sign, narrow no-break space
  local sign, rest = s:match("^(%-?)(.*)$")
  local int, frac = rest, nil
  local d = rest:find(decimal, 1, true)
  if d then int, frac = rest:sub(1, d - 1), rest:sub(d + 1) end
  if thousands and thousands ~= decimal and int:find(thousands, 1, true) then
    local first = int:match("^%d%d?%d?")
    if not first then return nil end
    local groups = int:sub(#first + 1)
    if groups:gsub("%" .. thousands .. "%d%d%d", "") ~= "" then return nil end
    int = first .. groups:gsub("%" .. thousands, "")
  end
  if not int:match("^%d*$") or (frac and not frac:match("^%d+$")) or (int == "" and not frac) then return nil end
  return tonumber(sign .. (int == "" and "0" or int) .. (frac and ("." .. frac) or ""))
end

local function date_period(s, kind)
  if not s:match("^%d%d%d%d%-%d%d%-%d%d$") then return nil end
  return (require("styr.period").of_date(s, kind))
end

function M.parse(src, _req, body, ctx, _state)
  local name = src.file
  local text, err = M.decode(body, src.encoding or "utf-8", name)
  if not text then return nil, err end
  if text:match("^%s*$") then return nil, name .. ":1: the file is empty (no header line)" end
  local delim = src.delimiter
  if not delim then
    delim, err = M.sniff(text, name)
    if not delim then return nil, err end
  end
  local records
  records, err = M.records(text, delim, name)
  if not records then return nil, err end
  local header = table.remove(records, 1).fields
  local index, dup = {}, {}
  for i, h in ipairs(header) do
    h = trim(h)
    header[i] = h
    if index[h] then dup[h] = true else index[h] = i end
  end
  -- Ragged rows first: a record with another number of fields is broken, whatever it holds.
  for _, r in ipairs(records) do
    if #r.fields ~= #header then
      return nil, string.format("%s:%d: %d fields, but the header has %d (a missing or extra %q, or an unquoted one in a value?)",
                                name, r.line, #r.fields, #header, delim == "\t" and "\\t" or delim)
    end
  end
  local dropped = {}
  for _, col in ipairs(src.drop_columns or {}) do
    if not index[col] then
      return nil, name .. ": drop_columns names '" .. col .. "', which the header does not have" ..
                  require("styr.util").suggest(col, header)
    end
    dropped[index[col]] = true
  end
  -- Personal identity numbers: refused before anything else is read.
  local hit = M.scan(header, records, function(i) return not dropped[i] end)
  if hit then
    return nil, string.format("%s:%d: column '%s' holds %s; styr stores aggregates, not people: remove the " ..
                              "column from the export, or name it in drop_columns and set aggregate = \"count\"",
                              name, hit.line, header[hit.column], hit.what)
  end
  if next(dropped) and not src.aggregate then
    hit = M.scan(header, records, function(i) return dropped[i] end)
    if hit then
      return nil, string.format("%s:%d: column '%s' holds %s; drop_columns keeps it out, but each row is still one " ..
                                "person: set aggregate = \"count\" (or \"sum\") so that only totals are stored",
                                name, hit.line, header[hit.column], hit.what)
    end
  end
  local function col_of(role_name, v)
    if not v then return nil end
    local i = index[v]
    if not i then
      return nil, name .. ": " .. role_name .. " names the column '" .. v .. "', which the header does not have (it has " ..
                  table.concat(header, ", ") .. ")" .. require("styr.util").suggest(v, header)
    end
    if dup[v] then return nil, name .. ":1: the header has the column '" .. v .. "' twice" end
    if dropped[i] then return nil, name .. ": " .. role_name .. " names '" .. v .. "', which drop_columns drops" end
    return i
  end
  local cols = src.columns or {}
  local c = {}
  for _, role in ipairs({ "area", "period", "gender", "value", "indicator" }) do
    c[role], err = col_of("columns." .. role, cols[role])
    if err then return nil, err end
  end
  if not c.period then return nil, name .. ": columns.period is required" end
  -- What feeds which indicator: { {indicator, column}, … } per row.
  local by_code, wide = nil, {}
  if src.values then
    for _, ind in ipairs(require("styr.util").sorted_keys(src.values)) do
      local i
      i, err = col_of("values." .. ind, src.values[ind])
      if err then return nil, err end
      wide[#wide + 1] = { indicator = ind, column = i }
    end
  elseif src.indicators then
    by_code = {}
    for ind, codes in pairs(src.indicators) do
      for _, code in ipairs(type(codes) == "table" and codes or { codes }) do
        by_code[code] = by_code[code] or {}
        table.insert(by_code[code], ind)
      end
    end
    for _, list in pairs(by_code) do table.sort(list) end
  end
  local where = {}
  for col, vals in pairs(src.filter or {}) do
    local i
    i, err = col_of("filter." .. col, col)
    if err then return nil, err end
    local set = {}
    for _, v in ipairs(type(vals) == "table" and vals or { vals }) do set[v] = true end
    where[#where + 1] = { column = i, set = set }
  end
  local decimal = src.decimal or (delim == ";" and "," or ".")
  local default_area = src.area or (ctx and ctx.municipality and ctx.municipality.code)
  local rows, seen, groups, order, codes_seen = {}, {}, {}, {}, {}
  for _, r in ipairs(records) do
    local f = r.fields
    local function fail(col, msg)
      return nil, string.format("%s:%d: column '%s': %s", name, r.line, header[col], msg)
    end
    local keep = true
    for _, w in ipairs(where) do
      if not w.set[trim(f[w.column])] then keep = false; break end
    end
    if keep then
      local area = c.area and trim(f[c.area]) or default_area
      if area == nil or area == "" then
        if c.area then return fail(c.area, "the area is empty") end
        return nil, name .. ": no area column and no area = \"…\" in the source"
      end
      local raw_period = trim(f[c.period])
      local period, kind
      local dp = src.period_kind and date_period(raw_period, src.period_kind)
      if dp then
        period, kind = dp, src.period_kind
      else
        period, kind = cube.period(raw_period)
        if not period then
          if raw_period:match("^%d%d%d%d%-%d%d%-%d%d$") and not src.period_kind then
            return fail(c.period, "'" .. raw_period .. "' is a date; set period_kind = \"month\" (or the period it stands for)")
          end
          return fail(c.period, "'" .. raw_period .. "' is not a period (2024, 2024-05, 2024Q2, 2024T2, 2024H1, 2024W05)")
        end
        if src.period_kind and kind ~= src.period_kind then
          return fail(c.period, "'" .. raw_period .. "' is a " .. kind .. ", but period_kind = \"" .. src.period_kind .. "\"")
        end
      end
      local gender = "T"
      if c.gender then
        local g = trim(f[c.gender])
        gender = cube.gender_of(g, src.genders)
        if gender == nil then
          return fail(c.gender, "'" .. g .. "' is not a gender (T/K/M, totalt/kvinnor/män, i alt/kvinder/mænd); " ..
                                "map it with genders = { [\"" .. g .. "\"] = \"T\" }")
        end
      end
      local targets = {}
      if gender == false then
        targets = {}
      elseif src.values then
        targets = wide
      elseif by_code then
        local code = trim(f[c.indicator])
        codes_seen[code] = true
        for _, ind in ipairs(by_code[code] or {}) do targets[#targets + 1] = { indicator = ind, column = c.value } end
      else
        targets = { { indicator = src.indicator, column = c.value } }
      end
      for _, t in ipairs(targets) do
        local value, status, note
        if t.column then
          local cell = trim(f[t.column])
          if MISSING[cell] then
            status, note = "missing", cell == "" and "empty in " .. name or cell .. " in " .. name
          elseif CONFIDENTIAL[cell] then
            status, note = "confidential", cell .. " in " .. name
          else
            value = M.number(cell, decimal, src.thousands)
            if value == nil then return fail(t.column, "'" .. cell .. "' is not a number") end
            status = "ok"
          end
        end
        local key = t.indicator .. "\0" .. area .. "\0" .. gender .. "\0" .. period
        if src.aggregate then
          local g = groups[key]
          if not g then
            g = { indicator = t.indicator, area = area, gender = gender, period = period, period_kind = kind,
                  sum = 0, n = 0, without = 0 }
            groups[key] = g
            order[#order + 1] = key
          end
          g.n = g.n + 1
          if src.aggregate == "sum" then
            if value then g.sum = g.sum + value else g.without = g.without + 1 end
          end
        else
          if seen[key] then
            return nil, string.format("%s:%d: a second value for indicator %s, area %s, gender %s, period %s (the first " ..
                                      "is on line %d); set aggregate = \"sum\" to add them up", name, r.line, t.indicator,
                                      area, gender, period, seen[key])
          end
          seen[key] = r.line
          rows[#rows + 1] = { indicator = t.indicator, area = area, gender = gender, period = period, period_kind = kind,
                              value = value, status = status, note = note }
        end
      end
    end
  end
  if by_code then
    local unseen = {}
    for code, inds in pairs(by_code) do
      if not codes_seen[code] then unseen[#unseen + 1] = "'" .. code .. "' (indicator " .. table.concat(inds, ", ") .. ")" end
    end
    if #unseen > 0 then
      table.sort(unseen)
      return nil, name .. ": no row has " .. table.concat(unseen, ", ") .. " in column '" .. header[c.indicator] ..
                  "'; check indicators against the codes in the file"
    end
  end
  for _, key in ipairs(order) do
    local g = groups[key]
    local row = { indicator = g.indicator, area = g.area, gender = g.gender, period = g.period, period_kind = g.period_kind }
    if src.aggregate == "count" then
      row.value, row.status = g.n, "ok"
      row.note = g.n .. " rows of " .. name .. " counted"
    else
      row.value, row.status = g.sum, "ok"
      if g.without == g.n then
        row.value, row.status, row.note = nil, "missing", "no row of " .. name .. " has a value"
      else
        row.note = (g.n - g.without) .. " rows of " .. name .. " added up" ..
                   (g.without > 0 and (", " .. g.without .. " without a value") or "")
      end
    end
    if src.suppress_below and row.value and row.value > 0 and row.value < src.suppress_below then
      row.value, row.status, row.note = nil, "confidential", "fewer than " .. src.suppress_below .. " (suppressed)"
    end
    rows[#rows + 1] = row
  end
  return { rows = rows, more = {} }
end

return M
