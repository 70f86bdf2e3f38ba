-- Loads a configuration folder: runs init.lua (and what it includes) in the sandbox and returns
-- the builder holding the model and every problem found, each with file and line.
local model = require "styr.model"
local sandbox = require "styr.sandbox"
local config = require "styr.config"
local util = require "styr.util"

local M = {}

M.ENTRY = "init.lua"

-- Splits "file:line: message" into a problem; other messages keep `fallback` as location.
local function as_problem(msg, fallback)
  msg = util.error_text(msg)
  local file, line, text = msg:match("^(.-):(%d+): (.*)$")
  if file and not file:find("\n") then
    return { file = file, line = tonumber(line), message = text, level = "error" }
  end
  return { file = fallback, line = nil, message = msg, level = "error" }
end

-- opts.verbose: append a Lua traceback to runtime errors in configuration files.
function M.load(dir, opts)
  opts = opts or {}
  local b = model.builder()
  b.file_texts = {}
  local dsl = b:dsl()
  local env
  local included = {}
  local folder = dir:gsub("/+$", "")
  if folder == "" then folder = "/" end

  local function run_file(rel, where)
    local key = rel:gsub("^%./", "")
    if included[key] then
      b:problem(where, "include \"" .. rel .. "\": the file is already included (at " .. included[key] .. ")")
      return
    end
    local text, path = config.read(folder, rel)
    if not text then
      local p = as_problem(path, where and where.file)
      if where and not p.line then p.file, p.line = where.file, where.line end
      b.problems[#b.problems + 1] = p
      b.aborted = true
      return
    end
    included[key] = where and (where.file .. ":" .. where.line) or path
    b.file_texts[path] = text -- formulas' source text, for styr explain and the formula hash
    local chunk, err = load(text, "@" .. path, "t", env)
    if not chunk then
      b.problems[#b.problems + 1] = as_problem(err, path)
      b.aborted = true
      return
    end
    local previous = STYR_RUNNING
    STYR_RUNNING = path
    local ok, rerr = xpcall(chunk, function(e)
      if opts.verbose and type(e) == "string" then return config.traceback(e) end
      return e
    end)
    STYR_RUNNING = previous
    if not ok then
      rerr = util.error_text(rerr)
      if rerr:find("not enough memory", 1, true) then
        rerr = path .. ": memory limit exceeded while running this file (raise it with --max-memory)"
      end
      b.problems[#b.problems + 1] = as_problem(rerr, path)
      b.aborted = true
    end
  end

  function dsl.include(rel)
    local file, line = config.where()
    local where = { file = file, line = line }
    if type(rel) ~= "string" then
      b:problem(where, "include needs a file name: include \"goals.lua\"")
      return
    end
    run_file(rel, where)
  end

  -- Files beside the configuration that declarations read (analysis { file = "….md" }).
  b.read_file = function(rel) return config.read(folder, rel) end
  env = sandbox.new(dsl)
  b.entry = folder .. "/" .. M.ENTRY
  local exists, kind = config.exists(folder)
  if not exists or kind ~= "directory" then
    b.problems[#b.problems + 1] = {
      file = folder, message = "no such configuration folder (expected a folder with " .. M.ENTRY .. ")",
      level = "error",
    }
    return b
  end
  if not config.exists(b.entry) then
    b.problems[#b.problems + 1] = {
      file = folder, message = "has no " .. M.ENTRY .. "; a configuration folder is entered through " .. M.ENTRY,
      level = "error",
    }
    return b
  end
  run_file(M.ENTRY, nil)
  -- The wheel's checks look at one calendar year: the one asked for, else this year.
  local now = require("styr.clock").now()
  b.check_year = opts.year or (now and tonumber(now:sub(1, 4))) or tonumber(os.date("!%Y"))
  b:finish()
  return b
end

-- "file:line: message" for printing (warnings say so).
function M.format_problem(p)
  local where = p.file and (p.line and (p.file .. ":" .. p.line .. ": ") or (p.file .. ": ")) or ""
  return where .. (p.level == "warning" and "warning: " or "") .. p.message
end

return M
