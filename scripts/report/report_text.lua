-- The words of a report document: what every renderer (HTML, Markdown, CSV, XLSX, JSON) needs to
-- turn the document's plain data into text in the reader's language: where numbers come from
-- (from the provenance records of scripts/report/provenance.lua), a row's notes and the wheel's
-- next deliveries. Numbers themselves are formatted by styr.format. Renderers take the document
-- and this module; none of them needs the builder.
local util = require "styr.util"

local M = {}

-- Where a source's numbers were read, as one string: the URL of a fetched source, or
-- config:FILE (typed in) / formula:FILE (computed), the file relative to the configuration
-- folder. Technical (styr explain and the JSON's `source` field); a reader sees source_name.
function M.location(e)
  if e.origin == "fetch" then return e.url end
  return e.origin .. ":" .. e.file
end

-- A list in words: "A", "A och B", "A, B och C".
function M.join(list, L)
  if #list <= 1 then return list[1] or "" end
  return table.concat(list, ", ", 1, #list - 1) .. " " .. L.and_word .. " " .. list[#list]
end

-- Who published a source's numbers, in the reader's words: the source's own publisher =, the
-- connector's publisher (Kolada (RKA), Statistiska centralbyrån (SCB), …), the owner's own register,
-- the body whose figures were typed in, or for computed values the body and what they are computed
-- from. Never a file name.
function M.publisher(e, L)
  if e.origin == "config" then return string.format(L.own_figures, M.owner(e)) end
  if e.origin == "formula" then
    return string.format(L.computed_from, M.owner(e), M.join(e.inputs or {}, L))
  end
  if e.publisher then return e.publisher end
  if e.publisher_key == "own_register" then return string.format(L.own_register, M.owner(e)) end
  local name = L.publishers[e.publisher_key or e.connector or ""]
  if name then return name end
  return (tostring(e.url or ""):match("^%a+://([^/:?#]+)")) or tostring(e.source_id or e.url or "")
end

-- The body (or municipality) a source's typed-in, computed or register figures belong to:
-- "Arbetsmarknadsnämnden, Linköpings kommun", or the municipality alone.
function M.owner(e)
  local owner, m = e.owner, e.municipality
  if owner and m and owner ~= m then return owner .. ", " .. m end
  return owner or m or ""
end

-- A source in words: who published it and its KPI or table with its id and title
-- ("Kolada (RKA): nyckeltal N31807 Invånare som …"), or whose figures they are
-- ("Arbetsmarknadsnämnden, Linköpings kommun, egna uppgifter").
function M.source_name(e, L)
  local name = M.publisher(e, L)
  if e.origin ~= "fetch" then return name end
  local what = {}
  if e.series then what[#what + 1] = (e.what and L[e.what] and (L[e.what] .. " ") or "") .. e.series end
  if e.series_title then what[#what + 1] = e.series_title end
  if #what == 0 then return name end
  return name .. ": " .. table.concat(what, " ")
end

-- The day a source's numbers were read: fetched, or stored from the configuration (the
-- vintage's day).
function M.read_day(e) return (e.fetched or e.vintage):sub(1, 10) end

-- When the numbers were read, with the words for how: "hämtad 2025-04-01" (fetched),
-- "registrerad 2019-10-01" (typed in), "beräknad 2019-10-01" (computed); days is one day or a
-- list of them. A stored version later than the fetch (a revision) is named too.
function M.when(e, L, days)
  local fmt = e.origin == "fetch" and L.read_on or e.origin == "formula" and L.computed_on or L.registered_on
  return string.format(fmt, type(days) == "table" and table.concat(days, ", ") or days or M.read_day(e))
end

-- A source and when it was read, for the list of sources.
function M.source_text(e, L)
  local text = M.source_name(e, L) .. ", " .. M.when(e, L)
  if e.fetched and e.vintage and e.vintage:sub(1, 10) ~= e.fetched:sub(1, 10) then
    text = text .. " (" .. string.format(L.version, e.vintage:sub(1, 10)) .. ")"
  end
  return text
end

-- The public page a reader can follow for a source (its KPI's or table's page), or nil.
function M.link(e) return e.page end

-- A table's or chart's sources in one line: each source once, with the days its numbers were
-- read ("Kolada (RKA): nyckeltal N31807 …, hämtad 2025-04-01; Arbetsmarknadsnämnden, Linköpings
-- kommun, egna uppgifter, registrerad 2019-10-01, 2020-01-15"). Returns the line and the list of
-- { name =, page = } it names, in order (the HTML links each name to its page).
function M.sources_line(list, L)
  local order, days, first = {}, {}, {}
  for _, e in ipairs(list) do
    local name = M.source_name(e, L)
    if not days[name] then days[name] = {}; order[#order + 1] = name; first[name] = e end
    local d = M.read_day(e)
    if not util.set(days[name])[d] then table.insert(days[name], d) end
  end
  local parts, named = {}, {}
  for _, name in ipairs(order) do
    table.sort(days[name])
    parts[#parts + 1] = name .. ", " .. M.when(first[name], L, days[name])
    named[#named + 1] = { name = name, page = M.link(first[name]), when = M.when(first[name], L, days[name]) }
  end
  return table.concat(parts, "; "), named
end

-- A row's notes as one text for a table cell (CSV, XLSX): why values are missing, the missing
-- base value, value footnotes, the indicator's footnote and, with --as-of, today's values of what
-- was revised; and the list of revised years.
function M.row_notes(doc, row)
  local L = doc.labels
  local notes, revised = {}, {}
  for _, y in ipairs(doc.value_years) do
    -- a missing value with a sentence of its own (a footnote) is said by that sentence
    if row.missing[y] and not row.notes[y] then notes[#notes + 1] = y .. ": " .. row.missing[y] end
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
