-- Charts as SVG text, pure string building: a line chart of an indicator over years with its
-- targets and base value, bars (by gender), and a status overview per perspective. Every chart has
-- a <title> and a <desc> for screen readers, axis ticks and labels with numbers formatted for the
-- language (styr.format), and series told apart by dash pattern and marker as well as colour, so
-- they read printed in black and white. Every text is escaped; the same input gives the same bytes.
-- Texts never overlap on any screen: titles wrap onto more lines, long names are shortened with
-- an ellipsis (the whole name in a <title> and in the chart's table of numbers), year ticks are
-- thinned, and a number that has no free place beside its point is left to that table. Each chart
-- function returns its SVG and its numbers as a table ({ head =, rows = }) for the HTML report.
local format = require "styr.format"

local M = {}

local ESCAPES = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

-- A text as a chart shows it: without the C0 controls XML does not allow.
function M.shown(s)
  return (tostring(s):gsub("[%z\1-\8\11\12\14-\31\127]", ""))
end

-- Escapes text for SVG (XML) content and attributes; drops C0 controls XML does not allow.
function M.escape(s)
  return (M.shown(s):gsub("[&<>\"']", ESCAPES))
end
local esc = M.escape

-- Coordinates with at most one decimal, "-0" written as "0": stable bytes.
local function c(v)
  local s = string.format("%.1f", v):gsub("%.0$", "")
  if s == "-0" then s = "0" end
  return s
end
M.coord = c

-- A "nice" tick step (1, 2, 2.5 or 5 times a power of ten) for about n steps over range.
function M.nice_step(range, n)
  if range ~= range or range <= 0 then return 1 end
  local raw = range / (n or 5)
  local mag = 10 ^ math.floor(math.log(raw, 10))
  local f = raw / mag
  local nice = f <= 1 and 1 or f <= 2 and 2 or f <= 2.5 and 2.5 or f <= 5 and 5 or 10
  return nice * mag
end

-- The axis for values from lo to hi: it always includes 0 (bars and honest lines start there).
-- Returns { min =, max =, step =, ticks = { … } }.
function M.scale(lo, hi, n)
  lo, hi = math.min(lo, 0), math.max(hi, 0)
  if lo == hi then hi = lo + 1 end
  local step = M.nice_step(hi - lo, n or 5)
  local first, last = math.floor(lo / step + 1e-9), math.ceil(hi / step - 1e-9)
  local ticks = {}
  for i = first, last do
    local t = i * step
    t = tonumber(string.format("%.10g", t))
    if t == 0 then t = 0 end
    ticks[#ticks + 1] = t
  end
  return { min = ticks[1], max = ticks[#ticks], step = step, ticks = ticks }
end

local function text(out, x, y, s, anchor, extra, full)
  out[#out + 1] = '<text x="' .. c(x) .. '" y="' .. c(y) .. '"' ..
                  (anchor and (' text-anchor="' .. anchor .. '"') or "") .. (extra or "") .. '>' ..
                  (full and ('<title>' .. esc(full) .. '</title>') or "") .. esc(s) .. '</text>\n'
end

-- Estimated text widths (px) in DejaVu Sans, the charts' font, on the generous side: digits are
-- 0.636 em, most letters less, bold more.
local function width_of(s, size, bold)
  return (utf8.len(M.shown(s)) or #s) * size * (bold and 0.7 or 0.64)
end

-- s shortened with "…" to at most width px; the second value is true when it was shortened.
local function shorten(s, width, size, bold)
  s = M.shown(s)
  local n = utf8.len(s) or #s
  local max = math.floor(width / (size * (bold and 0.7 or 0.64)))
  if n <= max then return s, false end
  max = math.max(max - 1, 1)
  return s:sub(1, (utf8.offset(s, max + 1) or (#s + 1)) - 1) .. "…", true
end

-- s broken into lines of at most width px at the title size (12 px bold); words longer than a
-- line are shortened.
local function wrap(s, width)
  local lines, cur = {}, nil
  for word in M.shown(s):gmatch("%S+") do
    local try = cur and (cur .. " " .. word) or word
    if width_of(try, 12, true) <= width then cur = try
    else
      if cur then lines[#lines + 1] = cur end
      cur = shorten(word, width, 12, true)
    end
  end
  lines[#lines + 1] = cur or ""
  return lines
end

-- The chart's title at x, first baseline 18, each further line 15 px lower. Returns how many px
-- the lines after the first take.
local function draw_title(out, x, lines)
  out[#out + 1] = '<text class="chart-title" x="' .. x .. '" y="18" font-weight="bold" font-size="12">'
  for i, l in ipairs(lines) do
    out[#out + 1] = '<tspan x="' .. x .. '" y="' .. (18 + (i - 1) * 15) .. '">' .. esc(l) .. '</tspan>'
  end
  out[#out + 1] = '</text>\n'
  return (#lines - 1) * 15
end

-- Text boxes already drawn, so that an optional label is only drawn where it overlaps none.
local function boxes()
  local list = {}
  local B = {}
  function B.box(x, y, s, anchor, size, bold)
    local wd = width_of(s, size or 11, bold)
    local x0 = anchor == "middle" and x - wd / 2 or anchor == "end" and x - wd or x
    return { x0 = x0, x1 = x0 + wd, y0 = y - 0.95 * (size or 11), y1 = y + 0.27 * (size or 11) }
  end
  function B.free(b)
    for _, o in ipairs(list) do
      if b.x0 < o.x1 + 1 and o.x0 < b.x1 + 1 and b.y0 < o.y1 + 1 and o.y0 < b.y1 + 1 then return false end
    end
    return true
  end
  function B.add(b) list[#list + 1] = b end
  return B
end

-- A legend of items { mark = SVG of the 24 px mark at (x, y), label = text } laid out left to
-- right from x0, starting a new line when the next item would pass x1. Returns the SVG and the
-- number of lines; y is the first line's baseline.
local function legend(items, x0, x1, y)
  local out, x, line = { '<g class="legend">' }, x0, 1
  for _, it in ipairs(items) do
    local wd = 30 + width_of(it.label, 11) + 16
    if x > x0 and x + wd > x1 then x, line = x0, line + 1 end
    local ly = y + (line - 1) * 16
    out[#out + 1] = it.mark(x, ly)
    text(out, x + 30, ly, it.label)
    x = x + wd
  end
  out[#out + 1] = '</g>\n'
  return table.concat(out), line
end

-- How many lines the legend takes (the same layout as legend()).
local function legend_lines(labels, x0, x1)
  local x, line = x0, 1
  for _, l in ipairs(labels) do
    local wd = 30 + width_of(l, 11) + 16
    if x > x0 and x + wd > x1 then x, line = x0, line + 1 end
    x = x + wd
  end
  return line
end

local function tick_decimals(step)
  return math.min(format.decimals_of(step), 2)
end

local function open_svg(out, w, h, id, title, desc)
  out[#out + 1] = '<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="' .. w .. '" height="' .. h ..
                  '" viewBox="0 0 ' .. w .. ' ' .. h .. '" role="img" aria-labelledby="' .. id .. '-t ' .. id ..
                  '-d" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">\n'
  out[#out + 1] = '<title id="' .. id .. '-t">' .. esc(title) .. '</title>\n'
  out[#out + 1] = '<desc id="' .. id .. '-d">' .. esc(desc) .. '</desc>\n'
  out[#out + 1] = '<rect width="' .. w .. '" height="' .. h .. '" fill="#fff"/>\n'
end


-- The y axis with its grid lines and tick labels; returns the function from value to y.
local function y_axis(out, sc, x0, x1, top, bottom, lang, B)
  local function y(v) return bottom - (v - sc.min) / (sc.max - sc.min) * (bottom - top) end
  local d = tick_decimals(sc.step)
  for _, t in ipairs(sc.ticks) do
    out[#out + 1] = '<line x1="' .. c(x0) .. '" x2="' .. c(x1) .. '" y1="' .. c(y(t)) .. '" y2="' .. c(y(t)) ..
                    '" stroke="' .. (t == 0 and "#555" or "#ddd") .. '"/>\n'
    local s = format.number(t, lang, d)
    text(out, x0 - 6, y(t) + 4, s, "end", ' class="tick"')
    if B then B.add(B.box(x0 - 6, y(t) + 4, s, "end")) end
  end
  return y
end

-- opts: id, title, language, decimals, unit (text after numbers in the description),
-- years (list), values { [year] = number }, targets { [year] = number }, base { year =, value = },
-- labels { value =, target =, base = }. Returns SVG text.
function M.line(opts)
  local lang, L = opts.language, opts.labels or {}
  local w, h, left, right, top, bottom = 560, 260, 64, 16, 34, 200
  local years = opts.years
  local lo, hi = math.huge, -math.huge
  local function see(v) if type(v) == "number" then lo = math.min(lo, v); hi = math.max(hi, v) end end
  for _, yr in ipairs(years) do see(opts.values[yr]); see(opts.targets and opts.targets[yr]) end
  if opts.base then see(opts.base.value) end
  if lo == math.huge then lo, hi = 0, 1 end
  local sc = M.scale(lo, hi, 5)
  local parts, data = {}, { head = { L.year or "", L.value or "value", L.target or "target" }, rows = {} }
  for _, yr in ipairs(years) do
    local v, t = opts.values[yr], opts.targets and opts.targets[yr]
    if type(v) == "number" then
      parts[#parts + 1] = yr .. ": " .. format.number(v, lang, opts.decimals)
    end
    if type(v) == "number" or type(t) == "number" then
      data.rows[#data.rows + 1] = { tostring(yr), type(v) == "number" and format.number(v, lang, opts.decimals) or "",
                                    type(t) == "number" and format.number(t, lang, opts.decimals) or "" }
    end
  end
  local has_base = opts.base and type(opts.base.value) == "number"
  local legend_labels = { L.value or "value", L.target or "target" }
  if has_base then
    legend_labels[3] = (L.base or "base") .. " " .. format.number(opts.base.value, lang, opts.decimals) ..
                       (opts.base.year and (" (" .. opts.base.year .. ")") or "")
  end
  local lines = wrap(opts.title, w - 16)
  local extra = (#lines - 1) * 15
  local legend_h = (legend_lines(legend_labels, left, w - right) - 1) * 16
  local out = {}
  open_svg(out, w, h + extra + legend_h, opts.id, opts.title, (L.value or "") .. " " .. table.concat(parts, "; ") ..
           (opts.unit and opts.unit ~= "" and (" (" .. opts.unit .. ")") or ""))
  draw_title(out, 8, lines)
  out[#out + 1] = '<g transform="translate(0,' .. extra .. ')">\n'
  local B = boxes()
  local title_w = 0
  for _, l in ipairs(lines) do title_w = math.max(title_w, width_of(l, 12, true)) end
  B.add({ x0 = 8, x1 = 8 + title_w, y0 = -1000, y1 = 18 + 0.27 * 12 })
  local y = y_axis(out, sc, left, w - right, top, bottom, lang, B)
  local n = #years
  local function x(i) return n == 1 and (left + w - right) / 2 or left + 20 + (i - 1) / (n - 1) * (w - right - left - 40) end
  -- Year ticks: every k-th year, so that they never touch; the latest year is always shown.
  local every = 1
  if n > 1 then
    local spacing = (w - right - left - 40) / (n - 1)
    every = math.max(1, math.ceil((width_of("0000", 11) + 8) / spacing))
  end
  for i, yr in ipairs(years) do
    if (n - i) % every == 0 then
      text(out, x(i), bottom + 16, tostring(yr), "middle", ' class="tick"')
      B.add(B.box(x(i), bottom + 16, tostring(yr), "middle"))
    end
  end
  out[#out + 1] = '<line x1="' .. left .. '" x2="' .. left .. '" y1="' .. top .. '" y2="' .. bottom .. '" stroke="#555"/>\n'
  -- Base value: a dotted horizontal line.
  if has_base then
    local by = y(opts.base.value)
    out[#out + 1] = '<line class="base" x1="' .. left .. '" x2="' .. (w - right) .. '" y1="' .. c(by) .. '" y2="' ..
                    c(by) .. '" stroke="#5f6368" stroke-dasharray="2 3"/>\n'
  end
  -- The legend's boxes first: a point's number never runs into it.
  local legend_svg = legend({
    { label = legend_labels[1], mark = function(lx, ly)
        return '<line x1="' .. lx .. '" x2="' .. (lx + 24) .. '" y1="' .. (ly - 4) .. '" y2="' .. (ly - 4) ..
               '" stroke="#1f4e79" stroke-width="2"/><circle cx="' .. (lx + 12) .. '" cy="' .. (ly - 4) ..
               '" r="3.5" fill="#1f4e79"/>' end },
    { label = legend_labels[2], mark = function(lx, ly)
        return '<line x1="' .. lx .. '" x2="' .. (lx + 24) .. '" y1="' .. (ly - 4) .. '" y2="' .. (ly - 4) ..
               '" stroke="#9a6700" stroke-width="2" stroke-dasharray="6 4"/><rect x="' .. (lx + 8.5) .. '" y="' ..
               (ly - 7.5) .. '" width="7" height="7" fill="#fff" stroke="#9a6700" stroke-width="1.5"/>' end },
    has_base and { label = legend_labels[3], mark = function(lx, ly)
        return '<line x1="' .. lx .. '" x2="' .. (lx + 24) .. '" y1="' .. (ly - 4) .. '" y2="' .. (ly - 4) ..
               '" stroke="#5f6368" stroke-dasharray="2 3"/>' end } or nil,
  }, left, w - right, h - 14)
  B.add({ x0 = 0, x1 = w, y0 = h - 14 - 11, y1 = 10000 })
  local function series(values, cls, colour, dash, marker)
    local g = {}
    local pts, marks = {}, {}
    for i, yr in ipairs(years) do
      local v = values and values[yr]
      if type(v) == "number" then
        pts[#pts + 1] = c(x(i)) .. "," .. c(y(v))
        if marker == "circle" then
          marks[#marks + 1] = '<circle cx="' .. c(x(i)) .. '" cy="' .. c(y(v)) .. '" r="3.5" fill="' .. colour .. '"/>'
        else
          marks[#marks + 1] = '<rect x="' .. c(x(i) - 3.5) .. '" y="' .. c(y(v) - 3.5) ..
                              '" width="7" height="7" fill="#fff" stroke="' .. colour .. '" stroke-width="1.5"/>'
        end
        -- The number above its point, else below it, else (no free place) only in the table.
        local s = format.number(v, lang, opts.decimals)
        for _, ly in ipairs({ y(v) - 8, y(v) + 16 }) do
          local b = B.box(x(i), ly, s, "middle")
          if b.y0 >= 0 and B.free(b) then
            B.add(b)
            marks[#marks + 1] = '<text x="' .. c(x(i)) .. '" y="' .. c(ly) .. '" text-anchor="middle" class="value">' ..
                                esc(s) .. '</text>'
            break
          end
        end
      end
    end
    if #pts == 0 then return "" end
    g[#g + 1] = '<g class="' .. cls .. '">'
    if #pts > 1 then
      g[#g + 1] = '<polyline fill="none" stroke="' .. colour .. '" stroke-width="2"' ..
                      (dash and (' stroke-dasharray="' .. dash .. '"') or "") .. ' points="' .. table.concat(pts, " ") .. '"/>'
    end
    g[#g + 1] = table.concat(marks) .. '</g>\n'
    return table.concat(g)
  end
  -- The values' numbers are placed first; the targets are drawn under the values.
  local values_svg = series(opts.values, "values", "#1f4e79", nil, "circle")
  out[#out + 1] = series(opts.targets, "target", "#9a6700", "6 4", "square")
  out[#out + 1] = values_svg
  out[#out + 1] = legend_svg
  out[#out + 1] = '</g>\n</svg>\n'
  return table.concat(out), data
end

-- opts: id, title, language, decimals, bars { { label =, value = }, … } (a value nil is left out:
-- missing or suppressed), labels { value = }. Returns SVG text and the table of its numbers.
function M.bars(opts)
  local lang, L = opts.language, opts.labels or {}
  local bars = {}
  for _, b in ipairs(opts.bars) do if type(b.value) == "number" then bars[#bars + 1] = b end end
  local w, h, left, right, top, bottom = 360, 220, 64, 16, 34, 180
  local lo, hi = 0, 0
  for _, b in ipairs(bars) do lo = math.min(lo, b.value); hi = math.max(hi, b.value) end
  local sc = M.scale(lo, hi, 4)
  local parts, data = {}, { head = { "", L.value or "" }, rows = {} }
  for _, b in ipairs(bars) do
    parts[#parts + 1] = b.label .. ": " .. format.number(b.value, lang, opts.decimals)
    data.rows[#data.rows + 1] = { M.shown(b.label), format.number(b.value, lang, opts.decimals) }
  end
  local lines = wrap(opts.title, w - 16)
  local extra = (#lines - 1) * 15
  local out = {}
  open_svg(out, w, h + extra, opts.id, opts.title, table.concat(parts, "; "))
  draw_title(out, 8, lines)
  out[#out + 1] = '<g transform="translate(0,' .. extra .. ')">\n'
  local y = y_axis(out, sc, left, w - right, top, bottom, lang)
  local slot = (w - right - left) / math.max(#bars, 1)
  local fills = { "#1f4e79", "#9fb7d0", "#5f6368", "#c9cdd1" }
  for i, b in ipairs(bars) do
    local x0 = left + (i - 1) * slot + slot * 0.2
    local y0, y1 = y(math.max(b.value, 0)), y(math.min(b.value, 0))
    out[#out + 1] = '<rect class="bar" x="' .. c(x0) .. '" y="' .. c(y0) .. '" width="' .. c(slot * 0.6) ..
                    '" height="' .. c(y1 - y0) .. '" fill="' .. fills[(i - 1) % #fills + 1] ..
                    '" stroke="#1f2328" stroke-width="0.5"/>\n'
    text(out, x0 + slot * 0.3, y0 - 5, format.number(b.value, lang, opts.decimals), "middle", ' class="value"')
    local label, cut = shorten(b.label, slot - 6, 11)
    text(out, x0 + slot * 0.3, bottom + 16, label, "middle", ' class="tick"', cut and b.label or nil)
  end
  out[#out + 1] = '</g>\n</svg>\n'
  return table.concat(out), data
end

M.STATUS_ORDER = { "met", "on_the_way", "not_met", "no_data" }
local STATUS_FILL = { met = "#1a7f37", on_the_way = "#d4a72c", not_met = "#c62828", no_data = "#c9cdd1" }
local STATUS_PATTERN = { met = nil, on_the_way = "url(#hatch)", not_met = nil, no_data = nil }

-- opts: id, title, language, groups { { label =, counts = { met =, on_the_way =, not_met =, no_data = } } },
-- labels (status words). One stacked bar per group, with the count written in each part.
function M.status_overview(opts)
  local lang, L = opts.language, opts.labels or {}
  local n = #opts.groups
  local label_w, bar_w, row_h = 200, 340, 26
  local w = label_w + bar_w + 20
  local lines = wrap(opts.title, w - 16)
  local extra = (#lines - 1) * 15
  local words = {}
  for i, s in ipairs(M.STATUS_ORDER) do words[i] = L[s] or s end
  local legend_h = (legend_lines(words, 8, w - 8) - 1) * 16
  local h = 40 + n * row_h + 40
  local total = 0
  for _, g in ipairs(opts.groups) do
    local t = 0
    for _, s in ipairs(M.STATUS_ORDER) do t = t + (g.counts[s] or 0) end
    total = math.max(total, t)
  end
  local parts, data = {}, { head = { L.perspective or "" }, rows = {} }
  for i, word in ipairs(words) do data.head[i + 1] = word end
  for _, g in ipairs(opts.groups) do
    local p, row = {}, { M.shown(g.label) }
    for _, s in ipairs(M.STATUS_ORDER) do
      p[#p + 1] = (L[s] or s) .. " " .. (g.counts[s] or 0)
      row[#row + 1] = format.number(g.counts[s] or 0, lang, 0)
    end
    parts[#parts + 1] = g.label .. ": " .. table.concat(p, ", ")
    data.rows[#data.rows + 1] = row
  end
  local out = {}
  open_svg(out, w, h + extra + legend_h, opts.id, opts.title, table.concat(parts, "; "))
  out[#out + 1] = '<defs><pattern id="' .. opts.id .. '-hatch" width="6" height="6" patternUnits="userSpaceOnUse" ' ..
                  'patternTransform="rotate(45)"><rect width="6" height="6" fill="#d4a72c"/>' ..
                  '<line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern></defs>\n'
  draw_title(out, 8, lines)
  out[#out + 1] = '<g transform="translate(0,' .. extra .. ')">\n'
  local function fill(s)
    if STATUS_PATTERN[s] then return "url(#" .. opts.id .. "-hatch)" end
    return STATUS_FILL[s]
  end
  for i, g in ipairs(opts.groups) do
    local y0 = 30 + (i - 1) * row_h
    local label, cut = shorten(g.label, label_w - 16, 11)
    text(out, label_w - 8, y0 + 15, label, "end", nil, cut and g.label or nil)
    local x = label_w
    for _, s in ipairs(M.STATUS_ORDER) do
      local k = g.counts[s] or 0
      if k > 0 then
        local bw = k / math.max(total, 1) * bar_w
        out[#out + 1] = '<rect class="s-' .. s .. '" x="' .. c(x) .. '" y="' .. y0 .. '" width="' .. c(bw) ..
                        '" height="20" fill="' .. fill(s) .. '" stroke="#1f2328" stroke-width="0.5"><title>' ..
                        esc((L[s] or s) .. ": " .. k) .. '</title></rect>\n'
        -- The count inside its part when it fits there; else it is in the table of numbers.
        local count = format.number(k, lang, 0)
        if width_of(count, 11) + 4 <= bw then
          text(out, x + bw / 2, y0 + 14, count, "middle",
               ' fill="' .. ((s == "no_data" or s == "on_the_way") and "#1f2328" or "#fff") .. '"')
        end
        x = x + bw
      end
    end
  end
  local items = {}
  for i, s in ipairs(M.STATUS_ORDER) do
    items[i] = { label = words[i], mark = function(lx, ly)
      return '<rect x="' .. (lx + 6) .. '" y="' .. (ly - 10) .. '" width="12" height="12" fill="' .. fill(s) ..
             '" stroke="#1f2328" stroke-width="0.5"/>' end }
  end
  out[#out + 1] = legend(items, 8, w - 8, h - 12)
  out[#out + 1] = '</g>\n</svg>\n'
  return table.concat(out), data
end

-- Horizontal bars of the municipality and its peers for one year, best first by direction (no
-- direction: highest first), the municipality highlighted in colour and bold and marked "▶".
-- The national value, when given, is a dashed vertical line with its label.
-- opts: { id, title, language, decimals, direction, year, values = { { name, value, self }, … },
--         national = number or nil, national_label = text, value_label = text }
function M.ranking(opts)
  local lang = opts.language
  local list = {}
  for i, e in ipairs(opts.values) do list[i] = e end
  table.sort(list, function(a, b)
    if a.value ~= b.value then
      if opts.direction == "decrease" then return a.value < b.value end
      return a.value > b.value
    end
    return tostring(a.name) < tostring(b.name)
  end)
  local lo, hi = 0, 0
  for _, e in ipairs(list) do lo = math.min(lo, e.value); hi = math.max(hi, e.value) end
  if opts.national then lo = math.min(lo, opts.national); hi = math.max(hi, opts.national) end
  local sc = M.scale(lo, hi, 4)
  local bar_h, left, right, top = 18, 130, 70, 30
  local w = 480
  local lines = wrap(opts.title, w - 16)
  local extra = (#lines - 1) * 15
  local h = top + #list * (bar_h + 6) + (opts.national and 46 or 30)
  local function x(v) return left + (v - sc.min) / (sc.max - sc.min) * (w - left - right) end
  local out = {}
  local parts, data = {}, { head = { "", opts.value_label or "" }, rows = {} }
  for i, e in ipairs(list) do
    parts[i] = e.name .. " " .. format.number(e.value, lang, opts.decimals)
    data.rows[i] = { M.shown(e.name), format.number(e.value, lang, opts.decimals) }
  end
  if opts.national then
    parts[#parts + 1] = (opts.national_label or "") .. " " .. format.number(opts.national, lang, opts.decimals)
    data.rows[#data.rows + 1] = { M.shown(opts.national_label or ""), format.number(opts.national, lang, opts.decimals) }
  end
  open_svg(out, w, h + extra, opts.id, opts.title, table.concat(parts, "; "))
  draw_title(out, 8, lines)
  out[#out + 1] = '<g transform="translate(0,' .. extra .. ')">\n'
  local d = tick_decimals(sc.step)
  local bottom = top + #list * (bar_h + 6)
  for _, t in ipairs(sc.ticks) do
    out[#out + 1] = '<line x1="' .. c(x(t)) .. '" x2="' .. c(x(t)) .. '" y1="' .. top .. '" y2="' .. c(bottom) ..
                    '" stroke="' .. (t == 0 and "#555" or "#ddd") .. '"/>\n'
    text(out, x(t), bottom + 14, format.number(t, lang, d), "middle", ' class="tick"')
  end
  for i, e in ipairs(list) do
    local y = top + (i - 1) * (bar_h + 6)
    local x0, x1 = x(math.min(0, e.value)), x(math.max(0, e.value))
    local cls = e.self and ' class="self"' or ""
    out[#out + 1] = '<rect' .. cls .. ' x="' .. c(x0) .. '" y="' .. c(y) .. '" width="' .. c(x1 - x0) ..
                    '" height="' .. bar_h .. '" fill="' .. (e.self and "#1f5fa8" or "#b8bec4") .. '"' ..
                    (e.self and ' stroke="#000"' or "") .. '/>\n'
    local name, cut = shorten((e.self and "▶ " or "") .. e.name, left - 12, 11, e.self)
    text(out, left - 6, y + 13, name, "end", e.self and ' font-weight="bold"' or nil, cut and e.name or nil)
    text(out, x1 + 4, y + 13, format.number(e.value, lang, opts.decimals), "start",
         e.self and ' font-weight="bold"' or nil)
  end
  if opts.national then
    local xn = x(opts.national)
    out[#out + 1] = '<line class="national" x1="' .. c(xn) .. '" x2="' .. c(xn) .. '" y1="' .. (top - 4) ..
                    '" y2="' .. c(bottom) .. '" stroke="#9a6700" stroke-width="1.5" stroke-dasharray="5 3"/>\n'
    local s = (opts.national_label or "") .. " " .. format.number(opts.national, lang, opts.decimals)
    -- Kept inside the chart when the line is near an edge.
    local half = width_of(s, 11) / 2
    text(out, math.max(half + 4, math.min(w - half - 4, xn)), bottom + 32, s, "middle", ' fill="#9a6700"')
  end
  out[#out + 1] = '</g>\n</svg>\n'
  return table.concat(out), data
end

-- The status overview of a report document: how many indicators (totals) of each perspective's
-- goal tables are met, on the way, not met or without data. Returns the SVG, its title as the
-- chart shows it, or nil without tables.
function M.status_chart(doc, id)
  local L, lang = doc.labels, doc.language
  local groups = {}
  for _, section in ipairs(doc.sections) do
    local counts = {}
    for _, goal in ipairs(section.goals) do
      for _, row in ipairs(goal.rows) do
        if not row.breakdown and not row.org_unit then
          local s = row.status
          if s == "no_target" or s == "not_assessed" then s = "no_data" end
          counts[s] = (counts[s] or 0) + 1
        end
      end
    end
    groups[#groups + 1] = { label = section.perspective, counts = counts }
  end
  if #groups == 0 then return nil end
  local labels = { perspective = L.perspective }
  for k, v in pairs(L.status) do labels[k] = v end
  local svg, data = M.status_overview { id = id, title = L.status_overview, language = lang, groups = groups,
                                        labels = labels }
  return svg, M.shown(L.status_overview), data
end

-- The charts of one indicator from its report rows (the total first, then gender and unit rows):
-- kinds is a set of "line" (values over the years with targets and base value; needs two
-- values), "gender" (women and men in the latest year both have a value) and "ranking" (the peer
-- comparison). next_id() names each chart. Returns a list of { id =, kind =, indicator =, title =,
-- svg = } (title: the chart's title as it shows it); a kind without the data it needs is left out.
function M.for_indicator(doc, rows, kinds, next_id)
  local L, lang = doc.labels, doc.language
  local list = {}
  local row, g = nil, {}
  for _, r in ipairs(rows) do
    if r.breakdown then g[r.breakdown] = r
    elseif not r.org_unit and not row then row = r end
  end
  if not row then return list end
  local years = {}
  do
    local set = {}
    for _, y in ipairs(doc.value_years) do set[y] = true end
    for _, y in ipairs(doc.target_years) do set[y] = true end
    for y in pairs(set) do years[#years + 1] = y end
    table.sort(years)
  end
  local numbers = 0
  for _, y in ipairs(doc.value_years) do if type(row.values[y]) == "number" then numbers = numbers + 1 end end
  if kinds.line and numbers >= 2 then
    local targets = {}
    for y, t in pairs(row.targets) do if type(t) == "number" then targets[y] = t end end
    local id = next_id()
    local svg, data = M.line { id = id, title = row.title, language = lang, decimals = row.decimals,
                     unit = row.unit and L.units[row.unit], years = years, values = row.values, targets = targets,
                     base = row.base, labels = { value = L.value, target = L.target, base = L.base, year = L.year } }
    list[#list + 1] = { id = id, kind = "line", indicator = row.indicator, title = M.shown(row.title), svg = svg,
                        data = data }
  end
  local latest
  for _, y in ipairs(doc.value_years) do
    if g.women and g.men and type(g.women.values[y]) == "number" and type(g.men.values[y]) == "number" then
      latest = y
    end
  end
  if kinds.gender and latest then
    local id = next_id()
    local title = row.title .. " " .. latest
    local svg, data = M.bars { id = id, title = title, language = lang, decimals = row.decimals,
                               labels = { value = L.value },
                               bars = { { label = L.breakdown.women, value = g.women.values[latest] },
                                        { label = L.breakdown.men, value = g.men.values[latest] } } }
    list[#list + 1] = { id = id, kind = "gender", indicator = row.indicator, title = M.shown(title), svg = svg,
                        data = data }
  end
  if kinds.ranking and row.peer then
    local id = next_id()
    local values = {}
    for i, e in ipairs(row.peer.values) do values[i] = e end
    local title = row.title .. " " .. row.peer.year .. " (" .. L.peer_chart .. ")"
    local svg, data = M.ranking { id = id, title = title, language = lang, decimals = row.decimals,
                                  direction = row.direction, year = row.peer.year, values = values,
                                  national = row.peer.national, national_label = L.national,
                                  value_label = L.value }
    list[#list + 1] = { id = id, kind = "ranking", indicator = row.indicator, title = M.shown(title), svg = svg,
                        data = data }
  end
  return list
end

return M
