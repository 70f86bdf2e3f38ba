-- styr serve: loads the configuration, stores its typed-in values (as styr report does), opens the
-- store and serves the web workspace until SIGTERM or SIGINT. The main thread polls the server
-- (styr.serve), so every request runs here, in the state that owns the model and the store.
-- The configuration is reloaded between requests, without closing the socket, on SIGHUP and when
-- one of its files changes (checked every WATCH_MS; a change is taken once the files have stayed
-- the same for one more check, so a file being written is not read half-way). A configuration
-- with problems is logged and the last good one stays in force; requests meanwhile wait in the
-- listen queue, none is dropped. A stop signal closes the listening socket and finishes the
-- requests in flight (at most DRAIN_SECONDS) before exiting 0.
local serve = require "styr.serve"
local sched = require "styr.sched"
local storage = require "styr.storage"
local clock = require "styr.clock"
local loader = require "styr.loader"
local console = require "styr.console"
local sync = require "styr.sync"
local config = require "styr.config"

local M = {}

M.DRAIN_SECONDS = 10
M.STEP_MS = 200
M.WATCH_MS = 1000

local function log(line) console.err(line, "\n") end

-- ADDR:PORT, [V6]:PORT or PORT; returns address, port or nil, message.
function M.parse_listen(s)
  s = s or "127.0.0.1:8080"
  local a, p = s:match("^%[([%x:]+)%]:(%d+)$")
  if not a then a, p = s:match("^([%d%.]+):(%d+)$") end
  if not a and s:match("^%d+$") then a, p = "127.0.0.1", s end
  p = tonumber(p)
  if not a or not p or p > 65535 then
    return nil, "--listen takes ADDRESS:PORT (127.0.0.1:8080, [::1]:8080) or a port, not '" .. s .. "'"
  end
  return a, math.tointeger(p)
end

local function load(dir, opts)
  local b = loader.load(dir, opts)
  for _, p in ipairs(b:sorted_problems()) do log(loader.format_problem(p)) end
  if b:errors() > 0 then
    return nil, string.format("%s: %d problem%s", dir, b:errors(), b:errors() == 1 and "" or "s"), b
  end
  return b
end

-- Stores the configuration's typed-in values, so that pages and reports read what styr report
-- would.
local function store_config(db, b)
  local now = clock.now()
  local ok, err = db:begin()
  if not ok then return nil, err end
  local counts, serr = sync.run(db, b, now)
  if not counts then db:rollback(); return nil, serr end
  return db:commit()
end

-- The watch on a configuration's files: their stamps (styr.config.stamp) as one text, and the
-- files that changed between two texts, for the log.
local function stamps(files)
  local list = {}
  for path in pairs(files) do list[#list + 1] = path end
  table.sort(list)
  local parts = {}
  for i, path in ipairs(list) do parts[i] = path .. "\0" .. tostring(config.stamp(path)) end
  return table.concat(parts, "\n")
end
M.stamps = stamps

local function changed_files(old, new)
  local before, names = {}, {}
  for line in (old .. "\n"):gmatch("([^\n]*)\n") do before[line] = true end
  for line in (new .. "\n"):gmatch("([^\n]*)\n") do
    if line ~= "" and not before[line] then names[#names + 1] = line:match("^(.-)%z") end
  end
  return table.concat(names, ", ")
end

-- Files to watch: those the last good configuration read and those the last attempt read (a
-- missing include that later appears is a change too).
local function watched(good, tried)
  local files = {}
  for path in pairs(good and good.files_read or {}) do files[path] = true end
  for path in pairs(tried and tried.files_read or {}) do files[path] = true end
  return files
end

function M.command(opts, cli)
  local EXIT = cli.EXIT
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local address, port = M.parse_listen(opts.listen)
  if not address then cli.err("styr serve: " .. port); return EXIT.usage end
  if opts["dev-user"] and opts["read-only"] then
    cli.err("styr serve: give --dev-user or --read-only, not both"); return EXIT.usage
  end
  local b, lerr = load(dir, opts)
  if not b then cli.err("styr serve: " .. lerr .. "; nothing was started"); return EXIT.config end
  local db <close>, oerr = storage.open(opts.db or (dir .. "/styr.db"))
  if not db then cli.err("styr serve: " .. oerr); return EXIT.failed end
  local sok, serr = store_config(db, b)
  if not sok then cli.err("styr serve: storing the configuration's values: " .. tostring(serr)); return EXIT.failed end
  local web = require("styr.access").web(b)
  local srv <close>, err = serve.listen({ address = address, port = port, max_body = web.max_body, timeout = web.timeout })
  if not srv then cli.err("styr serve: " .. err); return EXIT.failed end
  local app = require("styr.app").new(b, db, { dev_user = opts["dev-user"], read_only = opts["read-only"], log = log })
  local ok, serr2 = sched.signals()
  if not ok then cli.err("styr serve: " .. serr2); return EXIT.failed end
  local shown = address:find(":") and ("[" .. address .. "]") or address
  log(string.format("styr serve: listening on http://%s:%d/%s (pid %d)", shown, srv:port(),
    opts["dev-user"] and (" as --dev-user " .. opts["dev-user"]) or (opts["read-only"] and " read-only" or ""),
    sched.pid()))

  local function handler(req)
    local status, headers, body = app:handle(req)
    return status, headers, body
  end
  local function on_error(msg) log("styr serve: " .. tostring(msg)) end

  -- The files the configuration consists of, as they were at the last load or attempt, and a
  -- change seen at the last check but not yet taken.
  local good = b
  local files = watched(good)
  local seen, pending = stamps(files), nil
  local next_watch = clock.elapsed_ms() + M.WATCH_MS
  -- Loads the configuration again; why: "SIGHUP" or the files that changed. A configuration with
  -- problems (each logged) leaves the last good one in force.
  local function reload(why)
    local nb, nerr, attempt = load(dir, opts)
    if nb then
      local cok, cerr = store_config(db, nb)
      if cok then
        app:reload(nb)
        good = nb
        log("styr serve: " .. why .. ": configuration reloaded")
      else
        nerr = "storing the configuration's values: " .. tostring(cerr)
      end
    end
    if nerr then log("styr serve: " .. why .. ": reload: " .. nerr .. "; the last good configuration stays in force") end
    files = watched(good, nb or attempt)
    seen, pending = stamps(files), nil
  end

  while sched.stopping() == 0 do
    local stepped, step_err = srv:step(handler, M.STEP_MS, on_error)
    if not stepped then log("styr serve: " .. step_err) end
    if sched.reload_requested() then
      reload("SIGHUP")
    elseif clock.elapsed_ms() >= next_watch then
      next_watch = clock.elapsed_ms() + M.WATCH_MS
      local now = stamps(files)
      if now ~= seen then
        if now == pending then reload(changed_files(seen, now) .. " changed")
        else pending = now end
      end
    end
  end
  -- Stop: no new connections; the ones in flight are finished.
  local _, signal = sched.stopping()
  srv:quiesce()
  local deadline = os.time() + M.DRAIN_SECONDS
  while srv:connections() > 0 and os.time() < deadline do srv:step(handler, 100, on_error) end
  log(string.format("styr serve: %s: stopped (%d connection%s left)", tostring(signal), srv:connections(),
    srv:connections() == 1 and "" or "s"))
  srv:close()
  return EXIT.ok
end

return M
