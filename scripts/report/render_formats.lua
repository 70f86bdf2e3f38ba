-- Every report format, and the files one rendering produces: render(doc, name, formats) gives a
-- list of { name =, data = } for styr.output.write_all, or nil and a message. A renderer's
-- render(doc, name) returns its text (or bytes), or nil and a message; a third value lists
-- further files of the same rendering (Markdown's SVG charts).
local M = {}

M.RENDERERS = {
  html = { ext = "html", module = "styr.render_html" },
  csv = { ext = "csv", module = "styr.render_csv" },
  xlsx = { ext = "xlsx", module = "styr.render_xlsx" },
  json = { ext = "json", module = "styr.render_json" },
  md = { ext = "md", module = "styr.render_md" },
}

function M.render(doc, name, formats)
  local files = {}
  for _, fmt in ipairs(formats) do
    local r = M.RENDERERS[fmt]
    if not r then return nil, "unknown report format '" .. tostring(fmt) .. "'" end
    local data, err, extra = require(r.module).render(doc, name)
    if not data then return nil, fmt .. ": " .. tostring(err) end
    files[#files + 1] = { name = name .. "." .. r.ext, data = data }
    for _, f in ipairs(extra or {}) do files[#files + 1] = f end
  end
  return files
end

-- Builds and renders a report: once per audience when it names audiences (files ID-BODY.EXT,
-- {audience} filled with the body's name), else once (ID.EXT). opts are report.build's, and
-- opts.audiences may narrow the audiences (a wheel event's `to`). Returns the files of every
-- rendering, or nil and a message.
function M.render_report(b, db, id, opts)
  local r = b.reports[id]
  local audiences = { false }
  if type(r.audiences) == "table" and #r.audiences > 0 then
    local wanted = opts.audiences and #opts.audiences > 0 and {} or nil
    for _, a in ipairs(opts.audiences or {}) do wanted[a] = true end
    audiences = {}
    for _, a in ipairs(r.audiences) do
      if not wanted or wanted[a] then audiences[#audiences + 1] = a end
    end
    if #audiences == 0 then audiences = r.audiences end -- none of them named: every audience
  end
  -- Charts are drawn only for the formats that show them (HTML, Markdown) or name them (JSON).
  local charts = false
  for _, f in ipairs(r.formats) do charts = charts or f == "html" or f == "md" or f == "json" end
  local files = {}
  for _, a in ipairs(audiences) do
    local o = {}
    for k, v in pairs(opts) do o[k] = v end
    o.audience = a or nil
    o.charts = charts
    local doc, err = require("styr.report").build(b, db, id, o)
    if not doc then return nil, err end
    local list, rerr = M.render(doc, a and (id .. "-" .. a) or id, r.formats)
    if not list then return nil, rerr end
    for _, f in ipairs(list) do files[#files + 1] = f end
  end
  return files
end

return M
