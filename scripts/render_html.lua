-- The report as one self-contained HTML file: inline CSS, no external resource, every string from
-- the configuration or the store escaped. Status is shown as colour, symbol and word, so it reads
-- the same printed in black and white.
local format = require "styr.format"
local charts = require "styr.charts"

local M = {}

local ESCAPES = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

-- Escapes text for HTML content and attribute values; drops NUL and other C0 controls except
-- tab, LF and CR, which HTML does not allow.
function M.escape(s)
  s = tostring(s)
  s = s:gsub("[%z\1-\8\11\12\14-\31\127]", "")
  return (s:gsub("[&<>\"']", ESCAPES))
end
local esc = M.escape

local SYMBOL = { met = "●", on_the_way = "◐", not_met = "○", no_data = "–", no_target = "·", not_assessed = "·" }

local CSS = [[
:root { --met: #1a7f37; --way: #9a6700; --not: #c62828; --none: #5f6368; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Liberation Sans", Arial, sans-serif; color: #1f2328; margin: 2rem auto;
       max-width: 75rem; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1f2328; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .3rem; }
.meta, .goal-context { color: #4d5156; font-size: .9rem; margin: .1rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .88rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #c9cdd1; padding: .3rem .45rem; vertical-align: top; }
thead th { background: #eef0f2; text-align: left; }
tbody th { text-align: left; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.sub th { font-weight: normal; padding-left: 1.4rem; }
.status { white-space: nowrap; font-weight: 600; }
.status .sym { display: inline-block; width: 1.1em; }
.s-met { color: var(--met); } .s-on_the_way { color: var(--way); } .s-not_met { color: var(--not); }
h3 .goal-status { font-size: .85rem; margin-left: .6rem; }
.s-no_data, .s-no_target, .s-not_assessed { color: var(--none); font-weight: normal; }
.missing { color: #5f6368; font-style: italic; }
sup { font-size: .7em; }
ul.activities { margin: .2rem 0 1rem; padding-left: 1.2rem; font-size: .9rem; }
.a-done { color: var(--met); } .a-overdue { color: var(--not); } .a-open { color: var(--none); }
.legend, footer { font-size: .85rem; color: #4d5156; }
ol.notes, ul.sources { font-size: .85rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure.chart { margin: .5rem 0 1rem; }
figure.chart svg { max-width: 100%; height: auto; }
td.suppressed { color: #5f6368; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  section.perspective { break-before: page; }
  section.perspective:first-of-type { break-before: auto; }
  table, figure.chart, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
  thead th { background: none; }
}
]]

local function value_cell(row, v, lang, missing)
  if v == nil then
    if missing then return '<td class="num missing">' .. esc(missing) .. '</td>' end
    return '<td class="num"></td>'
  end
  if type(v) == "string" then return '<td>' .. esc(v) .. '</td>' end
  return '<td class="num">' .. esc(format.number(v, lang, row.decimals)) .. '</td>'
end

local function sup(n)
  return n and ('<sup><a href="#note-' .. n .. '">' .. n .. '</a></sup>') or ""
end

local function render_row(out, doc, row)
  local L, lang = doc.labels, doc.language
  local cls = (row.breakdown or row.org_unit) and ' class="sub"' or ""
  out[#out + 1] = '<tr' .. cls .. '><th scope="row">' .. esc(row.label) .. sup(row.footnote) .. '</th>'
  out[#out + 1] = '<td>' .. esc(row.unit and L.units[row.unit] or "") .. '</td>'
  if row.base and row.base.value then
    out[#out + 1] = '<td class="num">' .. esc(format.number(row.base.value, lang, row.decimals)) ..
                    ' <span class="meta">(' .. esc(row.base.year) .. ')</span></td>'
  elseif row.base_missing then
    out[#out + 1] = '<td class="missing">' .. esc(row.base_missing) .. '</td>'
  else
    out[#out + 1] = '<td></td>'
  end
  for _, y in ipairs(doc.value_years) do
    local cell = value_cell(row, row.values[y], lang, row.missing[y])
    if row.suppressed and row.suppressed[y] then
      cell = '<td class="num suppressed">' .. esc(L.suppressed) .. '</td>'
    end
    if row.notes[y] then cell = cell:gsub("</td>$", sup(row.notes[y]) .. "</td>") end
    -- --as-of: a value revised since gets a mark and the footnote with today's value.
    if row.revised and row.revised[y] then
      cell = cell:gsub('^<td class="', '<td class="revised ')
                 :gsub("</td>$", '<span class="revised-mark">*</span>' .. sup(row.revised[y]) .. "</td>")
    end
    out[#out + 1] = cell
  end
  for _, y in ipairs(doc.target_years) do
    local t = row.targets[y]
    if type(t) == "string" and L.relative[t] then
      out[#out + 1] = '<td>' .. esc(L.relative[t]) .. '</td>'
    else
      out[#out + 1] = value_cell(row, t, lang)
    end
  end
  out[#out + 1] = '<td class="status s-' .. row.status .. '"><span class="sym" aria-hidden="true">' ..
                  SYMBOL[row.status] .. '</span>' .. esc(L.status[row.status]) .. '</td>'
  if doc.peers then
    local p = row.peer
    if p and p.rank then
      out[#out + 1] = '<td class="num peer-rank">' .. p.rank .. ' / ' .. p.count ..
                      ' <span class="meta">(' .. p.year .. ')</span></td>'
    else
      out[#out + 1] = '<td class="num peer-rank"></td>'
    end
    out[#out + 1] = value_cell(row, p and p.national, lang):gsub('^<td class="num"', '<td class="num national"')
  end
  out[#out + 1] = '</tr>'
end

-- A goal's status beside its heading: colour, symbol and word, like an indicator's.
local function goal_status(doc, goal)
  local L = doc.labels
  return ' <span class="status goal-status s-' .. goal.status .. '" title="' .. esc(L.goal_status) .. '">' ..
         '<span class="sym" aria-hidden="true">' .. SYMBOL[goal.status] .. '</span>' ..
         esc(L.status[goal.status]) .. '</span>'
end

function M.render(doc)
  local L = doc.labels
  local out = {}
  local function add(s) out[#out + 1] = s end
  add('<!DOCTYPE html>\n<html lang="' .. esc(doc.language) .. '">\n<head>\n<meta charset="utf-8">\n')
  add('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
  add('<meta name="generator" content="styr">\n')
  add('<title>' .. esc(doc.title) .. '</title>\n<style>' .. CSS .. '</style>\n</head>\n<body>\n')
  add('<header>\n<h1>' .. esc(doc.title) .. '</h1>\n')
  add('<p class="meta">' .. esc(doc.municipality) .. ' · ' .. esc(L.follow_up_year) .. ' ' .. esc(doc.year) ..
      ' · ' .. esc(L.generated) .. ' ' .. esc(doc.generated) .. '</p>\n')
  if #doc.audiences > 0 then
    add('<p class="meta">' .. esc(L.audiences) .. ': ' .. esc(table.concat(doc.audiences, ", ")) .. '</p>\n')
  end
  if doc.intro then add('<p>' .. esc(doc.intro) .. '</p>\n') end
  add('<p class="legend">' .. esc(L.legend) .. '</p>\n</header>\n<main>\n')
  -- Charts (scripts/charts.lua): the status overview here, each indicator's after its goal's table.
  local by_goal, overview = {}, nil
  for _, ch in ipairs(charts.for_report(doc)) do
    if ch.kind == "status" then overview = ch
    else by_goal[ch.goal] = by_goal[ch.goal] or {}; table.insert(by_goal[ch.goal], ch) end
  end
  if overview then add('<figure class="chart" id="' .. overview.id .. '">\n' .. overview.svg .. '</figure>\n') end
  for _, section in ipairs(doc.sections) do
    add('<section class="perspective">\n<h2>' .. esc(section.perspective) .. '</h2>\n')
    for _, goal in ipairs(section.goals) do
      add('<div class="goal" id="goal-' .. esc(goal.id) .. '">\n<h3>' ..
          esc(goal.number and (goal.number .. ". ") or "") .. esc(goal.title) .. goal_status(doc, goal) .. '</h3>\n')
      if goal.area then add('<p class="goal-context">' .. esc(L.area) .. ': ' .. esc(goal.area) .. '</p>\n') end
      if goal.municipal_goal then
        add('<p class="goal-context">' .. esc(L.municipal_goal) .. ': ' .. esc(goal.municipal_goal) .. '</p>\n')
      end
      if #goal.rows > 0 then
        add('<table>\n<caption>' .. esc(L.goal) .. ' ' .. esc(goal.number or goal.id) .. ': ' ..
            esc(L.indicator) .. '</caption>\n<thead><tr><th scope="col">' .. esc(L.indicator) ..
            '</th><th scope="col">' .. esc(L.unit) .. '</th><th scope="col">' .. esc(L.base) .. '</th>')
        for _, y in ipairs(doc.value_years) do add('<th scope="col">' .. esc(L.value) .. ' ' .. y .. '</th>') end
        for _, y in ipairs(doc.target_years) do add('<th scope="col">' .. esc(L.target) .. ' ' .. y .. '</th>') end
        add('<th scope="col">' .. esc(L.status_heading) .. ' ' .. doc.year .. '</th>')
        if doc.peers then
          add('<th scope="col">' .. esc(L.peer_rank) .. '</th><th scope="col">' .. esc(L.national) .. '</th>')
        end
        add('</tr></thead>\n<tbody>\n')
        for _, row in ipairs(goal.rows) do render_row(out, doc, row); add('\n') end
        add('</tbody>\n</table>\n')
      end
      if by_goal[goal.id] then
        add('<div class="charts">\n')
        for _, ch in ipairs(by_goal[goal.id]) do add('<figure class="chart" id="' .. ch.id .. '">\n' .. ch.svg .. '</figure>\n') end
        add('</div>\n')
      end
      if #goal.activities > 0 then
        add('<p class="meta"><strong>' .. esc(L.activities) .. '</strong></p>\n<ul class="activities">\n')
        for _, a in ipairs(goal.activities) do
          add('<li>' .. esc(a.title) .. ' <span class="a-' .. a.state .. '">[' ..
              esc(L.activity_state[a.state]) .. ']</span>' ..
              (a.due and (' <span class="meta">' .. esc(L.due) .. ' ' .. esc(a.due) .. '</span>') or "") ..
              '</li>\n')
        end
        add('</ul>\n')
      end
      add('</div>\n')
    end
    add('</section>\n')
  end
  add('</main>\n<footer>\n')
  if #doc.footnotes > 0 then
    add('<h2>' .. esc(L.footnotes) .. '</h2>\n<ol class="notes">\n')
    for i, n in ipairs(doc.footnotes) do add('<li id="note-' .. i .. '">' .. esc(n) .. '</li>\n') end
    add('</ol>\n')
  end
  if #doc.sources > 0 then
    add('<h2>' .. esc(L.sources) .. '</h2>\n<ul class="sources">\n')
    for _, s in ipairs(doc.sources) do
      local text = s.source:gsub("^config:", "")
      add('<li>' .. esc(text) .. ' (' .. esc(s.source:find("^config:") and L.source_config or "") ..
          ', ' .. esc(L.fetched) .. ' ' .. esc(s.vintage) .. ')</li>\n')
    end
    add('</ul>\n')
  end
  add('</footer>\n</body>\n</html>\n')
  return table.concat(out)
end

return M
