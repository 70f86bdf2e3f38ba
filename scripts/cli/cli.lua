-- The commands, called by core/main.c with the parsed arguments. Each returns an exit code:
-- 0 ok, 1 run failed (store, output), 2 usage, 3 configuration error.
local loader = require "styr.loader"
local sync = require "styr.sync"
local util = require "styr.util"
local console = require "styr.console"
local clock = require "styr.clock"
local storage = require "styr.storage"
local snapshots = require "styr.config_snapshots"
local output = require "styr.output"
local version = require "styr.version"
local wheel = require "styr.wheel"
local orgchart = require "styr.orgchart"
local ics = require "styr.ics"

local M = {}

local EXIT = { ok = 0, failed = 1, usage = 2, config = 3 }
M.EXIT = EXIT

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

-- validate's part of the definition lock: when the configuration declares one and its store
-- exists (none is created), a definition changed in the locked period without a decision is a
-- problem (added to b). Nothing is recorded. Returns nil, or an exit code after a store failure.
local function validate_definitions(dir, b, opts)
  local definitions = require "styr.definitions"
  if b:errors() > 0 or not require("styr.definition_lock").lock_of(b) then return nil end
  local path = opts.db or (dir:gsub("/+$", "") .. "/styr.db")
  if not require("styr.config").exists(path) then return nil end
  local now, nerr = clock.now()
  if not now then err("styr: " .. nerr); return EXIT.usage end
  local db <close>, oerr = storage.open(path)
  if not db then return storage.report(err, "validate", "checking the definition lock: " .. oerr) end
  local ok, derr, kind = definitions.check(b, db, now, { record = false })
  if not ok and kind ~= "config" then return storage.report(err, "validate", "checking the definition lock: " .. derr) end
end

