-- Every report format, and the files one rendering of a document produces: render(doc, name,
-- formats) gives a list of { name =, data = } for styr.output.write_all, or nil and a message. A
-- renderer's render(doc, name) returns its text (or bytes), or nil and a message; a third value
-- lists further files of the same rendering (Markdown's SVG charts). Renderers take a built
-- document only; building it is scripts/report/pipeline.lua's.
local M = {}

M.RENDERERS = {
  html = { ext = "html", module = "styr.render_html" },
  csv = { ext = "csv", module = "styr.render_csv" },
  xlsx = { ext = "xlsx", module = "styr.render_xlsx" },
  json = { ext = "json", module = "styr.render_json" },
  md = { ext = "md", module = "styr.render_md" },
  pdf = { ext = "pdf", module = "styr.render_pdf" },
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

return M
