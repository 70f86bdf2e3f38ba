-- The web workspace's pages. Each is page(ctx, req, …path captures) -> status, headers, body and
-- runs after app.lua's guards. The figures come from the same views and renderers the reports
-- use (report.build through render_formats, explain, views, orgchart); the words from the
-- language catalogue (labels.lua, .web).
local html = require "styr.html"
local access = require "styr.access"
local workflow = require "styr.workflow"
local views = require "styr.views"
local util = require "styr.util"
local clock = require "styr.clock"

local M = {}
local fill, safe = html.fill, html.safe

local function respond(status, doc, extra)
  return require("styr.app").html_response(status, doc, extra)
end

local function page(ctx, title, body, status)
  return respond(status or 200, html.page(ctx, title, body))
end

local function not_found(ctx) return page(ctx, "404", fill('<p class="problem">{t}</p>', { t = ctx.W.not_found }), 404) end

-- URL path segments are escaped by html.fill as attribute text; ids are restricted by the
-- configuration checks, and dates are digits.
local function link(href, text) return fill('<a href="{h}">{t}</a>', { h = href, t = text }) end

local function markdown(text)
  local md = require("styr.markdown")
  local ok, out = pcall(md.to_html, html.markdown_text(text))
  if ok and type(out) == "string" then return safe(out) end
  return fill("<pre>{t}</pre>", { t = text })
end

-- Today in the wheel's time zone ("YYYY-MM-DD", the day deadlines and reports are dated by) and
-- the time now (UTC, for what is stored).
local function today(ctx)
  local now, epoch = clock.now()
  if not now then now, epoch = os.date("!%Y-%m-%dT%H:%M:%SZ"), os.time() end
  return require("styr.deadlines").today(ctx.b, epoch), now
end

local function csrf(ctx)
  return fill('<input type="hidden" name="csrf" value="{t}">', { t = require("styr.guard").token(ctx.user) })
end

local function state_word(ctx, state) return ctx.W.states[state or "draft"] or state end

-- Home: what the user's bodies must still submit and by when (overdue parts said so in words),
-- and what waits for their approval.
function M.home(ctx)
  local b, W = ctx.b, ctx.W
  if ctx.read_only then return M.reports(ctx) end
  local rows = {}
  local day = today(ctx)
  local mine = ctx.roles.report_for
  local list = next(mine) and workflow.deadlines(b, mine) or {}
  for _, d in ipairs(require("styr.deadlines").mark(list, ctx.db:signoffs() or {}, day)) do
    if d.open then
      rows[#rows + 1] = fill('<tr><td>{date}</td><td>{rep}</td><td>{body}</td><td>{st}</td><td>{open}</td></tr>', {
        date = d.date, rep = b.reports[d.report].title,
        body = b.bodies[d.body] and b.bodies[d.body].name or d.body,
        st = d.overdue and fill('{s}, <strong class="overdue">{o}</strong>', { s = state_word(ctx, d.state), o = W.overdue })
          or state_word(ctx, d.state),
        open = link("/entry/" .. d.report .. "/" .. d.period .. "/" .. d.body, W.open_form) })
    end
  end
  local waiting = {}
  for rid in pairs(ctx.roles.approve) do
    for _, p in ipairs(workflow.periods(b, rid)) do
      for body, so in pairs(workflow.signoffs(ctx.db, rid, p.id) or {}) do
        if so.state == "submitted" then
          waiting[#waiting + 1] = fill("<li>{l}</li>", { l = link("/period/" .. rid .. "/" .. p.id,
            b.reports[rid].title .. " · " .. p.date .. " · " .. (b.bodies[body] and b.bodies[body].name or body)) })
        end
      end
    end
  end
  table.sort(waiting, function(x, y) return x.html < y.html end)
  local body = fill([[
<h2>{due_title}</h2>
{table}
{wait}
]], {
    due_title = W.due_title,
    table = #rows == 0 and fill("<p>{t}</p>", { t = W.nothing_due }) or fill([[
<div class="table-wrap"><table><caption class="note">{cap}</caption>
<thead><tr><th scope="col">{due}</th><th scope="col">{rep}</th><th scope="col">{part}</th><th scope="col">{st}</th><th scope="col">{action}</th></tr></thead>
<tbody>{rows}</tbody></table></div>]], { cap = W.due_title, due = W.due_date, rep = W.report, part = W.part, st = W.state,
                                         action = W.action, rows = rows }),
    wait = #waiting == 0 and "" or fill("<h2>{t}</h2><ul>{l}</ul>", { t = W.signoff, l = waiting }),
  })
  return page(ctx, W.home, body)
end

