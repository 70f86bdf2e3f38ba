-- Builds a report document from the model and the store: goals grouped by perspective, each
-- indicator row with its values by year (latest vintage), targets, base value and status for the
-- follow-up year, the goals' activities, footnotes, sources (as provenance records) and the
-- wheel's next deliveries. The renderers (render_html, render_md, render_csv, render_xlsx,
-- render_json) turn the same document into files, so every format shows the same numbers; they
-- take the document only (and styr.report_text for its words), never this module.
--
-- The build runs in stages, each a function below: the document's head (new_document), the
-- goals and indicators the report covers, the layout's blocks in order (build_blocks: each
-- indicator's rows read from the store once, report_rows.lua; a table's sources and next
-- deliveries, table_provenance; placeholders filled, fill), the status counts, the charts, and
-- last the blocks of this rendering's audience.
local util = require "styr.util"
local labels = require "styr.labels"
local goal_status = require "styr.goal_status"
local format = require "styr.format"
local layout = require "styr.layout"
local calendar = require "styr.calendar"
local wheel = require "styr.wheel"
local charts = require "styr.charts"
local provenance = require "styr.provenance"
local report_rows = require "styr.report_rows"

local M = {}

-- Disclosure control: counts below this in breakdowns (gender and unit rows) are not shown.
M.SUPPRESS_BELOW = 5

-- The default layout: the status overview, a goal table per perspective (with each goal's
-- charts and activities), footnotes and sources.
local DEFAULT_LAYOUT = { { block = "chart", kind = "status" }, { block = "goal_table" }, { block = "footnotes" } }

