-- styr doctor: checks the setup a scheduled run depends on and says what to fix. One line per
-- check, "ok", "warn" or "FAIL", and under each failure the fix. Exits 0 when nothing fails, 1
-- otherwise. --offline keeps to the local checks (no request to any source).
local console = require "styr.console"
local clock = require "styr.clock"
local config = require "styr.config"
local show = require "styr.show"

local M = {}

-- The Lua release styr needs at least (README: Debian's 5.4.4 with its security fixes).
M.MIN_LUA = { 5, 4, 4 }

local function lua_ok(release)
  local a, b, c = tostring(release):match("(%d+)%.(%d+)%.(%d+)")
  local v = { tonumber(a) or 0, tonumber(b) or 0, tonumber(c) or 0 }
  for i = 1, 3 do
    if v[i] ~= M.MIN_LUA[i] then return v[i] > M.MIN_LUA[i] end
  end
  return true
end

-- The folder a file is in ("." for a bare name).
local function folder_of(path)
  return path:match("^(.*)/[^/]*$") or "."
end

-- Results are { level = "ok"|"warn"|"fail"|"info", what =, text =, fix = }.
local function check_versions(add)
  local release = console.lua_release or "?"
  local store = require "styr.store"
  local text = string.format("styr %s (scripts %s), %s, SQLite %s", tostring(STYR_VERSION),
                             tostring(require("styr.version")), release, tostring(store.sqlite_version))
  if not lua_ok(release) then
    add("fail", "versions", text, "styr needs Lua 5.4.4 or newer (with its security fixes): install the " ..
        "distribution's current liblua5.4 and rebuild styr")
  else
    add("ok", "versions", text)
  end
end

local function check_config(add, dir, opts)
  local loader = require "styr.loader"
  local b = loader.load(dir, opts)
  local n, warnings = b:errors(), 0
  for _, p in ipairs(b:sorted_problems()) do
    if p.level == "warning" then warnings = warnings + 1 end
  end
  if n > 0 then
    add("fail", "configuration", dir .. ": " .. show.count(n, "problem"),
        "run styr validate " .. dir .. " and correct each file:line it names")
    return nil
  end
  local summary = string.format("%s: valid (%s, %s, %s)", dir, show.count(#b.goal_order, "goal"),
                                show.count(#b.indicator_order, "indicator"), show.count(#b.report_order, "report"))
  if warnings > 0 then
    add("warn", "configuration", summary .. "; " .. show.count(warnings, "warning"),
        "styr validate " .. dir .. " shows them")
  else
    add("ok", "configuration", summary)
  end
  return b
end

-- Returns whether the store has runs (nil when there is no store).
local function check_database(add, path)
  local exists, kind = config.exists(path)
  local folder = folder_of(path)
  local fix_folder = "make " .. folder .. " writable for the user that runs styr (chown or chmod), or choose " ..
                     "another file with --db FILE"
  if exists and kind ~= "file" then
    add("fail", "database", path .. " is a " .. tostring(kind) .. ", not a file",
        "remove it or choose another file with --db FILE")
    return
  end
  local fexists, fkind = config.exists(folder)
  if not fexists or fkind ~= "directory" then
    add("fail", "database", path .. ": the folder " .. folder .. " does not exist",
        "create it (mkdir -p " .. folder .. "), or choose another file with --db FILE")
    return
  end
  local ok, why = config.writable(folder)
  if not ok then
    -- SQLite writes its journal (-wal, -shm) beside the database: the folder must be writable.
    add("fail", "database", path .. ": the folder " .. folder .. " is not writable (" .. tostring(why) .. ")", fix_folder)
    return
  end
  if not exists then
    add("ok", "database", path .. " (not there yet: the first fetch or report creates it; its folder is writable)")
    return
  end
  ok, why = config.writable(path)
  if not ok then
    add("fail", "database", path .. " is not writable (" .. tostring(why) .. ")",
        "make it writable for the user that runs styr (chown or chmod), or choose another file with --db FILE")
    return
  end
  local db, oerr = require("styr.store").open(path)
  if not db then
    add("fail", "database", tostring(oerr), "move the file away, or choose another file with --db FILE")
    return
  end
  local runs = db:runs({ limit = 1 })
  db:close()
  local last = runs and runs[1]
  add("ok", "database", path .. " (writable" .. (last and (", last run " .. tostring(last.started) .. " " ..
      tostring(last.outcome)) or ", no runs yet") .. ")")
  return last ~= nil
end

local function check_timezone(add, b)
  local tz = require "styr.tz"
  local now, epoch = clock.now()
  local zone = b.timezone
  local t, terr = tz.to_local(epoch or 0, zone)
  if not t then
    add("fail", "time zone", tostring(zone) .. ": " .. tostring(terr),
        "install the time-zone database (Debian: apt-get install tzdata), or correct wheel { timezone = … }")
    return
  end
  add("ok", "time zone", zone .. " (the wheel's; the time-zone database has it)")
  -- A clock fixed for a test or a demonstration would stop the wheel where it was set.
  if console.env("STYR_NOW") then
    add("warn", "clock", string.format("fixed at %s by STYR_NOW (%04d-%02d-%02d %02d:%02d local)", tostring(now),
        t.year, t.month, t.day, t.hour, t.min), "unset STYR_NOW where styr runs on schedule, or the wheel never moves on")
  end
end

-- The PDF engine, when a report asks for the pdf format: Debian's headless Chromium prints it.
local function check_pdf(add, b)
  local asking = {}
  for _, rid in ipairs(b.report_order or {}) do
    for _, f in ipairs(b.reports[rid].formats or {}) do
      if f == "pdf" then asking[#asking + 1] = rid end
    end
  end
  if #asking == 0 then return end
  local path, installed = require("styr.output").pdf_engine()
  local which = "report" .. (#asking == 1 and " " or "s ") .. table.concat(asking, ", ")
  if installed then
    add("ok", "pdf", which .. " printed by " .. path)
  else
    add("fail", "pdf", which .. (#asking == 1 and " asks" or " ask") .. " for pdf, but " .. path .. " is not installed",
        "apt-get install chromium (or set STYR_CHROMIUM to a Chromium binary), or leave \"pdf\" out of the formats")
  end
end

-- One test request to a source's base URL: the connector's probe.
local function probe(src, r)
  local baseurl = require "styr.baseurl"
  local req = baseurl.probe(r, src)
  local timeout = tonumber(console.env("STYR_HTTP_TIMEOUT_S") or "") or 20
  local results = require("styr.http").fetch({ {
    url = req.url, method = req.method, body = req.body, content_type = req.content_type,
    secret_header = src.token_env and { name = "Authorization", env = src.token_env } or nil,
  } }, { attempts = 1, timeout = timeout, quiet = true, connect_timeout = math.min(timeout, 10) })
  return results and results[1] or { ok = false, error = "no answer" }, req.url
end

local function check_sources(add, b, dir, offline)
  local baseurl = require "styr.baseurl"
  local sources = require "styr.sources"
  if #b.source_order == 0 then add("info", "sources", "none declared") end
  for _, id in ipairs(b.source_order) do
    local src = b.sources[id]
    local what = "source " .. id
    local plugin = sources.plugin(src.kind)
    local r = plugin and baseurl.resolve(src, plugin)
    if not r then
      -- A local extract: the file must be there.
      local path = dir .. "/" .. tostring(src.file)
      if src.file and not config.exists(path) then
        add("fail", what, src.kind .. ": " .. path .. " is missing", "put the extract there, or correct file = … in the source")
      else
        add("ok", what, src.kind .. ": " .. tostring(src.file or "-"))
      end
    else
      local vars = baseurl.source_env(id) .. (r.facts.env ~= baseurl.source_env(id) and (" or " .. r.facts.env) or "")
      local text = src.kind .. ": base URL " .. r.url .. " (from " .. r.from .. "; set " .. vars .. " to change it)"
      local berr = baseurl.check(r, src)
      if berr then
        add("fail", what, text, berr)
      elseif offline then
        add("ok", what, text .. "; not asked (--offline)")
      else
        local res, url = probe(src, r)
        if res.ok then
          add("ok", what, text .. "; answered HTTP " .. tostring(res.status or 200))
        elseif res.status == 404 then
          add("fail", what, text .. "; " .. url .. " answered HTTP 404", baseurl.not_found(r, src))
        elseif res.status == 401 or res.status == 403 then
          add("fail", what, text .. "; " .. url .. " answered HTTP " .. res.status .. " (the key was refused)",
              src.token_env and ("put a valid key in the environment variable " .. src.token_env .. " of the user that runs styr")
              or "the API wants a key: name its environment variable with token_env = \"…\" in the source")
        else
          add("fail", what, text .. "; " .. tostring(res.error or ("HTTP " .. tostring(res.status))),
              "check the network from this machine (a proxy: https_proxy), or point " .. vars .. " at a reachable mirror; " ..
              baseurl.shape(r.facts))
        end
      end
    end
    if src.token_env then
      add("info", what, "its key is read from the environment variable " .. src.token_env .. " (never logged)")
    end
  end
end

-- The scheduler's systemd units, where installed (STYR_SYSTEMD_DIR, default /etc/systemd/system).
-- Returns how many it found.
local function check_scheduler(add)
  local units_dir = console.env("STYR_SYSTEMD_DIR") or "/etc/systemd/system"
  local names = config.list(units_dir) or {}
  table.sort(names)
  local found = 0
  for _, name in ipairs(names) do
    if name:match("^styr.*%.service$") or name:match("^styr.*%.timer$") then
      found = found + 1
      local text = config.read(units_dir, name)
      local exec = text and text:match("\nExecStart=([^\n]*)")
      if name:match("%.timer$") then
        add("ok", "scheduler", units_dir .. "/" .. name .. " installed (systemctl status " .. name .. " says whether it runs)")
      elseif not exec then
        add("warn", "scheduler", units_dir .. "/" .. name .. " has no ExecStart", "compare it with examples/deploy/")
      else
        local bin = exec:match("^%s*(%S+)")
        local cfg = exec:match("%-%-config%s+(%S+)")
        if bin and not config.exists(bin) then
          add("fail", "scheduler", units_dir .. "/" .. name .. ": ExecStart runs " .. bin .. ", which does not exist",
              "correct ExecStart= to styr's path (command -v styr), then systemctl daemon-reload")
        elseif cfg and not config.exists(cfg) then
          add("fail", "scheduler", units_dir .. "/" .. name .. ": --config " .. cfg .. " does not exist",
              "correct ExecStart='s --config, then systemctl daemon-reload")
        else
          add("ok", "scheduler", units_dir .. "/" .. name .. " runs " .. exec)
        end
      end
    end
  end
  if found == 0 then
    add("info", "scheduler", "no styr units in " .. units_dir .. " (examples/deploy has styr-due.timer and " ..
        "styr-daemon.service; or run styr due from cron)")
  end
  return found
end

function M.command(opts, cli)
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local results = {}
  local function add(level, what, text, fix) results[#results + 1] = { level = level, what = what, text = text, fix = fix } end
  check_versions(add)
  local b = check_config(add, dir, opts)
  local has_runs = check_database(add, opts.db or (dir .. "/styr.db"))
  if b then
    check_timezone(add, b)
    check_pdf(add, b)
    check_sources(add, b, dir, opts.offline)
  end
  local units = check_scheduler(add)
  local LEVEL = { ok = "ok   ", warn = "warn ", fail = "FAIL ", info = "--   " }
  local failed, warned = 0, 0
  cli.out("styr doctor: " .. dir)
  for _, r in ipairs(results) do
    cli.out(LEVEL[r.level] .. " " .. r.what .. ": " .. r.text)
    if r.fix then cli.out("       fix: " .. r.fix) end
    if r.level == "fail" then failed = failed + 1 elseif r.level == "warn" then warned = warned + 1 end
  end
  if failed > 0 then
    cli.err(string.format("styr doctor: %s to fix%s", show.count(failed, "problem"),
                          warned > 0 and (" and " .. show.count(warned, "warning")) or ""))
    return cli.EXIT.failed
  end
  -- The next step: a first fetch, else a schedule, else nothing.
  local at = dir == "." and "" or (" --config " .. dir)
  local next_step = not has_runs and ("; next: styr fetch" .. at)
                    or (units == 0 and ("; next: run styr due" .. at .. " from cron or a systemd timer (examples/deploy/)"))
                    or ""
  cli.err("styr doctor: nothing to fix" .. (warned > 0 and (" (" .. show.count(warned, "warning") .. ")") or "") .. next_step)
  return cli.EXIT.ok
end

return M
