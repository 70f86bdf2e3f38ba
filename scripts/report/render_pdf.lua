-- The report as PDF for the municipality's diary: the HTML report (styr.render_html, whose print
-- styles give A4 pages, the title, date and page number in every page's footer, table headers
-- repeated over page breaks and charts kept whole) printed by Debian's headless Chromium through
-- the C core (styr.output.pdf: a private temporary folder, a deadline). The text stays selectable.
-- Chromium stamps the PDF with the time it printed it, so two renderings of the same data differ
-- in those bytes but not in their text (docs/configuration.md, "PDF").
local render_html = require "styr.render_html"

local M = {}

M.TIMEOUT = 120 -- seconds Chromium may take for one report

function M.render(doc)
  local pdf, err = require("styr.output").pdf(render_html.render(doc), M.TIMEOUT)
  if not pdf then return nil, err end
  return pdf
end

return M
