-- The scheduler's log: one line per message on stderr, "styr[PID]: LEVEL: message", which the
-- systemd journal and syslog keep as they are. The level comes from --log-level (STYR_LOG_LEVEL):
-- error, warn, info (the default) or debug; messages below it are dropped.
local console = require "styr.console"

local M = {}

M.LEVELS = { "error", "warn", "info", "debug" }
local RANK = { error = 1, warn = 2, info = 3, debug = 4 }

local threshold

local function current()
  if not threshold then threshold = RANK[console.env("STYR_LOG_LEVEL") or "info"] or RANK.info end
  return threshold
end

-- Sets the level by name; returns true, or nil and a message.
function M.set_level(name)
  if not RANK[name] then return nil, "log level must be one of " .. table.concat(M.LEVELS, ", ") end
  threshold = RANK[name]
  return true
end

function M.enabled(level)
  return RANK[level] <= current()
end

local function emit(level, msg)
  if RANK[level] > current() then return end
  local pid = require("styr.sched").pid()
  local lines = {}
  for line in (tostring(msg) .. "\n"):gmatch("(.-)\r?\n") do
    lines[#lines + 1] = string.format("styr[%d]: %s: %s\n", pid, level, line)
  end
  console.err(table.concat(lines))
end

function M.error(msg) emit("error", msg) end
function M.warn(msg) emit("warn", msg) end
function M.info(msg) emit("info", msg) end
function M.debug(msg) emit("debug", msg) end

return M
