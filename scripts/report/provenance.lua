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
--     vintage = "2019-10-01T00:00:00Z", fetched = "…" (when the numbers were read; typed-in
--       values have no fetch time) }
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

-- The origin of indicator ind_id's stored source text `raw`: { origin =, file =, line = } for
-- values typed in or computed, else { origin = "fetch", url =, source_id =, connector =, ref = }
-- with the first source declaration that maps the indicator (none: only the URL).
function M.describe(b, ind_id, raw)
  local kind, rest = raw:match("^(%a+):(.*)$")
  if kind == "config" or kind == "formula" then
    local path, line = rest:match("^(.-):(%d+)$")
    return { origin = kind, file = config_file(b, path or rest), line = tonumber(line) }
  end
  for _, sid in ipairs(b.source_order) do
    local decl = b.sources[sid]
    local plugin = sources.plugin(decl.kind)
    local ref = plugin and plugin.series_ref and plugin.series_ref(decl, ind_id)
    if ref then return { origin = "fetch", url = raw, source_id = sid, connector = decl.kind, ref = ref } end
  end
  return { origin = "fetch", url = raw }
end

-- A report's register of sources: register:add(ind_id, stored_row, row) records where a stored
-- row came from, in register.list (the report's sources, each once per file or URL, vintage and
-- series, in order of first use) and in row.sources (the row's, each once). Stored source texts
-- are read once per indicator: every stored row of a series asks the same.
function M.register(b)
  local reg = { list = {} }
  local described, by_key = {}, {}
  function reg.add(_, ind_id, stored_row, row)
    if not (stored_row and stored_row.source) then return end
    local dkey = ind_id .. "\0" .. stored_row.source
    local d = described[dkey]
    if not d then d = M.describe(b, ind_id, stored_row.source); described[dkey] = d end
    -- One request may serve several series (Kolada: many KPIs in one URL): each is named.
    local key = table.concat({ d.origin, d.url or d.file, stored_row.vintage, d.ref or "" }, "\0")
    local e = by_key[key]
    if not e then
      e = { origin = d.origin, url = d.url, file = d.file, lines = d.file and {} or nil, source_id = d.source_id,
            connector = d.connector, ref = d.ref, vintage = stored_row.vintage, fetched = stored_row.fetched_at }
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
  end
  return reg
end

return M
