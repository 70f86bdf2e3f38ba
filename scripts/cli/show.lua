-- styr show: what a configuration holds, from the command line. `show indicators|goals|sources|
-- bodies|reports` list them (text, or --json in the shapes docs/configuration.md documents);
-- `show wheel` (and `export wheel`) take the wheel filters --body, --from/--to, --kind and --cron
-- (plain cron jobs, such as a nightly fetch, are left out unless asked for).
local util = require "styr.util"
local calendar = require "styr.calendar"
local views = require "styr.views"
local wheel = require "styr.wheel"

local M = {}

M.VIEWS = { "org", "wheel", "indicators", "goals", "sources", "bodies", "reports" }
M.KINDS = { "meeting", "report", "data", "job" }

-- "1 indicator", "2 indicators": counts that agree in number.
function M.count(n, singular, plural)
  return n .. " " .. (n == 1 and singular or (plural or (singular .. "s")))
end

local function json_encode(v)
  local json = require "styr.json"
  return assert(json.encode(v, { sort_keys = true }))
end

local function array(list)
  local json = require "styr.json"
  local a = json.array()
  for i, v in ipairs(list or {}) do a[i] = v end
  return a
end

local function null(v)
  if v == nil then return require("styr.json").null end
  return v
end

------------------------------------------------------------------------------------------------
-- The wheel's filters

