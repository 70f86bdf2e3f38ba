-- Numbers and dates as committee readers expect them: Swedish and Danish decimal comma,
-- a space (sv) or a point (da) between thousands.
local M = {}

local STYLE = {
  sv = { decimal = ",", group = "\u{00A0}" },
  da = { decimal = ",", group = "." },
  en = { decimal = ".", group = "," },
}

-- How many decimals a value needs (0 to 2).
function M.decimals_of(v)
  for d = 0, 2 do
    local s = string.format("%." .. d .. "f", v)
    if math.abs(tonumber(s) - v) < 1e-9 then return d end
  end
  return 2
end

-- v with `decimals` decimals, rounded half away from zero on the number as written (12.25 → 12.3,
-- 2.675 → 2.68), as official statistics round; printf would round the binary value half to even.
function M.fixed(v, decimals)
  local digits = M.plain(math.abs(v))
  local int, frac = digits:match("^(%d+)%.?(%d*)$")
  if not int then return string.format("%." .. decimals .. "f", v) end -- exponent form: very large or small
  local kept = int .. (frac .. string.rep("0", decimals)):sub(1, decimals)
  if frac:sub(decimals + 1, decimals + 1) >= "5" then
    -- add one in the last kept place, carrying through the nines
    local d = { kept:byte(1, -1) }
    local i = #d
    while i >= 1 and d[i] == 57 do d[i] = 48; i = i - 1 end
    if i >= 1 then d[i] = d[i] + 1; kept = string.char(table.unpack(d))
    else kept = "1" .. string.char(table.unpack(d)) end
  end
  local out = decimals > 0 and (kept:sub(1, #kept - decimals) .. "." .. kept:sub(-decimals)) or kept
  if out:sub(1, 1) == "." then out = "0" .. out end
  if v < 0 and out:find("[1-9]") then out = "-" .. out end
  return out
end

-- Formatted numbers kept by language and decimals: a large report writes the same figures (tick
-- labels, targets, values in tables and charts) many times over. Bounded: emptied past MEMO_MAX.
local memo, memo_n, MEMO_MAX = {}, 0, 20000

local function number(v, language, decimals)
  local style = STYLE[language] or STYLE.en
  decimals = decimals or M.decimals_of(v)
  local s = M.fixed(v, decimals)
  local sign, int, frac = s:match("^(-?)(%d+)%.?(%d*)$")
  if not int then return s end
  local grouped = int:reverse():gsub("(%d%d%d)", "%1\0"):reverse()
  grouped = grouped:gsub("^%z", ""):gsub("%z", style.group)
  return sign .. grouped .. (frac ~= "" and (style.decimal .. frac) or "")
end

function M.number(v, language, decimals)
  if v ~= v or type(v) ~= "number" then return number(v, language, decimals) end
  local by_lang = memo[language or ""]
  local by_dec = by_lang and by_lang[decimals or -1]
  local s = by_dec and by_dec[v]
  if s then return s end
  s = number(v, language, decimals)
  if memo_n >= MEMO_MAX then memo, memo_n = {}, 0 end
  by_lang = memo[language or ""] or {}
  memo[language or ""] = by_lang
  by_dec = by_lang[decimals or -1] or {}
  by_lang[decimals or -1] = by_dec
  by_dec[v] = s
  memo_n = memo_n + 1
  return s
end

-- Plain machine-readable number for CSV: "." as decimal separator, no grouping, and the shortest
-- digits that read back as the same number (a computed 10.955414012738854 stays exact).
function M.plain(v)
  if math.type(v) == "integer" then return tostring(v) end
  if v == math.floor(v) and math.abs(v) < 2^53 then return string.format("%d", v) end
  for digits = 15, 17 do
    local s = string.format("%." .. digits .. "g", v)
    if tonumber(s) == v then return s end
  end
  return (string.format("%.17g", v))
end

return M
