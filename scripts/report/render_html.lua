-- The report as one self-contained HTML file: inline CSS, no external resource, every string from
-- the configuration or the store escaped. Status is shown as colour, symbol and word, so it reads
-- the same printed in black and white. It reads on any screen without sideways scrolling (headers
-- and long names wrap; on a phone each table row becomes a block of labelled cells), meets WCAG 2.1
-- AA (docs/accessibility.md: every chart has its numbers as a table the reader can open, nothing
-- is shown only on hover), and prints as the PDF format's A4 pages (render_pdf.lua).
local format = require "styr.format"
local report_text = require "styr.report_text"

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
       max-width: 75rem; padding: 0 1rem; line-height: 1.4; overflow-wrap: break-word; }
h1, h2, h3, h4, p, li, caption { overflow-wrap: anywhere; }
a:focus-visible, summary:focus-visible { outline: 3px solid #1f4e79; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
                   clip-path: inset(50%); white-space: nowrap; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1f2328; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .3rem; }
.meta, .goal-context { color: #4d5156; font-size: .9rem; margin: .1rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .88rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #c9cdd1; padding: .3rem .45rem; vertical-align: top; overflow-wrap: normal; }
thead th { background: #eef0f2; text-align: left; }
tbody th { text-align: left; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.num.missing, td.num.suppressed { white-space: normal; }
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
figure.chart { margin: .5rem 0 1rem; min-width: 0; max-width: 100%; }
.table-scroll { overflow-x: auto; margin: .5rem 0 1rem; }
.table-scroll:focus-visible { outline: 3px solid #1f4e79; outline-offset: 2px; }
.table-scroll table { margin: 0; }
table.rows tbody th, table.rows thead th:first-child { position: sticky; left: 0; background: #fff; z-index: 1; }
table.rows thead th:first-child { background: #eef0f2; }
details.chart-numbers { font-size: .85rem; margin: .3rem 0; }
details.chart-numbers summary { cursor: pointer; color: #1f4e79; }
details.chart-numbers table { width: auto; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-size: .85rem; color: #4d5156; }
td.suppressed { color: #5f6368; }
.table-sources { font-size: .8rem; color: #4d5156; margin: -.6rem 0 1rem; }
.table-sources .label { font-weight: 600; }
ul.sources .url { color: #5f6368; word-break: break-all; }
article.analysis { margin: .6rem 0 1rem; }
@media screen and (max-width: 44rem) {
  body { margin: 1rem auto; padding: 0 .6rem; }
  table.rows, table.rows caption, table.rows tbody, table.rows tr, table.rows th, table.rows td { display: block; }
  table.rows thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
                     clip-path: inset(50%); white-space: nowrap; }
  table.rows tr { border: 1px solid #c9cdd1; margin-bottom: .6rem; }
  table.rows tbody th, table.rows td { border: 0; border-top: 1px solid #e3e6e8; }
  table.rows tbody th { background: #eef0f2; position: static; }
  table.rows td { position: relative; padding-left: 50%; text-align: left; white-space: normal; min-height: 1.8em; }
  table.rows td::before { content: attr(data-label); position: absolute; left: .45rem; width: 45%;
                          font-weight: 600; font-style: normal; color: #4d5156; text-align: left; }
}
@page { size: A4; margin: 15mm 15mm 18mm; }
@media print {
  details.chart-numbers { display: none; }
  .table-scroll { overflow: visible; }
  table.rows tbody th, table.rows thead th:first-child { position: static; }
  svg.chart { max-width: 100%; height: auto; }
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

local function render_row(out, doc, row, heads)
  local L, lang = doc.labels, doc.language
  local first = #out + 2 -- the row's first <td>
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
  -- Each cell names its column, for the narrow screens that show a row as a block.
  for i = first, #out do
    local label = ' data-label="' .. esc(heads[i - first + 1] or "") .. '"'
    out[i] = out[i]:gsub("^<td([^>]*)>", function(attrs) return "<td" .. attrs .. label .. ">" end, 1)
  end
  out[#out + 1] = '</tr>'
end

-- A goal's status beside its heading: colour, symbol and word, like an indicator's.
local function goal_status(doc, goal)
  local L = doc.labels
  return ' <span class="status goal-status s-' .. goal.status .. '">' ..
         '<span class="visually-hidden">' .. esc(L.goal_status) .. ': </span>' ..
         '<span class="sym" aria-hidden="true">' .. SYMBOL[goal.status] .. '</span>' ..
         esc(L.status[goal.status]) .. '</span>'
end

-- Analysts' Markdown (analysis texts, text blocks) as safe HTML (styr.markdown: no raw HTML, no
-- script links, headings below the report's own).
local function markdown_html(text)
  local html = require("styr.markdown").to_html(text)
  return html or ('<p>' .. esc(text) .. '</p>\n')
end

local function figure(ch, caption)
  return '<figure class="chart" id="' .. ch.id .. '">\n' .. ch.svg ..
         (caption and ('<figcaption>' .. esc(caption) .. '</figcaption>\n') or '') .. '</figure>\n'
end

-- A chart's numbers as a table the reader can open under it (its text alternative).
local function chart_numbers(doc, ch)
  local data = ch.data
  if not data then return "" end
  local out = { '<details class="chart-numbers">\n<summary>' .. esc(doc.labels.chart_numbers) .. '</summary>\n' ..
                '<table>\n<caption>' .. esc(ch.title or "") .. '</caption>\n<thead><tr>' }
  for i, hd in ipairs(data.head) do
    if i == 1 and hd == "" then out[#out + 1] = '<td></td>'
    else out[#out + 1] = '<th scope="col">' .. esc(hd) .. '</th>' end
  end
  out[#out + 1] = '</tr></thead>\n<tbody>\n'
  for _, row in ipairs(data.rows) do
    out[#out + 1] = '<tr><th scope="row">' .. esc(row[1]) .. '</th>'
    for i = 2, #row do out[#out + 1] = '<td class="num">' .. esc(row[i]) .. '</td>' end
    out[#out + 1] = '</tr>\n'
  end
  out[#out + 1] = '</tbody>\n</table>\n</details>\n'
  return table.concat(out)
end

-- The footnote under a table or chart: where its numbers come from, and when the annual wheel
-- expects the next delivery.
local function table_sources(doc, blk)
  local has_sources = blk.sources and #blk.sources > 0
  local has_next = blk.deliveries and #blk.deliveries > 0
  if not has_sources and not has_next then return "" end
  local parts = {}
  if has_sources then
    -- each source's name links to its public page (the KPI's or table's), when it has one
    local _, named = report_text.sources_line(blk.sources, doc.labels)
    local each = {}
    for i, n in ipairs(named) do
      each[i] = (n.page and ('<a href="' .. esc(n.page) .. '">' .. esc(n.name) .. '</a>') or esc(n.name)) .. ', ' .. esc(n.when)
    end
    parts[#parts + 1] = '<span class="label">' .. esc(doc.labels.table_sources) .. ':</span> ' .. table.concat(each, '; ')
  end
  if has_next then
    parts[#parts + 1] = '<span class="next">' .. esc(report_text.deliveries_text(blk.deliveries, doc.labels)) .. '</span>'
  end
  return '<p class="table-sources">' .. table.concat(parts, '<br>') .. '</p>\n'
end

-- A table of indicator rows: its header, one row per indicator and breakdown.
local function rows_table(add, out, doc, caption, rows)
  local L = doc.labels
  local heads = { L.unit, L.base }
  for _, y in ipairs(doc.value_years) do heads[#heads + 1] = L.value .. ' ' .. y end
  for _, y in ipairs(doc.target_years) do heads[#heads + 1] = L.target .. ' ' .. y end
  heads[#heads + 1] = L.status_heading .. ' ' .. doc.year
  if doc.peers then heads[#heads + 1] = L.peer_rank; heads[#heads + 1] = L.national end
  -- A table with more columns than the screen is wide scrolls inside its own frame (the keyboard
  -- reaches it), never the page; its first column stays in view.
  add('<div class="table-scroll" role="region" tabindex="0" aria-label="' .. esc(caption) .. '">\n')
  add('<table class="rows">\n<caption>' .. esc(caption) .. '</caption>\n<thead><tr><th scope="col">' ..
      esc(L.indicator) .. '</th>')
  for _, hd in ipairs(heads) do add('<th scope="col">' .. esc(hd) .. '</th>') end
  add('</tr></thead>\n<tbody>\n')
  for _, row in ipairs(rows) do render_row(out, doc, row, heads); add('\n') end
  add('</tbody>\n</table>\n</div>\n')
end

-- A table of indicator rows as the report shows them, on its own (styr serve puts an indicator's
-- rows above the field for its analysis).
function M.rows_table(doc, caption, rows)
  local out = {}
  rows_table(function(s) out[#out + 1] = s end, out, doc, caption, rows)
  return table.concat(out)
end

local function activity_items(add, doc, items)
  local L = doc.labels
  add('<ul class="activities">\n')
  for _, a in ipairs(items) do
    add('<li>' .. esc(a.title) .. ' <span class="a-' .. a.state .. '">[' ..
        esc(L.activity_state[a.state]) .. ']</span>' ..
        (a.due and (' <span class="meta">' .. esc(L.due) .. ' ' .. esc(a.due) .. '</span>') or "") ..
        '</li>\n')
  end
  add('</ul>\n')
end

local function goal_table(add, out, doc, section, ids)
  local L = doc.labels
  add('<section class="perspective">\n<h2>' .. esc(section.perspective) .. '</h2>\n')
  for _, goal in ipairs(section.goals) do
    -- A goal shown in two tables: the second gets id goal-ID-2, so ids stay unique.
    ids[goal.id] = (ids[goal.id] or 0) + 1
    local id = "goal-" .. goal.id .. (ids[goal.id] > 1 and ("-" .. ids[goal.id]) or "")
    add('<div class="goal" id="' .. esc(id) .. '">\n<h3>' ..
        esc(goal.number and (goal.number .. ". ") or "") .. esc(goal.title) .. goal_status(doc, goal) .. '</h3>\n')
    if goal.area then add('<p class="goal-context">' .. esc(L.area) .. ': ' .. esc(goal.area) .. '</p>\n') end
    if goal.municipal_goal then
      add('<p class="goal-context">' .. esc(L.municipal_goal) .. ': ' .. esc(goal.municipal_goal) .. '</p>\n')
    end
    if #goal.rows > 0 then
      rows_table(add, out, doc, L.goal .. ' ' .. (goal.number or goal.id) .. ': ' .. L.indicator, goal.rows)
    end
    local charted = section.charts and section.charts[goal.id] or {}
    if #charted > 0 then
      add('<div class="charts">\n')
      for _, ch in ipairs(charted) do add('<div class="chart-item">\n' .. figure(ch) .. chart_numbers(doc, ch) .. '</div>\n') end
      add('</div>\n')
    end
    if section.with_activities and #goal.activities > 0 then
      add('<p class="meta"><strong>' .. esc(L.activities) .. '</strong></p>\n')
      activity_items(add, doc, goal.activities)
    end
    add('</div>\n')
  end
  add(table_sources(doc, section))
  add('</section>\n')
end

local function footnotes(add, doc)
  local L = doc.labels
  if #doc.footnotes > 0 then
    add('<h2>' .. esc(L.footnotes) .. '</h2>\n<ol class="notes">\n')
    for i, n in ipairs(doc.footnotes) do add('<li id="note-' .. i .. '">' .. esc(n) .. '</li>\n') end
    add('</ol>\n')
  end
  if #doc.sources > 0 then
    add('<h2>' .. esc(L.sources) .. '</h2>\n<ul class="sources">\n')
    for _, s in ipairs(doc.sources) do
      -- Fetched and computed numbers also name where they were read (the URL, formula:FILE).
      -- the public page of the KPI or table; the file or API address stays in the JSON
      local page = report_text.link(s)
      local link = page and (' <a class="url" href="' .. esc(page) .. '">' .. esc(L.source_link) .. '</a>') or ""
      add('<li>' .. esc(report_text.source_text(s, L)) .. link .. '</li>\n')
    end
    add('</ul>\n')
  end
end

-- Text as a CSS string inside <style>: quotes and backslashes escaped, controls as spaces, and
-- "<" as an escape, so that no text can close the style element.
local function css_string(s)
  s = tostring(s):gsub("[\\\"]", "\\%0"):gsub("%c", " "):gsub("<", "\\3C ")
  return '"' .. s .. '"'
end

-- Every printed page's footer (the PDF format): the report's title and date on the left, the page
-- number and count on the right.
local function page_footer(doc)
  local L = doc.labels
  local left = doc.title .. " · " .. L.generated .. " " .. (doc.generated or "")
  local font = 'font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #4d5156;'
  return '@page {\n  @bottom-left { content: ' .. css_string(left) .. '; ' .. font .. ' }\n' ..
         '  @bottom-right { content: counter(page) " / " counter(pages); ' .. font .. ' }\n}\n'
end

function M.render(doc)
  local L = doc.labels
  local out = {}
  local function add(s) out[#out + 1] = s end
  add('<!DOCTYPE html>\n<html lang="' .. esc(doc.language) .. '">\n<head>\n<meta charset="utf-8">\n')
  add('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
  add('<meta name="generator" content="styr">\n')
  add('<title>' .. esc(doc.title) .. '</title>\n<style>' .. CSS .. page_footer(doc) .. '</style>\n</head>\n<body>\n')
  if doc.nav then add(doc.nav) end -- styr serve's navigation (trusted HTML it built), on its pages only
  add('<header>\n<h1>' .. esc(doc.title) .. '</h1>\n')
  add('<p class="meta">' .. esc(doc.municipality) .. ' · ' .. esc(L.follow_up_year) .. ' ' .. esc(doc.year) ..
      ' · ' .. esc(L.generated) .. ' ' .. esc(doc.generated) .. '</p>\n')
  if doc.audience then
    add('<p class="meta audience">' .. esc(L.audience) .. ': ' .. esc(doc.audience.name) .. '</p>\n')
  elseif #doc.audiences > 0 then
    add('<p class="meta">' .. esc(L.audiences) .. ': ' .. esc(table.concat(doc.audiences, ", ")) .. '</p>\n')
  end
  if doc.intro then add('<p>' .. esc(doc.intro) .. '</p>\n') end
  add('<p class="legend">' .. esc(L.legend) .. '</p>\n</header>\n<main>\n')
  local in_footer = false
  local goal_ids = {}
  for i, blk in ipairs(doc.blocks) do
    local k = blk.kind
    if k == "heading" then
      add('<h' .. blk.level .. ' class="block-heading">' .. esc(blk.text) .. '</h' .. blk.level .. '>\n')
    elseif k == "text" then
      add('<div class="text">\n' .. markdown_html(blk.text) .. '</div>\n')
    elseif k == "goal_table" then
      goal_table(add, out, doc, blk, goal_ids)
    elseif k == "indicator_table" then
      add('<section class="indicator-table">\n')
      rows_table(add, out, doc, blk.caption or L.indicators, blk.rows)
      add(table_sources(doc, blk))
      add('</section>\n')
    elseif k == "chart" then
      if blk.svg then
        add('<div class="chart-block">\n' .. figure(blk, blk.caption) .. chart_numbers(doc, blk) ..
            table_sources(doc, blk) .. '</div>\n')
      else
        add('<p class="meta chart-empty">' .. esc(L.no_chart) .. '</p>\n')
      end
    elseif k == "activity_list" then
      add('<section class="activity-list">\n<h3>' .. esc(blk.caption or L.activities) .. '</h3>\n')
      activity_items(add, doc, blk.items)
      add('</section>\n')
    elseif k == "analyses" then
      add('<section class="analyses">\n<h3>' .. esc(blk.caption or (L.analyses .. ' ' .. blk.period)) .. '</h3>\n')
      if #blk.items == 0 then add('<p class="meta">' .. esc(L.no_analysis) .. '</p>\n') end
      for _, a in ipairs(blk.items) do
        add('<article class="analysis" id="analysis-' .. esc(a.indicator) .. '-' .. esc(a.period) .. '">\n<h4>' ..
            esc(a.title) .. ' <span class="meta">(' .. esc(a.period) .. ')</span></h4>\n' .. markdown_html(a.text))
        if a.by then add('<p class="meta">' .. esc(L.analysis_by) .. ' ' .. esc(a.by) .. '</p>\n') end
        add('</article>\n')
      end
      add('</section>\n')
    elseif k == "footnotes" then
      -- The last block's footnotes close the document; elsewhere they sit in the flow.
      if i == #doc.blocks then add('</main>\n<footer>\n'); in_footer = true
      else add('<section class="notes">\n') end
      footnotes(add, doc)
      if not in_footer then add('</section>\n') end
    end
  end
  if not in_footer then add('</main>\n<footer>\n') end
  add('</footer>\n</body>\n</html>\n')
  return table.concat(out)
end

return M