-- The organisation: the chart (Graphviz, as styr export org) and the tree in words.
function M.org(ctx)
  local b, W = ctx.b, ctx.W
  local key = ctx.cache and ctx.cache.key("org-chart")
  local svg = key and ctx.cache:get(key)
  if not svg then
    svg = require("styr.graph").render(require("styr.orgchart").dot(b), "svg")
    if svg and key then ctx.cache:keep(key, #svg, true, svg) end
  end
  local chart = ""
  if svg then
    svg = svg:gsub("^.-<svg", "<svg", 1)
    chart = fill('<figure class="org-chart" role="img" aria-label="{t}">{svg}</figure>', { t = W.org, svg = safe(svg) })
  end
  local items = {}
  for _, id in ipairs(b.body_order) do
    local body = b.bodies[id]
    items[#items + 1] = fill("<li>{name}{to} · {l}</li>", {
      name = body.name or id, to = body.reports_to and (" → " .. (b.bodies[body.reports_to] and b.bodies[body.reports_to].name or body.reports_to)) or "",
      l = link("/body/" .. id, W.bodies) })
  end
  return page(ctx, W.org, fill("{chart}<ul>{items}</ul>", { chart = chart, items = items }))
end

-- The goal tree: perspectives, goals, their indicators (each with its lineage) and activities.
function M.goals(ctx)
  local b, W = ctx.b, ctx.W
  local out = {}
  local by_p, order = {}, {}
  for _, gid in ipairs(b.goal_order) do
    local g = b.goals[gid]
    local p = g.perspective or ""
    if not by_p[p] then by_p[p] = {}; order[#order + 1] = p end
    table.insert(by_p[p], g)
  end
  for _, p in ipairs(order) do
    local goals = {}
    for _, g in ipairs(by_p[p]) do
      local inds = {}
      for _, i in ipairs(g.indicators or {}) do
        inds[#inds + 1] = fill("<li>{l}</li>", { l = link("/explain/" .. i, b.indicators[i] and b.indicators[i].title or i) })
      end
      goals[#goals + 1] = fill("<li><strong>{id}</strong> {title}{body}<ul>{inds}</ul></li>", {
        id = g.id, title = g.title, inds = inds,
        body = g.body and fill(" · {l}", { l = link("/body/" .. g.body, b.bodies[g.body] and b.bodies[g.body].name or g.body) }) or "" })
    end
    out[#out + 1] = fill("<h2>{p}</h2><ul>{g}</ul>", { p = p ~= "" and p or W.goals, g = goals })
  end
  return page(ctx, W.goals, safe(html.as_html(out)))
end

-- A body's indicators with status and charts: the report view of the body's goals, rendered by
-- the report's HTML renderer (the same document a report shows).
function M.body(ctx, _, id)
  local b = ctx.b
  if not b.bodies[id] then return not_found(ctx) end
  local goals = {}
  for _, gid in ipairs(b.goal_order) do if b.goals[gid].body == id then goals[#goals + 1] = gid end end
  local year = tonumber(today(ctx):sub(1, 4))
  local first = b.report_order[1]
  if first then year = b.reports[first].year or year end
  local rid = "\0body-" .. id
  local day = today(ctx)
  local nav = M.nav_html(ctx)
  -- Built once per configuration, state of the store, day and navigation (cache.lua).
  local key = ctx.cache and ctx.cache.key("body", id, day, nav)
  local cached = key and ctx.cache:get(key)
  if cached then return respond(200, cached) end
  local spec = { id = rid, title = b.bodies[id].name, year = year, goals = goals, formats = { "html" },
                 layout = { { block = "goal_table" }, { block = "footnotes" } } }
  local model = setmetatable({ reports = setmetatable({ [rid] = spec }, { __index = b.reports }) }, { __index = b })
  local doc, err = require("styr.report").build(model, ctx.db, rid, { generated = day, today = day })
  if not doc then error(err, 0) end
  doc.nav = nav
  local out = require("styr.render_html").render(doc)
  if key then ctx.cache:keep(key, #out, false, out) end
  return respond(200, out)
end

-- The navigation as report pages carry it (render_html puts doc.nav first in the body).
function M.nav_html(ctx)
  local items = {}
  for _, item in ipairs(ctx.nav) do items[#items + 1] = fill('<li><a href="{h}">{t}</a></li>', { h = item[1], t = item[2] }) end
  return html.as_html(fill('<nav aria-label="{l}"><ul class="site-nav">{i}</ul></nav>', { l = ctx.W.nav, i = items }))
end

-- A number's lineage: what styr explain says, as text.
function M.explain(ctx, req, id)
  local b = ctx.b
  if not b.indicators[id] then return not_found(ctx) end
  local explain = require "styr.explain"
  local area, gender = b.municipality.code, "T"
  -- The period asked for must be one the store holds (a made-up one would cost a lineage's
  -- computation and a place in the cache for nothing); by default the newest with a value.
  local stored, newest = {}, nil
  for _, r in ipairs(ctx.db:latest(id) or {}) do
    if r.area == area and r.gender == gender then
      stored[r.period] = true
      if r.status ~= "missing" and (not newest or r.period > newest) then newest = r.period end
    end
  end
  local p = req.query.period
  if p ~= nil and not stored[p] then return not_found(ctx) end
  p = p or newest
  local text = ctx.L.missing
  local key = p and ctx.cache and ctx.cache.key("explain", id, p)
  local hit = key and ctx.cache:get(key)
  if hit then
    text = hit
  elseif p then
    local data = require("styr.compute").data(b, ctx.db)
    local node = explain.node(b, ctx.db, data, id, { area = area, gender = gender, period = p })
    text = table.concat(explain.lines(node), "\n")
    if key then ctx.cache:keep(key, #text, false, text) end
  end
  return page(ctx, ctx.W.lineage .. ": " .. b.indicators[id].title, fill("<pre>{t}</pre>", { t = text }))
end

-- The annual wheel of this year, with what is due next.
function M.wheel(ctx)
  local y = tonumber(today(ctx):sub(1, 4))
  local lines = views.wheel(ctx.b, y)
  return page(ctx, ctx.W.wheel, fill("<pre>{t}</pre>", { t = table.concat(lines, "\n") }))
end

-- Every report, per reporting period and audience, with the state of its sign-off and its
-- formats. Read-only mode lists approved versions only.
function M.reports(ctx)
  local b, W = ctx.b, ctx.W
  local out = {}
  for _, rid in ipairs(b.report_order) do
    local r = b.reports[rid]
    local rows = {}
    for _, p in ipairs(workflow.periods(b, rid)) do
      local approved = workflow.approved_at(b, ctx.db, rid, p.id)
      if approved or not ctx.read_only then
        local links = {}
        local audiences = type(r.audiences) == "table" and #r.audiences > 0 and r.audiences or { false }
        for _, a in ipairs(audiences) do
          for _, f in ipairs(r.formats) do
            local q = "?format=" .. f .. (a and ("&audience=" .. a) or "") .. (approved and "&version=approved" or "")
            links[#links + 1] = fill("{l} ", { l = link("/report/" .. rid .. "/" .. p.id .. q, (a and (a .. " ") or "") .. f) })
          end
        end
        rows[#rows + 1] = fill("<tr><td>{date}</td><td>{ev}</td><td>{st}</td><td>{links}</td></tr>", {
          date = p.date, ev = p.event.title, links = links,
          st = ctx.read_only and W.approved_version or link("/period/" .. rid .. "/" .. p.id,
            approved and W.states.approved or W.signoff) })
      end
    end
    out[#out + 1] = fill([[<h2>{title}</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">{period}</th><th scope="col">{ev}</th><th scope="col">{st}</th><th scope="col">{fmt}</th></tr></thead>
<tbody>{rows}</tbody></table></div>]], { title = r.title, period = W.period, ev = W.wheel, st = W.state, fmt = W.formats,
                                         rows = rows })
  end
  return page(ctx, W.reports, safe(html.as_html(out)))
end

local CONTENT_TYPES = {
  html = "text/html; charset=utf-8", csv = "text/csv; charset=utf-8", json = "application/json",
  md = "text/markdown; charset=utf-8",
  xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

-- A report of a period: now (with the entries so far) or, with version=approved, as approved
-- (re-rendered from the store as it was at the approval: the same bytes whatever changed since).
function M.report(ctx, req, rid, pid)
  local b = ctx.b
  local r = b.reports[rid]
  if not r or not workflow.period(b, rid, pid) then return not_found(ctx) end
  local fmt = req.query.format or "html"
  if not CONTENT_TYPES[fmt] or not util.set(r.formats)[fmt] then return not_found(ctx) end
  local audience = req.query.audience
  if audience and not util.set(type(r.audiences) == "table" and r.audiences or {})[audience] then return not_found(ctx) end
  if not audience and type(r.audiences) == "table" and #r.audiences > 0 then audience = r.audiences[1] end
  local version, day
  if req.query.version == "approved" or ctx.read_only then
    version = workflow.approved(b, ctx.db, rid, pid)
    if not version then return not_found(ctx) end
    day = version.at:sub(1, 10)
  else
    day = today(ctx)
  end
  -- Built once per configuration and state of the store; an approved version (pinned by its
  -- sign-offs' marks) whatever is written later.
  local pinned = version and version.entries_before ~= nil
  local key = ctx.cache and ctx.cache.key("report", rid, pid, fmt, audience, day,
    version and table.concat({ version.at, version.entries_before or "-", version.values_before or "-" }, ":") or "now")
  local name, data
  if key then name, data = ctx.cache:get(key) end
  if not name then
    name, data = workflow.render(b, ctx.db, rid, pid, audience, fmt, version, day)
    if not name then error(data, 0) end
    if key then ctx.cache:keep(key, #data, pinned, name, data) end
  end
  local _, headers = require("styr.app").html_response(200, "")
  headers["Content-Type"] = CONTENT_TYPES[fmt]
  if fmt ~= "html" then headers["Content-Disposition"] = 'attachment; filename="' .. name:gsub('["\\]', "_") .. '"' end
  return 200, headers, data
end

-- A report's period: each body's part with its state, the actions this user may take, and the
-- links to the forms, the current rendering, the approved version and what changed since.
function M.period(ctx, _, rid, pid, notice, status)
  local b, W = ctx.b, ctx.W
  local r = b.reports[rid]
  local p = r and workflow.period(b, rid, pid)
  if not p then return not_found(ctx) end
  local parts, order = access.responsibilities(b, rid)
  local so = workflow.signoffs(ctx.db, rid, pid) or {}
  local rows = {}
  for _, body in ipairs(order) do
    if #parts[body].indicators + #parts[body].activities > 0 then
      local row = so[body]
      local st = row and row.state or "draft"
      local version = row and row.version or 0
      local actions = {}
      local function action(name, label, with_comment)
        actions[#actions + 1] = fill([[<form method="post" action="/signoff/{rid}/{pid}/{body}">{csrf}
<input type="hidden" name="action" value="{name}"><input type="hidden" name="version" value="{v}">{comment}
<button type="submit">{label}</button></form>]], { rid = rid, pid = pid, body = body, csrf = csrf(ctx), name = name, v = version,
          label = label, comment = with_comment and fill([[<label for="c-{body}">{t}</label>
<textarea id="c-{body}" name="comment" rows="3"></textarea>]], { body = body, t = W.return_comment }) or "" })
      end
      if ctx.roles.report_for[body] and workflow.NEXT.submit[row and row.state or "none"] then action("submit", W.submit) end
      if ctx.roles.approve[rid] and workflow.NEXT.approve[st] then
        action("approve", W.approve)
        action("return", W.return_, true)
      end
      rows[#rows + 1] = fill([[<tr><td>{name}{form}</td><td>{st}{comment}</td><td>{actions}</td></tr>]], {
        name = b.bodies[body] and b.bodies[body].name or body,
        form = ctx.roles.report_for[body] and fill("<br>{l}", { l = link("/entry/" .. rid .. "/" .. pid .. "/" .. body, W.open_form) }) or "",
        st = state_word(ctx, st) .. (row and (" (" .. row.by .. ", " .. row.at .. ")") or ""),
        comment = row and row.comment and fill('<p class="note">{c}</p>', { c = row.comment }) or "",
        actions = actions })
    end
  end
  local approved = workflow.approved_at(b, ctx.db, rid, pid)
  local body = fill([[{notice}
<p>{ev} · {due} {date}</p>
<div class="table-wrap"><table><thead><tr><th scope="col">{part}</th><th scope="col">{st}</th><th scope="col"><span class="note">{signoff}</span></th></tr></thead>
<tbody>{rows}</tbody></table></div>
<p>{state}</p>
<ul><li>{current}</li>{approved}</ul>]], {
    notice = notice and fill('<p class="message" role="status">{t}</p>', { t = notice }) or "",
    ev = p.event.title, due = W.due, date = p.date, part = W.part, st = W.state, signoff = W.signoff, rows = rows,
    state = approved and (W.all_approved .. " " .. approved) or W.not_all_approved,
    current = link("/report/" .. rid .. "/" .. pid, W.current),
    approved = approved and fill("<li>{a}</li><li>{c}</li>", {
      a = link("/report/" .. rid .. "/" .. pid .. "?version=approved", W.approved_version),
      c = link("/changes/" .. rid .. "/" .. pid, W.changes) }) or "",
  })
  return page(ctx, r.title .. " · " .. p.date, body, status)
end

-- What changed in numbers and texts since the approved version.
function M.changes(ctx, _, rid, pid)
  local b, W = ctx.b, ctx.W
  if not b.reports[rid] or not workflow.period(b, rid, pid) then return not_found(ctx) end
  local version = workflow.approved(b, ctx.db, rid, pid)
  if not version then return not_found(ctx) end
  local ch = workflow.changes(b, ctx.db, rid, pid, version)
  local rows = {}
  for _, t in ipairs(ch.texts) do
    rows[#rows + 1] = fill("<tr><td>{what}</td><td>{before}</td><td>{after}</td></tr>", {
      what = t.kind .. " " .. t.subject, before = t.before and (t.before.text or t.before.status or "") or "",
      after = (t.after.status and (t.after.status .. " ") or "") .. (t.after.text or "") })
  end
  for _, n in ipairs(ch.numbers) do
    rows[#rows + 1] = fill("<tr><td>{what}</td><td>{before}</td><td>{after}</td></tr>", {
      what = n.indicator .. " " .. n.period .. " " .. n.area .. " " .. n.gender,
      before = n.before == nil and "" or tostring(n.before), after = tostring(n.after) })
  end
  local body = #rows == 0 and fill("<p>{t}</p>", { t = W.no_changes }) or fill([[
<div class="table-wrap"><table><thead><tr><th scope="col">{w}</th><th scope="col">{a}</th><th scope="col">{n}</th></tr></thead><tbody>{rows}</tbody></table></div>]],
    { w = W.indicator, a = W.approved_version, n = W.current, rows = rows })
  return page(ctx, W.changes, body)