-- Which goals a report covers, in configuration order.
local function selected_goals(b, r)
  local list = {}
  local by_goal = type(r.goals) == "table" and util.set(r.goals)
  local by_perspective = type(r.perspectives) == "table" and util.set(r.perspectives)
  for _, id in ipairs(b.goal_order) do
    local g = b.goals[id]
    if (not by_goal or by_goal[id]) and (not by_perspective or by_perspective[g.perspective]) and
       (r.body == nil or g.body == r.body) then
      list[#list + 1] = g
    end
  end
  return list
end

-- The indicators of a list of goals, each once, in order.
local function indicators_of(goals)
  local list, seen = {}, {}
  for _, g in ipairs(goals) do
    for _, i in ipairs(g.indicators) do
      if not seen[i] then seen[i] = true; list[#list + 1] = i end
    end
  end
  return list
end

-- Perspective order: the municipality's list, then any other in order of appearance.
local function perspective_order(b, goals)
  local order, seen = {}, {}
  local declared = b.municipality.perspectives
  if type(declared) == "table" then
    for _, p in ipairs(declared) do order[#order + 1] = p; seen[p] = true end
  end
  for _, g in ipairs(goals) do
    local p = g.perspective or ""
    if not seen[p] then order[#order + 1] = p; seen[p] = true end
  end
  return order
end

-- The document's head: what the report is, for whom, in which language, and the empty lists the
-- stages fill.
local function new_document(b, r, report_id, opts, L)
  local doc = {
    id = report_id, title = r.title, intro = r.intro, year = r.year, language = b.municipality.language,
    municipality = b.municipality.name, municipality_code = b.municipality.code,
    generated = opts.generated, labels = L, sections = {}, blocks = {}, footnotes = {}, sources = {},
    audiences = {}, suppress_below = r.suppress_below or M.SUPPRESS_BELOW,
    peers = type(r.peers) == "table" and #r.peers > 0 and r.peers or nil, national = r.national,
    as_of = opts.current and opts.as_of or nil,
  }
  if type(r.audiences) == "table" then
    for _, a in ipairs(r.audiences) do doc.audiences[#doc.audiences + 1] = b.bodies[a].name end
  end
  if opts.audience then doc.audience = { id = opts.audience, name = b.bodies[opts.audience].name } end
  return doc
end

-- Footnotes are numbered in order of first use; identical texts share a number. Returns
-- footnote(text) → its number.
local function footnote_numbering(doc)
  local numbers = {}
  return function(text)
    if not numbers[text] then
      doc.footnotes[#doc.footnotes + 1] = text
      numbers[text] = #doc.footnotes
    end
    return numbers[text]
  end
end

-- The build context every stage shares: the model, the store (and with --as-of today's store),
-- the document, its labels and language, and what the stages collect.
local function new_context(b, db, report_id, opts)
  local r = b.reports[report_id]
  -- peers = kolada_group "G…": the members the last fetch recorded for the group.
  local group
  if require("styr.model").group_of(r.peers) then
    local peers, g = require("styr.fetch").peers_of(b, db, r)
    if not peers then return nil, "report '" .. report_id .. "': " .. tostring(g) end
    local copy = {}
    for k, v in pairs(r) do copy[k] = v end
    copy.peers = peers
    r, group = copy, g
  end
  local L = labels.get(b.municipality.language, b.label_overrides)
  local doc = new_document(b, r, report_id, opts, L)
  doc.peer_group = group and { id = group.id, title = group.title, members = group.members } or nil
  local goals = selected_goals(b, r)
  -- The wheel's next deliveries, from the day the report is dated.
  local from_day = calendar.parse_date(opts.generated or "") or calendar.parse_date(r.year .. "-01-01")
  local ctx = {
    b = b, db = db, current = opts.current, r = r, opts = opts, doc = doc, L = L, lang = doc.language,
    year = r.year, goals = goals, indicators = indicators_of(goals),
    next_delivery = wheel.next_deliveries(b, from_day, tonumber(calendar.format_date(from_day):sub(1, 4))),
    provenance = provenance.register(b), rows = {}, value_years = {}, target_years = {}, numbers = {},
  }
  ctx.footnote = footnote_numbering(doc)
  doc.sources = ctx.provenance.list
  return ctx
end

local function rows_of(ctx, ind_id) return report_rows.of(ctx, ind_id) end

-- The sources of a table's or chart's rows, each once, in order of first use; and the wheel's
-- next delivery of their indicators: { date =, event = (its title), indicators = { … } }.
local function table_provenance(ctx, rows)
  local list, seen = {}, {}
  local deliveries, by_key, counted = {}, {}, {}
  for _, row in ipairs(rows) do
    for _, e in ipairs(row.sources) do
      if not seen[e] then seen[e] = true; list[#list + 1] = e end
    end
    local nd = ctx.next_delivery[row.indicator]
    if nd and not counted[row.indicator] then
      counted[row.indicator] = true
      local key = nd.date .. "\0" .. nd.ev
      if not by_key[key] then
        local ev = ctx.b.events[nd.ev]
        by_key[key] = { date = nd.date, event = ev and ev.title or nd.ev, indicators = {} }
        deliveries[#deliveries + 1] = by_key[key]
      end
      table.insert(by_key[key].indicators, row.indicator)
    end
  end
  table.sort(deliveries, function(x, y)
    if x.date ~= y.date then return x.date < y.date end
    return x.event < y.event
  end)
  return list, deliveries
end

-- A placeholder's text ({hushall_fsd.2019}, {audience}, …; scripts/model/layout.lua checks them).
local function placeholder_text(ctx, ph)
  local doc, L, year = ctx.doc, ctx.L, ctx.year
  local function number_text(row, v)
    if type(v) == "number" then return format.number(v, ctx.lang, row.decimals) end
    return tostring(v)
  end
  local p = ph.parts
  local head = p[1]
  if head == "audience" then
    if not doc.audience then return table.concat(doc.audiences, ", ") end
    return p[2] == "id" and doc.audience.id or doc.audience.name
  elseif head == "municipality" then return doc.municipality
  elseif head == "year" then return tostring(year)
  elseif head == "title" then return doc.title
  elseif head == "generated" then return doc.generated or "" end
  local rows = assert(rows_of(ctx, head))
  local total, by = nil, {}
  for _, row in ipairs(rows) do
    if row.breakdown then by[row.breakdown] = row elseif not row.org_unit and not total then total = row end
  end
  local function year_of(s)
    if s == "year" then return year elseif s == "previous" then return year - 1 end
    return tonumber(s)
  end
  local function value_text(row, y)
    if not row then return L.missing end
    if row.suppressed[y] then return L.suppressed end
    local v = row.values[y]
    if v == nil then return row.missing[y] or L.missing end
    return number_text(row, v)
  end
  local what = p[2]
  if what == "title" then return total.title
  elseif what == "unit" then return total.unit and L.units[total.unit] or ""
  elseif what == "status" then return L.status[total.status]
  elseif what == "base" then
    if total.base and total.base.value then return number_text(total, total.base.value) end
    return total.base_missing or L.missing
  elseif what == "target" then
    local t = total.targets[year_of(p[3])]
    if t == nil then return L.missing end
    if type(t) == "string" then return L.relative[t] or t end
    return number_text(total, t)
  elseif what == "women" or what == "men" then return value_text(by[what], year_of(p[3]))
  end
  return value_text(total, year_of(what))
end

-- A text with its placeholders filled, or nil and a message. The placeholders' indicators are
-- read first, so that a store error is an error of the report, not of the filling. markdown:
-- the text is Markdown, so a value is escaped to stay text ("*", "_", "[" in a name).
local function fill(ctx, text, markdown)
  if text == nil then return nil end
  local pieces = assert(layout.parse_text(text)) -- checked when the configuration was loaded
  for _, piece in ipairs(pieces) do
    if type(piece) == "table" and ctx.b.indicators[piece.parts[1]] then
      local ok, err = rows_of(ctx, piece.parts[1])
      if not ok then return nil, err end
    end
  end
  local function resolve(ph) return placeholder_text(ctx, ph) end
  if not markdown then return layout.fill(pieces, resolve) end
  return layout.fill(pieces, function(ph) return (resolve(ph):gsub("%p", "\\%0")) end)
end

-- An activity with done / overdue / open as of the report's date.
local function activity(ctx, a)
  local b, today = ctx.b, ctx.opts.today
  local state = a.done and "done" or ((a.due and today and a.due < today) and "overdue" or "open")
  return { title = a.title, goal = a.goal, owner = a.owner and b.bodies[a.owner] and b.bodies[a.owner].name or a.owner,
           due = a.due, state = state }
end

-- A goal in a goal table: its indicators' rows, its status from their totals (breakdowns and
-- units do not vote) and its activities; or nil and a message.
local function goal_entry(ctx, g)
  local rows = {}
  for _, ind_id in ipairs(g.indicators) do
    local list, err = rows_of(ctx, ind_id)
    if not list then return nil, err end
    for _, row in ipairs(list) do rows[#rows + 1] = row end
  end
  local entries = {}
  for _, row in ipairs(rows) do
    if not row.breakdown and not row.org_unit then
      entries[#entries + 1] = { indicator = row.indicator, status = row.status }
    end
  end
  local gs, score = goal_status.aggregate(g.status_rule, entries, g.weights)
  local acts = {}
  for _, a in ipairs(ctx.b.activities) do if a.goal == g.id then acts[#acts + 1] = activity(ctx, a) end end
  return {
    id = g.id, number = g.number, title = g.title, area = g.area, municipal_goal = g.municipal_goal,
    rows = rows, activities = acts, status = gs, status_rule = g.status_rule or goal_status.DEFAULT,
    status_score = score,
  }
end

-- Appends a built block to the document: who it is for, and its number among the blocks of its
-- kind (NAME-indicators-N.csv: the same N for every audience).
local function add_block(ctx, out, blk)
  out.only = type(blk.audiences) == "table" and util.set(blk.audiences) or nil
  ctx.numbers[out.kind] = (ctx.numbers[out.kind] or 0) + 1
  out.number = ctx.numbers[out.kind]
  ctx.doc.blocks[#ctx.doc.blocks + 1] = out
end

-- Builders of the layout's blocks, by kind: each fills `out` (the block as the document holds
-- it, its caption already filled) from the layout's `blk`, and returns nil or a message. A
-- builder that adds its own blocks returns false as a second value.
local BLOCKS = {}

function BLOCKS.heading(ctx, blk, out)
  local err
  out.text, err = fill(ctx, blk.text)
  out.level = blk.level or 2
  return err
end

function BLOCKS.text(ctx, blk, out)
  local err
  out.text, err = fill(ctx, blk.text, true)
  return err
end

-- A goal table: one block per perspective of its goals, under the caption's heading.
function BLOCKS.goal_table(ctx, blk, out)
  local b = ctx.b
  if out.caption then add_block(ctx, { kind = "heading", text = out.caption, level = 2, where = blk.where }, blk) end
  local goals = {}
  if type(blk.goals) == "table" then
    for _, id in ipairs(blk.goals) do goals[#goals + 1] = b.goals[id] end
  else
    for _, g in ipairs(ctx.goals) do
      if (not blk.perspective or g.perspective == blk.perspective) and (not blk.body or g.body == blk.body) then
        goals[#goals + 1] = g
      end
    end
  end
  for _, p in ipairs(perspective_order(b, goals)) do
    local section = { kind = "goal_table", perspective = p, goals = {}, where = blk.where, years = blk.years,
                      with_charts = blk.charts ~= false, with_activities = blk.activities ~= false }
    local rows = {}
    for _, g in ipairs(goals) do
      if (g.perspective or "") == p then
        local entry, gerr = goal_entry(ctx, g)
        if not entry then return gerr end
        section.goals[#section.goals + 1] = entry
        for _, row in ipairs(entry.rows) do rows[#rows + 1] = row end
      end
    end
    if #section.goals > 0 then
      section.sources, section.deliveries = table_provenance(ctx, rows)
      add_block(ctx, section, blk)
    end
  end
  return nil, false
end

function BLOCKS.indicator_table(ctx, blk, out)
  out.rows = {}
  for _, id in ipairs(blk.indicators) do
    local list, err = rows_of(ctx, id)
    if not list then return err end
    for _, row in ipairs(list) do
      if blk.breakdowns ~= false or (not row.breakdown and not row.org_unit) then out.rows[#out.rows + 1] = row end
    end
  end
  out.sources, out.deliveries = table_provenance(ctx, out.rows)
end

function BLOCKS.chart(ctx, blk, out)
  out.chart, out.indicator = blk.kind, blk.indicator
  if blk.indicator then
    local list, err = rows_of(ctx, blk.indicator)
    if not list then return err end
    out.rows = list
    out.sources, out.deliveries = table_provenance(ctx, list)
  end
end

function BLOCKS.activity_list(ctx, blk, out)
  local goal_set = util.set(type(blk.goals) == "table" and blk.goals or {})
  if type(blk.goals) ~= "table" then for _, g in ipairs(ctx.goals) do goal_set[g.id] = true end end
  local states = type(blk.state) == "table" and util.set(blk.state) or nil
  out.items = {}
  for _, a in ipairs(ctx.b.activities) do
    if goal_set[a.goal] and (not blk.owner or a.owner == blk.owner) then
      local item = activity(ctx, a)
      if not states or states[item.state] then out.items[#out.items + 1] = item end
    end
  end
end

function BLOCKS.analyses(ctx, blk, out)
  local b = ctx.b
  local period = blk.period and tostring(blk.period) or tostring(ctx.year)
  out.period, out.items = period, {}
  for _, id in ipairs(type(blk.indicators) == "table" and blk.indicators or ctx.indicators) do
    for _, a in ipairs(b.analyses or {}) do
      if a.indicator == id and a.period == period then
        out.items[#out.items + 1] = { indicator = id, title = b.indicators[id].title, period = period,
                                      text = a.text, by = a.by }
      end
    end
  end
end

function BLOCKS.footnotes(ctx)
  ctx.has_footnotes = true
end

-- The years a report shows (its field years), as a range { from =, to = }: from and to as given
-- (either may be open), or { last = N }: the N years up to the report's year. Without years, what
-- suits a plan: from the plan's base year, or the two years before its first target year when that
-- is earlier (the outcomes a plan shows beside its targets), to its last target year or the
-- report's year, whichever is later; without targets or base year, the five years up to the
-- report's year.
local function span_of(ctx, spec)
  local year = ctx.year
  if type(spec) == "table" then
    if spec.last then return { from = year - spec.last + 1, to = year } end
    return { from = spec.from or -math.huge, to = spec.to or math.huge }
  end
  local base, first, last
  for _, rows in pairs(ctx.rows) do
    for _, row in ipairs(rows) do
      local by = row.base and tonumber(row.base.year)
      if by and (not base or by < base) then base = by end
    end
  end
  for y in pairs(ctx.target_years) do
    if not first or y < first then first = y end
    if not last or y > last then last = y end
  end
  local from = math.min(base or math.huge, first and first - 2 or math.huge)
  if from == math.huge then from = year - 4 end
  return { from = from, to = math.max(year, last or year) }
end

-- The years of a set (value or target years) inside a span, in order.
local function years_in(set, span)
  local list = {}
  for _, y in ipairs(util.sorted_keys(set)) do
    if y >= span.from and y <= span.to then list[#list + 1] = y end
  end
  return list
end

-- Every block is built for every rendering, in layout order, whoever it is for: footnote
-- numbers, chart ids and table numbers are then the same for every audience, and only at the
-- end are the blocks for other audiences left out (keep_audience). A layout without a footnotes
-- block gets one at the end. Returns true, or nil and a message.
local function build_blocks(ctx)
  for _, blk in ipairs(type(ctx.r.layout) == "table" and ctx.r.layout or DEFAULT_LAYOUT) do
    local out = { kind = blk.block, where = blk.where, years = blk.years }
    local err
    out.caption, err = fill(ctx, blk.caption)
    if err then return nil, err end
    local keep
    err, keep = BLOCKS[blk.block](ctx, blk, out)
    if err then return nil, err end
    if keep ~= false then add_block(ctx, out, blk) end
  end
  if not ctx.has_footnotes then add_block(ctx, { kind = "footnotes" }, {}) end
  -- The years shown: the report's span over every year read, and a table's or chart's own span
  -- (its years = { … }) for that block.
  local doc = ctx.doc
  local span = span_of(ctx, ctx.r.years)
  doc.value_years, doc.target_years = years_in(ctx.value_years, span), years_in(ctx.target_years, span)
  for _, blk in ipairs(doc.blocks) do
    if blk.years then
      local own = span_of(ctx, blk.years)
      blk.value_years, blk.target_years = years_in(ctx.value_years, own), years_in(ctx.target_years, own)
    end
  end
  local all = {}
  for _, blk in ipairs(doc.blocks) do
    for _, y in ipairs(blk.value_years or {}) do all[y] = true end
    for _, y in ipairs(blk.target_years or {}) do all[y] = true end
  end
  for _, y in ipairs(doc.value_years) do all[y] = true end
  for _, y in ipairs(doc.target_years) do all[y] = true end
  local shown = util.sorted_keys(all)
  if #shown > 0 then doc.shown_years = { from = shown[1], to = shown[#shown] } end
  return true
end

-- Status counts and the status overview count each goal once, however many tables show it.
-- Returns the goal tables with each goal counted once, for the status chart.
local function count_statuses(doc)
  local seen_goal, counted_sections = {}, {}
  local counts = {}
  for _, blk in ipairs(doc.blocks) do
    if blk.kind == "goal_table" then
      local section = { perspective = blk.perspective, goals = {} }
      for _, goal in ipairs(blk.goals) do
        if not seen_goal[goal.id] then
          seen_goal[goal.id] = true
          section.goals[#section.goals + 1] = goal
          for _, row in ipairs(goal.rows) do counts[row.status] = (counts[row.status] or 0) + 1 end
        end
      end
      if #section.goals > 0 then counted_sections[#counted_sections + 1] = section end
    end
  end
  doc.status_counts = counts
  return counted_sections
end

-- Charts, once every table is known: numbered chart-1, chart-2, … in document order (status
-- overviews chart-status, chart-status-2, …). A goal shown in two tables gets its charts twice.
local function draw_charts(ctx, counted_sections)
  local doc = ctx.doc
  -- A block with years of its own draws its charts over them.
  local function years_of(blk)
    if not blk.value_years then return doc end
    return setmetatable({ value_years = blk.value_years, target_years = blk.target_years }, { __index = doc })
  end
  local n, n_status = 0, 0
  local function next_id() n = n + 1; return "chart-" .. n end
  local all_kinds = { line = true, gender = true, ranking = true }
  for _, blk in ipairs(doc.blocks) do
    if blk.kind == "chart" and blk.chart == "status" then
      n_status = n_status + 1
      local id = n_status == 1 and "chart-status" or ("chart-status-" .. n_status)
      local svg, title, data = charts.status_chart({ sections = counted_sections, labels = ctx.L, language = ctx.lang }, id)
      if svg then blk.id, blk.svg, blk.title, blk.data = id, svg, title, data end
    elseif blk.kind == "chart" then
      local list = charts.for_indicator(years_of(blk), blk.rows, { [blk.chart] = true }, next_id)
      if list[1] then blk.id, blk.svg, blk.title, blk.data = list[1].id, list[1].svg, list[1].title, list[1].data end
    elseif blk.kind == "goal_table" and blk.with_charts then
      for _, goal in ipairs(blk.goals) do
        local charted = {}
        local by_indicator, order = {}, {}
        for _, row in ipairs(goal.rows) do
          if not by_indicator[row.indicator] then by_indicator[row.indicator] = {}; order[#order + 1] = row.indicator end
          table.insert(by_indicator[row.indicator], row)
        end
        for _, id in ipairs(order) do
          for _, ch in ipairs(charts.for_indicator(years_of(blk), by_indicator[id], all_kinds, next_id)) do
            ch.goal = goal.id
            charted[#charted + 1] = ch
          end
        end
        blk.charts = blk.charts or {}
        blk.charts[goal.id] = charted
      end
    end
  end
end

-- The blocks of this rendering: those for every audience and those for this one; the goal
-- tables among them are the document's sections.
local function keep_audience(doc, audience)
  local kept = {}
  for _, blk in ipairs(doc.blocks) do
    if not blk.only or (audience and blk.only[audience]) then kept[#kept + 1] = blk end
  end
  doc.blocks = kept
  for _, blk in ipairs(kept) do
    if blk.kind == "goal_table" then doc.sections[#doc.sections + 1] = blk end
  end
end

-- Builds the report document; returns doc or fail, message. opts.generated, opts.today: the
-- report's date; opts.audience: the body the rendering is for (its name fills {audience}; blocks
-- for other audiences are left out); opts.current and opts.as_of: with --as-of, today's store and
-- the date, so that values revised since are marked; opts.charts = false: no format shows
-- charts, so none are drawn.
function M.build(b, db, report_id, opts)
  local ctx, cerr = new_context(b, db, report_id, opts)
  if not ctx then return nil, cerr end
  local ok, err = build_blocks(ctx)
  if not ok then return nil, err end
  local counted_sections = count_statuses(ctx.doc)
  if opts.charts ~= false then draw_charts(ctx, counted_sections) end
  keep_audience(ctx.doc, opts.audience)
  -- --as-of with nothing revised since: the report as it was rendered then, byte for byte in
  -- every format (no revised_since column, no as_of field).
  if ctx.doc.as_of and not ctx.doc.revised_any then ctx.doc.as_of = nil end
  return ctx.doc
end

return M
