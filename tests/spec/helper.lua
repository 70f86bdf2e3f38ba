-- Loads styr's C core and embedded Lua layer into the busted interpreter, and offers helpers to
-- write throwaway configuration folders.
package.cpath = (os.getenv("STYR_BUILD") or "build") .. "/?.so;" .. package.cpath
require "styr_core"

local H = {}

local tmp_root = os.getenv("TMPDIR") or "/tmp"
local counter = 0

-- Writes files { ["init.lua"] = "…", … } into a new folder and returns its path.
function H.config(files)
  counter = counter + 1
  local dir = string.format("%s/styr-spec-%d-%d-%d", tmp_root, os.time(), math.random(1e6), counter)
  assert(os.execute("mkdir -p '" .. dir .. "'"))
  for name, text in pairs(files) do
    local sub = name:match("^(.*)/[^/]+$")
    if sub then assert(os.execute("mkdir -p '" .. dir .. "/" .. sub .. "'")) end
    local f = assert(io.open(dir .. "/" .. name, "wb"))
    f:write(text)
    f:close()
  end
  return dir
end

function H.cleanup(dir)
  if dir and dir:match("^" .. tmp_root .. "/styr%-spec%-") then os.execute("rm -rf '" .. dir .. "'") end
end

H.MUNICIPALITY = [[
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv",
               perspectives = { "Medborgare", "Ekonomi" } }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
]]

-- Loads a configuration made of the municipality header plus `body`; returns the builder.
function H.load(body, extra_files)
  local files = extra_files or {}
  files["init.lua"] = H.MUNICIPALITY .. (body or "")
  local dir = H.config(files)
  local b = require("styr.loader").load(dir)
  H.cleanup(dir)
  return b
end

-- A new store in a new folder: db, dir (for before_each; H.close_store(db, dir) after).
function H.new_store()
  local dir = H.config({})
  return assert(require("styr.store").open(dir .. "/t.db")), dir
end

function H.close_store(db, dir)
  db:close()
  H.cleanup(dir)
end

-- The error messages of a builder, as "line: message" strings, for matching.
function H.messages(b)
  local list = {}
  for _, p in ipairs(b:sorted_problems()) do
    if p.level == "error" then list[#list + 1] = (p.line or "?") .. ": " .. p.message end
  end
  return list
end

-- The bytes of a file.
function H.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- Starts the replay server (tests/server/replay.py) on ROOT; returns a handle with .port, .pid
-- and :stop(). env is a prefix of shell assignments (e.g. REPLAY_AUTH="$PATH"). LD_PRELOAD is
-- emptied: a sanitizer run preloads ASan for Lua, not for the Python server.
function H.start_replay(root, env, lifetime)
  local cmd = (env or "") .. " LD_PRELOAD= exec /usr/bin/python3 tests/server/replay.py '" .. root ..
              "' --lifetime " .. tostring(lifetime or 300)
  local pipe = assert(io.popen(cmd, "r"))
  local port, pid = tonumber(pipe:read("l")), tonumber(pipe:read("l"))
  assert(port and pid, "the replay server did not start")
  return {
    port = port, pid = pid,
    stop = function()
      os.execute("kill " .. pid)
      pipe:close()
    end,
  }
end

-- The warnings of a builder, as "line: message" strings.
function H.warnings(b)
  local list = {}
  for _, p in ipairs(b:sorted_problems()) do
    if p.level == "warning" then list[#list + 1] = (p.line or "?") .. ": " .. p.message end
  end
  return list
end

function H.has(b, pattern)
  for _, m in ipairs(H.messages(b)) do
    if m:find(pattern) then return true end
  end
  return false, table.concat(H.messages(b), "\n")
end

return H