end

-- The report's rows of a body's indicators (values by year, target, status), by indicator: what
-- the report shows, built by its builder and rendered by its renderer, for the entry page to put
-- above each analysis. Kept until the store or the configuration changes (cache.lua).
local function figures(ctx, rid, body, indicators)
  local b, day = ctx.b, today(ctx)
  local key = ctx.cache and ctx.cache.key("entry-figures", rid, body, day)
  local hit = key and ctx.cache:get(key)
  if hit then return hit end
  local r = b.reports[rid]
  local id = "\0entry-" .. rid .. "-" .. body
  local spec = { id = id, title = r.title, year = r.year, goals = {}, formats = { "html" },
                 layout = { { block = "indicator_table", indicators = indicators } } }
  local model = setmetatable({ reports = setmetatable({ [id] = spec }, { __index = b.reports }) }, { __index = b })
  local doc, err = require("styr.report").build(model, ctx.db, id, { generated = day, today = day })
  if not doc then error(err, 0) end
  local rows = {}
  for _, blk in ipairs(doc.blocks) do
    for _, row in ipairs(blk.kind == "indicator_table" and blk.rows or {}) do
      rows[row.indicator] = rows[row.indicator] or {}
      table.insert(rows[row.indicator], row)
    end
  end
  local out, size = {}, 0
  local render_html = require "styr.render_html"
  for _, ind in ipairs(indicators) do
    if rows[ind] then
      out[ind] = render_html.rows_table(doc, ctx.W.figures, rows[ind])
      size = size + #out[ind]
    end
  end
  if key then ctx.cache:keep(key, size, false, out) end
  return out
