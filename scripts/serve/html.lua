-- The web workspace's HTML: a template helper that escapes every value unless it is marked as
-- safe HTML (html.safe), and the page frame (skip link, header with navigation, main, footer).
-- Escaping is the report renderer's (render_html.escape): one escaper for every page and report.
local escape = require("styr.render_html").escape

local M = {}

local SAFE = {} -- metatable marking HTML built here (already escaped)

function M.safe(s) return setmetatable({ html = s }, SAFE) end
function M.is_safe(v) return getmetatable(v) == SAFE end

-- A value as HTML: safe values as they are, lists joined, anything else escaped.
local function as_html(v)
  if v == nil then return "" end
  if getmetatable(v) == SAFE then return v.html end
  if type(v) == "table" then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = as_html(x) end
    return table.concat(parts)
  end
  return escape(tostring(v))
end
M.as_html = as_html

-- Fills "{name}" placeholders of a template with vars, escaped unless safe; returns safe HTML.
function M.fill(template, vars)
  return M.safe((template:gsub("{([%w_]+)}", function(k)
    local v = vars[k]
    if v == nil then error("html.fill: no value for {" .. k .. "}", 2) end
    return as_html(v)
  end)))
end

M.escape = escape

local CSS = [[
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Liberation Sans", Arial, sans-serif; color: #1f2328; margin: 0; line-height: 1.45; }
a { color: #0b57d0; } a:focus, button:focus, input:focus, textarea:focus, select:focus { outline: 3px solid #9a6700; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header.site { background: #1f2328; color: #fff; padding: .6rem 1rem; }
header.site a { color: #fff; } header.site p { margin: .2rem 0; font-size: .9rem; }
nav ul { list-style: none; margin: .4rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
footer.site { max-width: 70rem; margin: 2rem auto; padding: 0 1rem; color: #4d5156; font-size: .85rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #c9cdd1; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #eef0f2; }
.table-wrap { overflow-x: auto; }
label { display: block; font-weight: 600; margin: .6rem 0 .2rem; }
main, header.site, footer.site { overflow-wrap: anywhere; }
textarea, input[type=text], input[type=number], select { width: 100%; max-width: min(45rem, 100%); font: inherit; padding: .35rem; border: 1px solid #5f6368; }
textarea { min-height: 8rem; }
button { font: inherit; padding: .4rem .9rem; margin: .5rem .5rem 0 0; border: 1px solid #1f2328; background: #fff; color: #1f2328; cursor: pointer; }
button.primary { background: #0b57d0; color: #fff; border-color: #0b57d0; }
.item { border-top: 1px solid #c9cdd1; padding: .5rem 0 1rem; }
.note, .meta { color: #4d5156; font-size: .9rem; }
.message { border-left: 4px solid #1a7f37; padding: .4rem .8rem; background: #f0f7f1; }
.problem { border-left: 4px solid #c62828; padding: .4rem .8rem; background: #fdf0f0; }
.preview { border: 1px dashed #5f6368; padding: .5rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: .6rem; }
.org-chart svg { max-width: 100%; height: auto; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.sub th { font-weight: normal; padding-left: 1.4rem; }
.status { white-space: nowrap; font-weight: 600; } .status .sym { display: inline-block; width: 1.1em; }
.s-met { color: #1a7f37; } .s-on_the_way { color: #9a6700; } .s-not_met { color: #c62828; }
.s-no_data, .s-no_target, .s-not_assessed { color: #5f6368; font-weight: normal; }
.missing { color: #5f6368; font-style: italic; }
.overdue { color: #c62828; }
@media (max-width: 40rem) { main { padding: .6rem; } th, td { padding: .25rem; } }
]]
M.CSS = CSS

-- Markdown an officer wrote, as the report's Markdown renderer takes it: raw HTML (<script>,
-- <img onerror>) is made text by escaping '<', '>' and '&', so it shows as typed instead of being
-- dropped.
function M.markdown_text(s)
  return (s:gsub("[<>&]", "\\%0"))
end

-- The page frame. ctx: { W = labels.web, lang =, title = site title, user =, read_only =, nav = list
-- of { href, text } }. body: safe HTML. Returns the whole document.
function M.page(ctx, title, body)
  local W = ctx.W
  local nav = {}
  for _, item in ipairs(ctx.nav or {}) do
    nav[#nav + 1] = M.fill('<li><a href="{href}">{text}</a></li>', { href = item[1], text = item[2] })
  end
  local who = ctx.user and M.fill('<p>{label} {user}</p>', { label = W.signed_in, user = ctx.user })
    or (ctx.read_only and M.fill('<p>{t}</p>', { t = W.read_only }) or "")
  -- A table wider than a phone scrolls in its own region, which keyboards must reach.
  body = M.safe((as_html(body):gsub('<div class="table%-wrap">', function()
    return '<div class="table-wrap" tabindex="0" role="region" aria-label="' .. escape(title) .. '">'
  end)))
  return as_html(M.fill([[
<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · {site}</title>
<style>{css}</style>
</head>
<body>
<a class="skip" href="#main">{skip}</a>
<header class="site">
<p><a href="/">{site}</a></p>
{who}
<nav aria-label="{navlabel}"><ul>{nav}</ul></nav>
</header>
<main id="main">
<h1>{title}</h1>
{body}
</main>
<footer class="site"><p>styr</p></footer>
</body>
</html>
]], { lang = ctx.lang, title = title, site = ctx.title, css = M.safe(CSS), skip = W.skip, who = who,
      navlabel = W.nav, nav = nav, body = body }))
end

return M
