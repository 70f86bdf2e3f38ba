-- The report pipeline, model → document → files, in one place: the builder (scripts/report/
-- report.lua) makes the document from the model and the store, and the renderers
-- (render_formats.lua and one render_*.lua per format) turn it into files. styr report, report
-- jobs and every other caller that wants a report's files come through here.
local report = require "styr.report"
local render_formats = require "styr.render_formats"

local M = {}

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
  -- Charts are drawn only for the formats that show them (HTML, PDF, Markdown) or name them (JSON).
  local charts = false
  for _, f in ipairs(r.formats) do charts = charts or f == "html" or f == "pdf" or f == "md" or f == "json" end
  local files = {}
  for _, a in ipairs(audiences) do
    local o = {}
    for k, v in pairs(opts) do o[k] = v end
    o.audience = a or nil
    o.charts = charts
    local doc, err = report.build(b, db, id, o)
    if not doc then return nil, err end
    local list, rerr = render_formats.render(doc, a and (id .. "-" .. a) or id, r.formats)
    if not list then return nil, rerr end
    for _, f in ipairs(list) do files[#files + 1] = f end
  end
  return files
end

return M
