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

-- The line where text's brackets ({, (, [) nest deepest, strings and comments left out: where
-- Lua's parser gives up with "C stack overflow", a message that names no line.
local function deepest_line(text)
  local depth, best, best_line, line, i, n = 0, -1, 1, 1, 1, #text
  local function long_bracket(at) -- "[==[" at `at`: the closing "]==]" ends it
    local eq = text:match("^%[(=*)%[", at)
    if not eq then return nil end
    local close = text:find("]" .. eq .. "]", at, true)
    return close and (close + #eq + 2) or (n + 1)
  end
  while i <= n do
    local c = text:sub(i, i)
    local skip_to
    if c == "\n" then
      line = line + 1
    elseif c == "-" and text:sub(i + 1, i + 1) == "-" then
      skip_to = long_bracket(i + 2) or (text:find("\n", i, true) or (n + 1))
    elseif c == "[" and long_bracket(i) then
      skip_to = long_bracket(i)
    elseif c == '"' or c == "'" then
      local j = i + 1
      while j <= n do
        local d = text:sub(j, j)
        if d == "\\" then j = j + 1 elseif d == c or d == "\n" then break end
        j = j + 1
      end
      skip_to = j + 1
    elseif c == "{" or c == "(" or c == "[" then
      depth = depth + 1
      if depth > best then best, best_line = depth, line end
    elseif c == "}" or c == ")" or c == "]" then
      depth = depth - 1
    end
    if skip_to then
      local _, nl = text:sub(i, skip_to - 1):gsub("\n", "")
      line = line + nl
      i = skip_to
    else
      i = i + 1
    end
  end
  return best_line
end

-- Where the configuration's files are read from: the folder (styr.config.read, confined to it),
-- or a snapshot of it { [relative path] = text } (styr report --as-of renders with the
-- configuration in force then). Returns read(rel) -> text, path | nil, message.
local function reader(folder, files)
  if not files then return function(rel) return config.read(folder, rel) end end
  return function(rel)
    local key = rel:gsub("^%./", "")
    local path = (folder == "/" and "" or folder) .. "/" .. key
    local text = files[key]
    if text then return text, path end
    return nil, path .. ": is not in the configuration snapshot"
  end
end

-- The key a file has in b.config_files: its path relative to the configuration folder.
local function file_key(rel) return (tostring(rel):gsub("^%./", "")) end

-- opts.verbose: append a Lua traceback to runtime errors in configuration files. opts.files:
-- read the configuration from this snapshot ({ [relative path] = text }) instead of the folder.
-- b.config_files holds every file the configuration read, by relative path, with its text: what
-- a run records as its configuration (scripts/engine/config_snapshots.lua).
function M.load(dir, opts)
  opts = opts or {}
  local b = model.builder()
  b.file_texts = {}
  b.config_files = {}
  local dsl = b:dsl()
  local env
  local included = {}
  local folder = dir:gsub("/+$", "")
  if folder == "" then folder = "/" end
  local read = reader(folder, opts.files)
  config.enter(dir) -- named by the line that closes an error of the limits

  -- Every file the configuration read or tried to read (a missing include too), by path: what
  -- styr serve watches for changes.
  b.files_read = {}
  local function note(rel) b.files_read[folder .. "/" .. tostring(rel):gsub("^%./", "")] = true end

  local function run_file(rel, where)
    note(rel)
    local key = rel:gsub("^%./", "")
    if included[key] then
      b:problem(where, "include \"" .. rel .. "\": the file is already included (at " .. included[key] .. ")")
      return
    end
    local text, path = read(rel)
    if not text then
      local p = as_problem(path, where and where.file)
      if where and not p.line then p.file, p.line = where.file, where.line end
      b.problems[#b.problems + 1] = p
      b.aborted = true
      return
    end
    included[key] = where and (where.file .. ":" .. where.line) or path
    b.file_texts[path] = text -- formulas' source text, for styr explain and the formula hash
    b.config_files[file_key(rel)] = text
    local chunk, err = load(text, "@" .. path, "t", env)
    if not chunk then
      if err:find("C stack overflow", 1, true) and not err:find("^.-:%d+: ") then
        err = path .. ":" .. deepest_line(text) .. ": the code is nested too deeply for Lua's parser " ..
              "(C stack overflow); split this table or expression into smaller ones"
      end
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
  b.read_file = function(rel)
    note(rel)
    local text, path = read(rel)
    if text then b.config_files[file_key(rel)] = text end
    return text, path
  end
  env = sandbox.new(dsl)
  b.entry = folder .. "/" .. M.ENTRY
  local exists, kind = config.exists(folder)
  if opts.files then exists, kind = true, "directory" end
  if not exists or kind ~= "directory" then
    b.problems[#b.problems + 1] = {
      file = folder, message = "no such configuration folder (expected a folder with " .. M.ENTRY .. ")",
      level = "error",
    }
    return b
  end
  if not (opts.files and opts.files[M.ENTRY] or not opts.files and config.exists(b.entry)) then
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