function M.validate(opts)
  local dir = opts.args[1] or "."
  local b = loader.load(dir, opts)
  local failed = validate_definitions(dir, b, opts)
  if failed then return failed end
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
    local count = require("styr.show").count
    out(string.format("%s: valid (%s, %s, %s, %s, %s)", dir, count(#b.goal_order, "goal"),
      count(#b.indicator_order, "indicator"), count(#b.activities, "activity", "activities"),
      count(#b.body_order, "body", "bodies"), count(#b.report_order, "report")))
    -- The next useful command: fetch what the sources bring, else render a report.
    local at = dir == "." and "" or (" --config " .. dir)
    if #b.source_order > 0 then
      err("styr: next: styr fetch" .. at .. (b.report_order[1] and (", then styr report " .. b.report_order[1] .. at) or ""))
    elseif b.report_order[1] then
      err("styr: next: styr report " .. b.report_order[1] .. at)
    end
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
  -- --audience AMN,SON: only these of the report's audiences (checked before anything is stored).
  local audiences
  if opts.audience then
    local r = b.reports[name]
    local known = type(r.audiences) == "table" and r.audiences or {}
    audiences = {}
    for a in opts.audience:gmatch("[^,]+") do
      if not util.set(known)[a] then
        err("styr report: --audience " .. a .. ": report '" .. name .. "' " ..
            (#known > 0 and ("goes to " .. table.concat(known, ", ") .. util.suggest(a, known)) or "names no audiences"))
        return EXIT.usage
      end
      audiences[#audiences + 1] = a
    end
  end
  local now, nerr = clock.now()
  if not now then err("styr: " .. nerr); return EXIT.usage end
  local db_path = opts.db or (dir .. "/styr.db")
  local out_dir = opts.out or "reports"

  local function store_failed(message) return storage.report(err, "report", message) end
  local db <close>, oerr = storage.open(db_path)
  if not db then return store_failed(oerr) end

  -- One transaction: the run record and the configuration's values, or nothing.
  local ok, berr = db:begin()
  if not ok then return store_failed(berr) end
  -- The mandate-period lock (scripts/definitions.lua): a definition changed without a decision
  -- stops the report before anything is stored.
  local defs, dcode = require("styr.compute").check_definitions(b, db, now, { err = err, EXIT = EXIT }, true, "report")
  if not defs then db:rollback(); return dcode end
  local run_id, rerr = db:run_start("report " .. name, now)
  if not run_id then db:rollback(); return store_failed(rerr) end
  -- The configuration this run uses, kept in the store (once per distinct content), so that a
  -- later report --as-of renders with it (scripts/engine/config_snapshots.lua).
  local _, snerr = snapshots.record(db, b, run_id, now)
  if snerr then db:rollback(); return store_failed(snerr) end
  local counts, serr = sync.run(db, b, now)
  if not counts then db:rollback(); return store_failed(serr) end
  -- Formulas are computed from what is stored now, so the report shows today's derived values (as
  -- styr compute would; a report --as-of reads the past and computes nothing).
  local computed
  if opts["as-of"] == nil then
    local cok, c = util.pass_memory_error(pcall(require("styr.compute").evaluate_all, b, db, now))
    if not cok then
      db:rollback()
      err("styr report: " .. tostring(c))
      err("styr report: nothing was stored or written")
      return storage.is_failure(c) and storage.EXIT or EXIT.config
    end
    computed = c
  end
  ok, berr = db:commit()
  if not ok then return store_failed(berr) end

  local function finish(outcome, message)
    local fin, ferr = db:run_finish(run_id, select(1, clock.now()), outcome, message)
    if not fin then store_failed("recording the run failed: " .. tostring(ferr)) end
    return fin
  end

  -- --as-of: the report as it was at that date (scripts/compute.lua): the store seen through a
  -- view that hides later vintages, and the report dated then.
  local as_of, aerr = require("styr.compute").as_of(opts)
  if aerr then finish("failed", aerr); err("styr report: " .. aerr); return EXIT.usage end
  local view = as_of and require("styr.compute").as_of_view(db, as_of) or db
  local day = as_of and as_of:sub(1, 10) or now:sub(1, 10)
  -- --as-of renders with the configuration in force then too (the one the newest successful run
  -- at or before that time recorded), so the report is the one the committee saw. Without such a
  -- snapshot (a store from before styr recorded them) it says so and uses today's configuration.
  local rb = b
  if as_of then
    local lok, then_b, sn = pcall(snapshots.load_at, db, dir, as_of, opts)
    if not lok then finish("failed", tostring(then_b)); return store_failed(then_b) end
    if not then_b then
      err("styr report: warning: " .. sn .. "; the report is rendered with the configuration as it is now, so " ..
          "indicators, targets and layouts changed since then show as they are now")
    elseif then_b:errors() > 0 then
      for _, p in ipairs(then_b:sorted_problems()) do
        if p.level == "error" then err(loader.format_problem(p)) end
      end
      local msg = "the configuration in force at " .. as_of .. " (recorded by run #" .. sn.run_id .. ", " ..
                  sn.run_command .. ", " .. sn.run_started .. ") no longer loads; nothing was written"
      finish("failed", msg)
      err("styr report: " .. msg)
      return EXIT.config
    elseif not then_b.reports[name] then
      local msg = "report '" .. name .. "' did not exist in the configuration in force at " .. as_of ..
                  " (recorded by run #" .. sn.run_id .. ", " .. sn.run_started .. "); it had: " ..
                  table.concat(then_b.report_order, ", ")
      finish("failed", msg)
      err("styr report: " .. msg)
      return EXIT.usage
    else
      rb = then_b
      err("styr report: with the configuration in force at " .. as_of .. " (recorded by run #" .. sn.run_id ..
          ", " .. sn.run_command .. ", " .. sn.run_started .. ")")
    end
  end
  -- With --as-of the store itself is passed too, so that values revised since can be marked.
  local files, rerr2 = require("styr.pipeline").render_report(rb, view, name, { generated = day, today = day,
    current = as_of and db or nil, as_of = as_of and opts["as-of"] or nil, audiences = audiences })
  if not files then finish("failed", rerr2); err("styr: " .. rerr2); return EXIT.failed end
  local wrote, werr = output.write_all(out_dir, files)
  if not wrote then
    finish("failed", werr)
    err("styr: " .. werr)
    return EXIT.failed
  end
  local summary = string.format("%d value%s stored (%d new, %d unchanged)%s; wrote %d file%s",
    counts.new + counts.unchanged, counts.new + counts.unchanged == 1 and "" or "s", counts.new, counts.unchanged,
    computed and string.format("; computed: %d new, %d changed, %d unchanged", computed.new, computed.changed,
                               computed.unchanged) or "",
    #files, #files == 1 and "" or "s")
  if not finish("succeeded", summary) then return EXIT.failed end
  for _, f in ipairs(files) do out(out_dir .. "/" .. f.name) end
  err("styr: " .. summary)
  -- The next useful step: read what was made, then have it made on schedule.
  local html
  for _, f in ipairs(files) do
    if not html and f.name:match("%.html$") then html = out_dir .. "/" .. f.name end
  end
  err("styr: next: " .. (html and ("open " .. html .. " in a browser; ") or "") .. "styr show wheel" ..
      (dir == "." and "" or (" --config " .. dir)) .. " shows when the report is due")
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
  local given_year = opts.year
  year = year or this_year()
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  opts.year = year
  local b, code = load_config(dir, opts)
  if not b then return nil, code end
  -- The wheel's filters (scripts/cli/show.lua): --from/--to, --body, --kind, --cron.
  local sel
  if what == "wheel" then
    if opts.from then year = tonumber(opts.from:sub(1, 4)) or year end
    local serr
    sel, serr = require("styr.show").wheel_selection({ from = opts.from, to = opts.to, body = opts.body,
      kind = opts.kind, cron = opts.cron, year = given_year }, b, year)
    if not sel then err("styr " .. command .. " wheel: " .. serr); return nil, EXIT.usage end
  elseif opts.from or opts.to or opts.body or opts.kind or opts.cron then
    err("styr " .. command .. " org: --from, --to, --body, --kind and --cron filter the wheel only")
    return nil, EXIT.usage
  end
  return { what = what, year = year, dir = dir, b = b, sel = sel }
end

-- styr show VIEW (scripts/cli/show.lua): the organisation, the wheel and the listings.
function M.show(opts)
  return require("styr.show").command(opts, { load_config = load_config, year_option = year_option,
                                              this_year = this_year, out = out, err = err, EXIT = EXIT })
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
  if what == "org" and (opts.deadlines or opts.body) then
    err("styr export org: --deadlines and --body go with export wheel"); return EXIT.usage
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
    -- The calendar of the events the filters keep (with --from/--to: those that occur then).
    local sel, b = v.sel, v.b
    local kept = {}
    for _, id in ipairs(b.event_order) do
      local ev = b.events[id]
      if sel.keep(ev) and (not sel.from or #wheel.year_occurrences(b, v.year, {
            keep = function(e) return e == ev end, from = sel.from, to = sel.to, years = sel.years }) > 0) then
        kept[#kept + 1] = id
      end
    end
    -- --deadlines / --body: each body's submission deadlines as events of their own (with --body,
    -- that body's only: its calendar is its meetings, the reports due to it and what it must submit).
    local bodies, berr
    if opts.deadlines or opts.body then
      bodies, berr = require("styr.deadline_list").bodies(b, opts.body)
      if berr then err("styr export wheel: " .. berr); return EXIT.usage end
    end
    data = ics.calendar(setmetatable({ event_order = kept }, { __index = b }), v.year, now,
                        (opts.deadlines or opts.body) and { bodies = bodies, builder = b } or nil)
    require("styr.show").say_left_out(sel, err)
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

-- The configuration and the database that fetch, history and status work on.
local function open_store(opts)
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local b, code = load_config(dir, opts)
  if not b then return nil, code end
  local db, oerr = storage.open(opts.db or (dir .. "/styr.db"))
  if not db then return nil, storage.report(err, nil, oerr) end
  return b, db, dir
end

function M.fetch(opts)
  local b, db, dir = open_store(opts)
  if not b then return db end
  local ids = {}
  if #opts.args > 0 then
    for _, id in ipairs(opts.args) do
      if not b.sources[id] then
        db:close()
        err("styr fetch: " .. dir .. " has no source named '" .. id .. "'" .. util.suggest(id, b.source_order) ..
            (#b.source_order > 0 and ("; it has: " .. table.concat(b.source_order, ", ")) or "; it declares no source"))
        return EXIT.usage
      end
      ids[#ids + 1] = id
    end
  else
    ids = b.source_order
  end
  if #ids == 0 then db:close(); out(dir .. ": no sources to fetch"); return EXIT.ok end
  local now = clock.now()
  local fetch = require "styr.fetch"
  local env_ms = function(name)
    local v = console.env(name)
    return v and tonumber(v) or nil
  end
  local results = fetch.run(b, db, ids, {
    now = now, clock = function() return (clock.now()) end, offline = opts.offline, quiet = opts.quiet,
    strict = opts.strict,
    dir = dir, elapsed_ms = clock.elapsed_ms, trigger = "manual",
    -- Test and operations knobs, read from the environment so a scheduled run needs no flags.
    backoff_ms = env_ms("STYR_HTTP_BACKOFF_MS"), backoff_max_ms = env_ms("STYR_HTTP_BACKOFF_MAX_MS"),
    retry_after_max_s = env_ms("STYR_HTTP_RETRY_AFTER_MAX_S"), timeout = env_ms("STYR_HTTP_TIMEOUT_S"),
    connect_timeout = env_ms("STYR_HTTP_CONNECT_TIMEOUT_S"), low_speed_time = env_ms("STYR_HTTP_LOW_SPEED_S"),
  })
  db:close()
  local failed, strict_failed = 0, 0
  if opts.json then
    -- One object per source (docs/sources.md): counts, the base URL used and where it came from.
    local json = require "styr.json"
    local items = json.array()
    for i, r in ipairs(results) do
      items[i] = { source = r.source, kind = b.sources[r.source].kind, ok = r.ok == true, new = r.new or 0,
                   changed = r.changed or 0, unchanged = r.unchanged or 0, kept = r.kept or 0,
                   requests = r.requests or 0, not_modified = r.not_modified or 0, offline = opts.offline == true,
                   base_url = r.base_url or json.null, base_url_from = r.base_url_from or json.null,
                   warnings = json.array(r.warnings or {}),
                   error = r.error and tostring(r.error) or json.null }
    end
    out(assert(json.encode(items, { sort_keys = true })))
  end
  for _, r in ipairs(results) do
    -- Which base URL each source used, so that a fetch against the public API is never a surprise.
    local where = r.base_url and ("; base URL " .. r.base_url .. " from " .. tostring(r.base_url_from)) or ""
    if r.ok then
      if not opts.json then
        out(string.format("%s: %d new, %d changed, %d unchanged%s (%d request%s%s%s%s)", r.source, r.new, r.changed,
          r.unchanged, r.kept > 0 and (", " .. r.kept .. " kept from the configuration") or "", r.requests or 0,
          r.requests == 1 and "" or "s", (r.not_modified or 0) > 0 and (", " .. r.not_modified .. " not modified") or "",
          opts.offline and ", offline" or "", where))
      end
      -- Empty results are news: an asked-for value that came back empty.
      for _, w in ipairs(r.warnings or {}) do err("styr fetch: warning: " .. w) end
    elseif r.stored_anyway then
      failed = failed + 1
      strict_failed = strict_failed + 1
      err("styr fetch: " .. r.source .. ": " .. tostring(r.error) .. " (the values that came were stored" .. where .. ")")
    else
      failed = failed + 1
      err("styr fetch: " .. r.source .. ": " .. tostring(r.error))
    end
  end
  if failed > 0 then
    err(string.format("styr fetch: %d of %d source%s failed; %s", failed, #results,
      #results == 1 and "" or "s", strict_failed == failed and "the values that came were stored"
      or "their earlier data are unchanged"))
    return EXIT.failed
  end
  return EXIT.ok
end

local function json_value(v)
  if v == nil then return "null" end
  if type(v) == "number" then return math.type(v) == "integer" and tostring(v) or string.format("%.17g", v) end
  if type(v) == "boolean" then return tostring(v) end
  return json_string(v)
end

function M.sources(opts)
  local verb, kind, text = opts.args[1], opts.args[2], opts.args[3]
  if verb ~= "search" then err("styr sources: unknown action '" .. tostring(verb) .. "'; use search"); return EXIT.usage end
  if kind ~= "kolada" then
    err("styr sources search: only the kolada catalogue can be searched, not '" .. tostring(kind) .. "'")
    return EXIT.usage
  end
  local kolada = require "styr.plugin.kolada"
  local src
  if opts.config then
    local b, code = load_config((opts.config:gsub("/+$", "")), opts)
    if not b then return code end
    for _, id in ipairs(b.source_order) do
      if b.sources[id].kind == "kolada" then src = b.sources[id]; break end
    end
  end
  local override = console.env("STYR_URL_KOLADA")
  if override then src = { url = override } end
  local list, where
  if not opts.offline then
    local req = kolada.search_request(src, text)
    local res = require("styr.http").fetch({ { url = req.url } }, { attempts = 2, timeout = 20, quiet = true })[1]
    if res and res.ok then
      local perr
      list, perr = kolada.search_parse(res.body, req.url)
      if not list then err("styr sources search: " .. perr) end
      where = "Kolada's live catalogue"
    else
      err("styr sources search: Kolada could not be reached (" .. tostring(res and res.error) ..
          "); searching the catalogue bundled with styr instead")
    end
  end
  if not list then list, where = kolada.search_bundled(text), "the catalogue bundled with styr" end
  if opts.json then
    local items = {}
    for _, k in ipairs(list) do
      items[#items + 1] = '{"id":' .. json_string(k.id) .. ',"title":' .. json_string(k.title) .. ',"coverage":' ..
                          json_value(k.coverage) .. ',"latest":' .. json_value(k.latest) .. "}"
    end
    out("[" .. table.concat(items, ",") .. "]")
  else
    -- Which areas Kolada has each KPI for, and its newest year, where Kolada says.
    for _, k in ipairs(list) do
      local about = {}
      if k.coverage then about[#about + 1] = k.coverage end
      if k.latest then about[#about + 1] = "latest " .. k.latest end
      out(k.id .. "  " .. k.title .. (#about > 0 and ("  [" .. table.concat(about, ", ") .. "]") or ""))
    end
    err(string.format("styr: %d KPI%s in %s", #list, #list == 1 and "" or "s", where))
  end
  return EXIT.ok
end

-- The fields of history --json: those of old first (scripts read them in this order), then the
-- scheduler's slot, the base URL a fetch used, the configuration snapshot and the warnings.
local HISTORY_FIELDS = { "id", "command", "source", "trigger", "started", "finished", "outcome", "new", "changed",
                         "unchanged", "bytes", "attempts", "duration_ms", "http_status", "message", "error", "slot",
                         "base_url", "config_snapshot", "warnings" }

function M.history(opts)
  local b, db = open_store(opts)
  if not b then return db end
  local limit = tonumber(opts.limit or "50")
  if not limit or limit < 1 or limit ~= math.floor(limit) then
    db:close(); err("styr history: --limit takes a positive whole number, not '" .. tostring(opts.limit) .. "'")
    return EXIT.usage
  end
  if opts.job and opts.source then
    db:close(); err("styr history: give --job or --source, not both"); return EXIT.usage
  end
  if opts.audit then
    -- The web workspace's audit log (styr serve): every write and refused write.
    local rows, aerr = db:audit({ limit = math.tointeger(limit) })
    db:close()
    if not rows then return storage.report(err, "history", aerr) end
    if opts.json then
      local items = {}
      for _, a in ipairs(rows) do
        local fields = {}
        for _, f in ipairs({ "id", "at", "user", "address", "action", "target", "detail" }) do
          fields[#fields + 1] = json_string(f) .. ":" .. json_value(a[f])
        end
        items[#items + 1] = "{" .. table.concat(fields, ",") .. "}"
      end
      out("[" .. table.concat(items, ",") .. "]")
      return EXIT.ok
    end
    for _, a in ipairs(rows) do
      out(string.format("#%d %s  %s  %s  %s %s%s", a.id, a.at, a.user, a.address or "-", a.action, a.target or "",
        a.detail and ("  (" .. a.detail .. ")") or ""))
    end
    if #rows == 0 then out("no audit entries") end
    return EXIT.ok
  end
  -- A job's runs are recorded under "job:ID", apart from the sources it fetches.
  local source = opts.job and ("job:" .. opts.job) or opts.source
  local runs, rerr = db:runs({ source = source, failed = opts.failed or false, limit = math.tointeger(limit) })
  db:close()
  if not runs then return storage.report(err, "history", rerr) end
  if opts.json then
    local items = {}
    for _, r in ipairs(runs) do
      local fields = {}
      for _, f in ipairs(HISTORY_FIELDS) do fields[#fields + 1] = json_string(f) .. ":" .. json_value(r[f]) end
      items[#items + 1] = "{" .. table.concat(fields, ",") .. "}"
    end
    out("[" .. table.concat(items, ",") .. "]")
    return EXIT.ok
  end
  for _, r in ipairs(runs) do
    local counts = (r.new or r.changed or r.unchanged) and
      string.format("  %d new, %d changed, %d unchanged", r.new or 0, r.changed or 0, r.unchanged or 0) or ""
    local extra = {}
    if r.bytes and r.bytes > 0 then extra[#extra + 1] = r.bytes .. " bytes" end
    if r.attempts and r.attempts > 0 then extra[#extra + 1] = r.attempts .. " attempt" .. (r.attempts == 1 and "" or "s") end
    if r.duration_ms then extra[#extra + 1] = r.duration_ms .. " ms" end
    if r.http_status and r.http_status > 0 then extra[#extra + 1] = "HTTP " .. r.http_status end
    if r.base_url then extra[#extra + 1] = "base URL " .. r.base_url end
    -- The trigger, and the scheduler's slot the run belongs to.
    local trigger = (r.trigger and r.trigger ~= "manual" and ("  [" .. r.trigger .. "]") or "") ..
                    (r.slot and ("  slot " .. r.slot) or "")
    out(string.format("#%d %s  %-22s %-9s%s%s%s", r.id, r.started or "?", r.command or "?", r.outcome or "?", counts,
      #extra > 0 and ("  (" .. table.concat(extra, ", ") .. ")") or "", trigger))
    if r.outcome ~= "succeeded" and (r.error or r.message) then out("    " .. (r.error or r.message)) end
    if r.warnings and r.outcome == "succeeded" then
      for w in r.warnings:gmatch("[^\n]+") do out("    warning: " .. w) end
    end
  end
  if #runs == 0 then
    out("no runs recorded" .. (opts.source and (" for source " .. opts.source) or "") ..
        (opts.job and (" for job " .. opts.job) or ""))
  end
  return EXIT.ok
end

-- The jobs part of `styr status`: JSON, or lines.
local function jobs_status(js, json)
  local function run_of(r)
    if not r then return nil end
    return { started = r.started, outcome = r.outcome, trigger = r.trigger, error = r.error }
  end
  if json then
    local items = {}
    for _, j in ipairs(js.jobs) do
      local last = run_of(j.last) or {}
      local needs = {}
      for _, n in ipairs(j.needs) do needs[#needs + 1] = json_string(n) end
      items[#items + 1] = string.format('{"job":%s,"type":%s,"schedule":%s,"catch_up":%s,"needs":[%s],"next":%s,' ..
        '"next_local":%s,"due_now":%s,"last_run":%s,"last_outcome":%s,"last_trigger":%s,"last_error":%s}',
        json_string(j.id), json_string(j.type), json_string(j.schedule), json_string(j.catch_up),
        table.concat(needs, ","), json_value(j.next and os.date("!%Y-%m-%dT%H:%M:%SZ", j.next)), json_value(j.next_local),
        tostring(j.due_now == true), json_value(last.started), json_value(last.outcome), json_value(last.trigger),
        json_value(last.error))
    end
    local sc = js.scheduler
    return '"jobs":[' .. table.concat(items, ",") .. '],"scheduler":' .. string.format(
      '{"running":%s,"pid":%s,"command":%s,"started":%s}', tostring(sc.running), json_value(sc.pid),
      json_value(sc.command), json_value(sc.started))
  end
  local lines = { "Jobs (" .. js.zone .. ")" }
  if #js.jobs == 0 then lines[#lines + 1] = "  (none declared)" end
  for _, j in ipairs(js.jobs) do
    local last = j.last
    lines[#lines + 1] = string.format("  %-16s %-8s %-22s next %s; last run %s", j.id, j.type, j.schedule,
      j.due_now and ("due now (" .. j.next_local .. ")") or (j.next_local or "never"),
      last and string.format("%s %s (%s)", last.started, last.outcome, last.trigger or "manual") or "never")
  end
  local sc = js.scheduler
  lines[#lines + 1] = sc.running and string.format("Scheduler: running, pid %s (%s, started %s)", tostring(sc.pid),
    sc.command or "?", sc.started or "?") or "Scheduler: not running"
  return lines
end

-- styr status: each source's last run, a line per indicator x area (its newest period with a value,
-- when it last changed, the wheel's next delivery), the indicators that never had a value for an
-- area they are stored or asked for, and the jobs; --json the same as one object. The series are
-- read one at a time (db:status's each) and checked an indicator at a time, so that a national
-- store's tens of thousands of lines pass through without being held.
function M.status(opts)
  local b, db, dir = open_store(opts)
  if not b then return db end
  local st, serr = db:status(nil, { series = false })
  local jok, js = pcall(require("styr.scheduler").status, b, db, opts.db or (dir .. "/styr.db"))
  -- The warnings of each source's last run (values it was asked for that came back empty).
  local warnings_of = {}
  for _, id in ipairs(b.source_order) do
    local runs = db:runs({ source = id, limit = 1 })
    local last = type(runs) == "table" and runs[1]
    local list = {}
    if last and last.warnings then
      for w in last.warnings:gmatch("[^\n]+") do list[#list + 1] = w end
    end
    warnings_of[id] = list
  end
  if not st then db:close(); return storage.report(err, "status", serr) end
  if not jok then db:close(); err("styr: " .. tostring(js)); return EXIT.failed end
  local now, now_epoch = clock.now()
  -- When the annual wheel expects each indicator's next delivery.
  local next_delivery = require("styr.wheel").next_deliveries(b, nil, tonumber(now:sub(1, 4)), now_epoch)
  local last_by_source = {}
  for _, s in ipairs(st.sources or {}) do last_by_source[s.source] = s end
  -- indicator x area the sources are asked for: the connector's own list (plugin.expected), else
  -- each indicator a source feeds, for the municipality itself. Kept per indicator as the lists
  -- the connectors give (an area list is shared, not copied), each with its place in the order
  -- of asking.
  local fed, fed_ids, n_fed = {}, {}, 0
  local function feed(id, areas, sid)
    n_fed = n_fed + 1
    if not fed[id] then fed[id] = {}; fed_ids[#fed_ids + 1] = id end
    table.insert(fed[id], { areas = areas, sid = sid, at = n_fed })
  end
  for _, sid in ipairs(b.source_order) do
    local src = b.sources[sid]
    local plugin = require("styr.sources").plugin(src.kind)
    if plugin and plugin.expected then
      for _, e in ipairs(plugin.expected(src, { municipality = b.municipality, now = now })) do
        feed(e.indicator, e.areas, sid)
      end
    elseif plugin and plugin.series_ref then
      for _, id in ipairs(b.indicator_order) do
        if plugin.series_ref(src, id) then feed(id, { b.municipality.code }, sid) end
      end
    end
  end
  -- An indicator that has never had a value for an area: stored but always missing (in the order
  -- of the series), or asked of a source that has never brought a row for it (in the order of
  -- asking: { at, area's place, text }, sorted at the end).
  local never, unfed = {}, {}
  local function check_fed(id, stored)
    local seen = {}
    for _, f in ipairs(fed[id] or {}) do
      for i, area in ipairs(f.areas) do
        if not seen[area] then
          seen[area] = true
          if not stored[area] then
            unfed[#unfed + 1] = { f.at, i, string.format("indicator '%s' has never had a value for area %s " ..
              "(source '%s' has brought none; styr fetch %s)", id, area, f.sid, f.sid) }
          end
        end
      end
    end
  end

  -- The sources.
  local json = opts.json
  if json then
    local srcs = {}
    for _, id in ipairs(b.source_order) do
      local s = last_by_source[id] or {}
      local ws = {}
      for i, w in ipairs(warnings_of[id]) do ws[i] = json_string(w) end
      srcs[#srcs + 1] = string.format('{"source":%s,"kind":%s,"last_success":%s,"last_run":%s,"last_outcome":%s,' ..
        '"warnings":[%s]}', json_string(id), json_string(b.sources[id].kind), json_value(s.last_success),
        json_value(s.last_run), json_value(s.last_outcome), table.concat(ws, ","))
    end
    console.out('{"sources":[', table.concat(srcs, ","), '],"indicators":[')
  else
    out("Sources")
    if #b.source_order == 0 then out("  (none declared)") end
    for _, id in ipairs(b.source_order) do
      local s = last_by_source[id] or {}
      out(string.format("  %-16s %-10s last success %s; last run %s (%s)", id, b.sources[id].kind,
        s.last_success or "never", s.last_run or "never", s.last_outcome or "-"))
      for _, w in ipairs(warnings_of[id]) do out("    warning: " .. w) end
    end
    out("Indicators")
  end

  -- The series, as the store reads them: by indicator, area and period kind. An indicator x
  -- area's rows (one per period kind) are checked together; an indicator's areas when the next
  -- indicator begins.
  local current, stored, checked = nil, {}, {}
  local group, n = {}, 0
  local function end_group()
    local first = group[1]
    if not first then return end
    local valued = false
    for _, r in ipairs(group) do if r.newest_period then valued = true end end
    if not valued then
      never[#never + 1] = string.format("indicator '%s' has never had a value for area %s (%d period%s stored, " ..
        "all missing)", first.indicator, first.area, first.periods or 0, first.periods == 1 and "" or "s")
    end
    group = {}
  end
  local function end_indicator()
    end_group()
    if current then check_fed(current, stored); checked[current] = true end
  end
  local ok, rerr = db:status(nil, { each = function(r)
    if r.indicator ~= current then
      end_indicator()
      current, stored = r.indicator, {}
    elseif r.area ~= group[1].area then
      end_group()
    end
    stored[r.area] = true
    group[#group + 1] = r
    n = n + 1
    local nd = next_delivery[r.indicator]
    if json then
      console.out(n > 1 and "," or "", string.format('{"indicator":%s,"area":%s,"newest_period":%s,"last_changed":%s,' ..
        '"next_delivery":%s}', json_string(r.indicator), json_string(r.area), json_value(r.newest_period),
        json_value(r.last_changed), json_value(nd and nd.date)))
    else
      out(string.format("  %-28s %-10s newest %-8s changed %s%s", r.indicator, r.area, tostring(r.newest_period),
        tostring(r.last_changed), nd and ("; next delivery " .. nd.date .. " (" .. nd.ev .. ")") or ""))
    end
  end })
  db:close()
  if not ok then
    if json then console.out("]}\n") end
    return storage.report(err, "status", rerr)
  end
  end_indicator()
  -- Indicators asked for that have nothing stored at all.
  for _, id in ipairs(fed_ids) do
    if not checked[id] then check_fed(id, {}) end
  end
  table.sort(unfed, function(x, y) return x[1] < y[1] or x[1] == y[1] and x[2] < y[2] end)
  for _, u in ipairs(unfed) do never[#never + 1] = u[3] end

  if json then
    local nv = {}
    for i, w in ipairs(never) do nv[i] = json_string(w) end
    console.out('],"warnings":[', table.concat(nv, ","), "],", jobs_status(js, true), "}\n")
    return EXIT.ok
  end
  for _, w in ipairs(never) do out("  warning: " .. w) end
  for _, l in ipairs(jobs_status(js, false)) do out(l) end
  return EXIT.ok
end

-- Formulas (scripts/compute.lua, scripts/explain.lua, scripts/spectest.lua): compute, explain, test.
-- What the commands of lower layers get from the command line: loading, exit codes, output, and the
-- nearest indicator to a mistyped id (scripts/cli/show.lua).
local function kpi_cli()
  return { load_config = load_config, EXIT = EXIT, out = out, err = err, nearest = require("styr.show").nearest }
end
function M.compute(opts) return require("styr.compute").command(opts, kpi_cli()) end
function M.explain(opts) return require("styr.explain").command(opts, kpi_cli()) end
function M.test(opts) return require("styr.spectest").command(opts, kpi_cli()) end
function M.serve(opts) return require("styr.server").command(opts, kpi_cli()) end
-- The first hour (scripts/cli/init.lua, doctor.lua): a configuration from a municipality's code,
-- and a check of the setup.
function M.init(opts) return require("styr.init").command(opts, kpi_cli()) end
function M.doctor(opts) return require("styr.doctor").command(opts, kpi_cli()) end

-- The scheduler's commands (scripts/scheduler.lua): due, daemon, run JOB.
function M.due(opts)
  -- --deadlines (or --body): list what each body must still submit, run nothing.
  if opts.deadlines or opts.body then return require("styr.deadline_list").command(opts, kpi_cli()) end
  if opts.json then err("styr due: --json goes with --deadlines"); return EXIT.usage end
  return require("styr.scheduler").due(opts)
end
function M.daemon(opts) return require("styr.scheduler").daemon(opts) end
function M.run(opts) return require("styr.scheduler").run(opts) end

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
