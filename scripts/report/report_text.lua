-- The words of a report document: what every renderer (HTML, Markdown, CSV, XLSX, JSON) needs to
-- turn the document's plain data into text in the reader's language: where numbers come from
-- (from the provenance records of scripts/report/provenance.lua), a row's notes and the wheel's
-- next deliveries. Numbers themselves are formatted by styr.format. Renderers take the document
-- and this module; none of them needs the builder.
local util = require "styr.util"

local M = {}

-- Where a source's numbers were read, as one string: the URL of a fetched source, or
-- config:FILE (typed in) / formula:FILE (computed), the file relative to the configuration
-- folder. The JSON's `source` field and the URL shown beside a source in the list of sources.
function M.location(e)
  if e.origin == "fetch" then return e.url end
  return e.origin .. ":" .. e.file
end

-- A source in words: the file typed in or computed in ("indicators.lua (inmatat i
-- konfigurationen)"), or the series id and the source declaration ("Kolada N31807 (kolada)").
function M.source_name(e, L)
  if e.origin == "config" then return e.file .. " (" .. L.source_config .. ")" end
  if e.origin == "formula" then return e.file .. " (" .. L.source_formula .. ")" end
  return e.ref and (e.ref .. " (" .. e.source_id .. ")") or e.source_id or e.url
end

-- The day a source's numbers were read: fetched, or stored from the configuration (the
-- vintage's day).
function M.read_day(e) return (e.fetched or e.vintage):sub(1, 10) end

-- A source and when it was read, for the list of sources.
function M.source_text(e, L)
  return M.source_name(e, L) .. ", " .. L.fetched .. " " .. M.read_day(e)
end

-- A table's or chart's sources in one line: each source once, with the days its numbers were
-- read ("indicators.lua (inmatat i konfigurationen), inläst 2019-10-01, 2020-01-15").
function M.sources_line(list, L)
  local order, days = {}, {}
  for _, e in ipairs(list) do
    local name = M.source_name(e, L)
    if not days[name] then days[name] = {}; order[#order + 1] = name end
    local d = M.read_day(e)
    if not util.set(days[name])[d] then table.insert(days[name], d) end
  end
  local parts = {}
  for _, name in ipairs(order) do
    table.sort(days[name])
    parts[#parts + 1] = name .. ", " .. L.fetched .. " " .. table.concat(days[name], ", ")
  end
  return table.concat(parts, "; ")
end

-- A row's notes as one text for a table cell (CSV, XLSX): why values are missing, the missing
-- base value, value footnotes, the indicator's footnote and, with --as-of, today's values of what
-- was revised; and the list of revised years.
function M.row_notes(doc, row)
  local L = doc.labels
  local notes, revised = {}, {}
  for _, y in ipairs(doc.value_years) do
    if row.missing[y] then notes[#notes + 1] = y .. ": " .. row.missing[y] end
  end
  if row.base_missing then notes[#notes + 1] = L.base .. ": " .. row.base_missing end
  for _, y in ipairs(doc.value_years) do
    if row.notes[y] then notes[#notes + 1] = y .. ": " .. doc.footnotes[row.notes[y]] end
  end
  if row.footnote then notes[#notes + 1] = doc.footnotes[row.footnote] end
  for _, y in ipairs(doc.value_years) do
    if row.revised and row.revised[y] then
      notes[#notes + 1] = y .. ": " .. doc.footnotes[row.revised[y]]
      revised[#revised + 1] = tostring(y)
    end
  end
  return table.concat(notes, "; "), revised
end

-- The wheel's next deliveries of a table's or chart's indicators, in words.
function M.deliveries_text(list, L)
  local parts = {}
  for _, d in ipairs(list) do parts[#parts + 1] = d.date .. " (" .. d.event .. ")" end
  return L.next_update:sub(1, 1):upper() .. L.next_update:sub(2) .. ": " .. table.concat(parts, "; ")
end

return M
