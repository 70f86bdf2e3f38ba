-- CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold a comma, a quote,
-- CR or LF, quotes doubled. Text that a spreadsheet would run as a formula (= + - @ at the start)
-- gets a leading apostrophe, so opening a report never executes data.
local format = require "styr.format"

local M = {}

local FORMULA_START = { ["="] = true, ["+"] = true, ["-"] = true, ["@"] = true, ["\t"] = true, ["\r"] = true }

-- fields: list of strings or numbers (numbers are written as they are).
function M.field(v)
  if v == nil then return "" end
  if type(v) == "number" then return format.plain(v) end
  local s = tostring(v)
  if FORMULA_START[s:sub(1, 1)] then s = "'" .. s end
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

function M.line(fields, n)
  local out = {}
  for i = 1, n or #fields do out[i] = M.field(fields[i]) end
  return table.concat(out, ",") .. "\r\n"
end

return M
