-- The store as styr's commands use it: opening the database, and the one way a failure of the
-- store reaches the user.
--
-- The store's C side words every failure with the file and what was being done: the database
-- busy (another process holds its write lock past the busy timeout), a full disk, a read-only
-- file or folder, a damaged file, a file that is not a styr database, one written by a newer
-- styr. Every store call returns such a failure as nil, message, kind; the caller passes it on
-- here, and the command ends with the message on stderr and exit code 1 (README, "Exit codes"):
-- never as a configuration error (3) or a fault in styr itself (70).
local console = require "styr.console"

local M = {}

-- The exit code of every store failure: the run failed.
M.EXIT = 1

-- How long a run waits for another process's write lock, in milliseconds: STYR_BUSY_TIMEOUT_MS,
-- else the store's default. Returns the number (nil: the default), or nil and a message.
function M.busy_ms()
  local v = console.env("STYR_BUSY_TIMEOUT_MS")
  if v == nil or v == "" then return nil end
  local n = math.tointeger(tonumber(v))
  if not n or n < 1 or n > 3600000 then
    return nil, "STYR_BUSY_TIMEOUT_MS must be a whole number of milliseconds from 1 to 3600000, not '" .. v .. "'"
  end
  return n
end

-- Opens the database at path. Returns the store, or nil, message, kind.
function M.open(path)
  local ms, err = M.busy_ms()
  if err then return nil, err, "invalid" end
  return require("styr.store").open(path, ms)
end

-- A store failure as an error value, for code that runs under pcall (formulas, connectors): the
-- command that catches it reports a store failure, not the configuration's error.
local Failure = { __name = "styr.StoreFailure" }
Failure.__index = Failure
function Failure.__tostring(f) return f.message end

function M.failure(message, kind)
  return setmetatable({ message = tostring(message), kind = kind or "error" }, Failure)
end

function M.is_failure(e) return getmetatable(e) == Failure end

-- Raises the failure of a store call that returned nil, message, kind.
function M.raise(message, kind) error(M.failure(message, kind), 0) end

-- Returns the results of a store call, or raises its failure: storage.check(db:latest(id)).
function M.check(...)
  local ok, message, kind = ...
  if ok == nil then M.raise(message, kind) end
  return ...
end

-- Reports a store failure (a message or a failure value) on stderr as "styr COMMAND: message"
-- with err (a function that writes one line), and returns the exit code for it.
function M.report(err, command, message)
  err("styr" .. (command and (" " .. command) or "") .. ": " .. tostring(message))
  return M.EXIT
end

return M
