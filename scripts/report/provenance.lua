-- Where a report's numbers come from, as records: the store keeps each value's source as the
-- text it was stored with (the URL of a fetch, config:FILE:LINE for a value typed in,
-- formula:FILE:LINE for a computed one); this module reads that text once, when the report is
-- built, into a record the renderers turn into words (scripts/report/report_text.lua):
--
--   { origin = "fetch" | "config" | "formula",
--     url = "https://…" (fetch),
--     file = "indicators.lua" (config, formula: relative to the configuration folder),
--     lines = { 12, 30 } (config, formula: the lines of the values read from the file),
--     source_id = "kolada", connector = "kolada", ref = "Kolada N31807" (fetch: the source
--       declaration that feeds the indicator, its kind, and its own id of the series),
--     publisher_key = "kolada" (fetch: the connector's publisher, a key of labels publishers, or
--       "own_register"), publisher = "…" (the source's own publisher =, when it gives one),
--     series = "N31807", series_title = "…", what = "kpi" | "table" (fetch: the KPI or table as
--       its publisher names it), page = "https://…" (its public page),
--     owner = "Arbetsmarknadsnämnden" (config, formula, a register: whose figures they are: the
--       indicator's or source's owner, else the body of its first goal, else the municipality),
--     municipality = "Linköpings kommun",
--     inputs = { "Title", … } (formula: the titles of the indicators it is computed from),
--     vintage = "2019-10-01T00:00:00Z", fetched = "…" (when the numbers were read; typed-in
--       values have no fetch time) }
--
-- The file and URL are the technical location (styr explain, the JSON format); what a reader sees
-- is the publisher, the KPI or table and the link.
local sources = require "styr.sources"

local M = {}

-- The file a stored config:/formula: path names, relative to today's configuration folder: the
-- stored path is FOLDER/FILE with the folder as --config named it when the value was stored, so
-- the file is the longest of today's configuration files it ends with (the same report whatever
-- path --config was given); the stored path when none matches.
local function config_file(b, path)
  local folder = b.entry and b.entry:match("^(.*)/[^/]+$")
  local best
  for file in pairs(b.file_texts or {}) do
    local rel = folder and file:sub(1, #folder + 1) == folder .. "/" and file:sub(#folder + 2)
    if rel and (path == rel or path:sub(-(#rel + 1)) == "/" .. rel) and (not best or #rel > #best) then best = rel end
  end
  return best or path
end

-- The name of a body, given by id; nil for none.
local function body_name(b, id)
  local body = id and b.bodies and b.bodies[id]
  return body and body.name or nil
end

-- Whose figures an indicator's typed-in or computed values are: its owner, else the body of the
-- first goal that lists it, else the municipality.
function M.owner(b, ind_id)
  local ind = b.indicators and b.indicators[ind_id]
  local name = ind and body_name(b, ind.owner)
  if name then return name end
  for _, gid in ipairs(b.goal_order or {}) do
    local g = b.goals[gid]
    for _, i in ipairs(g.indicators or {}) do
      if i == ind_id then
        name = body_name(b, g.body)
        if name then return name end
      end
    end
  end
  return b.municipality and b.municipality.name or ""
end

-- The public page of a series by its connector's pattern (M.PUBLIC.page: a text with {id}, or a
-- function(src, id)); the source's own page = wins.
local function public_page(plugin, decl, id)
  if type(decl.page) == "string" then return decl.page end
  local page = plugin.PUBLIC and plugin.PUBLIC.page
  if type(page) == "function" then return page(decl, id) end
  if type(page) ~= "string" then return nil end
  if not page:find("{id}", 1, true) then return page end
  if not id then return nil end
  return (page:gsub("{id}", (tostring(id):gsub("[^%w%-%._~]", function(ch) return string.format("%%%02X", ch:byte()) end))))
end

-- The titles of the indicators a formula indicator reads, in the order of its input names.
local function input_titles(b, ind)
  local list, seen = {}, {}
  local names = {}
  for name in pairs(type(ind.inputs) == "table" and ind.inputs or {}) do names[#names + 1] = tostring(name) end
  table.sort(names)
  for _, name in ipairs(names) do
    local id = ind.inputs[name]
    local input = b.indicators[id]
    local title = input and input.title or id
    if not seen[title] then seen[title] = true; list[#list + 1] = title end
  end
  return list
end

-- The origin of indicator ind_id's stored source text `raw`: { origin =, file =, line =, owner = }
-- for values typed in or computed, else { origin = "fetch", url =, source_id =, connector =, ref =,
-- publisher_key =, series =, page =, … } with the first source declaration that maps the indicator
-- (none: only the URL).
function M.describe(b, ind_id, raw)
  local municipality = b.municipality and b.municipality.name or nil
  local kind, rest = raw:match("^(%a+):(.*)$")
  if kind == "config" or kind == "formula" then
    local path, line = rest:match("^(.-):(%d+)$")
    local d = { origin = kind, file = config_file(b, path or rest), line = tonumber(line), owner = M.owner(b, ind_id),
                municipality = municipality }
    if kind == "formula" and b.indicators[ind_id] then d.inputs = input_titles(b, b.indicators[ind_id]) end
    return d
  end
  for _, sid in ipairs(b.source_order) do
    local decl = b.sources[sid]
    local plugin = sources.plugin(decl.kind)
    local ref = plugin and plugin.series_ref and plugin.series_ref(decl, ind_id)
    if ref then
      local d = { origin = "fetch", url = raw, source_id = sid, connector = decl.kind, ref = ref,
                  municipality = municipality, publisher = decl.publisher }
      local public = plugin.PUBLIC or {}
      d.publisher_key, d.what = public.publisher, public.what
      local series = plugin.series and plugin.series(decl, ind_id)
      if series then d.series, d.series_title = series.id, decl.title or series.title end
      d.page = public_page(plugin, decl, d.series)
      if d.publisher_key == "own_register" then d.owner = body_name(b, decl.owner) or municipality end
      return d
    end
  end
  return { origin = "fetch", url = raw, municipality = municipality }
end

-- A report's register of sources: register:add(ind_id, stored_row, row) records where a stored
-- row came from, in register.list (the report's sources, each once per file or URL, vintage and
-- series, in order of first use) and in row.sources (the row's, each once). Stored source texts
-- are read once per indicator: every stored row of a series asks the same. Returns the record.
function M.register(b)
  local reg = { list = {} }
  local described, by_key = {}, {}
  function reg.add(_, ind_id, stored_row, row)
    if not (stored_row and stored_row.source) then return end
    local dkey = ind_id .. "\0" .. stored_row.source
    local d = described[dkey]
    if not d then d = M.describe(b, ind_id, stored_row.source); described[dkey] = d end
    -- One request may serve several series (Kolada: many KPIs in one URL): each is named. Values
    -- typed in are told apart by whose they are, computed ones by what they are computed from.
    local key = table.concat({ d.origin, d.url or d.file, stored_row.vintage, d.ref or "", d.owner or "",
                               table.concat(d.inputs or {}, "\1") }, "\0")
    local e = by_key[key]
    if not e then
      e = { origin = d.origin, url = d.url, file = d.file, lines = d.file and {} or nil, source_id = d.source_id,
            connector = d.connector, ref = d.ref, vintage = stored_row.vintage, fetched = stored_row.fetched_at,
            publisher_key = d.publisher_key, publisher = d.publisher, series = d.series, series_title = d.series_title,
            what = d.what, page = d.page, owner = d.owner, municipality = d.municipality, inputs = d.inputs }
      by_key[key] = e
      reg.list[#reg.list + 1] = e
    end
    if d.line then
      local known = false
      for _, l in ipairs(e.lines) do known = known or l == d.line end
      if not known then
        e.lines[#e.lines + 1] = d.line
        table.sort(e.lines)
      end
    end
    if not row.source_keys[key] then
      row.source_keys[key] = true
      row.sources[#row.sources + 1] = e
    end
    return e
  end
  return reg
end

return M
