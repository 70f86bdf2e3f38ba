-- The commands, called by core/main.c with the parsed arguments. Each returns an exit code:
-- 0 ok, 1 run failed (store, output), 2 usage, 3 configuration error.
local loader = require "styr.loader"
local report = require "styr.report"
local sync = require "styr.sync"
local render_html = require "styr.render_html"
local render_csv = require "styr.render_csv"
local util = require "styr.util"
local console = require "styr.console"
local clock = require "styr.clock"
local store = require "styr.store"
local output = require "styr.output"
local version = require "styr.version"
local views = require "styr.views"
local orgchart = require "styr.orgchart"
local ics = require "styr.ics"

local M = {}

local EXIT = { ok = 0, failed = 1, usage = 2, config = 3 }
M.EXIT = EXIT

local RENDERERS = {
  html = { ext = "html", render = render_html.render },
  csv = { ext = "csv", render = render_csv.render },
}

local function err(msg) console.err(msg, "\n") end
local function out(msg) console.out(msg, "\n") end

local function json_string(s)
  return '"' .. tostring(s):gsub('[%c"\\]', function(c)
    local named = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
    return named[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

-- Loads and validates; prints problems to stderr. Returns the builder, or nil, exit code.
local function load_config(dir, opts)
  local b = loader.load(dir, opts)
  for _, p in ipairs(b:sorted_problems()) do err(loader.format_problem(p)) end
  if b:errors() > 0 then
    err(string.format("styr: %s: %d problem%s; nothing was written", dir, b:errors(), b:errors() == 1 and "" or "s"))
    return nil, EXIT.config
  end
  return b
end

function M.validate(opts)
  local dir = opts.args[1] or "."
  local b = loader.load(dir, opts)
  local problems = b:sorted_problems()
  if opts.json then
    local items = {}
    for _, p in ipairs(problems) do
      items[#items + 1] = string.format('{"file":%s,"line":%s,"level":%s,"message":%s}',
        p.file and json_string(p.file) or "null", p.line and tostring(p.line) or "null",
        json_string(p.level), json_string(p.message))
    end
    out("[" .. table.concat(items, ",") .. "]")
  else
    for _, p in ipairs(problems) do err(loader.format_problem(p)) end
  end
  local n = b:errors()
  if n > 0 then
    if not opts.json then err(string.format("styr: %s: %d problem%s", dir, n, n == 1 and "" or "s")) end
    return EXIT.config
  end
  if not opts.json then
    out(string.format("%s: valid (%d goals, %d indicators, %d activities, %d bodies, %d reports)", dir,
      #b.goal_order, #b.indicator_order, #b.activities, #b.body_order, #b.report_order))
  end
  return EXIT.ok
end

function M.report(opts)
  local name = opts.args[1]
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local b, code = load_config(dir, opts)
  if not b then return code end
  if not b.reports[name] then
    err("styr report: " .. dir .. " has no report named '" .. name .. "'" ..
        util.suggest(name, b.report_order) .. "; it has: " .. table.concat(b.report_order, ", "))
    return EXIT.usage
  end
  local now, nerr = clock.now()
  if not now then err("styr: " .. nerr); return EXIT.usage end
  local db_path = opts.db or (dir .. "/styr.db")
  local out_dir = opts.out or "reports"

  local db <close>, oerr = store.open(db_path)
  if not db then err("styr: " .. oerr); return EXIT.failed end

  -- One transaction: the run record and the configuration's values, or nothing.
  local ok, berr = db:begin()
  if not ok then err("styr: " .. berr); return EXIT.failed end
  local run_id, rerr = db:run_start("report " .. name, now)
  if not run_id then db:rollback(); err("styr: " .. rerr); return EXIT.failed end
  local counts, serr = sync.run(db, b, now)
  if not counts then db:rollback(); err("styr: " .. serr); return EXIT.failed end
  ok, berr = db:commit()
  if not ok then err("styr: " .. berr); return EXIT.failed end

  local function finish(outcome, message)
    local fin, ferr = db:run_finish(run_id, select(1, clock.now()), outcome, message)
    if not fin then err("styr: " .. ferr) end
    return fin
  end

  local doc, derr = report.build(b, db, name, { generated = now:sub(1, 10), today = now:sub(1, 10) })
  if not doc then
    finish("failed", derr)
    err("styr: " .. derr)
    return EXIT.failed
  end
  local files = {}
  for _, fmt in ipairs(b.reports[name].formats) do
    local r = RENDERERS[fmt]
    files[#files + 1] = { name = name .. "." .. r.ext, data = r.render(doc) }
  end
  local wrote, werr = output.write_all(out_dir, files)
  if not wrote then
    finish("failed", werr)
    err("styr: " .. werr)
    return EXIT.failed
  end
  local summary = string.format("%d values stored (%d new, %d unchanged); wrote %d file%s",
    counts.new + counts.unchanged, counts.new, counts.unchanged, #files, #files == 1 and "" or "s")
  if not finish("succeeded", summary) then return EXIT.failed end
  for _, f in ipairs(files) do out(out_dir .. "/" .. f.name) end
  err("styr: " .. summary)
  return EXIT.ok
end

-- --year: a whole year, or nil and a message.
local function year_option(opts)
  if opts.year == nil then return nil end
  local y = tonumber(opts.year)
  if not y or not opts.year:match("^%d%d%d%d$") or y < 1971 or y > 2200 then
    return nil, "--year takes a year such as 2026, not '" .. opts.year .. "'"
  end
  return math.tointeger(y)
end

local function this_year()
  local now = clock.now()
  return tonumber(now and now:sub(1, 4) or os.date("!%Y"))
end

local VIEWS = { "org", "wheel" }

-- Shared start of show and export: the view's name, the year and the validated configuration.
local function view_setup(opts, command)
  local what = opts.args[1]
  if what ~= "org" and what ~= "wheel" then
    err("styr " .. command .. ": unknown view '" .. tostring(what) .. "'" .. util.suggest(what, VIEWS) ..
        "; use org or wheel")
    return nil, EXIT.usage
  end
  local year, yerr = year_option(opts)
  if yerr then err("styr " .. command .. ": " .. yerr); return nil, EXIT.usage end
  year = year or this_year()
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  opts.year = year
  local b, code = load_config(dir, opts)
  if not b then return nil, code end
  return { what = what, year = year, dir = dir, b = b }
end

function M.show(opts)
  local v, code = view_setup(opts, "show")
  if not v then return code end
  local lines = v.what == "org" and views.org(v.b) or views.wheel(v.b, v.year)
  for _, l in ipairs(lines) do out(l) end
  return EXIT.ok
end

local EXPORT_FORMATS = { org = { "dot", "svg" }, wheel = { "ics" } }

function M.export(opts)
  local what = opts.args[1]
  local formats = EXPORT_FORMATS[what]
  if formats and not util.set(formats)[opts.format or ""] then
    err("styr export " .. what .. ": " .. (opts.format and ("unknown format '" .. opts.format .. "'" ..
        util.suggest(opts.format, formats)) or "--format is required") .. "; use " .. table.concat(formats, " or "))
    return EXIT.usage
  end
  local v, code = view_setup(opts, "export")
  if not v then return code end
  local data
  if v.what == "org" then
    data = orgchart.dot(v.b)
    if opts.format == "svg" then
      local svg, gerr = require("styr.graph").render(data, "svg")
      if not svg then err("styr export org: Graphviz could not lay out the chart: " .. tostring(gerr)); return 70 end
      data = svg
    end
  else
    local now = clock.now() or os.date("!%Y-%m-%dT%H:%M:%SZ")
    data = ics.calendar(v.b, v.year, now)
  end
  if not opts.out then
    console.out(data)
    return EXIT.ok
  end
  local dir, name = opts.out:match("^(.*)/([^/]+)$")
  if not dir then dir, name = ".", opts.out end
  if dir == "" then dir = "/" end
  local ok, werr = output.write_all(dir, { { name = name, data = data } })
  if not ok then err("styr: " .. werr); return EXIT.failed end
  out(opts.out)
  return EXIT.ok
end

function M.main(opts)
  if version ~= STYR_VERSION then
    err(string.format("styr: the engine scripts are version %s but the binary is %s; use matching " ..
                      "--lua-dir scripts or reinstall", tostring(version), tostring(STYR_VERSION)))
    return EXIT.usage
  end
  local command = M[opts.command]
  if type(command) ~= "function" or opts.command == "main" then
    err("styr: unknown command '" .. tostring(opts.command) .. "'")
    return EXIT.usage
  end
  return command(opts)
end

return M