-- The selection of the wheel for --from/--to, --body, --kind and --cron, or nil (the whole year
-- but cron jobs), or nil, message. `year` is the year asked for (--year or this year).
function M.wheel_selection(opts, b, year)
  local sel = { years = { year } }
  if opts.from or opts.to then
    if not (opts.from and opts.to) then return nil, "give --from and --to together (YYYY-MM-DD)" end
    if opts.year then return nil, "give --year or --from/--to, not both" end
    local from, to = calendar.parse_date(opts.from), calendar.parse_date(opts.to)
    if not from then return nil, "--from takes a day such as 2026-03-01, not '" .. opts.from .. "'" end
    if not to then return nil, "--to takes a day such as 2026-06-30, not '" .. opts.to .. "'" end
    if to < from then return nil, "--to " .. opts.to .. " is before --from " .. opts.from end
    local y0, y1 = calendar.civil(from), calendar.civil(to)
    if y1 - y0 > 10 then return nil, "--from and --to may be at most ten years apart" end
    sel.from, sel.to, sel.years = from, to, {}
    for yy = y0, y1 do sel.years[#sel.years + 1] = yy end
    sel.span = opts.from .. " – " .. opts.to
  end
  local kinds
  if opts.kind then
    kinds = {}
    for k in opts.kind:gmatch("[^,%s]+") do
      if not util.set(M.KINDS)[k] then
        return nil, "--kind " .. k .. ": not a kind of event" .. util.suggest(k, M.KINDS) .. "; use " ..
                    table.concat(M.KINDS, ", ")
      end
      kinds[k] = true
    end
  end
  if opts.body and not b.bodies[opts.body] then
    return nil, "--body " .. opts.body .. ": no such body" .. util.suggest(opts.body, b.body_order) ..
                (#b.body_order > 0 and ("; the configuration has: " .. table.concat(b.body_order, ", ")) or "")
  end
  -- Cron jobs (a nightly fetch) would fill the listing with the same line each day: shown when
  -- asked for with --cron; sel.left_out lists the ones left out.
  sel.left_out = {}
  sel.keep = function(ev)
    if kinds and not kinds[ev.kind] then return false end
    if not opts.cron and wheel.recurrence_of(ev) == "cron" then
      sel.left_out[#sel.left_out + 1] = ev
      return false
    end
    if opts.body then
      local to = util.set(type(ev.to) == "table" and ev.to or {})
      if ev.body ~= opts.body and not to[opts.body] then return false end
    end
    return true
  end
  return sel
end

-- Says which cron jobs the selection left out, once each: "styr: 1 cron job left out (…); --cron
-- lists it".
function M.say_left_out(sel, err)
  local seen, names = {}, {}
  for _, ev in ipairs(sel.left_out or {}) do
    if not seen[ev.id] then seen[ev.id] = true; names[#names + 1] = ev.id .. ": " .. ev.cron end
  end
  if #names > 0 then
    err("styr: " .. M.count(#names, "cron job") .. " left out (" .. table.concat(names, "; ") .. "); --cron lists " ..
        (#names == 1 and "it" or "them"))
  end
end

-- The wheel's occurrences as JSON items.
local function wheel_json(b, year, sel)
  local L = require("styr.labels").get(b.municipality.language, b.label_overrides)
  local items = {}
  for _, item in ipairs(wheel.year_occurrences(b, year, sel)) do
    local ev, o = item.ev, item.occ
    items[#items + 1] = {
      date = calendar.format_date(o.day), time = o.all_day and null(nil) or string.format("%02d:%02d", o.hour, o.min),
      event = ev.id, kind = ev.kind, title = ev.title, detail = views.event_detail(b, ev, L),
      body = null(ev.body), report = null(ev.report), to = array(type(ev.to) == "table" and ev.to or {}),
      job = null(ev.job),
    }
  end
  return items
end

------------------------------------------------------------------------------------------------
-- Listings

local function where(d) return d.where and d.where.file or nil, d.where and d.where.line or nil end

-- Which sources feed an indicator: { { source =, series = } }.
local function fed_by(b, id)
  local out = {}
  for _, sid in ipairs(b.source_order) do
    local src = b.sources[sid]
    local ok, plugin = pcall(require, "styr.plugin." .. tostring(src.kind))
    local ref = ok and type(plugin) == "table" and plugin.series_ref and plugin.series_ref(src, id)
    if ref then out[#out + 1] = { source = sid, series = ref } end
  end
  return out
end

local function goals_of(b, id)
  local out = {}
  for _, g in ipairs(b.goal_order) do
    for _, i in ipairs(type(b.goals[g].indicators) == "table" and b.goals[g].indicators or {}) do
      if i == id then out[#out + 1] = g; break end
    end
  end
  return out
end

local function targets_of(ind)
  local years = {}
  for y in pairs(type(ind.targets) == "table" and ind.targets or {}) do years[#years + 1] = y end
  table.sort(years, function(a, c) return tostring(a) < tostring(c) end)
  local list, map = {}, {}
  for _, y in ipairs(years) do
    local v = ind.targets[y]
    local text = type(v) == "table" and "missing" or tostring(v)
    list[#list + 1] = tostring(y) .. " " .. text
    map[tostring(y)] = type(v) == "table" and "missing" or v
  end
  return list, map
end

local LIST = {}

function LIST.indicators(b)
  local items, lines = {}, {}
  for _, id in ipairs(b.indicator_order) do
    local ind = b.indicators[id]
    local sources = fed_by(b, id)
    local goals = goals_of(b, id)
    local tlist, tmap = targets_of(ind)
    local formula
    if ind.formula then
      local file, first = require("styr.config").function_where(ind.formula)
      formula = file and (file .. ":" .. first) or "yes"
    end
    local file, line = where(ind)
    items[#items + 1] = {
      id = id, title = ind.title, unit = null(ind.unit), direction = null(ind.direction), kind = ind.kind or "number",
      targets = next(tmap) and tmap or require("styr.json").object(),
      sources = array(sources), goals = array(goals), formula = null(formula), file = null(file), line = null(line),
    }
    local src = {}
    for _, s in ipairs(sources) do src[#src + 1] = s.source .. " (" .. s.series .. ")" end
    lines[#lines + 1] = id .. "  " .. tostring(ind.title)
    local about = { tostring(ind.unit or "-") }
    if ind.direction then about[#about + 1] = ind.direction end
    about[#about + 1] = #tlist > 0 and ("targets " .. table.concat(tlist, ", ")) or "no targets"
    about[#about + 1] = #src > 0 and ("from " .. table.concat(src, ", ")) or
                        (formula and ("formula " .. formula) or (ind.values and "typed in" or "no source"))
    about[#about + 1] = #goals > 0 and ("goal" .. (#goals == 1 and " " or "s ") .. table.concat(goals, ", ")) or "in no goal"
    lines[#lines + 1] = "    " .. table.concat(about, "; ")
  end
  return items, lines, M.count(#items, "indicator")
end

function LIST.goals(b)
  local items, lines = {}, {}
  for _, id in ipairs(b.goal_order) do
    local g = b.goals[id]
    local inds = type(g.indicators) == "table" and g.indicators or {}
    local file, line = where(g)
    items[#items + 1] = { id = id, title = g.title, perspective = null(g.perspective), body = null(g.body),
                          status_rule = g.status_rule or "worst", indicators = array(inds), file = null(file),
                          line = null(line) }
    lines[#lines + 1] = id .. "  " .. tostring(g.title)
    lines[#lines + 1] = "    " .. table.concat({ tostring(g.perspective or "-"), "body " .. tostring(g.body or "-"),
      "rule " .. (g.status_rule or "worst"),
      #inds > 0 and (M.count(#inds, "indicator") .. ": " .. table.concat(inds, ", ")) or "no indicators" }, "; ")
  end
  return items, lines, M.count(#items, "goal")
end

function LIST.sources(b)
  local baseurl = require "styr.baseurl"
  local sources = require "styr.sources"
  local items, lines = {}, {}
  for _, id in ipairs(b.source_order) do
    local src = b.sources[id]
    local plugin = sources.plugin(src.kind)
    local r = plugin and baseurl.resolve(src, plugin)
    local feeds = {}
    for _, ind in ipairs(b.indicator_order) do
      local ref = plugin and plugin.series_ref and plugin.series_ref(src, ind)
      if ref then feeds[#feeds + 1] = ind end
    end
    local file, line = where(src)
    items[#items + 1] = {
      id = id, kind = src.kind, base_url = null(r and r.url), base_url_from = null(r and r.from),
      env = array(r and (r.facts.env ~= baseurl.source_env(id) and { baseurl.source_env(id), r.facts.env }
                                                                or { r.facts.env }) or {}),
      file_name = null(src.file),
      indicators = array(feeds), file = null(file), line = null(line),
    }
    local vars = r and (baseurl.source_env(id) .. (r.facts.env ~= baseurl.source_env(id) and (" or " .. r.facts.env) or ""))
    lines[#lines + 1] = id .. "  " .. src.kind .. (r and ("  " .. r.url .. " (from " .. r.from .. "; set " .. vars ..
      " to change it)") or (src.file and ("  file " .. src.file) or ""))
    lines[#lines + 1] = "    " .. (#feeds > 0 and ("feeds " .. table.concat(feeds, ", ")) or "feeds no indicator")
  end
  return items, lines, M.count(#items, "source")
end

function LIST.bodies(b)
  local items, lines = {}, {}
  for _, id in ipairs(b.body_order) do
    local d = b.bodies[id]
    local file, line = where(d)
    items[#items + 1] = { id = id, name = d.name, kind = null(d.kind), level = null(d.level),
                          reports_to = null(d.reports_to), file = null(file), line = null(line) }
    local tags = {}
    if d.kind then tags[#tags + 1] = d.kind end
    if d.level then tags[#tags + 1] = d.level end
    lines[#lines + 1] = id .. "  " .. tostring(d.name) .. (#tags > 0 and ("  [" .. table.concat(tags, ", ") .. "]") or "") ..
                        (d.reports_to and ("  reports to " .. d.reports_to) or "")
  end
  return items, lines, M.count(#items, "body", "bodies")
end

function LIST.reports(b)
  local items, lines = {}, {}
  for _, id in ipairs(b.report_order) do
    local r = b.reports[id]
    local formats = type(r.formats) == "table" and r.formats or { "html", "csv" }
    local audiences = type(r.audiences) == "table" and r.audiences or {}
    local goals = type(r.goals) == "table" and r.goals or {}
    local peers = type(r.peers) == "table" and r.peers or {}
    local file, line = where(r)
    items[#items + 1] = { id = id, title = r.title, year = null(r.year), formats = array(formats),
                          audiences = array(audiences), goals = array(goals), peers = array(peers),
                          file = null(file), line = null(line) }
    lines[#lines + 1] = id .. "  " .. tostring(r.title)
    local about = { "year " .. tostring(r.year or "-"), table.concat(formats, ", ") }
    if #goals > 0 then about[#about + 1] = "goals " .. table.concat(goals, ", ") end
    if #audiences > 0 then about[#about + 1] = "to " .. table.concat(audiences, ", ") end
    if #peers > 0 then about[#about + 1] = M.count(#peers, "peer") end
    lines[#lines + 1] = "    " .. table.concat(about, "; ")
  end
  return items, lines, M.count(#items, "report")
end

-- " (did you mean 'x'?)"-like words for an indicator id that does not exist, always naming the
-- nearest: an id a letter or two away, the indicator a source fetches as that series (a KPI id
-- such as N03937), one whose title or id contains the words, else the closest id.
function M.nearest(b, text)
  if #b.indicator_order == 0 then return "; the configuration has no indicators" end
  local close = util.closest(text, b.indicator_order)
  if close then return " (did you mean '" .. close .. "'?)" end
  local want = text:lower()
  local hits = {}
  for _, id in ipairs(b.indicator_order) do
    for _, s in ipairs(fed_by(b, id)) do
      if s.series:lower():find(want, 1, true) then hits[#hits + 1] = id .. "' (" .. s.series .. ")"; break end
    end
  end
  if #hits == 0 then
    for _, id in ipairs(b.indicator_order) do
      local title = tostring(b.indicators[id].title):lower()
      if title:find(want, 1, true) or id:lower():find(want, 1, true) then hits[#hits + 1] = id .. "'" end
    end
  end
  if #hits > 0 then
    return " (did you mean '" .. table.concat(hits, " or '", 1, math.min(#hits, 3)) ..
           (#hits > 3 and (" or " .. (#hits - 3) .. " more") or "") .. "?)"
  end
  local best, best_d
  for _, id in ipairs(b.indicator_order) do
    local d = util.distance(want, id:lower())
    if not best_d or d < best_d then best, best_d = id, d end
  end
  return " (the nearest is '" .. best .. "'; styr show indicators lists them all)"
end

------------------------------------------------------------------------------------------------
-- The command

-- ctx: load_config, year_option, this_year, out, err, EXIT (from scripts/cli/cli.lua).
function M.command(opts, ctx)
  local what = opts.args[1]
  if not util.set(M.VIEWS)[what] then
    ctx.err("styr show: unknown view '" .. tostring(what) .. "'" .. util.suggest(what, M.VIEWS) .. "; use " ..
            table.concat(M.VIEWS, ", "))
    return ctx.EXIT.usage
  end
  local wheel_only = { "from", "to", "body", "kind", "cron" }
  for _, f in ipairs(wheel_only) do
    if opts[f] and what ~= "wheel" then
      ctx.err("styr show " .. what .. ": --" .. f .. " filters the wheel only (styr show wheel --" .. f .. " …)")
      return ctx.EXIT.usage
    end
  end
  if opts.json and what == "org" then
    ctx.err("styr show org: no --json; styr show bodies --json lists the bodies, styr export org --format dot draws them")
    return ctx.EXIT.usage
  end
  local year, yerr = ctx.year_option(opts)
  if yerr then ctx.err("styr show: " .. yerr); return ctx.EXIT.usage end
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local given_year = opts.year
  opts.year = year or ctx.this_year()
  local b, code = ctx.load_config(dir, opts)
  if not b then return code end
  if what == "org" then
    for _, l in ipairs(views.org(b)) do ctx.out(l) end
    return ctx.EXIT.ok
  end
  if what == "wheel" then
    local sel, serr = M.wheel_selection({ from = opts.from, to = opts.to, body = opts.body, kind = opts.kind,
                                          cron = opts.cron, year = given_year }, b, opts.year)
    if not sel then ctx.err("styr show wheel: " .. serr); return ctx.EXIT.usage end
    if opts.json then
      ctx.out(json_encode(array(wheel_json(b, opts.year, sel))))
    else
      for _, l in ipairs(views.wheel(b, opts.year, sel)) do ctx.out(l) end
      M.say_left_out(sel, ctx.err)
    end
    return ctx.EXIT.ok
  end
  local items, lines, summary = LIST[what](b)
  if opts.json then
    ctx.out(json_encode(array(items)))
  else
    for _, l in ipairs(lines) do ctx.out(l) end
    ctx.err("styr: " .. dir .. ": " .. summary)
  end
  return ctx.EXIT.ok
end

return M
