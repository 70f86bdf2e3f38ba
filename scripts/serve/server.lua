-- styr serve: loads the configuration, stores its typed-in values (as styr report does), opens the
-- store and serves the web workspace until SIGTERM or SIGINT. The main thread polls the server
-- (styr.serve), so every request runs here, in the state that owns the model and the store.
-- SIGHUP reloads the configuration between requests without closing the socket (a configuration
-- with problems is logged and the old one stays in force). A stop signal closes the listening
-- socket and finishes the requests in flight (at most DRAIN_SECONDS) before exiting 0.
local serve = require "styr.serve"
local sched = require "styr.sched"
local store = require "styr.store"
local clock = require "styr.clock"
local loader = require "styr.loader"
local console = require "styr.console"
local sync = require "styr.sync"

local M = {}

M.DRAIN_SECONDS = 10
M.STEP_MS = 200

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
  if b:errors() > 0 then return nil, string.format("%s: %d problem%s", dir, b:errors(), b:errors() == 1 and "" or "s") end
  return b
end

-- Stores the configuration's typed-in values, so that pages and reports read what styr report
-- would (and the series own values are stored in exist).
local function store_config(db, b)
  local now = clock.now()
  local ok, err = db:begin()
  if not ok then return nil, err end
  local counts, serr = sync.run(db, b, now)
  if not counts then db:rollback(); return nil, serr end
  return db:commit()
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
  local db <close>, oerr = store.open(opts.db or (dir .. "/styr.db"))
  if not db then cli.err("styr serve: " .. oerr); return EXIT.failed end
  local sok, serr = store_config(db, b)
  if not sok then cli.err("styr serve: storing the configuration's values: " .. tostring(serr)); return EXIT.failed end
  local web = require("styr.access").web(b)
  local srv <close>, err = serve.listen({ address = address, port = port, max_body = web.max_body })
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

  while sched.stopping() == 0 do
    local stepped, step_err = srv:step(handler, M.STEP_MS, on_error)
    if not stepped then log("styr serve: " .. step_err) end
    if sched.reload_requested() then
      local nb, nerr = load(dir, opts)
      if nb then
        local cok, cerr = store_config(db, nb)
        if cok then app:reload(nb); log("styr serve: configuration reloaded")
        else log("styr serve: reload: " .. tostring(cerr) .. "; the previous configuration stays in force") end
      else
        log("styr serve: reload: " .. nerr .. "; the previous configuration stays in force")
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