end

local function history_item(ctx, e)
  local W = ctx.W
  local what = e.kind == "value" and W.value or (e.kind == "analysis" and W.analysis or nil)
  return fill("<li>{what}{v} {n}, {by} {who}, {at}: {st}{text}</li>", {
    what = what and (what .. ", ") or "", v = W.version, n = e.version, by = W.by, who = e.author, at = e.at,
    st = e.status and ((W.activity_states[e.status] or e.status) .. " ") or "",
    text = e.value and require("styr.format").plain(e.value) or (e.text or "") })
end

-- One item's form and history. An indicator: its figures as the report shows them, its analysis
-- (Markdown, with a preview; the configuration's text instead when it declares one) and, for an
-- indicator the municipality measures itself, its value, saved together. An activity: its state
-- and a comment. latest: { [kind] = newest entry }; history: its entries, oldest first; prefill:
-- what the user typed, after a preview or a conflict.
local function entry_form(ctx, rid, pid, body, item, latest, history, prefill, figure)
  local W, b = ctx.W, ctx.b
  local id = (item.kind == "indicator" and "analysis" or item.kind) .. "-" .. item.subject:gsub("[^%w]", "_")
  local fields = {}
  local kind = item.kind
  if item.kind == "indicator" then
    local cfg = workflow.config_analysis(b, item.subject, tostring(b.reports[rid].year))
    if cfg then
      fields[#fields + 1] = fill('<p class="note">{n}</p>{md}', {
        n = string.format(W.config_wins, cfg.file or (cfg.where and cfg.where.file) or "?"), md = markdown(cfg.text) })
    else
      kind = "analysis"
      local version = prefill and prefill.version or (latest.analysis and latest.analysis.version or 0)
      local text = prefill and prefill.text or (latest.analysis and latest.analysis.text or "")
      fields[#fields + 1] = fill([[<input type="hidden" name="version" value="{v}">
<label for="{id}-text">{analysis}</label>
<p class="note" id="{id}-help">{help}</p>
<textarea id="{id}-text" name="text" aria-describedby="{id}-help">{text}</textarea>
{preview}]], { id = id, v = version, analysis = W.analysis, help = W.analysis_help, text = text,
               preview = prefill and prefill.preview and fill('<h4>{p}</h4><div class="preview">{md}</div>',
                 { p = W.preview, md = markdown(text) }) or "" })
    end
    if item.own then
      local vversion = prefill and prefill.value_version or (latest.value and latest.value.version or 0)
      local v = prefill and prefill.value or (latest.value and require("styr.format").plain(latest.value.value) or "")
      if kind == "indicator" then kind = "value" end
      fields[#fields + 1] = fill([[<input type="hidden" name="value_version" value="{vv}">
<label for="value-{sid}-value">{label}</label><input type="text" inputmode="decimal" id="value-{sid}-value" name="value" value="{v}">]],
        { vv = vversion, sid = item.subject:gsub("[^%w]", "_"), label = W.value, v = v })
    end
  else
    local cur = prefill and prefill.status or (latest.activity and latest.activity.status)
    local version = prefill and prefill.version or (latest.activity and latest.activity.version or 0)
    local opts = {}
    for _, s in ipairs(access.web(b).activity_states) do
      opts[#opts + 1] = fill('<option value="{v}"{sel}>{t}</option>', { v = s, sel = safe(cur == s and " selected" or ""),
                                                                        t = W.activity_states[s] or s })
    end
    fields[1] = fill([[<input type="hidden" name="version" value="{v}">
<label for="{id}-status">{st}</label><select id="{id}-status" name="status">{opts}</select>
<label for="{id}-text">{comment}</label><textarea id="{id}-text" name="text" rows="3">{text}</textarea>]], {
      id = id, v = version, st = W.activity_status, opts = opts, comment = W.comment,
      text = prefill and prefill.text or (latest.activity and latest.activity.text or "") })
  end
  local hist = {}
  for i = #history, 1, -1 do hist[#hist + 1] = history_item(ctx, history[i]) end
  local form = fields
  if kind ~= "indicator" then -- an indicator whose analysis the configuration holds and has no own value: nothing to enter
    form = fill([[<form method="post" action="/entry/{rid}/{pid}/{body}">{csrf}
<input type="hidden" name="kind" value="{kind}"><input type="hidden" name="subject" value="{subject}">
{fields}
<div><button type="submit" class="primary" name="do" value="save">{save}</button>{pbutton}</div>
</form>]], { rid = rid, pid = pid, body = body, csrf = csrf(ctx), kind = kind, subject = item.subject, fields = fields,
             save = W.save, pbutton = kind == "analysis" and fill('<button type="submit" name="do" value="preview">{p}</button>',
               { p = W.preview }) or "" })
  end
  return fill([[<div class="item" id="{id}"><h3>{title}</h3>
{figure}
{form}
<details><summary>{history} ({n})</summary><ul>{hist}</ul></details></div>]], {
    id = id, title = item.title, form = form,
    figure = figure and fill('<div class="table-wrap" tabindex="0" role="region" aria-label="{t}">{f}</div>',
      { t = item.title, f = safe(figure) }) or "",
    history = W.history, n = #history, hist = #hist > 0 and hist or fill("<li>{t}</li>", { t = W.no_history }) })
end

-- What a body reports for a report: one item per indicator (its analysis and, when the
-- municipality measures it itself, its value) and one per activity. Returns the items and the
-- body's indicators.
local function items_of(b, rid, body)
  local parts = access.responsibilities(b, rid)
  local part = parts[body]
  if not part then return nil end
  local items = {}
  for _, ind in ipairs(part.indicators) do
    local i = b.indicators[ind]
    local own = not i.formula and not i.source and i.kind ~= "text"
    for _, sid in ipairs(own and b.source_order or {}) do
      local decl = b.sources[sid]
      local plugin = require("styr.sources").plugin(decl.kind)
      if plugin and plugin.series_ref and plugin.series_ref(decl, ind) then own = false end
    end
    items[#items + 1] = { kind = "indicator", subject = ind, title = i.title, own = own }
  end
  for _, a in ipairs(part.activities) do
    items[#items + 1] = { kind = "activity", subject = a.id, title = a.activity.title }
  end
  return items, part.indicators
end

-- The entry kinds an item's entries are stored under.
local function kinds_of(item)
  return item.kind == "indicator" and { analysis = true, value = true } or { activity = true }
end

-- The entry page of a body's part: one item per indicator and activity.
function M.entry(ctx, _, rid, pid, body, notice, prefill_for, status)
  local b, W = ctx.b, ctx.W
  local r = b.reports[rid]
  local p = r and workflow.period(b, rid, pid)
  local items, indicators
  if p then items, indicators = items_of(b, rid, body) end
  if not items then return not_found(ctx) end
  if not ctx.roles.report_for[body] and not ctx.roles.approve[rid] and not ctx.roles.read then
    return page(ctx, "403", fill('<p class="problem">{t}</p>', { t = W.forbidden }), 403)
  end
  local all = ctx.db:entries({ period = pid, all = true }) or {}
  local by_subject = {}
  for _, e in ipairs(all) do
    by_subject[e.subject] = by_subject[e.subject] or {}
    table.insert(by_subject[e.subject], e)
  end
  local figs = figures(ctx, rid, body, indicators)
  local forms = {}
  for _, item in ipairs(items) do
    local kinds, latest, hist = kinds_of(item), {}, {}
    for _, e in ipairs(by_subject[item.subject] or {}) do
      if kinds[e.kind] then hist[#hist + 1] = e; latest[e.kind] = e end
    end
    table.sort(hist, function(x, y) return x.id < y.id end)
    if ctx.roles.report_for[body] then
      forms[#forms + 1] = entry_form(ctx, rid, pid, body, item, latest, hist,
        prefill_for and prefill_for[item.kind .. "\0" .. item.subject], figs[item.subject])
    else
      local shown = {}
      if figs[item.subject] then
        shown[#shown + 1] = fill('<div class="table-wrap" tabindex="0" role="region" aria-label="{t}">{f}</div>',
          { t = item.title, f = safe(figs[item.subject]) })
      end
      for _, k in ipairs({ "analysis", "value", "activity" }) do
        local e = latest[k]
        if e then
          shown[#shown + 1] = e.kind == "analysis" and markdown(e.text or "") or fill("<p>{s} {t}</p>", {
            s = e.status and (W.activity_states[e.status] or e.status) or (e.kind == "value" and W.value .. ":" or ""),
            t = e.text or (e.value and require("styr.format").plain(e.value)) or "" })
        end
      end
      forms[#forms + 1] = fill('<div class="item"><h3>{t}</h3>{c}</div>', { t = item.title, c = shown })
    end
  end
  local so = (workflow.signoffs(ctx.db, rid, pid) or {})[body]
  local body_html = fill([[{notice}
<p>{period}: {ev} · {due} {date} · {state}: {st} · {l}</p>
{forms}]], {
    notice = notice or "", period = W.period, ev = p.event.title, due = W.due, date = p.date, state = W.state,
    st = state_word(ctx, so and so.state), l = link("/period/" .. rid .. "/" .. pid, W.signoff), forms = forms })
  return page(ctx, (b.bodies[body] and b.bodies[body].name or body) .. " · " .. r.title, body_html, status)
end

-- Saves what changed in one item (POST /entry/REPORT/PERIOD/BODY): an indicator's analysis and
-- own value together, or an activity's state and comment, each as a new version, in one
-- transaction with its audit rows. A field the user left as it was when the form was opened is not
-- saved again. When someone saved a field since the form was opened, nothing is saved and the
-- conflict page shows both texts (nothing lost). do=preview shows the analysis rendered instead.
function M.save(ctx, req, rid, pid, body)
  local b, W, f = ctx.b, ctx.W, ctx.form
  local items = workflow.period(b, rid, pid) and items_of(b, rid, body)
  if not items then return not_found(ctx) end
  local function bad() return page(ctx, "400", fill('<p class="problem">{t}</p>', { t = W.bad_request }), 400) end
  local item
  for _, it in ipairs(items) do
    if it.subject == f.subject and ((it.kind == "activity" and f.kind == "activity") or
        (it.kind == "indicator" and (f.kind == "analysis" or (f.kind == "value" and it.own)))) then
      item = it
    end
  end
  if not item then return bad() end
  local function version_of(s)
    local v = math.tointeger(tonumber(s or "0"))
    return v and v >= 0 and v or nil
  end
  -- The version each field was at when the form was opened.
  local expected = {}
  if f.kind == "value" then
    expected.value = version_of(f.value_version or f.version)
    if not expected.value then return bad() end
  else
    expected[f.kind] = version_of(f.version)
    if not expected[f.kind] then return bad() end
    if f.kind == "analysis" and item.own and f.value ~= nil then
      expected.value = version_of(f.value_version)
      if not expected.value then return bad() end
    end
  end
  local key = item.kind .. "\0" .. item.subject
  if f["do"] == "preview" then
    return M.entry(ctx, req, rid, pid, body, nil, { [key] = { text = f.text, value = f.value, preview = true,
      version = expected.analysis, value_version = expected.value } })
  end
  if f.kind == "analysis" and workflow.config_analysis(b, item.subject, tostring(b.reports[rid].year)) then
    return bad() -- the configuration holds this analysis; the form offers no field for it
  end
  local stored = {}
  for _, e in ipairs(ctx.db:entries({ subject = item.subject, period = pid, all = true }) or {}) do
    stored[e.kind .. "\0" .. e.version] = e
  end
  local function was(kind) return stored[kind .. "\0" .. expected[kind]] end
  local _, now = today(ctx)
  local function entry(kind)
    return { kind = kind, subject = item.subject, period = pid, body = body, author = ctx.user, at = now }
  end
  local changes = {}
  if f.kind == "activity" then
    if not util.set(access.web(b).activity_states)[f.status or ""] then return bad() end
    local e = entry("activity")
    e.status, e.text = f.status, f.text
    changes[1] = { entry = e, expected = expected.activity }
  end
  if f.kind == "analysis" then
    local text = f.text or ""
    local old = was("analysis")
    if text ~= (old and old.text or "") then
      local e = entry("analysis")
      e.text = text
      changes[#changes + 1] = { entry = e, expected = expected.analysis }
    end
  end
  if expected.value then
    local given = (f.value or ""):match("^%s*(.-)%s*$")
    local old = was("value")
    if given == "" then
      if f.kind == "value" then return bad() end -- a value form without a value
    else
      local v = tonumber((given:gsub(",", ".")))
      if not v or v ~= v or v == math.huge or v == -math.huge then return bad() end
      if not old or old.value ~= v then
        local e = entry("value")
        e.value = v
        local ind = b.indicators[item.subject]
        changes[#changes + 1] = { entry = e, expected = expected.value,
                                  own = { indicator = item.subject, title = ind and ind.title, unit = ind and ind.unit,
                                          direction = ind and ind.direction, area = b.municipality.code, gender = "T",
                                          period_kind = "year", period = tostring(b.reports[rid].year) } }
      end
    end
  end
  local anchor = "#" .. (item.kind == "indicator" and "analysis" or item.kind) .. "-" .. item.subject:gsub("[^%w]", "_")
  if #changes > 0 then
    local versions, err, kind, newest, which = workflow.save_entries(ctx.db, changes, {
      at = now, user = ctx.user, address = ctx.user_info.address, action = "entry" })
    if kind == "conflict" then
      local c = changes[which].entry
      local theirs = (ctx.db:entries({ kind = c.kind, subject = item.subject, period = pid }) or {})[1]
      local function shown(e)
        if not e then return "" end
        return (e.status and (e.status .. "\n") or "") .. (e.text or (e.value and require("styr.format").plain(e.value)) or "")
      end
      local notice = fill([[<div class="problem" role="alert"><h2>{t}</h2><p>{x}</p>
<h3>{y}</h3><pre>{mine}</pre><h3>{o} ({who}, {at})</h3><pre>{their}</pre></div>]], {
        t = W.conflict_title, x = W.conflict_text, y = W.yours, mine = shown(c),
        o = W.theirs, who = theirs and theirs.author or "?", at = theirs and theirs.at or "?", their = shown(theirs) })
      local pre = { text = f.text, status = f.status, value = f.value, version = expected.analysis or expected.activity,
                    value_version = expected.value }
      if c.kind == "value" then pre.value_version = newest else pre.version = newest end
      if f.kind == "value" then pre.version = pre.value_version end
      return M.entry(ctx, req, rid, pid, body, notice, { [key] = pre }, 409)
    end
    if kind == "busy" then
      -- Another styr process (a fetch or compute) holds the write lock past the busy timeout:
      -- nothing was saved, and the form comes back with what the user wrote.
      local notice = fill('<div class="problem" role="alert"><h2>{t}</h2><p>{x}</p></div>',
                          { t = W.busy_title, x = W.busy_text })
      local pre = { text = f.text, status = f.status, value = f.value, version = expected.analysis or expected.activity,
                    value_version = expected.value }
      return M.entry(ctx, req, rid, pid, body, notice, { [key] = pre }, 503)
    end
    if not versions then error(err, 0) end
  end
  -- After a save, back to the form (a new GET, so a reload does not post twice).
  local _, h = require("styr.app").html_response(303, "", { Location = "/entry/" .. rid .. "/" .. pid .. "/" .. body .. anchor })
  return 303, h, ""
end

-- Submits, approves or returns a body's part (POST /signoff/REPORT/PERIOD/BODY).
function M.signoff(ctx, req, rid, pid, body)
  local b, W, f = ctx.b, ctx.W, ctx.form
  local parts = access.responsibilities(b, rid)
  if not workflow.period(b, rid, pid) or not parts[body] then return not_found(ctx) end
  local action = f.action
  if not workflow.NEXT[action] then return page(ctx, "400", fill('<p class="problem">{t}</p>', { t = W.bad_request }), 400) end
  local allowed = (action == "submit" and ctx.roles.report_for[body]) or (action ~= "submit" and ctx.roles.approve[rid])
  if not allowed then
    ctx.app:audit(ctx.user_info, "refused", req.path, action .. " not allowed for this user")
    return page(ctx, "403", fill('<p class="problem">{t}</p>', { t = W.forbidden }), 403)
  end
  local cur = (workflow.signoffs(ctx.db, rid, pid) or {})[body]
  local expected = math.tointeger(tonumber(f.version or "")) or -1
  if not workflow.NEXT[action][cur and cur.state or "none"] or expected ~= (cur and cur.version or 0) then
    return M.period(ctx, req, rid, pid, W.conflict_title, 409)
  end
  local _, now = today(ctx)
  local db = ctx.db
  local ok, err, bkind = db:begin()
  -- A fetch or compute holds the write lock: nothing done; the period page says so.
  if not ok and bkind == "busy" then return M.period(ctx, req, rid, pid, W.busy_title, 503) end
  if not ok then error(err, 0) end
  local v, serr, skind = db:save_signoff({ report = rid, period = pid, body = body, state = workflow.RESULT[action],
                                           comment = f.comment ~= "" and f.comment or nil, by = ctx.user, at = now }, expected)
  if not v then
    db:rollback()
    if skind == "conflict" then return M.period(ctx, req, rid, pid, W.conflict_title, 409) end
    error(serr, 0)
  end
  ok, err = db:audit_add({ at = now, user = ctx.user, address = ctx.user_info.address, action = action,
                           target = rid .. "/" .. pid .. "/" .. body, detail = f.comment ~= "" and f.comment or nil })
  if not ok then db:rollback(); error(err, 0) end
  ok, err = db:commit()
  if not ok then error(err, 0) end
  local _, h = require("styr.app").html_response(303, "", { Location = "/period/" .. rid .. "/" .. pid })
  return 303, h, ""
end

-- The audit log (for approvers).
function M.audit(ctx)
  local W = ctx.W
  if not next(ctx.roles.approve) then return page(ctx, "403", fill('<p class="problem">{t}</p>', { t = W.forbidden }), 403) end
  local rows = {}
  for _, a in ipairs(ctx.db:audit({ limit = 500 }) or {}) do
    rows[#rows + 1] = fill("<tr><td>{at}</td><td>{user}</td><td>{addr}</td><td>{what}</td></tr>", {
      at = a.at, user = a.user, addr = a.address or "", what = a.action .. " " .. (a.target or "") .. (a.detail and (": " .. a.detail) or "") })
  end
  return page(ctx, W.audit, fill([[<div class="table-wrap"><table><thead><tr><th scope="col">{w}</th><th scope="col">{u}</th><th scope="col">{a}</th><th scope="col">{x}</th></tr></thead>
<tbody>{rows}</tbody></table></div>]], { w = W.audit_when, u = W.audit_who, a = W.audit_from, x = W.audit_what, rows = rows }))
end

return M
