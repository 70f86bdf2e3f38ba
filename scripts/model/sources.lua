-- Data sources in the configuration: `source "id" { kind = "kolada", … }` names a connector (a
-- plugin in plugins/, embedded in the binary as styr.plugin.KIND) and what to fetch with it. This
-- module checks declarations (the generic fields here, the connector's own fields in the plugin)
-- and loads connectors.
local util = require "styr.util"

local M = {}

M.KINDS = { "kolada", "pxweb", "statbank", "jobindsats", "csv" }

-- Fields every source accepts, whatever its connector. title, publisher, page and owner are for
-- the report's readers: the table's or register's title, who publishes it (when not the
-- connector's own publisher), its public page, and the body whose register it is.
M.GENERIC = {
  kind = true, url = true, rate = true, per_host = true, timeout = true, attempts = true,
  token_env = true, note = true, id = true, max_bytes = true, deadline = true, expect = true,
  title = true, publisher = true, page = true, owner = true,
}

-- The connector module of a kind, or nil and a message.
function M.plugin(kind)
  if not util.set(M.KINDS)[kind] then
    return nil, "'" .. tostring(kind) .. "' is not a connector styr has; use one of " ..
                table.concat(M.KINDS, ", ") .. util.suggest(tostring(kind), M.KINDS)
  end
  local ok, plugin = pcall(require, "styr.plugin." .. kind)
  if not ok then return nil, "the " .. kind .. " connector cannot be loaded: " .. tostring(plugin) end
  return plugin
end

local function positive(v, what, integer)
  if type(v) ~= "number" or v ~= v or v <= 0 or v == math.huge or (integer and v ~= math.floor(v)) then
    return what .. " must be a positive " .. (integer and "whole number" or "number")
  end
end

-- Checks a source declaration; returns a list of messages.
function M.check(id, spec)
  local problems = {}
  local function add(m) problems[#problems + 1] = "source '" .. id .. "': " .. m end
  local plugin, perr = M.plugin(spec.kind)
  if spec.kind == nil then add("kind is required (" .. table.concat(M.KINDS, ", ") .. ")"); return problems end
  if not plugin then add("kind " .. perr); return problems end
  local known = {}
  for k in pairs(M.GENERIC) do known[#known + 1] = k end
  for k in pairs(plugin.FIELDS or {}) do known[#known + 1] = k end
  table.sort(known)
  for k, v in pairs(spec) do
    if type(k) ~= "string" then
      add("unexpected list item " .. tostring(k) .. "; fields are written name = value")
    elseif not M.GENERIC[k] and not (plugin.FIELDS or {})[k] then
      add("unknown field '" .. k .. "' for a " .. spec.kind .. " source" .. util.suggest(k, known))
    elseif (plugin.FIELDS or {})[k] then
      local e = plugin.FIELDS[k](v)
      if e then add(k .. " " .. e) end
    elseif k == "url" and (type(v) ~= "string" or not v:match("^https?://[^%s]+$")) then
      add("url must be an http:// or https:// address, not " .. tostring(v))
    elseif k == "rate" or k == "timeout" or k == "deadline" then
      local e = positive(v, k, false)
      if e then add(e) end
    elseif k == "per_host" or k == "attempts" or k == "max_bytes" then
      local e = positive(v, k, true)
      if e then add(e) end
    elseif k == "token_env" and (type(v) ~= "string" or not v:match("^[%a_][%w_]*$")) then
      add("token_env must name an environment variable, e.g. \"JOBINDSATS_TOKEN\"")
    elseif k == "expect" and v ~= "values" then
      add("expect must be \"values\" (a fetch that leaves an asked-for value empty fails), not " .. tostring(v))
    elseif (k == "note" or k == "title" or k == "publisher" or k == "owner") and (type(v) ~= "string" or v == "") then
      add(k .. " must be a text")
    elseif k == "page" and (type(v) ~= "string" or not v:match("^https?://[^%s]+$")) then
      add("page must be the http:// or https:// address of the source's public page, not " .. tostring(v))
    end
  end
  return problems
end

-- Cross-checks after every file has run: each source's connector checks its references to
-- indicators (e.g. which KPI feeds which indicator).
function M.check_all(b)
  for _, id in ipairs(b.source_order) do
    local src = b.sources[id]
    if type(src.owner) == "string" and not b.bodies[src.owner] then
      local known = {}
      for bid in pairs(b.bodies) do known[#known + 1] = bid end
      table.sort(known)
      b:problem(src.where, "source '" .. id .. "': owner refers to an unknown body '" .. src.owner .. "'" ..
                util.suggest(src.owner, known))
    end
    local plugin = M.plugin(src.kind)
    if plugin and plugin.check then
      for _, m in ipairs(plugin.check(src, b) or {}) do
        local level = type(m) == "table" and m.level or "error"
        local text = type(m) == "table" and m.message or m
        b:problem(src.where, "source '" .. id .. "': " .. text, level)
      end
    end
  end
end

return M
